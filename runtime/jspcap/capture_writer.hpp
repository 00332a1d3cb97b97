// Writing capture files: classic pcap (µs or ns, either byte order) and pcapng (one section, one
// interface, Enhanced Packet Blocks) of frames a program built (jspcap/build.hpp) or read. The
// report's `-f pcap` writer and the flow tracer encode their pcap headers with the same functions.
#pragma once

#include <bit>
#include <cstdint>
#include <cstdio>
#include <string>

#include "jspcap/bytes.hpp"
#include "jspcap/reader.hpp"

namespace jspcap {

enum class CaptureFormat : std::uint8_t { pcap, pcapng };

struct CaptureOptions {
  CaptureFormat format = CaptureFormat::pcap;
  std::uint32_t linktype = 1;            ///< LINKTYPE_ETHERNET; 228 raw IPv4, 229 raw IPv6, 0 BSD loopback
  bool nanosecond = false;               ///< timestamps in ns (pcap: the ns magic; pcapng: if_tsresol 9)
  bool big_endian = std::endian::native == std::endian::big;
  std::uint32_t snaplen = 262144;
};

/// The 24-byte pcap file header.
void pcap_file_header(const CaptureOptions& o, std::uint8_t out[24]) noexcept;
/// A 16-byte pcap record header; `frac` in the file's resolution (µs or ns).
void pcap_record_header(const CaptureOptions& o, std::int64_t ts_sec, std::uint32_t frac, std::uint32_t cap_len,
                        std::uint32_t wire_len, std::uint8_t out[16]) noexcept;
/// A record's fraction of a second in the file's resolution.
std::uint32_t pcap_fraction(const Record& r, bool nanosecond) noexcept;

/// Streams frames into an open file (the caller opens and closes it; the writer flushes on
/// destruction). Throws FileError naming the file when a write fails.
class CaptureWriter {
 public:
  CaptureWriter(std::FILE* out, std::string name, const CaptureOptions& options = {});
  ~CaptureWriter();
  CaptureWriter(const CaptureWriter&) = delete;
  CaptureWriter& operator=(const CaptureWriter&) = delete;

  /// One frame; `frac` in the file's resolution; `wire_len` 0 means frame.size().
  void write(Bytes frame, std::int64_t ts_sec = 0, std::uint32_t frac = 0, std::uint32_t wire_len = 0);
  /// A frame read from a capture, its timestamp converted to this file's resolution.
  void write(const Record& r, Bytes frame);
  void flush();
  const CaptureOptions& options() const noexcept { return options_; }

 private:
  void put(const void* p, std::size_t n);
  std::FILE* out_;
  std::string name_;
  CaptureOptions options_;
};

}  // namespace jspcap
