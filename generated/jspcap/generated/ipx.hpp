// Generated from specs/ipx.yaml by generator/. DO NOT EDIT.
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

/// IPX: Internetwork Packet Exchange over Ethernet II or 802.2 LLC.
/// Reference: Novell IPX (NetWare) header.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class IpxView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ipx;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 30;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr IpxView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr IpxView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// checksum (0xffff = none) (specs/ipx.yaml:11)
  std::uint16_t chksum() const noexcept;
  /// packet length including the header (specs/ipx.yaml:12)
  std::uint16_t len() const noexcept;
  /// transport control (hop count) (specs/ipx.yaml:13)
  std::uint8_t count() const noexcept;
  /// packet type (specs/ipx.yaml:14)
  std::uint8_t type() const noexcept;
  /// dst_network (specs/ipx.yaml:18)
  std::uint32_t dst_network() const noexcept;
  /// dst_node (specs/ipx.yaml:19)
  std::span<const std::uint8_t, 6> dst_node() const noexcept;
  /// dst_socket (specs/ipx.yaml:20)
  std::uint16_t dst_socket() const noexcept;
  /// src_network (specs/ipx.yaml:24)
  std::uint32_t src_network() const noexcept;
  /// src_node (specs/ipx.yaml:25)
  std::span<const std::uint8_t, 6> src_node() const noexcept;
  /// src_socket (specs/ipx.yaml:26)
  std::uint16_t src_socket() const noexcept;

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

inline std::uint16_t IpxView::chksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }
inline std::uint16_t IpxView::len() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint8_t IpxView::count() const noexcept { return static_cast<std::uint8_t>(p_[4]); }
inline std::uint8_t IpxView::type() const noexcept { return static_cast<std::uint8_t>(p_[5]); }
inline std::uint32_t IpxView::dst_network() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 6)); }
inline std::span<const std::uint8_t, 6> IpxView::dst_node() const noexcept { return std::span<const std::uint8_t, 6>{p_ + (10), 6}; }
inline std::uint16_t IpxView::dst_socket() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 16)); }
inline std::uint32_t IpxView::src_network() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 18)); }
inline std::span<const std::uint8_t, 6> IpxView::src_node() const noexcept { return std::span<const std::uint8_t, 6>{p_ + (22), 6}; }
inline std::uint16_t IpxView::src_socket() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 28)); }

inline Issue IpxView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return IpxView{p, cap}.check(wire, partial, out);
}

inline Issue IpxView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = static_cast<std::int64_t>(len());
  const std::int64_t header = 30;
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
void IpxView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.hex("chksum", chksum(), 2);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("len", len());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 1)) { return; }
  s.uint("count", count());
  if (!(static_cast<std::int64_t>(n_) >= (5) + 1)) { return; }
  s.enumerated("type", type(), jspcap::enums::ipx_type(type()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (6) + 4)) { return; }
  s.begin("dst");
  if (!(static_cast<std::int64_t>(n_) >= (6) + 4)) { s.end(); return; }
  s.hex("dst_network", dst_network(), 4);
  if (!(static_cast<std::int64_t>(n_) >= (10) + 6)) { s.end(); return; }
  s.address("dst_node", AddrKind::mac, Bytes{p_ + (10), 6});
  if (!(static_cast<std::int64_t>(n_) >= (16) + 2)) { s.end(); return; }
  s.hex("dst_socket", dst_socket(), 2);
  s.end();
  if (!(static_cast<std::int64_t>(n_) >= (18) + 4)) { return; }
  s.begin("src");
  if (!(static_cast<std::int64_t>(n_) >= (18) + 4)) { s.end(); return; }
  s.hex("src_network", src_network(), 4);
  if (!(static_cast<std::int64_t>(n_) >= (22) + 6)) { s.end(); return; }
  s.address("src_node", AddrKind::mac, Bytes{p_ + (22), 6});
  if (!(static_cast<std::int64_t>(n_) >= (28) + 2)) { s.end(); return; }
  s.hex("src_socket", src_socket(), 2);
  s.end();
}

}  // namespace jspcap
