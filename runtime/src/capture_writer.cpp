#include "jspcap/capture_writer.hpp"

#include <cerrno>
#include <cstring>

#include "jspcap/error.hpp"

namespace jspcap {
namespace {

void put16(std::uint8_t* p, std::uint16_t v, bool big) noexcept {
  p[big ? 0 : 1] = static_cast<std::uint8_t>(v >> 8);
  p[big ? 1 : 0] = static_cast<std::uint8_t>(v);
}
void put32(std::uint8_t* p, std::uint32_t v, bool big) noexcept {
  for (int i = 0; i < 4; ++i) p[big ? 3 - i : i] = static_cast<std::uint8_t>(v >> (8 * i));
}

}  // namespace

void pcap_file_header(const CaptureOptions& o, std::uint8_t out[24]) noexcept {
  const bool be = o.big_endian;
  put32(out, o.nanosecond ? 0xa1b23c4du : 0xa1b2c3d4u, be);
  put16(out + 4, 2, be);
  put16(out + 6, 4, be);
  put32(out + 8, 0, be);
  put32(out + 12, 0, be);
  put32(out + 16, o.snaplen, be);
  put32(out + 20, o.linktype, be);
}

void pcap_record_header(const CaptureOptions& o, std::int64_t ts_sec, std::uint32_t frac, std::uint32_t cap_len,
                        std::uint32_t wire_len, std::uint8_t out[16]) noexcept {
  put32(out, static_cast<std::uint32_t>(ts_sec), o.big_endian);
  put32(out + 4, frac, o.big_endian);
  put32(out + 8, cap_len, o.big_endian);
  put32(out + 12, wire_len, o.big_endian);
}

std::uint32_t pcap_fraction(const Record& r, bool nanosecond) noexcept {
  std::uint32_t frac = r.ts_frac;
  if (r.ts_digits == 9 && !nanosecond) frac /= 1000;
  if (r.ts_digits == 6 && nanosecond) frac *= 1000;
  return frac;
}

CaptureWriter::CaptureWriter(std::FILE* out, std::string name, const CaptureOptions& options)
    : out_(out), name_(std::move(name)), options_(options) {
  const bool be = options_.big_endian;
  if (options_.format == CaptureFormat::pcap) {
    std::uint8_t h[24];
    pcap_file_header(options_, h);
    put(h, sizeof h);
    return;
  }
  // Section Header Block (pcapng §4.1), no options.
  std::uint8_t shb[28];
  put32(shb, 0x0a0d0d0a, be);
  put32(shb + 4, 28, be);
  put32(shb + 8, 0x1a2b3c4d, be);
  put16(shb + 12, 1, be);
  put16(shb + 14, 0, be);
  std::memset(shb + 16, 0xff, 8);   // section length: not given
  put32(shb + 24, 28, be);
  put(shb, sizeof shb);
  // Interface Description Block (§4.2) with if_tsresol.
  std::uint8_t idb[32] = {};
  put32(idb, 1, be);
  put32(idb + 4, 32, be);
  put16(idb + 8, static_cast<std::uint16_t>(options_.linktype), be);
  put32(idb + 12, options_.snaplen, be);
  put16(idb + 16, 9, be);   // if_tsresol
  put16(idb + 18, 1, be);
  idb[20] = options_.nanosecond ? 9 : 6;
  put16(idb + 24, 0, be);   // opt_endofopt
  put16(idb + 26, 0, be);
  put32(idb + 28, 32, be);
  put(idb, sizeof idb);
}

CaptureWriter::~CaptureWriter() { std::fflush(out_); }

void CaptureWriter::put(const void* p, std::size_t n) {
  if (n && std::fwrite(p, 1, n, out_) != n) throw FileError(name_ + ": write failed: " + std::strerror(errno));
}

void CaptureWriter::flush() {
  if (std::fflush(out_) != 0) throw FileError(name_ + ": write failed: " + std::strerror(errno));
}

void CaptureWriter::write(Bytes frame, std::int64_t ts_sec, std::uint32_t frac, std::uint32_t wire_len) {
  const auto cap = static_cast<std::uint32_t>(frame.size());
  if (wire_len == 0) wire_len = cap;
  const bool be = options_.big_endian;
  if (options_.format == CaptureFormat::pcap) {
    std::uint8_t h[16];
    pcap_record_header(options_, ts_sec, frac, cap, wire_len, h);
    put(h, sizeof h);
    put(frame.data(), frame.size());
    return;
  }
  // Enhanced Packet Block (§4.3): timestamp in the interface's resolution.
  const std::uint64_t ts = static_cast<std::uint64_t>(ts_sec) * (options_.nanosecond ? 1000000000u : 1000000u) + frac;
  const std::uint32_t padded = (cap + 3) & ~3u;
  const std::uint32_t total = 32 + padded;
  std::uint8_t h[28];
  put32(h, 6, be);
  put32(h + 4, total, be);
  put32(h + 8, 0, be);
  put32(h + 12, static_cast<std::uint32_t>(ts >> 32), be);
  put32(h + 16, static_cast<std::uint32_t>(ts), be);
  put32(h + 20, cap, be);
  put32(h + 24, wire_len, be);
  put(h, sizeof h);
  put(frame.data(), frame.size());
  const std::uint8_t zeros[4] = {};
  put(zeros, padded - cap);
  std::uint8_t t[4];
  put32(t, total, be);
  put(t, 4);
}

void CaptureWriter::write(const Record& r, Bytes frame) {
  write(frame, r.ts_sec, pcap_fraction(r, options_.nanosecond), r.wire_len - r.cap_len + static_cast<std::uint32_t>(frame.size()));
}

}  // namespace jspcap
