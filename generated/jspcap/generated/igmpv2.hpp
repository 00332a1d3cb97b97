// Generated from specs/igmpv2.yaml by generator/. DO NOT EDIT.
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

/// IGMPv2: The group address of an IGMPv1 or IGMPv2 message (Membership Query of 8 bytes, Membership Reports, Leave Group), after IGMP's type, maximum response time and checksum. IGMPv1 messages have the same layout (their maximum response time is 0).
/// Reference: RFC 2236 §2.4 (IGMPv2); RFC 1112 App. I (IGMPv1).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Igmpv2View {
 public:
  static constexpr ProtocolId kId = ProtocolId::igmpv2;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Igmpv2View(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Igmpv2View(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// group address (0.0.0.0 in a general query) (specs/igmpv2.yaml:13)
  std::span<const std::uint8_t, 4> group() const noexcept;

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

inline std::span<const std::uint8_t, 4> Igmpv2View::group() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (0), 4}; }

inline Issue Igmpv2View::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Igmpv2View{p, cap}.check(wire, partial, out);
}

inline Issue Igmpv2View::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
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
  return issue;
}

template <class Sink>
void Igmpv2View::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 4)) { return; }
  s.address("group", AddrKind::ipv4, Bytes{p_ + (0), 4});
}

}  // namespace jspcap
