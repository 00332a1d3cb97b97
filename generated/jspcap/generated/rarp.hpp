// Generated from specs/rarp.yaml by generator/. DO NOT EDIT.
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

/// RARP: Reverse ARP; ARP's layout on its own EtherType.
/// Reference: RFC 903.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class RarpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::rarp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 8;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr RarpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr RarpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// hardware type (specs/rarp.yaml:9)
  std::uint16_t htype() const noexcept;
  /// protocol type (specs/rarp.yaml:10)
  std::uint16_t ptype() const noexcept;
  /// hardware address length (specs/rarp.yaml:11)
  std::uint8_t hlen() const noexcept;
  /// protocol address length (specs/rarp.yaml:12)
  std::uint8_t plen() const noexcept;
  /// operation (specs/rarp.yaml:13)
  std::uint16_t oper() const noexcept;
  /// sender hardware address (specs/rarp.yaml:14)
  Bytes sha() const noexcept;
  /// sender protocol address (specs/rarp.yaml:15)
  Bytes spa() const noexcept;
  /// target hardware address (specs/rarp.yaml:16)
  Bytes tha() const noexcept;
  /// target protocol address (specs/rarp.yaml:17)
  Bytes tpa() const noexcept;

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

inline std::uint16_t RarpView::htype() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }
inline std::uint16_t RarpView::ptype() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint8_t RarpView::hlen() const noexcept { return static_cast<std::uint8_t>(p_[4]); }
inline std::uint8_t RarpView::plen() const noexcept { return static_cast<std::uint8_t>(p_[5]); }
inline std::uint16_t RarpView::oper() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 6)); }
inline Bytes RarpView::sha() const noexcept { return Bytes{p_ + (8), static_cast<std::size_t>((static_cast<std::int64_t>(hlen())))}; }
inline Bytes RarpView::spa() const noexcept { return Bytes{p_ + (std::int64_t{8} + (static_cast<std::int64_t>(hlen()))), static_cast<std::size_t>((static_cast<std::int64_t>(plen())))}; }
inline Bytes RarpView::tha() const noexcept { return Bytes{p_ + (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen()))), static_cast<std::size_t>((static_cast<std::int64_t>(hlen())))}; }
inline Bytes RarpView::tpa() const noexcept { return Bytes{p_ + (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen())) + (static_cast<std::int64_t>(hlen()))), static_cast<std::size_t>((static_cast<std::int64_t>(plen())))}; }

inline Issue RarpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return RarpView{p, cap}.check(wire, partial, out);
}

inline Issue RarpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(n_) < (8) + (static_cast<std::int64_t>(hlen()))) return jspcap::detail::short_header((8) + (static_cast<std::int64_t>(hlen())), n_, wire, partial);
  if (static_cast<std::int64_t>(n_) < (std::int64_t{8} + (static_cast<std::int64_t>(hlen()))) + (static_cast<std::int64_t>(plen()))) return jspcap::detail::short_header((std::int64_t{8} + (static_cast<std::int64_t>(hlen()))) + (static_cast<std::int64_t>(plen())), n_, wire, partial);
  if (static_cast<std::int64_t>(n_) < (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen()))) + (static_cast<std::int64_t>(hlen()))) return jspcap::detail::short_header((std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen()))) + (static_cast<std::int64_t>(hlen())), n_, wire, partial);
  if (static_cast<std::int64_t>(n_) < (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen())) + (static_cast<std::int64_t>(hlen()))) + (static_cast<std::int64_t>(plen()))) return jspcap::detail::short_header((std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen())) + (static_cast<std::int64_t>(hlen()))) + (static_cast<std::int64_t>(plen())), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen())) + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen()));
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
void RarpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.enumerated("htype", htype(), jspcap::enums::arp_hrd(htype()), false, 2);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.enumerated("ptype", ptype(), jspcap::enums::ethertype(ptype()), true, 2);
  if (!(static_cast<std::int64_t>(n_) >= (4) + 1)) { return; }
  s.uint("hlen", hlen());
  if (!(static_cast<std::int64_t>(n_) >= (5) + 1)) { return; }
  s.uint("plen", plen());
  if (!(static_cast<std::int64_t>(n_) >= (6) + 2)) { return; }
  s.enumerated("oper", oper(), jspcap::enums::arp_oper(oper()), false, 2);
  if (!(static_cast<std::int64_t>(n_) >= (8) + (static_cast<std::int64_t>(hlen())))) { return; }
  s.address("sha", AddrKind::hw, Bytes{p_ + (8), static_cast<std::size_t>((static_cast<std::int64_t>(hlen())))});
  if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{8} + (static_cast<std::int64_t>(hlen()))) + (static_cast<std::int64_t>(plen())))) { return; }
  s.address("spa", AddrKind::ip, Bytes{p_ + (std::int64_t{8} + (static_cast<std::int64_t>(hlen()))), static_cast<std::size_t>((static_cast<std::int64_t>(plen())))});
  if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen()))) + (static_cast<std::int64_t>(hlen())))) { return; }
  s.address("tha", AddrKind::hw, Bytes{p_ + (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen()))), static_cast<std::size_t>((static_cast<std::int64_t>(hlen())))});
  if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen())) + (static_cast<std::int64_t>(hlen()))) + (static_cast<std::int64_t>(plen())))) { return; }
  s.address("tpa", AddrKind::ip, Bytes{p_ + (std::int64_t{8} + (static_cast<std::int64_t>(hlen())) + (static_cast<std::int64_t>(plen())) + (static_cast<std::int64_t>(hlen()))), static_cast<std::size_t>((static_cast<std::int64_t>(plen())))});
}

}  // namespace jspcap
