// Generated from specs/raw_ip.yaml by generator/. DO NOT EDIT.
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

/// RawIP: Raw IP link type; the version nibble picks IPv4 or IPv6. Not shown in reports.
/// Reference: tcpdump.org LINKTYPE_RAW.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class RawipView {
 public:
  static constexpr ProtocolId kId = ProtocolId::rawip;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 1;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr RawipView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr RawipView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// version (specs/raw_ip.yaml:10)
  std::uint8_t version() const noexcept;
  /// rest_of_byte (specs/raw_ip.yaml:11)
  std::uint8_t rest_of_byte() const noexcept;

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

inline std::uint8_t RawipView::version() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 4) & 0xf); }
inline std::uint8_t RawipView::rest_of_byte() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 0) & 0xf); }

inline Issue RawipView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return RawipView{p, cap}.check(wire, partial, out);
}

inline Issue RawipView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
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
  out.next_table = "ip_version";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(version()));
  out.next = lookup(TableId::ip_version, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void RawipView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("version", version());
}

}  // namespace jspcap
