// Builds a few packets of several protocols and writes them to a capture:
//   build_capture OUT.pcap | OUT.pcapng
// Lengths, EtherTypes, IP protocol numbers and checksums are derived from the specs on build().
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <vector>

#include "jspcap/build.hpp"
#include "jspcap/capture_writer.hpp"
#include "jspcap/generated/builders.hpp"

int main(int argc, char** argv) {
  using namespace jspcap::pkt;
  if (argc != 2) {
    std::fprintf(stderr, "usage: build_capture OUT.pcap|OUT.pcapng\n");
    return 2;
  }
  const std::string path = argv[1];
  const bool ng = path.size() > 7 && path.compare(path.size() - 7, 7, ".pcapng") == 0;
  const auto mac_a = "02:00:00:00:00:01", mac_b = "02:00:00:00:00:02";
  const std::uint8_t dns_query[] = {0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
                                    7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1};
  const std::uint8_t mss[] = {0x05, 0xb4};
  try {
    std::vector<jspcap::Packet> frames;
    // Ethernet / IPv4 / UDP: a DNS query
    frames.push_back(Ethernet().src(mac_a).dst(mac_b) / IPv4().src("192.0.2.1").dst("192.0.2.53").id(1) /
                     UDP().srcport(53000).dstport(53) / Raw(jspcap::Bytes{dns_query, sizeof dns_query}));
    // Ethernet / IPv6 / TCP: a SYN with an MSS option
    frames.push_back(Ethernet().src(mac_a).dst(mac_b) / IPv6().src("2001:db8::1").dst("2001:db8::2") /
                     TCP().srcport(40000).dstport(80).seq(1000).flags_syn().window_size(64800).opt_add(2, jspcap::Bytes{mss, 2}));
    // Ethernet / IPv4 / ICMP echo request
    frames.push_back(Ethernet().src(mac_a).dst(mac_b) / IPv4().src("192.0.2.1").dst("198.51.100.7").id(2).flags_df() /
                     ICMP().type(8).id(0x4242).seq(1) / Raw(std::string_view("abcdefghijklmnop")));
    // Ethernet / VLAN / IPv4 / UDP
    frames.push_back(Ethernet().src(mac_a).dst(mac_b) / VLAN().vid(100).pcp(5) / IPv4().src("10.1.0.1").dst("10.1.0.2").id(3) /
                     UDP().srcport(40001).dstport(9) / Raw(std::string_view("discard me")));
    // Ethernet / ARP request (hardware/protocol types and sizes from arp.yaml's defaults)
    frames.push_back(Ethernet().src(mac_a).dst("ff:ff:ff:ff:ff:ff") /
                     ARP().sha(mac_a).spa("192.0.2.1").tpa("192.0.2.254"));
    // Ethernet / IPv6 / ICMPv6 echo request
    frames.push_back(Ethernet().src(mac_a).dst(mac_b) / IPv6().src("fe80::1").dst("fe80::2").limit(255) /
                     ICMPv6().type(128).id(7).seq(1) / Raw(std::string_view("ping6")));

    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out) {
      std::fprintf(stderr, "build_capture: %s: %s\n", path.c_str(), std::strerror(errno));
      return 1;
    }
    {
      jspcap::CaptureWriter w(out, path, {.format = ng ? jspcap::CaptureFormat::pcapng : jspcap::CaptureFormat::pcap});
      std::vector<std::uint8_t> buf(65536);   // built into one buffer: no allocation per frame
      std::int64_t sec = 1700000000;
      for (const auto& f : frames) {
        const std::size_t n = f.build(buf);
        w.write(jspcap::Bytes{buf.data(), n}, sec++, 0);
      }
    }
    std::fclose(out);
    std::printf("%s: %zu frames\n", path.c_str(), frames.size());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "build_capture: %s\n", e.what());
    return 1;
  }
}
