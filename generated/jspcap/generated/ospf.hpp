// Generated from specs/ospf.yaml by generator/. DO NOT EDIT.
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

/// OSPF: Open Shortest Path First common header (the message body is kept as Raw for now).
/// Reference: RFC 2328 §A.3.1 (OSPFv2); RFC 5340 §A.3.1 (OSPFv3).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class OspfView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ospf;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 14;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr OspfView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr OspfView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// OSPF version (specs/ospf.yaml:10)
  std::uint8_t version() const noexcept;
  /// packet type (specs/ospf.yaml:11)
  std::uint8_t type() const noexcept;
  /// packet length including this header (specs/ospf.yaml:12)
  std::uint16_t len() const noexcept;
  /// router ID (specs/ospf.yaml:13)
  std::span<const std::uint8_t, 4> router_id() const noexcept;
  /// area ID (specs/ospf.yaml:14)
  std::span<const std::uint8_t, 4> area_id() const noexcept;
  /// checksum (specs/ospf.yaml:15)
  std::uint16_t chksum() const noexcept;
  /// authentication type — present only when the spec's condition holds (specs/ospf.yaml:16)
  std::uint16_t autype() const noexcept;
  /// authentication data — present only when the spec's condition holds (specs/ospf.yaml:17)
  Bytes auth() const noexcept;
  /// instance ID — present only when the spec's condition holds (specs/ospf.yaml:18)
  std::uint8_t instance_id() const noexcept;
  /// reserved — present only when the spec's condition holds (specs/ospf.yaml:19)
  std::uint8_t reserved() const noexcept;

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

inline std::uint8_t OspfView::version() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t OspfView::type() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t OspfView::len() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::span<const std::uint8_t, 4> OspfView::router_id() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (4), 4}; }
inline std::span<const std::uint8_t, 4> OspfView::area_id() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (8), 4}; }
inline std::uint16_t OspfView::chksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 12)); }
inline std::uint16_t OspfView::autype() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 14)); }
inline Bytes OspfView::auth() const noexcept { return Bytes{p_ + (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})), static_cast<std::size_t>(8)}; }
inline std::uint8_t OspfView::instance_id() const noexcept { return static_cast<std::uint8_t>(p_[std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0})]); }
inline std::uint8_t OspfView::reserved() const noexcept { return static_cast<std::uint8_t>(p_[std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})]); }

inline Issue OspfView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return OspfView{p, cap}.check(wire, partial, out);
}

inline Issue OspfView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (!jspcap::detail::one_of(static_cast<std::int64_t>(version()), {2, 3})) return Issue{Status::malformed, Reason::not_allowed, "version", static_cast<std::int64_t>(version()), 0};
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) {
    if (static_cast<std::int64_t>(n_) < (14) + 2) return jspcap::detail::short_header((14) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 8) return jspcap::detail::short_header((std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 8, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0})) + 1) return jspcap::detail::short_header((std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0})) + 1, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})) + 1) return jspcap::detail::short_header((std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})) + 1, n_, wire, partial);
  }
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = static_cast<std::int64_t>(len());
  const std::int64_t header = std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0});
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
void OspfView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.uint("version", version());
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.enumerated("type", type(), jspcap::enums::ospf_type(type()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("len", len());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 4)) { return; }
  s.address("router_id", AddrKind::ipv4, Bytes{p_ + (4), 4});
  if (!(static_cast<std::int64_t>(n_) >= (8) + 4)) { return; }
  s.address("area_id", AddrKind::ipv4, Bytes{p_ + (8), 4});
  if (!(static_cast<std::int64_t>(n_) >= (12) + 2)) { return; }
  s.hex("chksum", chksum(), 2);
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) {
    if (!(static_cast<std::int64_t>(n_) >= (14) + 2)) { return; }
    s.enumerated("autype", autype(), jspcap::enums::ospf_autype(autype()), false, 2);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 8)) { return; }
    s.bytes("auth", Bytes{p_ + (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})), static_cast<std::size_t>(8)});
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0})) + 1)) { return; }
    s.uint("instance_id", instance_id());
  }
}

}  // namespace jspcap
