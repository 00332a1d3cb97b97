// Generated from specs/tcp.yaml by generator/. DO NOT EDIT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/stream_info.hpp"
#include "jspcap/generated/ipv4.hpp"
#include "jspcap/generated/ipv6.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// TCP
/// Reference: RFC 9293 §3.1.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class TcpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::tcp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 20;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr TcpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr TcpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// source port (specs/tcp.yaml:9)
  std::uint16_t srcport() const noexcept;
  /// destination port (specs/tcp.yaml:10)
  std::uint16_t dstport() const noexcept;
  /// sequence number (specs/tcp.yaml:11)
  std::uint32_t seq() const noexcept;
  /// acknowledgment number (specs/tcp.yaml:12)
  std::uint32_t ack() const noexcept;
  /// data offset (header length) in bytes (stored ×1/4; returned scaled) (specs/tcp.yaml:13)
  std::uint8_t hdr_len() const noexcept;
  /// reserved (specs/tcp.yaml:14)
  std::uint8_t reserved() const noexcept;
  /// control bits (specs/tcp.yaml:15)
  std::uint16_t flags() const noexcept;
  bool flags_ns() const noexcept { return (flags() & 0x100) != 0; }
  bool flags_cwr() const noexcept { return (flags() & 0x80) != 0; }
  bool flags_ecn() const noexcept { return (flags() & 0x40) != 0; }
  bool flags_urg() const noexcept { return (flags() & 0x20) != 0; }
  bool flags_ack() const noexcept { return (flags() & 0x10) != 0; }
  bool flags_push() const noexcept { return (flags() & 0x8) != 0; }
  bool flags_reset() const noexcept { return (flags() & 0x4) != 0; }
  bool flags_syn() const noexcept { return (flags() & 0x2) != 0; }
  bool flags_fin() const noexcept { return (flags() & 0x1) != 0; }
  /// window (unscaled) (specs/tcp.yaml:19)
  std::uint16_t window_size() const noexcept;
  /// checksum (specs/tcp.yaml:20)
  std::uint16_t checksum() const noexcept;
  /// urgent pointer (specs/tcp.yaml:21)
  std::uint16_t urgent_pointer() const noexcept;
  /// options (specs/tcp.yaml:22)
  Bytes opt() const noexcept;
  /// The elements of opt: for (const TlvItem& o : v.opt_items()) …
  TlvRange opt_items() const noexcept { return TlvRange(opt(), kTcpOptionFormat); }

  /// Layout of a `tcp_option` element (specs/tcp.yaml:43).
  static constexpr std::uint16_t kTcpOptionOneByte[] = {0, 1};
  static constexpr std::uint16_t kTcpOptionEnd[] = {0};
  static constexpr TlvFormat kTcpOptionFormat{1, 1, true, 1, kTcpOptionOneByte, 2, kTcpOptionEnd, 1, 1, 0, 1, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }


  /// This layer as a piece of a byte stream (specs/tcp.yaml:32): its ends (the
  /// addresses of the enclosing `scope` layer, of protocol `scope_id`, and this layer's ports), its
  /// sequence number and control bits. False when `scope_id` gives no addresses.
  bool stream(ProtocolId scope_id, Bytes scope, StreamInfo& out) const noexcept {
    switch (scope_id) {
      case ProtocolId::ipv4: {
        if (scope.size() < Ipv4View::kFixedSize) return false;
        const Ipv4View sv{scope};
        out.set_ends(AddrKind::ipv4, sv.src().data(), sv.dst().data(), 4);
        break;
      }
      case ProtocolId::ipv6: {
        if (scope.size() < Ipv6View::kFixedSize) return false;
        const Ipv6View sv{scope};
        out.set_ends(AddrKind::ipv6, sv.src().data(), sv.dst().data(), 16);
        break;
      }
      default: return false;
    }
    out.src.port = srcport();
    out.dst.port = dstport();
    out.seq = static_cast<std::uint64_t>(seq());
    out.seq_bits = 32;
    out.syn = (static_cast<std::int64_t>(flags_syn())) != 0;
    out.fin = (static_cast<std::int64_t>(flags_fin())) != 0;
    out.reset = (static_cast<std::int64_t>(flags_reset())) != 0;
    return true;
  }
  /// The protocols whose layer may give a stream's addresses, innermost first.
  static constexpr ProtocolId kStreamScopes[] = {ProtocolId::ipv4, ProtocolId::ipv6};
  /// Where the stream's protocol is looked up (both ends' ports, the lower first), and by content.
  static constexpr StreamBinding kStreamBinding{kStreamScopes, true, TableId::tcp_port, HeuristicId::tcp};
  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_tcp_option(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint16_t TcpView::srcport() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }
inline std::uint16_t TcpView::dstport() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint32_t TcpView::seq() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 4)); }
inline std::uint32_t TcpView::ack() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 8)); }
inline std::uint8_t TcpView::hdr_len() const noexcept { return static_cast<std::uint8_t>((((jspcap::load_be16(p_ + 12)) >> 12) & 0xf) * 4); }
inline std::uint8_t TcpView::reserved() const noexcept { return static_cast<std::uint8_t>(((jspcap::load_be16(p_ + 12)) >> 9) & 0x7); }
inline std::uint16_t TcpView::flags() const noexcept { return static_cast<std::uint16_t>(((jspcap::load_be16(p_ + 12)) >> 0) & 0x1ff); }
inline std::uint16_t TcpView::window_size() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 14)); }
inline std::uint16_t TcpView::checksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 16)); }
inline std::uint16_t TcpView::urgent_pointer() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 18)); }
inline Bytes TcpView::opt() const noexcept { return Bytes{p_ + (20), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})))}; }

inline Issue TcpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return TcpView{p, cap}.check(wire, partial, out);
}

inline Issue TcpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(hdr_len()) < 20) return Issue{Status::malformed, Reason::below_min, "hdr_len", static_cast<std::int64_t>(hdr_len()), 20};
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20}))) < 0) return Issue{Status::malformed, Reason::negative_size, "opt", (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})), 0};
  if (static_cast<std::int64_t>(n_) < (20) + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20}))) return jspcap::detail::short_header((20) + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
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
  if ((!static_cast<std::int64_t>(flags_reset()))) {
    out.next_table = "tcp_port";
    out.next = jspcap::detail::lookup_lowest_first(TableId::tcp_port, {static_cast<std::uint64_t>(static_cast<std::int64_t>(srcport())), static_cast<std::uint64_t>(static_cast<std::int64_t>(dstport()))}, out.next_key);
    if (out.next != ProtocolId::none) return issue;
  }
  if ((!static_cast<std::int64_t>(flags_reset()))) {
    out.next = detect(HeuristicId::tcp, p_ + header, out.cap_len - out.header_len);
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void TcpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 2)) { return; }
  s.uint("srcport", srcport());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("dstport", dstport());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 4)) { return; }
  s.uint("seq", seq());
  if (!(static_cast<std::int64_t>(n_) >= (8) + 4)) { return; }
  s.uint("ack", ack());
  if (!(static_cast<std::int64_t>(n_) >= 14)) { return; }
  s.uint("hdr_len", hdr_len());
  if (!(static_cast<std::int64_t>(n_) >= 14)) { return; }
  s.begin("flags"); s.boolean("ns", flags_ns()); s.boolean("cwr", flags_cwr()); s.boolean("ecn", flags_ecn()); s.boolean("urg", flags_urg()); s.boolean("ack", flags_ack()); s.boolean("push", flags_push()); s.boolean("reset", flags_reset()); s.boolean("syn", flags_syn()); s.boolean("fin", flags_fin()); s.end();
  if (!(static_cast<std::int64_t>(n_) >= (14) + 2)) { return; }
  s.uint("window_size", window_size());
  if (!(static_cast<std::int64_t>(n_) >= (16) + 2)) { return; }
  s.hex("checksum", checksum(), 2);
  if (!(static_cast<std::int64_t>(n_) >= (18) + 2)) { return; }
  s.uint("urgent_pointer", urgent_pointer());
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20}))) >= 0 && static_cast<std::int64_t>(n_) >= (20) + (static_cast<std::int64_t>(static_cast<std::int64_t>(hdr_len()) - std::int64_t{20})))) { return; }
  {   jspcap::TlvIterator it_opt(opt(), kTcpOptionFormat);   s.begin_list("opt");   for (; !it_opt.done(); it_opt.next()) {     s.begin("");     visit_tcp_option(s, it_opt.item());     s.end();   }   s.end_list();   if (!it_opt.padding().empty()) s.bytes("opt_padding", it_opt.padding()); }
}

template <class Sink>
void TcpView::visit_tcp_option(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, jspcap::enums::tcp_option(e.kind), false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 2:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("mss", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 3:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("shift", static_cast<std::uint64_t>((q[0])));
      return;
    }
    case 4:
    {
      return;
    }
    case 5:
    {
      s.begin_list("sack");
      for (std::size_t o = 0; o + 8 <= m; o += 8) {
        const std::uint8_t* r = q + o;
        s.begin("");
        s.uint("left", static_cast<std::uint64_t>((jspcap::load_be32(r + 0))));
        s.uint("right", static_cast<std::uint64_t>((jspcap::load_be32(r + 4))));
        s.end();
      }
      s.end_list();
      return;
    }
    case 8:
    {
      if (m < 8) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 8 bytes this case needs");
        return;
      }
      s.uint("val", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      s.uint("ecr", static_cast<std::uint64_t>((jspcap::load_be32(q + 4))));
      return;
    }
    case 28:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.boolean("granularity", (static_cast<std::uint64_t>(((jspcap::load_be16(q + 0)) >> 15) & 0x1)) != 0);
      s.uint("timeout", static_cast<std::uint64_t>(((jspcap::load_be16(q + 0)) >> 0) & 0x7fff));
      return;
    }
    case 30:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.enumerated("subtype", static_cast<std::uint64_t>(((q[0]) >> 4) & 0xf), jspcap::enums::mptcp_subtype(static_cast<std::uint64_t>(((q[0]) >> 4) & 0xf)), false, 1);
      s.bytes("data", e.value.subspan(1));
      return;
    }
    case 34:
    {
      s.bytes("cookie", e.value.subspan(0));
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
