#include "text.hpp"

#include <arpa/inet.h>

#include <cstring>

namespace jspcap::detail {
namespace {

constexpr char kHex[] = "0123456789abcdef";

std::string_view colon_hex(Bytes b, char* out) noexcept {
  const std::size_t n = b.size() < kTextMax / 3 ? b.size() : kTextMax / 3;
  std::size_t len = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (i) out[len++] = ':';
    out[len++] = kHex[b[i] >> 4];
    out[len++] = kHex[b[i] & 15];
  }
  return {out, len};
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm): exact, time-zone free.
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

}  // namespace

std::string_view format_address(AddrKind kind, Bytes b, char* out) noexcept {
  if ((kind == AddrKind::ipv4 || kind == AddrKind::ip) && b.size() == 4) {
    return {out, static_cast<std::size_t>(
                     fmt::format_to_n(out, kTextMax, "{}.{}.{}.{}", b[0], b[1], b[2], b[3]).size)};
  }
  if ((kind == AddrKind::ipv6 || kind == AddrKind::ip) && b.size() == 16) {
    // glibc's inet_ntop follows RFC 5952 (longest zero run compressed, lower case).
    if (inet_ntop(AF_INET6, b.data(), out, kTextMax)) return {out, std::strlen(out)};
  }
  return colon_hex(b, out);
}

std::string_view format_hex(std::uint64_t v, unsigned nbytes, char* out) noexcept {
  const auto r = fmt::format_to_n(out, kTextMax, "0x{:0{}x}", v, nbytes * 2);
  return {out, r.size};
}

std::string_view format_enum(std::uint64_t v, const char* name, bool hex, unsigned nbytes, char* out) noexcept {
  if (name) return name;
  if (hex) return format_hex(v, nbytes, out);
  return {out, static_cast<std::size_t>(fmt::format_to_n(out, kTextMax, "{}", v).size)};
}

std::string_view format_time(std::int64_t sec, std::uint32_t frac, unsigned digits, char* out) noexcept {
  std::int64_t days = sec / 86400;
  std::int64_t rem = sec % 86400;
  if (rem < 0) { rem += 86400; --days; }
  std::int64_t y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  const auto r = fmt::format_to_n(out, kTextMax, "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:0{}}Z", y, m, d,
                                  rem / 3600, rem / 60 % 60, rem % 60, frac, digits);
  return {out, r.size};
}

std::string_view format_epoch(std::int64_t sec, std::uint32_t frac, unsigned digits, char* out) noexcept {
  if (sec < 0 && frac > 0) {
    // -5 s + 0.5 s is -4.5 s: borrow a second for the fraction.
    std::uint64_t unit = 1;
    for (unsigned i = 0; i < digits; ++i) unit *= 10;
    const auto r = fmt::format_to_n(out, kTextMax, "-{}.{:0{}}", -(sec + 1), unit - frac, digits);
    return {out, r.size};
  }
  const auto r = fmt::format_to_n(out, kTextMax, "{}.{:0{}}", sec, frac, digits);
  return {out, r.size};
}

void hex_bytes(fmt::memory_buffer& out, Bytes b) {
  const std::size_t start = out.size();
  out.resize(start + (b.empty() ? 0 : b.size() * 3 - 1));
  char* p = out.data() + start;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (i) *p++ = ' ';
    *p++ = kHex[b[i] >> 4];
    *p++ = kHex[b[i] & 15];
  }
}

void base64(fmt::memory_buffer& out, Bytes b) {
  static constexpr char k64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::size_t i = 0;
  for (; i + 3 <= b.size(); i += 3) {
    const std::uint32_t v = (std::uint32_t{b[i]} << 16) | (std::uint32_t{b[i + 1]} << 8) | b[i + 2];
    const char q[4] = {k64[v >> 18], k64[(v >> 12) & 63], k64[(v >> 6) & 63], k64[v & 63]};
    out.append(q, q + 4);
  }
  if (const std::size_t left = b.size() - i) {
    const std::uint32_t v = (std::uint32_t{b[i]} << 16) | (left == 2 ? std::uint32_t{b[i + 1]} << 8 : 0);
    const char q[4] = {k64[v >> 18], k64[(v >> 12) & 63], left == 2 ? k64[(v >> 6) & 63] : '=', '='};
    out.append(q, q + 4);
  }
}

}  // namespace jspcap::detail
