#include "text.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <array>
#include <cstring>

namespace jspcap::detail {
namespace {

constexpr char kHex[] = "0123456789abcdef";

constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/// "xx " and a spare byte for each byte value, stored as one 4-byte word.
struct HexSpaced {
  char c[4];
};
constexpr std::array<HexSpaced, 256> make_hex_spaced() {
  std::array<HexSpaced, 256> t{};
  for (unsigned i = 0; i < 256; ++i) t[i] = HexSpaced{{kHex[i >> 4], kHex[i & 15], ' ', ' '}};
  return t;
}
constexpr std::array<HexSpaced, 256> kHexSpaced = make_hex_spaced();

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

/// RFC 5952 text, as glibc's inet_ntop writes it: the longest run of two or more zero groups
/// (the first of equals) becomes "::", groups in lower-case hex without leading zeros, and the
/// IPv4-mapped (::ffff:0:0/96) and IPv4-compatible (::/96, not ::1 or ::) forms end dotted.
std::string_view format_ipv6(const std::uint8_t* a, char* out) noexcept {
  unsigned w[8];
  for (unsigned i = 0; i < 8; ++i) w[i] = unsigned{a[2 * i]} << 8 | a[2 * i + 1];
  int best = -1, best_len = 0;
  for (int i = 0; i < 8;) {
    if (w[i]) { ++i; continue; }
    int j = i;
    while (j < 8 && !w[j]) ++j;
    if (j - i > best_len) best = i, best_len = j - i;
    i = j;
  }
  if (best_len < 2) best = -1;
  char* p = out;
  for (int i = 0; i < 8; ++i) {
    if (i == best) {
      *p++ = ':';
      if (i + best_len == 8) *p++ = ':';
      i += best_len - 1;
      continue;
    }
    if (i) *p++ = ':';
    if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
      for (unsigned k = 12; k < 16; ++k) {
        if (k > 12) *p++ = '.';
        p = format_uint(a[k], p);
      }
      break;
    }
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      const unsigned d = (w[i] >> shift) & 15;
      if (d || started || shift == 0) *p++ = kHex[d], started = true;
    }
  }
  return {out, static_cast<std::size_t>(p - out)};
}

}  // namespace

std::string_view format_address(AddrKind kind, Bytes b, char* out) noexcept {
  if ((kind == AddrKind::ipv4 || kind == AddrKind::ip) && b.size() == 4) {
    char* p = out;
    for (std::size_t i = 0; i < 4; ++i) {
      if (i) *p++ = '.';
      p = format_uint(b[i], p);
    }
    return {out, static_cast<std::size_t>(p - out)};
  }
  if ((kind == AddrKind::ipv6 || kind == AddrKind::ip) && b.size() == 16) return format_ipv6(b.data(), out);
  return colon_hex(b, out);
}

char* format_uint(std::uint64_t v, char* out) noexcept {
  // Two digits per step from a table, written backwards into a scratch and copied once.
  char t[20];
  char* p = t + sizeof t;
  while (v >= 100) {
    const auto r = static_cast<unsigned>(v % 100);
    v /= 100;
    p -= 2;
    std::memcpy(p, kDigitPairs + 2 * r, 2);
  }
  if (v >= 10) {
    p -= 2;
    std::memcpy(p, kDigitPairs + 2 * v, 2);
  } else {
    *--p = static_cast<char>('0' + v);
  }
  const auto n = static_cast<std::size_t>(t + sizeof t - p);
  std::memcpy(out, p, n);
  return out + n;
}

char* format_int(std::int64_t v, char* out) noexcept {
  if (v >= 0) return format_uint(static_cast<std::uint64_t>(v), out);
  *out++ = '-';
  return format_uint(0 - static_cast<std::uint64_t>(v), out);
}

std::string_view format_hex(std::uint64_t v, unsigned nbytes, char* out) noexcept {
  // At least `nbytes` bytes wide, wider when the value needs it (as {:0{}x} did).
  unsigned digits = 1;
  for (std::uint64_t x = v >> 4; x; x >>= 4) ++digits;
  if (digits < nbytes * 2) digits = nbytes * 2;
  if (digits > 16) digits = 16;
  out[0] = '0';
  out[1] = 'x';
  for (unsigned i = 0; i < digits; ++i) out[2 + i] = kHex[(v >> (4 * (digits - 1 - i))) & 15];
  return {out, digits + 2};
}

std::string_view format_enum(std::uint64_t v, const char* name, bool hex, unsigned nbytes, char* out) noexcept {
  if (name) return name;
  if (hex) return format_hex(v, nbytes, out);
  return {out, static_cast<std::size_t>(format_uint(v, out) - out)};
}

namespace {

/// `v` as exactly `width` digits, zero-padded (v < 10^width).
char* fixed_digits(std::uint64_t v, unsigned width, char* out) noexcept {
  for (unsigned i = width; i-- > 0;) {
    out[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  return out + width;
}

/// Digits of `v`, zero-padded to at least `width` (as {:0{}} did).
char* padded(std::uint64_t v, unsigned width, char* out) noexcept {
  unsigned n = 1;
  for (std::uint64_t x = v / 10; x; x /= 10) ++n;
  if (n >= width) return format_uint(v, out);
  return fixed_digits(v, width, out);
}

}  // namespace

std::string_view format_time(std::int64_t sec, std::uint32_t frac, unsigned digits, char* out) noexcept {
  std::int64_t days = sec / 86400;
  std::int64_t rem = sec % 86400;
  if (rem < 0) { rem += 86400; --days; }
  std::int64_t y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char* p = out;
  if (y < 0) {
    *p++ = '-';
    p = padded(static_cast<std::uint64_t>(-y), 3, p);  // {:04} counts the sign in the width
  } else {
    p = padded(static_cast<std::uint64_t>(y), 4, p);
  }
  *p++ = '-';
  p = fixed_digits(m, 2, p);
  *p++ = '-';
  p = fixed_digits(d, 2, p);
  *p++ = 'T';
  p = fixed_digits(static_cast<std::uint64_t>(rem / 3600), 2, p);
  *p++ = ':';
  p = fixed_digits(static_cast<std::uint64_t>(rem / 60 % 60), 2, p);
  *p++ = ':';
  p = fixed_digits(static_cast<std::uint64_t>(rem % 60), 2, p);
  *p++ = '.';
  p = padded(frac, digits, p);
  *p++ = 'Z';
  return {out, static_cast<std::size_t>(p - out)};
}

std::string_view format_epoch(std::int64_t sec, std::uint32_t frac, unsigned digits, char* out) noexcept {
  char* p = out;
  if (sec < 0 && frac > 0) {
    // -5 s + 0.5 s is -4.5 s: borrow a second for the fraction.
    std::uint64_t unit = 1;
    for (unsigned i = 0; i < digits; ++i) unit *= 10;
    *p++ = '-';
    p = format_uint(static_cast<std::uint64_t>(-(sec + 1)), p);
    *p++ = '.';
    p = padded(unit - frac, digits, p);
    return {out, static_cast<std::size_t>(p - out)};
  }
  p = format_int(sec, p);
  *p++ = '.';
  p = padded(frac, digits, p);
  return {out, static_cast<std::size_t>(p - out)};
}

namespace {

/// "xx " per byte from a table; `p` has room for one spare byte past the last space.
void hex_spaced_scalar(const std::uint8_t* s, std::size_t n, char* p) noexcept {
  for (std::size_t i = 0; i < n; ++i, p += 3) std::memcpy(p, &kHexSpaced[s[i]], 4);
}

#if defined(__x86_64__) && defined(__GNUC__)
#define JSPCAP_HEX_SSSE3 1
/// 16 bytes a step with SSSE3 byte shuffles: nibbles to digits, digits interleaved, then spread
/// into "xx " groups with the spaces or'ed in. Writes up to 8 bytes past the last group.
__attribute__((target("ssse3"))) std::size_t hex_spaced_ssse3(const std::uint8_t* s, std::size_t n,
                                                                char* p) noexcept {
  const __m128i digits = _mm_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f');
  const __m128i low = _mm_set1_epi8(0x0f);
  // Output bytes 0..15 and 16..23 of 8 input bytes, from their 16 interleaved digits (-1: a space).
  const __m128i spread0 = _mm_setr_epi8(0, 1, -1, 2, 3, -1, 4, 5, -1, 6, 7, -1, 8, 9, -1, 10);
  const __m128i spread1 = _mm_setr_epi8(11, -1, 12, 13, -1, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1);
  const __m128i spaces0 = _mm_setr_epi8(0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, ' ', 0);
  const __m128i spaces1 = _mm_setr_epi8(0, ' ', 0, 0, ' ', 0, 0, ' ', 0, 0, 0, 0, 0, 0, 0, 0);
  std::size_t i = 0;
  for (; i + 16 <= n; i += 16, p += 48) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i hi = _mm_shuffle_epi8(digits, _mm_and_si128(_mm_srli_epi16(x, 4), low));
    const __m128i lo = _mm_shuffle_epi8(digits, _mm_and_si128(x, low));
    const __m128i a = _mm_unpacklo_epi8(hi, lo);
    const __m128i b = _mm_unpackhi_epi8(hi, lo);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p), _mm_or_si128(_mm_shuffle_epi8(a, spread0), spaces0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 16), _mm_or_si128(_mm_shuffle_epi8(a, spread1), spaces1));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 24), _mm_or_si128(_mm_shuffle_epi8(b, spread0), spaces0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 40), _mm_or_si128(_mm_shuffle_epi8(b, spread1), spaces1));
  }
  return i;
}

const bool kHaveSsse3 = __builtin_cpu_supports("ssse3");
#endif

}  // namespace

char* hex_spaced(const std::uint8_t* s, std::size_t n, char* p) noexcept {
  if (!n) return p;
  std::size_t done = 0;
#ifdef JSPCAP_HEX_SSSE3
  if (kHaveSsse3) done = hex_spaced_ssse3(s, n, p);
#endif
  hex_spaced_scalar(s + done, n - done, p + 3 * done);
  return p + n * 3 - 1;
}

void hex_bytes(fmt::memory_buffer& out, Bytes b) {
  if (b.empty()) return;
  // Room for the spare bytes the table and vector stores write past the end; the size is set
  // to exclude them and the final space afterwards.
  const std::size_t start = out.size();
  out.resize(start + b.size() * 3 + kHexSpare);
  char* end = hex_spaced(b.data(), b.size(), out.data() + start);
  out.resize(static_cast<std::size_t>(end - out.data()));
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
