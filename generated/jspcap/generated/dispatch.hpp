// Generated from specs/*.yaml by generator/. DO NOT EDIT.
// One entry point per operation, switching on the protocol id: no virtual calls, no strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/fragment.hpp"
#include "jspcap/stream_info.hpp"
#include "jspcap/text_message.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/runtime_protocol.hpp"
#include "jspcap/generated/ids.hpp"
#include "jspcap/generated/ah.hpp"
#include "jspcap/generated/arp.hpp"
#include "jspcap/generated/dhcp.hpp"
#include "jspcap/generated/esp.hpp"
#include "jspcap/generated/ethernet.hpp"
#include "jspcap/generated/gre.hpp"
#include "jspcap/generated/hip.hpp"
#include "jspcap/generated/hopopt.hpp"
#include "jspcap/generated/http.hpp"
#include "jspcap/generated/icmp.hpp"
#include "jspcap/generated/icmpv6.hpp"
#include "jspcap/generated/ieee8023.hpp"
#include "jspcap/generated/igmp.hpp"
#include "jspcap/generated/igmpv2.hpp"
#include "jspcap/generated/igmpv3_query.hpp"
#include "jspcap/generated/igmpv3_report.hpp"
#include "jspcap/generated/ipv4.hpp"
#include "jspcap/generated/ipv6.hpp"
#include "jspcap/generated/ipv6_frag.hpp"
#include "jspcap/generated/ipv6_opts.hpp"
#include "jspcap/generated/ipv6_route.hpp"
#include "jspcap/generated/ipx.hpp"
#include "jspcap/generated/l2tp.hpp"
#include "jspcap/generated/lcp.hpp"
#include "jspcap/generated/llc.hpp"
#include "jspcap/generated/mh.hpp"
#include "jspcap/generated/ntp.hpp"
#include "jspcap/generated/null.hpp"
#include "jspcap/generated/ospf.hpp"
#include "jspcap/generated/ppp.hpp"
#include "jspcap/generated/ppp_hdlc.hpp"
#include "jspcap/generated/pppoed.hpp"
#include "jspcap/generated/pppoes.hpp"
#include "jspcap/generated/rarp.hpp"
#include "jspcap/generated/raw.hpp"
#include "jspcap/generated/rawip.hpp"
#include "jspcap/generated/sll.hpp"
#include "jspcap/generated/sll2.hpp"
#include "jspcap/generated/tcp.hpp"
#include "jspcap/generated/udp.hpp"
#include "jspcap/generated/vlan.hpp"
#include "jspcap/generated/vxlan.hpp"

namespace jspcap {

/// Dissects one layer of protocol `id` from `cap` captured bytes of a `wire`-byte layer
/// (`partial`: part of a longer datagram, see Step::next_partial).
inline Issue dissect_layer(ProtocolId id, const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                           bool partial = false) noexcept {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]]
    return rp->dissect(p, cap, wire, out, partial);
  switch (id) {
    case ProtocolId::ah: return AhView::dissect(p, cap, wire, out, partial);
    case ProtocolId::arp: return ArpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::dhcp: return DhcpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::esp: return EspView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ethernet: return EthernetView::dissect(p, cap, wire, out, partial);
    case ProtocolId::gre: return GreView::dissect(p, cap, wire, out, partial);
    case ProtocolId::hip: return HipView::dissect(p, cap, wire, out, partial);
    case ProtocolId::hopopt: return HopoptView::dissect(p, cap, wire, out, partial);
    case ProtocolId::http: return HttpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::icmp: return IcmpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::icmpv6: return Icmpv6View::dissect(p, cap, wire, out, partial);
    case ProtocolId::ieee8023: return Ieee8023View::dissect(p, cap, wire, out, partial);
    case ProtocolId::igmp: return IgmpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::igmpv2: return Igmpv2View::dissect(p, cap, wire, out, partial);
    case ProtocolId::igmpv3_query: return Igmpv3QueryView::dissect(p, cap, wire, out, partial);
    case ProtocolId::igmpv3_report: return Igmpv3ReportView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ipv4: return Ipv4View::dissect(p, cap, wire, out, partial);
    case ProtocolId::ipv6: return Ipv6View::dissect(p, cap, wire, out, partial);
    case ProtocolId::ipv6_frag: return Ipv6FragView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ipv6_opts: return Ipv6OptsView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ipv6_route: return Ipv6RouteView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ipx: return IpxView::dissect(p, cap, wire, out, partial);
    case ProtocolId::l2tp: return L2tpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::lcp: return LcpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::llc: return LlcView::dissect(p, cap, wire, out, partial);
    case ProtocolId::mh: return MhView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ntp: return NtpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::null: return NullView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ospf: return OspfView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ppp: return PppView::dissect(p, cap, wire, out, partial);
    case ProtocolId::ppp_hdlc: return PppHdlcView::dissect(p, cap, wire, out, partial);
    case ProtocolId::pppoed: return PppoedView::dissect(p, cap, wire, out, partial);
    case ProtocolId::pppoes: return PppoesView::dissect(p, cap, wire, out, partial);
    case ProtocolId::rarp: return RarpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::raw: return RawView::dissect(p, cap, wire, out, partial);
    case ProtocolId::rawip: return RawipView::dissect(p, cap, wire, out, partial);
    case ProtocolId::sll: return SllView::dissect(p, cap, wire, out, partial);
    case ProtocolId::sll2: return Sll2View::dissect(p, cap, wire, out, partial);
    case ProtocolId::tcp: return TcpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::udp: return UdpView::dissect(p, cap, wire, out, partial);
    case ProtocolId::vlan: return VlanView::dissect(p, cap, wire, out, partial);
    case ProtocolId::vxlan: return VxlanView::dissect(p, cap, wire, out, partial);
    default: break;
  }
  return Issue{Status::unsupported, Reason::no_dissector, nullptr, 0, 0};
}

/// True when a layer of protocol `id` is a piece of a longer datagram (a spec with `fragment:`);
/// fills `out`. `scope` holds the layer of fragment_scope(id) before it, when there is one.
inline bool fragment_layer(ProtocolId id, Bytes layer, Bytes scope, FragmentInfo& out) noexcept {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]]
    return rp->fragment(layer, scope, out);
  switch (id) {
    case ProtocolId::ipv4: return Ipv4View{layer}.fragment(scope, out);
    case ProtocolId::ipv6_frag: return Ipv6FragView{layer}.fragment(scope, out);
    default: return false;
  }
}

/// Whether protocol `id` can be a fragment, and the protocol completing its key.
inline bool fragments(ProtocolId id, ProtocolId& scope) noexcept {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]]
    return rp->fragments(scope);
  switch (id) {
    case ProtocolId::ipv4: scope = Ipv4View::kFragmentScope; return true;
    case ProtocolId::ipv6_frag: scope = Ipv6FragView::kFragmentScope; return true;
    default: scope = ProtocolId::none; return false;
  }
}

/// Reports the key of a datagram made of fragments of protocol `id`, field by field.
template <class Sink>
void visit_fragment_key(ProtocolId id, const std::uint8_t* key, std::size_t n, Sink& s) {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]] {
    SinkAdapter<Sink> any(s);
    rp->visit_fragment_key(key, n, any);
    return;
  }
  switch (id) {
    case ProtocolId::ipv4: Ipv4View::visit_fragment_key(key, n, s); return;
    case ProtocolId::ipv6_frag: Ipv6FragView::visit_fragment_key(key, n, s); return;
    default: return;
  }
}

/// True when a layer of protocol `id` is a piece of a byte stream (a spec with `stream:`); fills
/// `out` from it and from `scope`, the enclosing layer of protocol `scope_id`.
inline bool stream_layer(ProtocolId id, Bytes layer, ProtocolId scope_id, Bytes scope, StreamInfo& out) noexcept {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]]
    return rp->stream(layer, scope_id, scope, out);
  switch (id) {
    case ProtocolId::tcp: return TcpView{layer}.stream(scope_id, scope, out);
    default: return false;
  }
}

/// Whether protocol `id` carries byte streams: the protocols that may give its ends' addresses,
/// and where its streams' protocol is looked up.
inline bool streams(ProtocolId id, StreamBinding& out) noexcept {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]]
    return rp->streams(out);
  switch (id) {
    case ProtocolId::tcp: out = TcpView::kStreamBinding; return true;
    default: return false;
  }
}

/// Whether protocol `id` is a text message protocol (a spec with `message:`), and its rules.
inline bool message_rules(ProtocolId id, MessageRules& out) noexcept {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]]
    return rp->message_rules(out);
  switch (id) {
    case ProtocolId::http: out = HttpView::kMessageRules; return true;
    default: return false;
  }
}

/// Reports the fields of a layer of protocol `id` held in `n` bytes at `p`.
template <class Sink>
void visit_layer(ProtocolId id, const std::uint8_t* p, std::size_t n, Sink& s) {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) [[unlikely]] {
    SinkAdapter<Sink> any(s);
    rp->visit(p, n, any);
    return;
  }
  switch (id) {
    case ProtocolId::ah: AhView{p, n}.visit(s); return;
    case ProtocolId::arp: ArpView{p, n}.visit(s); return;
    case ProtocolId::dhcp: DhcpView{p, n}.visit(s); return;
    case ProtocolId::esp: EspView{p, n}.visit(s); return;
    case ProtocolId::ethernet: EthernetView{p, n}.visit(s); return;
    case ProtocolId::gre: GreView{p, n}.visit(s); return;
    case ProtocolId::hip: HipView{p, n}.visit(s); return;
    case ProtocolId::hopopt: HopoptView{p, n}.visit(s); return;
    case ProtocolId::http: HttpView{p, n}.visit(s); return;
    case ProtocolId::icmp: IcmpView{p, n}.visit(s); return;
    case ProtocolId::icmpv6: Icmpv6View{p, n}.visit(s); return;
    case ProtocolId::ieee8023: Ieee8023View{p, n}.visit(s); return;
    case ProtocolId::igmp: IgmpView{p, n}.visit(s); return;
    case ProtocolId::igmpv2: Igmpv2View{p, n}.visit(s); return;
    case ProtocolId::igmpv3_query: Igmpv3QueryView{p, n}.visit(s); return;
    case ProtocolId::igmpv3_report: Igmpv3ReportView{p, n}.visit(s); return;
    case ProtocolId::ipv4: Ipv4View{p, n}.visit(s); return;
    case ProtocolId::ipv6: Ipv6View{p, n}.visit(s); return;
    case ProtocolId::ipv6_frag: Ipv6FragView{p, n}.visit(s); return;
    case ProtocolId::ipv6_opts: Ipv6OptsView{p, n}.visit(s); return;
    case ProtocolId::ipv6_route: Ipv6RouteView{p, n}.visit(s); return;
    case ProtocolId::ipx: IpxView{p, n}.visit(s); return;
    case ProtocolId::l2tp: L2tpView{p, n}.visit(s); return;
    case ProtocolId::lcp: LcpView{p, n}.visit(s); return;
    case ProtocolId::llc: LlcView{p, n}.visit(s); return;
    case ProtocolId::mh: MhView{p, n}.visit(s); return;
    case ProtocolId::ntp: NtpView{p, n}.visit(s); return;
    case ProtocolId::null: NullView{p, n}.visit(s); return;
    case ProtocolId::ospf: OspfView{p, n}.visit(s); return;
    case ProtocolId::ppp: PppView{p, n}.visit(s); return;
    case ProtocolId::ppp_hdlc: PppHdlcView{p, n}.visit(s); return;
    case ProtocolId::pppoed: PppoedView{p, n}.visit(s); return;
    case ProtocolId::pppoes: PppoesView{p, n}.visit(s); return;
    case ProtocolId::rarp: RarpView{p, n}.visit(s); return;
    case ProtocolId::raw: RawView{p, n}.visit(s); return;
    case ProtocolId::rawip: RawipView{p, n}.visit(s); return;
    case ProtocolId::sll: SllView{p, n}.visit(s); return;
    case ProtocolId::sll2: Sll2View{p, n}.visit(s); return;
    case ProtocolId::tcp: TcpView{p, n}.visit(s); return;
    case ProtocolId::udp: UdpView{p, n}.visit(s); return;
    case ProtocolId::vlan: VlanView{p, n}.visit(s); return;
    case ProtocolId::vxlan: VxlanView{p, n}.visit(s); return;
    default: return;
  }
}

}  // namespace jspcap
