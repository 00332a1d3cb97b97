// Streaming capture-file reader: pcap (µs/ns magics, both byte orders, the "modified" variant) and
// pcapng (sections of either byte order, per-interface link type and timestamp resolution,
// enhanced/simple/obsolete packet blocks; other blocks skipped). Memory is one read buffer that
// grows only to the largest record, never with the file.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "jspcap/bytes.hpp"

namespace jspcap {

enum class FileFormat : std::uint8_t { pcap, pcap_modified, pcapng };

/// One pcapng interface (IDB); a classic pcap file has exactly one.
struct Interface {
  std::uint32_t linktype = 0;
  std::uint32_t snaplen = 0;
  std::uint8_t ts_digits = 6;       ///< 6 (µs) or 9 (ns): the precision timestamps are reported in
  std::int64_t ts_offset = 0;       ///< if_tsoffset, seconds added to every timestamp
  std::string name;                 ///< if_name, when present
};

/// What the file header (pcap) or first section header (pcapng) says.
struct FileHeader {
  FileFormat format = FileFormat::pcap;
  bool big_endian = false;          ///< byte order of the file (first section for pcapng)
  bool nanosecond = false;          ///< pcap nanosecond magic, or any pcapng interface in ns
  std::uint32_t magic = 0;          ///< the magic number as read in the file's byte order
  std::uint16_t version_major = 0;
  std::uint16_t version_minor = 0;
  std::int32_t thiszone = 0;        ///< pcap only
  std::uint32_t sigfigs = 0;        ///< pcap only
  std::uint32_t snaplen = 0;        ///< pcap: header snaplen; pcapng: first interface's
  std::uint32_t linktype = 0;       ///< pcap: LT_LINKTYPE(network); pcapng: first interface's
  std::uint8_t fcs_len = 0;         ///< pcap: FCS length announced in the network field, bytes
  std::vector<Interface> interfaces;  ///< pcapng: every IDB seen so far (all sections), in order
};

/// Record::linktype of a record that is not a packet: a pcapng Custom Block, which tshark counts
/// as a frame (and dissects as plain data). Outside the 16-bit range of real link types.
inline constexpr std::uint32_t kLinktypeNone = 0xFFFFFFFF;
/// Record::interface_id of a record that belongs to no interface (a pcapng Custom Block).
inline constexpr std::uint32_t kNoInterface = 0xFFFFFFFF;

/// One frame as stored in the file. `data` points into the reader's buffer and stays valid only
/// until the next call to next().
struct Record {
  std::uint64_t number = 0;         ///< 1-based frame number
  std::uint64_t offset = 0;         ///< file offset of the record header / block
  std::int64_t ts_sec = 0;          ///< seconds since the epoch (normalised: ts_frac < 10^ts_digits)
  std::uint32_t ts_frac = 0;        ///< fraction of the second, in units of 10^-ts_digits
  std::uint8_t ts_digits = 6;       ///< 6 or 9
  std::uint32_t raw_ts_sec = 0;     ///< pcap: ts_sec as stored; pcapng: timestamp high word
  std::uint32_t raw_ts_frac = 0;    ///< pcap: ts_usec/ts_nsec as stored; pcapng: low word
  std::uint32_t cap_len = 0;        ///< captured length (incl_len): bytes present in `data`
  std::uint32_t wire_len = 0;       ///< original length on the wire (orig_len)
  std::uint32_t linktype = 0;       ///< the interface's link type, or kLinktypeNone
  std::uint32_t interface_id = 0;   ///< into FileHeader::interfaces (pcap: 0), or kNoInterface
  Bytes data;
};

/// Reads one capture file front to back. Throws FileNotFound when the path does not exist and
/// FileError (naming the file, record number, offset and the numbers) when the file is not a
/// capture or is damaged. A file that ends inside a record is reported by next() throwing
/// FileError after every complete record has been returned.
class CaptureReader {
 public:
  explicit CaptureReader(const std::filesystem::path& path);
  ~CaptureReader();
  CaptureReader(CaptureReader&&) noexcept;
  CaptureReader& operator=(CaptureReader&&) noexcept;
  CaptureReader(const CaptureReader&) = delete;
  CaptureReader& operator=(const CaptureReader&) = delete;

  const FileHeader& header() const noexcept;
  const std::filesystem::path& path() const noexcept;

  /// Fills `out` with the next frame. Returns false at a clean end of file.
  bool next(Record& out);

  std::uint64_t bytes_consumed() const noexcept;  ///< for progress reports
  std::uint64_t file_size() const noexcept;       ///< 0 when unknown (a pipe)

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jspcap
