// Tests for the dissector loop (runtime/src/frame.cpp) through jspcap::dissect(record, frame,
// options): hand-built records for every link type, the protocol chain, layer extents, the Frame
// and Layer API, stop options, the depth budget and the JSON shape of a frame.
#include <doctest/doctest.h>

#include "test_bytes.hpp"
#include "test_frames.hpp"

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "jspcap/error.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/generated/dispatch.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/reader.hpp"
#include "jspcap/report.hpp"

namespace {

using jspcap::DissectOptions;
using jspcap::Frame;
using jspcap::LayerRecord;
using jspcap::ProtocolId;
using jspcap::Reason;
using jspcap::Record;
using jspcap::Status;
using jspcap_test::Buf;
using jspcap_test::layout;
using jspcap_test::record_of;

// ---- helpers ------------------------------------------------------------------------------------

using jspcap_test::cat;
using jspcap_test::filler;
using jspcap_test::text_bytes;

std::string chain(const Frame& f) { return f.protochain(); }

std::vector<std::string> keys(const nlohmann::ordered_json& j) {
  std::vector<std::string> k;
  for (auto it = j.begin(); it != j.end(); ++it) k.push_back(it.key());
  return k;
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& e : v) s += (s.empty() ? "" : ",") + e;
  return s;
}

/// The text a report writer makes of one frame.
std::string report_text(jspcap::Format format, const Frame& frame) {
  std::FILE* tmp = std::tmpfile();
  REQUIRE(tmp != nullptr);
  {
    auto writer = jspcap::ReportWriter::create(format, tmp, "tmp");
    writer->begin_document();
    writer->frame(frame);
    writer->end_document();
  }
  return jspcap_test::read_and_close(tmp);
}

// ---- packets ------------------------------------------------------------------------------------

const Buf kEthIpv4 = {
    0xa4, 0x5e, 0x60, 0xd9, 0x6b, 0x97,  // dst a4:5e:60:d9:6b:97
    0xb8, 0xf8, 0x83, 0xa5, 0xf9, 0x47,  // src b8:f8:83:a5:f9:47
    0x08, 0x00,                          // type IPv4
};

// IPv4 192.168.1.100 → 93.184.216.34, TCP, total 68 (20 + 32 + 16).
const Buf kIpv4Tcp = {
    0x45, 0x00, 0x00, 0x44,  // version 4, hdr_len 20, len 68
    0x1c, 0x47, 0x40, 0x00,  // id 0x1c47, DF
    0x40, 0x06, 0x26, 0x86,  // ttl 64, proto TCP, checksum 0x2686
    0xc0, 0xa8, 0x01, 0x64,  // src 192.168.1.100
    0x5d, 0xb8, 0xd8, 0x22,  // dst 93.184.216.34
};

// TCP 50000 → 80, ACK PSH, 32-byte header (NOP NOP Timestamps).
const Buf kTcp = {
    0xc3, 0x50, 0x00, 0x50,  // srcport 50000, dstport 80
    0x5f, 0x2b, 0x3c, 0x1d,  // seq
    0x9a, 0x0e, 0x11, 0x7b,  // ack
    0x80, 0x18, 0x01, 0xf6,  // hdr_len 32, ACK PSH, window 502
    0xfe, 0x30, 0x00, 0x00,  // checksum, urgent pointer
    0x01, 0x01, 0x08, 0x0a, 0x00, 0x1c, 0x8e, 0x2a, 0x00, 0x1c, 0x8e, 0x1f,  // NOP NOP TS
};

const Buf kHttp = text_bytes("GET / HTTP/1.1\r\n");

// IPv4 192.168.1.100 → 192.168.1.1, UDP, total 44 (20 + 8 + 16).
const Buf kIpv4Udp = {
    0x45, 0x00, 0x00, 0x2c,  // len 44
    0x3a, 0x98, 0x00, 0x00,  // id, no flags
    0x40, 0x11, 0xbc, 0x73,  // ttl 64, proto UDP, checksum
    0xc0, 0xa8, 0x01, 0x64,  // src 192.168.1.100
    0xc0, 0xa8, 0x01, 0x01,  // dst 192.168.1.1
};
// UDP 54321 → 53 with 16 bytes of payload (len 24).
const Buf kUdp24 = {0xd4, 0x31, 0x00, 0x35, 0x00, 0x18, 0x8f, 0x3a};
// UDP 5353 → 5353 with 8 bytes of payload (len 16).
const Buf kUdp16 = {0x14, 0xe9, 0x14, 0xe9, 0x00, 0x10, 0x6a, 0x01};

// IPv6 fe80::20c:29ff:fe1d:8a6f → ff02::fb, payload 16, next header filled in by ipv6_header().
Buf ipv6_header(std::uint8_t next) {
  return {
      0x60, 0x00, 0x00, 0x00,  // version 6, tclass 0, label 0
      0x00, 0x10,              // payload 16
      next,                    // next header
      0xff,                    // hop limit 255
      0xfe, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x0c, 0x29, 0xff, 0xfe, 0x1d, 0x8a, 0x6f,
      0xff, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xfb,
  };
}

// ICMPv6 echo request id 0x1234 seq 1.
const Buf kIcmpv6Echo = {0x80, 0x00, 0x2b, 0x1c, 0x12, 0x34, 0x00, 0x01};

// ARP who-has 192.168.1.1 tell 192.168.1.100.
const Buf kArp = {
    0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x01,  // Ethernet, IPv4, 6, 4, request
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f, 0xc0, 0xa8, 0x01, 0x64,  // sha, spa
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0xa8, 0x01, 0x01,  // tha, tpa
};

/// Ethernet / IPv4 / TCP / "GET / HTTP/1.1\r\n": 82 bytes.
Buf eth_ipv4_tcp() { return cat({kEthIpv4, kIpv4Tcp, kTcp, kHttp}); }

/// Ethernet / 802.1ad S-tag 100 / 802.1Q C-tag 200 / IPv6 / UDP / 8 bytes: 78 bytes.
Buf eth_qinq_ipv6_udp() {
  return cat({
      {0x33, 0x33, 0x00, 0x00, 0x00, 0xfb, 0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f, 0x88, 0xa8},  // → S-tag
      {0x00, 0x64, 0x81, 0x00},  // vid 100 → C-tag
      {0x00, 0xc8, 0x86, 0xdd},  // vid 200 → IPv6
      ipv6_header(17),
      kUdp16,
      filler(8),
  });
}

}  // namespace

// ---- chains per link type -----------------------------------------------------------------------

TEST_CASE("dissect: Ethernet / IPv4 / TCP with a payload") {
  const Buf bytes = eth_ipv4_tcp();
  REQUIRE(bytes.size() == 82);
  Frame frame;
  jspcap::dissect(record_of(bytes, 1), frame);

  CHECK(chain(frame) == "Ethernet:IPv4:TCP:HTTP");
  // Port 80 carries HTTP: the request line is the whole payload.
  CHECK(layout(frame) == "ethernet@0+14/82/82 ipv4@14+20/68/68 tcp@34+32/48/48 http@66+16/16/16");
  REQUIRE(frame.layers().size() == 4);
  for (const LayerRecord& l : frame.layers()) {
    CHECK(l.issue.status == Status::ok);
    CHECK(l.issue.reason == Reason::none);
  }
  CHECK(frame.first_issue() == nullptr);
  CHECK(frame.number() == 1);
  CHECK(frame.data().size() == 82);

  const jspcap::Layer http(frame, 3);
  CHECK(http.protocol() == ProtocolId::http);
  CHECK(std::string(http.bytes().begin(), http.bytes().end()) == "GET / HTTP/1.1\r\n");
}

TEST_CASE("dissect: Ethernet / VLAN / VLAN / IPv6 / UDP") {
  const Buf bytes = eth_qinq_ipv6_udp();
  REQUIRE(bytes.size() == 78);
  Frame frame;
  jspcap::dissect(record_of(bytes, 1), frame);
  CHECK(chain(frame) == "Ethernet:VLAN:VLAN:IPv6:UDP");
  CHECK(layout(frame) ==
        "ethernet@0+14/78/78 vlan@14+4/64/64 vlan@18+4/60/60 ipv6@22+40/56/56 udp@62+8/16/16 raw@70+8/8/8");
  CHECK(frame.get<jspcap::VlanView>()->vid() == 100);  // the first (outer) tag
  CHECK(jspcap::Layer(frame, 2).as<jspcap::VlanView>().vid() == 200);
  CHECK(frame.get<jspcap::UdpView>()->srcport() == 5353);
  CHECK(frame.first_issue() == nullptr);
}

TEST_CASE("dissect: linktype 101 (raw IP) with IPv6; RawIP is transparent") {
  const Buf bytes = cat({ipv6_header(58), kIcmpv6Echo, filler(8)});
  Frame frame;
  jspcap::dissect(record_of(bytes, 101), frame);
  CHECK(chain(frame) == "IPv6:ICMPv6");
  CHECK(layout(frame) == "raw_ip@0+0/56/56 ipv6@0+40/56/56 icmpv6@40+8/16/16 raw@48+8/8/8");
  CHECK(frame.get<jspcap::Icmpv6View>()->id() == 0x1234);

  // LINKTYPE_RAW's other numbers and IPv4 inside.
  const Buf v4 = cat({kIpv4Udp, kUdp24, filler(16)});
  for (const std::uint32_t lt : {12u, 14u, 101u}) {
    CAPTURE(lt);
    jspcap::dissect(record_of(v4, lt), frame);
    CHECK(chain(frame) == "IPv4:UDP");
    CHECK(frame.layers()[0].protocol == ProtocolId::rawip);
  }
  // 228 / 229: IPv4 / IPv6 directly, no RawIP layer.
  jspcap::dissect(record_of(v4, 228), frame);
  CHECK(layout(frame) == "ipv4@0+20/44/44 udp@20+8/24/24 raw@28+16/16/16");
  jspcap::dissect(record_of(bytes, 229), frame);
  CHECK(chain(frame) == "IPv6:ICMPv6");
  CHECK(frame.layers()[0].protocol == ProtocolId::ipv6);
}

TEST_CASE("dissect: linktype 0 (Null) in both byte orders") {
  Frame frame;
  const Buf le = cat({{0x02, 0x00, 0x00, 0x00}, kIpv4Udp, kUdp24, filler(16)});
  jspcap::dissect(record_of(le, 0), frame);
  CHECK(chain(frame) == "Null:IPv4:UDP");
  CHECK(layout(frame) == "null@0+4/48/48 ipv4@4+20/44/44 udp@24+8/24/24 raw@32+16/16/16");

  const Buf be = cat({{0x00, 0x00, 0x00, 0x1e}, ipv6_header(17), kUdp16, filler(8)});
  jspcap::dissect(record_of(be, 0), frame);
  CHECK(chain(frame) == "Null:IPv6:UDP");
  CHECK(frame.get<jspcap::NullView>()->family() == 30);
}

TEST_CASE("dissect: linktypes 113 (SLL) and 276 (SLL2)") {
  Frame frame;
  const Buf sll = cat({{0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f, 0x00, 0x00, 0x08, 0x00},
                       kIpv4Udp, kUdp24, filler(16)});
  jspcap::dissect(record_of(sll, 113), frame);
  CHECK(chain(frame) == "SLL:IPv4:UDP");
  CHECK(layout(frame) == "sll@0+16/60/60 ipv4@16+20/44/44 udp@36+8/24/24 raw@44+16/16/16");

  const Buf sll2 = cat({{0x08, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01, 0x04, 0x06, 0x00, 0x0c, 0x29,
                         0x1d, 0x8a, 0x6f, 0x00, 0x00},
                        kArp});
  jspcap::dissect(record_of(sll2, 276), frame);
  CHECK(chain(frame) == "SLL2:ARP");
  CHECK(layout(frame) == "sll2@0+20/48/48 arp@20+28/28/28");  // nothing left over: no Raw
  CHECK(frame.get<jspcap::Sll2View>()->ifindex() == 2);
}

TEST_CASE("dissect: unknown link type and unknown EtherType become Raw") {
  Frame frame;
  const Buf bytes = eth_ipv4_tcp();
  jspcap::dissect(record_of(bytes, 9999), frame);
  CHECK(chain(frame) == "");
  CHECK(layout(frame) == "raw@0+82/82/82");
  REQUIRE(frame.layers().size() == 1);
  const jspcap::Issue& issue = frame.layers()[0].issue;
  CHECK(issue.status == Status::unsupported);
  CHECK(issue.reason == Reason::no_dissector);
  REQUIRE(issue.field != nullptr);
  CHECK(std::string(issue.field) == "linktype");
  CHECK(issue.value == 9999);
  REQUIRE(frame.first_issue() != nullptr);
  CHECK(jspcap::describe(*frame.first_issue()) == "unsupported: no dissector for linktype 0x270f");

  Buf lldpish = cat({kEthIpv4, filler(46)});
  lldpish[12] = 0x88;
  lldpish[13] = 0xb5;  // local experimental EtherType: no spec binds it
  jspcap::dissect(record_of(lldpish, 1), frame);
  CHECK(chain(frame) == "Ethernet");
  CHECK(layout(frame) == "ethernet@0+14/60/60 raw@14+46/46/46");
  CHECK(frame.layers()[1].issue.status == Status::ok);
}

TEST_CASE("dissect: an ICMP error carries the datagram it quotes") {
  const Buf bytes = cat({
      kEthIpv4,
      {0x45, 0xc0, 0x00, 0x38, 0x5b, 0x01, 0x00, 0x00, 0x40, 0x01, 0x9b, 0x6e,  // IPv4, ICMP, len 56
       0xc0, 0xa8, 0x01, 0x01, 0xc0, 0xa8, 0x01, 0x64},                         // 192.168.1.1 → .100
      {0x03, 0x03, 0xc2, 0x6a, 0x00, 0x00, 0x00, 0x00},                         // port unreachable
      {0x45, 0x00, 0x00, 0x25, 0x0b, 0x3c, 0x00, 0x00, 0x40, 0x11, 0x9d, 0x70,  // quoted IPv4, UDP
       0xc0, 0xa8, 0x01, 0x64, 0x08, 0x08, 0x08, 0x08},
      {0xd4, 0x31, 0x00, 0x35, 0x00, 0x11, 0x8f, 0x3a},  // quoted UDP header, len 17
  });
  REQUIRE(bytes.size() == 70);
  Frame frame;
  jspcap::dissect(record_of(bytes, 1), frame);
  CHECK(chain(frame) == "Ethernet:IPv4:ICMP:IPv4:UDP");
  // The quoted datagram claims 37 bytes and 28 are quoted: a partial payload, so its length
  // fields are not errors (as in tshark); its extents are the bytes that are there (the fields
  // still say 37 and 17).
  CHECK(layout(frame) == "ethernet@0+14/70/70 ipv4@14+20/56/56 icmp@34+8/36/36 ipv4@42+20/28/28 udp@62+8/8/8");
  CHECK(frame.get<jspcap::Ipv4View>()->len() == 56);
  CHECK(frame["udp"].as<jspcap::UdpView>().len() == 17);
  for (const LayerRecord& l : frame.layers()) CHECK(l.issue.status == Status::ok);
  CHECK(frame.first_issue() == nullptr);
  CHECK(frame.get<jspcap::IcmpView>()->type() == 3);
}

TEST_CASE("dissect: a first fragment is a partial payload") {
  Buf bytes = eth_ipv4_tcp();
  bytes[20] = 0x20;  // MF, offset 0: the TCP segment goes on in later fragments
  Frame frame;
  jspcap::dissect(record_of(bytes, 1), frame);
  CHECK(chain(frame) == "Ethernet:IPv4:TCP:HTTP");
  REQUIRE(frame.layers().size() == 4);
  CHECK(frame.layers()[1].wire_len == 68);
  for (const LayerRecord& l : frame.layers()) CHECK(l.issue.status == Status::ok);
  // Whatever the child's length is taken to be, no layer inside an IPv4 datagram is longer on
  // the wire than an IPv4 datagram can be: an internal "unbounded" marker must not show.
  for (const LayerRecord& l : frame.layers()) {
    const std::string name = jspcap::info(l.protocol).name;
    CAPTURE(name);
    CHECK(l.wire_len <= 65535);
  }
  CHECK(frame.layers()[2].cap_len == 48);

  // Later fragments are not dissected further.
  bytes[20] = 0x00;
  bytes[21] = 0xb9;  // offset 1480
  jspcap::dissect(record_of(bytes, 1), frame);
  CHECK(chain(frame) == "Ethernet:IPv4");
  CHECK(layout(frame) == "ethernet@0+14/82/82 ipv4@14+20/68/68 raw@34+48/48/48");
}

TEST_CASE("dissect: a quoted datagram with total length 0") {
  // ICMP time exceeded quoting an IPv4 header whose total length is 0 (segmentation offload on
  // the sender): its length is taken from what is there, never from an internal marker.
  const Buf bytes = cat({
      kEthIpv4,
      {0x45, 0xc0, 0x00, 0x38, 0x5b, 0x02, 0x00, 0x00, 0x40, 0x01, 0x00, 0x00,  // IPv4, ICMP, len 56
       0xc0, 0xa8, 0x01, 0x01, 0xc0, 0xa8, 0x01, 0x64},
      {0x0b, 0x00, 0xf4, 0xff, 0x00, 0x00, 0x00, 0x00},                         // time exceeded
      {0x45, 0x00, 0x00, 0x00, 0x0b, 0x3d, 0x40, 0x00, 0x01, 0x06, 0x00, 0x00,  // quoted IPv4, len 0
       0xc0, 0xa8, 0x01, 0x64, 0x5d, 0xb8, 0xd8, 0x22},
      {0xc3, 0x50, 0x00, 0x50, 0x5f, 0x2b, 0x3c, 0x1d},  // the first 8 bytes of TCP
  });
  Frame frame;
  jspcap::dissect(record_of(bytes, 1), frame);
  CHECK(chain(frame) == "Ethernet:IPv4:ICMP:IPv4:TCP");
  REQUIRE(frame.layers().size() == 5);
  CHECK(frame.layers()[3].issue.status == Status::ok);
  CHECK(frame.layers()[3].cap_len == 28);
  CHECK(frame.layers()[4].issue.status == Status::truncated);  // 8 of the 20 bytes TCP needs
  for (const LayerRecord& l : frame.layers()) {
    const std::string name = jspcap::info(l.protocol).name;
    CAPTURE(name);
    CHECK(l.wire_len <= 65535);
  }
}

// ---- damaged frames -----------------------------------------------------------------------------

TEST_CASE("dissect: a frame cut short by the snap length") {
  const Buf whole = eth_ipv4_tcp();
  Frame frame;

  SUBCASE("inside the IPv4 header") {
    const Buf cut(whole.begin(), whole.begin() + 24);  // 10 bytes of IPv4
    jspcap::dissect(record_of(cut, 1, 82), frame);
    CHECK(chain(frame) == "Ethernet:IPv4");
    CHECK(layout(frame) == "ethernet@0+14/24/82 ipv4@14+0/10/68");
    const jspcap::Issue& ip = frame.layers()[1].issue;
    CHECK(ip.status == Status::truncated);
    CHECK(ip.reason == Reason::short_header);
    CHECK(ip.value == 10);
    CHECK(ip.limit == 20);
    // No typed view of a header that is not all there: it would read past the captured bytes.
    CHECK_FALSE(frame.get<jspcap::Ipv4View>().has_value());
    CHECK_THROWS_AS(frame["ipv4"].as<jspcap::Ipv4View>(), jspcap::ProtocolError);
    CHECK(frame.get<jspcap::EthernetView>().has_value());
    REQUIRE(frame.first_issue() != nullptr);
    CHECK(frame.first_issue()->status == Status::truncated);
    CHECK(jspcap::describe(*frame.first_issue()) == "truncated: header needs 20 bytes, 10 captured");
  }
  SUBCASE("inside the TCP header") {
    const Buf cut(whole.begin(), whole.begin() + 54);  // 20 of 32 bytes of TCP
    jspcap::dissect(record_of(cut, 1, 82), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP");
    CHECK(layout(frame) == "ethernet@0+14/54/82 ipv4@14+20/40/68 tcp@34+0/20/48");
    CHECK(frame.layers()[2].issue.status == Status::truncated);
    CHECK(frame.layers()[2].issue.limit == 32);
  }
  SUBCASE("after the headers") {
    const Buf cut(whole.begin(), whole.begin() + 70);
    jspcap::dissect(record_of(cut, 1, 82), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP:HTTP");
    CHECK(layout(frame) == "ethernet@0+14/70/82 ipv4@14+20/56/68 tcp@34+32/36/48 http@66+4/4/16");
    CHECK(frame.first_issue() == nullptr);
  }
  SUBCASE("a record's wire length below its captured length counts as captured") {
    jspcap::dissect(record_of(whole, 1, 10), frame);
    CHECK(layout(frame) == "ethernet@0+14/82/82 ipv4@14+20/68/68 tcp@34+32/48/48 http@66+16/16/16");
  }
}

TEST_CASE("dissect: malformed layers") {
  Frame frame;
  SUBCASE("bad IPv4 version: the rest stays under IPv4 with the reason") {
    Buf b = eth_ipv4_tcp();
    b[14] = 0x65;
    jspcap::dissect(record_of(b, 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4");
    CHECK(layout(frame) == "ethernet@0+14/82/82 ipv4@14+0/68/68");
    CHECK(frame.layers()[1].issue.status == Status::malformed);
    CHECK(frame.layers()[1].issue.reason == Reason::bad_value);
    CHECK(jspcap::describe(frame.layers()[1].issue) == "malformed: field 'version' is 6, expected 4");
  }
  SUBCASE("IPv4 length past the frame: decoded up to the parent, and on") {
    Buf b = eth_ipv4_tcp();
    b[16] = 0x05;
    b[17] = 0xdc;  // len 1500
    jspcap::dissect(record_of(b, 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP:HTTP");
    CHECK(layout(frame) == "ethernet@0+14/82/82 ipv4@14+20/68/68 tcp@34+32/48/48 http@66+16/16/16");
    const jspcap::Issue& ip = frame.layers()[1].issue;
    CHECK(ip.status == Status::length_exceeds_parent);
    CHECK(ip.reason == Reason::total_exceeds_parent);
    CHECK(ip.value == 1500);
    CHECK(ip.limit == 68);
    REQUIRE(frame.first_issue() != nullptr);
    CHECK(frame.first_issue()->status == Status::length_exceeds_parent);
  }
  SUBCASE("UDP length past the IPv4 datagram") {
    Buf b = cat({kEthIpv4, kIpv4Udp, kUdp24, filler(16)});
    b[38] = 0x01;
    b[39] = 0x00;  // UDP len 256, IPv4 carries 24
    jspcap::dissect(record_of(b, 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:UDP");
    CHECK(layout(frame) == "ethernet@0+14/58/58 ipv4@14+20/44/44 udp@34+8/24/24 raw@42+16/16/16");
    CHECK(frame.layers()[2].issue.status == Status::length_exceeds_parent);
  }
  SUBCASE("Ethernet padding after a short IPv4 datagram is not given to TCP") {
    Buf b = cat({kEthIpv4, kIpv4Tcp, kTcp, Buf(6, 0)});  // 60-byte frame, IPv4 says 52
    b[16] = 0x00;
    b[17] = 0x34;
    jspcap::dissect(record_of(b, 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP");
    CHECK(layout(frame) == "ethernet@0+14/72/72 ipv4@14+20/52/52 tcp@34+32/32/32");
  }
}

// ---- the Frame and Layer API --------------------------------------------------------------------

TEST_CASE("Frame: contains, operator[], get") {
  const Buf tcp_bytes = eth_ipv4_tcp();
  const Buf v6_bytes = eth_qinq_ipv6_udp();
  Frame tcp, v6;
  jspcap::dissect(record_of(tcp_bytes, 1), tcp);
  jspcap::dissect(record_of(v6_bytes, 1), v6);

  SUBCASE("contains") {
    CHECK(tcp.contains("ip"));  // the IP umbrella
    CHECK(v6.contains("ip"));
    CHECK(tcp.contains("IP"));
    CHECK(tcp.contains("IPV4"));  // case-insensitive name
    CHECK(tcp.contains("ipv4"));
    CHECK(tcp.contains("Ethernet"));
    CHECK(tcp.contains("tcp"));
    CHECK_FALSE(tcp.contains("ipv6"));
    CHECK_FALSE(tcp.contains("udp"));
    CHECK_FALSE(v6.contains("ipv4"));
    CHECK(v6.contains("vlan"));
    CHECK(tcp.contains("http"));
    CHECK_FALSE(tcp.contains("raw"));
    CHECK(tcp.contains(ProtocolId::tcp));
    CHECK_FALSE(tcp.contains(ProtocolId::udp));
    CHECK_THROWS_AS(tcp.contains("nosuch"), jspcap::ProtocolUnbound);
    CHECK_THROWS_AS(tcp.contains(""), jspcap::ProtocolUnbound);
  }
  SUBCASE("operator[]") {
    const jspcap::Layer t = tcp["tcp"];
    CHECK(t.protocol() == ProtocolId::tcp);
    CHECK(std::string(t.info().name) == "TCP");
    CHECK(t.as<jspcap::TcpView>().srcport() == 50000);
    CHECK(t.as<jspcap::TcpView>().dstport() == 80);
    CHECK(t.header().size() == 32);
    CHECK(t.bytes().size() == 48);
    CHECK(std::string(t.payload().begin(), t.payload().end()) == "GET / HTTP/1.1\r\n");
    CHECK(t.record().offset == 34);
    CHECK_THROWS_AS(t.as<jspcap::UdpView>(), jspcap::ProtocolNotFound);

    CHECK(tcp["IP"].protocol() == ProtocolId::ipv4);
    CHECK(v6["ip"].protocol() == ProtocolId::ipv6);
    CHECK(tcp[ProtocolId::ipv4].as<jspcap::Ipv4View>().ttl() == 64);
    CHECK_THROWS_AS(tcp["udp"], jspcap::ProtocolNotFound);
    CHECK_THROWS_AS(tcp[ProtocolId::udp], jspcap::ProtocolNotFound);
    CHECK_THROWS_AS(tcp["nosuch"], jspcap::ProtocolUnbound);
  }
  SUBCASE("get") {
    const auto ip = tcp.get<jspcap::Ipv4View>();
    REQUIRE(ip.has_value());
    CHECK(ip->len() == 68);
    CHECK(ip->src()[0] == 192);
    CHECK(ip->src()[3] == 100);
    CHECK(ip->view_bytes().size() == 68);
    CHECK_FALSE(tcp.get<jspcap::UdpView>().has_value());
    CHECK_FALSE(tcp.get<jspcap::Ipv6View>().has_value());
  }
  SUBCASE("protochain into a small buffer") {
    char out[12];
    const std::size_t n = tcp.protochain(out, sizeof out);
    CHECK(std::string(out, n) == "Ethernet");  // "Ethernet:IPv4" would not fit
    char big[64];
    CHECK(std::string(big, tcp.protochain(big, sizeof big)) == "Ethernet:IPv4:TCP:HTTP");
  }
  SUBCASE("a frame is overwritten by the next dissect") {
    jspcap::dissect(record_of(tcp_bytes, 9999), tcp);
    CHECK(tcp.layers().size() == 1);
    CHECK_FALSE(tcp.contains("tcp"));
  }
  SUBCASE("names") {
    CHECK(jspcap::find_protocol("tcp") == ProtocolId::tcp);
    CHECK(jspcap::find_protocol("SLL2") == ProtocolId::sll2);
    CHECK(jspcap::find_protocol("raw_ip") == ProtocolId::rawip);
    CHECK(jspcap::find_protocol("ip") == ProtocolId::none);  // an umbrella, not a protocol
    CHECK(jspcap::protocol_matches(ProtocolId::ipv6, "Ip"));
    CHECK_FALSE(jspcap::protocol_matches(ProtocolId::tcp, "ip"));
    CHECK(jspcap::find_layer("Link") == jspcap::LayerKind::link);
    CHECK(jspcap::find_layer("TRANSPORT") == jspcap::LayerKind::transport);
    CHECK_FALSE(jspcap::find_layer("session").has_value());
  }
}

// ---- stop options -------------------------------------------------------------------------------

TEST_CASE("DissectOptions: stop after a protocol or a layer") {
  const Buf tcp_bytes = eth_ipv4_tcp();
  const Buf v6_bytes = eth_qinq_ipv6_udp();
  Frame frame;

  SUBCASE("stop_after_protocol(\"IPv4\")") {
    DissectOptions options;
    options.stop_after_protocol("IPv4");
    jspcap::dissect(record_of(tcp_bytes, 1), frame, options);
    CHECK(chain(frame) == "Ethernet:IPv4");
    CHECK(layout(frame) == "ethernet@0+14/82/82 ipv4@14+20/68/68 raw@34+48/48/48");
    const jspcap::Issue& raw = frame.layers()[2].issue;
    CHECK(raw.reason == Reason::stopped);
    CHECK(raw.status == Status::ok);
    CHECK(frame.first_issue() == nullptr);  // stopping is no error
  }
  SUBCASE("stop after the IP umbrella, VLAN, case-insensitive") {
    DissectOptions ip;
    ip.stop_after_protocol("ip");
    jspcap::dissect(record_of(v6_bytes, 1), frame, ip);
    CHECK(chain(frame) == "Ethernet:VLAN:VLAN:IPv6");
    jspcap::dissect(record_of(tcp_bytes, 1), frame, ip);
    CHECK(chain(frame) == "Ethernet:IPv4");

    DissectOptions vlan;
    vlan.stop_after_protocol("VLAN");
    jspcap::dissect(record_of(v6_bytes, 1), frame, vlan);
    CHECK(chain(frame) == "Ethernet:VLAN");  // after the first tag
    CHECK(layout(frame) == "ethernet@0+14/78/78 vlan@14+4/64/64 raw@18+60/60/60");
  }
  SUBCASE("an unknown protocol name") {
    DissectOptions options;
    CHECK_THROWS_AS(options.stop_after_protocol("nosuch"), jspcap::ProtocolUnbound);
  }
  SUBCASE("stop_layer") {
    DissectOptions link;
    link.stop_layer = jspcap::LayerKind::link;
    jspcap::dissect(record_of(tcp_bytes, 1), frame, link);
    CHECK(chain(frame) == "Ethernet");
    CHECK(layout(frame) == "ethernet@0+14/82/82 raw@14+68/68/68");
    CHECK(frame.layers()[1].issue.reason == Reason::stopped);
    jspcap::dissect(record_of(v6_bytes, 1), frame, link);
    CHECK(chain(frame) == "Ethernet");

    DissectOptions internet;
    internet.stop_layer = jspcap::LayerKind::internet;
    jspcap::dissect(record_of(tcp_bytes, 1), frame, internet);
    CHECK(chain(frame) == "Ethernet:IPv4");

    DissectOptions transport;
    transport.stop_layer = jspcap::LayerKind::transport;
    jspcap::dissect(record_of(tcp_bytes, 1), frame, transport);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP");
    CHECK(frame.layers().size() == 4);
  }
}

// ---- depth budget -------------------------------------------------------------------------------

TEST_CASE("dissect: the depth budget") {
  // Ethernet, then more stacked 802.1Q tags than a frame holds layers, then IPv4 / TCP.
  constexpr int kTags = static_cast<int>(jspcap::kMaxLayers) + 40;
  Buf bytes = {0xa4, 0x5e, 0x60, 0xd9, 0x6b, 0x97, 0xb8, 0xf8, 0x83, 0xa5, 0xf9, 0x47, 0x81, 0x00};
  for (int i = 0; i < kTags; ++i) {
    const bool last = i == kTags - 1;
    bytes.insert(bytes.end(), {0x00, static_cast<std::uint8_t>(i + 1), static_cast<std::uint8_t>(last ? 0x08 : 0x81),
                               0x00});
  }
  bytes = cat({bytes, kIpv4Tcp, kTcp, kHttp});
  Frame frame;

  SUBCASE("default budget") {
    jspcap::dissect(record_of(bytes, 1), frame);
    REQUIRE(frame.layers().size() <= jspcap::kMaxLayers);
    CHECK(frame.layers().size() == jspcap::kMaxLayers);
    const LayerRecord& last = frame.layers().back();
    CHECK(last.protocol == ProtocolId::raw);
    CHECK(last.issue.status == Status::unsupported);
    CHECK(last.issue.reason == Reason::depth_exhausted);
    CHECK(last.issue.limit == static_cast<std::int64_t>(jspcap::kMaxLayers - 1));
    for (std::size_t i = 1; i + 1 < frame.layers().size(); ++i) CHECK(frame.layers()[i].protocol == ProtocolId::vlan);
    // The Raw layer holds everything after the last tag decoded.
    CHECK(last.offset == 14 + 4 * (jspcap::kMaxLayers - 2));
    CHECK(last.offset + last.cap_len == bytes.size());
    std::string expected = "Ethernet";
    for (std::size_t i = 0; i < jspcap::kMaxLayers - 2; ++i) expected += ":VLAN";
    CHECK(chain(frame) == expected);
  }
  SUBCASE("a small budget") {
    DissectOptions options;
    options.depth_budget = 3;
    jspcap::dissect(record_of(bytes, 1), frame, options);
    CHECK(chain(frame) == "Ethernet:VLAN:VLAN");
    REQUIRE(frame.layers().size() == 4);
    CHECK(frame.layers()[3].issue.reason == Reason::depth_exhausted);
    CHECK(frame.layers()[3].issue.limit == 3);
    CHECK(frame.layers()[3].offset == 22);
  }
  SUBCASE("a budget larger than the layer array is still bounded by it") {
    DissectOptions options;
    options.depth_budget = 1000;
    jspcap::dissect(record_of(bytes, 1), frame, options);
    CHECK(frame.layers().size() == jspcap::kMaxLayers);
    CHECK(frame.layers().back().protocol == ProtocolId::raw);
    CHECK(frame.layers().back().issue.reason == Reason::depth_exhausted);
  }
}

// ---- JSON ---------------------------------------------------------------------------------------

TEST_CASE("Frame::to_json: jspcap's keys in jspcap's order") {
  const Buf bytes = eth_ipv4_tcp();
  Record r = record_of(bytes, 1);
  r.number = 7;
  Frame frame;
  jspcap::dissect(r, frame);
  const nlohmann::ordered_json j = frame.to_json();

  CHECK(join(keys(j)) == "frame_info,time,number,time_epoch,len,cap_len,packet,ethernet,protocols");
  CHECK(join(keys(j["frame_info"])) == "ts_sec,ts_usec,incl_len,orig_len");
  CHECK(j["frame_info"]["ts_sec"] == 1511106549);
  CHECK(j["frame_info"]["ts_usec"] == 777804);
  CHECK(j["frame_info"]["incl_len"] == 82);
  CHECK(j["frame_info"]["orig_len"] == 82);
  CHECK(j["time"] == "2017-11-19T15:49:09.777804Z");
  CHECK(j["number"] == 7);
  CHECK(j["len"] == 82);
  CHECK(j["cap_len"] == 82);
  CHECK(j["packet"].get<std::string>().rfind("a4 5e 60 d9 6b 97 b8 f8", 0) == 0);
  CHECK(j["protocols"] == "Ethernet:IPv4:TCP:HTTP");

  const auto& eth = j["ethernet"];
  CHECK(join(keys(eth)) == "dst,src,type,ipv4");
  CHECK(eth["dst"] == "a4:5e:60:d9:6b:97");
  CHECK(eth["type"] == "IPv4");
  const auto& ip = eth["ipv4"];
  CHECK(join(keys(ip)) ==
        "version,hdr_len,dsfield,len,id,flags,frag_offset,ttl,proto,checksum,src,dst,opt,tcp");
  CHECK(ip["src"] == "192.168.1.100");
  CHECK(ip["dst"] == "93.184.216.34");
  CHECK(ip["checksum"] == "0x2686");
  CHECK(ip["flags"]["df"] == true);
  const auto& tcp = ip["tcp"];
  CHECK(tcp["srcport"] == 50000);
  CHECK(keys(tcp).back() == "http");
  CHECK(tcp["http"]["receipt"] == "request");
  CHECK(tcp["http"]["header"]["request"]["method"] == "GET");
  CHECK(tcp["http"]["header"]["request"]["target"] == "/");
  CHECK(tcp["http"]["header"]["request"]["version"] == "HTTP/1.1");
  CHECK(tcp["http"]["body"].is_null());  // the headers do not end in this segment

  // Layer::to_json: that layer and the ones after it.
  const nlohmann::ordered_json t = frame["tcp"].to_json();
  CHECK(join(keys(t)) == "tcp");
  CHECK(t["tcp"]["dstport"] == 80);
  CHECK(t["tcp"].contains("http"));

  // The JSON report holds the same document.
  const std::string text = report_text(jspcap::Format::json, frame);
  const auto doc = nlohmann::ordered_json::parse(text);
  REQUIRE(doc.contains("Frame 7"));
  CHECK(doc["Frame 7"] == j);
}

TEST_CASE("Frame::to_json: a truncated layer shows the fields that fit and the error") {
  const Buf whole = eth_ipv4_tcp();
  const Buf cut(whole.begin(), whole.begin() + 24);
  Frame frame;
  jspcap::dissect(record_of(cut, 1, 82), frame);
  const nlohmann::ordered_json j = frame.to_json();
  CHECK(join(keys(j)) == "frame_info,time,number,time_epoch,len,cap_len,packet,ethernet,error,protocols");
  CHECK(j["len"] == 82);
  CHECK(j["cap_len"] == 24);
  CHECK(j["error"] == "truncated: header needs 20 bytes, 10 captured");
  const auto& ip = j["ethernet"]["ipv4"];
  CHECK(join(keys(ip)) == "version,hdr_len,dsfield,len,id,flags,frag_offset,ttl,proto,error");
  CHECK(ip["error"] == "truncated: header needs 20 bytes, 10 captured");
  CHECK(j["protocols"] == "Ethernet:IPv4");
}

TEST_CASE("time_epoch is exact in the report text") {
  const Buf bytes = eth_ipv4_tcp();
  Frame frame;

  SUBCASE("microseconds") {
    Record r = record_of(bytes, 1);
    r.ts_sec = r.raw_ts_sec = 1511106549;
    r.ts_frac = r.raw_ts_frac = 77804;
    r.ts_digits = 6;
    jspcap::dissect(r, frame);
    const std::string json = report_text(jspcap::Format::json, frame);
    CHECK(json.find("\"time_epoch\" : 1511106549.077804,") != std::string::npos);
    CHECK(json.find("\"time\" : \"2017-11-19T15:49:09.077804Z\"") != std::string::npos);
    CHECK(json.find("\"ts_usec\" : 77804") != std::string::npos);
    const std::string jsonl = report_text(jspcap::Format::jsonl, frame);
    CHECK(jsonl.find("\"time_epoch\":1511106549.077804,") != std::string::npos);
    CHECK(jsonl.rfind("{\"number\":1,\"time_epoch\":1511106549.077804,\"time\":", 0) == 0);
  }
  SUBCASE("nanoseconds") {
    Record r = record_of(bytes, 1);
    r.ts_sec = r.raw_ts_sec = 1511106549;
    r.ts_frac = r.raw_ts_frac = 77804123;
    r.ts_digits = 9;
    jspcap::dissect(r, frame);
    const std::string json = report_text(jspcap::Format::json, frame);
    CHECK(json.find("\"time_epoch\" : 1511106549.077804123,") != std::string::npos);
    CHECK(json.find("\"time\" : \"2017-11-19T15:49:09.077804123Z\"") != std::string::npos);
    CHECK(json.find("\"ts_nsec\" : 77804123") != std::string::npos);
    CHECK(json.find("ts_usec") == std::string::npos);
    const std::string jsonl = report_text(jspcap::Format::jsonl, frame);
    CHECK(jsonl.find("\"time_epoch\":1511106549.077804123,") != std::string::npos);
  }
  SUBCASE("a whole second") {
    Record r = record_of(bytes, 1);
    r.ts_sec = 1511106549;
    r.ts_frac = 0;
    r.ts_digits = 6;
    jspcap::dissect(r, frame);
    CHECK(report_text(jspcap::Format::json, frame).find("\"time_epoch\" : 1511106549.000000,") != std::string::npos);
  }
  SUBCASE("before 1970, time and time_epoch name the same instant") {
    // A pcapng if_tsoffset can put a timestamp before the epoch. Record normalises the fraction
    // to be non-negative: ts_sec -5 and 0.5 s is -4.5 s, i.e. 1969-12-31T23:59:55.5Z.
    Record r = record_of(bytes, 1);
    r.ts_sec = -5;
    r.ts_frac = 500000;
    r.ts_digits = 6;
    jspcap::dissect(r, frame);
    const std::string json = report_text(jspcap::Format::json, frame);
    CHECK(json.find("\"time\" : \"1969-12-31T23:59:55.500000Z\"") != std::string::npos);
    const auto at = json.find("\"time_epoch\"");
    REQUIRE(at != std::string::npos);
    INFO("report line: ", json.substr(at, json.find('\n', at) - at));
    CHECK(json.find("\"time_epoch\" : -4.500000,") != std::string::npos);
  }
}

TEST_CASE("dissect: HTTP by port and by content") {
  // eth_ipv4_tcp() carries "GET / HTTP/1.1\r\n" from port 50000 to 80; TCP starts at 34.
  auto with = [](std::uint16_t dstport, std::string_view payload, std::uint8_t flags = 0x18) {
    Buf b = eth_ipv4_tcp();
    b[36] = static_cast<std::uint8_t>(dstport >> 8);
    b[37] = static_cast<std::uint8_t>(dstport);
    b[47] = flags;
    REQUIRE(payload.size() == 16);
    std::copy(payload.begin(), payload.end(), b.begin() + 66);
    return b;
  };
  Frame frame;
  SUBCASE("on an HTTP port every payload is HTTP (a continuation when no message starts)") {
    jspcap::dissect(record_of(with(8080, std::string_view("\x89" "\x00" "binary.bytes..", 16)), 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP:HTTP");
  }
  SUBCASE("elsewhere, a payload that starts with a start line") {
    jspcap::dissect(record_of(with(4000, "HTTP/1.0 200 OK\n"), 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP:HTTP");
    jspcap::dissect(record_of(with(4000, "PUT /a HTTP/1.1\n"), 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP:HTTP");
  }
  SUBCASE("elsewhere, anything else stays Raw") {
    jspcap::dissect(record_of(with(4000, "hello, world....\n" + 1), 1), frame);
    CHECK(chain(frame) == "Ethernet:IPv4:TCP");
    CHECK(frame.layers().back().protocol == ProtocolId::raw);
  }
  SUBCASE("the data of a reset is not the application's") {
    jspcap::dissect(record_of(with(80, "GET / HTTP/1.1\r\n", 0x14), 1), frame);  // RST ACK
    CHECK(chain(frame) == "Ethernet:IPv4:TCP");
    CHECK(frame.layers().back().protocol == ProtocolId::raw);
  }
}
