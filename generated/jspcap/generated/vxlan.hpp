// Generated from specs/vxlan.yaml by generator/. DO NOT EDIT.
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

/// VXLAN: Virtual eXtensible Local Area Network over UDP; an Ethernet frame follows the 8-byte header. The group policy bits (draft-smith-vxlan-group-policy) are shown as tshark shows them.
/// Reference: RFC 7348 §5 (VXLAN frame format).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class VxlanView {
 public:
  static constexpr ProtocolId kId = ProtocolId::vxlan;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 8;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr VxlanView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr VxlanView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// I: the VNI is valid (RFC 7348); G, D, A: group policy extension; the other bits are reserved (specs/vxlan.yaml:10)
  std::uint16_t flags() const noexcept;
  bool flags_group_policy() const noexcept { return (flags() & 0x8000) != 0; }
  bool flags_instance() const noexcept { return (flags() & 0x800) != 0; }
  bool flags_dont_learn() const noexcept { return (flags() & 0x40) != 0; }
  bool flags_policy_applied() const noexcept { return (flags() & 0x8) != 0; }
  /// group policy ID (reserved in RFC 7348) (specs/vxlan.yaml:15)
  std::uint16_t gbp() const noexcept;
  /// VXLAN network identifier (specs/vxlan.yaml:16)
  std::uint32_t vni() const noexcept;
  /// reserved (specs/vxlan.yaml:17)
  std::uint8_t reserved() const noexcept;

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

inline std::uint16_t VxlanView::flags() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }
inline std::uint16_t VxlanView::gbp() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint32_t VxlanView::vni() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be24(p_ + 4)); }
inline std::uint8_t VxlanView::reserved() const noexcept { return static_cast<std::uint8_t>(p_[7]); }

inline Issue VxlanView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return VxlanView{p, cap}.check(wire, partial, out);
}

inline Issue VxlanView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = 8;
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
  out.next = ProtocolId::ethernet;
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void VxlanView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.begin("flags"); s.boolean("group_policy", flags_group_policy()); s.boolean("instance", flags_instance()); s.boolean("dont_learn", flags_dont_learn()); s.boolean("policy_applied", flags_policy_applied()); s.end();
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("gbp", gbp());
  if (!(static_cast<std::int64_t>(n_) >= 7)) { return; }
  s.uint("vni", vni());
}

}  // namespace jspcap
