// Generated from specs/*.yaml by generator/. DO NOT EDIT.
// The dispatch tables, built from every spec's `binds:`.
#include "jspcap/generated/dispatch.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

ProtocolId builtin_lookup(TableId table, std::uint64_t key) noexcept {
  switch (table) {
    case TableId::bsd_af:
      switch (key) {
        case 0x2: return ProtocolId::ipv4;  // specs/ipv4.yaml
        case 0x18: return ProtocolId::ipv6;  // specs/ipv6.yaml
        case 0x1c: return ProtocolId::ipv6;  // specs/ipv6.yaml
        case 0x1e: return ProtocolId::ipv6;  // specs/ipv6.yaml
        default: return ProtocolId::none;
      }
    case TableId::ethertype:
      switch (key) {
        case 0x800: return ProtocolId::ipv4;  // specs/ipv4.yaml
        case 0x806: return ProtocolId::arp;  // specs/arp.yaml
        case 0x6558: return ProtocolId::ethernet;  // specs/ethernet.yaml
        case 0x8035: return ProtocolId::rarp;  // specs/rarp.yaml
        case 0x8100: return ProtocolId::vlan;  // specs/vlan.yaml
        case 0x8137: return ProtocolId::ipx;  // specs/ipx.yaml
        case 0x86dd: return ProtocolId::ipv6;  // specs/ipv6.yaml
        case 0x880b: return ProtocolId::ppp_hdlc;  // specs/ppp_hdlc.yaml
        case 0x8863: return ProtocolId::pppoed;  // specs/pppoed.yaml
        case 0x8864: return ProtocolId::pppoes;  // specs/pppoes.yaml
        case 0x88a8: return ProtocolId::vlan;  // specs/vlan.yaml
        case 0x9100: return ProtocolId::vlan;  // specs/vlan.yaml
        default: return ProtocolId::none;
      }
    case TableId::igmp_type:
      switch (key) {
        case 0x11: return ProtocolId::igmpv2;  // specs/igmpv2.yaml
        case 0x12: return ProtocolId::igmpv2;  // specs/igmpv2.yaml
        case 0x16: return ProtocolId::igmpv2;  // specs/igmpv2.yaml
        case 0x17: return ProtocolId::igmpv2;  // specs/igmpv2.yaml
        case 0x22: return ProtocolId::igmpv3_report;  // specs/igmpv3_report.yaml
        default: return ProtocolId::none;
      }
    case TableId::ip_proto:
      switch (key) {
        case 0x0: return ProtocolId::hopopt;  // specs/hopopt.yaml
        case 0x1: return ProtocolId::icmp;  // specs/icmp.yaml
        case 0x2: return ProtocolId::igmp;  // specs/igmp.yaml
        case 0x4: return ProtocolId::ipv4;  // specs/ipv4.yaml
        case 0x6: return ProtocolId::tcp;  // specs/tcp.yaml
        case 0x11: return ProtocolId::udp;  // specs/udp.yaml
        case 0x29: return ProtocolId::ipv6;  // specs/ipv6.yaml
        case 0x2b: return ProtocolId::ipv6_route;  // specs/ipv6_route.yaml
        case 0x2c: return ProtocolId::ipv6_frag;  // specs/ipv6_frag.yaml
        case 0x2f: return ProtocolId::gre;  // specs/gre.yaml
        case 0x32: return ProtocolId::esp;  // specs/esp.yaml
        case 0x33: return ProtocolId::ah;  // specs/ah.yaml
        case 0x3a: return ProtocolId::icmpv6;  // specs/icmpv6.yaml
        case 0x3c: return ProtocolId::ipv6_opts;  // specs/ipv6_opts.yaml
        case 0x3e: return ProtocolId::mh;  // specs/mh.yaml
        case 0x59: return ProtocolId::ospf;  // specs/ospf.yaml
        case 0x87: return ProtocolId::mh;  // specs/mh.yaml
        case 0x8b: return ProtocolId::hip;  // specs/hip.yaml
        default: return ProtocolId::none;
      }
    case TableId::ip_version:
      switch (key) {
        case 0x4: return ProtocolId::ipv4;  // specs/ipv4.yaml
        case 0x6: return ProtocolId::ipv6;  // specs/ipv6.yaml
        default: return ProtocolId::none;
      }
    case TableId::linktype:
      switch (key) {
        case 0x0: return ProtocolId::null;  // specs/null.yaml
        case 0x1: return ProtocolId::ethernet;  // specs/ethernet.yaml
        case 0x9: return ProtocolId::ppp_hdlc;  // specs/ppp_hdlc.yaml
        case 0xc: return ProtocolId::rawip;  // specs/raw_ip.yaml
        case 0xe: return ProtocolId::rawip;  // specs/raw_ip.yaml
        case 0x65: return ProtocolId::rawip;  // specs/raw_ip.yaml
        case 0x6c: return ProtocolId::null;  // specs/null.yaml
        case 0x71: return ProtocolId::sll;  // specs/sll.yaml
        case 0xe4: return ProtocolId::ipv4;  // specs/ipv4.yaml
        case 0xe5: return ProtocolId::ipv6;  // specs/ipv6.yaml
        case 0x114: return ProtocolId::sll2;  // specs/sll2.yaml
        default: return ProtocolId::none;
      }
    case TableId::llc_sap:
      switch (key) {
        case 0xe0: return ProtocolId::ipx;  // specs/ipx.yaml
        default: return ProtocolId::none;
      }
    case TableId::ppp_protocol:
      switch (key) {
        case 0x21: return ProtocolId::ipv4;  // specs/ipv4.yaml
        case 0x57: return ProtocolId::ipv6;  // specs/ipv6.yaml
        case 0xc021: return ProtocolId::lcp;  // specs/lcp.yaml
        default: return ProtocolId::none;
      }
    case TableId::tcp_port:
      switch (key) {
        case 0x50: return ProtocolId::http;  // specs/http.yaml
        case 0x277: return ProtocolId::http;  // specs/http.yaml
        case 0x76c: return ProtocolId::http;  // specs/http.yaml
        case 0xa96: return ProtocolId::http;  // specs/http.yaml
        case 0xb35: return ProtocolId::http;  // specs/http.yaml
        case 0xc38: return ProtocolId::http;  // specs/http.yaml
        case 0xc3c: return ProtocolId::http;  // specs/http.yaml
        case 0xe69: return ProtocolId::http;  // specs/http.yaml
        case 0x1761: return ProtocolId::http;  // specs/http.yaml
        case 0x1f40: return ProtocolId::http;  // specs/http.yaml
        case 0x1f90: return ProtocolId::http;  // specs/http.yaml
        case 0x1f98: return ProtocolId::http;  // specs/http.yaml
        case 0x2c6b: return ProtocolId::http;  // specs/http.yaml
        default: return ProtocolId::none;
      }
    case TableId::udp_port:
      switch (key) {
        case 0x43: return ProtocolId::dhcp;  // specs/dhcp.yaml
        case 0x44: return ProtocolId::dhcp;  // specs/dhcp.yaml
        case 0x7b: return ProtocolId::ntp;  // specs/ntp.yaml
        case 0x6a5: return ProtocolId::l2tp;  // specs/l2tp.yaml
        case 0x12b5: return ProtocolId::vxlan;  // specs/vxlan.yaml
        default: return ProtocolId::none;
      }
  }
  return ProtocolId::none;
}

const char* table_name(TableId table) noexcept {
  switch (table) {
    case TableId::bsd_af: return "bsd_af";
    case TableId::ethertype: return "ethertype";
    case TableId::igmp_type: return "igmp_type";
    case TableId::ip_proto: return "ip_proto";
    case TableId::ip_version: return "ip_version";
    case TableId::linktype: return "linktype";
    case TableId::llc_sap: return "llc_sap";
    case TableId::ppp_protocol: return "ppp_protocol";
    case TableId::tcp_port: return "tcp_port";
    case TableId::udp_port: return "udp_port";
  }
  return detail::runtime_table_name(table);
}

const char* heuristic_name(HeuristicId heuristic) noexcept {
  switch (heuristic) {
    case HeuristicId::tcp: return "tcp";
    case HeuristicId::none: return "";
  }
  return detail::runtime_heuristic_name(heuristic);
}

ProtocolId detect(HeuristicId heuristic, [[maybe_unused]] const std::uint8_t* p, [[maybe_unused]] std::size_t n) noexcept {
  if (detail::g_runtime_specs.load(std::memory_order_relaxed)) [[unlikely]]
    return detail::runtime_detect(heuristic, p, n);
  switch (heuristic) {
    case HeuristicId::tcp:
      if (HttpView::probe(p, n)) return ProtocolId::http;  // specs/http.yaml
      return ProtocolId::none;
    case HeuristicId::none: break;
  }
  return ProtocolId::none;
}

namespace detail {

bool builtin_probe(ProtocolId id, [[maybe_unused]] const std::uint8_t* p, [[maybe_unused]] std::size_t n) noexcept {
  switch (id) {
    case ProtocolId::http: return HttpView::probe(p, n);
    default: return false;
  }
}

bool builtin_read_field(ProtocolId id, std::string_view name, const std::uint8_t* p, std::size_t n,
                        const std::uint8_t*& raw, std::size_t& raw_len, std::uint64_t& value) noexcept {
  // Addresses at a fixed place: where they are and how many bytes.
  auto at = [&](std::size_t offset, std::size_t size) {
    if (n < offset + size) return false;
    raw = p + offset;
    raw_len = size;
    value = 0;
    return true;
  };
  switch (id) {
    case ProtocolId::dhcp:
      if (name == "ciaddr") return at(12, 4);
      if (name == "yiaddr") return at(16, 4);
      if (name == "siaddr") return at(20, 4);
      if (name == "giaddr") return at(24, 4);
      return false;
    case ProtocolId::ethernet:
      if (name == "dst") return at(0, 6);
      if (name == "src") return at(6, 6);
      return false;
    case ProtocolId::hip:
      if (name == "shit") return at(8, 16);
      if (name == "rhit") return at(24, 16);
      return false;
    case ProtocolId::igmpv2:
      if (name == "group") return at(0, 4);
      return false;
    case ProtocolId::igmpv3_query:
      if (name == "group") return at(0, 4);
      return false;
    case ProtocolId::ipv4:
      if (name == "src") return at(12, 4);
      if (name == "dst") return at(16, 4);
      return false;
    case ProtocolId::ipv6:
      if (name == "src") return at(8, 16);
      if (name == "dst") return at(24, 16);
      return false;
    case ProtocolId::ipx:
      if (name == "dst_node") return at(10, 6);
      if (name == "src_node") return at(22, 6);
      return false;
    case ProtocolId::ospf:
      if (name == "router_id") return at(4, 4);
      if (name == "area_id") return at(8, 4);
      return false;
    default: return false;
  }
}

}  // namespace detail

}  // namespace jspcap
