// Generated from specs/ipv6.yaml by generator/. DO NOT EDIT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// IPv6
/// Reference: RFC 8200 §3.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Ipv6View {
 public:
  static constexpr ProtocolId kId = ProtocolId::ipv6;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 40;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Ipv6View(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Ipv6View(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// IP version (6) (specs/ipv6.yaml:15)
  std::uint8_t version() const noexcept;
  /// traffic class (specs/ipv6.yaml:16)
  std::uint8_t tclass() const noexcept;
  /// flow label (specs/ipv6.yaml:17)
  std::uint32_t label() const noexcept;
  /// payload length in bytes (extension headers included) (specs/ipv6.yaml:18)
  std::uint16_t payload() const noexcept;
  /// next header (specs/ipv6.yaml:19)
  std::uint8_t next() const noexcept;
  /// hop limit (specs/ipv6.yaml:20)
  std::uint8_t limit() const noexcept;
  /// source address (specs/ipv6.yaml:21)
  std::span<const std::uint8_t, 16> src() const noexcept;
  /// destination address (specs/ipv6.yaml:22)
  std::span<const std::uint8_t, 16> dst() const noexcept;

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t Ipv6View::version() const noexcept { return static_cast<std::uint8_t>(((jspcap::load_be32(p_ + 0)) >> 28) & 0xf); }
inline std::uint8_t Ipv6View::tclass() const noexcept { return static_cast<std::uint8_t>(((jspcap::load_be32(p_ + 0)) >> 20) & 0xff); }
inline std::uint32_t Ipv6View::label() const noexcept { return static_cast<std::uint32_t>(((jspcap::load_be32(p_ + 0)) >> 0) & 0xfffff); }
inline std::uint16_t Ipv6View::payload() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline std::uint8_t Ipv6View::next() const noexcept { return static_cast<std::uint8_t>(p_[6]); }
inline std::uint8_t Ipv6View::limit() const noexcept { return static_cast<std::uint8_t>(p_[7]); }
inline std::span<const std::uint8_t, 16> Ipv6View::src() const noexcept { return std::span<const std::uint8_t, 16>{p_ + (8), 16}; }
inline std::span<const std::uint8_t, 16> Ipv6View::dst() const noexcept { return std::span<const std::uint8_t, 16>{p_ + (24), 16}; }

inline Issue Ipv6View::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Ipv6View{p, cap}.check(wire, partial, out);
}

inline Issue Ipv6View::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(version()) != 6) return Issue{Status::malformed, Reason::bad_value, "version", static_cast<std::int64_t>(version()), 6};
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = ((static_cast<std::int64_t>(static_cast<std::int64_t>(payload()) == std::int64_t{0})) ? (parent_len) : (static_cast<std::int64_t>(static_cast<std::int64_t>(payload()) + std::int64_t{40})));
  const std::int64_t header = 40;
  if (header > static_cast<std::int64_t>(n_)) return jspcap::detail::short_header(header, n_, wire, partial);
  if (total < header) return Issue{Status::malformed, Reason::header_exceeds_total, nullptr, header, total};
  Issue issue{};
  if (total > parent_len) {
    if (!partial) issue = Issue{Status::length_exceeds_parent, Reason::total_exceeds_parent, nullptr, total, parent_len};
    total = parent_len;
  }
  out.header_len = static_cast<std::size_t>(header);
  out.wire_len = static_cast<std::uint64_t>(total);
  out.cap_len = static_cast<std::size_t>(total) < n_ ? static_cast<std::size_t>(total) : n_;
  out.next_table = "ip_proto";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(next()));
  out.next = lookup(TableId::ip_proto, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void Ipv6View::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 4)) { return; }
  s.uint("version", version());
  if (!(static_cast<std::int64_t>(n_) >= 4)) { return; }
  s.hex("tclass", tclass(), 1);
  if (!(static_cast<std::int64_t>(n_) >= 4)) { return; }
  s.hex("label", label(), 3);
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.uint("payload", payload());
  if (!(static_cast<std::int64_t>(n_) >= (6) + 1)) { return; }
  s.enumerated("next", next(), jspcap::enums::ip_proto(next()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (7) + 1)) { return; }
  s.uint("limit", limit());
  if (!(static_cast<std::int64_t>(n_) >= (8) + 16)) { return; }
  s.address("src", AddrKind::ipv6, Bytes{p_ + (8), 16});
  if (!(static_cast<std::int64_t>(n_) >= (24) + 16)) { return; }
  s.address("dst", AddrKind::ipv6, Bytes{p_ + (24), 16});
}

}  // namespace jspcap
