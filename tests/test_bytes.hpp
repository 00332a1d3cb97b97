// Byte-building helpers shared by the unit tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace jspcap_test {

using Buf = std::vector<std::uint8_t>;

/// The parts, one after the other.
inline Buf cat(std::initializer_list<Buf> parts) {
  Buf all;
  for (const Buf& p : parts) all.insert(all.end(), p.begin(), p.end());
  return all;
}

/// Recognisable payload bytes: seed, seed+1, …
inline Buf filler(std::size_t n, std::uint8_t seed = 0xa0) {
  Buf b(n);
  for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<std::uint8_t>(seed + i);
  return b;
}

inline Buf text_bytes(std::string_view s) { return Buf(s.begin(), s.end()); }

/// "20010db8…" -> the bytes (two hex digits each).
inline Buf hex_bytes(std::string_view hex) {
  Buf out;
  auto nibble = [](char c) { return static_cast<std::uint8_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10); };
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<std::uint8_t>(nibble(hex[i]) << 4 | nibble(hex[i + 1])));
  return out;
}

/// Everything in `f` from its start; closes it.
inline std::string read_and_close(std::FILE* f) {
  std::rewind(f);
  std::string text;
  char chunk[4096];
  std::size_t got;
  while ((got = std::fread(chunk, 1, sizeof chunk, f)) > 0) text.append(chunk, got);
  std::fclose(f);
  return text;
}

}  // namespace jspcap_test
