// Tests for the generated protocol views (generated/jspcap/generated/*.hpp), one TEST_CASE per
// spec: hand-written headers with real-looking values, every accessor, dissect() at every captured
// length (each in a buffer of exactly that many bytes, so ASan sees any over-read), bad lengths,
// bad versions, and the visit() field walker on whole and cut-short views.
#include <doctest/doctest.h>

#include "test_bytes.hpp"

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
using jspcap_test::Buf;

// ---- helpers ------------------------------------------------------------------------------------

using jspcap_test::cat;
using jspcap_test::filler;
using jspcap_test::text_bytes;
using jspcap_test::hex_bytes;

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

/// A sink that writes down every call as "key=value" ("{key" and "}" for nested maps, "[key" and
/// "]" for lists) and keeps track of the nesting depth.
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
  void begin_list(std::string_view key) {
    events.push_back("[" + std::string(key));
    ++depth;
  }
  void end_list() {
    events.push_back("]");
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
    std::string open;  // the brackets still open: a map or list cut short still ends
    for (const Field& f : fields) {
      if (f.end > n) break;
      fit.push_back(f.event);
      if (f.event[0] == '{' || f.event[0] == '[') open += f.event[0];
      if ((f.event[0] == '}' || f.event[0] == ']') && f.event[1] == '\0' && !open.empty()) open.pop_back();
    }
    for (; !open.empty(); open.pop_back()) fit.push_back(open.back() == '{' ? "}" : "]");
    CHECK(join(r.events) == join(fit));
    CHECK(r.depth == 0);
    CHECK(r.min_depth == 0);
  }
}

/// visit() over the whole packet reports `events` in order; over every shorter view it stays
/// balanced (for layers ending in a list or a switch, whose cut-short walk shows the bytes left
/// with an error instead of whole fields).
template <class View>
void check_walk_whole(const Buf& packet, const std::vector<std::string>& events) {
  const Recorder r = walk<View>(packet.data(), packet.size());
  CHECK(join(r.events) == join(events));
  for (std::size_t n = 0; n <= packet.size(); ++n) {
    CAPTURE(n);
    const Buf exact = first(packet, n);
    const Recorder cut = walk<View>(exact.data(), n);
    CHECK(cut.depth == 0);
    CHECK(cut.min_depth == 0);
  }
}

/// dissect() at every captured length 0..packet.size() of a layer packet.size() bytes long on the
/// wire, each in a buffer of exactly that size. Below `min_bytes` the header is cut short:
/// truncated while the wire length covers what the header needs, malformed when it does not.
/// From `min_bytes` on the header decodes with `header_len` bytes and the extents follow the
/// captured length (cap_len) and the wire length (wire_len) separately.
/// `elastic`: the header ends with `bytes: rest` up to the declared length, so a shorter wire
/// shortens it: the length field then exceeds its parent instead of the header being malformed.
template <class View>
void check_every_length(const Buf& packet, std::size_t min_bytes, std::size_t header_len, bool elastic = false) {
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
      if (elastic) {
        const Issue below = View::dissect(exact.data(), n, static_cast<std::uint64_t>(need - 1), s2);
        CHECK(below.status != Status::ok);
        const Issue tiny = View::dissect(exact.data(), n, n, s2);
        CHECK(tiny.status != Status::ok);
        continue;
      }
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

// ---- packets of the IPv6 extension headers, IPsec, MH, HIP, IPX, L2TP, OSPF ---------------------

// Hop-by-Hop Options of an MLDv2 report: Router Alert (MLD) and a 2-byte PadN, ICMPv6 follows.
const Buf kHopopt = {
    0x3a,                    // next 58 ICMPv6
    0x00,                    // length 0: 8 bytes in all
    0x05, 0x02, 0x00, 0x00,  // option Router Alert (type 5, len 2), value 0 = MLD
    0x01, 0x00,              // option PadN (type 1, len 0)
};
// The MLDv2 report it carries: one record, "exclude nothing" for ff02::fb (mDNS).
const Buf kMldReport = {
    0x8f, 0x00, 0x5b, 0x2e,  // type 143 MLDv2 report, code 0, checksum 0x5b2e
    0x00, 0x00, 0x00, 0x01,  // reserved, 1 record
    0x04, 0x00, 0x00, 0x00,  // record type 4 CHANGE_TO_EXCLUDE, aux 0, 0 sources
    0xff, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // ff02::fb
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xfb,
};

// Destination Options of a Linux ip6tnl packet: Tunnel Encapsulation Limit 4, an IPv6 packet follows.
const Buf kDstopts = {
    0x29,              // next 41 IPv6
    0x00,              // length 0: 8 bytes
    0x04, 0x01, 0x04,  // option Tunnel Encapsulation Limit (type 4, len 1), limit 4
    0x01, 0x01, 0x00,  // option PadN (type 1, len 1)
};

// Type 2 Routing Header (Mobile IPv6, RFC 6275 §6.4) carrying the home address, ICMPv6 follows.
const Buf kRouting = {
    0x3a,                    // next 58 ICMPv6
    0x02,                    // length 2: 24 bytes
    0x02,                    // type 2
    0x01,                    // seg_left 1
    0x00, 0x00, 0x00, 0x00,  // reserved
    0x20, 0x01, 0x0d, 0xb8, 0x85, 0xa3, 0x00, 0x00,  // home address 2001:db8:85a3::8a2e:370:7334
    0x00, 0x00, 0x8a, 0x2e, 0x03, 0x70, 0x73, 0x34,
};

// Fragment headers of a 3000-byte UDP datagram sent with a 1500-byte MTU (1448 bytes a fragment).
const Buf kFragFirst = {
    0x11,                    // next 17 UDP
    0x00,                    // reserved
    0x00, 0x01,              // offset 0, res 0, M 1
    0xf8, 0x8e, 0xb4, 0x66,  // id 0xf88eb466
};
const Buf kFragMiddle = {
    0x11, 0x00,
    0x05, 0xa9,              // offset 181 × 8 = 1448, M 1
    0xf8, 0x8e, 0xb4, 0x66,
};
const Buf kFragLast = {
    0x11, 0x00,
    0x0b, 0x50,              // offset 362 × 8 = 2896, M 0
    0xf8, 0x8e, 0xb4, 0x66,
};
// The UDP header in the first fragment: len 3000, more than the fragment holds.
const Buf kUdpOfFragments = {
    0xc0, 0x01,  // srcport 49153
    0x13, 0x89,  // dstport 5001 (iperf)
    0x0b, 0xb8,  // len 3000
    0x4e, 0x21,  // checksum 0x4e21
};

// AH in transport mode, HMAC-SHA1-96 (a 12-byte ICV), protecting a TCP segment.
const Buf kAh = {
    0x06,                    // next 6 TCP
    0x04,                    // length 4: (4 + 2) × 4 = 24 bytes
    0x00, 0x00,              // reserved
    0xc3, 0xa5, 0xf1, 0xd2,  // spi 0xc3a5f1d2
    0x00, 0x00, 0x00, 0x07,  // seq 7
    0x5e, 0x91, 0x2a, 0x0c, 0x77, 0xd8, 0x3b, 0x41, 0x9f, 0x06, 0xe4, 0x12,  // icv
};

// ESP: SPI and sequence number, then the encrypted rest (IV, ciphertext, ICV).
const Buf kEsp = {
    0x5f, 0xd6, 0x3a, 0x91,  // spi 0x5fd63a91
    0x00, 0x00, 0x00, 0x2a,  // seq 42
};

// Mobility Header: a Binding Update (RFC 6275 §6.1.7) from a mobile node to its home agent.
const Buf kMhBindingUpdate = {
    0x3b,                    // next 59 (no next header)
    0x01,                    // length 1: 16 bytes
    0x05,                    // type 5 Binding Update
    0x00,                    // reserved
    0x6a, 0x3c,              // chksum 0x6a3c
    0x00, 0x01,              // data: sequence 1
    0xc0, 0x00,              //   A and H flags
    0x00, 0x64,              //   lifetime 100 (× 4 s)
    0x01, 0x02, 0x00, 0x00,  //   option PadN (len 2)
};

// HIP I1 (RFC 7401 §5.3.1) in its minimal form: only the fixed header, 40 bytes.
const Buf kHipI1 = {
    0x3b,        // next 59 (no next header)
    0x04,        // length 4: (4 + 1) × 8 = 40 bytes
    0x01,        // fixed 0, type 1 I1
    0x21,        // version 2, reserved 0, fixed 1
    0x15, 0x25,  // chksum 0x1525
    0x00, 0x00,  // control: none
    0x20, 0x01, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00,  // shit 2001:20::1:2:3:4 (an ORCHIDv2)
    0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04,
    0x20, 0x01, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00,  // rhit 2001:20::a:b:c:d
    0x00, 0x0a, 0x00, 0x0b, 0x00, 0x0c, 0x00, 0x0d,
};
// The DH_GROUP_LIST parameter a complete I1 carries (type 511, length 3: groups 9, 8, 7, padded).
const Buf kHipDhGroupList = {0x01, 0xff, 0x00, 0x03, 0x09, 0x08, 0x07, 0x00};

// IPX RIP request over Ethernet II: "all networks?" to the broadcast node, 40 bytes.
const Buf kIpx = {
    0xff, 0xff,                          // chksum 0xffff (none)
    0x00, 0x28,                          // len 40
    0x00,                                // count 0 hops
    0x01,                                // type 1 RIP
    0x00, 0x00, 0x00, 0x00,              // dst_network 0 (this network)
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff,  // dst_node broadcast
    0x04, 0x53,                          // dst_socket 0x0453 RIP
    0xa8, 0xf8, 0x79, 0x67,              // src_network 0xa8f87967
    0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f,  // src_node 00:0c:29:1d:8a:6f
    0x04, 0x53,                          // src_socket 0x0453 RIP
};
// The RIP request: operation 1, one entry asking about every network.
const Buf kIpxRip = {0x00, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};

// L2TPv2 data message with L and S: a PPP LCP echo request in tunnel 29421, session 1.
const Buf kL2tpData = {
    0x48, 0x02,  // flags T 0, L 1, S 1, O 0, P 0; ver 2
    0x00, 0x18,  // length 24
    0x72, 0xed,  // tunnelid 29421
    0x00, 0x01,  // sessionid 1
    0x00, 0x03,  // ns 3
    0x00, 0x05,  // nr 5
};
const Buf kPppLcpEcho = {0xff, 0x03, 0xc0, 0x21, 0x09, 0x01, 0x00, 0x08, 0x12, 0x34, 0x56, 0x78};

// L2TPv2 control message with T, L, S and an offset (2 bytes of padding), then a Message Type AVP.
const Buf kL2tpControl = {
    0xca, 0x02,  // flags T 1, L 1, S 1, O 1, P 0; ver 2
    0x00, 0x18,  // length 24
    0x00, 0x00,  // tunnelid 0 (not yet assigned)
    0x00, 0x00,  // sessionid 0
    0x00, 0x00,  // ns 0
    0x00, 0x00,  // nr 0
    0x00, 0x02,  // offset 2
    0x00, 0x00,  // padding
};
const Buf kSccrqAvp = {0x80, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01};  // M, len 8, Message Type SCCRQ

// L2TPv3 control message over UDP (RFC 3931 §3.2.1): a control connection ID, no tunnel or session.
const Buf kL2tpV3Control = {
    0xc8, 0x03,              // flags T 1, L 1, S 1; ver 3
    0x00, 0x14,              // length 20
    0x8a, 0x41, 0x0f, 0x2e,  // ccid 0x8a410f2e
    0x00, 0x01,              // ns 1
    0x00, 0x02,              // nr 2
};

// OSPFv2 Hello from 192.168.170.8 in area 0.0.0.1, no authentication; 20 bytes of Hello follow.
const Buf kOspf2 = {
    0x02,                                            // version 2
    0x01,                                            // type 1 Hello
    0x00, 0x2c,                                      // len 44
    0xc0, 0xa8, 0xaa, 0x08,                          // router_id 192.168.170.8
    0x00, 0x00, 0x00, 0x01,                          // area_id 0.0.0.1
    0x27, 0x3b,                                      // chksum 0x273b
    0x00, 0x00,                                      // autype 0 Null
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // auth
};
const Buf kOspf2Hello = {
    0xff, 0xff, 0xff, 0x00,  // network mask 255.255.255.0
    0x00, 0x0a, 0x02, 0x01,  // hello interval 10, options E, priority 1
    0x00, 0x00, 0x00, 0x28,  // dead interval 40
    0xc0, 0xa8, 0xaa, 0x08,  // designated router
    0x00, 0x00, 0x00, 0x00,  // backup designated router
};

// OSPFv3 Hello from router 1.1.1.1 in area 0.0.0.1, instance 0; 20 bytes of Hello follow.
const Buf kOspf3 = {
    0x03,                    // version 3
    0x01,                    // type 1 Hello
    0x00, 0x24,              // len 36
    0x01, 0x01, 0x01, 0x01,  // router_id 1.1.1.1
    0x00, 0x00, 0x00, 0x01,  // area_id 0.0.0.1
    0xfb, 0x86,              // chksum 0xfb86
    0x00,                    // instance_id 0
    0x00,                    // reserved
};
const Buf kOspf3Hello = {
    0x00, 0x00, 0x00, 0x05,  // interface ID 5
    0x01, 0x00, 0x00, 0x13,  // priority 1, options V6 E R
    0x00, 0x0a, 0x00, 0x28,  // hello interval 10, dead interval 40
    0x00, 0x00, 0x00, 0x00,  // designated router
    0x00, 0x00, 0x00, 0x00,  // backup designated router
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
    CHECK(o.step.next_table != nullptr);
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
    };
    for (const auto& [type, next] : bound) {
      CAPTURE(type);
      Buf b = packet;
      b[12] = static_cast<std::uint8_t>(type >> 8);
      b[13] = static_cast<std::uint8_t>(type);
      const auto o = dissect<jspcap::EthernetView>(b);
      CHECK(o.issue.status == Status::ok);
      CHECK(o.step.next == next);
      CHECK(o.step.next_table != nullptr);
      CHECK(o.step.next_key == type);
    }
  }
  SUBCASE("an 802.3 length: LLC follows, the padding after it is not passed on") {
    Buf b = packet;
    b[12] = 0x00;
    b[13] = 0x26;  // 38 bytes of LLC payload in a 60-byte frame
    const auto o = dissect<jspcap::EthernetView>(b);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.next == ProtocolId::ieee8023);  // transparent: LLC or raw IPX
    CHECK(o.step.header_len == 14);
    CHECK(o.step.cap_len == 52);
    CHECK(o.step.wire_len == 52);
  }
  SUBCASE("after an 802.3 length: LLC, or IPX in Novell raw framing") {
    const Buf llc = {0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x08, 0x00};
    Step step;
    CHECK(jspcap::Ieee8023View::dissect(llc.data(), llc.size(), llc.size(), step).status == Status::ok);
    CHECK(step.header_len == 0);
    CHECK(step.next == ProtocolId::llc);
    const Buf ipx = {0xff, 0xff, 0x00, 0x1e, 0x00, 0x04};
    CHECK(jspcap::Ieee8023View::dissect(ipx.data(), ipx.size(), ipx.size(), step).status == Status::ok);
    CHECK(step.next == ProtocolId::ipx);
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
    CHECK(o.step.next_table == nullptr);
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
    CHECK(o.step.next_table != nullptr);
    CHECK(o.step.next_key == 6);
    CHECK(std::string(o.step.next_table) == "ip_proto");
    CHECK_FALSE(o.step.next_partial);  // an unfragmented datagram holds all of its payload
  }
  SUBCASE("options, DSCP and IGMP") {
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
    CHECK(o.step.next == ProtocolId::igmp);
    CHECK(o.step.next_table != nullptr);
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
    CHECK(o.step.next_table == nullptr);

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
                                             {"[opt", 20},
                                             {"]", 20},
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
                                                   {"[opt", 24},
                                                   {"{", 24},
                                                   {"kind=148 (rtralt)", 24},
                                                   {"length=4", 24},
                                                   {"alert=0", 24},
                                                   {"}", 24},
                                                   {"]", 24},
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
    // Port 80 is bound by HTTP.
    CHECK(o.step.next == ProtocolId::http);
    CHECK(o.step.next_table != nullptr);
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
                                            {"[opt", 32},
                                            {"{", 32},
                                            {"kind=1 (nop)", 32},
                                            {"}", 32},
                                            {"{", 32},
                                            {"kind=1 (nop)", 32},
                                            {"}", 32},
                                            {"{", 32},
                                            {"kind=8 (ts)", 32},
                                            {"length=10", 32},
                                            {"val=1871402", 32},
                                            {"ecr=1871391", 32},
                                            {"}", 32},
                                            {"]", 32},
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
    CHECK(o.step.next_table != nullptr);
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
    CHECK(o.step.next_table == nullptr);
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
                             {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x0c, 0x29, 0xff, 0xfe, 0x1d, 0x8a, 0x6f},
                             {0x01, 0x01, 0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f}});  // source link-layer address
    const jspcap::Icmpv6View n(solicit.data(), solicit.size());
    CHECK(n.type() == 135);
    CHECK(str(n.reserved()) == "00000000");
    CHECK(n.target()[0] == 0xfe);
    CHECK(n.target()[15] == 0x6f);
    // The whole Neighbor Discovery message is the header: target and options.
    const auto o = dissect<jspcap::Icmpv6View>(solicit);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 32);
    CHECK(o.step.cap_len == 32);
    CHECK(o.step.next == ProtocolId::none);
    std::size_t options = 0;
    for (const jspcap::TlvItem& item : n.options_items()) {
      ++options;
      CHECK(item.kind == 1);
      CHECK(item.length == 1);  // in units of 8 bytes, type and length included
      CHECK(str(item.value) == "000c291d8a6f");
      CHECK_FALSE(item.malformed);
    }
    CHECK(options == 1);

    // A length of 0 units is malformed: the walk shows it and stops, never loops.
    Buf zero = solicit;
    zero[25] = 0x00;
    const jspcap::Icmpv6View z(zero.data(), zero.size());
    std::size_t seen = 0;
    for (const jspcap::TlvItem& item : z.options_items()) {
      ++seen;
      CHECK(item.malformed);
    }
    CHECK(seen == 1);
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
    const Buf solicit = cat({{0x87, 0x00, 0x5c, 0x7d, 0x00, 0x00, 0x00, 0x00},
                             {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x0c, 0x29, 0xff, 0xfe, 0x1d, 0x8a, 0x6f}});
    check_walk<jspcap::Icmpv6View>(solicit, {
                                                {"type=135 (Neighbor Solicitation)", 1},
                                                {"code=0", 2},
                                                {"checksum=0x5c7d", 4},
                                                {"target=ipv6:fe80000000000000020c29fffe1d8a6f", 24},
                                                {"[options", 24},
                                                {"]", 24},
                                            });
    // With an option; cut inside it, the element shows what is there and says it is malformed.
    const Buf with_option = cat({solicit, {0x01, 0x01, 0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f}});
    const std::vector<std::string> option = {"[options", "{", "kind=1 (Source Link-layer Address)", "length=1",
                                             "address=hw:000c291d8a6f", "}", "]"};
    std::vector<std::string> expected = {"type=135 (Neighbor Solicitation)", "code=0", "checksum=0x5c7d",
                                         "target=ipv6:fe80000000000000020c29fffe1d8a6f"};
    expected.insert(expected.end(), option.begin(), option.end());
    CHECK(join(walk<jspcap::Icmpv6View>(with_option.data(), with_option.size()).events) == join(expected));
    const Buf cut = first(with_option, 28);
    const auto r = walk<jspcap::Icmpv6View>(cut.data(), cut.size());
    CHECK(join(r.events).find("error=\"malformed: the element runs past the end of its list\"") != std::string::npos);
    CHECK(r.depth == 0);
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
    CHECK(o.step.next_table == nullptr);
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

// ---- IPv6 extension headers: HOPOPT, IPv6_Opts, IPv6_Route, IPv6_Frag ---------------------------

TEST_CASE("HOPOPT view") {
  const Buf packet = cat({kHopopt, kMldReport});

  SUBCASE("valid") {
    const jspcap::HopoptView v(packet.data(), packet.size());
    CHECK(v.next() == 58);
    CHECK(v.length() == 0);
    CHECK(str(v.options()) == "050200000100");
    CHECK(v.view_bytes().size() == 36);
    std::vector<std::string> items;
    for (const jspcap::TlvItem& e : v.options_items())
      items.push_back(std::to_string(e.kind) + ":" + std::to_string(e.length) + ":" + str(e.value));
    CHECK(join(items) == join({"5:2:0000", "1:0:"}));  // Router Alert (MLD), PadN

    const auto o = dissect<jspcap::HopoptView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(!o.issue);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 36);
    CHECK(o.step.wire_len == 36);
    CHECK(o.step.next == ProtocolId::icmpv6);
    CHECK(o.step.next_table != nullptr);
    CHECK(std::string(o.step.next_table) == "ip_proto");
    CHECK(o.step.next_key == 58);
    CHECK_FALSE(o.step.next_partial);
  }
  SUBCASE("16-byte header") {
    // length 1: Router Alert and a PadN of 8 bytes fill 14 bytes of options.
    const Buf b = cat({{0x3a, 0x01, 0x05, 0x02, 0x00, 0x00, 0x01, 0x08}, Buf(8, 0), kMldReport});
    const jspcap::HopoptView v(b.data(), b.size());
    CHECK(v.length() == 1);
    CHECK(str(v.options()) == "0502000001080000000000000000");
    const auto o = dissect<jspcap::HopoptView>(b);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 16);
    CHECK(o.step.cap_len == 44);
    CHECK(o.step.next == ProtocolId::icmpv6);
    check_every_length<jspcap::HopoptView>(b, 16, 16);
  }
  SUBCASE("next headers") {
    const std::pair<std::uint8_t, ProtocolId> bound[] = {
        {6, ProtocolId::tcp},         {17, ProtocolId::udp},         {58, ProtocolId::icmpv6},
        {43, ProtocolId::ipv6_route}, {44, ProtocolId::ipv6_frag},   {60, ProtocolId::ipv6_opts},
        {51, ProtocolId::ah},         {50, ProtocolId::esp},         {135, ProtocolId::mh},
        {139, ProtocolId::hip},       {89, ProtocolId::ospf},        {41, ProtocolId::ipv6},
        {59, ProtocolId::none},  // no next header
    };
    for (const auto& [next, id] : bound) {
      CAPTURE(int(next));
      Buf b = packet;
      b[0] = next;
      const auto o = dissect<jspcap::HopoptView>(b);
      CHECK(o.issue.status == Status::ok);
      CHECK(o.step.next == id);
      CHECK(o.step.next_key == next);
    }
  }
  SUBCASE("bound as IPv6 next header 0") {
    Buf ip = kIpv6;
    ip[6] = 0;  // next 0 HOPOPT
    CHECK(dissect<jspcap::Ipv6View>(cat({ip, kHopopt, filler(8)})).step.next == ProtocolId::hopopt);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::HopoptView>(packet, 8, 8); }
  SUBCASE("length larger than the parent") {
    Buf b = first(packet, 16);
    b[1] = 10;  // (10 + 1) × 8 = 88 bytes of header in a 16-byte packet
    const auto o = dissect<jspcap::HopoptView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 16);
    CHECK(o.issue.limit == 88);
    // Captured 16 of a longer packet: the capture is short, not the packet.
    const auto snapped = dissect<jspcap::HopoptView>(b, 1500);
    CHECK(snapped.issue.status == Status::truncated);
    CHECK(snapped.issue.reason == Reason::short_header);
    CHECK(snapped.issue.value == 16);
    CHECK(snapped.issue.limit == 88);
  }
  SUBCASE("walker") {
    check_walk<jspcap::HopoptView>(packet, {
                                               {"next=58 (IPv6-ICMP)", 1},
                                               {"length=0", 2},
                                               {"[options", 8},
                                               {"{", 8},
                                               {"kind=5 (ra)", 8},
                                               {"length=2", 8},
                                               {"value=0", 8},
                                               {"}", 8},
                                               {"{", 8},
                                               {"kind=1 (padn)", 8},
                                               {"length=0", 8},
                                               {"}", 8},
                                               {"]", 8},
                                           });
  }
}

TEST_CASE("IPv6_Opts view") {
  const Buf packet = cat({kDstopts, kIpv6, kUdp, filler(8)});  // an IPv6 packet in IPv6

  SUBCASE("valid") {
    const jspcap::Ipv6OptsView v(packet.data(), packet.size());
    CHECK(v.next() == 41);
    CHECK(v.length() == 0);
    CHECK(str(v.options()) == "040104010100");

    const auto o = dissect<jspcap::Ipv6OptsView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 64);
    CHECK(o.step.wire_len == 64);
    CHECK(o.step.next == ProtocolId::ipv6);
    CHECK(o.step.next_table != nullptr);
    CHECK(o.step.next_key == 41);

    Buf udp = cat({kDstopts, kUdp, kDns});
    udp[0] = 17;
    CHECK(dissect<jspcap::Ipv6OptsView>(udp).step.next == ProtocolId::udp);
  }
  SUBCASE("bound as IPv6 next header 60") {
    Buf ip = kIpv6;
    ip[6] = 60;
    CHECK(dissect<jspcap::Ipv6View>(cat({ip, kDstopts, filler(8)})).step.next == ProtocolId::ipv6_opts);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::Ipv6OptsView>(packet, 8, 8); }
  SUBCASE("length larger than the parent") {
    Buf b = first(packet, 16);
    b[1] = 2;  // 24 bytes of header in 16
    const auto o = dissect<jspcap::Ipv6OptsView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 16);
    CHECK(o.issue.limit == 24);
    CHECK(dissect<jspcap::Ipv6OptsView>(b, 64).issue.status == Status::truncated);
  }
  SUBCASE("walker") {
    check_walk<jspcap::Ipv6OptsView>(packet, {
                                                 {"next=41 (IPv6)", 1},
                                                 {"length=0", 2},
                                                 {"[options", 8},
                                                 {"{", 8},
                                                 {"kind=4 (tun)", 8},
                                                 {"length=1", 8},
                                                 {"limit=4", 8},
                                                 {"}", 8},
                                                 {"{", 8},
                                                 {"kind=1 (padn)", 8},
                                                 {"length=1", 8},
                                                 {"data=[00]", 8},
                                                 {"}", 8},
                                                 {"]", 8},
                                             });
  }
}

TEST_CASE("IPv6_Route view") {
  const Buf packet = cat({kRouting, kIcmpv6Echo, filler(8)});

  SUBCASE("valid") {
    const jspcap::Ipv6RouteView v(packet.data(), packet.size());
    CHECK(v.next() == 58);
    CHECK(v.length() == 2);
    CHECK(v.type() == 2);
    CHECK(v.seg_left() == 1);
    CHECK(str(v.data()) == "0000000020010db885a3000000008a2e03707334");

    const auto o = dissect<jspcap::Ipv6RouteView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 24);
    CHECK(o.step.cap_len == 40);
    CHECK(o.step.wire_len == 40);
    CHECK(o.step.next == ProtocolId::icmpv6);
    CHECK(o.step.next_table != nullptr);
    CHECK(o.step.next_key == 58);
  }
  SUBCASE("segment routing header") {
    // SRH (type 4) with one segment, 2001:db8::1, last entry 0, UDP follows.
    const Buf srh = cat({{0x11, 0x02, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00},
                         {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01},
                         kUdp});
    const jspcap::Ipv6RouteView v(srh.data(), srh.size());
    CHECK(v.type() == 4);
    CHECK(v.seg_left() == 0);
    CHECK(v.data().size() == 20);
    const auto o = dissect<jspcap::Ipv6RouteView>(srh);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 24);
    CHECK(o.step.next == ProtocolId::udp);
  }
  SUBCASE("bound as IPv6 next header 43") {
    Buf ip = kIpv6;
    ip[6] = 43;
    CHECK(dissect<jspcap::Ipv6View>(cat({ip, kRouting})).step.next == ProtocolId::ipv6_route);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::Ipv6RouteView>(packet, 24, 24); }
  SUBCASE("length larger than the parent") {
    Buf b = packet;
    b[1] = 10;  // 88 bytes of header in 40
    const auto o = dissect<jspcap::Ipv6RouteView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 40);
    CHECK(o.issue.limit == 88);
  }
  SUBCASE("walker") {
    check_walk_whole<jspcap::Ipv6RouteView>(packet, {
        "next=58 (IPv6-ICMP)",
        "length=2",
        "type=2 (Type 2 Routing Header)",
        "seg_left=1",
        "{data",
        "home_address=ipv6:20010db885a3000000008a2e03707334",
        "}",
    });
  }
}

TEST_CASE("IPv6_Route view: Segment Routing Header") {
  const std::string seg0 = "20010db8000000000000000000000001";
  const std::string seg1 = "20010db8000000000000000000000002";
  const Buf srh = cat({{0x11, 0x05, 0x04, 0x01,   // next UDP, length 5 (48 bytes), type 4, seg_left 1
                        0x01, 0x00, 0x12, 0x34},  // last_entry 1, flags 0, tag 0x1234
                       hex_bytes(seg0), hex_bytes(seg1),
                       {0x05, 0x06, 0x80, 0x00, 0x00, 0x00, 0x00, 0x07}});  // HMAC TLV: D flag, key 7
  REQUIRE(srh.size() == 48);

  SUBCASE("segment list counted by last_entry, then TLVs") {
    const auto o = dissect<jspcap::Ipv6RouteView>(srh);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 48);
    check_walk_whole<jspcap::Ipv6RouteView>(srh, {
        "next=17 (UDP)", "length=5", "type=4 (Segment Routing Header (SRH))", "seg_left=1",
        "{data", "last_entry=1", "flags=0x00", "tag=0x1234",
        "[segments", "=ipv6:" + seg0, "=ipv6:" + seg1, "]",
        "[tlvs", "{", "kind=5", "length=6", "{flags", "d=true", "}", "key_id=7", "hmac=[]", "}", "]",
        "}",
    });
  }
  SUBCASE("a count past the data shows what fits and an error") {
    Buf b = srh;
    b[4] = 9;  // last_entry 9: ten segments in 40 bytes
    check_walk_whole<jspcap::Ipv6RouteView>(b, {
        "next=17 (UDP)", "length=5", "type=4 (Segment Routing Header (SRH))", "seg_left=1",
        "{data", "last_entry=9", "flags=0x00", "tag=0x1234",
        "[segments", "=ipv6:" + seg0, "=ipv6:" + seg1, "]",
        "error=\"malformed: the count of segments runs past the data\"",
        "}",
    });
  }
}

TEST_CASE("IPv6_Frag view") {
  const Buf first_fragment = cat({kFragFirst, kUdpOfFragments, filler(1440)});
  const Buf middle = cat({kFragMiddle, filler(1448)});
  const Buf last = cat({kFragLast, filler(104)});

  SUBCASE("first fragment") {
    const jspcap::Ipv6FragView v(first_fragment.data(), first_fragment.size());
    CHECK(v.next() == 17);
    CHECK(v.reserved() == 0);
    CHECK(v.offset() == 0);
    CHECK(v.res() == 0);
    CHECK(v.mf());
    CHECK(v.id() == 0xf88eb466u);

    const auto o = dissect<jspcap::Ipv6FragView>(first_fragment);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 1456);
    CHECK(o.step.wire_len == 1456);
    CHECK(o.step.next == ProtocolId::udp);
    CHECK(o.step.next_table != nullptr);
    CHECK(std::string(o.step.next_table) == "ip_proto");
    CHECK(o.step.next_key == 17);
    CHECK(o.step.next_partial);  // UDP's len 3000 goes on in later fragments

    // What the runtime then does with the UDP header: its length is no issue in a partial payload.
    Step udp;
    const Buf payload(first_fragment.begin() + 8, first_fragment.end());
    const Issue u = jspcap::UdpView::dissect(payload.data(), payload.size(), payload.size(), udp, o.step.next_partial);
    CHECK(u.status == Status::ok);
    CHECK(udp.wire_len == 1448);
  }
  SUBCASE("later fragments are not dissected further") {
    const jspcap::Ipv6FragView m(middle.data(), middle.size());
    CHECK(m.offset() == 1448);
    CHECK(m.mf());
    const auto om = dissect<jspcap::Ipv6FragView>(middle);
    CHECK(om.issue.status == Status::ok);
    CHECK(om.step.header_len == 8);
    CHECK(om.step.cap_len == 1456);
    CHECK(om.step.next == ProtocolId::none);
    CHECK(om.step.next_table == nullptr);

    const jspcap::Ipv6FragView l(last.data(), last.size());
    CHECK(l.offset() == 2896);
    CHECK_FALSE(l.mf());
    CHECK(l.id() == 0xf88eb466u);
    const auto ol = dissect<jspcap::Ipv6FragView>(last);
    CHECK(ol.issue.status == Status::ok);
    CHECK(ol.step.cap_len == 112);
    CHECK(ol.step.next == ProtocolId::none);
    CHECK(ol.step.next_table == nullptr);

    Buf top = last;
    top[2] = 0xff;
    top[3] = 0xf8;  // the largest offset, 8191 × 8
    CHECK(jspcap::Ipv6FragView(top.data(), top.size()).offset() == 65528);
    CHECK(dissect<jspcap::Ipv6FragView>(top).step.next == ProtocolId::none);
  }
  SUBCASE("atomic fragment (offset 0, M 0) holds the whole datagram") {
    Buf atomic = cat({kFragFirst, kUdp, kDns});
    atomic[3] = 0x00;
    const jspcap::Ipv6FragView v(atomic.data(), atomic.size());
    CHECK(v.offset() == 0);
    CHECK_FALSE(v.mf());
    const auto o = dissect<jspcap::Ipv6FragView>(atomic);
    CHECK(o.step.next == ProtocolId::udp);
    CHECK_FALSE(o.step.next_partial);
  }
  SUBCASE("reserved bits stay out of the offset and M") {
    Buf b = first_fragment;
    b[1] = 0xab;  // reserved octet
    b[3] = 0x07;  // res 0b11, M 1
    const jspcap::Ipv6FragView v(b.data(), b.size());
    CHECK(v.reserved() == 0xab);
    CHECK(v.res() == 3);
    CHECK(v.offset() == 0);
    CHECK(v.mf());
  }
  SUBCASE("bound as IPv6 next header 44") {
    Buf ip = kIpv6;
    ip[6] = 44;
    CHECK(dissect<jspcap::Ipv6View>(cat({ip, kFragFirst, kUdp})).step.next == ProtocolId::ipv6_frag);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::Ipv6FragView>(cat({kFragFirst, kUdpOfFragments}), 8, 8);
    check_every_length<jspcap::Ipv6FragView>(cat({kFragLast, filler(8)}), 8, 8);
  }
  SUBCASE("walker") {
    // reserved and res are hidden.
    check_walk<jspcap::Ipv6FragView>(first_fragment, {
                                                         {"next=17 (UDP)", 1},
                                                         {"offset=0", 4},
                                                         {"mf=true", 4},
                                                         {"id=0xf88eb466", 8},
                                                     });
    check_walk<jspcap::Ipv6FragView>(last, {
                                               {"next=17 (UDP)", 1},
                                               {"offset=2896", 4},
                                               {"mf=false", 4},
                                               {"id=0xf88eb466", 8},
                                           });
  }
}

// ---- IPsec: AH and ESP --------------------------------------------------------------------------

TEST_CASE("AH view") {
  const Buf packet = cat({kAh, kTcp, text_bytes("GET / HTTP/1.1\r\n")});

  SUBCASE("valid") {
    const jspcap::AhView v(packet.data(), packet.size());
    CHECK(v.next() == 6);
    CHECK(v.length() == 4);
    CHECK(v.reserved() == 0);
    CHECK(v.spi() == 0xc3a5f1d2u);
    CHECK(v.seq() == 7);
    CHECK(str(v.icv()) == "5e912a0c77d83b419f06e412");

    const auto o = dissect<jspcap::AhView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 24);
    CHECK(o.step.cap_len == 72);
    CHECK(o.step.wire_len == 72);
    CHECK(o.step.next == ProtocolId::tcp);
    CHECK(o.step.next_table != nullptr);
    CHECK(std::string(o.step.next_table) == "ip_proto");
    CHECK(o.step.next_key == 6);
  }
  SUBCASE("tunnel mode and other next headers") {
    const std::pair<std::uint8_t, ProtocolId> bound[] = {
        {4, ProtocolId::ipv4}, {41, ProtocolId::ipv6}, {50, ProtocolId::esp},
        {89, ProtocolId::ospf}, {17, ProtocolId::udp},
    };
    for (const auto& [next, id] : bound) {
      CAPTURE(int(next));
      Buf b = packet;
      b[0] = next;
      CHECK(dissect<jspcap::AhView>(b).step.next == id);
    }
  }
  SUBCASE("bound as IPv4 protocol and IPv6 next header 51") {
    Buf v4 = kIpv4;
    v4[9] = 51;
    CHECK(dissect<jspcap::Ipv4View>(cat({v4, filler(40)})).step.next == ProtocolId::ah);
    Buf v6 = kIpv6;
    v6[6] = 51;
    CHECK(dissect<jspcap::Ipv6View>(cat({v6, filler(16)})).step.next == ProtocolId::ah);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::AhView>(packet, 24, 24); }
  SUBCASE("length below the fixed part") {
    Buf b = packet;
    b[1] = 0;  // (0 + 2) × 4 = 8 bytes: 4 short of spi and seq
    const auto o = dissect<jspcap::AhView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::negative_size);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "icv");
    CHECK(o.issue.value == -4);
    b[1] = 1;  // 12 bytes: no ICV at all, still a whole header
    const auto z = dissect<jspcap::AhView>(b);
    CHECK(z.issue.status == Status::ok);
    CHECK(z.step.header_len == 12);
    CHECK(jspcap::AhView(b.data(), b.size()).icv().empty());
  }
  SUBCASE("length larger than the parent") {
    Buf b = packet;
    b[1] = 30;  // (30 + 2) × 4 = 128 bytes of header in 72
    const auto o = dissect<jspcap::AhView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 72);
    CHECK(o.issue.limit == 128);
    CHECK(dissect<jspcap::AhView>(b, 1500).issue.status == Status::truncated);
  }
  SUBCASE("walker") {
    check_walk<jspcap::AhView>(packet, {
                                           {"next=6 (TCP)", 1},
                                           {"length=4", 2},
                                           {"spi=0xc3a5f1d2", 8},
                                           {"seq=7", 12},
                                           {"icv=[5e912a0c77d83b419f06e412]", 24},
                                       });
  }
}

TEST_CASE("ESP view") {
  const Buf packet = cat({kEsp, filler(16, 0x10), filler(48, 0x40)});  // IV, ciphertext and ICV

  SUBCASE("valid") {
    const jspcap::EspView v(packet.data(), packet.size());
    CHECK(v.spi() == 0x5fd63a91u);
    CHECK(v.seq() == 42);

    const auto o = dissect<jspcap::EspView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.cap_len == 72);
    CHECK(o.step.wire_len == 72);
    // Encrypted: nothing to dispatch on, the rest is Raw.
    CHECK(o.step.next == ProtocolId::none);
    CHECK(o.step.next_table == nullptr);
    CHECK_FALSE(o.step.next_partial);
  }
  SUBCASE("bound as IPv4 protocol and IPv6 next header 50") {
    Buf v4 = kIpv4;
    v4[9] = 50;
    CHECK(dissect<jspcap::Ipv4View>(cat({v4, filler(40)})).step.next == ProtocolId::esp);
    Buf v6 = kIpv6;
    v6[6] = 50;
    CHECK(dissect<jspcap::Ipv6View>(cat({v6, filler(16)})).step.next == ProtocolId::esp);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::EspView>(packet, 8, 8); }
  SUBCASE("walker") {
    check_walk<jspcap::EspView>(packet, {
                                            {"spi=0x5fd63a91", 4},
                                            {"seq=42", 8},
                                        });
  }
}

// ---- MH and HIP ---------------------------------------------------------------------------------

TEST_CASE("MH view") {
  const Buf packet = kMhBindingUpdate;

  SUBCASE("valid") {
    const jspcap::MhView v(packet.data(), packet.size());
    CHECK(v.next() == 59);
    CHECK(v.length() == 1);
    CHECK(v.type() == 5);
    CHECK(v.reserved() == 0);
    CHECK(v.chksum() == 0x6a3c);
    CHECK(str(v.message()) == "0001c000006401020000");

    const auto o = dissect<jspcap::MhView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 16);
    CHECK(o.step.cap_len == 16);
    CHECK(o.step.wire_len == 16);
    CHECK(o.step.next == ProtocolId::none);  // 59: no next header
    CHECK(o.step.next_table != nullptr);
    CHECK(o.step.next_key == 59);
  }
  SUBCASE("binding refresh request: the 8-byte minimum") {
    const Buf brr = {0x3b, 0x00, 0x00, 0x00, 0x4e, 0x8f, 0x00, 0x00};  // type 0, 2 reserved bytes
    const jspcap::MhView v(brr.data(), brr.size());
    CHECK(v.type() == 0);
    CHECK(str(v.message()) == "0000");
    const auto o = dissect<jspcap::MhView>(brr);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    check_every_length<jspcap::MhView>(brr, 8, 8);
  }
  SUBCASE("bound as IPv6 next header 135 and 62") {
    for (const std::uint8_t next : {135, 62}) {
      CAPTURE(int(next));
      Buf v6 = kIpv6;
      v6[6] = next;
      CHECK(dissect<jspcap::Ipv6View>(cat({v6, packet})).step.next == ProtocolId::mh);
    }
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::MhView>(packet, 16, 16); }
  SUBCASE("length larger than the parent") {
    Buf b = packet;
    b[1] = 10;  // 88 bytes of header in 16
    const auto o = dissect<jspcap::MhView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 16);
    CHECK(o.issue.limit == 88);
  }
  SUBCASE("walker") {
    check_walk_whole<jspcap::MhView>(packet, {
        "next=59 (IPv6-NoNxt)",
        "length=1",
        "type=5 (Binding Update)",
        "chksum=0x6a3c",
        "{message",
        "seq=1",
        "{flags",
        "ack=true",
        "home=true",
        "link_local=false",
        "key_mgmt=false",
        "map=false",
        "proxy=false",
        "force_udp=false",
        "tlv_header=false",
        "bulk=false",
        "}",
        "lifetime=400",
        "[options",
        "{",
        "kind=1 (PadN)",
        "length=2",
        "data=[0000]",
        "}",
        "]",
        "}",
    });
  }
}

TEST_CASE("HIP view") {
  const Buf packet = kHipI1;

  SUBCASE("valid I1") {
    const jspcap::HipView v(packet.data(), packet.size());
    CHECK(v.next() == 59);
    CHECK(v.length() == 4);
    CHECK(v.fixed0() == 0);
    CHECK(v.type() == 1);
    CHECK(v.version() == 2);
    CHECK(v.reserved() == 0);
    CHECK(v.fixed1() == 1);
    CHECK(v.chksum() == 0x1525);
    CHECK(v.control() == 0);
    CHECK_FALSE(v.control_anonymous());
    CHECK(str(v.shit()) == "20010020000000000001000200030004");
    CHECK(str(v.rhit()) == "2001002000000000000a000b000c000d");
    CHECK(v.parameters().empty());

    const auto o = dissect<jspcap::HipView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 40);
    CHECK(o.step.cap_len == 40);
    CHECK(o.step.wire_len == 40);
    CHECK(o.step.next == ProtocolId::none);
    CHECK(o.step.next_table != nullptr);
    CHECK(o.step.next_key == 59);
  }
  SUBCASE("parameters and the anonymous control") {
    Buf b = cat({kHipI1, kHipDhGroupList});
    b[1] = 5;     // 48 bytes
    b[7] = 0x01;  // anonymous
    const jspcap::HipView v(b.data(), b.size());
    CHECK(v.control() == 1);
    CHECK(v.control_anonymous());
    CHECK(str(v.parameters()) == "01ff000309080700");
    const auto o = dissect<jspcap::HipView>(b);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 48);
    check_every_length<jspcap::HipView>(b, 48, 48);
  }
  SUBCASE("bound as IPv6 next header and IPv4 protocol 139") {
    Buf v6 = kIpv6;
    v6[6] = 139;
    CHECK(dissect<jspcap::Ipv6View>(cat({v6, packet})).step.next == ProtocolId::hip);
    Buf v4 = kIpv4;
    v4[9] = 139;
    CHECK(dissect<jspcap::Ipv4View>(cat({v4, packet})).step.next == ProtocolId::hip);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::HipView>(packet, 40, 40); }
  SUBCASE("length below the fixed header") {
    Buf b = packet;
    b[1] = 3;  // 32 bytes: the HITs alone need 40
    const auto o = dissect<jspcap::HipView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::negative_size);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "parameters");
    CHECK(o.issue.value == -8);
  }
  SUBCASE("length larger than the parent") {
    Buf b = packet;
    b[1] = 10;  // 88 bytes of header in 40
    const auto o = dissect<jspcap::HipView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 40);
    CHECK(o.issue.limit == 88);
    CHECK(dissect<jspcap::HipView>(b, 88).issue.status == Status::truncated);
  }
  SUBCASE("walker") {
    // fixed0, reserved and fixed1 are hidden.
    check_walk<jspcap::HipView>(packet, {
                                            {"next=59 (IPv6-NoNxt)", 1},
                                            {"length=4", 2},
                                            {"type=1 (I1)", 3},
                                            {"version=2", 4},
                                            {"chksum=0x1525", 6},
                                            {"{control", 8},
                                            {"anonymous=false", 8},
                                            {"}", 8},
                                            {"shit=ipv6:20010020000000000001000200030004", 24},
                                            {"rhit=ipv6:2001002000000000000a000b000c000d", 40},
                                            {"[parameters", 40},
                                            {"]", 40},
                                        });
    // With DH_GROUP_LIST: one parameter, its 3 groups, the alignment byte left out.
    Buf full = cat({kHipI1, kHipDhGroupList});
    full[1] = 5;
    check_walk<jspcap::HipView>(full, {
                                          {"next=59 (IPv6-NoNxt)", 1},
                                          {"length=5", 2},
                                          {"type=1 (I1)", 3},
                                          {"version=2", 4},
                                          {"chksum=0x1525", 6},
                                          {"{control", 8},
                                          {"anonymous=false", 8},
                                          {"}", 8},
                                          {"shit=ipv6:20010020000000000001000200030004", 24},
                                          {"rhit=ipv6:2001002000000000000a000b000c000d", 40},
                                          {"[parameters", 48},
                                          {"{", 48},
                                          {"kind=511 (DH_GROUP_LIST)", 48},
                                          {"length=3", 48},
                                          {"[groups", 48},
                                          {"=9", 48},
                                          {"=8", 48},
                                          {"=7", 48},
                                          {"]", 48},
                                          {"}", 48},
                                          {"]", 48},
                                      });
  }
}

// ---- IPX ----------------------------------------------------------------------------------------

TEST_CASE("IPX view") {
  const Buf packet = cat({kIpx, kIpxRip});  // len 40

  SUBCASE("valid") {
    const jspcap::IpxView v(packet.data(), packet.size());
    CHECK(v.chksum() == 0xffff);
    CHECK(v.len() == 40);
    CHECK(v.count() == 0);
    CHECK(v.type() == 1);
    CHECK(v.dst_network() == 0);
    CHECK(str(v.dst_node()) == "ffffffffffff");
    CHECK(v.dst_socket() == 0x0453);
    CHECK(v.src_network() == 0xa8f87967u);
    CHECK(str(v.src_node()) == "000c291d8a6f");
    CHECK(v.src_socket() == 0x0453);

    const auto o = dissect<jspcap::IpxView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 30);
    CHECK(o.step.cap_len == 40);
    CHECK(o.step.wire_len == 40);
    CHECK(o.step.next == ProtocolId::none);
    CHECK(o.step.next_table == nullptr);
  }
  SUBCASE("the total length comes from len, not from the frame") {
    const Buf padded = cat({packet, Buf(6, 0)});  // Ethernet pads to 46 bytes
    const auto o = dissect<jspcap::IpxView>(padded);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.cap_len == 40);
    CHECK(o.step.wire_len == 40);
    // Captured 34 of the 46 on the wire.
    const auto c = dissect<jspcap::IpxView>(first(padded, 34), 46);
    CHECK(c.issue.status == Status::ok);
    CHECK(c.step.cap_len == 34);
    CHECK(c.step.wire_len == 40);
  }
  SUBCASE("bound as EtherType 0x8137") {
    Buf eth = kEthernet;
    eth[12] = 0x81;
    eth[13] = 0x37;
    const auto o = dissect<jspcap::EthernetView>(cat({eth, packet, Buf(6, 0)}));
    CHECK(o.step.next == ProtocolId::ipx);
    CHECK(o.step.next_key == 0x8137);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::IpxView>(packet, 30, 30); }
  SUBCASE("len larger than the parent") {
    Buf b = packet;
    b[2] = 0x02;
    b[3] = 0x40;  // len 576, the frame carries 40
    const auto o = dissect<jspcap::IpxView>(b);
    CHECK(o.issue.status == Status::length_exceeds_parent);
    CHECK(o.issue.reason == Reason::total_exceeds_parent);
    CHECK(o.issue.value == 576);
    CHECK(o.issue.limit == 40);
    CHECK(o.step.header_len == 30);
    CHECK(o.step.cap_len == 40);
    CHECK(o.step.wire_len == 40);
  }
  SUBCASE("len smaller than the header") {
    Buf b = packet;
    b[3] = 0x1d;  // len 29
    const auto o = dissect<jspcap::IpxView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::header_exceeds_total);
    CHECK(o.issue.value == 30);
    CHECK(o.issue.limit == 29);
  }
  SUBCASE("walker") {
    check_walk<jspcap::IpxView>(packet, {
                                            {"chksum=0xffff", 2},
                                            {"len=40", 4},
                                            {"count=0", 5},
                                            {"type=1 (Routing Information Protocol)", 6},
                                            {"{dst", 10},
                                            {"dst_network=0x00000000", 10},
                                            {"dst_node=mac:ffffffffffff", 16},
                                            {"dst_socket=0x0453", 18},
                                            {"}", 18},
                                            {"{src", 22},
                                            {"src_network=0xa8f87967", 22},
                                            {"src_node=mac:000c291d8a6f", 28},
                                            {"src_socket=0x0453", 30},
                                            {"}", 30},
                                        });
  }
}

// ---- L2TP ---------------------------------------------------------------------------------------

TEST_CASE("L2TP view") {
  const Buf data = cat({kL2tpData, kPppLcpEcho});        // v2, L and S: 24 bytes
  const Buf control = cat({kL2tpControl, kSccrqAvp});    // v2, T L S O: 24 bytes
  const Buf v3 = cat({kL2tpV3Control, kSccrqAvp});       // v3, T L S: 20 bytes

  SUBCASE("v2 data message with length and sequence numbers") {
    const jspcap::L2tpView v(data.data(), data.size());
    CHECK(v.flags() == 0x480);
    CHECK_FALSE(v.flags_type());
    CHECK(v.flags_len());
    CHECK(v.flags_seq());
    CHECK_FALSE(v.flags_offset());
    CHECK_FALSE(v.flags_prio());
    CHECK(v.ver() == 2);
    CHECK(v.length() == 24);
    CHECK(v.tunnelid() == 29421);
    CHECK(v.sessionid() == 1);
    CHECK(v.ns() == 3);
    CHECK(v.nr() == 5);

    const auto o = dissect<jspcap::L2tpView>(data);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 12);
    CHECK(o.step.cap_len == 24);
    CHECK(o.step.wire_len == 24);
    CHECK(o.step.next == ProtocolId::ppp_hdlc);  // a data message carries a PPP frame
    CHECK(o.step.next_table == nullptr);
  }
  SUBCASE("v2 data message without optional fields") {
    const Buf b = cat({{0x00, 0x02, 0x72, 0xed, 0x00, 0x01}, kPppLcpEcho});  // ver 2, tunnel, session
    const jspcap::L2tpView v(b.data(), b.size());
    CHECK(v.flags() == 0);
    CHECK(v.tunnelid() == 29421);
    CHECK(v.sessionid() == 1);
    const auto o = dissect<jspcap::L2tpView>(b, 1000);  // no length field: the parent's length
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 6);
    CHECK(o.step.cap_len == 18);
    CHECK(o.step.wire_len == 1000);
    check_every_length<jspcap::L2tpView>(b, 6, 6);
  }
  SUBCASE("v2 control message with an offset") {
    const jspcap::L2tpView v(control.data(), control.size());
    CHECK(v.flags() == 0xca0);
    CHECK(v.flags_type());
    CHECK(v.flags_len());
    CHECK(v.flags_seq());
    CHECK(v.flags_offset());
    CHECK_FALSE(v.flags_prio());
    CHECK(v.ver() == 2);
    CHECK(v.length() == 24);
    CHECK(v.tunnelid() == 0);
    CHECK(v.sessionid() == 0);
    CHECK(v.ns() == 0);
    CHECK(v.nr() == 0);
    CHECK(v.offset() == 2);
    CHECK(str(v.padding()) == "0000");

    const auto o = dissect<jspcap::L2tpView>(control);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 24);  // 14 bytes of fields, 2 of padding, the 8-byte AVP
    CHECK(o.step.cap_len == 24);
    CHECK(o.step.wire_len == 24);

    Buf wide = cat({kL2tpControl, Buf(6, 0), kSccrqAvp});
    wide[13] = 8;  // offset 8
    wide[3] = 30;  // length 30
    const auto w = dissect<jspcap::L2tpView>(wide);
    CHECK(w.issue.status == Status::ok);
    CHECK(w.step.header_len == 30);
    CHECK(jspcap::L2tpView(wide.data(), wide.size()).padding().size() == 8);
  }
  SUBCASE("control messages and L2TPv3 data carry no PPP") {
    CHECK(dissect<jspcap::L2tpView>(control).step.next == ProtocolId::none);
    CHECK(dissect<jspcap::L2tpView>(v3).step.next == ProtocolId::none);
    // L2TPv3 data message: session ID and the pseudowire's payload, kept as Raw.
    const Buf v3data = cat({{0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x12, 0x34}, filler(8)});
    const auto o = dissect<jspcap::L2tpView>(v3data);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("v3 control message: a control connection ID, no tunnel or session") {
    const jspcap::L2tpView v(v3.data(), v3.size());
    CHECK(v.flags() == 0xc80);
    CHECK(v.flags_type());
    CHECK(v.flags_len());
    CHECK(v.flags_seq());
    CHECK(v.ver() == 3);
    CHECK(v.length() == 20);
    CHECK(v.ccid() == 0x8a410f2eu);
    CHECK(v.ns() == 1);
    CHECK(v.nr() == 2);

    const auto o = dissect<jspcap::L2tpView>(v3);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 20);  // the AVPs belong to the header
    CHECK(o.step.cap_len == 20);
    CHECK(o.step.wire_len == 20);

    // The offset bit means nothing in v3: no offset field, no padding.
    Buf o3 = v3;
    o3[0] |= 0x02;
    const auto p = dissect<jspcap::L2tpView>(o3);
    CHECK(p.issue.status == Status::ok);
    CHECK(p.step.header_len == 20);
  }
  SUBCASE("control message AVPs") {
    const jspcap::L2tpView v(control.data(), control.size());
    CHECK(str(v.avps()) == "8008000000000001");
    int n = 0;
    for (const jspcap::TlvItem& a : v.avps_items()) {
      CHECK(a.kind == 0);  // vendor 0, type 0: Message Type
      CHECK(a.length == 8);
      CHECK(str(a.value) == "0001");
      CHECK_FALSE(a.malformed);
      ++n;
    }
    CHECK(n == 1);
    // Vendor and type make the kind; the length is the low 10 bits of the first word.
    Buf b = cat({kL2tpControl, {0xc0, 0x0a, 0x00, 0x09, 0x00, 0x07, 0x61, 0x62, 0x63, 0x64}});
    b[3] = 26;
    const jspcap::L2tpView w(b.data(), b.size());
    for (const jspcap::TlvItem& a : w.avps_items()) {
      CHECK(a.kind == 0x00090007u);
      CHECK(a.length == 10);
      CHECK(str(a.value) == "61626364");
    }
    // An AVP whose length runs past the message is kept with an error.
    b[17] = 0x20;
    const jspcap::L2tpView x(b.data(), b.size());
    for (const jspcap::TlvItem& a : x.avps_items()) CHECK(a.malformed);
  }
  SUBCASE("unknown versions are malformed") {
    for (const std::uint8_t ver : {0, 1, 4, 15}) {
      CAPTURE(int(ver));
      Buf b = data;
      b[1] = static_cast<std::uint8_t>((b[1] & 0xf0) | ver);
      const auto o = dissect<jspcap::L2tpView>(b);
      CHECK(o.issue.status == Status::malformed);
      CHECK(o.issue.reason == Reason::not_allowed);
      REQUIRE(o.issue.field != nullptr);
      CHECK(std::string(o.issue.field) == "ver");
      CHECK(o.issue.value == ver);
    }
  }
  SUBCASE("bound as UDP port 1701") {
    const Buf udp = {0x06, 0xa5, 0x06, 0xa5, 0x00, 0x20, 0x8c, 0x11};  // 1701 → 1701, len 32
    const auto o = dissect<jspcap::UdpView>(cat({udp, data}));
    CHECK(o.step.next == ProtocolId::l2tp);
    CHECK(o.step.next_key == 1701);
    const Buf reply = {0xd4, 0x31, 0x06, 0xa5, 0x00, 0x20, 0x8c, 0x11};  // 54321 → 1701
    CHECK(dissect<jspcap::UdpView>(cat({reply, data})).step.next == ProtocolId::l2tp);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::L2tpView>(data, 12, 12);
    check_every_length<jspcap::L2tpView>(control, 24, 24, true);  // the AVPs are elastic
    check_every_length<jspcap::L2tpView>(v3, 20, 20, true);
  }
  SUBCASE("length larger than the parent") {
    Buf b = data;
    b[2] = 0x05;
    b[3] = 0xdc;  // length 1500, the datagram carries 24
    const auto o = dissect<jspcap::L2tpView>(b);
    CHECK(o.issue.status == Status::length_exceeds_parent);
    CHECK(o.issue.reason == Reason::total_exceeds_parent);
    CHECK(o.issue.value == 1500);
    CHECK(o.issue.limit == 24);
    CHECK(o.step.header_len == 12);
    CHECK(o.step.cap_len == 24);
    CHECK(o.step.wire_len == 24);
  }
  SUBCASE("length smaller than the header") {
    Buf b = data;
    b[3] = 10;  // length 10 < 12
    const auto o = dissect<jspcap::L2tpView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::header_exceeds_total);
    CHECK(o.issue.value == 12);
    CHECK(o.issue.limit == 10);
  }
  SUBCASE("offset past the message") {
    Buf b = control;
    b[12] = 0x01;
    b[13] = 0x00;  // offset 256: the padding would end at 270 of 24
    const auto o = dissect<jspcap::L2tpView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::short_header);
    CHECK(o.issue.value == 24);
    CHECK(o.issue.limit == 14 + 256);
  }
  SUBCASE("walker reports exactly the fields present") {
    check_walk<jspcap::L2tpView>(data, {
                                           {"{flags", 2},
                                           {"type=false", 2},
                                           {"len=true", 2},
                                           {"seq=true", 2},
                                           {"offset=false", 2},
                                           {"prio=false", 2},
                                           {"}", 2},
                                           {"ver=2", 2},
                                           {"length=24", 4},
                                           {"tunnelid=29421", 6},
                                           {"sessionid=1", 8},
                                           {"ns=3", 10},
                                           {"nr=5", 12},
                                       });
    // Control message: offset reported, its padding hidden.
    check_walk_whole<jspcap::L2tpView>(control, {
        "{flags",
        "type=true",
        "len=true",
        "seq=true",
        "offset=true",
        "prio=false",
        "}",
        "ver=2",
        "length=24",
        "tunnelid=0",
        "sessionid=0",
        "ns=0",
        "nr=0",
        "offset=2",
        "[avps",
        "{",
        "mandatory=true",
        "hidden=false",
        "length=8",
        "vendor_id=0",
        "type=0 (Control Message)",
        "message_type=1 (Start_Control_Request)",
        "}",
        "]",
    });
    // v3: ccid instead of tunnelid and sessionid.
    check_walk_whole<jspcap::L2tpView>(v3, {
        "{flags",
        "type=true",
        "len=true",
        "seq=true",
        "offset=false",
        "prio=false",
        "}",
        "ver=3",
        "length=20",
        "ccid=2319519534",
        "ns=1",
        "nr=2",
        "[avps",
        "{",
        "mandatory=true",
        "hidden=false",
        "length=8",
        "vendor_id=0",
        "type=0 (Control Message)",
        "message_type=1 (Start_Control_Request)",
        "}",
        "]",
    });
    // Neither L nor S nor O: only flags, ver and the tunnel and session IDs.
    const Buf bare = {0x00, 0x02, 0x72, 0xed, 0x00, 0x01};
    check_walk<jspcap::L2tpView>(bare, {
                                           {"{flags", 2},
                                           {"type=false", 2},
                                           {"len=false", 2},
                                           {"seq=false", 2},
                                           {"offset=false", 2},
                                           {"prio=false", 2},
                                           {"}", 2},
                                           {"ver=2", 2},
                                           {"tunnelid=29421", 4},
                                           {"sessionid=1", 6},
                                       });
  }
}

// ---- OSPF ---------------------------------------------------------------------------------------

TEST_CASE("OSPF view: Link State Update with LSAs") {
  // OSPFv2 LSU carrying one Network-LSA (20-byte header, mask, two attached routers).
  const Buf lsa = {0x00, 0x05, 0x22, 0x02,  // age 5, options 0x22, type 2 Network-LSA
                   0xc0, 0xa8, 0x01, 0x01,  // link state ID 192.168.1.1
                   0x0a, 0x00, 0x00, 0x01,  // advertising router 10.0.0.1
                   0x80, 0x00, 0x00, 0x07,  // sequence 0x80000007
                   0xab, 0xcd, 0x00, 0x20,  // checksum, length 32
                   0xff, 0xff, 0xff, 0x00,  // netmask
                   0x0a, 0x00, 0x00, 0x01,  // attached router
                   0x0a, 0x00, 0x00, 0x02};
  Buf packet = cat({kOspf2, {0x00, 0x00, 0x00, 0x01}, lsa});
  packet[1] = 4;                               // Link State Update
  packet[3] = static_cast<std::uint8_t>(packet.size());
  const std::vector<std::string> header = {"version=2", "type=4 (Link State Update)", "len=60",
                                           "router_id=ipv4:c0a8aa08", "area_id=ipv4:00000001",
                                           "chksum=0x273b", "autype=0 (Null)", "auth=[0000000000000000]"};
  SUBCASE("the LSA list, each LSA's header and body") {
    REQUIRE(packet.size() == 60);
    std::vector<std::string> events = header;
    for (const char* e : {"{body", "count=1", "[lsas", "{", "age=5", "options=0x22", "type=2 (Network-LSA)",
                          "id=ipv4:c0a80101", "adv_router=ipv4:0a000001", "seq=0x80000007", "chksum=0xabcd",
                          "length=32", "netmask=ipv4:ffffff00", "[routers", "=ipv4:0a000001", "=ipv4:0a000002",
                          "]", "}", "]", "}"})
      events.push_back(e);
    check_walk_whole<jspcap::OspfView>(packet, events);
    const auto o = dissect<jspcap::OspfView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 60);
  }
  SUBCASE("an LSA length past the packet is kept with an error") {
    Buf b = packet;
    b[24 + 4 + 19] = 0x40;  // LSA length 64 of the 32 left
    std::vector<std::string> events = header;
    for (const char* e : {"{body", "count=1", "[lsas", "{"}) events.push_back(e);
    events.push_back("data=[" + hexbytes(Bytes{b.data() + 28, b.size() - 28}) + "]");
    for (const char* e : {"error=\"malformed: the element runs past the end of its list\"", "}", "]", "}"})
      events.push_back(e);
    check_walk_whole<jspcap::OspfView>(b, events);
  }
}

TEST_CASE("OSPF view") {
  const Buf v2 = cat({kOspf2, kOspf2Hello});  // len 44
  const Buf v3 = cat({kOspf3, kOspf3Hello});  // len 36

  SUBCASE("valid v2: authentication fields present") {
    const jspcap::OspfView v(v2.data(), v2.size());
    CHECK(v.version() == 2);
    CHECK(v.type() == 1);
    CHECK(v.len() == 44);
    CHECK(str(v.router_id()) == "c0a8aa08");
    CHECK(str(v.area_id()) == "00000001");
    CHECK(v.chksum() == 0x273b);
    CHECK(v.autype() == 0);
    CHECK(str(v.auth()) == "0000000000000000");

    const auto o = dissect<jspcap::OspfView>(v2);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 44);  // the Hello is part of the header: nothing follows OSPF
    CHECK(o.step.cap_len == 44);
    CHECK(o.step.wire_len == 44);
    CHECK(o.step.next == ProtocolId::none);
    CHECK(o.step.next_table == nullptr);

    // Simple password authentication.
    Buf pw = v2;
    pw[15] = 1;
    std::copy_n("s3cr3t!!", 8, pw.begin() + 16);
    const jspcap::OspfView p(pw.data(), pw.size());
    CHECK(p.autype() == 1);
    CHECK(str(p.auth()) == hexbytes(text_bytes("s3cr3t!!")));
  }
  SUBCASE("valid v3: instance ID, no authentication") {
    const jspcap::OspfView v(v3.data(), v3.size());
    CHECK(v.version() == 3);
    CHECK(v.type() == 1);
    CHECK(v.len() == 36);
    CHECK(str(v.router_id()) == "01010101");
    CHECK(str(v.area_id()) == "00000001");
    CHECK(v.chksum() == 0xfb86);
    CHECK(v.instance_id() == 0);
    CHECK(v.reserved() == 0);

    const auto o = dissect<jspcap::OspfView>(v3);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 36);
    CHECK(o.step.cap_len == 36);
    CHECK(o.step.wire_len == 36);
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("unknown versions are malformed") {
    for (const std::uint8_t version : {0, 1, 4}) {
      CAPTURE(int(version));
      Buf b = v2;
      b[0] = version;
      const auto o = dissect<jspcap::OspfView>(b);
      CHECK(o.issue.status == Status::malformed);
      CHECK(o.issue.reason == Reason::not_allowed);
      REQUIRE(o.issue.field != nullptr);
      CHECK(std::string(o.issue.field) == "version");
      CHECK(o.issue.value == version);
    }
  }
  SUBCASE("bound as IPv4 protocol and IPv6 next header 89") {
    Buf v4 = kIpv4;
    v4[9] = 89;
    CHECK(dissect<jspcap::Ipv4View>(cat({v4, filler(40)})).step.next == ProtocolId::ospf);
    Buf v6 = kIpv6;
    v6[6] = 89;
    CHECK(dissect<jspcap::Ipv6View>(cat({v6, filler(16)})).step.next == ProtocolId::ospf);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::OspfView>(v2, 44, 44, true);
    check_every_length<jspcap::OspfView>(v3, 36, 36, true);
  }
  SUBCASE("len larger than the parent") {
    Buf b = v2;
    b[2] = 0x01;
    b[3] = 0x00;  // len 256, the datagram carries 44
    const auto o = dissect<jspcap::OspfView>(b);
    CHECK(o.issue.status == Status::length_exceeds_parent);
    CHECK(o.issue.reason == Reason::total_exceeds_parent);
    CHECK(o.issue.value == 256);
    CHECK(o.issue.limit == 44);
    CHECK(o.step.header_len == 44);  // the body as far as the datagram goes
    CHECK(o.step.cap_len == 44);
    CHECK(o.step.wire_len == 44);
  }
  SUBCASE("len smaller than the header") {
    Buf b = v3;
    b[3] = 12;  // len 12 < 16
    const auto o = dissect<jspcap::OspfView>(b);
    CHECK(o.issue.status == Status::malformed);
    CHECK(o.issue.reason == Reason::header_exceeds_total);
    CHECK(o.issue.value == 16);
    CHECK(o.issue.limit == 12);
  }
  SUBCASE("a trailer past len is not the message") {
    // OSPFv2 cryptographic authentication puts its digest after len bytes.
    Buf b = cat({v2, filler(16)});
    b[15] = 2;
    const auto o = dissect<jspcap::OspfView>(b);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.cap_len == 44);
    CHECK(o.step.wire_len == 44);
  }
  SUBCASE("walker") {
    check_walk_whole<jspcap::OspfView>(v2, {
        "version=2",
        "type=1 (Hello)",
        "len=44",
        "router_id=ipv4:c0a8aa08",
        "area_id=ipv4:00000001",
        "chksum=0x273b",
        "autype=0 (Null)",
        "auth=[0000000000000000]",
        "{body",
        "netmask=ipv4:ffffff00",
        "hello_interval=10",
        "{options",
        "mt=false",
        "e=true",
        "mc=false",
        "np=false",
        "l=false",
        "dc=false",
        "o=false",
        "dn=false",
        "}",
        "priority=1",
        "dead_interval=40",
        "dr=ipv4:c0a8aa08",
        "bdr=ipv4:00000000",
        "[neighbors",
        "]",
        "}",
    });
    check_walk_whole<jspcap::OspfView>(v3, {
        "version=3",
        "type=1 (Hello)",
        "len=36",
        "router_id=ipv4:01010101",
        "area_id=ipv4:00000001",
        "chksum=0xfb86",
        "instance_id=0",
        "{body",
        "interface_id=5",
        "priority=1",
        "{options",
        "v6=true",
        "e=true",
        "mc=false",
        "n=false",
        "r=true",
        "dc=false",
        "af=false",
        "l=false",
        "at=false",
        "}",
        "hello_interval=10",
        "dead_interval=40",
        "dr=ipv4:00000000",
        "bdr=ipv4:00000000",
        "[neighbors",
        "]",
        "}",
    });
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
  CHECK(r2.events.size() == 21);  // the empty option list is "[opt" and "]"

  // No protocol: no dissector, no fields.
  Step none;
  const Issue c = jspcap::dissect_layer(ProtocolId::none, packet.data(), packet.size(), packet.size(), none);
  CHECK(c.status == Status::unsupported);
  CHECK(c.reason == Reason::no_dissector);
  Recorder r3;
  jspcap::visit_layer(ProtocolId::none, packet.data(), packet.size(), r3);
  CHECK(r3.events.empty());
}

// ---- tunnels: VXLAN, GRE; PPP, PPPoE, LCP ---------------------------------------------------------

// VXLAN header: I flag, VNI 5001 (as in tcpdump's gso-ipv4-vxlan-ipv4.pcap).
const Buf kVxlan = {0x08, 0x00, 0x00, 0x00, 0x00, 0x13, 0x89, 0x00};

TEST_CASE("VXLAN view") {
  const Buf packet = cat({kVxlan, kEthernet, kIpv4, filler(40)});
  SUBCASE("valid") {
    const jspcap::VxlanView v(packet.data(), packet.size());
    CHECK(v.flags() == 0x0800);
    CHECK(v.flags_instance());
    CHECK_FALSE(v.flags_group_policy());
    CHECK(v.gbp() == 0);
    CHECK(v.vni() == 5001);
    const auto o = dissect<jspcap::VxlanView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.next == ProtocolId::ethernet);  // always an Ethernet frame
    // The largest VNI and a group policy ID.
    const Buf gbp = {0x88, 0x00, 0x12, 0x34, 0xff, 0xff, 0xff, 0x00};
    const jspcap::VxlanView g(gbp.data(), gbp.size());
    CHECK(g.flags_group_policy());
    CHECK(g.gbp() == 0x1234);
    CHECK(g.vni() == 0xffffff);
  }
  SUBCASE("bound as UDP port 4789") {
    const Buf udp = {0xeb, 0xb9, 0x12, 0xb5, 0x00, 0x5a, 0x00, 0x00};  // 60345 → 4789
    const auto o = dissect<jspcap::UdpView>(cat({udp, packet}));
    CHECK(o.step.next == ProtocolId::vxlan);
    CHECK(o.step.next_key == 4789);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::VxlanView>(packet, 8, 8); }
  SUBCASE("walker") {
    check_walk<jspcap::VxlanView>(kVxlan, {{"{flags", 2},
                                           {"group_policy=false", 2},
                                           {"instance=true", 2},
                                           {"dont_learn=false", 2},
                                           {"policy_applied=false", 2},
                                           {"}", 2},
                                           {"gbp=0", 4},
                                           {"vni=5001", 7}});
  }
}

// PPPoE session header (session 0x3b1a) and the bare PPP protocol field of IPv4.
const Buf kPppoes = {0x11, 0x00, 0x3b, 0x1a, 0x00, 0x16};  // version 1, type 1, code 0, length 22 (PPP + IPv4 header)
const Buf kPppIpv4 = {0x00, 0x21};

TEST_CASE("PPPoES view") {
  const Buf packet = cat({kPppoes, kPppIpv4, kIpv4});  // 6 + 2 + 20
  REQUIRE(packet.size() == 28);
  SUBCASE("valid") {
    const jspcap::PppoesView v(packet.data(), packet.size());
    CHECK(v.version() == 1);
    CHECK(v.type() == 1);
    CHECK(v.code() == 0);
    CHECK(v.session_id() == 0x3b1a);
    CHECK(v.payload_length() == 22);
    const auto o = dissect<jspcap::PppoesView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 6);
    CHECK(o.step.wire_len == 28);
    CHECK(o.step.next == ProtocolId::ppp);
  }
  SUBCASE("Ethernet padding after the payload is not passed on") {
    const Buf padded = cat({packet, Buf(18, 0)});
    const auto o = dissect<jspcap::PppoesView>(padded);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.wire_len == 28);
    CHECK(o.step.cap_len == 28);
  }
  SUBCASE("bound as EtherType 0x8864") {
    Buf eth = kEthernet;
    eth[12] = 0x88;
    eth[13] = 0x64;
    CHECK(dissect<jspcap::EthernetView>(cat({eth, packet})).step.next == ProtocolId::pppoes);
  }
  SUBCASE("payload length past the frame") {
    Buf b = packet;
    b[5] = 0x40;  // 64 bytes of payload, 22 there
    const auto o = dissect<jspcap::PppoesView>(b);
    CHECK(o.issue.status == Status::length_exceeds_parent);
    CHECK(o.issue.value == 70);
    CHECK(o.issue.limit == 28);
    CHECK(o.step.wire_len == 28);
  }
  SUBCASE("version and type other than 1 are malformed") {
    Buf b = packet;
    b[0] = 0x21;
    const auto o = dissect<jspcap::PppoesView>(b);
    CHECK(o.issue.status == Status::malformed);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "version");
    b[0] = 0x12;
    CHECK(std::string(dissect<jspcap::PppoesView>(b).issue.field) == "type");
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::PppoesView>(packet, 6, 6); }
}

// PADI with Service-Name (empty) and Host-Uniq, then End-Of-List and padding.
const Buf kPadi = {
    0x11, 0x09, 0x00, 0x00, 0x00, 0x10,              // version 1, type 1, PADI, session 0, length 16
    0x01, 0x01, 0x00, 0x00,                          // Service-Name, length 0
    0x01, 0x03, 0x00, 0x04, 0xde, 0xad, 0xbe, 0xef,  // Host-Uniq, 4 bytes
    0x00, 0x00, 0x00, 0x00,                          // End-Of-List
    0x00, 0x00,                                      // Ethernet padding, after the length
};

TEST_CASE("PPPoED view") {
  const Buf padi(kPadi.begin(), kPadi.end() - 2);  // 22 bytes: the header's length says 16
  SUBCASE("valid") {
    const jspcap::PppoedView v(padi.data(), padi.size());
    CHECK(v.code() == 0x09);
    CHECK(v.session_id() == 0);
    CHECK(v.payload_length() == 16);
    std::vector<std::uint32_t> kinds;
    for (const jspcap::TlvItem& t : v.tags_items()) {
      CHECK_FALSE(t.malformed);
      kinds.push_back(t.kind);
    }
    CHECK(kinds == std::vector<std::uint32_t>{0x0101, 0x0103, 0x0000});
    const auto o = dissect<jspcap::PppoedView>(kPadi);  // two bytes of Ethernet padding after
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 22);
    CHECK(o.step.wire_len == 22);
    CHECK(o.step.next == ProtocolId::none);  // nothing follows discovery
  }
  SUBCASE("walker") {
    check_walk_whole<jspcap::PppoedView>(padi, {"version=1", "type=1", "code=0x09 (PADI)", "session_id=0x0000",
                                                "payload_length=16", "[tags", "{", "kind=257 (Service-Name)",
                                                "length=0", "service_name=''", "}", "{", "kind=259 (Host-Uniq)",
                                                "length=4", "host_uniq=[deadbeef]", "}", "{", "kind=0 (End-Of-List)",
                                                "length=0", "}", "]"});
  }
  SUBCASE("a tag running past the list is kept with an error") {
    Buf b = padi;
    b[13] = 0x40;  // Host-Uniq of 64 bytes
    const jspcap::PppoedView v(b.data(), b.size());
    bool bad = false;
    for (const jspcap::TlvItem& t : v.tags_items()) bad = bad || t.malformed;
    CHECK(bad);
  }
  SUBCASE("bound as EtherType 0x8863") {
    Buf eth = kEthernet;
    eth[12] = 0x88;
    eth[13] = 0x63;
    CHECK(dissect<jspcap::EthernetView>(cat({eth, padi})).step.next == ProtocolId::pppoed);
  }
  SUBCASE("truncated at every byte (the tags are elastic)") { check_every_length<jspcap::PppoedView>(padi, 22, 22, true); }
}

TEST_CASE("PPP view") {
  const Buf packet = cat({kPppIpv4, kIpv4});
  SUBCASE("the protocol field picks the payload through the ppp_protocol table") {
    const jspcap::PppView v(packet.data(), packet.size());
    CHECK(v.protocol() == 0x0021);
    const auto o = dissect<jspcap::PppView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 2);
    CHECK(o.step.next == ProtocolId::ipv4);
    CHECK(std::string(o.step.next_table) == "ppp_protocol");
    const Buf v6 = {0x00, 0x57};
    CHECK(dissect<jspcap::PppView>(cat({v6, kIpv6})).step.next == ProtocolId::ipv6);
    const Buf lcp = {0xc0, 0x21};
    CHECK(dissect<jspcap::PppView>(cat({lcp, filler(8)})).step.next == ProtocolId::lcp);
    const Buf ipcp = {0x80, 0x21};  // no IPCP spec: Raw
    const auto c = dissect<jspcap::PppView>(cat({ipcp, filler(8)}));
    CHECK(c.step.next == ProtocolId::none);
    CHECK(c.step.next_key == 0x8021);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::PppView>(packet, 2, 2); }
  SUBCASE("walker") { check_walk<jspcap::PppView>(kPppIpv4, {{"protocol=0x0021 (IPv4)", 2}}); }
}

TEST_CASE("PPP-HDLC view") {
  const Buf framed = cat({{0xff, 0x03}, kPppIpv4, kIpv4});
  const Buf bare = cat({kPppIpv4, kIpv4});  // address and control compressed away
  SUBCASE("address 0xff and control 0x03 are skipped, PPP follows") {
    const jspcap::PppHdlcView v(framed.data(), framed.size());
    CHECK(v.address() == 0xff);
    CHECK(v.control() == 0x03);
    const auto o = dissect<jspcap::PppHdlcView>(framed);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 2);
    CHECK(o.step.next == ProtocolId::ppp);
  }
  SUBCASE("without them the protocol field comes first") {
    const auto o = dissect<jspcap::PppHdlcView>(bare);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 0);
    CHECK(o.step.next == ProtocolId::ppp);
    const Buf only_address = cat({{0xff, 0x21}, kIpv4});  // 0xff without control 0x03
    CHECK(dissect<jspcap::PppHdlcView>(only_address).step.header_len == 0);
  }
  SUBCASE("bound as PPP in GRE (0x880b)") {
    const Buf gre = {0x30, 0x01, 0x88, 0x0b, 0x00, 0x18, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07};
    CHECK(dissect<jspcap::GreView>(cat({gre, framed})).step.next == ProtocolId::ppp_hdlc);
  }
  SUBCASE("truncated at every byte") { check_every_length<jspcap::PppHdlcView>(framed, 2, 2); }
}

// LCP Configure-Request: MRU 1492, Magic-Number, PFC.
const Buf kLcpConfReq = {
    0x01, 0x07, 0x00, 0x10,              // Configure-Request, id 7, length 16
    0x01, 0x04, 0x05, 0xd4,              // MRU 1492
    0x05, 0x06, 0x12, 0x34, 0x56, 0x78,  // Magic-Number
    0x07, 0x02,                          // Protocol-Field-Compression
};

TEST_CASE("LCP view") {
  SUBCASE("Configure-Request with options") {
    const jspcap::LcpView v(kLcpConfReq.data(), kLcpConfReq.size());
    CHECK(v.code() == 1);
    CHECK(v.identifier() == 7);
    CHECK(v.length() == 16);
    CHECK(v.body().size() == 12);
    const auto o = dissect<jspcap::LcpView>(cat({kLcpConfReq, Buf(4, 0)}));  // 4 bytes of padding
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 16);
    CHECK(o.step.wire_len == 16);
    check_walk_whole<jspcap::LcpView>(
        kLcpConfReq, {"code=1 (Configure-Request)", "identifier=7", "length=16", "{body", "[options", "{",
                      "kind=1 (Maximum-Receive-Unit)", "length=4", "mru=1492", "}", "{", "kind=5 (Magic-Number)",
                      "length=6", "magic_number=0x12345678", "}", "{",
                      "kind=7 (Protocol-Field-Compression)", "length=2", "}", "]", "}"});
  }
  SUBCASE("Echo-Request") {
    const Buf echo = {0x09, 0x49, 0x00, 0x0c, 0xc1, 0x34, 0x39, 0x22, 0xe7, 0xe1, 0x8f, 0xf6};
    check_walk_whole<jspcap::LcpView>(echo, {"code=9 (Echo-Request)", "identifier=73", "length=12", "{body",
                                             "magic_number=0xc1343922", "data=[e7e18ff6]", "}"});
  }
  SUBCASE("length below the 4-byte header is malformed") {
    Buf b = kLcpConfReq;
    b[3] = 3;
    const auto o = dissect<jspcap::LcpView>(b);
    CHECK(o.issue.status == Status::malformed);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "length");
  }
  SUBCASE("length past the PPP frame") {
    Buf b = kLcpConfReq;
    b[3] = 40;
    CHECK(dissect<jspcap::LcpView>(b).issue.status == Status::length_exceeds_parent);
  }
  SUBCASE("truncated at every byte (the body is elastic)") { check_every_length<jspcap::LcpView>(kLcpConfReq, 16, 16, true); }
}

// GRE (RFC 2890) with key and sequence number, carrying IPv4.
const Buf kGreKeySeq = {0x30, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x05};
// Enhanced GRE (PPTP): key (payload length 16, call ID 0x4000), sequence 7, acknowledgment 6.
const Buf kGreV1 = {0x30, 0x81, 0x88, 0x0b, 0x00, 0x10, 0x40, 0x00,
                    0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x06};

TEST_CASE("GRE view") {
  SUBCASE("version 0 with key and sequence number") {
    const Buf packet = cat({kGreKeySeq, kIpv4});
    const jspcap::GreView v(packet.data(), packet.size());
    CHECK(v.flags_key());
    CHECK(v.flags_sequence());
    CHECK_FALSE(v.flags_checksum());
    CHECK(v.version() == 0);
    CHECK(v.proto() == 0x0800);
    CHECK(v.key() == 42);
    CHECK(v.sequence_number() == 5);
    const auto o = dissect<jspcap::GreView>(packet);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 12);
    CHECK(o.step.next == ProtocolId::ipv4);
    CHECK(std::string(o.step.next_table) == "ethertype");
  }
  SUBCASE("plain and with checksum") {
    const Buf plain = {0x00, 0x00, 0x86, 0xdd};
    const auto p = dissect<jspcap::GreView>(cat({plain, kIpv6}));
    CHECK(p.step.header_len == 4);
    CHECK(p.step.next == ProtocolId::ipv6);
    const Buf sum = {0x80, 0x00, 0x65, 0x58, 0xab, 0xcd, 0x00, 0x00};  // Ethernet inside
    const jspcap::GreView c(sum.data(), sum.size());
    CHECK(c.checksum() == 0xabcd);
    const auto o = dissect<jspcap::GreView>(cat({sum, kEthernet, kIpv4}));
    CHECK(o.step.header_len == 8);
    CHECK(o.step.next == ProtocolId::ethernet);
  }
  SUBCASE("version 1: payload length, call ID, acknowledgment") {
    const Buf frame = cat({kGreV1, {0xff, 0x03, 0xc0, 0x21, 0x09, 0x01, 0x00, 0x08, 1, 2, 3, 4}, Buf(4, 0)});
    const jspcap::GreView v(frame.data(), frame.size());
    CHECK(v.version() == 1);
    CHECK(v.ack());
    CHECK(v.payload_length() == 16);
    CHECK(v.call_id() == 0x4000);
    CHECK(v.sequence_number() == 7);
    CHECK(v.ack_number() == 6);
    const auto o = dissect<jspcap::GreView>(frame);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 16);
    CHECK(o.step.wire_len == 32);  // the payload length bounds the PPP frame
    CHECK(o.step.next == ProtocolId::ppp_hdlc);
    // An acknowledgment alone: no sequence number, no payload.
    const Buf ack = {0x20, 0x81, 0x88, 0x0b, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x06};
    const auto a = dissect<jspcap::GreView>(ack);
    CHECK(a.issue.status == Status::ok);
    CHECK(a.step.header_len == 12);
    CHECK(a.step.wire_len == 12);
    // A payload length past the IP datagram.
    Buf big = frame;
    big[5] = 0xff;
    CHECK(dissect<jspcap::GreView>(big).issue.status == Status::length_exceeds_parent);
  }
  SUBCASE("versions above 1 are malformed") {
    Buf b = cat({kGreKeySeq, kIpv4});
    b[1] = 0x02;
    const auto o = dissect<jspcap::GreView>(b);
    CHECK(o.issue.status == Status::malformed);
    REQUIRE(o.issue.field != nullptr);
    CHECK(std::string(o.issue.field) == "version");
  }
  SUBCASE("source routes (R) are not decoded: the payload stays Raw") {
    const Buf routed = {0x40, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00};
    const auto o = dissect<jspcap::GreView>(cat({routed, kIpv4}));
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("bound as IP protocol 47") {
    Buf ip = kIpv4;
    ip[9] = 47;
    CHECK(dissect<jspcap::Ipv4View>(cat({ip, kGreKeySeq, filler(28)})).step.next == ProtocolId::gre);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::GreView>(cat({kGreKeySeq, kIpv4}), 12, 12);
    check_every_length<jspcap::GreView>(cat({kGreV1, filler(16)}), 16, 16);
  }
  SUBCASE("walker") {
    check_walk<jspcap::GreView>(kGreKeySeq, {{"{flags", 1},
                                             {"checksum=false", 1},
                                             {"routing=false", 1},
                                             {"key=true", 1},
                                             {"sequence=true", 1},
                                             {"strict_route=false", 1},
                                             {"}", 1},
                                             {"recursion=0", 1},
                                             {"ack=false", 2},
                                             {"version=0", 2},
                                             {"proto=0x0800 (IPv4)", 4},
                                             {"key=0x0000002a", 8},
                                             {"sequence_number=5", 12}});
  }
}

// ---- LLC ------------------------------------------------------------------------------------

TEST_CASE("LLC view") {
  const Buf ipx = cat({{0xe0, 0xe0, 0x03}, filler(30)});                             // NetWare SAP, UI frame
  const Buf snap_ip = cat({{0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x08, 0x00}, kIpv4});  // RFC 1042 IPv4
  const Buf cdp = cat({{0xaa, 0xaa, 0x03, 0x00, 0x00, 0x0c, 0x20, 0x00}, filler(8)});   // Cisco OUI: CDP
  const Buf stp_i = {0x42, 0x42, 0x04, 0x00, 0x01, 0x02};                           // an I-format frame

  SUBCASE("NetWare SAP → IPX") {
    const auto o = dissect<jspcap::LlcView>(ipx);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == 3);
    CHECK(o.step.next == ProtocolId::ipx);
  }
  SUBCASE("SNAP with OUI 0 carries an EtherType") {
    const jspcap::LlcView v(snap_ip.data(), snap_ip.size());
    CHECK(v.oui() == 0);
    CHECK(v.pid() == 0x0800);
    const auto o = dissect<jspcap::LlcView>(snap_ip);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.next == ProtocolId::ipv4);
  }
  SUBCASE("SNAP with another OUI: nothing of ours follows") {
    const auto o = dissect<jspcap::LlcView>(cdp);
    CHECK(o.step.header_len == 8);
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("I-format control is two bytes") {
    const jspcap::LlcView v(stp_i.data(), stp_i.size());
    CHECK(v.control() == 0x04);
    CHECK(v.control_ext() == 0x00);
    CHECK(dissect<jspcap::LlcView>(stp_i).step.header_len == 4);
  }
  SUBCASE("truncated at every byte") {
    check_every_length<jspcap::LlcView>(ipx, 3, 3);
    check_every_length<jspcap::LlcView>(snap_ip, 8, 8);
  }
}

// ---- HTTP ---------------------------------------------------------------------------------------

TEST_CASE("HTTP view") {
  SUBCASE("request: start line, headers with a repeated name, body") {
    const Buf m = text_bytes("GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: text/html\r\n"
                             "accept:  */* \r\n\r\nbody");
    const jspcap::HttpView v(m.data(), m.size());
    CHECK(v.receipt() == "request");
    CHECK(v.token("method") == "GET");
    CHECK(v.token("target") == "/index.html");
    CHECK(v.token("version") == "HTTP/1.1");
    CHECK(v.token("status").empty());
    std::vector<std::string> headers;
    for (jspcap::HeaderIterator h = v.headers(); !h.done(); h.next())
      headers.push_back(std::string(h.name()) + "=" + std::string(h.value()));
    CHECK(headers == std::vector<std::string>{"Host=example.com", "Accept=text/html", "accept=*/*"});
    CHECK(v.body_offset() == m.size() - 4);
    CHECK(std::string(v.body().begin(), v.body().end()) == "body");
    check_walk_whole<jspcap::HttpView>(m, {
        "receipt=\"request\"", "{header", "{request", "method=\"GET\"", "target=\"/index.html\"",
        "version=\"HTTP/1.1\"", "}", "Host=\"example.com\"", "[Accept", "=\"text/html\"", "=\"*/*\"", "]", "}",
        "body=[626f6479]",
    });
    const auto o = dissect<jspcap::HttpView>(m);
    CHECK(o.issue.status == Status::ok);
    CHECK(o.step.header_len == m.size());  // the whole message is the layer
    CHECK(o.step.next == ProtocolId::none);
  }
  SUBCASE("response: the status is a number, the phrase keeps its spaces") {
    const Buf m = text_bytes("HTTP/1.0 404 Not Found\r\nContent-Length: 2\r\n\r\nno");
    const jspcap::HttpView v(m.data(), m.size());
    CHECK(v.receipt() == "response");
    CHECK(v.token("status") == "404");
    CHECK(v.token("phrase") == "Not Found");
    check_walk_whole<jspcap::HttpView>(m, {
        "receipt=\"response\"", "{header", "{response", "version=\"HTTP/1.0\"", "status=404",
        "phrase=\"Not Found\"", "}", "Content-Length=\"2\"", "}", "body=[6e6f]",
    });
  }
  SUBCASE("headers that do not end here: no body") {
    const Buf m = text_bytes("POST /form HTTP/1.1\r\nHost: a\r\nContent-Le");
    const jspcap::HttpView v(m.data(), m.size());
    CHECK(v.body_offset() == std::string_view::npos);
    CHECK(v.body().empty());
    check_walk_whole<jspcap::HttpView>(m, {
        "receipt=\"request\"", "{header", "{request", "method=\"POST\"", "target=\"/form\"",
        "version=\"HTTP/1.1\"", "}", "Host=\"a\"", "}", "body=null",
    });
  }
  SUBCASE("a continuation: bytes that start no message") {
    const Buf m = {0x89, 0x00, 0x0d, 0x0a, 0x41};
    const jspcap::HttpView v(m.data(), m.size());
    CHECK(v.receipt() == "continuation");
    CHECK(v.token("method").empty());
    CHECK(v.headers().done());
    check_walk_whole<jspcap::HttpView>(m, {"receipt=\"continuation\"", "body=[89000d0a41]"});
  }
  SUBCASE("start lines tshark also reads") {
    // HTTP/0.9: no version.
    const Buf old = text_bytes("GET /bad.html\r\n");
    CHECK(jspcap::HttpView(old.data(), old.size()).token("target") == "/bad.html");
    CHECK(jspcap::HttpView(old.data(), old.size()).token("version").empty());
    // A request line cut by the end of the segment: the tokens that are there.
    const Buf cut = text_bytes("GET /imp?id=227188832&sec=87");
    const jspcap::HttpView c(cut.data(), cut.size());
    CHECK(c.receipt() == "request");
    CHECK(c.token("target") == "/imp?id=227188832&sec=87");
    CHECK(c.token("version").empty());
    // Not a method, not a version: no message.
    for (const char* text : {"get / HTTP/1.1\r\n", "GET\r\n", "HTTP/2 200 OK\r\n", "HTTP/1.1 20 OK\r\n", "GET "}) {
      CAPTURE(text);
      const Buf b = text_bytes(text);
      CHECK_FALSE(jspcap::HttpView::probe(b.data(), b.size()));
    }
  }
  SUBCASE("every cut of a message walks balanced and never past its bytes") {
    const Buf m = text_bytes("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n<html>");
    for (std::size_t n = 0; n <= m.size(); ++n) {
      CAPTURE(n);
      const Buf exact = first(m, n);
      const Recorder r = walk<jspcap::HttpView>(exact.data(), n);
      CHECK(r.depth == 0);
      CHECK(r.min_depth == 0);
      Step step;
      CHECK(jspcap::HttpView::dissect(exact.data(), n, n, step).status == Status::ok);
      CHECK(step.header_len == n);
    }
  }
}
