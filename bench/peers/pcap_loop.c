/* pcap_loop FILE — the read floor: libpcap's pcap_next_ex over every record, touching each
 * packet minimally: the captured length, the Ethernet type (after any 802.1Q/802.1ad tags) and,
 * for IPv4/IPv6, the protocol / next-header byte of the first IP header (no extension headers
 * followed, fragments not told apart). Prints: packets N / bytes N / layer <name> N ...
 * Counts are per frame, ethertype-level: "layer TCP" is IP protocol 6 in the outer IP header. */
#include <pcap/pcap.h>
#include <stdint.h>
#include <stdio.h>

int main(int argc, char** argv) {
  if (argc != 2) { fprintf(stderr, "usage: pcap_loop FILE\n"); return 2; }
  char err[PCAP_ERRBUF_SIZE];
  pcap_t* p = pcap_open_offline(argv[1], err);
  if (!p) { fprintf(stderr, "pcap_loop: %s\n", err); return 1; }
  const int eth = pcap_datalink(p) == DLT_EN10MB;
  uint64_t packets = 0, bytes = 0, vlan = 0, v4 = 0, v6 = 0, arp = 0, tcp = 0, udp = 0, icmp = 0, icmp6 = 0;
  struct pcap_pkthdr* h;
  const u_char* d;
  int rc;
  while ((rc = pcap_next_ex(p, &h, &d)) == 1) {
    ++packets;
    bytes += h->caplen;
    if (!eth || h->caplen < 14) continue;
    uint32_t off = 12;
    unsigned type = (unsigned)d[off] << 8 | d[off + 1];
    int tagged = 0;
    while ((type == 0x8100 || type == 0x88a8) && off + 6 <= h->caplen) {
      tagged = 1;
      off += 4;
      type = (unsigned)d[off] << 8 | d[off + 1];
    }
    vlan += tagged;
    off += 2;
    unsigned proto = 256;
    if (type == 0x0800) { ++v4; if (off + 10 <= h->caplen) proto = d[off + 9]; }
    else if (type == 0x86dd) { ++v6; if (off + 7 <= h->caplen) proto = d[off + 6]; }
    else if (type == 0x0806) ++arp;
    tcp += proto == 6;
    udp += proto == 17;
    icmp += proto == 1;
    icmp6 += proto == 58;
  }
  if (rc == -1) fprintf(stderr, "pcap_loop: %s\n", pcap_geterr(p));
  pcap_close(p);
  printf("packets %llu\nbytes %llu\n", (unsigned long long)packets, (unsigned long long)bytes);
  printf("layer VLAN %llu\nlayer IPv4 %llu\nlayer IPv6 %llu\nlayer ARP %llu\n", (unsigned long long)vlan,
         (unsigned long long)v4, (unsigned long long)v6, (unsigned long long)arp);
  printf("layer TCP %llu\nlayer UDP %llu\nlayer ICMP %llu\nlayer ICMPv6 %llu\n", (unsigned long long)tcp,
         (unsigned long long)udp, (unsigned long long)icmp, (unsigned long long)icmp6);
  return rc == -1 ? 1 : 0;
}
