// Tests for the generated protocol views (generated/jspcap/generated/*.hpp), one TEST_CASE per
// spec: hand-written headers with real-looking values, every accessor, dissect() at every captured
// length (each in a buffer of exactly that many bytes, so ASan sees any over-read), bad lengths,
// bad versions, and the visit() field walker on whole and cut-short views.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "jspcap/generated/dispatch.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"

namespace {

using jspcap::AddrKind;
using jspcap::Bytes;
using jspcap::Issue;
using jspcap::ProtocolId;
using jspcap::Reason;
using jspcap::Status;
using jspcap::Step;
using Buf = std::vector<std::uint8_t>;

// ---- helpers ------------------------------------------------------------------------------------

Buf cat(std::initializer_list<Buf> parts) {
  Buf all;
  for (const Buf& p : parts) all.insert(all.end(), p.begin(), p.end());
  return all;
}

/// Recognisable payload bytes: seed, seed+1, …
Buf filler(std::size_t n, std::uint8_t seed = 0xa0) {
  Buf b(n);
  for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<std::uint8_t>(seed + i);
  return b;
}

Buf text_bytes(std::string_view s) { return Buf(s.begin(), s.end()); }

/// A copy of the first n bytes in a buffer of exactly n bytes: an over-read is a heap overflow.
Buf first(const Buf& b, std::size_t n) { return Buf(b.begin(), b.begin() + static_cast<std::ptrdiff_t>(n)); }

std::string hexbytes(Bytes b) {
  std::string s;
  char t[3];
  for (const std::uint8_t x : b) {
    std::snprintf(t, sizeof t, "%02x", x);
    s += t;
  }
  return s;
}

std::string hexnum(std::uint64_t v, unsigned nbytes) {
  char t[40];
  std::snprintf(t, sizeof t, "0x%0*llx", static_cast<int>(nbytes * 2), static_cast<unsigned long long>(v));
  return t;
}

const char* kind_name(AddrKind k) {
  switch (k) {
    case AddrKind::mac: return "mac";
    case AddrKind::ipv4: return "ipv4";
    case AddrKind::ipv6: return "ipv6";
    case AddrKind::hw: return "hw";
    case AddrKind::ip: return "ip";
  }
  return "?";
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& e : v) s += e + "\n";
  return s;
}

/// A sink that writes down every call as "key=value" ("{key" and "}" for nested maps) and keeps
/// track of the nesting depth.
class Recorder {
 public:
  std::vector<std::string> events;
  int depth = 0;
  int min_depth = 0;

  void begin(std::string_view key) {
    events.push_back("{" + std::string(key));
    ++depth;
  }
  void end() {
    events.push_back("}");
    --depth;
    min_depth = std::min(min_depth, depth);
  }
  void uint(std::string_view key, std::uint64_t v) { add(key, std::to_string(v)); }
  void hex(std::string_view key, std::uint64_t v, unsigned nbytes) { add(key, hexnum(v, nbytes)); }
  void boolean(std::string_view key, bool v) { add(key, v ? "true" : "false"); }
  void enumerated(std::string_view key, std::uint64_t v, const char* name, bool hex, unsigned nbytes) {
    add(key, (hex ? hexnum(v, nbytes) : std::to_string(v)) + (name ? " (" + std::string(name) + ")" : ""));
  }
  void bytes(std::string_view key, Bytes b) { add(key, "[" + hexbytes(b) + "]"); }
  void address(std::string_view key, AddrKind kind, Bytes b) { add(key, std::string(kind_name(kind)) + ":" + hexbytes(b)); }
  void text(std::string_view key, Bytes b) {
    add(key, "'" + std::string(reinterpret_cast<const char*>(b.data()), b.size()) + "'");
  }
  void string(std::string_view key, std::string_view v) { add(key, "\"" + std::string(v) + "\""); }
  void decimal(std::string_view key, std::string_view v) { add(key, std::string(v)); }
  void null(std::string_view key) { add(key, "null"); }

 private:
  void add(std::string_view key, const std::string& value) { events.push_back(std::string(key) + "=" + value); }
};

/// One expected walker event and the byte its field ends at (a view shorter than that must not
/// report it).
struct Field {
  const char* event;
  std::size_t end;
};

template <class View>
Recorder walk(const std::uint8_t* p, std::size_t n) {
  Recorder r;
  View(p, n).visit(r);
  return r;
}

/// visit() over the whole packet reports `fields` in order; over every shorter view (in a buffer
/// of exactly that size) it reports the fields that fit and nothing else, with begin()/end()
/// balanced.
template <class View>
void check_walk(const Buf& packet, const std::vector<Field>& fields) {
  std::vector<std::string> all;
  std::size_t last_end = 0;
  for (const Field& f : fields) {
    all.push_back(f.event);
    last_end = std::max(last_end, f.end);
  }
  REQUIRE(last_end <= packet.size());
  {
    const Recorder r = walk<View>(packet.data(), packet.size());
    CHECK(join(r.events) == join(all));
    CHECK(r.depth == 0);
    CHECK(r.min_depth == 0);
  }
  for (std::size_t n = 0; n <= last_end; ++n) {
    CAPTURE(n);
    const Buf exact = first(packet, n);
    const Recorder r = walk<View>(exact.data(), n);
    std::vector<std::string> fit;
    for (const Field& f : fields) {
      if (f.end > n) break;
      fit.push_back(f.event);
    }
    CHECK(join(r.events) == join(fit));
    CHECK(r.depth == 0);
    CHECK(r.min_depth == 0);
  }
}

/// dissect() at every captured length 0..packet.size() of a layer packet.size() bytes long on the
/// wire, each in a buffer of exactly that size. Below `min_bytes` the header is cut short:
/// truncated while the wire length covers what the header needs, malformed when it does not.
/// From `min_bytes` on the header decodes with `header_len` bytes and the extents follow the
/// captured length (cap_len) and the wire length (wire_len) separately.
template <class View>
void check_every_length(const Buf& packet, std::size_t min_bytes, std::size_t header_len) {
  const std::uint64_t wire = packet.size();
  for (std::size_t n = 0; n <= packet.size(); ++n) {
    CAPTURE(n);
    const Buf exact = first(packet, n);
    Step step;
    const Issue issue = View::dissect(exact.data(), n, wire, step);
    if (n < min_bytes) {
      CHECK(issue.status == Status::truncated);
      CHECK(issue.reason == Reason::short_header);
      CHECK(issue.value == static_cast<std::int64_t>(n));
      const std::int64_t need = issue.limit;
      CHECK(need > static_cast<std::int64_t>(n));
      CHECK(need <= static_cast<std::int64_t>(min_bytes));
      if (need <= static_cast<std::int64_t>(n)) continue;
      // The wire carries exactly what the header needs: still only the capture is short.
      Step s2;
      const Issue at_need = View::dissect(exact.data(), n, static_cast<std::uint64_t>(need), s2);
      CHECK(at_need.status == Status::truncated);
      CHECK(at_need.reason == Reason::short_header);
      CHECK(at_need.value == static_cast<std::int64_t>(n));
      CHECK(at_need.limit == need);
      // One byte less on the wire: the header cannot fit its parent at all.
      const Issue below = View::dissect(exact.data(), n, static_cast<std::uint64_t>(need - 1), s2);
      CHECK(below.status == Status::malformed);
      CHECK(below.reason == Reason::short_header);
      CHECK(below.value == need - 1);
      CHECK(below.limit == need);
      // Nothing more on the wire than was captured.
      const Issue tiny = View::dissect(exact.data(), n, n, s2);
      CHECK(tiny.status == Status::malformed);
      CHECK(tiny.reason == Reason::short_header);
    } else {
      CHECK(issue.status == Status::ok);
      CHECK(issue.reason == Reason::none);
      CHECK(step.header_len == header_len);
      CHECK(step.cap_len == n);
      CHECK(step.wire_len == wire);
    }
  }
}

struct Outcome {
  Issue issue;
  Step step;
};

template <class View>
Outcome dissect(const Buf& b, std::uint64_t wire) {
  Outcome o;
  o.issue = View::dissect(b.data(), b.size(), wire, o.step);
  return o;
}
template <class View>
Outcome dissect(const Buf& b) {
  return dissect<View>(b, b.size());
}

std::string str(Bytes b) { return hexbytes(b); }

// ---- packets ------------------------------------------------------------------------------------

// Ethernet II, a VMware guest's NIC to its host, carrying IPv4.
const Buf kEthernet = {
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f,  // dst 00:0c:29:1d:8a:6f
    0x00, 0x50, 0x56, 0xc0, 0x00, 0x08,  // src 00:50:56:c0:00:08
    0x08, 0x00,                          // type 0x0800 IPv4
};

// 802.1Q tag: priority 5 (voice), VLAN 100, carrying IPv4.
const Buf kVlan = {
    0xa0, 0x64,  // pcp 5, dei 0, vid 100
    0x08, 0x00,  // type IPv4
};

// ARP who-has 192.168.1.1 tell 192.168.1.100, padded to the Ethernet minimum.
const Buf kArp = {
    0x00, 0x01,                          // htype 1 Ethernet
    0x08, 0x00,                          // ptype IPv4
    0x06,                                // hlen 6
    0x04,                                // plen 4
    0x00, 0x01,                          // oper 1 request
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f,  // sha 00:0c:29:1d:8a:6f
    0xc0, 0xa8, 0x01, 0x64,              // spa 192.168.1.100
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // tha (unknown)
    0xc0, 0xa8, 0x01, 0x01,              // tpa 192.168.1.1
};

// RARP request: who am I (00:0c:29:1d:8a:6f)?
const Buf kRarp = {
    0x00, 0x01,                          // htype 1 Ethernet
    0x08, 0x00,                          // ptype IPv4
    0x06,                                // hlen 6
    0x04,                                // plen 4
    0x00, 0x03,                          // oper 3 reverse request
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f,  // sha
    0x00, 0x00, 0x00, 0x00,              // spa 0.0.0.0
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f,  // tha (the asker itself)
    0x00, 0x00, 0x00, 0x00,              // tpa 0.0.0.0 (what the server fills in)
};

// IPv4 header of a TCP SYN 192.168.1.100 → 93.184.216.34, total length 60 (20 + 40 of TCP).
const Buf kIpv4 = {
    0x45,                    // version 4, hdr_len 5 (20 bytes)
    0x00,                    // dscp 0 (CS0), ecn 0
    0x00, 0x3c,              // len 60
    0x1c, 0x46,              // id 0x1c46
    0x40, 0x00,              // flags DF, frag_offset 0
    0x40,                    // ttl 64
    0x06,                    // proto 6 TCP
    0x26, 0x8f,              // checksum 0x268f
    0xc0, 0xa8, 0x01, 0x64,  // src 192.168.1.100
    0x5d, 0xb8, 0xd8, 0x22,  // dst 93.184.216.34
};

// IPv4 with a Router Alert option: an IGMPv2 membership report for 224.0.0.251 (mDNS), total 32.
const Buf kIpv4Options = {
    0x46,                    // version 4, hdr_len 6 (24 bytes)
    0xc0,                    // dscp 48 (CS6), ecn 0
    0x00, 0x20,              // len 32
    0x00, 0x00,              // id 0
    0x40, 0x00,              // flags DF
    0x01,                    // ttl 1
    0x02,                    // proto 2 IGMP
    0x41, 0x10,              // checksum 0x4110
    0xc0, 0xa8, 0x01, 0x64,  // src 192.168.1.100
    0xe0, 0x00, 0x00, 0xfb,  // dst 224.0.0.251
    0x94, 0x04, 0x00, 0x00,  // option: Router Alert (RFC 2113)
    // IGMPv2 report (the payload)
    0x16, 0x00, 0x09, 0x04, 0xe0, 0x00, 0x00, 0xfb,
};

// IPv6: a DNS query over UDP 2001:db8:85a3::8a2e:370:7334 → 2001:db8::1, 16 bytes of payload.
const Buf kIpv6 = {
    0x6b, 0x8a, 0xbc, 0xde,  // version 6, tclass 0xb8 (EF), label 0xabcde
    0x00, 0x10,              // payload 16
    0x11,                    // next 17 UDP
    0x40,                    // limit 64
    0x20, 0x01, 0x0d, 0xb8, 0x85, 0xa3, 0x00, 0x00,  // src 2001:db8:85a3::8a2e:370:7334
    0x00, 0x00, 0x8a, 0x2e, 0x03, 0x70, 0x73, 0x34,
    0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00, 0x00, 0x00,  // dst 2001:db8::1
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
};

// TCP: the HTTP request segment of a connection 50000 → 80, with NOP NOP Timestamps.
const Buf kTcp = {
    0xc3, 0x50,              // srcport 50000
    0x00, 0x50,              // dstport 80
    0x5f, 0x2b, 0x3c, 0x1d,  // seq 1596668957
    0x9a, 0x0e, 0x11, 0x7b,  // ack 2584613243
    0x80,                    // hdr_len 8 (32 bytes), reserved 0, ns 0
    0x18,                    // flags ACK PSH
    0x01, 0xf6,              // window_size 502
    0xfe, 0x30,              // checksum 0xfe30
    0x00, 0x00,              // urgent_pointer 0
    0x01, 0x01, 0x08, 0x0a,  // opt: NOP NOP Timestamps(len 10)
    0x00, 0x1c, 0x8e, 0x2a,  //   TSval 1871402
    0x00, 0x1c, 0x8e, 0x1f,  //   TSecr 1871391
};

// UDP: a DNS query 54321 → 53, 37 bytes with its 29-byte payload.
const Buf kUdp = {
    0xd4, 0x31,  // srcport 54321
    0x00, 0x35,  // dstport 53
    0x00, 0x25,  // len 37
    0x8f, 0x3a,  // checksum 0x8f3a
};
// The 29 bytes of DNS: id 0xabcd, RD, one question: example.com A IN.
const Buf kDns = {0xab, 0xcd, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 'e', 'x',
                  'a',  'm',  'p',  'l',  'e',  0x03, 'c',  'o',  'm',  0x00, 0x00, 0x01, 0x00, 0x01};

// ICMP echo request (Windows ping: id 1, seq 10, 32 bytes "abcdefghijklmnopqrstuvwabcdefghi").
const Buf kIcmpEcho = {
    0x08,        // type 8 echo
    0x00,        // code 0
    0x4d, 0x5a,  // checksum 0x4d5a
    0x00, 0x01,  // id 1
    0x00, 0x0a,  // seq 10
};

// ICMP port unreachable quoting the UDP datagram it answers (IPv4 header + 8 bytes).
const Buf kIcmpUnreachable = {
    0x03,                    // type 3 destination unreachable
    0x03,                    // code 3 port unreachable
    0xc2, 0x6a,              // checksum 0xc26a
    0x00, 0x00, 0x00, 0x00,  // unused
};
const Buf kQuotedIpv4 = {
    0x45, 0x00, 0x00, 0x25, 0x0b, 0x3c, 0x00, 0x00, 0x40, 0x11, 0x9d, 0x70,  // IPv4, UDP, len 37
    0xc0, 0xa8, 0x01, 0x64, 0x08, 0x08, 0x08, 0x08,                          // 192.168.1.100 → 8.8.8.8
    0xd4, 0x31, 0x00, 0x35, 0x00, 0x11, 0x8f, 0x3a,                          // the UDP header, len 17
};

// ICMPv6 echo request, id 0x1234, seq 1.
const Buf kIcmpv6Echo = {
    0x80,        // type 128 echo request
    0x00,        // code 0
    0x2b, 0x1c,  // checksum 0x2b1c
    0x12, 0x34,  // id 4660
    0x00, 0x01,  // seq 1
};

// ICMPv6 port unreachable (type 1 code 4) quoting an IPv6 header.
const Buf kIcmpv6Unreachable = {
    0x01,                    // type 1 destination unreachable
    0x04,                    // code 4 port unreachable
    0x7e, 0x55,              // checksum 0x7e55
    0x00, 0x00, 0x00, 0x00,  // unused
};

// Linux cooked capture v1: a packet to us from 00:0c:29:1d:8a:6f, IPv4.
const Buf kSll = {
    0x00, 0x00,                                      // pkttype 0 unicast to us
    0x00, 0x01,                                      // hatype 1 Ethernet
    0x00, 0x06,                                      // halen 6
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f, 0x00, 0x00,  // src (6 bytes used, 2 padding)
    0x08, 0x00,                                      // protocol IPv4
};

// Linux cooked capture v2: a packet we sent on interface 2, IPv4.
const Buf kSll2 = {
    0x08, 0x00,                                      // protocol IPv4
    0x00, 0x00,                                      // reserved
    0x00, 0x00, 0x00, 0x02,                          // ifindex 2
    0x00, 0x01,                                      // hatype 1 Ethernet
    0x04,                                            // pkttype 4 sent by us
    0x06,                                            // halen 6
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f, 0x00, 0x00,  // src
};

}  // namespace

// ---- Ethernet -----------------------------------------------------------------------------------

TEST_CASE("Ethernet view") {
  const Buf packet = cat({kEthernet, filler(46)});  // a minimum-size frame without FCS

  SUBCASE("valid") {
    const jspcap::EthernetView v(packet.data(), packet.size());
    CHECK(str(v.dst()) == "000c291d8a6f");
    CHECK(str(v.src()) == "005056c00008");
    CHECK(v.type() == 0x0800);
    CHECK(v.view_bytes().size() == packet.size());

    const auto o = dissect<jspcap::EthernetView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(!o.issue);
    CHECK(o.step.header_len == 14);
    CHECK(o.step.cap_len == 60);
    CHECK(o.step.wire_len == 60);
    CHECK(o.step.next == ProtocolId::ipv4);
    CHECK(o.step.next_by_table);
    CHECK(std::string(o.step.next_table) == "ethertype");
    CHECK(o.step.next_key == 0x0800);
  }
  SUBCASE("captured and wire lengths stay apart") {
    const auto o = dissect<jspcap::EthernetView>(packet, 1514);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.cap_len == 60);
    CHECK(o.step.wire_len == 1514);
  }
  SUBCASE("every EtherType binding") {
    const std::pair<std::uint16_t, ProtocolId> bound[] = {
        {0x0800, ProtocolId::ipv4}, {0x86dd, ProtocolId::ipv6}, {0x0806, ProtocolId::arp},
        {0x8035, ProtocolId::rarp}, {0x8100, ProtocolId::vlan}, {0x88a8, ProtocolId::vlan},
        {0x9100, ProtocolId::vlan}, {0x88cc, ProtocolId::none},  // LLDP: named, not dissected
        {0x0026, ProtocolId::none},                              // an 802.3 length
    };
    for (const auto& [type, next] : bound) {
      CAPTURE(type);
      Buf b = packet;
      b[12] = static_cast<std::uint8_t>(type >> 8);
      b[13] = static_cast<std::uint8_t>(type);
      const auto o = dissect<jspcap::EthernetView>(b);
      CHECK(o.issue.status == Status::ok);
      CHECK(o.step.next == next);
      CHECK(o.step.next_by_table);
      CHECK(o.step.next_key == type);
    }
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::EthernetView>(packet, 14, 14); }
  SUBCASE("walker") {
    check_walk<jspcap::EthernetView>(packet, {
                                                 {"dst=mac:000c291d8a6f", 6},
                                                 {"src=mac:005056c00008", 12},
                                                 {"type=0x0800 (IPv4)", 14},
                                             });
  }
}

// ---- VLAN ---------------------------------------------------------------------------------------

TEST_CASE("VLAN view") {
  const Buf packet = cat({kVlan, kIpv4});

  SUBCASE("valid") {
    const jspcap::VlanView v(packet.data(), packet.size());
    CHECK(v.pcp() == 5);
    CHECK(v.dei() == false);
    CHECK(v.vid() == 100);
    CHECK(v.type() == 0x0800);

    const auto o = dissect<jspcap::VlanView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 4);
    CHECK(o.step.cap_len == 24);
    CHECK(o.step.wire_len == 24);
    CHECK(o.step.next == ProtocolId::ipv4);
  }
  SUBCASE("every bit of the TCI") {
    // pcp 1, dei 1, vid 4095, IPv6 (a QinQ inner tag would be 0x8100)
    const Buf b = {0x3f, 0xff, 0x86, 0xdd};
    const jspcap::VlanView v(b.data(), b.size());
    CHECK(v.pcp() == 1);
    CHECK(v.dei() == true);
    CHECK(v.vid() == 4095);
    CHECK(v.type() == 0x86dd);
    const auto o = dissect<jspcap::VlanView>(b);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.next == ProtocolId::ipv6);
    CHECK(o.step.cap_len == 4);

    const Buf stacked = {0x00, 0x0a, 0x81, 0x00};  // another C-tag follows
    CHECK(dissect<jspcap::VlanView>(stacked).step.next == ProtocolId::vlan);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::VlanView>(packet, 4, 4); }
  SUBCASE("walker") {
    check_walk<jspcap::VlanView>(packet, {
                                             {"{tci", 2},
                                             {"pcp=5 (Voice (VO))", 2},
                                             {"dei=false", 2},
                                             {"vid=100", 2},
                                             {"}", 2},
                                             {"type=0x0800 (IPv4)", 4},
                                         });
  }
}

// ---- ARP and RARP -------------------------------------------------------------------------------

TEST_CASE("ARP view") {
  const Buf packet = cat({kArp, Buf(18, 0)});  // Ethernet padding after the 28 bytes

  SUBCASE("valid") {
    const jspcap::ArpView v(packet.data(), packet.size());
    CHECK(v.htype() == 1);
    CHECK(v.ptype() == 0x0800);
    CHECK(v.hlen() == 6);
    CHECK(v.plen() == 4);
    CHECK(v.oper() == 1);
    CHECK(str(v.sha()) == "000c291d8a6f");
    CHECK(str(v.spa()) == "c0a80164");
    CHECK(str(v.tha()) == "000000000000");
    CHECK(str(v.tpa()) == "c0a80101");

    const auto o = dissect<jspcap::ArpView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 28);
    CHECK(o.step.cap_len == 46);
    CHECK(o.step.wire_len == 46);
    CHECK(o.step.next == ProtocolId::none);
    CHECK_FALSE(o.step.next_by_table);
  }
  SUBCASE("address lengths from the header") {
    // hlen 8 / plen 16: a made-up but well-formed layout; every address moves.
    Buf b = {0x00, 0x01, 0x86, 0xdd, 0x08, 0x10, 0x00, 0x02};
    const Buf sha = filler(8, 0x10), spa = filler(16, 0x20), tha = filler(8, 0x30), tpa = filler(16, 0x40);
    b = cat({b, sha, spa, tha, tpa});
    const jspcap::ArpView v(b.data(), b.size());
    CHECK(str(v.sha()) == hexbytes(sha));
    CHECK(str(v.spa()) == hexbytes(spa));
    CHECK(str(v.tha()) == hexbytes(tha));
    CHECK(str(v.tpa()) == hexbytes(tpa));
    const auto o = dissect<jspcap::ArpView>(b);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8 + 2 * (8 + 16));
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::ArpView>(packet, 28, 28); }
  SUBCASE("length too large") {
    Buf b = packet;
    b[4] = 200;  // hlen 200: the addresses would end far past the 46 bytes of the frame
    const auto o = dissect<jspcap::ArpView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 46);
    CHECK(o.issue.limit == 8 + 200);
    // …and truncated when the wire length would have held them.
    const auto snapped = dissect<jspcap::ArpView>(b, 1000);
    CHECK(snapped.issue.status == Status::truncated);
  }
  SUBCASE("walker") {
    check_walk<jspcap::ArpView>(packet, {
                                            {"htype=1 (Ethernet)", 2},
                                            {"ptype=0x0800 (IPv4)", 4},
                                            {"hlen=6", 5},
                                            {"plen=4", 6},
                                            {"oper=1 (REQUEST)", 8},
                                            {"sha=hw:000c291d8a6f", 14},
                                            {"spa=ip:c0a80164", 18},
                                            {"tha=hw:000000000000", 24},
                                            {"tpa=ip:c0a80101", 28},
                                        });
  }
}

TEST_CASE("RARP view") {
  const Buf packet = cat({kRarp, Buf(18, 0)});

  SUBCASE("valid") {
    const jspcap::RarpView v(packet.data(), packet.size());
    CHECK(v.htype() == 1);
    CHECK(v.ptype() == 0x0800);
    CHECK(v.hlen() == 6);
    CHECK(v.plen() == 4);
    CHECK(v.oper() == 3);
    CHECK(str(v.sha()) == "000c291d8a6f");
    CHECK(str(v.spa()) == "00000000");
    CHECK(str(v.tha()) == "000c291d8a6f");
    CHECK(str(v.tpa()) == "00000000");

    const auto o = dissect<jspcap::RarpView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 28);
    CHECK(o.step.cap_len == 46);
    CHECK(o.step.wire_len == 46);
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::RarpView>(packet, 28, 28); }
  SUBCASE("length too large") {
    Buf b = packet;
    b[5] = 255;  // plen 255
    const auto o = dissect<jspcap::RarpView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.limit == 8 + 6 + 255);
  }
  SUBCASE("walker") {
    check_walk<jspcap::RarpView>(packet, {
                                             {"htype=1 (Ethernet)", 2},
                                             {"ptype=0x0800 (IPv4)", 4},
                                             {"hlen=6", 5},
                                             {"plen=4", 6},
                                             {"oper=3 (request Reverse)", 8},
                                             {"sha=hw:000c291d8a6f", 14},
                                             {"spa=ip:00000000", 18},
                                             {"tha=hw:000c291d8a6f", 24},
                                             {"tpa=ip:00000000", 28},
                                         });
  }
}

// ---- IPv4 ---------------------------------------------------------------------------------------

TEST_CASE("IPv4 view") {
  const Buf packet = cat({kIpv4, filler(40)});  // len 60

  SUBCASE("valid") {
    const jspcap::Ipv4View v(packet.data(), packet.size());
    CHECK(v.version() == 4);
    CHECK(v.hdr_len() == 20);
    CHECK(v.dscp() == 0);
    CHECK(v.ecn() == 0);
    CHECK(v.len() == 60);
    CHECK(v.id() == 0x1c46);
    CHECK(v.flags() == 0b010);
    CHECK_FALSE(v.flags_rb());
    CHECK(v.flags_df());
    CHECK_FALSE(v.flags_mf());
    CHECK(v.frag_offset() == 0);
    CHECK(v.ttl() == 64);
    CHECK(v.proto() == 6);
    CHECK(v.checksum() == 0x268f);
    CHECK(str(v.src()) == "c0a80164");
    CHECK(str(v.dst()) == "5db8d822");
    CHECK(v.opt().empty());

    const auto o = dissect<jspcap::Ipv4View>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(!o.issue);
    CHECK(o.step.header_len == 20);
    CHECK(o.step.cap_len == 60);
    CHECK(o.step.wire_len == 60);
    CHECK(o.step.next == ProtocolId::tcp);
    CHECK(o.step.next_by_table);
    CHECK(o.step.next_key == 6);
    CHECK(std::string(o.step.next_table) == "ip_proto");
    CHECK_FALSE(o.step.next_partial);  // an unfragmented datagram holds all of its payload
  }
  SUBCASE("options, DSCP and an unbound protocol") {
    const jspcap::Ipv4View v(kIpv4Options.data(), kIpv4Options.size());
    CHECK(v.hdr_len() == 24);
    CHECK(v.dscp() == 48);
    CHECK(v.ecn() == 0);
    CHECK(v.len() == 32);
    CHECK(v.ttl() == 1);
    CHECK(v.proto() == 2);
    CHECK(str(v.dst()) == "e00000fb");
    CHECK(str(v.opt()) == "94040000");

    const auto o = dissect<jspcap::Ipv4View>(kIpv4Options);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 24);
    CHECK(o.step.cap_len == 32);
    CHECK(o.step.wire_len == 32);
    CHECK(o.step.next == ProtocolId::none);  // IGMP has no spec
    CHECK(o.step.next_by_table);
    CHECK(o.step.next_key == 2);
  }
  SUBCASE("ECN bits") {
    Buf b = packet;
    b[1] = 0xb8 | 0x03;  // EF, CE
    const jspcap::Ipv4View v(b.data(), b.size());
    CHECK(v.dscp() == 46);
    CHECK(v.ecn() == 3);
  }
  SUBCASE("Ethernet padding past the total length is not the payload") {
    const Buf padded = cat({packet, Buf(6, 0)});
    const auto o = dissect<jspcap::Ipv4View>(padded);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.cap_len == 60);
    CHECK(o.step.wire_len == 60);
  }
  SUBCASE("captured shorter than the total length (snap length)") {
    const Buf cut = first(packet, 34);
    const auto o = dissect<jspcap::Ipv4View>(cut, 60);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 20);
    CHECK(o.step.cap_len == 34);
    CHECK(o.step.wire_len == 60);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::Ipv4View>(packet, 20, 20);
    check_every_length<jspcap::Ipv4View>(kIpv4Options, 24, 24);
  }
  SUBCASE("length too large") {
    Buf b = packet;
    b[2] = 0x05;
    b[3] = 0xdc;  // len 1500, the parent carries 60
    const auto o = dissect<jspcap::Ipv4View>(b);
    CHECK(o.issue.status == Status::length_exceeds_parent);
    CHECK(o.issue.reason == Reason::total_exceeds_parent);
    CHECK(o.issue.value == 1500);
    CHECK(o.issue.limit == 60);
    CHECK(o.step.header_len == 20);
    CHECK(o.step.cap_len == 60);
    CHECK(o.step.wire_len == 60);
    CHECK(o.step.next == ProtocolId::tcp);

    // Captured 40 of the parent's 60: cap_len stays at what was captured.
    const Buf cut = first(b, 40);
    const auto c = dissect<jspcap::Ipv4View>(cut, 60);
    CHECK(c.issue.status == Status::length_exceeds_parent);
    CHECK(c.step.cap_len == 40);
    CHECK(c.step.wire_len == 60);
  }
  SUBCASE("total length smaller than the header") {
    Buf b = packet;
    b[2] = 0x00;
    b[3] = 0x13;  // len 19 < hdr_len 20
    const auto o = dissect<jspcap::Ipv4View>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::header_exceeds_total);
    CHECK(o.issue.value == 20);
    CHECK(o.issue.limit == 19);

    Buf opts = kIpv4Options;
    opts[3] = 0x16;  // len 22 < hdr_len 24
    const auto p = dissect<jspcap::Ipv4View>(opts);
    CHECK(p.issue.status == Status::malformed);
    CHECK(p.issue.reason == Reason::header_exceeds_total);
    CHECK(p.issue.value == 24);
    CHECK(p.issue.limit == 22);
  }
  SUBCASE("total length 0 (segmentation offload) means the parent's length") {
    Buf b = cat({packet, filler(1000)});
    b[2] = 0x00;
    b[3] = 0x00;
    const auto o = dissect<jspcap::Ipv4View>(b, 2000);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 20);
    CHECK(o.step.cap_len == 1060);
    CHECK(o.step.wire_len == 2000);
    CHECK(o.step.next == ProtocolId::tcp);
  }
  SUBCASE("bad version") {
    Buf b = packet;
    b[0] = 0x65;  // version 6
    const auto o = dissect<jspcap::Ipv4View>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::bad_value);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "version");
    CHECK(o.issue.value == 6);
    CHECK(o.issue.limit == 4);
    CHECK(jspcap::describe(o.issue) == "malformed: field 'version' is 6, expected 4");
  }
  SUBCASE("header length below the minimum") {
    Buf b = packet;
    b[0] = 0x44;  // hdr_len 4 × 4 = 16
    const auto o = dissect<jspcap::Ipv4View>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::below_min);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "hdr_len");
    CHECK(o.issue.value == 16);
    CHECK(o.issue.limit == 20);
    for (const std::uint8_t ihl : {0x40, 0x41, 0x43}) {
      b[0] = ihl;
      CHECK(dissect<jspcap::Ipv4View>(b).issue.reason == Reason::below_min);
    }
  }
  SUBCASE("header length past the capture") {
    Buf b = packet;
    b[0] = 0x4f;  // hdr_len 60, but the datagram holds 60 bytes in all: fine
    CHECK(dissect<jspcap::Ipv4View>(b).issue.status == Status::ok);
    const Buf cut = first(b, 40);  // only 40 captured of a 60-byte header
    const auto o = dissect<jspcap::Ipv4View>(cut, 60);
    CHECK(o.issue.status == Status::truncated);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 40);
    CHECK(o.issue.limit == 60);
    const auto m = dissect<jspcap::Ipv4View>(cut, 40);  // nothing more on the wire either
    CHECK(m.issue.status == Status::malformed);
  }
  SUBCASE("fragments") {
    Buf b = packet;
    b[6] = 0x00;
    b[7] = 0xb9;  // frag_offset 185 × 8 = 1480, not the first fragment
    const jspcap::Ipv4View v(b.data(), b.size());
    CHECK(v.frag_offset() == 1480);
    CHECK(v.flags() == 0);
    const auto o = dissect<jspcap::Ipv4View>(b);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.next == ProtocolId::none);
    CHECK_FALSE(o.step.next_by_table);

    b[6] = 0x20;
    b[7] = 0x00;  // MF, offset 0: the first fragment holds the TCP header
    const jspcap::Ipv4View first_fragment(b.data(), b.size());
    CHECK(first_fragment.flags_mf());
    CHECK(first_fragment.frag_offset() == 0);
    CHECK(dissect<jspcap::Ipv4View>(b).step.next == ProtocolId::tcp);
    CHECK(dissect<jspcap::Ipv4View>(b).step.next_partial);  // the segment goes on in later fragments

    b[6] = 0x3f;
    b[7] = 0xff;  // MF and the largest offset
    const jspcap::Ipv4View last(b.data(), b.size());
    CHECK(last.frag_offset() == 0x1fff * 8);
    CHECK(last.flags() == 0b001);
    CHECK(dissect<jspcap::Ipv4View>(b).step.next == ProtocolId::none);
  }
  SUBCASE("walker") {
    check_walk<jspcap::Ipv4View>(packet, {
                                             {"version=4", 1},
                                             {"hdr_len=20", 1},
                                             {"{dsfield", 2},
                                             {"dscp=0 (CS0)", 2},
                                             {"ecn=0 (Not-ECT)", 2},
                                             {"}", 2},
                                             {"len=60", 4},
                                             {"id=0x1c46", 6},
                                             {"{flags", 8},
                                             {"rb=false", 8},
                                             {"df=true", 8},
                                             {"mf=false", 8},
                                             {"}", 8},
                                             {"frag_offset=0", 8},
                                             {"ttl=64", 9},
                                             {"proto=6 (TCP)", 10},
                                             {"checksum=0x268f", 12},
                                             {"src=ipv4:c0a80164", 16},
                                             {"dst=ipv4:5db8d822", 20},
                                             {"opt=[]", 20},
                                         });
    check_walk<jspcap::Ipv4View>(kIpv4Options, {
                                                   {"version=4", 1},
                                                   {"hdr_len=24", 1},
                                                   {"{dsfield", 2},
                                                   {"dscp=48 (CS6)", 2},
                                                   {"ecn=0 (Not-ECT)", 2},
                                                   {"}", 2},
                                                   {"len=32", 4},
                                                   {"id=0x0000", 6},
                                                   {"{flags", 8},
                                                   {"rb=false", 8},
                                                   {"df=true", 8},
                                                   {"mf=false", 8},
                                                   {"}", 8},
                                                   {"frag_offset=0", 8},
                                                   {"ttl=1", 9},
                                                   {"proto=2 (IGMP)", 10},
                                                   {"checksum=0x4110", 12},
                                                   {"src=ipv4:c0a80164", 16},
                                                   {"dst=ipv4:e00000fb", 20},
                                                   {"opt=[94040000]", 24},
                                               });
  }
}

// ---- IPv6 ---------------------------------------------------------------------------------------

TEST_CASE("IPv6 view") {
  const Buf packet = cat({kIpv6, kUdp, filler(8)});  // payload 16 = UDP header + 8 bytes

  SUBCASE("valid") {
    const jspcap::Ipv6View v(packet.data(), packet.size());
    CHECK(v.version() == 6);
    CHECK(v.tclass() == 0xb8);
    CHECK(v.label() == 0xabcde);
    CHECK(v.payload() == 16);
    CHECK(v.next() == 17);
    CHECK(v.limit() == 64);
    CHECK(str(v.src()) == "20010db885a3000000008a2e03707334");
    CHECK(str(v.dst()) == "20010db8000000000000000000000001");

    const auto o = dissect<jspcap::Ipv6View>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 40);
    CHECK(o.step.cap_len == 56);
    CHECK(o.step.wire_len == 56);
    CHECK(o.step.next == ProtocolId::udp);
    CHECK(o.step.next_key == 17);
  }
  SUBCASE("next headers") {
    const std::pair<std::uint8_t, ProtocolId> bound[] = {
        {6, ProtocolId::tcp},  {17, ProtocolId::udp}, {58, ProtocolId::icmpv6}, {41, ProtocolId::ipv6},
        {4, ProtocolId::ipv4}, {59, ProtocolId::none},  // no next header
        {0, ProtocolId::hopopt},  {44, ProtocolId::ipv6_frag}, {51, ProtocolId::ah},
    };
    for (const auto& [next, id] : bound) {
      CAPTURE(int(next));
      Buf b = packet;
      b[6] = next;
      CHECK(dissect<jspcap::Ipv6View>(b).step.next == id);
    }
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::Ipv6View>(packet, 40, 40); }
  SUBCASE("length too large") {
    Buf b = packet;
    b[4] = 0x04;
    b[5] = 0x00;  // payload 1024: 1064 in all, the parent carries 56
    const auto o = dissect<jspcap::Ipv6View>(b);
    CHECK(o.issue.status == Status::length_exceeds_parent);
    CHECK(o.issue.reason == Reason::total_exceeds_parent);
    CHECK(o.issue.value == 1064);
    CHECK(o.issue.limit == 56);
    CHECK(o.step.header_len == 40);
    CHECK(o.step.cap_len == 56);
    CHECK(o.step.wire_len == 56);
    CHECK(o.step.next == ProtocolId::udp);
  }
  SUBCASE("payload length 0 (jumbogram or offload) means the parent's length") {
    Buf b = packet;
    b[4] = 0x00;
    b[5] = 0x00;
    const auto o = dissect<jspcap::Ipv6View>(b, 9000);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.cap_len == 56);
    CHECK(o.step.wire_len == 9000);
  }
  SUBCASE("bad version") {
    Buf b = packet;
    b[0] = 0x4b;  // version 4
    const auto o = dissect<jspcap::Ipv6View>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::bad_value);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "version");
    CHECK(o.issue.value == 4);
    CHECK(o.issue.limit == 6);
  }
  SUBCASE("walker") {
    check_walk<jspcap::Ipv6View>(packet, {
                                             {"version=6", 4},
                                             {"tclass=0xb8", 4},
                                             {"label=0x0abcde", 4},
                                             {"payload=16", 6},
                                             {"next=17 (UDP)", 7},
                                             {"limit=64", 8},
                                             {"src=ipv6:20010db885a3000000008a2e03707334", 24},
                                             {"dst=ipv6:20010db8000000000000000000000001", 40},
                                         });
  }
}

// ---- TCP ----------------------------------------------------------------------------------------

TEST_CASE("TCP view") {
  const Buf request = text_bytes("GET / HTTP/1.1\r\n");
  const Buf packet = cat({kTcp, request});

  SUBCASE("valid") {
    const jspcap::TcpView v(packet.data(), packet.size());
    CHECK(v.srcport() == 50000);
    CHECK(v.dstport() == 80);
    CHECK(v.seq() == 1596668957u);
    CHECK(v.ack() == 2584613243u);
    CHECK(v.hdr_len() == 32);
    CHECK(v.reserved() == 0);
    CHECK(v.flags() == 0x018);
    CHECK_FALSE(v.flags_ns());
    CHECK_FALSE(v.flags_cwr());
    CHECK_FALSE(v.flags_ecn());
    CHECK_FALSE(v.flags_urg());
    CHECK(v.flags_ack());
    CHECK(v.flags_push());
    CHECK_FALSE(v.flags_reset());
    CHECK_FALSE(v.flags_syn());
    CHECK_FALSE(v.flags_fin());
    CHECK(v.window_size() == 502);
    CHECK(v.checksum() == 0xfe30);
    CHECK(v.urgent_pointer() == 0);
    CHECK(str(v.opt()) == "0101080a001c8e2a001c8e1f");

    const auto o = dissect<jspcap::TcpView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 32);
    CHECK(o.step.cap_len == 48);
    CHECK(o.step.wire_len == 48);
    // Nothing binds TCP ports yet: the payload is Raw, but a table was consulted.
    CHECK(o.step.next == ProtocolId::none);
    CHECK(o.step.next_by_table);
    CHECK(std::string(o.step.next_table) == "tcp_port");
  }
  SUBCASE("every flag bit") {
    Buf b = packet;
    b[12] = 0x8f;  // hdr_len 32, reserved 0b111, ns
    b[13] = 0xc2;  // cwr ecn syn
    const jspcap::TcpView v(b.data(), b.size());
    CHECK(v.hdr_len() == 32);
    CHECK(v.reserved() == 0b111);
    CHECK(v.flags() == 0x1c2);
    CHECK(v.flags_ns());
    CHECK(v.flags_cwr());
    CHECK(v.flags_ecn());
    CHECK_FALSE(v.flags_urg());
    CHECK_FALSE(v.flags_ack());
    CHECK(v.flags_syn());
    b[12] = 0x80;
    b[13] = 0x25;  // urg reset fin
    const jspcap::TcpView w(b.data(), b.size());
    CHECK(w.flags() == 0x025);
    CHECK(w.flags_urg());
    CHECK(w.flags_reset());
    CHECK(w.flags_fin());
    CHECK_FALSE(w.flags_push());
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::TcpView>(packet, 32, 32); }
  SUBCASE("data offset past the segment") {
    Buf b = packet;
    b[12] = 0xf0;  // hdr_len 60, the segment is 48 bytes
    const auto o = dissect<jspcap::TcpView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 48);
    CHECK(o.issue.limit == 60);
  }
  SUBCASE("data offset below the minimum") {
    Buf b = packet;
    b[12] = 0x40;  // 4 × 4 = 16 bytes
    const auto o = dissect<jspcap::TcpView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::below_min);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "hdr_len");
    CHECK(o.issue.value == 16);
    CHECK(o.issue.limit == 20);
    b[12] = 0x00;
    CHECK(dissect<jspcap::TcpView>(b).issue.reason == Reason::below_min);
  }
  SUBCASE("walker") {
    check_walk<jspcap::TcpView>(packet, {
                                            {"srcport=50000", 2},
                                            {"dstport=80", 4},
                                            {"seq=1596668957", 8},
                                            {"ack=2584613243", 12},
                                            {"hdr_len=32", 14},
                                            {"{flags", 14},
                                            {"ns=false", 14},
                                            {"cwr=false", 14},
                                            {"ecn=false", 14},
                                            {"urg=false", 14},
                                            {"ack=true", 14},
                                            {"push=true", 14},
                                            {"reset=false", 14},
                                            {"syn=false", 14},
                                            {"fin=false", 14},
                                            {"}", 14},
                                            {"window_size=502", 16},
                                            {"checksum=0xfe30", 18},
                                            {"urgent_pointer=0", 20},
                                            {"opt=[0101080a001c8e2a001c8e1f]", 32},
                                        });
  }
}

// ---- UDP ----------------------------------------------------------------------------------------

TEST_CASE("UDP view") {
  const Buf packet = cat({kUdp, kDns});  // len 37

  SUBCASE("valid") {
    const jspcap::UdpView v(packet.data(), packet.size());
    CHECK(v.srcport() == 54321);
    CHECK(v.dstport() == 53);
    CHECK(v.len() == 37);
    CHECK(v.checksum() == 0x8f3a);

    const auto o = dissect<jspcap::UdpView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 37);
    CHECK(o.step.wire_len == 37);
    CHECK(o.step.next == ProtocolId::none);  // nothing binds port 53 yet
    CHECK(o.step.next_by_table);
    CHECK(std::string(o.step.next_table) == "udp_port");
  }
  SUBCASE("trailing bytes after len are not the payload") {
    const Buf padded = cat({packet, Buf(9, 0)});
    const auto o = dissect<jspcap::UdpView>(padded);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.cap_len == 37);
    CHECK(o.step.wire_len == 37);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::UdpView>(packet, 8, 8); }
  SUBCASE("length too large") {
    Buf b = packet;
    b[4] = 0x02;
    b[5] = 0x00;  // len 512, the parent carries 37
    const auto o = dissect<jspcap::UdpView>(b);
    CHECK(o.issue.status == Status::length_exceeds_parent);
    CHECK(o.issue.reason == Reason::total_exceeds_parent);
    CHECK(o.issue.value == 512);
    CHECK(o.issue.limit == 37);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 37);
    CHECK(o.step.wire_len == 37);

    const Buf cut = first(b, 20);  // 20 captured of 37 on the wire
    const auto c = dissect<jspcap::UdpView>(cut, 37);
    CHECK(c.issue.status == Status::length_exceeds_parent);
    CHECK(c.step.cap_len == 20);
    CHECK(c.step.wire_len == 37);
  }
  SUBCASE("length smaller than the header") {
    Buf b = packet;
    b[4] = 0x00;
    b[5] = 0x04;
    const auto o = dissect<jspcap::UdpView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::header_exceeds_total);
    CHECK(o.issue.value == 8);
    CHECK(o.issue.limit == 4);
  }
  SUBCASE("length 0 means the parent's length") {
    Buf b = packet;
    b[4] = 0x00;
    b[5] = 0x00;
    const auto o = dissect<jspcap::UdpView>(b, 70000);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.cap_len == 37);
    CHECK(o.step.wire_len == 70000);
  }
  SUBCASE("walker") {
    check_walk<jspcap::UdpView>(packet, {
                                            {"srcport=54321", 2},
                                            {"dstport=53", 4},
                                            {"len=37", 6},
                                            {"checksum=0x8f3a", 8},
                                        });
  }
}

// ---- ICMP ---------------------------------------------------------------------------------------

TEST_CASE("ICMP view") {
  const Buf echo = cat({kIcmpEcho, text_bytes("abcdefghijklmnopqrstuvwabcdefghi")});
  const Buf unreachable = cat({kIcmpUnreachable, kQuotedIpv4});

  SUBCASE("valid echo") {
    const jspcap::IcmpView v(echo.data(), echo.size());
    CHECK(v.type() == 8);
    CHECK(v.code() == 0);
    CHECK(v.checksum() == 0x4d5a);
    CHECK(v.id() == 1);
    CHECK(v.seq() == 10);

    const auto o = dissect<jspcap::IcmpView>(echo);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 40);
    CHECK(o.step.wire_len == 40);
    CHECK(o.step.next == ProtocolId::none);
    CHECK_FALSE(o.step.next_by_table);
    CHECK_FALSE(o.step.next_partial);

    Buf reply = echo;
    reply[0] = 0;  // echo reply: same layout
    const jspcap::IcmpView r(reply.data(), reply.size());
    CHECK(r.id() == 1);
    CHECK(r.seq() == 10);
    CHECK(dissect<jspcap::IcmpView>(reply).step.next == ProtocolId::none);
  }
  SUBCASE("destination unreachable quotes an IPv4 datagram") {
    const jspcap::IcmpView v(unreachable.data(), unreachable.size());
    CHECK(v.type() == 3);
    CHECK(v.code() == 3);
    CHECK(v.checksum() == 0xc26a);
    CHECK(str(v.unused()) == "00000000");

    const auto o = dissect<jspcap::IcmpView>(unreachable);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 36);
    CHECK(o.step.wire_len == 36);
    CHECK(o.step.next == ProtocolId::ipv4);
    CHECK(o.step.next_partial);  // only the start of the datagram is quoted

    for (const std::uint8_t type : {4, 5, 11, 12}) {  // the other error messages quote too
      CAPTURE(int(type));
      Buf b = unreachable;
      b[0] = type;
      CHECK(dissect<jspcap::IcmpView>(b).step.next == ProtocolId::ipv4);
    }
  }
  SUBCASE("redirect, parameter problem, other types") {
    const Buf redirect = cat({{0x05, 0x01, 0x5a, 0x1e, 0xc0, 0xa8, 0x01, 0xfe}, kQuotedIpv4});  // gateway 192.168.1.254
    const jspcap::IcmpView r(redirect.data(), redirect.size());
    CHECK(r.type() == 5);
    CHECK(r.code() == 1);
    CHECK(str(r.gateway()) == "c0a801fe");

    const Buf problem = cat({{0x0c, 0x00, 0xf3, 0x91, 0x14, 0x00, 0x00, 0x00}, kQuotedIpv4});  // pointer 20
    const jspcap::IcmpView p(problem.data(), problem.size());
    CHECK(p.type() == 12);
    CHECK(p.pointer() == 20);
    CHECK(str(p.rest_of_header()) == "000000");

    // Router advertisement: 1 address, entry size 2, lifetime 1800.
    const Buf advert = {0x09, 0x00, 0x3b, 0x2c, 0x01, 0x02, 0x07, 0x08, 0xc0, 0xa8, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00};
    const jspcap::IcmpView a(advert.data(), advert.size());
    CHECK(a.type() == 9);
    CHECK(str(a.other()) == "01020708");
    const auto o = dissect<jspcap::IcmpView>(advert);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.next == ProtocolId::none);

    // Timestamp request (13) has id and seq like echo.
    const Buf timestamp = {0x0d, 0x00, 0x00, 0x00, 0xbe, 0xef, 0x00, 0x07};
    const jspcap::IcmpView t(timestamp.data(), timestamp.size());
    CHECK(t.id() == 0xbeef);
    CHECK(t.seq() == 7);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::IcmpView>(echo, 8, 8);
    check_every_length<jspcap::IcmpView>(unreachable, 8, 8);
  }
  SUBCASE("walker") {
    check_walk<jspcap::IcmpView>(echo, {
                                           {"type=8 (Echo)", 1},
                                           {"code=0", 2},
                                           {"checksum=0x4d5a", 4},
                                           {"id=1", 6},
                                           {"seq=10", 8},
                                       });
    // The unused word is hidden: nothing after the checksum.
    check_walk<jspcap::IcmpView>(unreachable, {
                                                  {"type=3 (Destination Unreachable)", 1},
                                                  {"code=3", 2},
                                                  {"checksum=0xc26a", 4},
                                              });
    const Buf redirect = cat({{0x05, 0x01, 0x5a, 0x1e, 0xc0, 0xa8, 0x01, 0xfe}, kQuotedIpv4});
    check_walk<jspcap::IcmpView>(redirect, {
                                               {"type=5 (Redirect)", 1},
                                               {"code=1", 2},
                                               {"checksum=0x5a1e", 4},
                                               {"gateway=ipv4:c0a801fe", 8},
                                           });
    const Buf problem = cat({{0x0c, 0x00, 0xf3, 0x91, 0x14, 0x00, 0x00, 0x00}, kQuotedIpv4});
    check_walk<jspcap::IcmpView>(problem, {
                                              {"type=12 (Parameter Problem)", 1},
                                              {"code=0", 2},
                                              {"checksum=0xf391", 4},
                                              {"pointer=20", 5},
                                          });
    const Buf advert = {0x09, 0x00, 0x3b, 0x2c, 0x01, 0x02, 0x07, 0x08};
    check_walk<jspcap::IcmpView>(advert, {
                                             {"type=9 (Router Advertisement)", 1},
                                             {"code=0", 2},
                                             {"checksum=0x3b2c", 4},
                                             {"other=[01020708]", 8},
                                         });
  }
}

// ---- ICMPv6 -------------------------------------------------------------------------------------

TEST_CASE("ICMPv6 view") {
  const Buf echo = cat({kIcmpv6Echo, filler(56)});
  const Buf unreachable = cat({kIcmpv6Unreachable, kIpv6, kUdp});

  SUBCASE("valid echo request") {
    const jspcap::Icmpv6View v(echo.data(), echo.size());
    CHECK(v.type() == 128);
    CHECK(v.code() == 0);
    CHECK(v.checksum() == 0x2b1c);
    CHECK(v.id() == 0x1234);
    CHECK(v.seq() == 1);

    const auto o = dissect<jspcap::Icmpv6View>(echo);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 64);
    CHECK(o.step.wire_len == 64);
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("destination unreachable quotes an IPv6 packet") {
    const jspcap::Icmpv6View v(unreachable.data(), unreachable.size());
    CHECK(v.type() == 1);
    CHECK(v.code() == 4);
    CHECK(str(v.unused()) == "00000000");
    const auto o = dissect<jspcap::Icmpv6View>(unreachable);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 56);
    CHECK(o.step.next == ProtocolId::ipv6);
    CHECK(o.step.next_partial);
    for (const std::uint8_t type : {2, 3, 4}) {
      CAPTURE(int(type));
      Buf b = unreachable;
      b[0] = type;
      CHECK(dissect<jspcap::Icmpv6View>(b).step.next == ProtocolId::ipv6);
    }
  }
  SUBCASE("packet too big, parameter problem, neighbour solicitation") {
    const Buf too_big = cat({{0x02, 0x00, 0x11, 0x22, 0x00, 0x00, 0x05, 0x00}, kIpv6});  // mtu 1280
    const jspcap::Icmpv6View t(too_big.data(), too_big.size());
    CHECK(t.mtu() == 1280);
    CHECK(dissect<jspcap::Icmpv6View>(too_big).step.next == ProtocolId::ipv6);

    const Buf problem = cat({{0x04, 0x01, 0x33, 0x44, 0x00, 0x00, 0x00, 0x28}, kIpv6});  // pointer 40
    const jspcap::Icmpv6View p(problem.data(), problem.size());
    CHECK(p.pointer() == 40);

    const Buf solicit = cat({{0x87, 0x00, 0x5c, 0x7d, 0x00, 0x00, 0x00, 0x00},
                             {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x0c, 0x29, 0xff, 0xfe, 0x1d, 0x8a, 0x6f}});
    const jspcap::Icmpv6View n(solicit.data(), solicit.size());
    CHECK(n.type() == 135);
    CHECK(str(n.reserved()) == "00000000");
    const auto o = dissect<jspcap::Icmpv6View>(solicit);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 24);
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::Icmpv6View>(echo, 8, 8);
    check_every_length<jspcap::Icmpv6View>(unreachable, 8, 8);
  }
  SUBCASE("walker") {
    check_walk<jspcap::Icmpv6View>(echo, {
                                             {"type=128 (Echo Request)", 1},
                                             {"code=0", 2},
                                             {"checksum=0x2b1c", 4},
                                             {"id=4660", 6},
                                             {"seq=1", 8},
                                         });
    check_walk<jspcap::Icmpv6View>(unreachable, {
                                                    {"type=1 (Destination Unreachable)", 1},
                                                    {"code=4", 2},
                                                    {"checksum=0x7e55", 4},
                                                });
    const Buf too_big = {0x02, 0x00, 0x11, 0x22, 0x00, 0x00, 0x05, 0x00};
    check_walk<jspcap::Icmpv6View>(too_big, {
                                                {"type=2 (Packet Too Big)", 1},
                                                {"code=0", 2},
                                                {"checksum=0x1122", 4},
                                                {"mtu=1280", 8},
                                            });
    const Buf problem = {0x04, 0x01, 0x33, 0x44, 0x00, 0x00, 0x00, 0x28};
    check_walk<jspcap::Icmpv6View>(problem, {
                                                {"type=4 (Parameter Problem)", 1},
                                                {"code=1", 2},
                                                {"checksum=0x3344", 4},
                                                {"pointer=40", 8},
                                            });
    const Buf solicit = {0x87, 0x00, 0x5c, 0x7d, 0x00, 0x00, 0x00, 0x00};
    check_walk<jspcap::Icmpv6View>(solicit, {
                                                {"type=135 (Neighbor Solicitation)", 1},
                                                {"code=0", 2},
                                                {"checksum=0x5c7d", 4},
                                                {"reserved=[00000000]", 8},
                                            });
  }
}

// ---- Null (BSD loopback) ------------------------------------------------------------------------

TEST_CASE("Null view") {
  const Buf ipv4_le = cat({{0x02, 0x00, 0x00, 0x00}, kIpv4});  // AF_INET, little-endian host
  const Buf ipv4_be = cat({{0x00, 0x00, 0x00, 0x02}, kIpv4});  // AF_INET, big-endian host
  const Buf ipv6_le = cat({{0x1e, 0x00, 0x00, 0x00}, kIpv6});  // AF_INET6 on Darwin (30)
  const Buf ipv6_be = cat({{0x00, 0x00, 0x00, 0x1e}, kIpv6});

  SUBCASE("valid") {
    CHECK(jspcap::NullView(ipv4_le.data(), ipv4_le.size()).family() == 2);
    CHECK(jspcap::NullView(ipv4_be.data(), ipv4_be.size()).family() == 2);
    CHECK(jspcap::NullView(ipv6_le.data(), ipv6_le.size()).family() == 30);
    CHECK(jspcap::NullView(ipv6_be.data(), ipv6_be.size()).family() == 30);

    for (const Buf* b : {&ipv4_le, &ipv4_be}) {
      const auto o = dissect<jspcap::NullView>(*b);
      CHECK(o.issue.status == Status::ok);
      CHECK(o.step.header_len == 4);
      CHECK(o.step.cap_len == 24);
      CHECK(o.step.wire_len == 24);
      CHECK(o.step.next == ProtocolId::ipv4);
      CHECK(o.step.next_key == 2);
    }
    for (const Buf* b : {&ipv6_le, &ipv6_be}) {
      const auto o = dissect<jspcap::NullView>(*b);
      CHECK(o.issue.status == Status::ok);
      CHECK(o.step.next == ProtocolId::ipv6);
      CHECK(o.step.next_key == 30);
    }
  }
  SUBCASE("every address family binding") {
    const std::pair<std::uint32_t, ProtocolId> bound[] = {
        {2, ProtocolId::ipv4},  {24, ProtocolId::ipv6}, {28, ProtocolId::ipv6},
        {30, ProtocolId::ipv6}, {7, ProtocolId::none},  // AF_ISO: named, not dissected
    };
    for (const auto& [family, id] : bound) {
      CAPTURE(family);
      const Buf le = cat({{static_cast<std::uint8_t>(family), 0, 0, 0}, kIpv6});
      const Buf be = cat({{0, 0, 0, static_cast<std::uint8_t>(family)}, kIpv6});
      CHECK(dissect<jspcap::NullView>(le).step.next == id);
      CHECK(dissect<jspcap::NullView>(be).step.next == id);
    }
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::NullView>(ipv4_le, 4, 4); }
  SUBCASE("walker") {
    check_walk<jspcap::NullView>(ipv4_le, {{"family=2 (AF_INET)", 4}});
    check_walk<jspcap::NullView>(ipv4_be, {{"family=2 (AF_INET)", 4}});
    check_walk<jspcap::NullView>(ipv6_le, {{"family=30 (AF_INET6 (Darwin))", 4}});
  }
}

// ---- SLL and SLL2 -------------------------------------------------------------------------------

TEST_CASE("SLL view") {
  const Buf packet = cat({kSll, kIpv4});

  SUBCASE("valid") {
    const jspcap::SllView v(packet.data(), packet.size());
    CHECK(v.pkttype() == 0);
    CHECK(v.hatype() == 1);
    CHECK(v.halen() == 6);
    CHECK(str(v.src()) == "000c291d8a6f0000");
    CHECK(v.protocol() == 0x0800);

    const auto o = dissect<jspcap::SllView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 16);
    CHECK(o.step.cap_len == 36);
    CHECK(o.step.wire_len == 36);
    CHECK(o.step.next == ProtocolId::ipv4);

    Buf arp = packet;
    arp[14] = 0x08;
    arp[15] = 0x06;
    CHECK(dissect<jspcap::SllView>(arp).step.next == ProtocolId::arp);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::SllView>(packet, 16, 16); }
  SUBCASE("walker") {
    check_walk<jspcap::SllView>(packet, {
                                            {"pkttype=0 (Unicast to us)", 2},
                                            {"hatype=1 (Ethernet)", 4},
                                            {"halen=6", 6},
                                            {"src=hw:000c291d8a6f0000", 14},
                                            {"protocol=0x0800 (IPv4)", 16},
                                        });
  }
}

TEST_CASE("SLL2 view") {
  const Buf packet = cat({kSll2, kIpv4});

  SUBCASE("valid") {
    const jspcap::Sll2View v(packet.data(), packet.size());
    CHECK(v.protocol() == 0x0800);
    CHECK(v.reserved() == 0);
    CHECK(v.ifindex() == 2);
    CHECK(v.hatype() == 1);
    CHECK(v.pkttype() == 4);
    CHECK(v.halen() == 6);
    CHECK(str(v.src()) == "000c291d8a6f0000");

    const auto o = dissect<jspcap::Sll2View>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 20);
    CHECK(o.step.cap_len == 40);
    CHECK(o.step.wire_len == 40);
    CHECK(o.step.next == ProtocolId::ipv4);

    Buf v6 = packet;
    v6[0] = 0x86;
    v6[1] = 0xdd;
    CHECK(dissect<jspcap::Sll2View>(v6).step.next == ProtocolId::ipv6);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::Sll2View>(packet, 20, 20); }
  SUBCASE("walker") {
    // `reserved` is hidden.
    check_walk<jspcap::Sll2View>(packet, {
                                             {"protocol=0x0800 (IPv4)", 2},
                                             {"ifindex=2", 8},
                                             {"hatype=1 (Ethernet)", 10},
                                             {"pkttype=4 (Sent by us)", 11},
                                             {"halen=6", 12},
                                             {"src=hw:000c291d8a6f0000", 20},
                                         });
  }
}

// ---- RawIP and Raw ------------------------------------------------------------------------------

TEST_CASE("RawIP view") {
  const Buf v4 = cat({kIpv4, filler(40)});
  const Buf v6 = cat({kIpv6, kUdp, filler(8)});

  SUBCASE("valid") {
    const jspcap::RawipView a(v4.data(), v4.size());
    CHECK(a.version() == 4);
    CHECK(a.rest_of_byte() == 5);
    const jspcap::RawipView b(v6.data(), v6.size());
    CHECK(b.version() == 6);
    CHECK(b.rest_of_byte() == 0xb);

    // No header of its own: the IP packet starts at the same byte.
    const auto o4 = dissect<jspcap::RawipView>(v4);
    CHECK(o4.issue.status == Status::ok);
    CHECK(o4.step.header_len == 0);
    CHECK(o4.step.cap_len == 60);
    CHECK(o4.step.wire_len == 60);
    CHECK(o4.step.next == ProtocolId::ipv4);
    const auto o6 = dissect<jspcap::RawipView>(v6);
    CHECK(o6.step.next == ProtocolId::ipv6);
    CHECK(o6.step.header_len == 0);

    Buf other = v4;
    other[0] = 0x55;  // version 5
    const auto o5 = dissect<jspcap::RawipView>(other);
    CHECK(o5.issue.status == Status::ok);
    CHECK(o5.step.next == ProtocolId::none);
    CHECK(o5.step.next_key == 5);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::RawipView>(v4, 1, 0); }
  SUBCASE("walker") { check_walk<jspcap::RawipView>(v6, {{"version=6", 1}}); }
}

TEST_CASE("Raw view") {
  const Buf packet = text_bytes("HTTP/1.1 200 OK\r\n");

  SUBCASE("valid") {
    const jspcap::RawView v(packet.data(), packet.size());
    CHECK(str(v.packet()) == hexbytes(packet));
    const auto o = dissect<jspcap::RawView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == packet.size());
    CHECK(o.step.cap_len == packet.size());
    CHECK(o.step.wire_len == packet.size());
    CHECK(o.step.next == ProtocolId::none);
    CHECK_FALSE(o.step.next_by_table);
  }
  SUBCASE("every captured length") {
    // Raw claims whatever was captured; nothing can be too short.
    for (std::size_t n = 0; n <= packet.size(); ++n) {
      CAPTURE(n);
      const Buf exact = first(packet, n);
      Step step;
      const Issue issue = jspcap::RawView::dissect(exact.data(), n, 1500, step);
      CHECK(issue.status == Status::ok);
      CHECK(step.header_len == n);
      CHECK(step.cap_len == n);
      CHECK(step.wire_len == 1500);

      const Recorder r = walk<jspcap::RawView>(exact.data(), n);
      CHECK(join(r.events) == "packet=[" + hexbytes(exact) + "]\n");
      CHECK(r.depth == 0);
    }
  }
}

// ---- the dispatch entry points ------------------------------------------------------------------

TEST_CASE("dissect_layer and visit_layer dispatch on the protocol id") {
  const Buf packet = cat({kIpv4, filler(40)});
  Step direct, dispatched;
  const Issue a = jspcap::Ipv4View::dissect(packet.data(), packet.size(), packet.size(), direct);
  const Issue b = jspcap::dissect_layer(ProtocolId::ipv4, packet.data(), packet.size(), packet.size(), dispatched);
  CHECK(a.status == b.status);
  CHECK(direct.header_len == dispatched.header_len);
  CHECK(direct.next == dispatched.next);

  Recorder r1, r2;
  jspcap::Ipv4View(packet.data(), packet.size()).visit(r1);
  jspcap::visit_layer(ProtocolId::ipv4, packet.data(), packet.size(), r2);
  CHECK(join(r1.events) == join(r2.events));
  CHECK(r2.events.size() == 20);

  // No protocol: no dissector, no fields.
  Step none;
  const Issue c = jspcap::dissect_layer(ProtocolId::none, packet.data(), packet.size(), packet.size(), none);
  CHECK(c.status == Status::unsupported);
  CHECK(c.reason == Reason::no_dissector);
  Recorder r3;
  jspcap::visit_layer(ProtocolId::none, packet.data(), packet.size(), r3);
  CHECK(r3.events.empty());
}
