// Generated from specs/*.yaml by generator/. DO NOT EDIT.
// Packet builders, one class per spec: typed setters by field name. Stack them with `/` and build
// (jspcap/build.hpp); what a setter was not called for is derived or defaulted as the spec says.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "jspcap/build.hpp"

namespace jspcap {

namespace build {
extern const BuildSpec kAhSpec;
extern const BuildSpec kArpSpec;
extern const BuildSpec kDhcpSpec;
extern const BuildSpec kEspSpec;
extern const BuildSpec kEthernetSpec;
extern const BuildSpec kGreSpec;
extern const BuildSpec kHipSpec;
extern const BuildSpec kHopoptSpec;
extern const BuildSpec kHttpSpec;
extern const BuildSpec kIcmpSpec;
extern const BuildSpec kIcmpv6Spec;
extern const BuildSpec kIeee8023Spec;
extern const BuildSpec kIgmpSpec;
extern const BuildSpec kIgmpv2Spec;
extern const BuildSpec kIgmpv3QuerySpec;
extern const BuildSpec kIgmpv3ReportSpec;
extern const BuildSpec kIpv4Spec;
extern const BuildSpec kIpv6Spec;
extern const BuildSpec kIpv6FragSpec;
extern const BuildSpec kIpv6OptsSpec;
extern const BuildSpec kIpv6RouteSpec;
extern const BuildSpec kIpxSpec;
extern const BuildSpec kL2tpSpec;
extern const BuildSpec kLcpSpec;
extern const BuildSpec kLlcSpec;
extern const BuildSpec kMhSpec;
extern const BuildSpec kNtpSpec;
extern const BuildSpec kNullSpec;
extern const BuildSpec kOspfSpec;
extern const BuildSpec kPppSpec;
extern const BuildSpec kPppHdlcSpec;
extern const BuildSpec kPppoedSpec;
extern const BuildSpec kPppoesSpec;
extern const BuildSpec kRarpSpec;
extern const BuildSpec kRawSpec;
extern const BuildSpec kRawipSpec;
extern const BuildSpec kSllSpec;
extern const BuildSpec kSll2Spec;
extern const BuildSpec kTcpSpec;
extern const BuildSpec kUdpSpec;
extern const BuildSpec kVlanSpec;
extern const BuildSpec kVxlanSpec;
}  // namespace build

/// A builder for protocol `id` with every field set from a decoded layer (`layer` = the layer's
/// header and captured payload, as Layer::bytes()); nullptr for a protocol without one.
std::unique_ptr<LayerBuilder> builder_from_layer(ProtocolId id, Bytes layer);
/// An empty builder for protocol `id` (every field unset).
std::unique_ptr<LayerBuilder> make_builder(ProtocolId id);

namespace pkt {

/// AH — RFC 4302 §2 (specs/ah.yaml)
class AH : public LayerBuilder {
 public:
  AH() : LayerBuilder(build::kAhSpec) {}
  /// next header (specs/ah.yaml:11)
  AH& next(std::uint64_t value) { set_uint(0, value); return *this; }
  /// AH length in 4-octet units, minus 2 (specs/ah.yaml:12)
  AH& length(std::uint64_t value) { set_uint(1, value); return *this; }
  ///  (specs/ah.yaml:13)
  AH& reserved(std::uint64_t value) { set_uint(2, value); return *this; }
  /// security parameters index (specs/ah.yaml:14)
  AH& spi(std::uint64_t value) { set_uint(3, value); return *this; }
  /// sequence number (specs/ah.yaml:15)
  AH& seq(std::uint64_t value) { set_uint(4, value); return *this; }
  /// integrity check value (specs/ah.yaml:16)
  AH& icv(std::string_view text) { set_text(5, text); return *this; }
  AH& icv(Bytes value) { set_bytes(5, value); return *this; }
};

/// ARP — RFC 826 (specs/arp.yaml)
class ARP : public LayerBuilder {
 public:
  ARP() : LayerBuilder(build::kArpSpec) {}
  /// hardware type (specs/arp.yaml:9)
  ARP& htype(std::uint64_t value) { set_uint(0, value); return *this; }
  /// protocol type (specs/arp.yaml:10)
  ARP& ptype(std::uint64_t value) { set_uint(1, value); return *this; }
  /// hardware address length (specs/arp.yaml:11)
  ARP& hlen(std::uint64_t value) { set_uint(2, value); return *this; }
  /// protocol address length (specs/arp.yaml:12)
  ARP& plen(std::uint64_t value) { set_uint(3, value); return *this; }
  /// operation (specs/arp.yaml:13)
  ARP& oper(std::uint64_t value) { set_uint(4, value); return *this; }
  /// sender hardware address (specs/arp.yaml:14)
  ARP& sha(std::string_view address) { set_address(5, address); return *this; }
  ARP& sha(Bytes value) { set_bytes(5, value); return *this; }
  /// sender protocol address (specs/arp.yaml:15)
  ARP& spa(std::string_view address) { set_address(6, address); return *this; }
  ARP& spa(Bytes value) { set_bytes(6, value); return *this; }
  /// target hardware address (specs/arp.yaml:16)
  ARP& tha(std::string_view address) { set_address(7, address); return *this; }
  ARP& tha(Bytes value) { set_bytes(7, value); return *this; }
  /// target protocol address (specs/arp.yaml:17)
  ARP& tpa(std::string_view address) { set_address(8, address); return *this; }
  ARP& tpa(Bytes value) { set_bytes(8, value); return *this; }
};

/// DHCP — RFC 2131 §2 (message format); RFC 2132 (options); RFC 951 (BOOTP) (specs/dhcp.yaml)
class DHCP : public LayerBuilder {
 public:
  DHCP() : LayerBuilder(build::kDhcpSpec) {}
  /// message op code: 1 BOOTREQUEST, 2 BOOTREPLY (specs/dhcp.yaml:13)
  DHCP& op(std::uint64_t value) { set_uint(0, value); return *this; }
  /// hardware address type (ARP hardware types) (specs/dhcp.yaml:14)
  DHCP& htype(std::uint64_t value) { set_uint(1, value); return *this; }
  /// hardware address length in bytes (specs/dhcp.yaml:15)
  DHCP& hlen(std::uint64_t value) { set_uint(2, value); return *this; }
  /// relay agents the message went through (specs/dhcp.yaml:16)
  DHCP& hops(std::uint64_t value) { set_uint(3, value); return *this; }
  /// transaction ID chosen by the client (specs/dhcp.yaml:17)
  DHCP& xid(std::uint64_t value) { set_uint(4, value); return *this; }
  /// seconds since the client began acquiring or renewing (specs/dhcp.yaml:18)
  DHCP& secs(std::uint64_t value) { set_uint(5, value); return *this; }
  /// B: the client wants broadcast replies; the other bits must be zero (specs/dhcp.yaml:19)
  DHCP& flags(std::uint64_t value) { set_uint(6, value); return *this; }
  DHCP& flags_broadcast(bool on = true) { set_flag(6, 0x8000, on); return *this; }
  /// client IP address (when it already has one) (specs/dhcp.yaml:20)
  DHCP& ciaddr(std::string_view text) { set_text(7, text); return *this; }
  DHCP& ciaddr(Bytes value) { set_bytes(7, value); return *this; }
  /// 'your' (client) IP address offered or assigned (specs/dhcp.yaml:21)
  DHCP& yiaddr(std::string_view text) { set_text(8, text); return *this; }
  DHCP& yiaddr(Bytes value) { set_bytes(8, value); return *this; }
  /// IP address of the next server to use (boot server) (specs/dhcp.yaml:22)
  DHCP& siaddr(std::string_view text) { set_text(9, text); return *this; }
  DHCP& siaddr(Bytes value) { set_bytes(9, value); return *this; }
  /// relay agent IP address (specs/dhcp.yaml:23)
  DHCP& giaddr(std::string_view text) { set_text(10, text); return *this; }
  DHCP& giaddr(Bytes value) { set_bytes(10, value); return *this; }
  /// client hardware address (its first hlen bytes) (specs/dhcp.yaml:25)
  DHCP& chaddr(std::string_view address) { set_address(11, address); return *this; }
  DHCP& chaddr(Bytes value) { set_bytes(11, value); return *this; }
  ///  (specs/dhcp.yaml:26)
  DHCP& chaddr_padding(std::string_view text) { set_text(12, text); return *this; }
  DHCP& chaddr_padding(Bytes value) { set_bytes(12, value); return *this; }
  /// optional server host name (NUL-terminated) (specs/dhcp.yaml:27)
  DHCP& sname(std::string_view text) { set_text(13, text); return *this; }
  DHCP& sname(Bytes value) { set_bytes(13, value); return *this; }
  /// boot file name (NUL-terminated) (specs/dhcp.yaml:28)
  DHCP& file(std::string_view text) { set_text(14, text); return *this; }
  DHCP& file(Bytes value) { set_bytes(14, value); return *this; }
  /// magic cookie 0x63825363 (99.130.83.99): options follow (RFC 2131 §3) (specs/dhcp.yaml:29)
  DHCP& cookie(std::uint64_t value) { set_uint(15, value); return *this; }
  /// options (RFC 2132) (specs/dhcp.yaml:31)
  DHCP& options(std::string_view text) { set_text(16, text); return *this; }
  DHCP& options(Bytes value) { set_bytes(16, value); return *this; }
  /// Appends one element to options: its kind and data (the length is filled in).
  DHCP& options_add(std::uint32_t kind, Bytes data = {}) { add_element(16, kind, data); return *this; }
};

/// ESP — RFC 4303 §2 (specs/esp.yaml)
class ESP : public LayerBuilder {
 public:
  ESP() : LayerBuilder(build::kEspSpec) {}
  /// security parameters index (specs/esp.yaml:11)
  ESP& spi(std::uint64_t value) { set_uint(0, value); return *this; }
  /// sequence number (specs/esp.yaml:12)
  ESP& seq(std::uint64_t value) { set_uint(1, value); return *this; }
};

/// Ethernet — IEEE 802.3 §3.1 (Ethernet II framing, RFC 894) (specs/ethernet.yaml)
class Ethernet : public LayerBuilder {
 public:
  Ethernet() : LayerBuilder(build::kEthernetSpec) {}
  /// destination MAC address (specs/ethernet.yaml:10)
  Ethernet& dst(std::string_view text) { set_text(0, text); return *this; }
  Ethernet& dst(Bytes value) { set_bytes(0, value); return *this; }
  /// source MAC address (specs/ethernet.yaml:11)
  Ethernet& src(std::string_view text) { set_text(1, text); return *this; }
  Ethernet& src(Bytes value) { set_bytes(1, value); return *this; }
  /// EtherType of the payload (a value up to 1500 is an 802.3 length) (specs/ethernet.yaml:12)
  Ethernet& type(std::uint64_t value) { set_uint(2, value); return *this; }
};

/// GRE — RFC 2784 §2 (GRE); RFC 2890 §2 (key and sequence number); RFC 2637 §4.1 (enhanced GRE of PPTP) (specs/gre.yaml)
class GRE : public LayerBuilder {
 public:
  GRE() : LayerBuilder(build::kGreSpec) {}
  /// C: checksum present, R: routing present (RFC 1701), K: key present, S: sequence number present, s: strict source route (specs/gre.yaml:14)
  GRE& flags(std::uint64_t value) { set_uint(0, value); return *this; }
  GRE& flags_checksum(bool on = true) { set_flag(0, 0x10, on); return *this; }
  GRE& flags_key(bool on = true) { set_flag(0, 0x4, on); return *this; }
  GRE& flags_routing(bool on = true) { set_flag(0, 0x8, on); return *this; }
  GRE& flags_sequence(bool on = true) { set_flag(0, 0x2, on); return *this; }
  GRE& flags_strict_route(bool on = true) { set_flag(0, 0x1, on); return *this; }
  /// recursion control (RFC 1701) (specs/gre.yaml:18)
  GRE& recursion(std::uint64_t value) { set_uint(1, value); return *this; }
  /// A: acknowledgment number present (version 1) (specs/gre.yaml:19)
  GRE& ack(bool on = true) { set_uint(2, on ? 1 : 0); return *this; }
  ///  (specs/gre.yaml:20)
  GRE& reserved(std::uint64_t value) { set_uint(3, value); return *this; }
  /// 0: GRE, 1: enhanced GRE (PPTP) (specs/gre.yaml:21)
  GRE& version(std::uint64_t value) { set_uint(4, value); return *this; }
  /// protocol type of the payload (an EtherType) (specs/gre.yaml:22)
  GRE& proto(std::uint64_t value) { set_uint(5, value); return *this; }
  /// checksum of header and payload (specs/gre.yaml:23)
  GRE& checksum(std::uint64_t value) { set_uint(6, value); return *this; }
  /// offset of the active source route entry (RFC 1701) (specs/gre.yaml:24)
  GRE& offset(std::uint64_t value) { set_uint(7, value); return *this; }
  /// key (RFC 2890) (specs/gre.yaml:25)
  GRE& key(std::uint64_t value) { set_uint(8, value); return *this; }
  /// length of the payload in bytes (version 1) (specs/gre.yaml:26)
  GRE& payload_length(std::uint64_t value) { set_uint(9, value); return *this; }
  /// the peer's call ID (version 1) (specs/gre.yaml:27)
  GRE& call_id(std::uint64_t value) { set_uint(10, value); return *this; }
  /// sequence number (specs/gre.yaml:28)
  GRE& sequence_number(std::uint64_t value) { set_uint(11, value); return *this; }
  /// highest sequence number received (version 1) (specs/gre.yaml:29)
  GRE& ack_number(std::uint64_t value) { set_uint(12, value); return *this; }
};

/// HIP — RFC 7401 §5.1 (specs/hip.yaml)
class HIP : public LayerBuilder {
 public:
  HIP() : LayerBuilder(build::kHipSpec) {}
  /// next header (59 = none) (specs/hip.yaml:10)
  HIP& next(std::uint64_t value) { set_uint(0, value); return *this; }
  /// header length in 8-octet units, not counting the first 8 octets (specs/hip.yaml:11)
  HIP& length(std::uint64_t value) { set_uint(1, value); return *this; }
  ///  (specs/hip.yaml:12)
  HIP& fixed0(std::uint64_t value) { set_uint(2, value); return *this; }
  /// packet type (specs/hip.yaml:13)
  HIP& type(std::uint64_t value) { set_uint(3, value); return *this; }
  /// HIP version (1 or 2) (specs/hip.yaml:14)
  HIP& version(std::uint64_t value) { set_uint(4, value); return *this; }
  ///  (specs/hip.yaml:15)
  HIP& reserved(std::uint64_t value) { set_uint(5, value); return *this; }
  ///  (specs/hip.yaml:16)
  HIP& fixed1(std::uint64_t value) { set_uint(6, value); return *this; }
  /// checksum (specs/hip.yaml:17)
  HIP& chksum(std::uint64_t value) { set_uint(7, value); return *this; }
  /// controls (specs/hip.yaml:18)
  HIP& control(std::uint64_t value) { set_uint(8, value); return *this; }
  HIP& control_anonymous(bool on = true) { set_flag(8, 0x1, on); return *this; }
  /// sender's host identity tag (specs/hip.yaml:19)
  HIP& shit(std::string_view text) { set_text(9, text); return *this; }
  HIP& shit(Bytes value) { set_bytes(9, value); return *this; }
  /// receiver's host identity tag (specs/hip.yaml:20)
  HIP& rhit(std::string_view text) { set_text(10, text); return *this; }
  HIP& rhit(Bytes value) { set_bytes(10, value); return *this; }
  /// HIP parameters (specs/hip.yaml:21)
  HIP& parameters(std::string_view text) { set_text(11, text); return *this; }
  HIP& parameters(Bytes value) { set_bytes(11, value); return *this; }
  /// Appends one element to parameters: its kind and data (the length is filled in).
  HIP& parameters_add(std::uint32_t kind, Bytes data = {}) { add_element(11, kind, data); return *this; }
};

/// HOPOPT — RFC 8200 §4.3 (specs/hopopt.yaml)
class HOPOPT : public LayerBuilder {
 public:
  HOPOPT() : LayerBuilder(build::kHopoptSpec) {}
  /// next header (specs/hopopt.yaml:10)
  HOPOPT& next(std::uint64_t value) { set_uint(0, value); return *this; }
  /// header length in 8-octet units, not counting the first 8 octets (specs/hopopt.yaml:11)
  HOPOPT& length(std::uint64_t value) { set_uint(1, value); return *this; }
  /// options (specs/hopopt.yaml:12)
  HOPOPT& options(std::string_view text) { set_text(2, text); return *this; }
  HOPOPT& options(Bytes value) { set_bytes(2, value); return *this; }
  /// Appends one element to options: its kind and data (the length is filled in).
  HOPOPT& options_add(std::uint32_t kind, Bytes data = {}) { add_element(2, kind, data); return *this; }
};

/// HTTP — RFC 9112 §2–§6 (specs/http.yaml)
class HTTP : public LayerBuilder {
 public:
  HTTP() : LayerBuilder(build::kHttpSpec) {}
  explicit HTTP(Bytes data) : HTTP() { set_bytes(0, data); }
  explicit HTTP(std::string_view text) : HTTP() { set_text(0, text); }
  /// the whole message (start line, headers, body) (specs/http.yaml:1)
  HTTP& message(std::string_view text) { set_text(0, text); return *this; }
  HTTP& message(Bytes value) { set_bytes(0, value); return *this; }
};

/// ICMP — RFC 792 (specs/icmp.yaml)
class ICMP : public LayerBuilder {
 public:
  ICMP() : LayerBuilder(build::kIcmpSpec) {}
  /// message type (specs/icmp.yaml:9)
  ICMP& type(std::uint64_t value) { set_uint(0, value); return *this; }
  /// message code (specs/icmp.yaml:10)
  ICMP& code(std::uint64_t value) { set_uint(1, value); return *this; }
  /// checksum (specs/icmp.yaml:11)
  ICMP& checksum(std::uint64_t value) { set_uint(2, value); return *this; }
  /// identifier (echo, timestamp, information, mask) (specs/icmp.yaml:12)
  ICMP& id(std::uint64_t value) { set_uint(3, value); return *this; }
  /// sequence number (specs/icmp.yaml:13)
  ICMP& seq(std::uint64_t value) { set_uint(4, value); return *this; }
  /// gateway address (redirect) (specs/icmp.yaml:14)
  ICMP& gateway(std::string_view text) { set_text(5, text); return *this; }
  ICMP& gateway(Bytes value) { set_bytes(5, value); return *this; }
  /// octet in error (parameter problem) (specs/icmp.yaml:15)
  ICMP& pointer(std::uint64_t value) { set_uint(6, value); return *this; }
  ///  (specs/icmp.yaml:16)
  ICMP& unused(std::string_view text) { set_text(7, text); return *this; }
  ICMP& unused(Bytes value) { set_bytes(7, value); return *this; }
  ///  (specs/icmp.yaml:17)
  ICMP& rest_of_header(std::string_view text) { set_text(8, text); return *this; }
  ICMP& rest_of_header(Bytes value) { set_bytes(8, value); return *this; }
  /// rest of the header of other types (specs/icmp.yaml:18)
  ICMP& other(std::string_view text) { set_text(9, text); return *this; }
  ICMP& other(Bytes value) { set_bytes(9, value); return *this; }
};

/// ICMPv6 — RFC 4443 §2.1; Neighbor Discovery RFC 4861 §4 (specs/icmpv6.yaml)
class ICMPv6 : public LayerBuilder {
 public:
  ICMPv6() : LayerBuilder(build::kIcmpv6Spec) {}
  /// message type (specs/icmpv6.yaml:9)
  ICMPv6& type(std::uint64_t value) { set_uint(0, value); return *this; }
  /// message code (specs/icmpv6.yaml:10)
  ICMPv6& code(std::uint64_t value) { set_uint(1, value); return *this; }
  /// checksum (specs/icmpv6.yaml:11)
  ICMPv6& checksum(std::uint64_t value) { set_uint(2, value); return *this; }
  /// identifier (echo) (specs/icmpv6.yaml:12)
  ICMPv6& id(std::uint64_t value) { set_uint(3, value); return *this; }
  /// sequence number (echo) (specs/icmpv6.yaml:13)
  ICMPv6& seq(std::uint64_t value) { set_uint(4, value); return *this; }
  /// MTU of the next hop (packet too big) (specs/icmpv6.yaml:14)
  ICMPv6& mtu(std::uint64_t value) { set_uint(5, value); return *this; }
  /// offset of the error (parameter problem) (specs/icmpv6.yaml:15)
  ICMPv6& pointer(std::uint64_t value) { set_uint(6, value); return *this; }
  ///  (specs/icmpv6.yaml:16)
  ICMPv6& unused(std::string_view text) { set_text(7, text); return *this; }
  ICMPv6& unused(Bytes value) { set_bytes(7, value); return *this; }
  /// hop limit for outgoing packets (router advertisement) (specs/icmpv6.yaml:17)
  ICMPv6& cur_hop_limit(std::uint64_t value) { set_uint(8, value); return *this; }
  /// M, O and H flags (specs/icmpv6.yaml:18)
  ICMPv6& ra_flags(std::uint64_t value) { set_uint(9, value); return *this; }
  ICMPv6& ra_flags_home_agent(bool on = true) { set_flag(9, 0x20, on); return *this; }
  ICMPv6& ra_flags_managed(bool on = true) { set_flag(9, 0x80, on); return *this; }
  ICMPv6& ra_flags_other(bool on = true) { set_flag(9, 0x40, on); return *this; }
  /// router lifetime in seconds (specs/icmpv6.yaml:19)
  ICMPv6& router_lifetime(std::uint64_t value) { set_uint(10, value); return *this; }
  /// reachable time in milliseconds (specs/icmpv6.yaml:20)
  ICMPv6& reachable_time(std::uint64_t value) { set_uint(11, value); return *this; }
  /// retransmission timer in milliseconds (specs/icmpv6.yaml:21)
  ICMPv6& retrans_timer(std::uint64_t value) { set_uint(12, value); return *this; }
  /// neighbor advertisement flags (specs/icmpv6.yaml:22)
  ICMPv6& na_flags(std::uint64_t value) { set_uint(13, value); return *this; }
  ICMPv6& na_flags_override(bool on = true) { set_flag(13, 0x20000000, on); return *this; }
  ICMPv6& na_flags_router(bool on = true) { set_flag(13, 0x80000000, on); return *this; }
  ICMPv6& na_flags_solicited(bool on = true) { set_flag(13, 0x40000000, on); return *this; }
  ///  (specs/icmpv6.yaml:23)
  ICMPv6& reserved(std::string_view text) { set_text(14, text); return *this; }
  ICMPv6& reserved(Bytes value) { set_bytes(14, value); return *this; }
  /// target address (neighbor solicitation/advertisement, redirect) (specs/icmpv6.yaml:24)
  ICMPv6& target(std::string_view text) { set_text(15, text); return *this; }
  ICMPv6& target(Bytes value) { set_bytes(15, value); return *this; }
  /// destination address (redirect) (specs/icmpv6.yaml:25)
  ICMPv6& destination(std::string_view text) { set_text(16, text); return *this; }
  ICMPv6& destination(Bytes value) { set_bytes(16, value); return *this; }
  /// message-specific word (the body after it is not decoded yet) (specs/icmpv6.yaml:26)
  ICMPv6& other(std::string_view text) { set_text(17, text); return *this; }
  ICMPv6& other(Bytes value) { set_bytes(17, value); return *this; }
  /// Neighbor Discovery options (specs/icmpv6.yaml:27)
  ICMPv6& options(std::string_view text) { set_text(18, text); return *this; }
  ICMPv6& options(Bytes value) { set_bytes(18, value); return *this; }
  /// Appends one element to options: its kind and data (the length is filled in).
  ICMPv6& options_add(std::uint32_t kind, Bytes data = {}) { add_element(18, kind, data); return *this; }
};

/// IEEE8023 — IEEE 802.3 §3.2.6 (length field); Novell "raw" 802.3 framing of IPX (specs/ieee8023.yaml)
class IEEE8023 : public LayerBuilder {
 public:
  IEEE8023() : LayerBuilder(build::kIeee8023Spec) {}
  /// 0xffff: Novell raw IPX; else the LLC SAPs (specs/ieee8023.yaml:9)
  IEEE8023& first_word(std::uint64_t value) { set_uint(0, value); return *this; }
};

/// IGMP — RFC 2236 §2 (IGMPv2); RFC 3376 §4 (IGMPv3); RFC 1112 App. I (IGMPv1) (specs/igmp.yaml)
class IGMP : public LayerBuilder {
 public:
  IGMP() : LayerBuilder(build::kIgmpSpec) {}
  /// message type (specs/igmp.yaml:15)
  IGMP& type(std::uint64_t value) { set_uint(0, value); return *this; }
  /// maximum response time of a query in 1/10 s (IGMPv3: a code, floating point from 128 on); 0 in IGMPv1 and in reports (specs/igmp.yaml:16)
  IGMP& max_resp(std::uint64_t value) { set_uint(1, value); return *this; }
  /// checksum of the whole IGMP message (specs/igmp.yaml:17)
  IGMP& checksum(std::uint64_t value) { set_uint(2, value); return *this; }
};

/// IGMPv2 — RFC 2236 §2.4 (IGMPv2); RFC 1112 App. I (IGMPv1) (specs/igmpv2.yaml)
class IGMPv2 : public LayerBuilder {
 public:
  IGMPv2() : LayerBuilder(build::kIgmpv2Spec) {}
  /// group address (0.0.0.0 in a general query) (specs/igmpv2.yaml:13)
  IGMPv2& group(std::string_view text) { set_text(0, text); return *this; }
  IGMPv2& group(Bytes value) { set_bytes(0, value); return *this; }
};

/// IGMPv3-Query — RFC 3376 §4.1 (specs/igmpv3_query.yaml)
class Igmpv3Query : public LayerBuilder {
 public:
  Igmpv3Query() : LayerBuilder(build::kIgmpv3QuerySpec) {}
  /// group address (0.0.0.0 in a general query) (specs/igmpv3_query.yaml:11)
  Igmpv3Query& group(std::string_view text) { set_text(0, text); return *this; }
  Igmpv3Query& group(Bytes value) { set_bytes(0, value); return *this; }
  ///  (specs/igmpv3_query.yaml:12)
  Igmpv3Query& reserved(std::uint64_t value) { set_uint(1, value); return *this; }
  /// S: routers suppress their timer updates on hearing it (specs/igmpv3_query.yaml:13)
  Igmpv3Query& suppress(bool on = true) { set_uint(2, on ? 1 : 0); return *this; }
  /// querier's robustness variable (specs/igmpv3_query.yaml:14)
  Igmpv3Query& qrv(std::uint64_t value) { set_uint(3, value); return *this; }
  /// querier's query interval code (seconds; floating point from 128 on) (specs/igmpv3_query.yaml:15)
  Igmpv3Query& qqic(std::uint64_t value) { set_uint(4, value); return *this; }
  /// number of source addresses (specs/igmpv3_query.yaml:16)
  Igmpv3Query& num_src(std::uint64_t value) { set_uint(5, value); return *this; }
  /// the source addresses (specs/igmpv3_query.yaml:18)
  Igmpv3Query& sources(std::string_view text) { set_text(6, text); return *this; }
  Igmpv3Query& sources(Bytes value) { set_bytes(6, value); return *this; }
};

/// IGMPv3-Report — RFC 3376 §4.2 (specs/igmpv3_report.yaml)
class Igmpv3Report : public LayerBuilder {
 public:
  Igmpv3Report() : LayerBuilder(build::kIgmpv3ReportSpec) {}
  ///  (specs/igmpv3_report.yaml:13)
  Igmpv3Report& reserved(std::uint64_t value) { set_uint(0, value); return *this; }
  /// number of group records (specs/igmpv3_report.yaml:14)
  Igmpv3Report& num_grp_recs(std::uint64_t value) { set_uint(1, value); return *this; }
  /// the group records (specs/igmpv3_report.yaml:15)
  Igmpv3Report& records(std::string_view text) { set_text(2, text); return *this; }
  Igmpv3Report& records(Bytes value) { set_bytes(2, value); return *this; }
};

/// IPv4 — RFC 791 §3.1 (specs/ipv4.yaml)
class IPv4 : public LayerBuilder {
 public:
  IPv4() : LayerBuilder(build::kIpv4Spec) {}
  /// IP version (4) (specs/ipv4.yaml:15)
  IPv4& version(std::uint64_t value) { set_uint(0, value); return *this; }
  /// header length in bytes (specs/ipv4.yaml:16)
  IPv4& hdr_len(std::uint64_t value) { set_uint(1, value); return *this; }
  /// differentiated services code point (specs/ipv4.yaml:20)
  IPv4& dscp(std::uint64_t value) { set_uint(2, value); return *this; }
  /// explicit congestion notification (specs/ipv4.yaml:21)
  IPv4& ecn(std::uint64_t value) { set_uint(3, value); return *this; }
  /// total length of the datagram in bytes (specs/ipv4.yaml:22)
  IPv4& len(std::uint64_t value) { set_uint(4, value); return *this; }
  /// identification (specs/ipv4.yaml:23)
  IPv4& id(std::uint64_t value) { set_uint(5, value); return *this; }
  /// reserved, don't fragment, more fragments (specs/ipv4.yaml:24)
  IPv4& flags(std::uint64_t value) { set_uint(6, value); return *this; }
  IPv4& flags_df(bool on = true) { set_flag(6, 0x2, on); return *this; }
  IPv4& flags_mf(bool on = true) { set_flag(6, 0x1, on); return *this; }
  IPv4& flags_rb(bool on = true) { set_flag(6, 0x4, on); return *this; }
  /// fragment offset in bytes (specs/ipv4.yaml:25)
  IPv4& frag_offset(std::uint64_t value) { set_uint(7, value); return *this; }
  /// time to live (specs/ipv4.yaml:26)
  IPv4& ttl(std::uint64_t value) { set_uint(8, value); return *this; }
  /// protocol of the payload (specs/ipv4.yaml:27)
  IPv4& proto(std::uint64_t value) { set_uint(9, value); return *this; }
  /// header checksum (specs/ipv4.yaml:28)
  IPv4& checksum(std::uint64_t value) { set_uint(10, value); return *this; }
  /// source address (specs/ipv4.yaml:29)
  IPv4& src(std::string_view text) { set_text(11, text); return *this; }
  IPv4& src(Bytes value) { set_bytes(11, value); return *this; }
  /// destination address (specs/ipv4.yaml:30)
  IPv4& dst(std::string_view text) { set_text(12, text); return *this; }
  IPv4& dst(Bytes value) { set_bytes(12, value); return *this; }
  /// options (specs/ipv4.yaml:31)
  IPv4& opt(std::string_view text) { set_text(13, text); return *this; }
  IPv4& opt(Bytes value) { set_bytes(13, value); return *this; }
  /// Appends one element to opt: its kind and data (the length is filled in).
  IPv4& opt_add(std::uint32_t kind, Bytes data = {}) { add_element(13, kind, data); return *this; }
};

/// IPv6 — RFC 8200 §3 (specs/ipv6.yaml)
class IPv6 : public LayerBuilder {
 public:
  IPv6() : LayerBuilder(build::kIpv6Spec) {}
  /// IP version (6) (specs/ipv6.yaml:15)
  IPv6& version(std::uint64_t value) { set_uint(0, value); return *this; }
  /// traffic class (specs/ipv6.yaml:16)
  IPv6& tclass(std::uint64_t value) { set_uint(1, value); return *this; }
  /// flow label (specs/ipv6.yaml:17)
  IPv6& label(std::uint64_t value) { set_uint(2, value); return *this; }
  /// payload length in bytes (extension headers included) (specs/ipv6.yaml:18)
  IPv6& payload(std::uint64_t value) { set_uint(3, value); return *this; }
  /// next header (specs/ipv6.yaml:19)
  IPv6& next(std::uint64_t value) { set_uint(4, value); return *this; }
  /// hop limit (specs/ipv6.yaml:20)
  IPv6& limit(std::uint64_t value) { set_uint(5, value); return *this; }
  /// source address (specs/ipv6.yaml:21)
  IPv6& src(std::string_view text) { set_text(6, text); return *this; }
  IPv6& src(Bytes value) { set_bytes(6, value); return *this; }
  /// destination address (specs/ipv6.yaml:22)
  IPv6& dst(std::string_view text) { set_text(7, text); return *this; }
  IPv6& dst(Bytes value) { set_bytes(7, value); return *this; }
};

/// IPv6_Frag — RFC 8200 §4.5 (specs/ipv6_frag.yaml)
class IPv6_Frag : public LayerBuilder {
 public:
  IPv6_Frag() : LayerBuilder(build::kIpv6FragSpec) {}
  /// next header of the fragmentable part (specs/ipv6_frag.yaml:10)
  IPv6_Frag& next(std::uint64_t value) { set_uint(0, value); return *this; }
  ///  (specs/ipv6_frag.yaml:11)
  IPv6_Frag& reserved(std::uint64_t value) { set_uint(1, value); return *this; }
  /// fragment offset in bytes (specs/ipv6_frag.yaml:12)
  IPv6_Frag& offset(std::uint64_t value) { set_uint(2, value); return *this; }
  ///  (specs/ipv6_frag.yaml:13)
  IPv6_Frag& res(std::uint64_t value) { set_uint(3, value); return *this; }
  /// more fragments (specs/ipv6_frag.yaml:14)
  IPv6_Frag& mf(bool on = true) { set_uint(4, on ? 1 : 0); return *this; }
  /// identification (specs/ipv6_frag.yaml:15)
  IPv6_Frag& id(std::uint64_t value) { set_uint(5, value); return *this; }
};

/// IPv6_Opts — RFC 8200 §4.6 (specs/ipv6_opts.yaml)
class IPv6_Opts : public LayerBuilder {
 public:
  IPv6_Opts() : LayerBuilder(build::kIpv6OptsSpec) {}
  /// next header (specs/ipv6_opts.yaml:10)
  IPv6_Opts& next(std::uint64_t value) { set_uint(0, value); return *this; }
  /// header length in 8-octet units, not counting the first 8 octets (specs/ipv6_opts.yaml:11)
  IPv6_Opts& length(std::uint64_t value) { set_uint(1, value); return *this; }
  /// options (specs/ipv6_opts.yaml:12)
  IPv6_Opts& options(std::string_view text) { set_text(2, text); return *this; }
  IPv6_Opts& options(Bytes value) { set_bytes(2, value); return *this; }
  /// Appends one element to options: its kind and data (the length is filled in).
  IPv6_Opts& options_add(std::uint32_t kind, Bytes data = {}) { add_element(2, kind, data); return *this; }
};

/// IPv6_Route — RFC 8200 §4.4 (specs/ipv6_route.yaml)
class IPv6_Route : public LayerBuilder {
 public:
  IPv6_Route() : LayerBuilder(build::kIpv6RouteSpec) {}
  /// next header (specs/ipv6_route.yaml:10)
  IPv6_Route& next(std::uint64_t value) { set_uint(0, value); return *this; }
  /// header length in 8-octet units, not counting the first 8 octets (specs/ipv6_route.yaml:11)
  IPv6_Route& length(std::uint64_t value) { set_uint(1, value); return *this; }
  /// routing type (specs/ipv6_route.yaml:12)
  IPv6_Route& type(std::uint64_t value) { set_uint(2, value); return *this; }
  /// segments left (specs/ipv6_route.yaml:13)
  IPv6_Route& seg_left(std::uint64_t value) { set_uint(3, value); return *this; }
  /// type-specific data (other types as bytes) (specs/ipv6_route.yaml:14)
  IPv6_Route& data(std::string_view text) { set_text(4, text); return *this; }
  IPv6_Route& data(Bytes value) { set_bytes(4, value); return *this; }
};

/// IPX — Novell IPX (NetWare) header (specs/ipx.yaml)
class IPX : public LayerBuilder {
 public:
  IPX() : LayerBuilder(build::kIpxSpec) {}
  /// checksum (0xffff = none) (specs/ipx.yaml:11)
  IPX& chksum(std::uint64_t value) { set_uint(0, value); return *this; }
  /// packet length including the header (specs/ipx.yaml:12)
  IPX& len(std::uint64_t value) { set_uint(1, value); return *this; }
  /// transport control (hop count) (specs/ipx.yaml:13)
  IPX& count(std::uint64_t value) { set_uint(2, value); return *this; }
  /// packet type (specs/ipx.yaml:14)
  IPX& type(std::uint64_t value) { set_uint(3, value); return *this; }
  ///  (specs/ipx.yaml:18)
  IPX& dst_network(std::uint64_t value) { set_uint(4, value); return *this; }
  ///  (specs/ipx.yaml:19)
  IPX& dst_node(std::string_view text) { set_text(5, text); return *this; }
  IPX& dst_node(Bytes value) { set_bytes(5, value); return *this; }
  ///  (specs/ipx.yaml:20)
  IPX& dst_socket(std::uint64_t value) { set_uint(6, value); return *this; }
  ///  (specs/ipx.yaml:24)
  IPX& src_network(std::uint64_t value) { set_uint(7, value); return *this; }
  ///  (specs/ipx.yaml:25)
  IPX& src_node(std::string_view text) { set_text(8, text); return *this; }
  IPX& src_node(Bytes value) { set_bytes(8, value); return *this; }
  ///  (specs/ipx.yaml:26)
  IPX& src_socket(std::uint64_t value) { set_uint(9, value); return *this; }
};

/// L2TP — RFC 2661 §3.1 (L2TPv2); RFC 3931 §3.2.1 (L2TPv3 over UDP) (specs/l2tp.yaml)
class L2TP : public LayerBuilder {
 public:
  L2TP() : LayerBuilder(build::kL2tpSpec) {}
  /// T: control message, L: length present, S: sequence numbers present, O: offset present, P: priority (specs/l2tp.yaml:10)
  L2TP& flags(std::uint64_t value) { set_uint(0, value); return *this; }
  L2TP& flags_len(bool on = true) { set_flag(0, 0x400, on); return *this; }
  L2TP& flags_offset(bool on = true) { set_flag(0, 0x20, on); return *this; }
  L2TP& flags_prio(bool on = true) { set_flag(0, 0x10, on); return *this; }
  L2TP& flags_seq(bool on = true) { set_flag(0, 0x80, on); return *this; }
  L2TP& flags_type(bool on = true) { set_flag(0, 0x800, on); return *this; }
  /// version (specs/l2tp.yaml:14)
  L2TP& ver(std::uint64_t value) { set_uint(1, value); return *this; }
  /// total length of the message (specs/l2tp.yaml:15)
  L2TP& length(std::uint64_t value) { set_uint(2, value); return *this; }
  /// tunnel ID (specs/l2tp.yaml:16)
  L2TP& tunnelid(std::uint64_t value) { set_uint(3, value); return *this; }
  /// session ID (specs/l2tp.yaml:17)
  L2TP& sessionid(std::uint64_t value) { set_uint(4, value); return *this; }
  /// control connection ID (L2TPv3 control message) (specs/l2tp.yaml:18)
  L2TP& ccid(std::uint64_t value) { set_uint(5, value); return *this; }
  ///  (specs/l2tp.yaml:19)
  L2TP& reserved(std::uint64_t value) { set_uint(6, value); return *this; }
  /// session ID (L2TPv3 data message, RFC 3931 §4.1.2.1) (specs/l2tp.yaml:20)
  L2TP& session_id(std::uint64_t value) { set_uint(7, value); return *this; }
  /// sequence number (specs/l2tp.yaml:21)
  L2TP& ns(std::uint64_t value) { set_uint(8, value); return *this; }
  /// next expected sequence number (specs/l2tp.yaml:22)
  L2TP& nr(std::uint64_t value) { set_uint(9, value); return *this; }
  /// offset size (specs/l2tp.yaml:23)
  L2TP& offset(std::uint64_t value) { set_uint(10, value); return *this; }
  ///  (specs/l2tp.yaml:24)
  L2TP& padding(std::string_view text) { set_text(11, text); return *this; }
  L2TP& padding(Bytes value) { set_bytes(11, value); return *this; }
  /// the attribute-value pairs of a control message (specs/l2tp.yaml:25)
  L2TP& avps(std::string_view text) { set_text(12, text); return *this; }
  L2TP& avps(Bytes value) { set_bytes(12, value); return *this; }
};

/// LCP — RFC 1661 §5 (LCP packet formats), §6 (configuration options) (specs/lcp.yaml)
class LCP : public LayerBuilder {
 public:
  LCP() : LayerBuilder(build::kLcpSpec) {}
  /// packet code (specs/lcp.yaml:10)
  LCP& code(std::uint64_t value) { set_uint(0, value); return *this; }
  /// matches requests and replies (specs/lcp.yaml:11)
  LCP& identifier(std::uint64_t value) { set_uint(1, value); return *this; }
  /// length of the packet in bytes (code to data) (specs/lcp.yaml:12)
  LCP& length(std::uint64_t value) { set_uint(2, value); return *this; }
  /// the data of the code (other codes as bytes) (specs/lcp.yaml:13)
  LCP& body(std::string_view text) { set_text(3, text); return *this; }
  LCP& body(Bytes value) { set_bytes(3, value); return *this; }
};

/// LLC — IEEE 802.2 §3 (LLC); RFC 1042 (SNAP) (specs/llc.yaml)
class LLC : public LayerBuilder {
 public:
  LLC() : LayerBuilder(build::kLlcSpec) {}
  /// destination service access point (specs/llc.yaml:8)
  LLC& dsap(std::uint64_t value) { set_uint(0, value); return *this; }
  /// source service access point (low bit set on responses) (specs/llc.yaml:9)
  LLC& ssap(std::uint64_t value) { set_uint(1, value); return *this; }
  /// control field (one byte for U-format frames) (specs/llc.yaml:10)
  LLC& control(std::uint64_t value) { set_uint(2, value); return *this; }
  /// second control byte (I- and S-format frames) (specs/llc.yaml:11)
  LLC& control_ext(std::uint64_t value) { set_uint(3, value); return *this; }
  /// SNAP organisation code (specs/llc.yaml:12)
  LLC& oui(std::uint64_t value) { set_uint(4, value); return *this; }
  /// SNAP protocol ID (an EtherType when the OUI is 0) (specs/llc.yaml:13)
  LLC& pid(std::uint64_t value) { set_uint(5, value); return *this; }
};

/// MH — RFC 6275 §6.1 (specs/mh.yaml)
class MH : public LayerBuilder {
 public:
  MH() : LayerBuilder(build::kMhSpec) {}
  /// payload proto (59 = none) (specs/mh.yaml:11)
  MH& next(std::uint64_t value) { set_uint(0, value); return *this; }
  /// header length in 8-octet units, not counting the first 8 octets (specs/mh.yaml:12)
  MH& length(std::uint64_t value) { set_uint(1, value); return *this; }
  /// MH type (specs/mh.yaml:13)
  MH& type(std::uint64_t value) { set_uint(2, value); return *this; }
  ///  (specs/mh.yaml:14)
  MH& reserved(std::uint64_t value) { set_uint(3, value); return *this; }
  /// checksum (specs/mh.yaml:15)
  MH& chksum(std::uint64_t value) { set_uint(4, value); return *this; }
  /// the message of the MH type (other types as bytes) (specs/mh.yaml:16)
  MH& message(std::string_view text) { set_text(5, text); return *this; }
  MH& message(Bytes value) { set_bytes(5, value); return *this; }
};

/// NTP — RFC 5905 §7.3 (packet header); RFC 9327 (mode 6 control messages) (specs/ntp.yaml)
class NTP : public LayerBuilder {
 public:
  NTP() : LayerBuilder(build::kNtpSpec) {}
  /// leap indicator (mode 7: the response and more bits) (specs/ntp.yaml:17)
  NTP& li(std::uint64_t value) { set_uint(0, value); return *this; }
  /// version number (specs/ntp.yaml:18)
  NTP& vn(std::uint64_t value) { set_uint(1, value); return *this; }
  /// association mode (specs/ntp.yaml:19)
  NTP& mode(std::uint64_t value) { set_uint(2, value); return *this; }
  /// 0 unspecified (kiss-o'-death), 1 primary server, 2-15 secondary (specs/ntp.yaml:20)
  NTP& stratum(std::uint64_t value) { set_uint(3, value); return *this; }
  /// maximum interval between messages, log2 seconds (signed) (specs/ntp.yaml:21)
  NTP& poll(std::uint64_t value) { set_uint(4, value); return *this; }
  /// precision of the system clock, log2 seconds (signed: 236 is -20) (specs/ntp.yaml:22)
  NTP& precision(std::uint64_t value) { set_uint(5, value); return *this; }
  /// round-trip delay to the reference clock (NTP short format) (specs/ntp.yaml:23)
  NTP& root_delay(std::uint64_t value) { set_uint(6, value); return *this; }
  /// dispersion to the reference clock (NTP short format) (specs/ntp.yaml:24)
  NTP& root_dispersion(std::uint64_t value) { set_uint(7, value); return *this; }
  /// reference ID: four ASCII characters at stratum 0 and 1 (kiss code, reference source), else the server's IPv4 address (or the first 4 bytes of the MD5 of its IPv6 address) (specs/ntp.yaml:25)
  NTP& ref_id(std::uint64_t value) { set_uint(8, value); return *this; }
  /// reference timestamp, when the system clock was last set: seconds since 1900-01-01 (era 0) (specs/ntp.yaml:26)
  NTP& reftime_seconds(std::uint64_t value) { set_uint(9, value); return *this; }
  /// its fraction of a second in units of 2^-32 s (specs/ntp.yaml:27)
  NTP& reftime_fraction(std::uint64_t value) { set_uint(10, value); return *this; }
  /// origin timestamp (in a response: the request's transmit time), seconds (specs/ntp.yaml:28)
  NTP& org_seconds(std::uint64_t value) { set_uint(11, value); return *this; }
  /// its fraction of a second (specs/ntp.yaml:29)
  NTP& org_fraction(std::uint64_t value) { set_uint(12, value); return *this; }
  /// receive timestamp (when the request reached the server), seconds (specs/ntp.yaml:30)
  NTP& rec_seconds(std::uint64_t value) { set_uint(13, value); return *this; }
  /// its fraction of a second (specs/ntp.yaml:31)
  NTP& rec_fraction(std::uint64_t value) { set_uint(14, value); return *this; }
  /// transmit timestamp (when this message left), seconds (specs/ntp.yaml:32)
  NTP& xmt_seconds(std::uint64_t value) { set_uint(15, value); return *this; }
  /// its fraction of a second (specs/ntp.yaml:33)
  NTP& xmt_fraction(std::uint64_t value) { set_uint(16, value); return *this; }
  /// the header and data of a control (mode 6) or private (mode 7) message (specs/ntp.yaml:35)
  NTP& control(std::string_view text) { set_text(17, text); return *this; }
  NTP& control(Bytes value) { set_bytes(17, value); return *this; }
};

/// Null — tcpdump.org LINKTYPE_NULL and LINKTYPE_LOOP (specs/null.yaml)
class Null : public LayerBuilder {
 public:
  Null() : LayerBuilder(build::kNullSpec) {}
  /// address family of the payload (specs/null.yaml:10)
  Null& family(std::uint64_t value) { set_uint(0, value); return *this; }
};

/// OSPF — RFC 2328 §A.3 (OSPFv2); RFC 5340 §A.3 (OSPFv3) (specs/ospf.yaml)
class OSPF : public LayerBuilder {
 public:
  OSPF() : LayerBuilder(build::kOspfSpec) {}
  /// OSPF version (specs/ospf.yaml:14)
  OSPF& version(std::uint64_t value) { set_uint(0, value); return *this; }
  /// packet type (specs/ospf.yaml:15)
  OSPF& type(std::uint64_t value) { set_uint(1, value); return *this; }
  /// packet length including this header (specs/ospf.yaml:16)
  OSPF& len(std::uint64_t value) { set_uint(2, value); return *this; }
  /// router ID (specs/ospf.yaml:17)
  OSPF& router_id(std::string_view text) { set_text(3, text); return *this; }
  OSPF& router_id(Bytes value) { set_bytes(3, value); return *this; }
  /// area ID (specs/ospf.yaml:18)
  OSPF& area_id(std::string_view text) { set_text(4, text); return *this; }
  OSPF& area_id(Bytes value) { set_bytes(4, value); return *this; }
  /// checksum (specs/ospf.yaml:19)
  OSPF& chksum(std::uint64_t value) { set_uint(5, value); return *this; }
  /// authentication type (specs/ospf.yaml:20)
  OSPF& autype(std::uint64_t value) { set_uint(6, value); return *this; }
  /// authentication data (specs/ospf.yaml:21)
  OSPF& auth(std::string_view text) { set_text(7, text); return *this; }
  OSPF& auth(Bytes value) { set_bytes(7, value); return *this; }
  /// instance ID (specs/ospf.yaml:22)
  OSPF& instance_id(std::uint64_t value) { set_uint(8, value); return *this; }
  ///  (specs/ospf.yaml:23)
  OSPF& reserved(std::uint64_t value) { set_uint(9, value); return *this; }
  /// the packet of this type and version (specs/ospf.yaml:24)
  OSPF& body(std::string_view text) { set_text(10, text); return *this; }
  OSPF& body(Bytes value) { set_bytes(10, value); return *this; }
};

/// PPP — RFC 1661 §2 (PPP encapsulation); RFC 1662 §3.1 (HDLC-like framing) (specs/ppp.yaml)
class PPP : public LayerBuilder {
 public:
  PPP() : LayerBuilder(build::kPppSpec) {}
  /// protocol of the payload (specs/ppp.yaml:12)
  PPP& protocol(std::uint64_t value) { set_uint(0, value); return *this; }
};

/// PPP-HDLC — RFC 1662 §3.1 (address and control fields); RFC 1661 §6.6 (their compression) (specs/ppp_hdlc.yaml)
class PppHdlc : public LayerBuilder {
 public:
  PppHdlc() : LayerBuilder(build::kPppHdlcSpec) {}
  /// all-stations address 0xff (specs/ppp_hdlc.yaml:14)
  PppHdlc& address(std::uint64_t value) { set_uint(0, value); return *this; }
  /// unnumbered information 0x03 (specs/ppp_hdlc.yaml:15)
  PppHdlc& control(std::uint64_t value) { set_uint(1, value); return *this; }
};

/// PPPoED — RFC 2516 §4 (PPPoE packet format), §5 (discovery stage), Appendix A (tags) (specs/pppoed.yaml)
class PPPoED : public LayerBuilder {
 public:
  PPPoED() : LayerBuilder(build::kPppoedSpec) {}
  /// PPPoE version (1) (specs/pppoed.yaml:11)
  PPPoED& version(std::uint64_t value) { set_uint(0, value); return *this; }
  /// PPPoE type (1) (specs/pppoed.yaml:12)
  PPPoED& type(std::uint64_t value) { set_uint(1, value); return *this; }
  /// packet code: PADI 0x09, PADO 0x07, PADR 0x19, PADS 0x65, PADT 0xa7 (specs/pppoed.yaml:13)
  PPPoED& code(std::uint64_t value) { set_uint(2, value); return *this; }
  /// session ID (0 until PADS assigns one) (specs/pppoed.yaml:14)
  PPPoED& session_id(std::uint64_t value) { set_uint(3, value); return *this; }
  /// length of the tags in bytes (specs/pppoed.yaml:15)
  PPPoED& payload_length(std::uint64_t value) { set_uint(4, value); return *this; }
  /// the discovery tags (specs/pppoed.yaml:16)
  PPPoED& tags(std::string_view text) { set_text(5, text); return *this; }
  PPPoED& tags(Bytes value) { set_bytes(5, value); return *this; }
  /// Appends one element to tags: its kind and data (the length is filled in).
  PPPoED& tags_add(std::uint32_t kind, Bytes data = {}) { add_element(5, kind, data); return *this; }
};

/// PPPoES — RFC 2516 §4 (PPPoE packet format), §6 (session stage) (specs/pppoes.yaml)
class PPPoES : public LayerBuilder {
 public:
  PPPoES() : LayerBuilder(build::kPppoesSpec) {}
  /// PPPoE version (1) (specs/pppoes.yaml:11)
  PPPoES& version(std::uint64_t value) { set_uint(0, value); return *this; }
  /// PPPoE type (1) (specs/pppoes.yaml:12)
  PPPoES& type(std::uint64_t value) { set_uint(1, value); return *this; }
  /// packet code (0: session data) (specs/pppoes.yaml:13)
  PPPoES& code(std::uint64_t value) { set_uint(2, value); return *this; }
  /// session ID (specs/pppoes.yaml:14)
  PPPoES& session_id(std::uint64_t value) { set_uint(3, value); return *this; }
  /// length of the payload in bytes (the Ethernet padding after it excluded) (specs/pppoes.yaml:15)
  PPPoES& payload_length(std::uint64_t value) { set_uint(4, value); return *this; }
};

/// RARP — RFC 903 (specs/rarp.yaml)
class RARP : public LayerBuilder {
 public:
  RARP() : LayerBuilder(build::kRarpSpec) {}
  /// hardware type (specs/rarp.yaml:9)
  RARP& htype(std::uint64_t value) { set_uint(0, value); return *this; }
  /// protocol type (specs/rarp.yaml:10)
  RARP& ptype(std::uint64_t value) { set_uint(1, value); return *this; }
  /// hardware address length (specs/rarp.yaml:11)
  RARP& hlen(std::uint64_t value) { set_uint(2, value); return *this; }
  /// protocol address length (specs/rarp.yaml:12)
  RARP& plen(std::uint64_t value) { set_uint(3, value); return *this; }
  /// operation (specs/rarp.yaml:13)
  RARP& oper(std::uint64_t value) { set_uint(4, value); return *this; }
  /// sender hardware address (specs/rarp.yaml:14)
  RARP& sha(std::string_view address) { set_address(5, address); return *this; }
  RARP& sha(Bytes value) { set_bytes(5, value); return *this; }
  /// sender protocol address (specs/rarp.yaml:15)
  RARP& spa(std::string_view address) { set_address(6, address); return *this; }
  RARP& spa(Bytes value) { set_bytes(6, value); return *this; }
  /// target hardware address (specs/rarp.yaml:16)
  RARP& tha(std::string_view address) { set_address(7, address); return *this; }
  RARP& tha(Bytes value) { set_bytes(7, value); return *this; }
  /// target protocol address (specs/rarp.yaml:17)
  RARP& tpa(std::string_view address) { set_address(8, address); return *this; }
  RARP& tpa(Bytes value) { set_bytes(8, value); return *this; }
};

/// Raw (specs/raw.yaml)
class Raw : public LayerBuilder {
 public:
  Raw() : LayerBuilder(build::kRawSpec) {}
  explicit Raw(Bytes data) : Raw() { set_bytes(0, data); }
  explicit Raw(std::string_view text) : Raw() { set_text(0, text); }
  /// the unclaimed bytes (specs/raw.yaml:7)
  Raw& packet(std::string_view text) { set_text(0, text); return *this; }
  Raw& packet(Bytes value) { set_bytes(0, value); return *this; }
};

/// RawIP — tcpdump.org LINKTYPE_RAW (specs/raw_ip.yaml)
class RawIP : public LayerBuilder {
 public:
  RawIP() : LayerBuilder(build::kRawipSpec) {}
  ///  (specs/raw_ip.yaml:10)
  RawIP& version(std::uint64_t value) { set_uint(0, value); return *this; }
  ///  (specs/raw_ip.yaml:11)
  RawIP& rest_of_byte(std::uint64_t value) { set_uint(1, value); return *this; }
};

/// SLL — tcpdump.org LINKTYPE_LINUX_SLL (specs/sll.yaml)
class SLL : public LayerBuilder {
 public:
  SLL() : LayerBuilder(build::kSllSpec) {}
  /// packet type (specs/sll.yaml:10)
  SLL& pkttype(std::uint64_t value) { set_uint(0, value); return *this; }
  /// link-layer address type (ARPHRD_) (specs/sll.yaml:11)
  SLL& hatype(std::uint64_t value) { set_uint(1, value); return *this; }
  /// link-layer address length (specs/sll.yaml:12)
  SLL& halen(std::uint64_t value) { set_uint(2, value); return *this; }
  /// link-layer address (first halen bytes meaningful) (specs/sll.yaml:13)
  SLL& src(std::string_view address) { set_address(3, address); return *this; }
  SLL& src(Bytes value) { set_bytes(3, value); return *this; }
  /// protocol type (an EtherType for most hatypes) (specs/sll.yaml:14)
  SLL& protocol(std::uint64_t value) { set_uint(4, value); return *this; }
};

/// SLL2 — tcpdump.org LINKTYPE_LINUX_SLL2 (specs/sll2.yaml)
class SLL2 : public LayerBuilder {
 public:
  SLL2() : LayerBuilder(build::kSll2Spec) {}
  /// protocol type (an EtherType for most hatypes) (specs/sll2.yaml:10)
  SLL2& protocol(std::uint64_t value) { set_uint(0, value); return *this; }
  ///  (specs/sll2.yaml:11)
  SLL2& reserved(std::uint64_t value) { set_uint(1, value); return *this; }
  /// interface index (specs/sll2.yaml:12)
  SLL2& ifindex(std::uint64_t value) { set_uint(2, value); return *this; }
  /// link-layer address type (ARPHRD_) (specs/sll2.yaml:13)
  SLL2& hatype(std::uint64_t value) { set_uint(3, value); return *this; }
  /// packet type (specs/sll2.yaml:14)
  SLL2& pkttype(std::uint64_t value) { set_uint(4, value); return *this; }
  /// link-layer address length (specs/sll2.yaml:15)
  SLL2& halen(std::uint64_t value) { set_uint(5, value); return *this; }
  /// link-layer address (first halen bytes meaningful) (specs/sll2.yaml:16)
  SLL2& src(std::string_view address) { set_address(6, address); return *this; }
  SLL2& src(Bytes value) { set_bytes(6, value); return *this; }
};

/// TCP — RFC 9293 §3.1 (specs/tcp.yaml)
class TCP : public LayerBuilder {
 public:
  TCP() : LayerBuilder(build::kTcpSpec) {}
  /// source port (specs/tcp.yaml:9)
  TCP& srcport(std::uint64_t value) { set_uint(0, value); return *this; }
  /// destination port (specs/tcp.yaml:10)
  TCP& dstport(std::uint64_t value) { set_uint(1, value); return *this; }
  /// sequence number (specs/tcp.yaml:11)
  TCP& seq(std::uint64_t value) { set_uint(2, value); return *this; }
  /// acknowledgment number (specs/tcp.yaml:12)
  TCP& ack(std::uint64_t value) { set_uint(3, value); return *this; }
  /// data offset (header length) in bytes (specs/tcp.yaml:13)
  TCP& hdr_len(std::uint64_t value) { set_uint(4, value); return *this; }
  ///  (specs/tcp.yaml:14)
  TCP& reserved(std::uint64_t value) { set_uint(5, value); return *this; }
  /// control bits (specs/tcp.yaml:15)
  TCP& flags(std::uint64_t value) { set_uint(6, value); return *this; }
  TCP& flags_ack(bool on = true) { set_flag(6, 0x10, on); return *this; }
  TCP& flags_cwr(bool on = true) { set_flag(6, 0x80, on); return *this; }
  TCP& flags_ecn(bool on = true) { set_flag(6, 0x40, on); return *this; }
  TCP& flags_fin(bool on = true) { set_flag(6, 0x1, on); return *this; }
  TCP& flags_ns(bool on = true) { set_flag(6, 0x100, on); return *this; }
  TCP& flags_push(bool on = true) { set_flag(6, 0x8, on); return *this; }
  TCP& flags_reset(bool on = true) { set_flag(6, 0x4, on); return *this; }
  TCP& flags_syn(bool on = true) { set_flag(6, 0x2, on); return *this; }
  TCP& flags_urg(bool on = true) { set_flag(6, 0x20, on); return *this; }
  /// window (unscaled) (specs/tcp.yaml:19)
  TCP& window_size(std::uint64_t value) { set_uint(7, value); return *this; }
  /// checksum (specs/tcp.yaml:20)
  TCP& checksum(std::uint64_t value) { set_uint(8, value); return *this; }
  /// urgent pointer (specs/tcp.yaml:21)
  TCP& urgent_pointer(std::uint64_t value) { set_uint(9, value); return *this; }
  /// options (specs/tcp.yaml:22)
  TCP& opt(std::string_view text) { set_text(10, text); return *this; }
  TCP& opt(Bytes value) { set_bytes(10, value); return *this; }
  /// Appends one element to opt: its kind and data (the length is filled in).
  TCP& opt_add(std::uint32_t kind, Bytes data = {}) { add_element(10, kind, data); return *this; }
};

/// UDP — RFC 768 (specs/udp.yaml)
class UDP : public LayerBuilder {
 public:
  UDP() : LayerBuilder(build::kUdpSpec) {}
  /// source port (specs/udp.yaml:9)
  UDP& srcport(std::uint64_t value) { set_uint(0, value); return *this; }
  /// destination port (specs/udp.yaml:10)
  UDP& dstport(std::uint64_t value) { set_uint(1, value); return *this; }
  /// length of header and data in bytes (specs/udp.yaml:11)
  UDP& len(std::uint64_t value) { set_uint(2, value); return *this; }
  /// checksum (specs/udp.yaml:12)
  UDP& checksum(std::uint64_t value) { set_uint(3, value); return *this; }
};

/// VLAN — IEEE 802.1Q-2018 §9.6 (C-TAG and S-TAG) (specs/vlan.yaml)
class VLAN : public LayerBuilder {
 public:
  VLAN() : LayerBuilder(build::kVlanSpec) {}
  /// priority code point (specs/vlan.yaml:13)
  VLAN& pcp(std::uint64_t value) { set_uint(0, value); return *this; }
  /// drop eligible indicator (specs/vlan.yaml:14)
  VLAN& dei(bool on = true) { set_uint(1, on ? 1 : 0); return *this; }
  /// VLAN identifier (specs/vlan.yaml:15)
  VLAN& vid(std::uint64_t value) { set_uint(2, value); return *this; }
  /// EtherType of the payload (specs/vlan.yaml:16)
  VLAN& type(std::uint64_t value) { set_uint(3, value); return *this; }
};

/// VXLAN — RFC 7348 §5 (VXLAN frame format) (specs/vxlan.yaml)
class VXLAN : public LayerBuilder {
 public:
  VXLAN() : LayerBuilder(build::kVxlanSpec) {}
  /// I: the VNI is valid (RFC 7348); G, D, A: group policy extension; the other bits are reserved (specs/vxlan.yaml:10)
  VXLAN& flags(std::uint64_t value) { set_uint(0, value); return *this; }
  VXLAN& flags_dont_learn(bool on = true) { set_flag(0, 0x40, on); return *this; }
  VXLAN& flags_group_policy(bool on = true) { set_flag(0, 0x8000, on); return *this; }
  VXLAN& flags_instance(bool on = true) { set_flag(0, 0x800, on); return *this; }
  VXLAN& flags_policy_applied(bool on = true) { set_flag(0, 0x8, on); return *this; }
  /// group policy ID (reserved in RFC 7348) (specs/vxlan.yaml:15)
  VXLAN& gbp(std::uint64_t value) { set_uint(1, value); return *this; }
  /// VXLAN network identifier (specs/vxlan.yaml:16)
  VXLAN& vni(std::uint64_t value) { set_uint(2, value); return *this; }
  ///  (specs/vxlan.yaml:17)
  VXLAN& reserved(std::uint64_t value) { set_uint(3, value); return *this; }
};

}  // namespace pkt
}  // namespace jspcap
