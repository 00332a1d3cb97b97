// Generated from specs/ieee8023.yaml by generator/. DO NOT EDIT.
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

/// IEEE8023: What an 802.3 length field is followed by: 802.2 LLC, or IPX directly ("Novell raw" framing, recognised by the IPX checksum 0xffff where LLC would have its SAPs). Not shown in reports.
/// Reference: IEEE 802.3 §3.2.6 (length field); Novell "raw" 802.3 framing of IPX.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Ieee8023View {
 public:
  static constexpr ProtocolId kId = ProtocolId::ieee8023;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 2;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Ieee8023View(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Ieee8023View(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// 0xffff: Novell raw IPX; else the LLC SAPs (specs/ieee8023.yaml:9)
  std::uint16_t first_word() const noexcept;

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

inline std::uint16_t Ieee8023View::first_word() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }

inline Issue Ieee8023View::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Ieee8023View{p, cap}.check(wire, partial, out);
}

inline Issue Ieee8023View::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = std::int64_t{0};
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
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(first_word()) == std::int64_t{65535})) {
    out.next = ProtocolId::ipx;
    if (out.next != ProtocolId::none) return issue;
  }
  out.next = ProtocolId::llc;
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void Ieee8023View::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.uint("first_word", first_word());
}

}  // namespace jspcap
