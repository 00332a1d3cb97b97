// Generated from specs/sll.yaml by generator/. DO NOT EDIT.
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

/// SLL: Linux cooked capture, version 1.
/// Reference: tcpdump.org LINKTYPE_LINUX_SLL.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class SllView {
 public:
  static constexpr ProtocolId kId = ProtocolId::sll;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 16;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr SllView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr SllView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// packet type (specs/sll.yaml:10)
  std::uint16_t pkttype() const noexcept;
  /// link-layer address type (ARPHRD_) (specs/sll.yaml:11)
  std::uint16_t hatype() const noexcept;
  /// link-layer address length (specs/sll.yaml:12)
  std::uint16_t halen() const noexcept;
  /// link-layer address (first halen bytes meaningful) (specs/sll.yaml:13)
  Bytes src() const noexcept;
  /// protocol type (an EtherType for most hatypes) (specs/sll.yaml:14)
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

inline std::uint16_t SllView::pkttype() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }
inline std::uint16_t SllView::hatype() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t SllView::halen() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline Bytes SllView::src() const noexcept { return Bytes{p_ + (6), static_cast<std::size_t>(8)}; }
inline std::uint16_t SllView::protocol() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 14)); }

inline Issue SllView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return SllView{p, cap}.check(wire, partial, out);
}

inline Issue SllView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(n_) < (6) + 8) return jspcap::detail::short_header((6) + 8, n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = 16;
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
  out.next_table = "ethertype";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(protocol()));
  out.next = lookup(TableId::ethertype, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void SllView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.enumerated("pkttype", pkttype(), jspcap::enums::sll_pkttype(pkttype()), false, 2);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.enumerated("hatype", hatype(), jspcap::enums::arp_hrd(hatype()), false, 2);
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.uint("halen", halen());
  if (!(static_cast<std::int64_t>(n_) >= (6) + 8)) { return; }
  s.address("src", AddrKind::hw, Bytes{p_ + (6), static_cast<std::size_t>(8)});
  if (!(static_cast<std::int64_t>(n_) >= (14) + 2)) { return; }
  s.enumerated("protocol", protocol(), jspcap::enums::ethertype(protocol()), true, 2);
}

}  // namespace jspcap
