// Generated from specs/igmp.yaml by generator/. DO NOT EDIT.
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

/// IGMP: Internet Group Management Protocol: the type, maximum response time and checksum every message starts with. The rest of the message is the next layer, chosen by the type (table igmp_type), as tshark's IGMP hands it to a dissector per version: IGMPv2 (the group address of IGMPv1 and IGMPv2 messages), IGMPv3-Query (a Membership Query of 12 bytes or more, RFC 3376 §7.1) and IGMPv3-Report. Other types (DVMRP, PIMv1, mtrace, multicast router discovery) stay Raw.
/// Reference: RFC 2236 §2 (IGMPv2); RFC 3376 §4 (IGMPv3); RFC 1112 App. I (IGMPv1).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class IgmpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::igmp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr IgmpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr IgmpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// message type (specs/igmp.yaml:15)
  std::uint8_t type() const noexcept;
  /// maximum response time of a query in 1/10 s (IGMPv3: a code, floating point from 128 on); 0 in IGMPv1 and in reports (specs/igmp.yaml:16)
  std::uint8_t max_resp() const noexcept;
  /// checksum of the whole IGMP message (specs/igmp.yaml:17)
  std::uint16_t checksum() const noexcept;

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

inline std::uint8_t IgmpView::type() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t IgmpView::max_resp() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t IgmpView::checksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }

inline Issue IgmpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return IgmpView{p, cap}.check(wire, partial, out);
}

inline Issue IgmpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
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
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{17}) && static_cast<std::int64_t>(parent_len >= std::int64_t{12}))) {
    out.next = ProtocolId::igmpv3_query;
    if (out.next != ProtocolId::none) return issue;
  }
  out.next_table = "igmp_type";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(type()));
  out.next = lookup(TableId::igmp_type, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void IgmpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("type", type(), jspcap::enums::igmp_type(type()), true, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("max_resp", max_resp());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.hex("checksum", checksum(), 2);
}

}  // namespace jspcap
