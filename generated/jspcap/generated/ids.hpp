// Generated from specs/*.yaml by generator/. DO NOT EDIT.
// Protocol and table identities, the protocol registry, and the dispatch-table lookup.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace jspcap {

/// One value per spec. ProtocolId{} (none) means "no protocol".
enum class ProtocolId : std::uint16_t {
  none = 0,
  ah,  ///< AH (specs/ah.yaml)
  arp,  ///< ARP (specs/arp.yaml)
  dhcp,  ///< DHCP (specs/dhcp.yaml)
  esp,  ///< ESP (specs/esp.yaml)
  ethernet,  ///< Ethernet (specs/ethernet.yaml)
  gre,  ///< GRE (specs/gre.yaml)
  hip,  ///< HIP (specs/hip.yaml)
  hopopt,  ///< HOPOPT (specs/hopopt.yaml)
  http,  ///< HTTP (specs/http.yaml)
  icmp,  ///< ICMP (specs/icmp.yaml)
  icmpv6,  ///< ICMPv6 (specs/icmpv6.yaml)
  ieee8023,  ///< IEEE8023 (specs/ieee8023.yaml)
  igmp,  ///< IGMP (specs/igmp.yaml)
  igmpv2,  ///< IGMPv2 (specs/igmpv2.yaml)
  igmpv3_query,  ///< IGMPv3-Query (specs/igmpv3_query.yaml)
  igmpv3_report,  ///< IGMPv3-Report (specs/igmpv3_report.yaml)
  ipv4,  ///< IPv4 (specs/ipv4.yaml)
  ipv6,  ///< IPv6 (specs/ipv6.yaml)
  ipv6_frag,  ///< IPv6_Frag (specs/ipv6_frag.yaml)
  ipv6_opts,  ///< IPv6_Opts (specs/ipv6_opts.yaml)
  ipv6_route,  ///< IPv6_Route (specs/ipv6_route.yaml)
  ipx,  ///< IPX (specs/ipx.yaml)
  l2tp,  ///< L2TP (specs/l2tp.yaml)
  lcp,  ///< LCP (specs/lcp.yaml)
  llc,  ///< LLC (specs/llc.yaml)
  mh,  ///< MH (specs/mh.yaml)
  ntp,  ///< NTP (specs/ntp.yaml)
  null,  ///< Null (specs/null.yaml)
  ospf,  ///< OSPF (specs/ospf.yaml)
  ppp,  ///< PPP (specs/ppp.yaml)
  ppp_hdlc,  ///< PPP-HDLC (specs/ppp_hdlc.yaml)
  pppoed,  ///< PPPoED (specs/pppoed.yaml)
  pppoes,  ///< PPPoES (specs/pppoes.yaml)
  rarp,  ///< RARP (specs/rarp.yaml)
  raw,  ///< Raw (specs/raw.yaml)
  rawip,  ///< RawIP (specs/raw_ip.yaml)
  sll,  ///< SLL (specs/sll.yaml)
  sll2,  ///< SLL2 (specs/sll2.yaml)
  tcp,  ///< TCP (specs/tcp.yaml)
  udp,  ///< UDP (specs/udp.yaml)
  vlan,  ///< VLAN (specs/vlan.yaml)
  vxlan,  ///< VXLAN (specs/vxlan.yaml)
};

/// Dispatch tables: a child protocol binds itself into one with `binds:`.
enum class TableId : std::uint8_t {
  bsd_af,
  ethertype,
  igmp_type,
  ip_proto,
  ip_version,
  linktype,
  llc_sap,
  ppp_protocol,
  tcp_port,
  udp_port,
};
inline constexpr std::size_t kTableCount = 10;

/// Where protocols may be detected by their content (a `next: {heuristic: …}` entry).
enum class HeuristicId : std::uint8_t {
  none,
  tcp,
};
inline constexpr std::size_t kHeuristicCount = 1;

/// The seed's layers, for -L / extract(layer=…).
enum class LayerKind : std::uint8_t { none, link, internet, transport, application };

struct ProtocolInfo {
  ProtocolId id;
  const char* name;       ///< display name, used in the protochain ("IPv4")
  const char* alias;      ///< report key ("ipv4")
  const char* spec;       ///< the spec file it comes from
  LayerKind layer;
  bool transparent;       ///< dispatch only: neither shown nor in the chain
  const char* tshark;     ///< tshark's names for it, comma-separated ("vlan,ieee8021ad")
  const char* umbrella;   ///< umbrella names it answers to, comma-separated ("IP")
};

inline constexpr std::size_t kProtocolCount = 42;
/// Ids a process may use, compiled and loaded at run time together (jspcap/specs.hpp).
inline constexpr std::size_t kMaxProtocolIds = 1024;
static_assert(kProtocolCount < kMaxProtocolIds);

/// Indexed by ProtocolId; entry 0 is "none".
inline constexpr ProtocolInfo kProtocols[kProtocolCount + 1] = {
  {ProtocolId::none, "", "", "", LayerKind::none, true, "", ""},
  {ProtocolId::ah, "AH", "ah", "specs/ah.yaml", LayerKind::internet, false, "ah", "IPsec"},
  {ProtocolId::arp, "ARP", "arp", "specs/arp.yaml", LayerKind::link, false, "arp", ""},
  {ProtocolId::dhcp, "DHCP", "dhcp", "specs/dhcp.yaml", LayerKind::application, false, "dhcp,bootp", ""},
  {ProtocolId::esp, "ESP", "esp", "specs/esp.yaml", LayerKind::internet, false, "esp", "IPsec"},
  {ProtocolId::ethernet, "Ethernet", "ethernet", "specs/ethernet.yaml", LayerKind::link, false, "eth", ""},
  {ProtocolId::gre, "GRE", "gre", "specs/gre.yaml", LayerKind::internet, false, "gre", ""},
  {ProtocolId::hip, "HIP", "hip", "specs/hip.yaml", LayerKind::internet, false, "hip", ""},
  {ProtocolId::hopopt, "HOPOPT", "hopopt", "specs/hopopt.yaml", LayerKind::internet, false, "ipv6.hopopts", ""},
  {ProtocolId::http, "HTTP", "http", "specs/http.yaml", LayerKind::application, false, "http", ""},
  {ProtocolId::icmp, "ICMP", "icmp", "specs/icmp.yaml", LayerKind::internet, false, "icmp", ""},
  {ProtocolId::icmpv6, "ICMPv6", "icmpv6", "specs/icmpv6.yaml", LayerKind::internet, false, "icmpv6", ""},
  {ProtocolId::ieee8023, "IEEE8023", "ieee8023", "specs/ieee8023.yaml", LayerKind::none, true, "", ""},
  {ProtocolId::igmp, "IGMP", "igmp", "specs/igmp.yaml", LayerKind::internet, false, "igmp", ""},
  {ProtocolId::igmpv2, "IGMPv2", "igmpv2", "specs/igmpv2.yaml", LayerKind::internet, false, "igmp", ""},
  {ProtocolId::igmpv3_query, "IGMPv3-Query", "igmpv3_query", "specs/igmpv3_query.yaml", LayerKind::internet, false, "igmp", ""},
  {ProtocolId::igmpv3_report, "IGMPv3-Report", "igmpv3_report", "specs/igmpv3_report.yaml", LayerKind::internet, false, "igmp", ""},
  {ProtocolId::ipv4, "IPv4", "ipv4", "specs/ipv4.yaml", LayerKind::internet, false, "ip", "IP"},
  {ProtocolId::ipv6, "IPv6", "ipv6", "specs/ipv6.yaml", LayerKind::internet, false, "ipv6", "IP"},
  {ProtocolId::ipv6_frag, "IPv6_Frag", "ipv6_frag", "specs/ipv6_frag.yaml", LayerKind::internet, false, "ipv6.fraghdr", ""},
  {ProtocolId::ipv6_opts, "IPv6_Opts", "ipv6_opts", "specs/ipv6_opts.yaml", LayerKind::internet, false, "ipv6.dstopts", ""},
  {ProtocolId::ipv6_route, "IPv6_Route", "ipv6_route", "specs/ipv6_route.yaml", LayerKind::internet, false, "ipv6.routing", ""},
  {ProtocolId::ipx, "IPX", "ipx", "specs/ipx.yaml", LayerKind::internet, false, "ipx", ""},
  {ProtocolId::l2tp, "L2TP", "l2tp", "specs/l2tp.yaml", LayerKind::link, false, "l2tp", ""},
  {ProtocolId::lcp, "LCP", "lcp", "specs/lcp.yaml", LayerKind::link, false, "lcp", ""},
  {ProtocolId::llc, "LLC", "llc", "specs/llc.yaml", LayerKind::link, false, "llc", ""},
  {ProtocolId::mh, "MH", "mh", "specs/mh.yaml", LayerKind::internet, false, "mipv6", ""},
  {ProtocolId::ntp, "NTP", "ntp", "specs/ntp.yaml", LayerKind::application, false, "ntp", ""},
  {ProtocolId::null, "Null", "null", "specs/null.yaml", LayerKind::link, false, "null", ""},
  {ProtocolId::ospf, "OSPF", "ospf", "specs/ospf.yaml", LayerKind::internet, false, "ospf", ""},
  {ProtocolId::ppp, "PPP", "ppp", "specs/ppp.yaml", LayerKind::link, false, "ppp", ""},
  {ProtocolId::ppp_hdlc, "PPP-HDLC", "ppp_hdlc", "specs/ppp_hdlc.yaml", LayerKind::none, true, "", ""},
  {ProtocolId::pppoed, "PPPoED", "pppoed", "specs/pppoed.yaml", LayerKind::link, false, "pppoed", "PPPoE"},
  {ProtocolId::pppoes, "PPPoES", "pppoes", "specs/pppoes.yaml", LayerKind::link, false, "pppoes", "PPPoE"},
  {ProtocolId::rarp, "RARP", "rarp", "specs/rarp.yaml", LayerKind::link, false, "arp", ""},
  {ProtocolId::raw, "Raw", "raw", "specs/raw.yaml", LayerKind::none, false, "data", ""},
  {ProtocolId::rawip, "RawIP", "raw_ip", "specs/raw_ip.yaml", LayerKind::none, true, "raw", ""},
  {ProtocolId::sll, "SLL", "sll", "specs/sll.yaml", LayerKind::link, false, "sll", ""},
  {ProtocolId::sll2, "SLL2", "sll2", "specs/sll2.yaml", LayerKind::link, false, "sll", ""},
  {ProtocolId::tcp, "TCP", "tcp", "specs/tcp.yaml", LayerKind::transport, false, "tcp", ""},
  {ProtocolId::udp, "UDP", "udp", "specs/udp.yaml", LayerKind::transport, false, "udp", ""},
  {ProtocolId::vlan, "VLAN", "vlan", "specs/vlan.yaml", LayerKind::link, false, "vlan,ieee8021ad", ""},
  {ProtocolId::vxlan, "VXLAN", "vxlan", "specs/vxlan.yaml", LayerKind::link, false, "vxlan", ""},
};

namespace detail {
/// True once a spec has been loaded at run time (jspcap/specs.hpp): then ids past
/// kProtocolCount exist, and a compiled protocol may be replaced by an interpreted one.
extern std::atomic<bool> g_runtime_specs;
const ProtocolInfo& runtime_info(ProtocolId id) noexcept;
std::size_t runtime_protocol_count() noexcept;
std::size_t runtime_table_count() noexcept;
}  // namespace detail

/// What is known of protocol `id` (compiled, or loaded at run time).
inline const ProtocolInfo& info(ProtocolId id) noexcept {
  if (detail::g_runtime_specs.load(std::memory_order_relaxed)) [[unlikely]]
    return detail::runtime_info(id);
  return kProtocols[static_cast<std::size_t>(id)];
}
/// The highest protocol id in use: ids 1..protocol_count() are protocols.
inline std::size_t protocol_count() noexcept {
  if (detail::g_runtime_specs.load(std::memory_order_relaxed)) [[unlikely]]
    return detail::runtime_protocol_count();
  return kProtocolCount;
}
/// The number of dispatch tables: ids 0..table_count()-1.
inline std::size_t table_count() noexcept {
  if (detail::g_runtime_specs.load(std::memory_order_relaxed)) [[unlikely]]
    return detail::runtime_table_count();
  return kTableCount;
}

/// Where bytes nobody claims go (specs/raw.yaml).
inline constexpr ProtocolId kFallbackProtocol = ProtocolId::raw;
/// The table a frame's link type is looked up in.
inline constexpr TableId kLinktypeTable = TableId::linktype;

/// The protocol bound to `key` in `table`, or ProtocolId::none: a decode-as override if one
/// matches (runtime/jspcap/decode_as.hpp), else the specs' `binds:`.
ProtocolId lookup(TableId table, std::uint64_t key) noexcept;
/// The specs' `binds:` only.
ProtocolId builtin_lookup(TableId table, std::uint64_t key) noexcept;
const char* table_name(TableId table) noexcept;
const char* heuristic_name(HeuristicId heuristic) noexcept;
/// The first protocol detected by content at `heuristic` in `n` bytes at `p`, or none.
ProtocolId detect(HeuristicId heuristic, const std::uint8_t* p, std::size_t n) noexcept;

/// The protocols registered for content detection at a heuristic, in the specs' order.
struct HeuristicMember {
  HeuristicId heuristic;
  ProtocolId protocol;
};
inline constexpr HeuristicMember kHeuristicMembers[] = {
  {HeuristicId::tcp, ProtocolId::http},
  {HeuristicId::none, ProtocolId::none},
};

namespace detail {
/// Compiled code only, for the run-time registry: the generated dissectors' content probe.
bool builtin_probe(ProtocolId id, const std::uint8_t* p, std::size_t n) noexcept;
/// Compiled code only: the address field `name` (fixed place) of a compiled layer, as the stream
/// and fragment scopes of run-time specs read it.
bool builtin_read_field(ProtocolId id, std::string_view name, const std::uint8_t* p, std::size_t n,
                        const std::uint8_t*& raw, std::size_t& raw_len, std::uint64_t& value) noexcept;
/// With specs loaded at run time: detect() over the compiled and the run-time protocols.
ProtocolId runtime_detect(HeuristicId heuristic, const std::uint8_t* p, std::size_t n) noexcept;
const char* runtime_table_name(TableId table) noexcept;
const char* runtime_heuristic_name(HeuristicId heuristic) noexcept;
}  // namespace detail

namespace detail {
/// Several candidate keys (e.g. both ports): the lowest bound one wins, as in tshark.
inline ProtocolId lookup_lowest_first(TableId table, std::initializer_list<std::uint64_t> keys,
                                      std::uint64_t& key_out) noexcept {
  ProtocolId best = ProtocolId::none;
  std::uint64_t best_key = ~std::uint64_t{0};
  for (auto k : keys) {
    if (k < best_key) {
      const ProtocolId id = lookup(table, k);
      if (id != ProtocolId::none) { best = id; best_key = k; }
    }
  }
  key_out = best == ProtocolId::none ? *keys.begin() : best_key;
  return best;
}
}  // namespace detail

}  // namespace jspcap
