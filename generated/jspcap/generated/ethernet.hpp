// Generated from specs/ethernet.yaml by generator/. DO NOT EDIT.
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

/// Ethernet
/// Reference: IEEE 802.3 §3.1 (Ethernet II framing, RFC 894).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class EthernetView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ethernet;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 14;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr EthernetView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr EthernetView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// destination MAC address (specs/ethernet.yaml:10)
  std::span<const std::uint8_t, 6> dst() const noexcept;
  /// source MAC address (specs/ethernet.yaml:11)
  std::span<const std::uint8_t, 6> src() const noexcept;
  /// EtherType of the payload (a value up to 1500 is an 802.3 length) (specs/ethernet.yaml:12)
  std::uint16_t type() const noexcept;

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

inline std::span<const std::uint8_t, 6> EthernetView::dst() const noexcept { return std::span<const std::uint8_t, 6>{p_ + (0), 6}; }
inline std::span<const std::uint8_t, 6> EthernetView::src() const noexcept { return std::span<const std::uint8_t, 6>{p_ + (6), 6}; }
inline std::uint16_t EthernetView::type() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 12)); }

inline Issue EthernetView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return EthernetView{p, cap}.check(wire, partial, out);
}

inline Issue EthernetView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) <= std::int64_t{1500})) ? (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) + std::int64_t{14})) : (parent_len));
  const std::int64_t header = 14;
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
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) > std::int64_t{1500})) {
    out.next_table = "ethertype";
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(type()));
    out.next = lookup(TableId::ethertype, out.next_key);
    if (out.next != ProtocolId::none) return issue;
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) <= std::int64_t{1500})) {
    out.next = ProtocolId::ieee8023;
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void EthernetView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 6)) { return; }
  s.address("dst", AddrKind::mac, Bytes{p_ + (0), 6});
  if (!(static_cast<std::int64_t>(n_) >= (6) + 6)) { return; }
  s.address("src", AddrKind::mac, Bytes{p_ + (6), 6});
  if (!(static_cast<std::int64_t>(n_) >= (12) + 2)) { return; }
  s.enumerated("type", type(), jspcap::enums::ethertype(type()), true, 2);
}

}  // namespace jspcap
