// Generated from specs/tables/*.yaml by generator/. DO NOT EDIT.
// Named constants shared by specs. Each function returns the name of a value, or nullptr.
#pragma once

#include <cstdint>
#include <string_view>

namespace jspcap::enums {

/// ARP hardware types (IANA arp-parameters, also Linux ARPHRD_ for cooked captures) (specs/tables/arp_hrd.yaml)
inline const char* arp_hrd(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "NET/ROM";
    case 0x1: return "Ethernet";
    case 0x2: return "Experimental Ethernet";
    case 0x3: return "AX.25";
    case 0x4: return "ProNET token ring";
    case 0x5: return "Chaos";
    case 0x6: return "IEEE 802";
    case 0x7: return "ARCNET";
    case 0x8: return "Hyperchannel";
    case 0x9: return "Lanstar";
    case 0xa: return "Autonet short address";
    case 0xb: return "LocalTalk";
    case 0xc: return "LocalNet";
    case 0xd: return "Ultra link";
    case 0xe: return "SMDS";
    case 0xf: return "Frame Relay";
    case 0x10: return "ATM";
    case 0x11: return "HDLC";
    case 0x12: return "Fibre Channel";
    case 0x13: return "ATM (RFC 2225)";
    case 0x14: return "Serial line";
    case 0x15: return "ATM (MARS)";
    case 0x16: return "MIL-STD-188-220";
    case 0x17: return "Metricom";
    case 0x18: return "IEEE 1394";
    case 0x19: return "MAPOS";
    case 0x1a: return "Twinaxial";
    case 0x1b: return "EUI-64";
    case 0x1c: return "HIPARC";
    case 0x1d: return "IP over ISO 7816-3";
    case 0x1e: return "ARPSec";
    case 0x1f: return "IPsec tunnel";
    case 0x20: return "InfiniBand";
    case 0x21: return "TIA-102 P25 CAI";
    case 0x22: return "Wiegand";
    case 0x23: return "Pure IP";
    case 0x24: return "HW_EXP1";
    case 0x25: return "HFI";
    case 0x26: return "Unified Bus";
    case 0x100: return "SLIP (Linux)";
    case 0x200: return "PPP (Linux)";
    case 0x300: return "IP-in-IP tunnel (Linux)";
    case 0x301: return "IPv6-in-IPv4 (Linux)";
    case 0x304: return "Loopback (Linux)";
    case 0x308: return "IPv6-in-IPv4 SIT (Linux)";
    case 0x30a: return "GRE (Linux)";
    case 0x321: return "IEEE 802.11 (Linux)";
    case 0x323: return "IEEE 802.11 radiotap (Linux)";
    case 0x324: return "IEEE 802.15.4 (Linux)";
    case 0x337: return "IP6GRE (Linux)";
    case 0x338: return "Netlink (Linux)";
    case 0x339: return "6LoWPAN (Linux)";
    case 0xfffe: return "None (Linux)";
    case 0xffff: return "Void (Linux)";
    default: return nullptr;
  }
}

/// ARP operation codes (IANA arp-parameters) (specs/tables/arp_oper.yaml)
inline const char* arp_oper(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "REQUEST";
    case 0x2: return "REPLY";
    case 0x3: return "request Reverse";
    case 0x4: return "reply Reverse";
    case 0x5: return "DRARP-Request";
    case 0x6: return "DRARP-Reply";
    case 0x7: return "DRARP-Error";
    case 0x8: return "InARP-Request";
    case 0x9: return "InARP-Reply";
    case 0xa: return "ARP-NAK";
    case 0xb: return "MARS-Request";
    case 0xc: return "MARS-Multi";
    case 0xd: return "MARS-MServ";
    case 0xe: return "MARS-Join";
    case 0xf: return "MARS-Leave";
    case 0x10: return "MARS-NAK";
    case 0x11: return "MARS-Unserv";
    case 0x12: return "MARS-SJoin";
    case 0x13: return "MARS-SLeave";
    case 0x14: return "MARS-Grouplist-Request";
    case 0x15: return "MARS-Grouplist-Reply";
    case 0x16: return "MARS-Redirect-Map";
    case 0x17: return "MAPOS-UNARP";
    case 0x18: return "OP_EXP1";
    case 0x19: return "OP_EXP2";
    default: return nullptr;
  }
}

/// Address families in BSD loopback (LINKTYPE_NULL) headers; AF_INET6 differs by OS (specs/tables/bsd_af.yaml)
inline const char* bsd_af(std::uint64_t v) noexcept {
  switch (v) {
    case 0x2: return "AF_INET";
    case 0x7: return "AF_ISO";
    case 0x17: return "AF_IPX";
    case 0x18: return "AF_INET6 (NetBSD, OpenBSD)";
    case 0x1c: return "AF_INET6 (FreeBSD)";
    case 0x1e: return "AF_INET6 (Darwin)";
    default: return nullptr;
  }
}

/// DHCP message types, option 53 (IANA bootp-dhcp-parameters, RFC 2132 §9.6) (specs/tables/dhcp_message_type.yaml)
inline const char* dhcp_message_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "DHCPDISCOVER";
    case 0x2: return "DHCPOFFER";
    case 0x3: return "DHCPREQUEST";
    case 0x4: return "DHCPDECLINE";
    case 0x5: return "DHCPACK";
    case 0x6: return "DHCPNAK";
    case 0x7: return "DHCPRELEASE";
    case 0x8: return "DHCPINFORM";
    case 0x9: return "DHCPFORCERENEW";
    case 0xa: return "DHCPLEASEQUERY";
    case 0xb: return "DHCPLEASEUNASSIGNED";
    case 0xc: return "DHCPLEASEUNKNOWN";
    case 0xd: return "DHCPLEASEACTIVE";
    case 0xe: return "DHCPBULKLEASEQUERY";
    case 0xf: return "DHCPLEASEQUERYDONE";
    case 0x10: return "DHCPACTIVELEASEQUERY";
    case 0x11: return "DHCPLEASEQUERYSTATUS";
    case 0x12: return "DHCPTLS";
    default: return nullptr;
  }
}

/// BOOTP/DHCP message op codes (RFC 951, RFC 2131 §2) (specs/tables/dhcp_op.yaml)
inline const char* dhcp_op(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "BOOTREQUEST";
    case 0x2: return "BOOTREPLY";
    default: return nullptr;
  }
}

/// BOOTP vendor extensions and DHCP options (IANA bootp-dhcp-parameters, RFC 2132) (specs/tables/dhcp_option.yaml)
inline const char* dhcp_option(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Pad";
    case 0x1: return "Subnet Mask";
    case 0x2: return "Time Offset";
    case 0x3: return "Router";
    case 0x4: return "Time Server";
    case 0x5: return "Name Server";
    case 0x6: return "Domain Server";
    case 0x7: return "Log Server";
    case 0x8: return "Quotes Server";
    case 0x9: return "LPR Server";
    case 0xa: return "Impress Server";
    case 0xb: return "RLP Server";
    case 0xc: return "Hostname";
    case 0xd: return "Boot File Size";
    case 0xe: return "Merit Dump File";
    case 0xf: return "Domain Name";
    case 0x10: return "Swap Server";
    case 0x11: return "Root Path";
    case 0x12: return "Extension File";
    case 0x13: return "Forward On/Off";
    case 0x14: return "SrcRte On/Off";
    case 0x15: return "Policy Filter";
    case 0x16: return "Max DG Assembly";
    case 0x17: return "Default IP TTL";
    case 0x18: return "MTU Timeout";
    case 0x19: return "MTU Plateau";
    case 0x1a: return "MTU Interface";
    case 0x1b: return "MTU Subnet";
    case 0x1c: return "Broadcast Address";
    case 0x1d: return "Mask Discovery";
    case 0x1e: return "Mask Supplier";
    case 0x1f: return "Router Discovery";
    case 0x20: return "Router Request";
    case 0x21: return "Static Route";
    case 0x22: return "Trailers";
    case 0x23: return "ARP Timeout";
    case 0x24: return "Ethernet";
    case 0x25: return "Default TCP TTL";
    case 0x26: return "Keepalive Time";
    case 0x27: return "Keepalive Data";
    case 0x28: return "NIS Domain";
    case 0x29: return "NIS Servers";
    case 0x2a: return "NTP Servers";
    case 0x2b: return "Vendor Specific";
    case 0x2c: return "NETBIOS Name Srv";
    case 0x2d: return "NETBIOS Dist Srv";
    case 0x2e: return "NETBIOS Node Type";
    case 0x2f: return "NETBIOS Scope";
    case 0x30: return "X Window Font";
    case 0x31: return "X Window Manager";
    case 0x32: return "Address Request";
    case 0x33: return "Address Time";
    case 0x34: return "Overload";
    case 0x35: return "DHCP Msg Type";
    case 0x36: return "DHCP Server Id";
    case 0x37: return "Parameter List";
    case 0x38: return "DHCP Message";
    case 0x39: return "DHCP Max Msg Size";
    case 0x3a: return "Renewal Time";
    case 0x3b: return "Rebinding Time";
    case 0x3c: return "Class Id";
    case 0x3d: return "Client Id";
    case 0x3e: return "NetWare/IP Domain";
    case 0x3f: return "NetWare/IP Option";
    case 0x40: return "NIS-Domain-Name";
    case 0x41: return "NIS-Server-Addr";
    case 0x42: return "Server-Name";
    case 0x43: return "Bootfile-Name";
    case 0x44: return "Home-Agent-Addrs";
    case 0x45: return "SMTP-Server";
    case 0x46: return "POP3-Server";
    case 0x47: return "NNTP-Server";
    case 0x48: return "WWW-Server";
    case 0x49: return "Finger-Server";
    case 0x4a: return "IRC-Server";
    case 0x4b: return "StreetTalk-Server";
    case 0x4c: return "STDA-Server";
    case 0x4d: return "User-Class";
    case 0x4e: return "Directory Agent";
    case 0x4f: return "Service Scope";
    case 0x50: return "Rapid Commit";
    case 0x51: return "Client FQDN";
    case 0x52: return "Relay Agent Information";
    case 0x53: return "iSNS";
    case 0x55: return "NDS Servers";
    case 0x56: return "NDS Tree Name";
    case 0x57: return "NDS Context";
    case 0x58: return "BCMCS Controller Domain Name list";
    case 0x59: return "BCMCS Controller IPv4 address option";
    case 0x5a: return "Authentication";
    case 0x5b: return "client-last-transaction-time option";
    case 0x5c: return "associated-ip option";
    case 0x5d: return "Client System";
    case 0x5e: return "Client NDI";
    case 0x5f: return "LDAP";
    case 0x61: return "UUID/GUID";
    case 0x62: return "User-Auth";
    case 0x63: return "GEOCONF_CIVIC";
    case 0x64: return "PCode";
    case 0x65: return "TCode";
    case 0x6c: return "IPv6-Only Preferred";
    case 0x70: return "Netinfo Address";
    case 0x71: return "Netinfo Tag";
    case 0x72: return "DHCP Captive-Portal";
    case 0x74: return "Auto-Config";
    case 0x75: return "Name Service Search";
    case 0x76: return "Subnet Selection Option";
    case 0x77: return "Domain Search";
    case 0x78: return "SIP Servers DHCP Option";
    case 0x79: return "Classless Static Route Option";
    case 0x7a: return "CCC";
    case 0x7b: return "GeoConf Option";
    case 0x7c: return "V-I Vendor Class";
    case 0x7d: return "V-I Vendor-Specific Information";
    case 0xff: return "End";
    default: return nullptr;
  }
}

/// Differentiated Services Code Points (IANA dscp-registry, RFC 2474/2597/3246/5865/8622) (specs/tables/dscp.yaml)
inline const char* dscp(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "CS0";
    case 0x1: return "LE";
    case 0x8: return "CS1";
    case 0xa: return "AF11";
    case 0xc: return "AF12";
    case 0xe: return "AF13";
    case 0x10: return "CS2";
    case 0x12: return "AF21";
    case 0x14: return "AF22";
    case 0x16: return "AF23";
    case 0x18: return "CS3";
    case 0x1a: return "AF31";
    case 0x1c: return "AF32";
    case 0x1e: return "AF33";
    case 0x20: return "CS4";
    case 0x22: return "AF41";
    case 0x24: return "AF42";
    case 0x26: return "AF43";
    case 0x28: return "CS5";
    case 0x2c: return "VOICE-ADMIT";
    case 0x2e: return "EF";
    case 0x30: return "CS6";
    case 0x38: return "CS7";
    default: return nullptr;
  }
}

/// Explicit Congestion Notification codepoints (RFC 3168 §5) (specs/tables/ecn.yaml)
inline const char* ecn(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Not-ECT";
    case 0x1: return "ECT(1)";
    case 0x2: return "ECT(0)";
    case 0x3: return "CE";
    default: return nullptr;
  }
}

/// IEEE 802 EtherType values (IANA ieee-802-numbers, the common ones) (specs/tables/ethertype.yaml)
inline const char* ethertype(std::uint64_t v) noexcept {
  switch (v) {
    case 0x800: return "IPv4";
    case 0x806: return "ARP";
    case 0x842: return "Wake-on-LAN";
    case 0x22f0: return "AVTP";
    case 0x22f3: return "TRILL";
    case 0x6002: return "DEC MOP RC";
    case 0x6003: return "DECnet";
    case 0x6004: return "DEC LAT";
    case 0x6558: return "Transparent Ethernet Bridging";
    case 0x8035: return "RARP";
    case 0x809b: return "AppleTalk";
    case 0x80f3: return "AARP";
    case 0x8100: return "802.1Q VLAN";
    case 0x8102: return "SLPP";
    case 0x8137: return "IPX";
    case 0x8204: return "QNX Qnet";
    case 0x86dd: return "IPv6";
    case 0x8808: return "Ethernet flow control";
    case 0x8809: return "Slow protocols (LACP)";
    case 0x880b: return "PPP";
    case 0x8819: return "CobraNet";
    case 0x8847: return "MPLS unicast";
    case 0x8848: return "MPLS multicast";
    case 0x8863: return "PPPoE discovery";
    case 0x8864: return "PPPoE session";
    case 0x886d: return "Intel ANS";
    case 0x887b: return "HomePlug 1.0 MME";
    case 0x888e: return "EAP over LAN (802.1X)";
    case 0x8892: return "PROFINET";
    case 0x889a: return "HyperSCSI";
    case 0x88a2: return "ATA over Ethernet";
    case 0x88a4: return "EtherCAT";
    case 0x88a8: return "802.1ad service VLAN";
    case 0x88ab: return "Ethernet Powerlink";
    case 0x88b8: return "GOOSE";
    case 0x88b9: return "GSE";
    case 0x88ba: return "SV";
    case 0x88cc: return "LLDP";
    case 0x88cd: return "SERCOS III";
    case 0x88e1: return "HomePlug AV MME";
    case 0x88e3: return "MRP";
    case 0x88e5: return "MACsec";
    case 0x88e7: return "PBB";
    case 0x88f7: return "PTP";
    case 0x88f8: return "NC-SI";
    case 0x88fb: return "PRP";
    case 0x8902: return "CFM";
    case 0x8906: return "FCoE";
    case 0x8914: return "FCoE init";
    case 0x8915: return "RoCE";
    case 0x891d: return "TTEthernet";
    case 0x892f: return "HSR";
    case 0x893a: return "IEEE 1905.1";
    case 0x9000: return "Loopback (configuration test)";
    case 0x9100: return "802.1Q double tag (legacy QinQ)";
    default: return nullptr;
  }
}

/// HIP parameter types (IANA hip-parameters, RFC 7401 §5.2) (specs/tables/hip_parameter.yaml)
inline const char* hip_parameter(std::uint64_t v) noexcept {
  switch (v) {
    case 0x41: return "ESP_INFO";
    case 0x81: return "R1_COUNTER";
    case 0x101: return "PUZZLE";
    case 0x141: return "SOLUTION";
    case 0x181: return "SEQ";
    case 0x1c1: return "ACK";
    case 0x1ff: return "DH_GROUP_LIST";
    case 0x201: return "DIFFIE_HELLMAN";
    case 0x243: return "HIP_CIPHER";
    case 0x281: return "ENCRYPTED";
    case 0x2c1: return "HOST_ID";
    case 0x2cb: return "HIT_SUITE_LIST";
    case 0x300: return "CERT";
    case 0x340: return "NOTIFICATION";
    case 0x381: return "ECHO_REQUEST_SIGNED";
    case 0x3c1: return "ECHO_RESPONSE_SIGNED";
    case 0x801: return "TRANSPORT_FORMAT_LIST";
    case 0xf041: return "HIP_MAC";
    case 0xf081: return "HIP_MAC_2";
    case 0xf0c1: return "HIP_SIGNATURE_2";
    case 0xf101: return "HIP_SIGNATURE";
    case 0xf7c1: return "ECHO_RESPONSE_UNSIGNED";
    case 0xf8ad: return "ECHO_REQUEST_UNSIGNED";
    default: return nullptr;
  }
}

/// HIP packet types (IANA hip-parameters) (specs/tables/hip_type.yaml)
inline const char* hip_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "I1";
    case 0x2: return "R1";
    case 0x3: return "I2";
    case 0x4: return "R2";
    case 0x10: return "UPDATE";
    case 0x11: return "NOTIFY";
    case 0x12: return "CLOSE";
    case 0x13: return "CLOSE_ACK";
    case 0x14: return "HDRR";
    case 0x20: return "HIP_DATA";
    default: return nullptr;
  }
}

/// ICMP message types (IANA icmp-parameters) (specs/tables/icmp_type.yaml)
inline const char* icmp_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Echo Reply";
    case 0x3: return "Destination Unreachable";
    case 0x4: return "Source Quench";
    case 0x5: return "Redirect";
    case 0x8: return "Echo";
    case 0x9: return "Router Advertisement";
    case 0xa: return "Router Solicitation";
    case 0xb: return "Time Exceeded";
    case 0xc: return "Parameter Problem";
    case 0xd: return "Timestamp";
    case 0xe: return "Timestamp Reply";
    case 0xf: return "Information Request";
    case 0x10: return "Information Reply";
    case 0x11: return "Address Mask Request";
    case 0x12: return "Address Mask Reply";
    case 0x1e: return "Traceroute";
    case 0x28: return "Photuris";
    case 0x2a: return "Extended Echo Request";
    case 0x2b: return "Extended Echo Reply";
    default: return nullptr;
  }
}

/// ICMPv6 message types (IANA icmpv6-parameters) (specs/tables/icmpv6_type.yaml)
inline const char* icmpv6_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "Destination Unreachable";
    case 0x2: return "Packet Too Big";
    case 0x3: return "Time Exceeded";
    case 0x4: return "Parameter Problem";
    case 0x64: return "Private experimentation";
    case 0x65: return "Private experimentation";
    case 0x80: return "Echo Request";
    case 0x81: return "Echo Reply";
    case 0x82: return "Multicast Listener Query";
    case 0x83: return "Multicast Listener Report";
    case 0x84: return "Multicast Listener Done";
    case 0x85: return "Router Solicitation";
    case 0x86: return "Router Advertisement";
    case 0x87: return "Neighbor Solicitation";
    case 0x88: return "Neighbor Advertisement";
    case 0x89: return "Redirect Message";
    case 0x8a: return "Router Renumbering";
    case 0x8b: return "ICMP Node Information Query";
    case 0x8c: return "ICMP Node Information Response";
    case 0x8d: return "Inverse Neighbor Discovery Solicitation";
    case 0x8e: return "Inverse Neighbor Discovery Advertisement";
    case 0x8f: return "Version 2 Multicast Listener Report";
    case 0x90: return "Home Agent Address Discovery Request";
    case 0x91: return "Home Agent Address Discovery Reply";
    case 0x92: return "Mobile Prefix Solicitation";
    case 0x93: return "Mobile Prefix Advertisement";
    case 0x94: return "Certification Path Solicitation";
    case 0x95: return "Certification Path Advertisement";
    case 0x97: return "Multicast Router Advertisement";
    case 0x98: return "Multicast Router Solicitation";
    case 0x99: return "Multicast Router Termination";
    case 0x9b: return "RPL Control Message";
    case 0xa0: return "Extended Echo Request";
    case 0xa1: return "Extended Echo Reply";
    default: return nullptr;
  }
}

/// IGMP message types (IANA igmp-type-numbers) (specs/tables/igmp_type.yaml)
inline const char* igmp_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x11: return "Membership Query";
    case 0x12: return "IGMPv1 Membership Report";
    case 0x13: return "DVMRP";
    case 0x14: return "PIM version 1";
    case 0x15: return "Cisco Trace Messages";
    case 0x16: return "IGMPv2 Membership Report";
    case 0x17: return "IGMPv2 Leave Group";
    case 0x1e: return "Multicast Traceroute Response";
    case 0x1f: return "Multicast Traceroute";
    case 0x22: return "Version 3 Membership Report";
    case 0x30: return "Multicast Router Advertisement";
    case 0x31: return "Multicast Router Solicitation";
    case 0x32: return "Multicast Router Termination";
    default: return nullptr;
  }
}

/// IGMPv3 group record types (RFC 3376 §4.2.12) (specs/tables/igmpv3_record_type.yaml)
inline const char* igmpv3_record_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "MODE_IS_INCLUDE";
    case 0x2: return "MODE_IS_EXCLUDE";
    case 0x3: return "CHANGE_TO_INCLUDE_MODE";
    case 0x4: return "CHANGE_TO_EXCLUDE_MODE";
    case 0x5: return "ALLOW_NEW_SOURCES";
    case 0x6: return "BLOCK_OLD_SOURCES";
    default: return nullptr;
  }
}

/// IANA Assigned Internet Protocol Numbers (protocol-numbers registry) (specs/tables/ip_proto.yaml)
inline const char* ip_proto(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "HOPOPT";
    case 0x1: return "ICMP";
    case 0x2: return "IGMP";
    case 0x3: return "GGP";
    case 0x4: return "IPv4";
    case 0x5: return "ST";
    case 0x6: return "TCP";
    case 0x7: return "CBT";
    case 0x8: return "EGP";
    case 0x9: return "IGP";
    case 0xc: return "PUP";
    case 0x11: return "UDP";
    case 0x14: return "HMP";
    case 0x16: return "XNS-IDP";
    case 0x1b: return "RDP";
    case 0x1d: return "ISO-TP4";
    case 0x21: return "DCCP";
    case 0x24: return "XTP";
    case 0x25: return "DDP";
    case 0x29: return "IPv6";
    case 0x2b: return "IPv6-Route";
    case 0x2c: return "IPv6-Frag";
    case 0x2d: return "IDRP";
    case 0x2e: return "RSVP";
    case 0x2f: return "GRE";
    case 0x30: return "DSR";
    case 0x32: return "ESP";
    case 0x33: return "AH";
    case 0x37: return "MOBILE";
    case 0x3a: return "IPv6-ICMP";
    case 0x3b: return "IPv6-NoNxt";
    case 0x3c: return "IPv6-Opts";
    case 0x58: return "EIGRP";
    case 0x59: return "OSPFIGP";
    case 0x5e: return "IPIP";
    case 0x61: return "ETHERIP";
    case 0x62: return "ENCAP";
    case 0x67: return "PIM";
    case 0x6c: return "IPComp";
    case 0x70: return "VRRP";
    case 0x71: return "PGM";
    case 0x73: return "L2TP";
    case 0x76: return "STP";
    case 0x7c: return "ISIS over IPv4";
    case 0x84: return "SCTP";
    case 0x85: return "FC";
    case 0x87: return "Mobility Header";
    case 0x88: return "UDPLite";
    case 0x89: return "MPLS-in-IP";
    case 0x8b: return "HIP";
    case 0x8c: return "Shim6";
    case 0x8d: return "WESP";
    case 0x8e: return "ROHC";
    case 0x8f: return "Ethernet";
    case 0xfd: return "Experimentation 1";
    case 0xfe: return "Experimentation 2";
    case 0xff: return "Reserved";
    default: return nullptr;
  }
}

/// IPv4 option types, the whole type octet (IANA ip-parameters), under jspcap's short names (specs/tables/ipv4_option.yaml)
inline const char* ipv4_option(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "eool";
    case 0x1: return "nop";
    case 0x7: return "rr";
    case 0xa: return "zsu";
    case 0xb: return "mtup";
    case 0xc: return "mtur";
    case 0xf: return "encode";
    case 0x19: return "qs";
    case 0x44: return "ts";
    case 0x52: return "tr";
    case 0x5e: return "exp";
    case 0x82: return "sec";
    case 0x83: return "lsr";
    case 0x85: return "esec";
    case 0x86: return "cipso";
    case 0x88: return "sid";
    case 0x89: return "ssr";
    case 0x8e: return "visa";
    case 0x90: return "imitd";
    case 0x91: return "eip";
    case 0x93: return "addext";
    case 0x94: return "rtralt";
    case 0x95: return "sdb";
    case 0x97: return "dps";
    case 0x98: return "ump";
    case 0x9e: return "exp";
    case 0xcd: return "finn";
    case 0xde: return "exp";
    default: return nullptr;
  }
}

/// IPv6 Hop-by-Hop and Destination option types (IANA ipv6-parameters) (specs/tables/ipv6_option.yaml)
inline const char* ipv6_option(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "pad1";
    case 0x1: return "padn";
    case 0x4: return "tun";
    case 0x5: return "ra";
    case 0x7: return "calipso";
    case 0x8: return "smf_dpd";
    case 0xf: return "pdm";
    case 0x1e: return "exp";
    case 0x26: return "qs";
    case 0x30: return "ioam";
    case 0x31: return "ioam";
    case 0x3e: return "exp";
    case 0x5e: return "exp";
    case 0x63: return "rpl";
    case 0x6d: return "mpl";
    case 0x7e: return "exp";
    case 0x8b: return "ilnp";
    case 0x8c: return "lio";
    case 0x9e: return "exp";
    case 0xbe: return "exp";
    case 0xc2: return "jumbo";
    case 0xc9: return "home";
    case 0xde: return "exp";
    case 0xee: return "ip_dff";
    case 0xfe: return "exp";
    default: return nullptr;
  }
}

/// IPv6 Routing Types (IANA ipv6-parameters) (specs/tables/ipv6_route_type.yaml)
inline const char* ipv6_route_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Source Route (deprecated)";
    case 0x1: return "Nimrod";
    case 0x2: return "Type 2 Routing Header";
    case 0x3: return "RPL Source Route Header";
    case 0x4: return "Segment Routing Header (SRH)";
    case 0x5: return "CRH-16";
    case 0x6: return "CRH-32";
    case 0xfd: return "RFC3692-style Experiment 1";
    case 0xfe: return "RFC3692-style Experiment 2";
    default: return nullptr;
  }
}

/// IPX packet types (specs/tables/ipx_type.yaml)
inline const char* ipx_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Unknown";
    case 0x1: return "Routing Information Protocol";
    case 0x2: return "Echo";
    case 0x3: return "Error";
    case 0x4: return "Packet Exchange Protocol";
    case 0x5: return "Sequenced Packet Exchange";
    case 0x11: return "NetWare Core Protocol";
    case 0x14: return "NetBIOS Broadcast";
    default: return nullptr;
  }
}

/// L2TP attribute types of the IETF (vendor 0) (IANA l2tp-parameters, RFC 2661 §4.4, RFC 3931 §5.4) (specs/tables/l2tp_avp_type.yaml)
inline const char* l2tp_avp_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Control Message";
    case 0x1: return "Result-Error Code";
    case 0x2: return "Protocol Version";
    case 0x3: return "Framing Capabilities";
    case 0x4: return "Bearer Capabilities";
    case 0x5: return "Tie Breaker";
    case 0x6: return "Firmware Revision";
    case 0x7: return "Host Name";
    case 0x8: return "Vendor Name";
    case 0x9: return "Assigned Tunnel ID";
    case 0xa: return "Receive Window Size";
    case 0xb: return "Challenge";
    case 0xc: return "Cause Code";
    case 0xd: return "Challenge Response";
    case 0xe: return "Assigned Session";
    case 0xf: return "Call Serial Number";
    case 0x10: return "Minimum BPS";
    case 0x11: return "Maximum BPS";
    case 0x12: return "Bearer Type";
    case 0x13: return "Framing Type";
    case 0x14: return "Reserved";
    case 0x15: return "Called Number";
    case 0x16: return "Calling Number";
    case 0x17: return "Sub-Address";
    case 0x18: return "Connect Speed";
    case 0x19: return "Physical Channel";
    case 0x1a: return "Initial Received LCP CONFREQ";
    case 0x1b: return "Last Sent LCP CONFREQ";
    case 0x1c: return "Last Received LCP CONFREQ";
    case 0x1d: return "Proxy Authen Type";
    case 0x1e: return "Proxy Authen Name";
    case 0x1f: return "Proxy Authen Challenge";
    case 0x20: return "Proxy Authen ID";
    case 0x21: return "Proxy Authen Response";
    case 0x22: return "Call status AVPs";
    case 0x23: return "ACCM";
    case 0x24: return "Random Vector";
    case 0x25: return "Private group ID";
    case 0x26: return "RxConnect Speed";
    case 0x27: return "Sequencing Required";
    case 0x2e: return "PPP Disconnect Cause Code";
    case 0x3a: return "Extended Vendor ID";
    case 0x3b: return "Message Digest";
    case 0x3c: return "Router ID";
    case 0x3d: return "Assigned Control Connection ID";
    case 0x3e: return "Pseudowire Capability List";
    case 0x3f: return "Local Session ID";
    case 0x40: return "Remote Session ID";
    case 0x41: return "Assigned Cookie";
    case 0x42: return "Remote End ID";
    case 0x44: return "Pseudowire Type";
    case 0x45: return "Layer2 Specific Sublayer";
    case 0x46: return "Data Sequencing";
    case 0x47: return "Circuit Status";
    case 0x48: return "Preferred Language";
    case 0x49: return "Control Message Authentication Nonce";
    case 0x4a: return "Tx Connect Speed Version 3";
    case 0x4b: return "Rx Connect Speed Version 3";
    case 0x4c: return "Failover Capability";
    case 0x4d: return "Tunnel Recovery";
    case 0x4e: return "Suggested Control Sequence";
    case 0x4f: return "Failover Session State";
    case 0x50: return "Multicast Capability";
    case 0x51: return "New Outgoing Sessions";
    case 0x52: return "New Outgoing Sessions Acknowledgement";
    case 0x53: return "Withdraw Outgoing Sessions";
    case 0x54: return "Multicast Packets Priority";
    case 0x55: return "Frame-Relay Header Length";
    case 0x56: return "ATM Maximum Concatenated Cells";
    case 0x57: return "OAM Emulation Required";
    case 0x58: return "ATM Alarm Status";
    case 0x59: return "Attachment Group Identifier";
    case 0x5a: return "Local End Identifier";
    case 0x5b: return "Interface Maximum Transmission Unit";
    case 0x5c: return "FCS Retention";
    case 0x5d: return "Tunnel Switching Aggregator ID";
    case 0x5e: return "Maximum Receive Unit (MRU)";
    case 0x5f: return "Maximum Reassembled Receive Unit (MRRU)";
    case 0x60: return "VCCV Capability";
    case 0x61: return "Connect Speed Update";
    case 0x62: return "Connect Speed Update Enable";
    case 0x63: return "TDM Pseudowire";
    case 0x64: return "RTP AVP";
    case 0x65: return "PW Switching Point";
    default: return nullptr;
  }
}

/// L2TP control message types (IANA l2tp-parameters, RFC 2661 §3.2, RFC 3931 §6) (specs/tables/l2tp_message_type.yaml)
inline const char* l2tp_message_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "Start_Control_Request";
    case 0x2: return "Start_Control_Reply";
    case 0x3: return "Start_Control_Connected";
    case 0x4: return "Stop_Control_Notification";
    case 0x5: return "Reserved";
    case 0x6: return "Hello";
    case 0x7: return "Outgoing_Call_Request";
    case 0x8: return "Outgoing_Call_Reply";
    case 0x9: return "Outgoing_Call_Connected";
    case 0xa: return "Incoming_Call_Request";
    case 0xb: return "Incoming_Call_Reply";
    case 0xc: return "Incoming_Call_Connected";
    case 0xd: return "Reserved";
    case 0xe: return "Call_Disconnect_Notification";
    case 0xf: return "WAN_Error_Notify";
    case 0x10: return "Set_Link_Info";
    case 0x11: return "Modem_Status";
    case 0x12: return "Service_Relay_Request_Msg";
    case 0x13: return "Service_Relay_Reply_Message";
    case 0x14: return "Explicit_Acknowledgement";
    case 0x15: return "Failover_Session_Query_Message";
    case 0x16: return "Failover_Session_Response_Message";
    case 0x17: return "Multicast-Session-Request";
    case 0x18: return "Multicast-Session-Response";
    case 0x19: return "Multicast-Session-Establishment";
    case 0x1a: return "Multicast-Session-Information";
    case 0x1b: return "Multicast-Session-End-Notify";
    case 0x1c: return "Connect-Speed-Update-Notification";
    case 0x1d: return "Connect-Speed-Update-Request";
    default: return nullptr;
  }
}

/// tcpdump.org LINKTYPE_ values (the link-layer header of a pcap/pcapng interface) (specs/tables/linktype.yaml)
inline const char* linktype(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "NULL";
    case 0x1: return "ETHERNET";
    case 0x3: return "AX25";
    case 0x6: return "IEEE802_5";
    case 0x7: return "ARCNET_BSD";
    case 0x8: return "SLIP";
    case 0x9: return "PPP";
    case 0xa: return "FDDI";
    case 0xc: return "RAW (OpenBSD)";
    case 0xe: return "RAW (BSD/OS)";
    case 0x32: return "PPP_HDLC";
    case 0x33: return "PPP_ETHER";
    case 0x64: return "ATM_RFC1483";
    case 0x65: return "RAW";
    case 0x68: return "C_HDLC";
    case 0x69: return "IEEE802_11";
    case 0x6b: return "FRELAY";
    case 0x6c: return "LOOP";
    case 0x71: return "LINUX_SLL";
    case 0x72: return "LTALK";
    case 0x75: return "PFLOG";
    case 0x77: return "IEEE802_11_PRISM";
    case 0x7a: return "IP_OVER_FC";
    case 0x7b: return "SUNATM";
    case 0x7f: return "IEEE802_11_RADIOTAP";
    case 0x81: return "ARCNET_LINUX";
    case 0x8a: return "APPLE_IP_OVER_IEEE1394";
    case 0x8b: return "MTP2_WITH_PHDR";
    case 0x8c: return "MTP2";
    case 0x8d: return "MTP3";
    case 0x8e: return "SCCP";
    case 0x8f: return "DOCSIS";
    case 0x90: return "LINUX_IRDA";
    case 0x93: return "USER0";
    case 0xa3: return "IEEE802_11_AVS";
    case 0xa5: return "BACNET_MS_TP";
    case 0xa6: return "PPP_PPPD";
    case 0xa9: return "GPRS_LLC";
    case 0xb1: return "LINUX_LAPD";
    case 0xbb: return "BLUETOOTH_HCI_H4";
    case 0xbd: return "USB_LINUX";
    case 0xc0: return "PPI";
    case 0xc3: return "IEEE802_15_4_WITHFCS";
    case 0xc4: return "SITA";
    case 0xc5: return "ERF";
    case 0xc9: return "BLUETOOTH_HCI_H4_WITH_PHDR";
    case 0xca: return "AX25_KISS";
    case 0xcb: return "LAPD";
    case 0xcc: return "PPP_WITH_DIR";
    case 0xcd: return "C_HDLC_WITH_DIR";
    case 0xce: return "FRELAY_WITH_DIR";
    case 0xd1: return "IPMB_LINUX";
    case 0xd7: return "IEEE802_15_4_NONASK_PHY";
    case 0xdc: return "USB_LINUX_MMAPPED";
    case 0xe0: return "FC_2";
    case 0xe1: return "FC_2_WITH_FRAME_DELIMS";
    case 0xe2: return "IPNET";
    case 0xe3: return "CAN_SOCKETCAN";
    case 0xe4: return "IPV4";
    case 0xe5: return "IPV6";
    case 0xe6: return "IEEE802_15_4_NOFCS";
    case 0xe7: return "DBUS";
    case 0xeb: return "DVB_CI";
    case 0xec: return "MUX27010";
    case 0xed: return "STANAG_5066_D_PDU";
    case 0xef: return "NFLOG";
    case 0xf0: return "NETANALYZER";
    case 0xf1: return "NETANALYZER_TRANSPARENT";
    case 0xf2: return "IPOIB";
    case 0xf3: return "MPEG_2_TS";
    case 0xf4: return "NG40";
    case 0xf5: return "NFC_LLCP";
    case 0xf7: return "INFINIBAND";
    case 0xf8: return "SCTP";
    case 0xf9: return "USBPCAP";
    case 0xfa: return "RTAC_SERIAL";
    case 0xfb: return "BLUETOOTH_LE_LL";
    case 0xfd: return "NETLINK";
    case 0xfe: return "BLUETOOTH_LINUX_MONITOR";
    case 0xff: return "BLUETOOTH_BREDR_BB";
    case 0x100: return "BLUETOOTH_LE_LL_WITH_PHDR";
    case 0x101: return "PROFIBUS_DL";
    case 0x102: return "PKTAP";
    case 0x103: return "EPON";
    case 0x104: return "IPMI_HPM_2";
    case 0x105: return "ZWAVE_R1_R2";
    case 0x106: return "ZWAVE_R3";
    case 0x107: return "WATTSTOPPER_DLM";
    case 0x108: return "ISO_14443";
    case 0x109: return "RDS";
    case 0x10a: return "USB_DARWIN";
    case 0x10c: return "SDLC";
    case 0x10e: return "LORATAP";
    case 0x10f: return "VSOCK";
    case 0x110: return "NORDIC_BLE";
    case 0x111: return "DOCSIS31_XRA31";
    case 0x112: return "ETHERNET_MPACKET";
    case 0x113: return "DISPLAYPORT_AUX";
    case 0x114: return "LINUX_SLL2";
    case 0x116: return "OPENVIZSLA";
    case 0x117: return "EBHSCR";
    case 0x118: return "VPP_DISPATCH";
    case 0x119: return "DSA_TAG_BRCM";
    case 0x11a: return "DSA_TAG_BRCM_PREPEND";
    case 0x11b: return "IEEE802_15_4_TAP";
    case 0x11c: return "DSA_TAG_DSA";
    case 0x11d: return "DSA_TAG_EDSA";
    case 0x11e: return "ELEE";
    case 0x11f: return "Z_WAVE_SERIAL";
    case 0x120: return "USB_2_0";
    case 0x121: return "ATSC_ALP";
    case 0x122: return "ETW";
    case 0x124: return "ZBOSS_NCP";
    case 0x125: return "USB_2_0_LOW_SPEED";
    case 0x126: return "USB_2_0_FULL_SPEED";
    case 0x127: return "USB_2_0_HIGH_SPEED";
    case 0x128: return "AUERSWALD_LOG";
    case 0x129: return "ZWAVE_TAP";
    case 0x12a: return "SILABS_DEBUG_CHANNEL";
    case 0x12b: return "FIRA_UCI";
    default: return nullptr;
  }
}

/// IEEE 802.2 LLC service access points (the common ones) (specs/tables/llc_sap.yaml)
inline const char* llc_sap(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Null SAP";
    case 0x2: return "LLC sublayer management";
    case 0x4: return "SNA path control";
    case 0x6: return "IP (DoD)";
    case 0xe: return "PROWAY";
    case 0x42: return "Spanning Tree (BPDU)";
    case 0x4e: return "EIA RS-511";
    case 0x7e: return "X.25 PLP (ISO 8208)";
    case 0x8e: return "PROWAY active station list";
    case 0xaa: return "SNAP";
    case 0xe0: return "NetWare (IPX)";
    case 0xf0: return "NetBIOS";
    case 0xf4: return "LAN management";
    case 0xfe: return "ISO network layer (OSI)";
    case 0xff: return "Global DSAP";
    default: return nullptr;
  }
}

/// Mobility Options (IANA mobility-parameters, "Mobility Options") (specs/tables/mh_option.yaml)
inline const char* mh_option(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Pad1";
    case 0x1: return "PadN";
    case 0x2: return "Binding Refresh Advice";
    case 0x3: return "Alternate Care-of Address";
    case 0x4: return "Nonce Indices";
    case 0x5: return "Binding Authorization Data";
    case 0x6: return "Mobile Network Prefix";
    case 0x7: return "Mobility Header Link-Layer Address";
    case 0x8: return "MN-ID";
    case 0x9: return "AUTH";
    case 0xa: return "MESG-ID";
    case 0xb: return "CGA Parameters Request";
    case 0xc: return "CGA Parameters";
    case 0xd: return "Signature";
    case 0xe: return "Permanent Home Keygen Token";
    case 0xf: return "Care-of Test Init";
    case 0x10: return "Care-of Test";
    case 0x11: return "DNS-UPDATE-TYPE";
    case 0x12: return "Experimental";
    case 0x13: return "Vendor Specific";
    case 0x14: return "Service Selection";
    case 0x15: return "Binding Authorization Data for FMIPv6";
    case 0x16: return "Home Network Prefix";
    case 0x17: return "Handoff Indicator";
    case 0x18: return "Access Technology Type";
    case 0x19: return "Mobile Node Link-layer Identifier";
    case 0x1a: return "Link-local Address";
    case 0x1b: return "Timestamp";
    case 0x1c: return "Restart Counter";
    case 0x1d: return "IPv4 Home Address";
    case 0x1e: return "IPv4 Address Acknowledgement";
    case 0x1f: return "NAT Detection";
    case 0x20: return "IPv4 Care-of Address";
    case 0x21: return "GRE Key";
    case 0x22: return "Mobility Header IPv6 Address/Prefix";
    case 0x23: return "Binding Identifier";
    case 0x24: return "IPv4 Home Address Request";
    case 0x25: return "IPv4 Home Address Reply";
    case 0x26: return "IPv4 Default-Router Address";
    case 0x27: return "IPv4 DHCP Support Mode";
    case 0x28: return "Context Request";
    case 0x29: return "Local Mobility Anchor Address";
    case 0x2a: return "Mobile Node Link-local Address Interface Identifier";
    case 0x2b: return "Transient Binding";
    case 0x2c: return "Flow Summary";
    case 0x2d: return "Flow Identification";
    case 0x2e: return "Redirect-Capability";
    case 0x2f: return "Redirect";
    case 0x30: return "Load Information";
    case 0x31: return "Alternate IPv4 Care-of Address";
    case 0x32: return "Mobile Node Group Identifier";
    case 0x33: return "MAG IPv6 Address";
    case 0x34: return "Access Network Identifier";
    case 0x35: return "IPv4 Traffic Offload Selector";
    case 0x36: return "Dynamic IP Multicast Selector";
    case 0x37: return "Delegated Mobile Network Prefix";
    case 0x38: return "Active Multicast Subscription IPv4";
    case 0x39: return "Active Multicast Subscription IPv6";
    case 0x3a: return "Quality-of-Service";
    case 0x3b: return "LMA User-Plane Address";
    case 0x3c: return "Multicast Mobility Option";
    case 0x3d: return "Multicast Acknowledgement Option";
    default: return nullptr;
  }
}

/// Mobility Header types (IANA mobility-parameters) (specs/tables/mh_type.yaml)
inline const char* mh_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Binding Refresh Request";
    case 0x1: return "Home Test Init";
    case 0x2: return "Care-of Test Init";
    case 0x3: return "Home Test";
    case 0x4: return "Care-of Test";
    case 0x5: return "Binding Update";
    case 0x6: return "Binding Acknowledgement";
    case 0x7: return "Binding Error";
    case 0x8: return "Fast Binding Update";
    case 0x9: return "Fast Binding Acknowledgment";
    case 0xa: return "Fast Neighbor Advertisement";
    case 0xb: return "Experimental Mobility Header";
    case 0xc: return "Home Agent Switch Message";
    case 0xd: return "Heartbeat Message";
    case 0xe: return "Handover Initiate Message";
    case 0xf: return "Handover Acknowledge Message";
    case 0x10: return "Binding Revocation Message";
    case 0x11: return "Localized Routing Initiation";
    case 0x12: return "Localized Routing Acknowledgment";
    case 0x13: return "Update Notification";
    case 0x14: return "Update Notification Acknowledgement";
    case 0x15: return "Flow Binding Message";
    case 0x16: return "Subscription Query";
    case 0x17: return "Subscription Response";
    default: return nullptr;
  }
}

/// Multipath TCP option subtypes (RFC 8684 §3, IANA) (specs/tables/mptcp_subtype.yaml)
inline const char* mptcp_subtype(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "MP_CAPABLE";
    case 0x1: return "MP_JOIN";
    case 0x2: return "DSS";
    case 0x3: return "ADD_ADDR";
    case 0x4: return "REMOVE_ADDR";
    case 0x5: return "MP_PRIO";
    case 0x6: return "MP_FAIL";
    case 0x7: return "MP_FASTCLOSE";
    case 0x8: return "MP_TCPRST";
    case 0xf: return "MP_EXPERIMENTAL";
    default: return nullptr;
  }
}

/// IPv6 Neighbor Discovery option types (IANA icmpv6-parameters) (specs/tables/nd_option.yaml)
inline const char* nd_option(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "Source Link-layer Address";
    case 0x2: return "Target Link-layer Address";
    case 0x3: return "Prefix Information";
    case 0x4: return "Redirected Header";
    case 0x5: return "MTU";
    case 0x6: return "NBMA Shortcut Limit";
    case 0x7: return "Advertisement Interval";
    case 0x8: return "Home Agent Information";
    case 0x9: return "Source Address List";
    case 0xa: return "Target Address List";
    case 0xe: return "Nonce";
    case 0x18: return "Route Information";
    case 0x19: return "Recursive DNS Server";
    case 0x1f: return "DNS Search List";
    case 0x25: return "Captive-Portal";
    case 0x26: return "PREF64";
    default: return nullptr;
  }
}

/// NTP leap indicator (RFC 5905 §7.3, figure 9) (specs/tables/ntp_leap.yaml)
inline const char* ntp_leap(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "no warning";
    case 0x1: return "last minute of the day has 61 seconds";
    case 0x2: return "last minute of the day has 59 seconds";
    case 0x3: return "unknown (clock unsynchronized)";
    default: return nullptr;
  }
}

/// NTP association modes (RFC 5905 §7.3, figure 10) (specs/tables/ntp_mode.yaml)
inline const char* ntp_mode(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "reserved";
    case 0x1: return "symmetric active";
    case 0x2: return "symmetric passive";
    case 0x3: return "client";
    case 0x4: return "server";
    case 0x5: return "broadcast";
    case 0x6: return "NTP control message";
    case 0x7: return "reserved for private use";
    default: return nullptr;
  }
}

/// OSPFv3 LSA function codes with their U and S bits (RFC 5340 §A.4.2.1; IANA ospfv3-parameters) (specs/tables/ospf6_lsa_type.yaml)
inline const char* ospf6_lsa_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x8: return "Link-LSA";
    case 0xb: return "Grace-LSA";
    case 0xc: return "OSPFv3 Router Information LSA (link scope)";
    case 0x2001: return "Router-LSA";
    case 0x2002: return "Network-LSA";
    case 0x2003: return "Inter-Area-Prefix-LSA";
    case 0x2004: return "Inter-Area-Router-LSA";
    case 0x2006: return "Group-membership-LSA";
    case 0x2007: return "NSSA-LSA";
    case 0x2009: return "Intra-Area-Prefix-LSA";
    case 0x200c: return "OSPFv3 Router Information LSA (area scope)";
    case 0x4005: return "AS-External-LSA";
    case 0x400c: return "OSPFv3 Router Information LSA (AS scope)";
    default: return nullptr;
  }
}

/// OSPFv2 authentication types (IANA ospf-authentication-codes) (specs/tables/ospf_autype.yaml)
inline const char* ospf_autype(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Null";
    case 0x1: return "Simple Password";
    case 0x2: return "Cryptographic Authentication";
    case 0x3: return "Cryptographic Authentication with Extended Sequence Numbers";
    default: return nullptr;
  }
}

/// OSPFv2 link state types (IANA ospfv2-parameters, "OSPFv2 Link State (LS) Type") (specs/tables/ospf_lsa_type.yaml)
inline const char* ospf_lsa_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "Router-LSA";
    case 0x2: return "Network-LSA";
    case 0x3: return "Summary-LSA (IP network)";
    case 0x4: return "Summary-LSA (ASBR)";
    case 0x5: return "AS-External-LSA";
    case 0x6: return "Group Membership LSA";
    case 0x7: return "NSSA AS-External LSA";
    case 0x8: return "External Attributes LSA";
    case 0x9: return "Opaque LSA (link-local scope)";
    case 0xa: return "Opaque LSA (area-local scope)";
    case 0xb: return "Opaque LSA (AS scope)";
    default: return nullptr;
  }
}

/// OSPF packet types (RFC 2328 §A.3.1, RFC 5340) (specs/tables/ospf_type.yaml)
inline const char* ospf_type(std::uint64_t v) noexcept {
  switch (v) {
    case 0x1: return "Hello";
    case 0x2: return "Database Description";
    case 0x3: return "Link State Request";
    case 0x4: return "Link State Update";
    case 0x5: return "Link State Acknowledgment";
    default: return nullptr;
  }
}

/// PPP protocol numbers (RFC 1661 §2; IANA PPP DLL protocol numbers) (specs/tables/ppp_protocol.yaml)
inline const char* ppp_protocol(std::uint64_t v) noexcept {
  switch (v) {
    case 0x21: return "IPv4";
    case 0x2b: return "IPX";
    case 0x2d: return "VJ compressed TCP/IP";
    case 0x2f: return "VJ uncompressed TCP/IP";
    case 0x31: return "Bridging PDU";
    case 0x3d: return "Multilink";
    case 0x57: return "IPv6";
    case 0xfb: return "Individual link compressed datagram";
    case 0xfd: return "Compressed datagram";
    case 0x281: return "MPLS unicast";
    case 0x283: return "MPLS multicast";
    case 0x8021: return "IPCP";
    case 0x802b: return "IPXCP";
    case 0x8031: return "BCP";
    case 0x8057: return "IPV6CP";
    case 0x80fb: return "Individual link CCP";
    case 0x80fd: return "CCP";
    case 0x8281: return "MPLSCP";
    case 0xc021: return "LCP";
    case 0xc023: return "PAP";
    case 0xc025: return "LQR";
    case 0xc223: return "CHAP";
    case 0xc227: return "EAP";
    default: return nullptr;
  }
}

/// PPPoE packet codes (RFC 2516 §5, §6) (specs/tables/pppoe_code.yaml)
inline const char* pppoe_code(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Session Data";
    case 0x7: return "PADO";
    case 0x9: return "PADI";
    case 0x19: return "PADR";
    case 0x65: return "PADS";
    case 0xa7: return "PADT";
    default: return nullptr;
  }
}

/// Linux cooked capture packet types (PACKET_* in linux/if_packet.h) (specs/tables/sll_pkttype.yaml)
inline const char* sll_pkttype(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Unicast to us";
    case 0x1: return "Broadcast";
    case 0x2: return "Multicast";
    case 0x3: return "Unicast to another host";
    case 0x4: return "Sent by us";
    default: return nullptr;
  }
}

/// TCP option kinds (IANA tcp-parameters), under jspcap's short names (specs/tables/tcp_option.yaml)
inline const char* tcp_option(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "eool";
    case 0x1: return "nop";
    case 0x2: return "mss";
    case 0x3: return "ws";
    case 0x4: return "sackpmt";
    case 0x5: return "sack";
    case 0x6: return "echo";
    case 0x7: return "echore";
    case 0x8: return "ts";
    case 0x9: return "poc";
    case 0xa: return "pocsp";
    case 0xb: return "cc";
    case 0xc: return "ccnew";
    case 0xd: return "ccecho";
    case 0xe: return "chkreq";
    case 0xf: return "chksum";
    case 0x12: return "trailer_checksum";
    case 0x13: return "sig";
    case 0x1b: return "qs";
    case 0x1c: return "timeout";
    case 0x1d: return "ao";
    case 0x1e: return "mp";
    case 0x22: return "fastopen";
    case 0x45: return "encryption_negotiation";
    case 0xac: return "accurate_ecn_0";
    case 0xae: return "accurate_ecn_1";
    case 0xfd: return "exp1";
    case 0xfe: return "exp2";
    default: return nullptr;
  }
}

/// IEEE 802.1Q priority code points (traffic types, 802.1Q-2014 Table I-2) (specs/tables/vlan_pcp.yaml)
inline const char* vlan_pcp(std::uint64_t v) noexcept {
  switch (v) {
    case 0x0: return "Best Effort (BE)";
    case 0x1: return "Background (BK)";
    case 0x2: return "Excellent Effort (EE)";
    case 0x3: return "Critical Applications (CA)";
    case 0x4: return "Video (VI)";
    case 0x5: return "Voice (VO)";
    case 0x6: return "Internetwork Control (IC)";
    case 0x7: return "Network Control (NC)";
    default: return nullptr;
  }
}

/// A table by its name (the file name under specs/tables/ without .yaml), or nullptr.
inline auto find(std::string_view name) noexcept -> const char* (*)(std::uint64_t) {
  if (name == "arp_hrd") return &arp_hrd;
  if (name == "arp_oper") return &arp_oper;
  if (name == "bsd_af") return &bsd_af;
  if (name == "dhcp_message_type") return &dhcp_message_type;
  if (name == "dhcp_op") return &dhcp_op;
  if (name == "dhcp_option") return &dhcp_option;
  if (name == "dscp") return &dscp;
  if (name == "ecn") return &ecn;
  if (name == "ethertype") return &ethertype;
  if (name == "hip_parameter") return &hip_parameter;
  if (name == "hip_type") return &hip_type;
  if (name == "icmp_type") return &icmp_type;
  if (name == "icmpv6_type") return &icmpv6_type;
  if (name == "igmp_type") return &igmp_type;
  if (name == "igmpv3_record_type") return &igmpv3_record_type;
  if (name == "ip_proto") return &ip_proto;
  if (name == "ipv4_option") return &ipv4_option;
  if (name == "ipv6_option") return &ipv6_option;
  if (name == "ipv6_route_type") return &ipv6_route_type;
  if (name == "ipx_type") return &ipx_type;
  if (name == "l2tp_avp_type") return &l2tp_avp_type;
  if (name == "l2tp_message_type") return &l2tp_message_type;
  if (name == "linktype") return &linktype;
  if (name == "llc_sap") return &llc_sap;
  if (name == "mh_option") return &mh_option;
  if (name == "mh_type") return &mh_type;
  if (name == "mptcp_subtype") return &mptcp_subtype;
  if (name == "nd_option") return &nd_option;
  if (name == "ntp_leap") return &ntp_leap;
  if (name == "ntp_mode") return &ntp_mode;
  if (name == "ospf6_lsa_type") return &ospf6_lsa_type;
  if (name == "ospf_autype") return &ospf_autype;
  if (name == "ospf_lsa_type") return &ospf_lsa_type;
  if (name == "ospf_type") return &ospf_type;
  if (name == "ppp_protocol") return &ppp_protocol;
  if (name == "pppoe_code") return &pppoe_code;
  if (name == "sll_pkttype") return &sll_pkttype;
  if (name == "tcp_option") return &tcp_option;
  if (name == "vlan_pcp") return &vlan_pcp;
  return nullptr;
}

}  // namespace jspcap::enums
