// Generated from specs/ppp_hdlc.yaml by generator/. DO NOT EDIT.
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

/// PPP-HDLC: The HDLC-like framing before a PPP frame on LINKTYPE_PPP, in GRE (protocol type 0x880b) and in L2TP: address 0xff and control 0x03, unless the peers negotiated them away (LCP's Address-and-Control-Field-Compression), in which case the protocol field comes first. Not shown in reports (tshark shows the two bytes inside its ppp layer); the PPP layer follows.
/// Reference: RFC 1662 §3.1 (address and control fields); RFC 1661 §6.6 (their compression).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class PppHdlcView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ppp_hdlc;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 2;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr PppHdlcView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr PppHdlcView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// all-stations address 0xff (specs/ppp_hdlc.yaml:14)
  std::uint8_t address() const noexcept;
  /// unnumbered information 0x03 (specs/ppp_hdlc.yaml:15)
  std::uint8_t control() const noexcept;

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

inline std::uint8_t PppHdlcView::address() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t PppHdlcView::control() const noexcept { return static_cast<std::uint8_t>(p_[1]); }

inline Issue PppHdlcView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return PppHdlcView{p, cap}.check(wire, partial, out);
}

inline Issue PppHdlcView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(address()) == std::int64_t{255}) && static_cast<std::int64_t>(static_cast<std::int64_t>(control()) == std::int64_t{3}))) ? (std::int64_t{2}) : (std::int64_t{0}));
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
  out.next = ProtocolId::ppp;
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void PppHdlcView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.hex("address", address(), 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.hex("control", control(), 1);
}

}  // namespace jspcap
