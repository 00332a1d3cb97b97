// What a fragment says about the datagram it belongs to. Generic: a spec's `fragment:` entry
// (IPv4, the IPv6 Fragment header) says which fields identify the datagram, where the piece
// goes and what the reassembled payload is; the generated view fills a FragmentInfo.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "jspcap/bytes.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// What to do when a fragment overlaps data already received.
enum class OverlapPolicy : std::uint8_t {
  first,  ///< keep the bytes received first (the common IPv4 host behaviour; tshark's too)
  last,   ///< the later fragment's bytes replace them
  drop,   ///< the whole datagram is dropped (IPv6: RFC 5722)
};

struct FragmentInfo {
  static constexpr std::size_t kMaxKey = 64;
  std::uint8_t key[kMaxKey]{};   ///< the identifying fields, concatenated
  std::size_t key_len = 0;
  std::uint64_t offset = 0;      ///< where the piece's payload goes in the datagram, in bytes
  bool more = false;             ///< more fragments follow (the last one sets the total length)
  TableId next_table{};          ///< where the reassembled payload's protocol is looked up
  std::uint64_t next_key = 0;
  OverlapPolicy overlap = OverlapPolicy::first;

  /// Appends `n` bytes of a key field; false when the key would overflow.
  bool add(const std::uint8_t* p, std::size_t n) noexcept {
    if (key_len + n > kMaxKey) return false;
    std::memcpy(key + key_len, p, n);
    key_len += n;
    return true;
  }
  bool add_uint(std::uint64_t v) noexcept {
    std::uint8_t b[8];
    for (int i = 7; i >= 0; --i, v >>= 8) b[i] = static_cast<std::uint8_t>(v);
    return add(b, 8);
  }
};

}  // namespace jspcap
