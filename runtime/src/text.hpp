// Allocation-free text for report values: addresses, hex, times. Internal to the runtime.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

#include "jspcap/bytes.hpp"
#include "jspcap/sink.hpp"

namespace jspcap::detail {

/// Room for any value these functions write except hex_bytes/base64 (which append).
inline constexpr std::size_t kTextMax = 96;

/// MAC aa:bb:cc:dd:ee:ff, dotted IPv4, RFC 5952 IPv6; hw/ip addresses of other lengths as
/// colon-separated hex (at most kTextMax/3 bytes shown).
std::string_view format_address(AddrKind kind, Bytes b, char* out) noexcept;
/// 0x0800 style: `nbytes` wide.
std::string_view format_hex(std::uint64_t v, unsigned nbytes, char* out) noexcept;
/// The value as the report shows an enum: its name, else the number (hex or decimal) as text.
std::string_view format_enum(std::uint64_t v, const char* name, bool hex, unsigned nbytes, char* out) noexcept;
/// 2017-11-19T15:49:09.777804Z (UTC).
std::string_view format_time(std::int64_t sec, std::uint32_t frac, unsigned digits, char* out) noexcept;
/// 1511106549.777804: exact, never through a double.
std::string_view format_epoch(std::int64_t sec, std::uint32_t frac, unsigned digits, char* out) noexcept;

/// Appends "40 33 1a" (lower-case hex, space-separated).
void hex_bytes(fmt::memory_buffer& out, Bytes b);
/// Bytes hex_spaced() may write past the end it returns.
inline constexpr std::size_t kHexSpare = 16;
/// Writes "40 33 1a" for `n` bytes at `p` (which has room for 3n + kHexSpare); returns the end.
char* hex_spaced(const std::uint8_t* s, std::size_t n, char* p) noexcept;
/// Appends standard base64 with padding.
void base64(fmt::memory_buffer& out, Bytes b);

/// Appends `n` bytes: reserve, then one copy (fmt's append loops in chunks, not inlined).
inline void append(fmt::memory_buffer& out, const char* s, std::size_t n) {
  const std::size_t at = out.size();
  out.resize(at + n);
  std::memcpy(out.data() + at, s, n);
}
inline void append(fmt::memory_buffer& out, std::string_view s) { append(out, s.data(), s.size()); }

/// Writes `v` in decimal at `out` (room for 20 digits); returns the end.
char* format_uint(std::uint64_t v, char* out) noexcept;
/// Writes `v` in decimal, with a sign when negative (room for 20 characters); returns the end.
char* format_int(std::int64_t v, char* out) noexcept;
/// Appends `v` in decimal.
inline void append_uint(fmt::memory_buffer& out, std::uint64_t v) {
  char t[24];
  append(out, t, static_cast<std::size_t>(format_uint(v, t) - t));
}
inline void append_int(fmt::memory_buffer& out, std::int64_t v) {
  char t[24];
  append(out, t, static_cast<std::size_t>(format_int(v, t) - t));
}

}  // namespace jspcap::detail
