// Generated from specs/ppp.yaml by generator/. DO NOT EDIT.
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

/// PPP: Point-to-Point Protocol. The protocol field names what the frame carries. On PPPoE the frame is the bare protocol field (RFC 2516 §7); on the PPP link type, in GRE and in L2TP it may start with the HDLC address 0xff and control 0x03 (ppp_hdlc.yaml reads and skips them, as tshark does). Protocol field compression (a 1-byte protocol) is not decoded.
/// Reference: RFC 1661 §2 (PPP encapsulation); RFC 1662 §3.1 (HDLC-like framing).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class PppView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ppp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 2;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr PppView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr PppView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// protocol of the payload (specs/ppp.yaml:12)
  std::uint16_t protocol() const noexcept;

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

inline std::uint16_t PppView::protocol() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }

inline Issue PppView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return PppView{p, cap}.check(wire, partial, out);
}

inline Issue PppView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = 2;
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
  out.next_table = "ppp_protocol";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(protocol()));
  out.next = lookup(TableId::ppp_protocol, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void PppView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.enumerated("protocol", protocol(), jspcap::enums::ppp_protocol(protocol()), true, 2);
}

}  // namespace jspcap
