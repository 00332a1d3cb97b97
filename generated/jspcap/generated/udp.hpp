// Generated from specs/udp.yaml by generator/. DO NOT EDIT.
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

/// UDP
/// Reference: RFC 768.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class UdpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::udp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 8;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr UdpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr UdpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// source port (specs/udp.yaml:9)
  std::uint16_t srcport() const noexcept;
  /// destination port (specs/udp.yaml:10)
  std::uint16_t dstport() const noexcept;
  /// length of header and data in bytes (specs/udp.yaml:11)
  std::uint16_t len() const noexcept;
  /// checksum (specs/udp.yaml:12)
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

inline std::uint16_t UdpView::srcport() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }
inline std::uint16_t UdpView::dstport() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t UdpView::len() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline std::uint16_t UdpView::checksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 6)); }

inline Issue UdpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return UdpView{p, cap}.check(wire, partial, out);
}

inline Issue UdpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = ((static_cast<std::int64_t>(static_cast<std::int64_t>(len()) == std::int64_t{0})) ? (parent_len) : (static_cast<std::int64_t>(len())));
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
  out.next_table = "udp_port";
  out.next = jspcap::detail::lookup_lowest_first(TableId::udp_port, {static_cast<std::uint64_t>(static_cast<std::int64_t>(srcport())), static_cast<std::uint64_t>(static_cast<std::int64_t>(dstport()))}, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void UdpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.uint("srcport", srcport());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("dstport", dstport());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.uint("len", len());
  if (!(static_cast<std::int64_t>(n_) >= (6) + 2)) { return; }
  s.hex("checksum", checksum(), 2);
}

}  // namespace jspcap
