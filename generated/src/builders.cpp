// Generated from specs/*.yaml by generator/. DO NOT EDIT.
// The build descriptors of every spec (jspcap/build.hpp), its expressions over a builder's values,
// and the setting of a builder from a decoded layer.
#include "jspcap/generated/builders.hpp"

#include "jspcap/layer.hpp"
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
namespace build {

bool binding_value(TableId table, ProtocolId child, std::uint64_t& value) noexcept {
  switch (table) {
    case TableId::bsd_af:
      switch (child) {
        case ProtocolId::ipv4: value = 0x2; return true;
        case ProtocolId::ipv6: value = 0x18; return true;
        default: return false;
      }
    case TableId::ethertype:
      switch (child) {
        case ProtocolId::arp: value = 0x806; return true;
        case ProtocolId::ethernet: value = 0x6558; return true;
        case ProtocolId::ipv4: value = 0x800; return true;
        case ProtocolId::ipv6: value = 0x86dd; return true;
        case ProtocolId::ipx: value = 0x8137; return true;
        case ProtocolId::ppp_hdlc: value = 0x880b; return true;
        case ProtocolId::pppoed: value = 0x8863; return true;
        case ProtocolId::pppoes: value = 0x8864; return true;
        case ProtocolId::rarp: value = 0x8035; return true;
        case ProtocolId::vlan: value = 0x8100; return true;
        default: return false;
      }
    case TableId::igmp_type:
      switch (child) {
        case ProtocolId::igmpv2: value = 0x11; return true;
        case ProtocolId::igmpv3_report: value = 0x22; return true;
        default: return false;
      }
    case TableId::ip_proto:
      switch (child) {
        case ProtocolId::ah: value = 0x33; return true;
        case ProtocolId::esp: value = 0x32; return true;
        case ProtocolId::gre: value = 0x2f; return true;
        case ProtocolId::hip: value = 0x8b; return true;
        case ProtocolId::hopopt: value = 0x0; return true;
        case ProtocolId::icmp: value = 0x1; return true;
        case ProtocolId::icmpv6: value = 0x3a; return true;
        case ProtocolId::igmp: value = 0x2; return true;
        case ProtocolId::ipv4: value = 0x4; return true;
        case ProtocolId::ipv6: value = 0x29; return true;
        case ProtocolId::ipv6_frag: value = 0x2c; return true;
        case ProtocolId::ipv6_opts: value = 0x3c; return true;
        case ProtocolId::ipv6_route: value = 0x2b; return true;
        case ProtocolId::mh: value = 0x87; return true;
        case ProtocolId::ospf: value = 0x59; return true;
        case ProtocolId::tcp: value = 0x6; return true;
        case ProtocolId::udp: value = 0x11; return true;
        default: return false;
      }
    case TableId::ip_version:
      switch (child) {
        case ProtocolId::ipv4: value = 0x4; return true;
        case ProtocolId::ipv6: value = 0x6; return true;
        default: return false;
      }
    case TableId::linktype:
      switch (child) {
        case ProtocolId::ethernet: value = 0x1; return true;
        case ProtocolId::ipv4: value = 0xe4; return true;
        case ProtocolId::ipv6: value = 0xe5; return true;
        case ProtocolId::null: value = 0x0; return true;
        case ProtocolId::ppp_hdlc: value = 0x9; return true;
        case ProtocolId::rawip: value = 0x65; return true;
        case ProtocolId::sll: value = 0x71; return true;
        case ProtocolId::sll2: value = 0x114; return true;
        default: return false;
      }
    case TableId::llc_sap:
      switch (child) {
        case ProtocolId::ipx: value = 0xe0; return true;
        default: return false;
      }
    case TableId::ppp_protocol:
      switch (child) {
        case ProtocolId::ipv4: value = 0x21; return true;
        case ProtocolId::ipv6: value = 0x57; return true;
        case ProtocolId::lcp: value = 0xc021; return true;
        default: return false;
      }
    case TableId::tcp_port:
      switch (child) {
        case ProtocolId::http: value = 0x50; return true;
        default: return false;
      }
    case TableId::udp_port:
      switch (child) {
        case ProtocolId::dhcp: value = 0x43; return true;
        case ProtocolId::l2tp: value = 0x6a5; return true;
        case ProtocolId::ntp: value = 0x7b; return true;
        case ProtocolId::vxlan: value = 0x12b5; return true;
        default: return false;
      }
    default: return false;
  }
}

namespace {

// ---- AH (specs/ah.yaml)
constexpr FieldInfo kAhFields[] = {
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"length", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"spi", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"seq", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"icv", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "(((length + 2) * 4) - 12)"},
};
bool ah_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ah_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 5: return static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12});
    default: return 0;
  }
}
std::int64_t ah_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return (jspcap::detail::safe_div(size, std::int64_t{4}) - std::int64_t{2});
    default: return size;
  }
}
std::int64_t ah_header([[maybe_unused]] const std::int64_t* v) { return static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{2}) * std::int64_t{4}); }

// ---- ARP (specs/arp.yaml)
constexpr FieldInfo kArpFields[] = {
    {"htype", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"ptype", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x800, nullptr, false, TableId::linktype, nullptr, ""},
    {"hlen", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x6, nullptr, false, TableId::linktype, nullptr, ""},
    {"plen", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x4, nullptr, false, TableId::linktype, nullptr, ""},
    {"oper", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"sha", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "hlen"},
    {"spa", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "plen"},
    {"tha", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "hlen"},
    {"tpa", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "plen"},
};
bool arp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t arp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 5: return v[2];
    case 6: return v[3];
    case 7: return v[2];
    case 8: return v[3];
    default: return 0;
  }
}
std::int64_t arp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- DHCP (specs/dhcp.yaml)
constexpr FieldInfo kDhcpFields[] = {
    {"op", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"htype", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"hlen", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"hops", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"xid", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"secs", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"flags", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ciaddr", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"yiaddr", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"siaddr", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"giaddr", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"chaddr", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "((hlen <= 16) ? hlen : 16)"},
    {"chaddr_padding", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "(16 - ((hlen <= 16) ? hlen : 16))"},
    {"sname", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::fixed, 64, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"file", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::fixed, 128, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"cookie", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"options", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &DhcpView::kDhcpOptionFormat, ""},
};
bool dhcp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 16: return (static_cast<std::int64_t>(v[15] == std::int64_t{1669485411})) != 0;
    default: return true;
  }
}
std::int64_t dhcp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 11: return ((static_cast<std::int64_t>(v[2] <= std::int64_t{16})) ? (v[2]) : (std::int64_t{16}));
    case 12: return static_cast<std::int64_t>(std::int64_t{16} - ((static_cast<std::int64_t>(v[2] <= std::int64_t{16})) ? (v[2]) : (std::int64_t{16})));
    default: return 0;
  }
}
std::int64_t dhcp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- ESP (specs/esp.yaml)
constexpr FieldInfo kEspFields[] = {
    {"spi", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"seq", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool esp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t esp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t esp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- Ethernet (specs/ethernet.yaml)
constexpr FieldInfo kEthernetFields[] = {
    {"dst", FieldKind::mac, 48, 0, 0, false, false, false, 1, false, SizeKind::fixed, 6, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"src", FieldKind::mac, 48, 0, 0, false, false, false, 1, false, SizeKind::fixed, 6, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ethertype, nullptr, ""},
};
bool ethernet_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ethernet_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ethernet_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t ethernet_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return ((static_cast<std::int64_t>(v[2] <= std::int64_t{1500})) ? (static_cast<std::int64_t>(v[2] + std::int64_t{14})) : (parent_len)); }
constexpr ProtocolId kEthernetNextProtocols[] = {ProtocolId::ieee8023};

// ---- GRE (specs/gre.yaml)
constexpr FieldInfo kGreFields[] = {
    {"flags", FieldKind::uint, 5, 1, 3, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"recursion", FieldKind::uint, 3, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ack", FieldKind::uint, 1, 1, 7, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 4, 1, 3, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"version", FieldKind::uint, 3, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"proto", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ethertype, nullptr, ""},
    {"checksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"offset", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"key", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"payload_length", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"call_id", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"sequence_number", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ack_number", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool gre_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 6: return (static_cast<std::int64_t>(static_cast<std::int64_t>((v[0] & 0x10) != 0) || static_cast<std::int64_t>((v[0] & 0x8) != 0))) != 0;
    case 7: return (static_cast<std::int64_t>(static_cast<std::int64_t>((v[0] & 0x10) != 0) || static_cast<std::int64_t>((v[0] & 0x8) != 0))) != 0;
    case 8: return (static_cast<std::int64_t>(static_cast<std::int64_t>((v[0] & 0x4) != 0) && static_cast<std::int64_t>(v[4] == std::int64_t{0}))) != 0;
    case 9: return (static_cast<std::int64_t>(static_cast<std::int64_t>((v[0] & 0x4) != 0) && static_cast<std::int64_t>(v[4] == std::int64_t{1}))) != 0;
    case 10: return (static_cast<std::int64_t>(static_cast<std::int64_t>((v[0] & 0x4) != 0) && static_cast<std::int64_t>(v[4] == std::int64_t{1}))) != 0;
    case 11: return (static_cast<std::int64_t>((v[0] & 0x2) != 0)) != 0;
    case 12: return (static_cast<std::int64_t>(v[2] && static_cast<std::int64_t>(v[4] == std::int64_t{1}))) != 0;
    default: return true;
  }
}
std::int64_t gre_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t gre_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t gre_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return ((static_cast<std::int64_t>(static_cast<std::int64_t>(v[4] == std::int64_t{1}) && static_cast<std::int64_t>((v[0] & 0x4) != 0))) ? (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(std::int64_t{8} + ((static_cast<std::int64_t>((v[0] & 0x2) != 0)) ? (std::int64_t{4}) : (std::int64_t{0}))) + ((v[2]) ? (std::int64_t{4}) : (std::int64_t{0}))) + ((static_cast<std::int64_t>(static_cast<std::int64_t>((v[0] & 0x10) != 0) || static_cast<std::int64_t>((v[0] & 0x8) != 0))) ? (std::int64_t{4}) : (std::int64_t{0}))) + v[9])) : (parent_len)); }

// ---- HIP (specs/hip.yaml)
constexpr FieldInfo kHipFields[] = {
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"length", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"fixed0", FieldKind::uint, 1, 1, 7, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 7, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"version", FieldKind::uint, 4, 1, 4, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 3, 1, 1, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"fixed1", FieldKind::uint, 1, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"chksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::checksum, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"control", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"shit", FieldKind::ipv6, 128, 0, 0, false, false, false, 1, false, SizeKind::fixed, 16, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"rhit", FieldKind::ipv6, 128, 0, 0, false, false, false, 1, false, SizeKind::fixed, 16, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"parameters", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &HipView::kHipParameterFormat, "(((length + 1) * 8) - 40)"},
};
bool hip_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t hip_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 11: return static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40});
    default: return 0;
  }
}
std::int64_t hip_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return (jspcap::detail::safe_div(size, std::int64_t{8}) - std::int64_t{1});
    default: return size;
  }
}
std::int64_t hip_header([[maybe_unused]] const std::int64_t* v) { return static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}); }
constexpr ProtocolId kHipPseudo[] = {ProtocolId::ipv4, ProtocolId::ipv6};

// ---- HOPOPT (specs/hopopt.yaml)
constexpr FieldInfo kHopoptFields[] = {
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"length", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"options", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &HopoptView::kIpv6OptionFormat, "(((length + 1) * 8) - 2)"},
};
bool hopopt_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t hopopt_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 2: return static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2});
    default: return 0;
  }
}
std::int64_t hopopt_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return (jspcap::detail::safe_div(size, std::int64_t{8}) - std::int64_t{1});
    default: return size;
  }
}
std::int64_t hopopt_header([[maybe_unused]] const std::int64_t* v) { return static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}); }

// ---- HTTP (specs/http.yaml)
constexpr FieldInfo kHttpFields[] = {
    {"message", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool http_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t http_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t http_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- ICMP (specs/icmp.yaml)
constexpr FieldInfo kIcmpFields[] = {
    {"type", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"code", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"checksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::checksum, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"id", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"seq", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"gateway", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, true, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"pointer", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"unused", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"rest_of_header", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::fixed, 3, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"other", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool icmp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 3: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) != 0;
    case 4: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) != 0;
    case 5: return (static_cast<std::int64_t>(v[0] == std::int64_t{5})) != 0;
    case 6: return (static_cast<std::int64_t>(v[0] == std::int64_t{12})) != 0;
    case 7: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) != 0;
    case 8: return (static_cast<std::int64_t>(v[0] == std::int64_t{12})) != 0;
    case 9: return ((!static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{0}, std::int64_t{3}, std::int64_t{4}, std::int64_t{5}, std::int64_t{8}, std::int64_t{11}, std::int64_t{12}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}})))) != 0;
    default: return true;
  }
}
std::int64_t icmp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t icmp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t icmp_header([[maybe_unused]] const std::int64_t* v) { return std::int64_t{8}; }
constexpr ProtocolId kIcmpNextProtocols[] = {ProtocolId::ipv4};

// ---- ICMPv6 (specs/icmpv6.yaml)
constexpr FieldInfo kIcmpv6Fields[] = {
    {"type", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"code", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"checksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::checksum, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"id", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"seq", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"mtu", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"pointer", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"unused", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"cur_hop_limit", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ra_flags", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"router_lifetime", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reachable_time", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"retrans_timer", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"na_flags", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"target", FieldKind::ipv6, 128, 0, 0, false, false, false, 1, true, SizeKind::fixed, 16, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"destination", FieldKind::ipv6, 128, 0, 0, false, false, false, 1, true, SizeKind::fixed, 16, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"other", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"options", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &Icmpv6View::kNdOptionFormat, ""},
};
bool icmpv6_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 3: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{128}, std::int64_t{129}}))) != 0;
    case 4: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{128}, std::int64_t{129}}))) != 0;
    case 5: return (static_cast<std::int64_t>(v[0] == std::int64_t{2})) != 0;
    case 6: return (static_cast<std::int64_t>(v[0] == std::int64_t{4})) != 0;
    case 7: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{1}, std::int64_t{3}}))) != 0;
    case 8: return (static_cast<std::int64_t>(v[0] == std::int64_t{134})) != 0;
    case 9: return (static_cast<std::int64_t>(v[0] == std::int64_t{134})) != 0;
    case 10: return (static_cast<std::int64_t>(v[0] == std::int64_t{134})) != 0;
    case 11: return (static_cast<std::int64_t>(v[0] == std::int64_t{134})) != 0;
    case 12: return (static_cast<std::int64_t>(v[0] == std::int64_t{134})) != 0;
    case 13: return (static_cast<std::int64_t>(v[0] == std::int64_t{136})) != 0;
    case 14: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{133}, std::int64_t{135}, std::int64_t{137}}))) != 0;
    case 15: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{135}, std::int64_t{136}, std::int64_t{137}}))) != 0;
    case 16: return (static_cast<std::int64_t>(v[0] == std::int64_t{137})) != 0;
    case 17: return ((!static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}, std::int64_t{128}, std::int64_t{129}, std::int64_t{133}, std::int64_t{134}, std::int64_t{135}, std::int64_t{136}, std::int64_t{137}})))) != 0;
    case 18: return (static_cast<std::int64_t>(jspcap::detail::one_of(v[0], {std::int64_t{133}, std::int64_t{134}, std::int64_t{135}, std::int64_t{136}, std::int64_t{137}}))) != 0;
    default: return true;
  }
}
std::int64_t icmpv6_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t icmpv6_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
constexpr ProtocolId kIcmpv6Pseudo[] = {ProtocolId::ipv6};
constexpr ProtocolId kIcmpv6NextProtocols[] = {ProtocolId::ipv6};

// ---- IEEE8023 (specs/ieee8023.yaml)
constexpr FieldInfo kIeee8023Fields[] = {
    {"first_word", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool ieee8023_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ieee8023_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ieee8023_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t ieee8023_header([[maybe_unused]] const std::int64_t* v) { return std::int64_t{0}; }
constexpr ProtocolId kIeee8023NextProtocols[] = {ProtocolId::ipx, ProtocolId::llc};

// ---- IGMP (specs/igmp.yaml)
constexpr FieldInfo kIgmpFields[] = {
    {"type", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::igmp_type, nullptr, ""},
    {"max_resp", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"checksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool igmp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t igmp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t igmp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
constexpr ProtocolId kIgmpNextProtocols[] = {ProtocolId::igmpv3_query};

// ---- IGMPv2 (specs/igmpv2.yaml)
constexpr FieldInfo kIgmpv2Fields[] = {
    {"group", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool igmpv2_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t igmpv2_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t igmpv2_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- IGMPv3-Query (specs/igmpv3_query.yaml)
constexpr FieldInfo kIgmpv3QueryFields[] = {
    {"group", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 4, 1, 4, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"suppress", FieldKind::uint, 1, 1, 3, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"qrv", FieldKind::uint, 3, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"qqic", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"num_src", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"sources", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "(num_src * 4)"},
};
bool igmpv3_query_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t igmpv3_query_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 6: return static_cast<std::int64_t>(v[5] * std::int64_t{4});
    default: return 0;
  }
}
std::int64_t igmpv3_query_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- IGMPv3-Report (specs/igmpv3_report.yaml)
constexpr FieldInfo kIgmpv3ReportFields[] = {
    {"reserved", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"num_grp_recs", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"records", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool igmpv3_report_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t igmpv3_report_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t igmpv3_report_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- IPv4 (specs/ipv4.yaml)
constexpr FieldInfo kIpv4Fields[] = {
    {"version", FieldKind::uint, 4, 1, 4, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x4, nullptr, false, TableId::linktype, nullptr, ""},
    {"hdr_len", FieldKind::uint, 4, 1, 0, false, false, false, 4, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dscp", FieldKind::uint, 6, 1, 2, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ecn", FieldKind::uint, 2, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"len", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::total, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"id", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"flags", FieldKind::uint, 3, 2, 13, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"frag_offset", FieldKind::uint, 13, 2, 0, false, false, false, 8, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ttl", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x40, nullptr, false, TableId::linktype, nullptr, ""},
    {"proto", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"checksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::checksum, true, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"src", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dst", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"opt", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &Ipv4View::kIpv4OptionFormat, "(hdr_len - 20)"},
};
bool ipv4_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ipv4_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 13: return static_cast<std::int64_t>(v[1] - std::int64_t{20});
    default: return 0;
  }
}
std::int64_t ipv4_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return size;
    case 4: return size;
    default: return size;
  }
}
std::int64_t ipv4_header([[maybe_unused]] const std::int64_t* v) { return v[1]; }
std::int64_t ipv4_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return ((static_cast<std::int64_t>(v[4] == std::int64_t{0})) ? (parent_len) : (v[4])); }

// ---- IPv6 (specs/ipv6.yaml)
constexpr FieldInfo kIpv6Fields[] = {
    {"version", FieldKind::uint, 4, 4, 28, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x6, nullptr, false, TableId::linktype, nullptr, ""},
    {"tclass", FieldKind::uint, 8, 4, 20, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"label", FieldKind::uint, 20, 4, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"payload", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::payload, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x3b, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"limit", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x40, nullptr, false, TableId::linktype, nullptr, ""},
    {"src", FieldKind::ipv6, 128, 0, 0, false, false, false, 1, false, SizeKind::fixed, 16, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dst", FieldKind::ipv6, 128, 0, 0, false, false, false, 1, false, SizeKind::fixed, 16, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool ipv6_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ipv6_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ipv6_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 3: return size;
    default: return size;
  }
}
std::int64_t ipv6_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return ((static_cast<std::int64_t>(v[3] == std::int64_t{0})) ? (parent_len) : (static_cast<std::int64_t>(v[3] + std::int64_t{40}))); }

// ---- IPv6_Frag (specs/ipv6_frag.yaml)
constexpr FieldInfo kIpv6FragFields[] = {
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"reserved", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"offset", FieldKind::uint, 13, 2, 3, true, false, false, 8, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"res", FieldKind::uint, 2, 2, 1, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"mf", FieldKind::uint, 1, 2, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"id", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool ipv6_frag_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ipv6_frag_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ipv6_frag_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- IPv6_Opts (specs/ipv6_opts.yaml)
constexpr FieldInfo kIpv6OptsFields[] = {
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"length", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"options", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &Ipv6OptsView::kIpv6OptionFormat, "(((length + 1) * 8) - 2)"},
};
bool ipv6_opts_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ipv6_opts_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 2: return static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2});
    default: return 0;
  }
}
std::int64_t ipv6_opts_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return (jspcap::detail::safe_div(size, std::int64_t{8}) - std::int64_t{1});
    default: return size;
  }
}
std::int64_t ipv6_opts_header([[maybe_unused]] const std::int64_t* v) { return static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}); }

// ---- IPv6_Route (specs/ipv6_route.yaml)
constexpr FieldInfo kIpv6RouteFields[] = {
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"length", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"seg_left", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"data", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "(((length + 1) * 8) - 4)"},
};
bool ipv6_route_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ipv6_route_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 4: return static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{4});
    default: return 0;
  }
}
std::int64_t ipv6_route_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return (jspcap::detail::safe_div(size, std::int64_t{8}) - std::int64_t{1});
    default: return size;
  }
}
std::int64_t ipv6_route_header([[maybe_unused]] const std::int64_t* v) { return static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}); }

// ---- IPX (specs/ipx.yaml)
constexpr FieldInfo kIpxFields[] = {
    {"chksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0xffff, nullptr, false, TableId::linktype, nullptr, ""},
    {"len", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::total, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"count", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dst_network", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dst_node", FieldKind::mac, 48, 0, 0, false, false, false, 1, false, SizeKind::fixed, 6, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dst_socket", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"src_network", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"src_node", FieldKind::mac, 48, 0, 0, false, false, false, 1, false, SizeKind::fixed, 6, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"src_socket", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool ipx_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ipx_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ipx_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return size;
    default: return size;
  }
}
std::int64_t ipx_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return v[1]; }

// ---- L2TP (specs/l2tp.yaml)
constexpr FieldInfo kL2tpFields[] = {
    {"flags", FieldKind::uint, 12, 2, 4, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ver", FieldKind::uint, 4, 2, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"length", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"tunnelid", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"sessionid", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ccid", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"session_id", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ns", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"nr", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"offset", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"padding", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "offset"},
    {"avps", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool l2tp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 2: return (static_cast<std::int64_t>((v[0] & 0x400) != 0)) != 0;
    case 3: return (static_cast<std::int64_t>(v[1] == std::int64_t{2})) != 0;
    case 4: return (static_cast<std::int64_t>(v[1] == std::int64_t{2})) != 0;
    case 5: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] == std::int64_t{3}) && static_cast<std::int64_t>((v[0] & 0x800) != 0))) != 0;
    case 6: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] == std::int64_t{3}) && (!static_cast<std::int64_t>((v[0] & 0x800) != 0)))) != 0;
    case 7: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] == std::int64_t{3}) && (!static_cast<std::int64_t>((v[0] & 0x800) != 0)))) != 0;
    case 8: return (static_cast<std::int64_t>((v[0] & 0x80) != 0)) != 0;
    case 9: return (static_cast<std::int64_t>((v[0] & 0x80) != 0)) != 0;
    case 10: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] == std::int64_t{2}) && static_cast<std::int64_t>((v[0] & 0x20) != 0))) != 0;
    case 11: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] == std::int64_t{2}) && static_cast<std::int64_t>((v[0] & 0x20) != 0))) != 0;
    case 12: return (static_cast<std::int64_t>((v[0] & 0x800) != 0)) != 0;
    default: return true;
  }
}
std::int64_t l2tp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 11: return v[10];
    default: return 0;
  }
}
std::int64_t l2tp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t l2tp_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return ((static_cast<std::int64_t>((v[0] & 0x400) != 0)) ? (v[2]) : (parent_len)); }
constexpr ProtocolId kL2tpNextProtocols[] = {ProtocolId::ppp_hdlc};

// ---- LCP (specs/lcp.yaml)
constexpr FieldInfo kLcpFields[] = {
    {"code", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"identifier", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"length", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::total, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"body", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool lcp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t lcp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t lcp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 2: return size;
    default: return size;
  }
}
std::int64_t lcp_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return v[2]; }

// ---- LLC (specs/llc.yaml)
constexpr FieldInfo kLlcFields[] = {
    {"dsap", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::llc_sap, nullptr, ""},
    {"ssap", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"control", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"control_ext", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"oui", FieldKind::uint, 24, 3, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"pid", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ethertype, nullptr, ""},
};
bool llc_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 3: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[2] & std::int64_t{3}) != std::int64_t{3})) != 0;
    case 4: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[0] == std::int64_t{170}) && static_cast<std::int64_t>(v[1] == std::int64_t{170}))) != 0;
    case 5: return (static_cast<std::int64_t>(static_cast<std::int64_t>(v[0] == std::int64_t{170}) && static_cast<std::int64_t>(v[1] == std::int64_t{170}))) != 0;
    default: return true;
  }
}
std::int64_t llc_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t llc_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- MH (specs/mh.yaml)
constexpr FieldInfo kMhFields[] = {
    {"next", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_proto, nullptr, ""},
    {"length", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"chksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::checksum, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"message", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "(((length + 1) * 8) - 6)"},
};
bool mh_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t mh_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 5: return static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6});
    default: return 0;
  }
}
std::int64_t mh_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 1: return (jspcap::detail::safe_div(size, std::int64_t{8}) - std::int64_t{1});
    default: return size;
  }
}
std::int64_t mh_header([[maybe_unused]] const std::int64_t* v) { return static_cast<std::int64_t>(static_cast<std::int64_t>(v[1] + std::int64_t{1}) * std::int64_t{8}); }
constexpr ProtocolId kMhPseudo[] = {ProtocolId::ipv6};

// ---- NTP (specs/ntp.yaml)
constexpr FieldInfo kNtpFields[] = {
    {"li", FieldKind::uint, 2, 1, 6, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"vn", FieldKind::uint, 3, 1, 3, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"mode", FieldKind::uint, 3, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"stratum", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"poll", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"precision", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"root_delay", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"root_dispersion", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ref_id", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reftime_seconds", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reftime_fraction", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"org_seconds", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"org_fraction", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"rec_seconds", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"rec_fraction", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"xmt_seconds", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"xmt_fraction", FieldKind::uint, 32, 4, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"control", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool ntp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 3: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 4: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 5: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 6: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 7: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 8: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 9: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 10: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 11: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 12: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 13: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 14: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 15: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 16: return (static_cast<std::int64_t>(v[2] < std::int64_t{6})) != 0;
    case 17: return (static_cast<std::int64_t>(v[2] >= std::int64_t{6})) != 0;
    default: return true;
  }
}
std::int64_t ntp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ntp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- Null (specs/null.yaml)
constexpr FieldInfo kNullFields[] = {
    {"family", FieldKind::uint, 32, 4, 0, true, false, true, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::bsd_af, nullptr, ""},
};
bool null_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t null_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t null_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- OSPF (specs/ospf.yaml)
constexpr FieldInfo kOspfFields[] = {
    {"version", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"len", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::total, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"router_id", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"area_id", FieldKind::ipv4, 32, 0, 0, false, false, false, 1, false, SizeKind::fixed, 4, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"chksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"autype", FieldKind::uint, 16, 2, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"auth", FieldKind::bytes, 0, 0, 0, false, false, false, 1, true, SizeKind::fixed, 8, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"instance_id", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 8, 1, 0, true, false, false, 1, true, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"body", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool ospf_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 6: return (static_cast<std::int64_t>(v[0] == std::int64_t{2})) != 0;
    case 7: return (static_cast<std::int64_t>(v[0] == std::int64_t{2})) != 0;
    case 8: return (static_cast<std::int64_t>(v[0] == std::int64_t{3})) != 0;
    case 9: return (static_cast<std::int64_t>(v[0] == std::int64_t{3})) != 0;
    default: return true;
  }
}
std::int64_t ospf_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ospf_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 2: return size;
    default: return size;
  }
}
std::int64_t ospf_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return v[2]; }

// ---- PPP (specs/ppp.yaml)
constexpr FieldInfo kPppFields[] = {
    {"protocol", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ppp_protocol, nullptr, ""},
};
bool ppp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ppp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ppp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- PPP-HDLC (specs/ppp_hdlc.yaml)
constexpr FieldInfo kPppHdlcFields[] = {
    {"address", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"control", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool ppp_hdlc_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t ppp_hdlc_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t ppp_hdlc_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t ppp_hdlc_header([[maybe_unused]] const std::int64_t* v) { return ((static_cast<std::int64_t>(static_cast<std::int64_t>(v[0] == std::int64_t{255}) && static_cast<std::int64_t>(v[1] == std::int64_t{3}))) ? (std::int64_t{2}) : (std::int64_t{0})); }
constexpr ProtocolId kPppHdlcNextProtocols[] = {ProtocolId::ppp};

// ---- PPPoED (specs/pppoed.yaml)
constexpr FieldInfo kPppoedFields[] = {
    {"version", FieldKind::uint, 4, 1, 4, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 4, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"code", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"session_id", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"payload_length", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::payload, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"tags", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &PppoedView::kPppoeTagFormat, ""},
};
bool pppoed_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t pppoed_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t pppoed_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 4: return size;
    default: return size;
  }
}
std::int64_t pppoed_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return static_cast<std::int64_t>(v[4] + std::int64_t{6}); }

// ---- PPPoES (specs/pppoes.yaml)
constexpr FieldInfo kPppoesFields[] = {
    {"version", FieldKind::uint, 4, 1, 4, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 4, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"code", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"session_id", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"payload_length", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::payload, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool pppoes_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t pppoes_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t pppoes_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 4: return size;
    default: return size;
  }
}
std::int64_t pppoes_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return static_cast<std::int64_t>(v[4] + std::int64_t{6}); }
constexpr ProtocolId kPppoesNextProtocols[] = {ProtocolId::ppp};

// ---- RARP (specs/rarp.yaml)
constexpr FieldInfo kRarpFields[] = {
    {"htype", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"ptype", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x800, nullptr, false, TableId::linktype, nullptr, ""},
    {"hlen", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x6, nullptr, false, TableId::linktype, nullptr, ""},
    {"plen", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x4, nullptr, false, TableId::linktype, nullptr, ""},
    {"oper", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, true, 0x1, nullptr, false, TableId::linktype, nullptr, ""},
    {"sha", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "hlen"},
    {"spa", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "plen"},
    {"tha", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "hlen"},
    {"tpa", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, "plen"},
};
bool rarp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t rarp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 5: return v[2];
    case 6: return v[3];
    case 7: return v[2];
    case 8: return v[3];
    default: return 0;
  }
}
std::int64_t rarp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- Raw (specs/raw.yaml)
constexpr FieldInfo kRawFields[] = {
    {"packet", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::rest, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool raw_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t raw_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t raw_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- RawIP (specs/raw_ip.yaml)
constexpr FieldInfo kRawipFields[] = {
    {"version", FieldKind::uint, 4, 1, 4, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ip_version, nullptr, ""},
    {"rest_of_byte", FieldKind::uint, 4, 1, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool rawip_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t rawip_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t rawip_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t rawip_header([[maybe_unused]] const std::int64_t* v) { return std::int64_t{0}; }

// ---- SLL (specs/sll.yaml)
constexpr FieldInfo kSllFields[] = {
    {"pkttype", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"hatype", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"halen", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"src", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::fixed, 8, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"protocol", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ethertype, nullptr, ""},
};
bool sll_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t sll_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t sll_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- SLL2 (specs/sll2.yaml)
constexpr FieldInfo kSll2Fields[] = {
    {"protocol", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ethertype, nullptr, ""},
    {"reserved", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ifindex", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"hatype", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"pkttype", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"halen", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"src", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::fixed, 8, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool sll2_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t sll2_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t sll2_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}

// ---- TCP (specs/tcp.yaml)
constexpr FieldInfo kTcpFields[] = {
    {"srcport", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dstport", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::tcp_port, nullptr, ""},
    {"seq", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"ack", FieldKind::uint, 32, 4, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"hdr_len", FieldKind::uint, 4, 2, 12, true, false, false, 4, false, SizeKind::fixed, 0, Derive::header, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 3, 2, 9, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"flags", FieldKind::uint, 9, 2, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"window_size", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"checksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::checksum, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"urgent_pointer", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"opt", FieldKind::bytes, 0, 0, 0, false, false, false, 1, false, SizeKind::expr, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, &TcpView::kTcpOptionFormat, "(hdr_len - 20)"},
};
bool tcp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t tcp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 10: return static_cast<std::int64_t>(v[4] - std::int64_t{20});
    default: return 0;
  }
}
std::int64_t tcp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 4: return size;
    default: return size;
  }
}
std::int64_t tcp_header([[maybe_unused]] const std::int64_t* v) { return v[4]; }
constexpr ProtocolId kTcpPseudo[] = {ProtocolId::ipv4, ProtocolId::ipv6};

// ---- UDP (specs/udp.yaml)
constexpr FieldInfo kUdpFields[] = {
    {"srcport", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dstport", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::udp_port, nullptr, ""},
    {"len", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::total, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"checksum", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::checksum, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool udp_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t udp_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t udp_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  switch (k) {
    case 2: return size;
    default: return size;
  }
}
std::int64_t udp_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return ((static_cast<std::int64_t>(v[2] == std::int64_t{0})) ? (parent_len) : (v[2])); }
constexpr ProtocolId kUdpPseudo[] = {ProtocolId::ipv4, ProtocolId::ipv6};

// ---- VLAN (specs/vlan.yaml)
constexpr FieldInfo kVlanFields[] = {
    {"pcp", FieldKind::uint, 3, 2, 13, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"dei", FieldKind::uint, 1, 2, 12, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"vid", FieldKind::uint, 12, 2, 0, false, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"type", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, true, TableId::ethertype, nullptr, ""},
};
bool vlan_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t vlan_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t vlan_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
std::int64_t vlan_total([[maybe_unused]] const std::int64_t* v, [[maybe_unused]] std::int64_t parent_len) { return ((static_cast<std::int64_t>(v[3] <= std::int64_t{1500})) ? (static_cast<std::int64_t>(v[3] + std::int64_t{4})) : (parent_len)); }
constexpr ProtocolId kVlanNextProtocols[] = {ProtocolId::llc};

// ---- VXLAN (specs/vxlan.yaml)
constexpr FieldInfo kVxlanFields[] = {
    {"flags", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"gbp", FieldKind::uint, 16, 2, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"vni", FieldKind::uint, 24, 3, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
    {"reserved", FieldKind::uint, 8, 1, 0, true, false, false, 1, false, SizeKind::fixed, 0, Derive::none, false, false, 0x0, nullptr, false, TableId::linktype, nullptr, ""},
};
bool vxlan_cond([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return true;
}
std::int64_t vxlan_size([[maybe_unused]] std::size_t k, [[maybe_unused]] const std::int64_t* v) {
  return 0;
}
std::int64_t vxlan_solve([[maybe_unused]] std::size_t k, std::int64_t size, [[maybe_unused]] const std::int64_t* v) {
  return size;
}
constexpr ProtocolId kVxlanNextProtocols[] = {ProtocolId::ethernet};

}  // namespace

const BuildSpec kAhSpec{
    ProtocolId::ah, "AH", kAhFields, 6,
    ah_cond, ah_size,
    ah_header, "((length + 2) * 4)",
    nullptr, "",
    1, 6,
    ah_solve,
    nullptr, 0, "", "",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kArpSpec{
    ProtocolId::arp, "ARP", kArpFields, 9,
    arp_cond, arp_size,
    nullptr, "",
    nullptr, "",
    9, 9,
    arp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kDhcpSpec{
    ProtocolId::dhcp, "DHCP", kDhcpFields, 17,
    dhcp_cond, dhcp_size,
    nullptr, "",
    nullptr, "",
    17, 17,
    dhcp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kEspSpec{
    ProtocolId::esp, "ESP", kEspFields, 2,
    esp_cond, esp_size,
    nullptr, "",
    nullptr, "",
    2, 2,
    esp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kEthernetSpec{
    ProtocolId::ethernet, "Ethernet", kEthernetFields, 3,
    ethernet_cond, ethernet_size,
    nullptr, "",
    ethernet_total, "((type <= 1500) ? (type + 14) : parent_len)",
    3, 2,
    ethernet_solve,
    nullptr, 0, "", "",
    true, TableId::ethertype,
    kEthernetNextProtocols, 1};

const BuildSpec kGreSpec{
    ProtocolId::gre, "GRE", kGreFields, 13,
    gre_cond, gre_size,
    nullptr, "",
    gre_total, "(((version == 1) && flags.key) ? ((((8 + (flags.sequence ? 4 : 0)) + (ack ? 4 : 0)) + ((flags.checksum || flags.routing) ? 4 : 0)) + payload_length) : parent_len)",
    13, 4,
    gre_solve,
    nullptr, 0, "", "",
    true, TableId::ethertype,
    nullptr, 0};

const BuildSpec kHipSpec{
    ProtocolId::hip, "HIP", kHipFields, 12,
    hip_cond, hip_size,
    hip_header, "((length + 1) * 8)",
    nullptr, "",
    1, 12,
    hip_solve,
    kHipPseudo, 2, "src", "dst",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kHopoptSpec{
    ProtocolId::hopopt, "HOPOPT", kHopoptFields, 3,
    hopopt_cond, hopopt_size,
    hopopt_header, "((length + 1) * 8)",
    nullptr, "",
    1, 3,
    hopopt_solve,
    nullptr, 0, "", "",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kHttpSpec{
    ProtocolId::http, "HTTP", kHttpFields, 1,
    http_cond, http_size,
    nullptr, "",
    nullptr, "",
    1, 1,
    http_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kIcmpSpec{
    ProtocolId::icmp, "ICMP", kIcmpFields, 10,
    icmp_cond, icmp_size,
    icmp_header, "8",
    nullptr, "",
    10, 10,
    icmp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    kIcmpNextProtocols, 1};

const BuildSpec kIcmpv6Spec{
    ProtocolId::icmpv6, "ICMPv6", kIcmpv6Fields, 19,
    icmpv6_cond, icmpv6_size,
    nullptr, "",
    nullptr, "",
    19, 19,
    icmpv6_solve,
    kIcmpv6Pseudo, 1, "src", "dst",
    false, TableId::linktype,
    kIcmpv6NextProtocols, 1};

const BuildSpec kIeee8023Spec{
    ProtocolId::ieee8023, "IEEE8023", kIeee8023Fields, 1,
    ieee8023_cond, ieee8023_size,
    ieee8023_header, "0",
    nullptr, "",
    1, 1,
    ieee8023_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    kIeee8023NextProtocols, 2};

const BuildSpec kIgmpSpec{
    ProtocolId::igmp, "IGMP", kIgmpFields, 3,
    igmp_cond, igmp_size,
    nullptr, "",
    nullptr, "",
    3, 3,
    igmp_solve,
    nullptr, 0, "", "",
    true, TableId::igmp_type,
    kIgmpNextProtocols, 1};

const BuildSpec kIgmpv2Spec{
    ProtocolId::igmpv2, "IGMPv2", kIgmpv2Fields, 1,
    igmpv2_cond, igmpv2_size,
    nullptr, "",
    nullptr, "",
    1, 1,
    igmpv2_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kIgmpv3QuerySpec{
    ProtocolId::igmpv3_query, "IGMPv3-Query", kIgmpv3QueryFields, 7,
    igmpv3_query_cond, igmpv3_query_size,
    nullptr, "",
    nullptr, "",
    7, 7,
    igmpv3_query_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kIgmpv3ReportSpec{
    ProtocolId::igmpv3_report, "IGMPv3-Report", kIgmpv3ReportFields, 3,
    igmpv3_report_cond, igmpv3_report_size,
    nullptr, "",
    nullptr, "",
    3, 3,
    igmpv3_report_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kIpv4Spec{
    ProtocolId::ipv4, "IPv4", kIpv4Fields, 14,
    ipv4_cond, ipv4_size,
    ipv4_header, "hdr_len",
    ipv4_total, "((len == 0) ? parent_len : len)",
    1, 4,
    ipv4_solve,
    nullptr, 0, "", "",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kIpv6Spec{
    ProtocolId::ipv6, "IPv6", kIpv6Fields, 8,
    ipv6_cond, ipv6_size,
    nullptr, "",
    ipv6_total, "((payload == 0) ? parent_len : (payload + 40))",
    8, 3,
    ipv6_solve,
    nullptr, 0, "", "",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kIpv6FragSpec{
    ProtocolId::ipv6_frag, "IPv6_Frag", kIpv6FragFields, 6,
    ipv6_frag_cond, ipv6_frag_size,
    nullptr, "",
    nullptr, "",
    6, 6,
    ipv6_frag_solve,
    nullptr, 0, "", "",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kIpv6OptsSpec{
    ProtocolId::ipv6_opts, "IPv6_Opts", kIpv6OptsFields, 3,
    ipv6_opts_cond, ipv6_opts_size,
    ipv6_opts_header, "((length + 1) * 8)",
    nullptr, "",
    1, 3,
    ipv6_opts_solve,
    nullptr, 0, "", "",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kIpv6RouteSpec{
    ProtocolId::ipv6_route, "IPv6_Route", kIpv6RouteFields, 5,
    ipv6_route_cond, ipv6_route_size,
    ipv6_route_header, "((length + 1) * 8)",
    nullptr, "",
    1, 5,
    ipv6_route_solve,
    nullptr, 0, "", "",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kIpxSpec{
    ProtocolId::ipx, "IPX", kIpxFields, 10,
    ipx_cond, ipx_size,
    nullptr, "",
    ipx_total, "len",
    10, 1,
    ipx_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kL2tpSpec{
    ProtocolId::l2tp, "L2TP", kL2tpFields, 13,
    l2tp_cond, l2tp_size,
    nullptr, "",
    l2tp_total, "(flags.len ? length : parent_len)",
    13, 0,
    l2tp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    kL2tpNextProtocols, 1};

const BuildSpec kLcpSpec{
    ProtocolId::lcp, "LCP", kLcpFields, 4,
    lcp_cond, lcp_size,
    nullptr, "",
    lcp_total, "length",
    4, 2,
    lcp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kLlcSpec{
    ProtocolId::llc, "LLC", kLlcFields, 6,
    llc_cond, llc_size,
    nullptr, "",
    nullptr, "",
    6, 6,
    llc_solve,
    nullptr, 0, "", "",
    true, TableId::ethertype,
    nullptr, 0};

const BuildSpec kMhSpec{
    ProtocolId::mh, "MH", kMhFields, 6,
    mh_cond, mh_size,
    mh_header, "((length + 1) * 8)",
    nullptr, "",
    1, 6,
    mh_solve,
    kMhPseudo, 1, "src", "dst",
    true, TableId::ip_proto,
    nullptr, 0};

const BuildSpec kNtpSpec{
    ProtocolId::ntp, "NTP", kNtpFields, 18,
    ntp_cond, ntp_size,
    nullptr, "",
    nullptr, "",
    18, 18,
    ntp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kNullSpec{
    ProtocolId::null, "Null", kNullFields, 1,
    null_cond, null_size,
    nullptr, "",
    nullptr, "",
    1, 1,
    null_solve,
    nullptr, 0, "", "",
    true, TableId::bsd_af,
    nullptr, 0};

const BuildSpec kOspfSpec{
    ProtocolId::ospf, "OSPF", kOspfFields, 11,
    ospf_cond, ospf_size,
    nullptr, "",
    ospf_total, "len",
    11, 2,
    ospf_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kPppSpec{
    ProtocolId::ppp, "PPP", kPppFields, 1,
    ppp_cond, ppp_size,
    nullptr, "",
    nullptr, "",
    1, 1,
    ppp_solve,
    nullptr, 0, "", "",
    true, TableId::ppp_protocol,
    nullptr, 0};

const BuildSpec kPppHdlcSpec{
    ProtocolId::ppp_hdlc, "PPP-HDLC", kPppHdlcFields, 2,
    ppp_hdlc_cond, ppp_hdlc_size,
    ppp_hdlc_header, "(((address == 255) && (control == 3)) ? 2 : 0)",
    nullptr, "",
    0, 2,
    ppp_hdlc_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    kPppHdlcNextProtocols, 1};

const BuildSpec kPppoedSpec{
    ProtocolId::pppoed, "PPPoED", kPppoedFields, 6,
    pppoed_cond, pppoed_size,
    nullptr, "",
    pppoed_total, "(payload_length + 6)",
    6, 4,
    pppoed_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kPppoesSpec{
    ProtocolId::pppoes, "PPPoES", kPppoesFields, 5,
    pppoes_cond, pppoes_size,
    nullptr, "",
    pppoes_total, "(payload_length + 6)",
    5, 4,
    pppoes_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    kPppoesNextProtocols, 1};

const BuildSpec kRarpSpec{
    ProtocolId::rarp, "RARP", kRarpFields, 9,
    rarp_cond, rarp_size,
    nullptr, "",
    nullptr, "",
    9, 9,
    rarp_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kRawSpec{
    ProtocolId::raw, "Raw", kRawFields, 1,
    raw_cond, raw_size,
    nullptr, "",
    nullptr, "",
    1, 1,
    raw_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    nullptr, 0};

const BuildSpec kRawipSpec{
    ProtocolId::rawip, "RawIP", kRawipFields, 2,
    rawip_cond, rawip_size,
    rawip_header, "0",
    nullptr, "",
    2, 2,
    rawip_solve,
    nullptr, 0, "", "",
    true, TableId::ip_version,
    nullptr, 0};

const BuildSpec kSllSpec{
    ProtocolId::sll, "SLL", kSllFields, 5,
    sll_cond, sll_size,
    nullptr, "",
    nullptr, "",
    5, 5,
    sll_solve,
    nullptr, 0, "", "",
    true, TableId::ethertype,
    nullptr, 0};

const BuildSpec kSll2Spec{
    ProtocolId::sll2, "SLL2", kSll2Fields, 7,
    sll2_cond, sll2_size,
    nullptr, "",
    nullptr, "",
    7, 7,
    sll2_solve,
    nullptr, 0, "", "",
    true, TableId::ethertype,
    nullptr, 0};

const BuildSpec kTcpSpec{
    ProtocolId::tcp, "TCP", kTcpFields, 11,
    tcp_cond, tcp_size,
    tcp_header, "hdr_len",
    nullptr, "",
    4, 11,
    tcp_solve,
    kTcpPseudo, 2, "src", "dst",
    true, TableId::tcp_port,
    nullptr, 0};

const BuildSpec kUdpSpec{
    ProtocolId::udp, "UDP", kUdpFields, 4,
    udp_cond, udp_size,
    nullptr, "",
    udp_total, "((len == 0) ? parent_len : len)",
    4, 2,
    udp_solve,
    kUdpPseudo, 2, "src", "dst",
    true, TableId::udp_port,
    nullptr, 0};

const BuildSpec kVlanSpec{
    ProtocolId::vlan, "VLAN", kVlanFields, 4,
    vlan_cond, vlan_size,
    nullptr, "",
    vlan_total, "((type <= 1500) ? (type + 4) : parent_len)",
    4, 3,
    vlan_solve,
    nullptr, 0, "", "",
    true, TableId::ethertype,
    kVlanNextProtocols, 1};

const BuildSpec kVxlanSpec{
    ProtocolId::vxlan, "VXLAN", kVxlanFields, 4,
    vxlan_cond, vxlan_size,
    nullptr, "",
    nullptr, "",
    4, 4,
    vxlan_solve,
    nullptr, 0, "", "",
    false, TableId::linktype,
    kVxlanNextProtocols, 1};

}  // namespace build

std::unique_ptr<LayerBuilder> make_builder(ProtocolId id) {
  switch (id) {
    case ProtocolId::ah: return std::make_unique<pkt::AH>();
    case ProtocolId::arp: return std::make_unique<pkt::ARP>();
    case ProtocolId::dhcp: return std::make_unique<pkt::DHCP>();
    case ProtocolId::esp: return std::make_unique<pkt::ESP>();
    case ProtocolId::ethernet: return std::make_unique<pkt::Ethernet>();
    case ProtocolId::gre: return std::make_unique<pkt::GRE>();
    case ProtocolId::hip: return std::make_unique<pkt::HIP>();
    case ProtocolId::hopopt: return std::make_unique<pkt::HOPOPT>();
    case ProtocolId::http: return std::make_unique<pkt::HTTP>();
    case ProtocolId::icmp: return std::make_unique<pkt::ICMP>();
    case ProtocolId::icmpv6: return std::make_unique<pkt::ICMPv6>();
    case ProtocolId::ieee8023: return std::make_unique<pkt::IEEE8023>();
    case ProtocolId::igmp: return std::make_unique<pkt::IGMP>();
    case ProtocolId::igmpv2: return std::make_unique<pkt::IGMPv2>();
    case ProtocolId::igmpv3_query: return std::make_unique<pkt::Igmpv3Query>();
    case ProtocolId::igmpv3_report: return std::make_unique<pkt::Igmpv3Report>();
    case ProtocolId::ipv4: return std::make_unique<pkt::IPv4>();
    case ProtocolId::ipv6: return std::make_unique<pkt::IPv6>();
    case ProtocolId::ipv6_frag: return std::make_unique<pkt::IPv6_Frag>();
    case ProtocolId::ipv6_opts: return std::make_unique<pkt::IPv6_Opts>();
    case ProtocolId::ipv6_route: return std::make_unique<pkt::IPv6_Route>();
    case ProtocolId::ipx: return std::make_unique<pkt::IPX>();
    case ProtocolId::l2tp: return std::make_unique<pkt::L2TP>();
    case ProtocolId::lcp: return std::make_unique<pkt::LCP>();
    case ProtocolId::llc: return std::make_unique<pkt::LLC>();
    case ProtocolId::mh: return std::make_unique<pkt::MH>();
    case ProtocolId::ntp: return std::make_unique<pkt::NTP>();
    case ProtocolId::null: return std::make_unique<pkt::Null>();
    case ProtocolId::ospf: return std::make_unique<pkt::OSPF>();
    case ProtocolId::ppp: return std::make_unique<pkt::PPP>();
    case ProtocolId::ppp_hdlc: return std::make_unique<pkt::PppHdlc>();
    case ProtocolId::pppoed: return std::make_unique<pkt::PPPoED>();
    case ProtocolId::pppoes: return std::make_unique<pkt::PPPoES>();
    case ProtocolId::rarp: return std::make_unique<pkt::RARP>();
    case ProtocolId::raw: return std::make_unique<pkt::Raw>();
    case ProtocolId::rawip: return std::make_unique<pkt::RawIP>();
    case ProtocolId::sll: return std::make_unique<pkt::SLL>();
    case ProtocolId::sll2: return std::make_unique<pkt::SLL2>();
    case ProtocolId::tcp: return std::make_unique<pkt::TCP>();
    case ProtocolId::udp: return std::make_unique<pkt::UDP>();
    case ProtocolId::vlan: return std::make_unique<pkt::VLAN>();
    case ProtocolId::vxlan: return std::make_unique<pkt::VXLAN>();
    default: return nullptr;
  }
}

std::unique_ptr<LayerBuilder> builder_from_layer(ProtocolId id, Bytes layer) {
  switch (id) {
    case ProtocolId::ah: {
      auto b = std::make_unique<pkt::AH>();
      [[maybe_unused]] const AhView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.next()));
      b->set_uint(1, static_cast<std::uint64_t>(v.length()));
      b->set_uint(2, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(3, static_cast<std::uint64_t>(v.spi()));
      b->set_uint(4, static_cast<std::uint64_t>(v.seq()));
      b->set_bytes(5, v.icv());
      return b;
    }
    case ProtocolId::arp: {
      auto b = std::make_unique<pkt::ARP>();
      [[maybe_unused]] const ArpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.htype()));
      b->set_uint(1, static_cast<std::uint64_t>(v.ptype()));
      b->set_uint(2, static_cast<std::uint64_t>(v.hlen()));
      b->set_uint(3, static_cast<std::uint64_t>(v.plen()));
      b->set_uint(4, static_cast<std::uint64_t>(v.oper()));
      b->set_bytes(5, v.sha());
      b->set_bytes(6, v.spa());
      b->set_bytes(7, v.tha());
      b->set_bytes(8, v.tpa());
      return b;
    }
    case ProtocolId::dhcp: {
      auto b = std::make_unique<pkt::DHCP>();
      [[maybe_unused]] const DhcpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.op()));
      b->set_uint(1, static_cast<std::uint64_t>(v.htype()));
      b->set_uint(2, static_cast<std::uint64_t>(v.hlen()));
      b->set_uint(3, static_cast<std::uint64_t>(v.hops()));
      b->set_uint(4, static_cast<std::uint64_t>(v.xid()));
      b->set_uint(5, static_cast<std::uint64_t>(v.secs()));
      b->set_uint(6, static_cast<std::uint64_t>(v.flags()));
      b->set_bytes(7, Bytes{v.ciaddr().data(), v.ciaddr().size()});
      b->set_bytes(8, Bytes{v.yiaddr().data(), v.yiaddr().size()});
      b->set_bytes(9, Bytes{v.siaddr().data(), v.siaddr().size()});
      b->set_bytes(10, Bytes{v.giaddr().data(), v.giaddr().size()});
      b->set_bytes(11, v.chaddr());
      b->set_bytes(12, v.chaddr_padding());
      b->set_bytes(13, v.sname());
      b->set_bytes(14, v.file());
      b->set_uint(15, static_cast<std::uint64_t>(v.cookie()));
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.cookie()) == std::int64_t{1669485411})) { b->set_bytes(16, v.options()); }
      return b;
    }
    case ProtocolId::esp: {
      auto b = std::make_unique<pkt::ESP>();
      [[maybe_unused]] const EspView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.spi()));
      b->set_uint(1, static_cast<std::uint64_t>(v.seq()));
      return b;
    }
    case ProtocolId::ethernet: {
      auto b = std::make_unique<pkt::Ethernet>();
      [[maybe_unused]] const EthernetView v{layer};
      b->set_bytes(0, Bytes{v.dst().data(), v.dst().size()});
      b->set_bytes(1, Bytes{v.src().data(), v.src().size()});
      b->set_uint(2, static_cast<std::uint64_t>(v.type()));
      return b;
    }
    case ProtocolId::gre: {
      auto b = std::make_unique<pkt::GRE>();
      [[maybe_unused]] const GreView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.flags()));
      b->set_uint(1, static_cast<std::uint64_t>(v.recursion()));
      b->set_uint(2, static_cast<std::uint64_t>(v.ack()));
      b->set_uint(3, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(4, static_cast<std::uint64_t>(v.version()));
      b->set_uint(5, static_cast<std::uint64_t>(v.proto()));
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.flags_checksum()) || static_cast<std::int64_t>(v.flags_routing()))) { b->set_uint(6, static_cast<std::uint64_t>(v.checksum())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.flags_checksum()) || static_cast<std::int64_t>(v.flags_routing()))) { b->set_uint(7, static_cast<std::uint64_t>(v.offset())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{0}))) { b->set_uint(8, static_cast<std::uint64_t>(v.key())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{1}))) { b->set_uint(9, static_cast<std::uint64_t>(v.payload_length())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{1}))) { b->set_uint(10, static_cast<std::uint64_t>(v.call_id())); }
      if (static_cast<std::int64_t>(v.flags_sequence())) { b->set_uint(11, static_cast<std::uint64_t>(v.sequence_number())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.ack()) && static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{1}))) { b->set_uint(12, static_cast<std::uint64_t>(v.ack_number())); }
      return b;
    }
    case ProtocolId::hip: {
      auto b = std::make_unique<pkt::HIP>();
      [[maybe_unused]] const HipView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.next()));
      b->set_uint(1, static_cast<std::uint64_t>(v.length()));
      b->set_uint(2, static_cast<std::uint64_t>(v.fixed0()));
      b->set_uint(3, static_cast<std::uint64_t>(v.type()));
      b->set_uint(4, static_cast<std::uint64_t>(v.version()));
      b->set_uint(5, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(6, static_cast<std::uint64_t>(v.fixed1()));
      b->set_uint(7, static_cast<std::uint64_t>(v.chksum()));
      b->set_uint(8, static_cast<std::uint64_t>(v.control()));
      b->set_bytes(9, Bytes{v.shit().data(), v.shit().size()});
      b->set_bytes(10, Bytes{v.rhit().data(), v.rhit().size()});
      b->set_bytes(11, v.parameters());
      return b;
    }
    case ProtocolId::hopopt: {
      auto b = std::make_unique<pkt::HOPOPT>();
      [[maybe_unused]] const HopoptView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.next()));
      b->set_uint(1, static_cast<std::uint64_t>(v.length()));
      b->set_bytes(2, v.options());
      return b;
    }
    case ProtocolId::http: {
      auto b = std::make_unique<pkt::HTTP>();
      [[maybe_unused]] const HttpView v{layer};
      b->set_bytes(0, v.view_bytes());
      return b;
    }
    case ProtocolId::icmp: {
      auto b = std::make_unique<pkt::ICMP>();
      [[maybe_unused]] const IcmpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.type()));
      b->set_uint(1, static_cast<std::uint64_t>(v.code()));
      b->set_uint(2, static_cast<std::uint64_t>(v.checksum()));
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) { b->set_uint(3, static_cast<std::uint64_t>(v.id())); }
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) { b->set_uint(4, static_cast<std::uint64_t>(v.seq())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{5})) { b->set_bytes(5, Bytes{v.gateway().data(), v.gateway().size()}); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{12})) { b->set_uint(6, static_cast<std::uint64_t>(v.pointer())); }
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) { b->set_bytes(7, v.unused()); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{12})) { b->set_bytes(8, v.rest_of_header()); }
      if ((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{0}, std::int64_t{3}, std::int64_t{4}, std::int64_t{5}, std::int64_t{8}, std::int64_t{11}, std::int64_t{12}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}})))) { b->set_bytes(9, v.other()); }
      return b;
    }
    case ProtocolId::icmpv6: {
      auto b = std::make_unique<pkt::ICMPv6>();
      [[maybe_unused]] const Icmpv6View v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.type()));
      b->set_uint(1, static_cast<std::uint64_t>(v.code()));
      b->set_uint(2, static_cast<std::uint64_t>(v.checksum()));
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{128}, std::int64_t{129}}))) { b->set_uint(3, static_cast<std::uint64_t>(v.id())); }
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{128}, std::int64_t{129}}))) { b->set_uint(4, static_cast<std::uint64_t>(v.seq())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{2})) { b->set_uint(5, static_cast<std::uint64_t>(v.mtu())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{4})) { b->set_uint(6, static_cast<std::uint64_t>(v.pointer())); }
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{1}, std::int64_t{3}}))) { b->set_bytes(7, v.unused()); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{134})) { b->set_uint(8, static_cast<std::uint64_t>(v.cur_hop_limit())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{134})) { b->set_uint(9, static_cast<std::uint64_t>(v.ra_flags())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{134})) { b->set_uint(10, static_cast<std::uint64_t>(v.router_lifetime())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{134})) { b->set_uint(11, static_cast<std::uint64_t>(v.reachable_time())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{134})) { b->set_uint(12, static_cast<std::uint64_t>(v.retrans_timer())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{136})) { b->set_uint(13, static_cast<std::uint64_t>(v.na_flags())); }
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{133}, std::int64_t{135}, std::int64_t{137}}))) { b->set_bytes(14, v.reserved()); }
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{135}, std::int64_t{136}, std::int64_t{137}}))) { b->set_bytes(15, Bytes{v.target().data(), v.target().size()}); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.type()) == std::int64_t{137})) { b->set_bytes(16, Bytes{v.destination().data(), v.destination().size()}); }
      if ((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}, std::int64_t{128}, std::int64_t{129}, std::int64_t{133}, std::int64_t{134}, std::int64_t{135}, std::int64_t{136}, std::int64_t{137}})))) { b->set_bytes(17, v.other()); }
      if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(v.type()), {std::int64_t{133}, std::int64_t{134}, std::int64_t{135}, std::int64_t{136}, std::int64_t{137}}))) { b->set_bytes(18, v.options()); }
      return b;
    }
    case ProtocolId::ieee8023: {
      auto b = std::make_unique<pkt::IEEE8023>();
      [[maybe_unused]] const Ieee8023View v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.first_word()));
      return b;
    }
    case ProtocolId::igmp: {
      auto b = std::make_unique<pkt::IGMP>();
      [[maybe_unused]] const IgmpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.type()));
      b->set_uint(1, static_cast<std::uint64_t>(v.max_resp()));
      b->set_uint(2, static_cast<std::uint64_t>(v.checksum()));
      return b;
    }
    case ProtocolId::igmpv2: {
      auto b = std::make_unique<pkt::IGMPv2>();
      [[maybe_unused]] const Igmpv2View v{layer};
      b->set_bytes(0, Bytes{v.group().data(), v.group().size()});
      return b;
    }
    case ProtocolId::igmpv3_query: {
      auto b = std::make_unique<pkt::Igmpv3Query>();
      [[maybe_unused]] const Igmpv3QueryView v{layer};
      b->set_bytes(0, Bytes{v.group().data(), v.group().size()});
      b->set_uint(1, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(2, static_cast<std::uint64_t>(v.suppress()));
      b->set_uint(3, static_cast<std::uint64_t>(v.qrv()));
      b->set_uint(4, static_cast<std::uint64_t>(v.qqic()));
      b->set_uint(5, static_cast<std::uint64_t>(v.num_src()));
      b->set_bytes(6, v.sources());
      return b;
    }
    case ProtocolId::igmpv3_report: {
      auto b = std::make_unique<pkt::Igmpv3Report>();
      [[maybe_unused]] const Igmpv3ReportView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(1, static_cast<std::uint64_t>(v.num_grp_recs()));
      b->set_bytes(2, v.records());
      return b;
    }
    case ProtocolId::ipv4: {
      auto b = std::make_unique<pkt::IPv4>();
      [[maybe_unused]] const Ipv4View v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.version()));
      b->set_uint(1, static_cast<std::uint64_t>(v.hdr_len()));
      b->set_uint(2, static_cast<std::uint64_t>(v.dscp()));
      b->set_uint(3, static_cast<std::uint64_t>(v.ecn()));
      b->set_uint(4, static_cast<std::uint64_t>(v.len()));
      b->set_uint(5, static_cast<std::uint64_t>(v.id()));
      b->set_uint(6, static_cast<std::uint64_t>(v.flags()));
      b->set_uint(7, static_cast<std::uint64_t>(v.frag_offset()));
      b->set_uint(8, static_cast<std::uint64_t>(v.ttl()));
      b->set_uint(9, static_cast<std::uint64_t>(v.proto()));
      b->set_uint(10, static_cast<std::uint64_t>(v.checksum()));
      b->set_bytes(11, Bytes{v.src().data(), v.src().size()});
      b->set_bytes(12, Bytes{v.dst().data(), v.dst().size()});
      b->set_bytes(13, v.opt());
      return b;
    }
    case ProtocolId::ipv6: {
      auto b = std::make_unique<pkt::IPv6>();
      [[maybe_unused]] const Ipv6View v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.version()));
      b->set_uint(1, static_cast<std::uint64_t>(v.tclass()));
      b->set_uint(2, static_cast<std::uint64_t>(v.label()));
      b->set_uint(3, static_cast<std::uint64_t>(v.payload()));
      b->set_uint(4, static_cast<std::uint64_t>(v.next()));
      b->set_uint(5, static_cast<std::uint64_t>(v.limit()));
      b->set_bytes(6, Bytes{v.src().data(), v.src().size()});
      b->set_bytes(7, Bytes{v.dst().data(), v.dst().size()});
      return b;
    }
    case ProtocolId::ipv6_frag: {
      auto b = std::make_unique<pkt::IPv6_Frag>();
      [[maybe_unused]] const Ipv6FragView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.next()));
      b->set_uint(1, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(2, static_cast<std::uint64_t>(v.offset()));
      b->set_uint(3, static_cast<std::uint64_t>(v.res()));
      b->set_uint(4, static_cast<std::uint64_t>(v.mf()));
      b->set_uint(5, static_cast<std::uint64_t>(v.id()));
      return b;
    }
    case ProtocolId::ipv6_opts: {
      auto b = std::make_unique<pkt::IPv6_Opts>();
      [[maybe_unused]] const Ipv6OptsView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.next()));
      b->set_uint(1, static_cast<std::uint64_t>(v.length()));
      b->set_bytes(2, v.options());
      return b;
    }
    case ProtocolId::ipv6_route: {
      auto b = std::make_unique<pkt::IPv6_Route>();
      [[maybe_unused]] const Ipv6RouteView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.next()));
      b->set_uint(1, static_cast<std::uint64_t>(v.length()));
      b->set_uint(2, static_cast<std::uint64_t>(v.type()));
      b->set_uint(3, static_cast<std::uint64_t>(v.seg_left()));
      b->set_bytes(4, v.data());
      return b;
    }
    case ProtocolId::ipx: {
      auto b = std::make_unique<pkt::IPX>();
      [[maybe_unused]] const IpxView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.chksum()));
      b->set_uint(1, static_cast<std::uint64_t>(v.len()));
      b->set_uint(2, static_cast<std::uint64_t>(v.count()));
      b->set_uint(3, static_cast<std::uint64_t>(v.type()));
      b->set_uint(4, static_cast<std::uint64_t>(v.dst_network()));
      b->set_bytes(5, Bytes{v.dst_node().data(), v.dst_node().size()});
      b->set_uint(6, static_cast<std::uint64_t>(v.dst_socket()));
      b->set_uint(7, static_cast<std::uint64_t>(v.src_network()));
      b->set_bytes(8, Bytes{v.src_node().data(), v.src_node().size()});
      b->set_uint(9, static_cast<std::uint64_t>(v.src_socket()));
      return b;
    }
    case ProtocolId::l2tp: {
      auto b = std::make_unique<pkt::L2TP>();
      [[maybe_unused]] const L2tpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.flags()));
      b->set_uint(1, static_cast<std::uint64_t>(v.ver()));
      if (static_cast<std::int64_t>(v.flags_len())) { b->set_uint(2, static_cast<std::uint64_t>(v.length())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.ver()) == std::int64_t{2})) { b->set_uint(3, static_cast<std::uint64_t>(v.tunnelid())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.ver()) == std::int64_t{2})) { b->set_uint(4, static_cast<std::uint64_t>(v.sessionid())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.ver()) == std::int64_t{3}) && static_cast<std::int64_t>(v.flags_type()))) { b->set_uint(5, static_cast<std::uint64_t>(v.ccid())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(v.flags_type())))) { b->set_uint(6, static_cast<std::uint64_t>(v.reserved())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(v.flags_type())))) { b->set_uint(7, static_cast<std::uint64_t>(v.session_id())); }
      if (static_cast<std::int64_t>(v.flags_seq())) { b->set_uint(8, static_cast<std::uint64_t>(v.ns())); }
      if (static_cast<std::int64_t>(v.flags_seq())) { b->set_uint(9, static_cast<std::uint64_t>(v.nr())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.ver()) == std::int64_t{2}) && static_cast<std::int64_t>(v.flags_offset()))) { b->set_uint(10, static_cast<std::uint64_t>(v.offset())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.ver()) == std::int64_t{2}) && static_cast<std::int64_t>(v.flags_offset()))) { b->set_bytes(11, v.padding()); }
      if (static_cast<std::int64_t>(v.flags_type())) { b->set_bytes(12, v.avps()); }
      return b;
    }
    case ProtocolId::lcp: {
      auto b = std::make_unique<pkt::LCP>();
      [[maybe_unused]] const LcpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.code()));
      b->set_uint(1, static_cast<std::uint64_t>(v.identifier()));
      b->set_uint(2, static_cast<std::uint64_t>(v.length()));
      b->set_bytes(3, v.body());
      return b;
    }
    case ProtocolId::llc: {
      auto b = std::make_unique<pkt::LLC>();
      [[maybe_unused]] const LlcView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.dsap()));
      b->set_uint(1, static_cast<std::uint64_t>(v.ssap()));
      b->set_uint(2, static_cast<std::uint64_t>(v.control()));
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.control()) & std::int64_t{3}) != std::int64_t{3})) { b->set_uint(3, static_cast<std::uint64_t>(v.control_ext())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(v.ssap()) == std::int64_t{170}))) { b->set_uint(4, static_cast<std::uint64_t>(v.oui())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(v.dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(v.ssap()) == std::int64_t{170}))) { b->set_uint(5, static_cast<std::uint64_t>(v.pid())); }
      return b;
    }
    case ProtocolId::mh: {
      auto b = std::make_unique<pkt::MH>();
      [[maybe_unused]] const MhView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.next()));
      b->set_uint(1, static_cast<std::uint64_t>(v.length()));
      b->set_uint(2, static_cast<std::uint64_t>(v.type()));
      b->set_uint(3, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(4, static_cast<std::uint64_t>(v.chksum()));
      b->set_bytes(5, v.message());
      return b;
    }
    case ProtocolId::ntp: {
      auto b = std::make_unique<pkt::NTP>();
      [[maybe_unused]] const NtpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.li()));
      b->set_uint(1, static_cast<std::uint64_t>(v.vn()));
      b->set_uint(2, static_cast<std::uint64_t>(v.mode()));
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(3, static_cast<std::uint64_t>(v.stratum())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(4, static_cast<std::uint64_t>(v.poll())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(5, static_cast<std::uint64_t>(v.precision())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(6, static_cast<std::uint64_t>(v.root_delay())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(7, static_cast<std::uint64_t>(v.root_dispersion())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(8, static_cast<std::uint64_t>(v.ref_id())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(9, static_cast<std::uint64_t>(v.reftime_seconds())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(10, static_cast<std::uint64_t>(v.reftime_fraction())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(11, static_cast<std::uint64_t>(v.org_seconds())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(12, static_cast<std::uint64_t>(v.org_fraction())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(13, static_cast<std::uint64_t>(v.rec_seconds())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(14, static_cast<std::uint64_t>(v.rec_fraction())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(15, static_cast<std::uint64_t>(v.xmt_seconds())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) < std::int64_t{6})) { b->set_uint(16, static_cast<std::uint64_t>(v.xmt_fraction())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.mode()) >= std::int64_t{6})) { b->set_bytes(17, v.control()); }
      return b;
    }
    case ProtocolId::null: {
      auto b = std::make_unique<pkt::Null>();
      [[maybe_unused]] const NullView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.family())); b->set_little(0, jspcap::load_le(v.view_bytes().data() + 0, 4) == static_cast<std::uint64_t>(v.family()));
      return b;
    }
    case ProtocolId::ospf: {
      auto b = std::make_unique<pkt::OSPF>();
      [[maybe_unused]] const OspfView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.version()));
      b->set_uint(1, static_cast<std::uint64_t>(v.type()));
      b->set_uint(2, static_cast<std::uint64_t>(v.len()));
      b->set_bytes(3, Bytes{v.router_id().data(), v.router_id().size()});
      b->set_bytes(4, Bytes{v.area_id().data(), v.area_id().size()});
      b->set_uint(5, static_cast<std::uint64_t>(v.chksum()));
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{2})) { b->set_uint(6, static_cast<std::uint64_t>(v.autype())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{2})) { b->set_bytes(7, v.auth()); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{3})) { b->set_uint(8, static_cast<std::uint64_t>(v.instance_id())); }
      if (static_cast<std::int64_t>(static_cast<std::int64_t>(v.version()) == std::int64_t{3})) { b->set_uint(9, static_cast<std::uint64_t>(v.reserved())); }
      b->set_bytes(10, v.body());
      return b;
    }
    case ProtocolId::ppp: {
      auto b = std::make_unique<pkt::PPP>();
      [[maybe_unused]] const PppView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.protocol()));
      return b;
    }
    case ProtocolId::ppp_hdlc: {
      auto b = std::make_unique<pkt::PppHdlc>();
      [[maybe_unused]] const PppHdlcView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.address()));
      b->set_uint(1, static_cast<std::uint64_t>(v.control()));
      return b;
    }
    case ProtocolId::pppoed: {
      auto b = std::make_unique<pkt::PPPoED>();
      [[maybe_unused]] const PppoedView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.version()));
      b->set_uint(1, static_cast<std::uint64_t>(v.type()));
      b->set_uint(2, static_cast<std::uint64_t>(v.code()));
      b->set_uint(3, static_cast<std::uint64_t>(v.session_id()));
      b->set_uint(4, static_cast<std::uint64_t>(v.payload_length()));
      b->set_bytes(5, v.tags());
      return b;
    }
    case ProtocolId::pppoes: {
      auto b = std::make_unique<pkt::PPPoES>();
      [[maybe_unused]] const PppoesView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.version()));
      b->set_uint(1, static_cast<std::uint64_t>(v.type()));
      b->set_uint(2, static_cast<std::uint64_t>(v.code()));
      b->set_uint(3, static_cast<std::uint64_t>(v.session_id()));
      b->set_uint(4, static_cast<std::uint64_t>(v.payload_length()));
      return b;
    }
    case ProtocolId::rarp: {
      auto b = std::make_unique<pkt::RARP>();
      [[maybe_unused]] const RarpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.htype()));
      b->set_uint(1, static_cast<std::uint64_t>(v.ptype()));
      b->set_uint(2, static_cast<std::uint64_t>(v.hlen()));
      b->set_uint(3, static_cast<std::uint64_t>(v.plen()));
      b->set_uint(4, static_cast<std::uint64_t>(v.oper()));
      b->set_bytes(5, v.sha());
      b->set_bytes(6, v.spa());
      b->set_bytes(7, v.tha());
      b->set_bytes(8, v.tpa());
      return b;
    }
    case ProtocolId::raw: {
      auto b = std::make_unique<pkt::Raw>();
      [[maybe_unused]] const RawView v{layer};
      b->set_bytes(0, v.packet());
      return b;
    }
    case ProtocolId::rawip: {
      auto b = std::make_unique<pkt::RawIP>();
      [[maybe_unused]] const RawipView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.version()));
      b->set_uint(1, static_cast<std::uint64_t>(v.rest_of_byte()));
      return b;
    }
    case ProtocolId::sll: {
      auto b = std::make_unique<pkt::SLL>();
      [[maybe_unused]] const SllView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.pkttype()));
      b->set_uint(1, static_cast<std::uint64_t>(v.hatype()));
      b->set_uint(2, static_cast<std::uint64_t>(v.halen()));
      b->set_bytes(3, v.src());
      b->set_uint(4, static_cast<std::uint64_t>(v.protocol()));
      return b;
    }
    case ProtocolId::sll2: {
      auto b = std::make_unique<pkt::SLL2>();
      [[maybe_unused]] const Sll2View v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.protocol()));
      b->set_uint(1, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(2, static_cast<std::uint64_t>(v.ifindex()));
      b->set_uint(3, static_cast<std::uint64_t>(v.hatype()));
      b->set_uint(4, static_cast<std::uint64_t>(v.pkttype()));
      b->set_uint(5, static_cast<std::uint64_t>(v.halen()));
      b->set_bytes(6, v.src());
      return b;
    }
    case ProtocolId::tcp: {
      auto b = std::make_unique<pkt::TCP>();
      [[maybe_unused]] const TcpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.srcport()));
      b->set_uint(1, static_cast<std::uint64_t>(v.dstport()));
      b->set_uint(2, static_cast<std::uint64_t>(v.seq()));
      b->set_uint(3, static_cast<std::uint64_t>(v.ack()));
      b->set_uint(4, static_cast<std::uint64_t>(v.hdr_len()));
      b->set_uint(5, static_cast<std::uint64_t>(v.reserved()));
      b->set_uint(6, static_cast<std::uint64_t>(v.flags()));
      b->set_uint(7, static_cast<std::uint64_t>(v.window_size()));
      b->set_uint(8, static_cast<std::uint64_t>(v.checksum()));
      b->set_uint(9, static_cast<std::uint64_t>(v.urgent_pointer()));
      b->set_bytes(10, v.opt());
      return b;
    }
    case ProtocolId::udp: {
      auto b = std::make_unique<pkt::UDP>();
      [[maybe_unused]] const UdpView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.srcport()));
      b->set_uint(1, static_cast<std::uint64_t>(v.dstport()));
      b->set_uint(2, static_cast<std::uint64_t>(v.len()));
      b->set_uint(3, static_cast<std::uint64_t>(v.checksum()));
      return b;
    }
    case ProtocolId::vlan: {
      auto b = std::make_unique<pkt::VLAN>();
      [[maybe_unused]] const VlanView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.pcp()));
      b->set_uint(1, static_cast<std::uint64_t>(v.dei()));
      b->set_uint(2, static_cast<std::uint64_t>(v.vid()));
      b->set_uint(3, static_cast<std::uint64_t>(v.type()));
      return b;
    }
    case ProtocolId::vxlan: {
      auto b = std::make_unique<pkt::VXLAN>();
      [[maybe_unused]] const VxlanView v{layer};
      b->set_uint(0, static_cast<std::uint64_t>(v.flags()));
      b->set_uint(1, static_cast<std::uint64_t>(v.gbp()));
      b->set_uint(2, static_cast<std::uint64_t>(v.vni()));
      b->set_uint(3, static_cast<std::uint64_t>(v.reserved()));
      return b;
    }
    default: return nullptr;
  }
}

}  // namespace jspcap
