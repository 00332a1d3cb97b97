// Byte-building helpers shared by the unit tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
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

}  // namespace jspcap_test
