// tins_walk FILE — the libtins peer: read every record with libpcap (pcap_next_ex, as libtins'
// FileSniffer does), build libtins' PDU chain for it (libtins parses every layer it knows when
// the outer PDU is constructed) and walk the chain, counting frames per layer type.
// Malformed frames (libtins throws; FileSniffer would silently skip them) are counted.
// Prints: packets N / bytes N / malformed N / layer <PDU> N ...
#include <pcap/pcap.h>

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include <tins/tins.h>
#include <tins/loopback.h>

using namespace Tins;

static const char* pdu_name(PDU::PDUType t) {
  switch (t) {
    case PDU::ETHERNET_II: return "EthernetII";
    case PDU::IEEE802_3: return "IEEE802_3";
    case PDU::LLC: return "LLC";
    case PDU::SNAP: return "SNAP";
    case PDU::DOT1Q: return "Dot1Q";
    case PDU::ARP: return "ARP";
    case PDU::IP: return "IP";
    case PDU::IPv6: return "IPv6";
    case PDU::ICMP: return "ICMP";
    case PDU::ICMPv6: return "ICMPv6";
    case PDU::TCP: return "TCP";
    case PDU::UDP: return "UDP";
    case PDU::DNS: return "DNS";
    case PDU::RAW: return "RawPDU";
    case PDU::SLL: return "SLL";
    case PDU::LOOPBACK: return "Loopback";
    case PDU::IPSEC_AH: return "IPSecAH";
    case PDU::IPSEC_ESP: return "IPSecESP";
    case PDU::MPLS: return "MPLS";
    case PDU::PPPOE: return "PPPoE";
    case PDU::STP: return "STP";
    case PDU::EAPOL: return "EAPOL";
    case PDU::BOOTP: return "BOOTP";
    case PDU::DHCP: return "DHCP";
    case PDU::DHCPv6: return "DHCPv6";
    default: return nullptr;
  }
}

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: tins_walk FILE\n");
    return 2;
  }
  char err[PCAP_ERRBUF_SIZE];
  pcap_t* p = pcap_open_offline(argv[1], err);
  if (!p) {
    std::fprintf(stderr, "tins_walk: %s\n", err);
    return 1;
  }
  const int dlt = pcap_datalink(p);
  std::uint64_t packets = 0, bytes = 0, malformed = 0, layers = 0;
  constexpr int kTypes = 1024;
  std::uint64_t counts[kTypes] = {};
  std::map<int, std::uint64_t> other;
  pcap_pkthdr* h;
  const u_char* data;
  int rc;
  while ((rc = pcap_next_ex(p, &h, &data)) == 1) {
    ++packets;
    bytes += h->caplen;
    try {
      std::unique_ptr<PDU> pdu;
      switch (dlt) {
        case DLT_EN10MB: pdu.reset(new EthernetII(data, h->caplen)); break;
        case DLT_LINUX_SLL: pdu.reset(new SLL(data, h->caplen)); break;
        case DLT_NULL: pdu.reset(new Loopback(data, h->caplen)); break;
        case DLT_RAW:
          if (h->caplen && (data[0] >> 4) == 6) pdu.reset(new IPv6(data, h->caplen));
          else pdu.reset(new IP(data, h->caplen));
          break;
        default: pdu.reset(new RawPDU(data, h->caplen)); break;
      }
      bool seen[kTypes] = {};
      for (const PDU* l = pdu.get(); l; l = l->inner_pdu()) {
        ++layers;
        const int t = l->pdu_type();
        if (t >= 0 && t < kTypes) {
          if (!seen[t]) ++counts[t];
          seen[t] = true;
        }
      }
    } catch (const malformed_packet&) {
      ++malformed;
    } catch (const std::exception&) {
      ++malformed;
    }
  }
  if (rc == -1) std::fprintf(stderr, "tins_walk: %s\n", pcap_geterr(p));
  pcap_close(p);
  std::printf("packets %llu\nbytes %llu\nmalformed %llu\nlayers_walked %llu\n", (unsigned long long)packets,
              (unsigned long long)bytes, (unsigned long long)malformed, (unsigned long long)layers);
  for (int t = 0; t < kTypes; ++t) {
    if (!counts[t]) continue;
    const char* n = pdu_name(static_cast<PDU::PDUType>(t));
    if (n) std::printf("layer %s %llu\n", n, (unsigned long long)counts[t]);
    else std::printf("layer PDU#%d %llu\n", t, (unsigned long long)counts[t]);
  }
  return rc == -1 ? 1 : 0;
}
