// Generated from specs/ipv6_route.yaml by generator/. DO NOT EDIT.
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

/// IPv6_Route: IPv6 Routing header with the data of types 0, 2, 3 (RPL) and 4 (Segment Routing).
/// Reference: RFC 8200 §4.4.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Ipv6RouteView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ipv6_route;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Ipv6RouteView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Ipv6RouteView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// next header (specs/ipv6_route.yaml:10)
  std::uint8_t next() const noexcept;
  /// header length in 8-octet units, not counting the first 8 octets (specs/ipv6_route.yaml:11)
  std::uint8_t length() const noexcept;
  /// routing type (specs/ipv6_route.yaml:12)
  std::uint8_t type() const noexcept;
  /// segments left (specs/ipv6_route.yaml:13)
  std::uint8_t seg_left() const noexcept;
  /// type-specific data (other types as bytes) (specs/ipv6_route.yaml:14)
  Bytes data() const noexcept;

  /// Layout of a `srh_tlv` element (specs/ipv6_route.yaml:41).
  static constexpr std::uint16_t kSrhTlvOneByte[] = {0};
  static constexpr TlvFormat kSrhTlvFormat{1, 1, false, 1, kSrhTlvOneByte, 1, nullptr, 0, 1, 0, 1, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_srh_tlv(Sink& s, const TlvItem& e);
  template <class Sink>
  static void visit_sw_data(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t Ipv6RouteView::next() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t Ipv6RouteView::length() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint8_t Ipv6RouteView::type() const noexcept { return static_cast<std::uint8_t>(p_[2]); }
inline std::uint8_t Ipv6RouteView::seg_left() const noexcept { return static_cast<std::uint8_t>(p_[3]); }
inline Bytes Ipv6RouteView::data() const noexcept { return Bytes{p_ + (4), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4})))}; }

inline Issue Ipv6RouteView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Ipv6RouteView{p, cap}.check(wire, partial, out);
}

inline Issue Ipv6RouteView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4}))) < 0) return Issue{Status::malformed, Reason::negative_size, "data", (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4})), 0};
  if (static_cast<std::int64_t>(n_) < (4) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4}))) return jspcap::detail::short_header((4) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8});
  if (header < std::int64_t{4} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4})))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{4} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4})), header};
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
  out.next_table = "ip_proto";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(next()));
  out.next = lookup(TableId::ip_proto, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void Ipv6RouteView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("next", next(), jspcap::enums::ip_proto(next()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("length", length());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 1)) { return; }
  s.enumerated("type", type(), jspcap::enums::ipv6_route_type(type()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (3) + 1)) { return; }
  s.uint("seg_left", seg_left());
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4}))) >= 0 && static_cast<std::int64_t>(n_) >= (4) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4})))) { if (static_cast<std::int64_t>(n_) > (4)) { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(static_cast<std::int64_t>(type())); e.value = Bytes{p_ + (4), n_ - static_cast<std::size_t>(4)}; e.malformed = true; s.begin("data"); visit_sw_data(s, e); s.end(); } return; }
  { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(static_cast<std::int64_t>(type())); e.value = data(); s.begin("data"); visit_sw_data(s, e); s.end(); }
}

template <class Sink>
void Ipv6RouteView::visit_srh_tlv(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, nullptr, false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 5:
    {
      if (m < 6) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 6 bytes this case needs");
        return;
      }
      s.begin("flags"); s.boolean("d", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 0)))) & 0x8000) != 0); s.end();
      s.uint("key_id", static_cast<std::uint64_t>((jspcap::load_be32(q + 2))));
      s.bytes("hmac", e.value.subspan(6));
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
void Ipv6RouteView::visit_sw_data(Sink& s, const TlvItem& e) {
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 0:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.begin_list("addresses");
      for (std::size_t o = 4; o + 16 <= m; o += 16) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv6, Bytes{r + 0, 16});
      }
      s.end_list();
      return;
    }
    case 2:
    {
      if (m < 20) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 20 bytes this case needs");
        return;
      }
      s.address("home_address", AddrKind::ipv6, Bytes{q + 4, 16});
      return;
    }
    case 3:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("cmpri", static_cast<std::uint64_t>(((q[0]) >> 4) & 0xf));
      s.uint("cmpre", static_cast<std::uint64_t>(((q[0]) >> 0) & 0xf));
      s.uint("pad", static_cast<std::uint64_t>(((jspcap::load_be24(q + 1)) >> 20) & 0xf));
      s.bytes("addresses", e.value.subspan(4));
      return;
    }
    case 4:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("last_entry", static_cast<std::uint64_t>((q[0])));
      s.hex("flags", static_cast<std::uint64_t>((q[1])), 1);
      s.hex("tag", static_cast<std::uint64_t>((jspcap::load_be16(q + 2))), 2);
      std::size_t tail = 4;
      const std::int64_t count_segments = static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::uint64_t>((q[0]))) + std::int64_t{1});
      s.begin_list("segments");
      std::int64_t i_segments = 0;
      for (; i_segments < count_segments && tail + 16 <= m; ++i_segments, tail += 16) {
        const std::uint8_t* r = q + tail;
        s.address("", AddrKind::ipv6, Bytes{r + 0, 16});
      }
      s.end_list();
      if (i_segments < count_segments) {
        s.string("error", "malformed: the count of segments runs past the data");
        return;
      }
      {
        jspcap::TlvIterator it_tlvs(e.value.subspan(tail), kSrhTlvFormat);
        s.begin_list("tlvs");
        for (; !it_tlvs.done(); it_tlvs.next()) {
          s.begin("");
          visit_srh_tlv(s, it_tlvs.item());
          s.end();
        }
        s.end_list();
        if (!it_tlvs.padding().empty()) s.bytes("tlvs_padding", it_tlvs.padding());
      }
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
