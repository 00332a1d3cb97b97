// What a layer says about the byte stream it carries a piece of. Generic: a spec's `stream:`
// entry (TCP) names the fields giving the ends (the enclosing layer's addresses and this layer's
// ports), the sequence number and the control bits; the generated view fills a StreamInfo.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>

#include "jspcap/sink.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// One end of a connection: an address and a port.
struct StreamEnd {
  std::uint8_t addr[16]{};
  std::uint64_t port = 0;
  bool operator==(const StreamEnd&) const = default;
  auto operator<=>(const StreamEnd&) const = default;
};

struct StreamInfo {
  AddrKind addr_kind = AddrKind::ipv4;
  std::uint8_t addr_len = 0;
  StreamEnd src, dst;
  std::uint64_t seq = 0;          ///< sequence number of the first byte (or of the SYN)
  std::uint8_t seq_bits = 32;     ///< sequence numbers wrap at 2^seq_bits
  bool syn = false, fin = false, reset = false;

  void set_ends(AddrKind kind, const std::uint8_t* s, const std::uint8_t* d, std::size_t n) noexcept {
    addr_kind = kind;
    addr_len = static_cast<std::uint8_t>(n > 16 ? 16 : n);
    std::memcpy(src.addr, s, addr_len);
    std::memcpy(dst.addr, d, addr_len);
  }
};

/// Which layers give a stream protocol's addresses, and where its payload's protocol is found.
struct StreamBinding {
  std::span<const ProtocolId> scopes;
  bool has_table = false;
  TableId table{};
  HeuristicId heuristic = HeuristicId::none;
};

}  // namespace jspcap
