// Generated from specs/ipv4.yaml by generator/. DO NOT EDIT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/fragment.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// IPv4
/// Reference: RFC 791 §3.1.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Ipv4View {
 public:
  static constexpr ProtocolId kId = ProtocolId::ipv4;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 20;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Ipv4View(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Ipv4View(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// IP version (4) (specs/ipv4.yaml:15)
  std::uint8_t version() const noexcept;
  /// header length in bytes (stored ×1/4; returned scaled) (specs/ipv4.yaml:16)
  std::uint8_t hdr_len() const noexcept;
  /// differentiated services code point (specs/ipv4.yaml:20)
  std::uint8_t dscp() const noexcept;
  /// explicit congestion notification (specs/ipv4.yaml:21)
  std::uint8_t ecn() const noexcept;
  /// total length of the datagram in bytes (specs/ipv4.yaml:22)
  std::uint16_t len() const noexcept;
  /// identification (specs/ipv4.yaml:23)
  std::uint16_t id() const noexcept;
  /// reserved, don't fragment, more fragments (specs/ipv4.yaml:24)
  std::uint8_t flags() const noexcept;
  bool flags_rb() const noexcept { return (flags() & 0x4) != 0; }
  bool flags_df() const noexcept { return (flags() & 0x2) != 0; }
  bool flags_mf() const noexcept { return (flags() & 0x1) != 0; }
  /// fragment offset in bytes (stored ×1/8; returned scaled) (specs/ipv4.yaml:25)
  std::uint16_t frag_offset() const noexcept;
  /// time to live (specs/ipv4.yaml:26)
  std::uint8_t ttl() const noexcept;
  /// protocol of the payload (specs/ipv4.yaml:27)
  std::uint8_t proto() const noexcept;
  /// header checksum (specs/ipv4.yaml:28)
  std::uint16_t checksum() const noexcept;
  /// source address (specs/ipv4.yaml:29)
  std::span<const std::uint8_t, 4> src() const noexcept;
  /// destination address (specs/ipv4.yaml:30)
  std::span<const std::uint8_t, 4> dst() const noexcept;
  /// options (specs/ipv4.yaml:31)
  Bytes opt() const noexcept;
  /// The elements of opt: for (const TlvItem& o : v.opt_items()) …
  TlvRange opt_items() const noexcept { return TlvRange(opt(), kIpv4OptionFormat); }

  /// Layout of a `ipv4_option` element (specs/ipv4.yaml:48).
  static constexpr std::uint16_t kIpv4OptionOneByte[] = {0, 1};
  static constexpr std::uint16_t kIpv4OptionEnd[] = {0};
  static constexpr TlvFormat kIpv4OptionFormat{1, 1, true, 1, kIpv4OptionOneByte, 2, kIpv4OptionEnd, 1, 1, 0, 1, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// This layer as a piece of a longer datagram (specs/ipv4.yaml:41): false when it is a
  /// whole datagram. `scope` is not used.
  bool fragment([[maybe_unused]] Bytes scope, FragmentInfo& out) const noexcept {
    if (!((static_cast<std::int64_t>(frag_offset())) != 0 || (static_cast<std::int64_t>(flags_mf())) != 0)) return false;  // a whole datagram
    out.key_len = 0;
    if (!out.add(src().data(), 4)) return false;
    if (!out.add(dst().data(), 4)) return false;
    if (!out.add_uint(id())) return false;
    if (!out.add_uint(proto())) return false;
    out.offset = static_cast<std::uint64_t>(static_cast<std::int64_t>(frag_offset()));
    out.more = (static_cast<std::int64_t>(flags_mf())) != 0;
    out.next_table = TableId::ip_proto;
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(proto()));
    out.overlap = OverlapPolicy::first;
    return true;
  }
  /// Reports a key fragment() made (FragmentInfo::key) field by field.
  template <class Sink>
  static void visit_fragment_key(const std::uint8_t* key, std::size_t n, Sink& sink) {
    if (n < 4) return;
    sink.address("src", AddrKind::ipv4, Bytes{key + 0, 4});
    if (n < 8) return;
    sink.address("dst", AddrKind::ipv4, Bytes{key + 4, 4});
    if (n < 16) return;
    sink.hex("id", jspcap::load_be64(key + 8), 2);
    if (n < 24) return;
    sink.enumerated("proto", jspcap::load_be64(key + 16), jspcap::enums::ip_proto(jspcap::load_be64(key + 16)), false, 1);
  }
  /// The protocol whose layer completes a fragment's key (ProtocolId::none: none needed).
  static constexpr ProtocolId kFragmentScope = ProtocolId::none;

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_ipv4_option(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t Ipv4View::version() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 4) & 0xf); }
inline std::uint8_t Ipv4View::hdr_len() const noexcept { return static_cast<std::uint8_t>((((p_[0]) >> 0) & 0xf) * 4); }
inline std::uint8_t Ipv4View::dscp() const noexcept { return static_cast<std::uint8_t>(((p_[1]) >> 2) & 0x3f); }
inline std::uint8_t Ipv4View::ecn() const noexcept { return static_cast<std::uint8_t>(((p_[1]) >> 0) & 0x3); }
inline std::uint16_t Ipv4View::len() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t Ipv4View::id() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline std::uint8_t Ipv4View::flags() const noexcept { return static_cast<std::uint8_t>(((jspcap::load_be16(p_ + 6)) >> 13) & 0x7); }
inline std::uint16_t Ipv4View::frag_offset() const noexcept { return static_cast<std::uint16_t>((((jspcap::load_be16(p_ + 6)) >> 0) & 0x1fff) * 8); }
inline std::uint8_t Ipv4View::ttl() const noexcept { return static_cast<std::uint8_t>(p_[8]); }
inline std::uint8_t Ipv4View::proto() const noexcept { return static_cast<std::uint8_t>(p_[9]); }
inline std::uint16_t Ipv4View::checksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 10)); }
inline std::span<const std::uint8_t, 4> Ipv4View::src() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (12), 4}; }
inline std::span<const std::uint8_t, 4> Ipv4View::dst() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (16), 4}; }
inline Bytes Ipv4View::opt() const noexcept { return Bytes{p_ + (20), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})))}; }

inline Issue Ipv4View::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Ipv4View{p, cap}.check(wire, partial, out);
}

inline Issue Ipv4View::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(version()) != 4) return Issue{Status::malformed, Reason::bad_value, "version", static_cast<std::int64_t>(version()), 4};
  if (static_cast<std::int64_t>(hdr_len()) < 20) return Issue{Status::malformed, Reason::below_min, "hdr_len", static_cast<std::int64_t>(hdr_len()), 20};
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20}))) < 0) return Issue{Status::malformed, Reason::negative_size, "opt", (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})), 0};
  if (static_cast<std::int64_t>(n_) < (20) + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20}))) return jspcap::detail::short_header((20) + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = ((static_cast<std::int64_t>(static_cast<std::int64_t>(len()) == std::int64_t{0})) ? (parent_len) : (static_cast<std::int64_t>(len())));
  const std::int64_t header = static_cast<std::int64_t>(hdr_len());
  if (header < std::int64_t{20} + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{20} + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})), header};
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
  if ((!static_cast<std::int64_t>(static_cast<std::int64_t>(frag_offset()) != std::int64_t{0}))) {
    out.next_partial = (static_cast<std::int64_t>(flags_mf())) != 0;
    out.next_table = "ip_proto";
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(proto()));
    out.next = lookup(TableId::ip_proto, out.next_key);
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void Ipv4View::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("version", version());
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("hdr_len", hdr_len());
  if (!(static_cast<std::int64_t>(n_) >= 2)) { return; }
  s.begin("dsfield");
  if (!(static_cast<std::int64_t>(n_) >= 2)) { s.end(); return; }
  s.enumerated("dscp", dscp(), jspcap::enums::dscp(dscp()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= 2)) { s.end(); return; }
  s.enumerated("ecn", ecn(), jspcap::enums::ecn(ecn()), false, 1);
  s.end();
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("len", len());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.hex("id", id(), 2);
  if (!(static_cast<std::int64_t>(n_) >= 8)) { return; }
  s.begin("flags"); s.boolean("rb", flags_rb()); s.boolean("df", flags_df()); s.boolean("mf", flags_mf()); s.end();
  if (!(static_cast<std::int64_t>(n_) >= 8)) { return; }
  s.uint("frag_offset", frag_offset());
  if (!(static_cast<std::int64_t>(n_) >= (8) + 1)) { return; }
  s.uint("ttl", ttl());
  if (!(static_cast<std::int64_t>(n_) >= (9) + 1)) { return; }
  s.enumerated("proto", proto(), jspcap::enums::ip_proto(proto()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (10) + 2)) { return; }
  s.hex("checksum", checksum(), 2);
  if (!(static_cast<std::int64_t>(n_) >= (12) + 4)) { return; }
  s.address("src", AddrKind::ipv4, Bytes{p_ + (12), 4});
  if (!(static_cast<std::int64_t>(n_) >= (16) + 4)) { return; }
  s.address("dst", AddrKind::ipv4, Bytes{p_ + (16), 4});
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20}))) >= 0 && static_cast<std::int64_t>(n_) >= (20) + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})))) { return; }
  {   jspcap::TlvIterator it_opt(opt(), kIpv4OptionFormat);   s.begin_list("opt");   for (; !it_opt.done(); it_opt.next()) {     s.begin("");     visit_ipv4_option(s, it_opt.item());     s.end();   }   s.end_list();   if (!it_opt.padding().empty()) s.bytes("opt_padding", it_opt.padding()); }
}

template <class Sink>
void Ipv4View::visit_ipv4_option(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, jspcap::enums::ipv4_option(e.kind), false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 7:
    case 131:
    case 137:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("pointer", static_cast<std::uint64_t>((q[0])));
      s.begin_list("ip");
      for (std::size_t o = 1; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
    case 68:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("pointer", static_cast<std::uint64_t>((q[0])));
      s.uint("overflow", static_cast<std::uint64_t>(((q[1]) >> 4) & 0xf));
      s.uint("flag", static_cast<std::uint64_t>(((q[1]) >> 0) & 0xf));
      s.begin_list("timestamp");
      for (std::size_t o = 2; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.uint("", static_cast<std::uint64_t>((jspcap::load_be32(r + 0))));
      }
      s.end_list();
      return;
    }
    case 148:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("alert", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
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
