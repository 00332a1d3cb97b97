// Tests for the packet builders (jspcap/build.hpp, the generated jspcap::pkt classes): derived
// lengths, next-layer keys and checksums; the frames read back by our own dissector with the
// values that were set; rebuilding a dissected frame; clear errors for what cannot be built.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "jspcap/build.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/generated/builders.hpp"
#include "jspcap/generated/dispatch.hpp"

namespace {

using namespace jspcap::pkt;
using jspcap::BuildError;
using jspcap::Bytes;
using jspcap::Frame;
using jspcap::ProtocolId;

Frame dissect_bytes(const std::vector<std::uint8_t>& b, std::uint32_t linktype = 1) {
  jspcap::Record r;
  r.number = 1;
  r.cap_len = r.wire_len = static_cast<std::uint32_t>(b.size());
  r.linktype = linktype;
  r.data = Bytes{b.data(), b.size()};
  Frame f;
  jspcap::dissect(r, f);
  return f;
}

std::string chain(const std::vector<std::uint8_t>& b, std::uint32_t linktype = 1) {
  return dissect_bytes(b, linktype).protochain();
}

// The Internet checksum over a span that contains its own checksum field sums to 0xffff.
bool sums_to_ones(Bytes b, std::uint64_t extra = 0) { return jspcap::inet_fold(jspcap::inet_sum(b, extra)) == 0; }

std::string error_of(const jspcap::Packet& p) {
  try {
    (void)p.bytes();
  } catch (const BuildError& e) {
    return e.what();
  }
  return "";
}

const std::uint8_t kPayload[] = {'h', 'e', 'l', 'l', 'o'};

}  // namespace

TEST_CASE("builder: Ethernet / IPv4 / UDP / Raw derives lengths, keys and checksums") {
  const auto pkt = Ethernet().src("02:00:00:00:00:01").dst("02:00:00:00:00:02") /
                   IPv4().src("10.0.0.1").dst("10.0.0.2").id(0x1234) / UDP().srcport(1234).dstport(53) /
                   Raw(Bytes{kPayload, sizeof kPayload});
  const auto b = pkt.bytes();
  REQUIRE(b.size() == 14 + 20 + 8 + 5);
  CHECK(pkt.size() == b.size());
  const Frame f = dissect_bytes(b);
  REQUIRE(f.first_issue() == nullptr);
  const auto eth = f.get<jspcap::EthernetView>();
  const auto ip = f.get<jspcap::Ipv4View>();
  const auto udp = f.get<jspcap::UdpView>();
  REQUIRE(eth);
  REQUIRE(ip);
  REQUIRE(udp);
  CHECK(eth->type() == 0x0800);
  CHECK(ip->version() == 4);
  CHECK(ip->hdr_len() == 20);
  CHECK(ip->len() == 33);
  CHECK(ip->ttl() == 64);   // default: in ipv4.yaml
  CHECK(ip->proto() == 17);
  CHECK(ip->id() == 0x1234);
  CHECK(sums_to_ones(Bytes{b.data() + 14, 20}));
  CHECK(udp->len() == 13);
  CHECK(udp->dstport() == 53);
  // UDP checksum with the IPv4 pseudo-header: addresses, protocol 17, UDP length.
  CHECK(sums_to_ones(Bytes{b.data() + 34, 13}, jspcap::inet_sum(Bytes{b.data() + 26, 8}) + 17 + 13));
  CHECK(f.protochain() == "Ethernet:IPv4:UDP");

  SUBCASE("size() then build() into a caller's buffer") {
    std::vector<std::uint8_t> buf(pkt.size() + 10, 0xee);
    CHECK(pkt.build(buf) == b.size());
    CHECK(std::vector<std::uint8_t>(buf.begin(), buf.begin() + static_cast<long>(b.size())) == b);
    std::vector<std::uint8_t> small(10);
    CHECK_THROWS_AS(pkt.build(small), BuildError);
  }
}

TEST_CASE("builder: explicit values win over derived ones") {
  const auto b = (IPv4().src("10.0.0.1").dst("10.0.0.2").proto(253).checksum(0xbeef).ttl(1) /
                  Raw(std::string_view("abc")))
                     .bytes();
  const auto ip = jspcap::Ipv4View{Bytes{b.data(), b.size()}};
  CHECK(ip.proto() == 253);
  CHECK(ip.checksum() == 0xbeef);
  CHECK(ip.ttl() == 1);
  CHECK(ip.len() == 23);
}

TEST_CASE("builder: VLAN, IPv6 / TCP with options, ICMP, ICMPv6, ARP") {
  SUBCASE("Ethernet / VLAN / IPv6 / TCP with options added one by one") {
    const std::uint8_t mss[] = {0x05, 0xb4};
    const auto b = (Ethernet().src("02:00:00:00:00:01").dst("02:00:00:00:00:02") / VLAN().vid(42).pcp(3) /
                    IPv6().src("2001:db8::1").dst("2001:db8::2") /
                    TCP().srcport(40000).dstport(80).seq(1).flags_syn().window_size(65535).opt_add(2, Bytes{mss, 2}))
                       .bytes();
    const Frame f = dissect_bytes(b);
    REQUIRE(f.first_issue() == nullptr);
    CHECK(f.protochain() == "Ethernet:VLAN:IPv6:TCP");
    CHECK(f.get<jspcap::EthernetView>()->type() == 0x8100);
    CHECK(f.get<jspcap::VlanView>()->type() == 0x86dd);
    CHECK(f.get<jspcap::VlanView>()->vid() == 42);
    CHECK(f.get<jspcap::VlanView>()->pcp() == 3);
    CHECK(f.get<jspcap::Ipv6View>()->payload() == 24);
    CHECK(f.get<jspcap::Ipv6View>()->next() == 6);
    const auto tcp = f.get<jspcap::TcpView>();
    CHECK(tcp->hdr_len() == 24);
    CHECK(tcp->flags_syn());
    CHECK(tcp->opt().size() == 4);
    const std::size_t ip = 18;
    CHECK(sums_to_ones(Bytes{b.data() + ip + 40, 24}, jspcap::inet_sum(Bytes{b.data() + ip + 8, 32}) + 6 + 24));
  }
  SUBCASE("ICMP echo in IPv4") {
    const auto b = (IPv4().src("192.0.2.1").dst("192.0.2.2") / ICMP().type(8).id(7).seq(1) / Raw(std::string_view("ping")))
                       .bytes();
    CHECK(chain(b, 228) == "IPv4:ICMP");
    CHECK(sums_to_ones(Bytes{b.data() + 20, b.size() - 20}));
  }
  SUBCASE("ICMPv6 echo in IPv6") {
    const auto b = (IPv6().src("fe80::1").dst("fe80::2") / ICMPv6().type(128).id(1).seq(2)).bytes();
    CHECK(chain(b, 229) == "IPv6:ICMPv6");
    CHECK(sums_to_ones(Bytes{b.data() + 40, 8}, jspcap::inet_sum(Bytes{b.data() + 8, 32}) + 58 + 8));
  }
  SUBCASE("ARP request with the spec's defaults") {
    const auto b = (Ethernet().src("02:00:00:00:00:01").dst("ff:ff:ff:ff:ff:ff") /
                    ARP().sha("02:00:00:00:00:01").spa("10.0.0.1").tpa("10.0.0.2"))
                       .bytes();
    REQUIRE(b.size() == 14 + 28);
    const Frame f = dissect_bytes(b);
    CHECK(f.protochain() == "Ethernet:ARP");
    const auto arp = f.get<jspcap::ArpView>();
    REQUIRE(arp);
    CHECK(arp->htype() == 1);
    CHECK(arp->ptype() == 0x0800);
    CHECK(arp->oper() == 1);
    CHECK(arp->tha().size() == 6);
  }
}

TEST_CASE("builder: errors name the layer and the field") {
  CHECK(error_of(IPv4().dst("10.0.0.1").proto(17) / Raw(std::string_view("x"))) ==
        "IPv4: field 'src': is required (an address has no default)");
  CHECK_THROWS_WITH_AS(IPv4().ttl(300), "IPv4: field 'ttl': 300 does not fit in 8 bits", BuildError);
  CHECK_THROWS_WITH_AS(IPv4().hdr_len(22), "IPv4: field 'hdr_len': 22 is not a multiple of its scale 4", BuildError);
  CHECK_THROWS_WITH_AS(IPv4().src("10.0.0.256"), "IPv4: field 'src': cannot read '10.0.0.256' as an IPv4 address",
                       BuildError);
  CHECK(error_of(IPv4().src("10.0.0.1").dst("10.0.0.2").proto(17).len(20) / Raw(std::string_view("abcdefgh"))) ==
        "IPv4: field 'len': the total size ((len == 0) ? parent_len : len) gives 20 bytes, but header and payload are "
        "28 (leave the length unset to derive it)");
  CHECK(error_of(IPv4().src("10.0.0.1").dst("10.0.0.2") / Raw(std::string_view("x"))) ==
        "IPv4: field 'proto': not set, and the next layer (Raw) has no value in table ip_proto to fill it with; set it");
  CHECK(error_of(ICMP().type(8).gateway("10.0.0.1")) ==
        "ICMP: field 'gateway': is set, but its condition does not hold here (leave it unset)");
  CHECK(error_of(IPv4().src("10.0.0.1").dst("10.0.0.2").proto(6).opt(Bytes{kPayload, 3})) ==
        "IPv4: field 'hdr_len': derived as 23, which is not a multiple of 4 (pad the header)");
  CHECK(error_of(ARP().sha(Bytes{kPayload, 4}).spa("10.0.0.1").tpa("10.0.0.2")) ==
        "ARP: field 'sha': is 4 bytes, but its size hlen gives 6");
  CHECK_THROWS_WITH_AS(UDP().set("nope", 1), "UDP: field 'nope': no such field", BuildError);
  SUBCASE("not strict: explicit values are written as given") {
    const auto p = IPv4().src("10.0.0.1").dst("10.0.0.2").proto(17).len(20) / Raw(std::string_view("abcdefgh"));
    const auto b = p.bytes(jspcap::BuildOptions{.strict = false});
    CHECK(jspcap::Ipv4View{Bytes{b.data(), b.size()}}.len() == 20);
  }
}

TEST_CASE("builder: a dissected frame rebuilt from its fields gives the same bytes") {
  const auto built = (Ethernet().src("02:00:00:00:00:01").dst("02:00:00:00:00:02") /
                      IPv4().src("10.0.0.1").dst("10.0.0.2").flags_df() / TCP().srcport(1).dstport(2).flags_ack())
                         .bytes();
  std::vector<std::uint8_t> padded = built;
  padded.resize(60, 0);   // Ethernet padding: the Ethernet layer's trailer
  const Frame f = dissect_bytes(padded);
  jspcap::Packet p;
  std::string why;
  REQUIRE(jspcap::packet_from_frame(f, p, why));
  CHECK(p.layer_count() == 3);
  CHECK(p.bytes(jspcap::BuildOptions{.strict = false}) == padded);
  // Every field came from the views: change one and the bytes follow.
  p.layer(1).set("ttl", 9);
  const auto again = p.bytes(jspcap::BuildOptions{.strict = false});
  CHECK(jspcap::Ipv4View{Bytes{again.data() + 14, 20}}.ttl() == 9);

  SUBCASE("a frame cut by the snap length is not rebuilt") {
    jspcap::Record r = f.record();
    r.wire_len += 10;
    Frame g;
    jspcap::dissect(r, g);
    CHECK_FALSE(jspcap::packet_from_frame(g, p, why));
    CHECK(why == "truncated by the snap length");
  }
}
