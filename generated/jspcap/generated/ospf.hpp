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

/// OSPF: Open Shortest Path First, versions 2 and 3: the common header and the five packet types (Hello, Database Description, Link State Request, Link State Update with its LSAs, Link State Acknowledgment with LSA headers). LSA bodies of the common OSPFv2 types are decoded; others are kept as bytes.
/// Reference: RFC 2328 §A.3 (OSPFv2); RFC 5340 §A.3 (OSPFv3).
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

  /// OSPF version (specs/ospf.yaml:14)
  std::uint8_t version() const noexcept;
  /// packet type (specs/ospf.yaml:15)
  std::uint8_t type() const noexcept;
  /// packet length including this header (specs/ospf.yaml:16)
  std::uint16_t len() const noexcept;
  /// router ID (specs/ospf.yaml:17)
  std::span<const std::uint8_t, 4> router_id() const noexcept;
  /// area ID (specs/ospf.yaml:18)
  std::span<const std::uint8_t, 4> area_id() const noexcept;
  /// checksum (specs/ospf.yaml:19)
  std::uint16_t chksum() const noexcept;
  /// authentication type — present only when the spec's condition holds (specs/ospf.yaml:20)
  std::uint16_t autype() const noexcept;
  /// authentication data — present only when the spec's condition holds (specs/ospf.yaml:21)
  Bytes auth() const noexcept;
  /// instance ID — present only when the spec's condition holds (specs/ospf.yaml:22)
  std::uint8_t instance_id() const noexcept;
  /// reserved — present only when the spec's condition holds (specs/ospf.yaml:23)
  std::uint8_t reserved() const noexcept;
  /// the packet of this type and version (specs/ospf.yaml:24)
  Bytes body() const noexcept;

  /// Layout of a `lsa` element (specs/ospf.yaml:109).
  static constexpr TlvFormat kLsaFormat{1, 2, true, 1, nullptr, 0, nullptr, 0, 1, 3, 18, 0x0, 0, 20};

  /// Layout of a `lsa6` element (specs/ospf.yaml:139).
  static constexpr TlvFormat kLsa6Format{2, 2, true, 1, nullptr, 0, nullptr, 0, 1, 2, 18, 0x0, 0, 20};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_lsa(Sink& s, const TlvItem& e);
  template <class Sink>
  static void visit_lsa6(Sink& s, const TlvItem& e);
  template <class Sink>
  static void visit_sw_body(Sink& s, const TlvItem& e);

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
inline Bytes OspfView::body() const noexcept { return Bytes{p_ + (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})), static_cast<std::size_t>((static_cast<std::int64_t>(n_) - (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}))))}; }

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
  const std::int64_t limit = total < parent_len ? total : parent_len;  // `bytes: rest` ends here
  const std::int64_t header = std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + std::max<std::int64_t>(0, limit - (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})));
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
  if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{14} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{2})) ? std::int64_t{8} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})))) { return; }
  { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(version()) << std::int64_t{4}) | static_cast<std::int64_t>(type()))); e.value = body(); s.begin("body"); visit_sw_body(s, e); s.end(); }
}

template <class Sink>
void OspfView::visit_lsa(Sink& s, const TlvItem& e) {
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  [[maybe_unused]] const std::uint8_t* h = e.whole.data();
  s.uint("age", static_cast<std::uint64_t>((jspcap::load_be16(h + 0))));
  s.hex("options", static_cast<std::uint64_t>((h[2])), 1);
  s.enumerated("type", static_cast<std::uint64_t>((h[3])), jspcap::enums::ospf_lsa_type(static_cast<std::uint64_t>((h[3]))), false, 1);
  s.address("id", AddrKind::ipv4, Bytes{h + 4, 4});
  s.address("adv_router", AddrKind::ipv4, Bytes{h + 8, 4});
  s.hex("seq", static_cast<std::uint64_t>((jspcap::load_be32(h + 12))), 4);
  s.hex("chksum", static_cast<std::uint64_t>((jspcap::load_be16(h + 16))), 2);
  s.uint("length", static_cast<std::uint64_t>((jspcap::load_be16(h + 18))));
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 1:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.begin("flags"); s.boolean("b", ((static_cast<std::uint64_t>((q[0]))) & 0x1) != 0); s.boolean("e", ((static_cast<std::uint64_t>((q[0]))) & 0x2) != 0); s.boolean("v", ((static_cast<std::uint64_t>((q[0]))) & 0x4) != 0); s.boolean("w", ((static_cast<std::uint64_t>((q[0]))) & 0x8) != 0); s.boolean("nt", ((static_cast<std::uint64_t>((q[0]))) & 0x10) != 0); s.end();
      s.uint("num_links", static_cast<std::uint64_t>((jspcap::load_be16(q + 2))));
      s.bytes("links", e.value.subspan(4));
      return;
    }
    case 2:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.address("netmask", AddrKind::ipv4, Bytes{q + 0, 4});
      s.begin_list("routers");
      for (std::size_t o = 4; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 3:
    case 4:
    {
      if (m < 8) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 8 bytes this case needs");
        return;
      }
      s.address("netmask", AddrKind::ipv4, Bytes{q + 0, 4});
      s.uint("metric", static_cast<std::uint64_t>((jspcap::load_be24(q + 5))));
      s.bytes("tos_metrics", e.value.subspan(8));
      return;
    }
    case 5:
    case 7:
    {
      if (m < 16) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 16 bytes this case needs");
        return;
      }
      s.address("netmask", AddrKind::ipv4, Bytes{q + 0, 4});
      s.begin("flags"); s.boolean("e", ((static_cast<std::uint64_t>((q[4]))) & 0x80) != 0); s.end();
      s.uint("metric", static_cast<std::uint64_t>((jspcap::load_be24(q + 5))));
      s.address("forwarding", AddrKind::ipv4, Bytes{q + 8, 4});
      s.uint("tag", static_cast<std::uint64_t>((jspcap::load_be32(q + 12))));
      s.bytes("tos_metrics", e.value.subspan(16));
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

template <class Sink>
void OspfView::visit_lsa6(Sink& s, const TlvItem& e) {
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  [[maybe_unused]] const std::uint8_t* h = e.whole.data();
  s.uint("age", static_cast<std::uint64_t>((jspcap::load_be16(h + 0))));
  s.enumerated("type", static_cast<std::uint64_t>((jspcap::load_be16(h + 2))), jspcap::enums::ospf6_lsa_type(static_cast<std::uint64_t>((jspcap::load_be16(h + 2)))), true, 2);
  s.address("id", AddrKind::ipv4, Bytes{h + 4, 4});
  s.address("adv_router", AddrKind::ipv4, Bytes{h + 8, 4});
  s.hex("seq", static_cast<std::uint64_t>((jspcap::load_be32(h + 12))), 4);
  s.hex("chksum", static_cast<std::uint64_t>((jspcap::load_be16(h + 16))), 2);
  s.uint("length", static_cast<std::uint64_t>((jspcap::load_be16(h + 18))));
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

template <class Sink>
void OspfView::visit_sw_body(Sink& s, const TlvItem& e) {
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 33:
    {
      if (m < 20) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 20 bytes this case needs");
        return;
      }
      s.address("netmask", AddrKind::ipv4, Bytes{q + 0, 4});
      s.uint("hello_interval", static_cast<std::uint64_t>((jspcap::load_be16(q + 4))));
      s.begin("options"); s.boolean("mt", ((static_cast<std::uint64_t>((q[6]))) & 0x1) != 0); s.boolean("e", ((static_cast<std::uint64_t>((q[6]))) & 0x2) != 0); s.boolean("mc", ((static_cast<std::uint64_t>((q[6]))) & 0x4) != 0); s.boolean("np", ((static_cast<std::uint64_t>((q[6]))) & 0x8) != 0); s.boolean("l", ((static_cast<std::uint64_t>((q[6]))) & 0x10) != 0); s.boolean("dc", ((static_cast<std::uint64_t>((q[6]))) & 0x20) != 0); s.boolean("o", ((static_cast<std::uint64_t>((q[6]))) & 0x40) != 0); s.boolean("dn", ((static_cast<std::uint64_t>((q[6]))) & 0x80) != 0); s.end();
      s.uint("priority", static_cast<std::uint64_t>((q[7])));
      s.uint("dead_interval", static_cast<std::uint64_t>((jspcap::load_be32(q + 8))));
      s.address("dr", AddrKind::ipv4, Bytes{q + 12, 4});
      s.address("bdr", AddrKind::ipv4, Bytes{q + 16, 4});
      s.begin_list("neighbors");
      for (std::size_t o = 20; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 34:
    {
      if (m < 8) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 8 bytes this case needs");
        return;
      }
      s.uint("mtu", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      s.begin("options"); s.boolean("mt", ((static_cast<std::uint64_t>((q[2]))) & 0x1) != 0); s.boolean("e", ((static_cast<std::uint64_t>((q[2]))) & 0x2) != 0); s.boolean("mc", ((static_cast<std::uint64_t>((q[2]))) & 0x4) != 0); s.boolean("np", ((static_cast<std::uint64_t>((q[2]))) & 0x8) != 0); s.boolean("l", ((static_cast<std::uint64_t>((q[2]))) & 0x10) != 0); s.boolean("dc", ((static_cast<std::uint64_t>((q[2]))) & 0x20) != 0); s.boolean("o", ((static_cast<std::uint64_t>((q[2]))) & 0x40) != 0); s.boolean("dn", ((static_cast<std::uint64_t>((q[2]))) & 0x80) != 0); s.end();
      s.begin("flags"); s.boolean("ms", ((static_cast<std::uint64_t>((q[3]))) & 0x1) != 0); s.boolean("m", ((static_cast<std::uint64_t>((q[3]))) & 0x2) != 0); s.boolean("i", ((static_cast<std::uint64_t>((q[3]))) & 0x4) != 0); s.boolean("r", ((static_cast<std::uint64_t>((q[3]))) & 0x8) != 0); s.end();
      s.uint("seq", static_cast<std::uint64_t>((jspcap::load_be32(q + 4))));
      s.begin_list("lsa_headers");
      for (std::size_t o = 8; o + 20 <= m; o += 20) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.uint("age", static_cast<std::uint64_t>((jspcap::load_be16(r + 0))));
        s.hex("options", static_cast<std::uint64_t>((r[2])), 1);
        s.enumerated("type", static_cast<std::uint64_t>((r[3])), jspcap::enums::ospf_lsa_type(static_cast<std::uint64_t>((r[3]))), false, 1);
        s.address("id", AddrKind::ipv4, Bytes{r + 4, 4});
        s.address("adv_router", AddrKind::ipv4, Bytes{r + 8, 4});
        s.hex("seq", static_cast<std::uint64_t>((jspcap::load_be32(r + 12))), 4);
        s.hex("chksum", static_cast<std::uint64_t>((jspcap::load_be16(r + 16))), 2);
        s.uint("length", static_cast<std::uint64_t>((jspcap::load_be16(r + 18))));
        s.end();
      }
      s.end_list();
      return;
    }
    case 35:
    {
      s.begin_list("requests");
      for (std::size_t o = 0; o + 12 <= m; o += 12) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.enumerated("type", static_cast<std::uint64_t>((jspcap::load_be32(r + 0))), jspcap::enums::ospf_lsa_type(static_cast<std::uint64_t>((jspcap::load_be32(r + 0)))), false, 4);
        s.address("id", AddrKind::ipv4, Bytes{r + 4, 4});
        s.address("adv_router", AddrKind::ipv4, Bytes{r + 8, 4});
        s.end();
      }
      s.end_list();
      return;
    }
    case 36:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("count", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      {
        jspcap::TlvIterator it_lsas(e.value.subspan(4), kLsaFormat);
        s.begin_list("lsas");
        for (; !it_lsas.done(); it_lsas.next()) {
          s.begin("");
          visit_lsa(s, it_lsas.item());
          s.end();
        }
        s.end_list();
        if (!it_lsas.padding().empty()) s.bytes("lsas_padding", it_lsas.padding());
      }
      return;
    }
    case 37:
    {
      s.begin_list("lsa_headers");
      for (std::size_t o = 0; o + 20 <= m; o += 20) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.uint("age", static_cast<std::uint64_t>((jspcap::load_be16(r + 0))));
        s.hex("options", static_cast<std::uint64_t>((r[2])), 1);
        s.enumerated("type", static_cast<std::uint64_t>((r[3])), jspcap::enums::ospf_lsa_type(static_cast<std::uint64_t>((r[3]))), false, 1);
        s.address("id", AddrKind::ipv4, Bytes{r + 4, 4});
        s.address("adv_router", AddrKind::ipv4, Bytes{r + 8, 4});
        s.hex("seq", static_cast<std::uint64_t>((jspcap::load_be32(r + 12))), 4);
        s.hex("chksum", static_cast<std::uint64_t>((jspcap::load_be16(r + 16))), 2);
        s.uint("length", static_cast<std::uint64_t>((jspcap::load_be16(r + 18))));
        s.end();
      }
      s.end_list();
      return;
    }
    case 49:
    {
      if (m < 20) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 20 bytes this case needs");
        return;
      }
      s.uint("interface_id", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      s.uint("priority", static_cast<std::uint64_t>((q[4])));
      s.begin("options"); s.boolean("v6", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x1) != 0); s.boolean("e", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x2) != 0); s.boolean("mc", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x4) != 0); s.boolean("n", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x8) != 0); s.boolean("r", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x10) != 0); s.boolean("dc", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x20) != 0); s.boolean("af", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x100) != 0); s.boolean("l", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x200) != 0); s.boolean("at", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 5)))) & 0x400) != 0); s.end();
      s.uint("hello_interval", static_cast<std::uint64_t>((jspcap::load_be16(q + 8))));
      s.uint("dead_interval", static_cast<std::uint64_t>((jspcap::load_be16(q + 10))));
      s.address("dr", AddrKind::ipv4, Bytes{q + 12, 4});
      s.address("bdr", AddrKind::ipv4, Bytes{q + 16, 4});
      s.begin_list("neighbors");
      for (std::size_t o = 20; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 50:
    {
      if (m < 12) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 12 bytes this case needs");
        return;
      }
      s.begin("options"); s.boolean("v6", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x1) != 0); s.boolean("e", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x2) != 0); s.boolean("mc", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x4) != 0); s.boolean("n", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x8) != 0); s.boolean("r", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x10) != 0); s.boolean("dc", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x20) != 0); s.boolean("af", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x100) != 0); s.boolean("l", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x200) != 0); s.boolean("at", ((static_cast<std::uint64_t>((jspcap::load_be24(q + 1)))) & 0x400) != 0); s.end();
      s.uint("mtu", static_cast<std::uint64_t>((jspcap::load_be16(q + 4))));
      s.begin("flags"); s.boolean("ms", ((static_cast<std::uint64_t>((q[7]))) & 0x1) != 0); s.boolean("m", ((static_cast<std::uint64_t>((q[7]))) & 0x2) != 0); s.boolean("i", ((static_cast<std::uint64_t>((q[7]))) & 0x4) != 0); s.boolean("r", ((static_cast<std::uint64_t>((q[7]))) & 0x8) != 0); s.end();
      s.uint("seq", static_cast<std::uint64_t>((jspcap::load_be32(q + 8))));
      s.begin_list("lsa_headers");
      for (std::size_t o = 12; o + 20 <= m; o += 20) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.uint("age", static_cast<std::uint64_t>((jspcap::load_be16(r + 0))));
        s.enumerated("type", static_cast<std::uint64_t>((jspcap::load_be16(r + 2))), jspcap::enums::ospf6_lsa_type(static_cast<std::uint64_t>((jspcap::load_be16(r + 2)))), true, 2);
        s.address("id", AddrKind::ipv4, Bytes{r + 4, 4});
        s.address("adv_router", AddrKind::ipv4, Bytes{r + 8, 4});
        s.hex("seq", static_cast<std::uint64_t>((jspcap::load_be32(r + 12))), 4);
        s.hex("chksum", static_cast<std::uint64_t>((jspcap::load_be16(r + 16))), 2);
        s.uint("length", static_cast<std::uint64_t>((jspcap::load_be16(r + 18))));
        s.end();
      }
      s.end_list();
      return;
    }
    case 51:
    {
      s.begin_list("requests");
      for (std::size_t o = 0; o + 12 <= m; o += 12) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.enumerated("type", static_cast<std::uint64_t>((jspcap::load_be16(r + 2))), jspcap::enums::ospf6_lsa_type(static_cast<std::uint64_t>((jspcap::load_be16(r + 2)))), true, 2);
        s.address("id", AddrKind::ipv4, Bytes{r + 4, 4});
        s.address("adv_router", AddrKind::ipv4, Bytes{r + 8, 4});
        s.end();
      }
      s.end_list();
      return;
    }
    case 52:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("count", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      {
        jspcap::TlvIterator it_lsas(e.value.subspan(4), kLsa6Format);
        s.begin_list("lsas");
        for (; !it_lsas.done(); it_lsas.next()) {
          s.begin("");
          visit_lsa6(s, it_lsas.item());
          s.end();
        }
        s.end_list();
        if (!it_lsas.padding().empty()) s.bytes("lsas_padding", it_lsas.padding());
      }
      return;
    }
    case 53:
    {
      s.begin_list("lsa_headers");
      for (std::size_t o = 0; o + 20 <= m; o += 20) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.uint("age", static_cast<std::uint64_t>((jspcap::load_be16(r + 0))));
        s.enumerated("type", static_cast<std::uint64_t>((jspcap::load_be16(r + 2))), jspcap::enums::ospf6_lsa_type(static_cast<std::uint64_t>((jspcap::load_be16(r + 2)))), true, 2);
        s.address("id", AddrKind::ipv4, Bytes{r + 4, 4});
        s.address("adv_router", AddrKind::ipv4, Bytes{r + 8, 4});
        s.hex("seq", static_cast<std::uint64_t>((jspcap::load_be32(r + 12))), 4);
        s.hex("chksum", static_cast<std::uint64_t>((jspcap::load_be16(r + 16))), 2);
        s.uint("length", static_cast<std::uint64_t>((jspcap::load_be16(r + 18))));
        s.end();
      }
      s.end_list();
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

}  // namespace jspcap
