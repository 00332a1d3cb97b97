// Generated from specs/vlan.yaml by generator/. DO NOT EDIT.
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

/// VLAN: 802.1Q customer tag, 802.1ad service tag, and the legacy 0x9100 QinQ tag; stacked tags chain.
/// Reference: IEEE 802.1Q-2018 §9.6 (C-TAG and S-TAG).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class VlanView {
 public:
  static constexpr ProtocolId kId = ProtocolId::vlan;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr VlanView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr VlanView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// priority code point (specs/vlan.yaml:13)
  std::uint8_t pcp() const noexcept;
  /// drop eligible indicator (specs/vlan.yaml:14)
  bool dei() const noexcept;
  /// VLAN identifier (specs/vlan.yaml:15)
  std::uint16_t vid() const noexcept;
  /// EtherType of the payload (specs/vlan.yaml:16)
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

inline std::uint8_t VlanView::pcp() const noexcept { return static_cast<std::uint8_t>(((jspcap::load_be16(p_ + 0)) >> 13) & 0x7); }
inline bool VlanView::dei() const noexcept { return ((((jspcap::load_be16(p_ + 0)) >> 12) & 0x1) != 0); }
inline std::uint16_t VlanView::vid() const noexcept { return static_cast<std::uint16_t>(((jspcap::load_be16(p_ + 0)) >> 0) & 0xfff); }
inline std::uint16_t VlanView::type() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }

inline Issue VlanView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return VlanView{p, cap}.check(wire, partial, out);
}

inline Issue VlanView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) <= std::int64_t{1500})) ? (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) + std::int64_t{4})) : (parent_len));
  const std::int64_t header = 4;
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
    out.next = ProtocolId::llc;
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void VlanView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 2)) { return; }
  s.begin("tci");
  if (!(static_cast<std::int64_t>(n_) >= 2)) { s.end(); return; }
  s.enumerated("pcp", pcp(), jspcap::enums::vlan_pcp(pcp()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= 2)) { s.end(); return; }
  s.boolean("dei", dei());
  if (!(static_cast<std::int64_t>(n_) >= 2)) { s.end(); return; }
  s.uint("vid", vid());
  s.end();
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.enumerated("type", type(), jspcap::enums::ethertype(type()), true, 2);
}

}  // namespace jspcap
