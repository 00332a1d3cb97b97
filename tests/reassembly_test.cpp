// IP reassembly: RFC 815 holes, overlap policies, repeats, limits, timeouts — on crafted frames.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_bytes.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/reassembly.hpp"

using jspcap::Datagram;
using jspcap::DatagramEnd;
using jspcap::Frame;
using jspcap::IpReassembler;
using jspcap::ProtocolId;
using jspcap_test::Buf;
using jspcap_test::cat;

namespace {

/// Ethernet / IPv4 fragment of datagram `id` (UDP) at byte `offset` (a multiple of 8).
Buf ipv4_fragment(std::uint16_t id, std::uint16_t offset, bool more, const Buf& payload,
                  std::uint8_t src_last = 1) {
  const std::uint16_t len = static_cast<std::uint16_t>(20 + payload.size());
  const std::uint16_t flags = static_cast<std::uint16_t>((more ? 0x2000 : 0) | (offset / 8));
  const Buf eth = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x08, 0x00};
  const Buf ip = {0x45, 0, static_cast<std::uint8_t>(len >> 8), static_cast<std::uint8_t>(len),
                  static_cast<std::uint8_t>(id >> 8), static_cast<std::uint8_t>(id),
                  static_cast<std::uint8_t>(flags >> 8), static_cast<std::uint8_t>(flags),
                  64, 17, 0, 0, 10, 0, 0, src_last, 10, 0, 0, 2};
  return cat({eth, ip, payload});
}

/// Ethernet / IPv6 / Fragment header of packet `id` (UDP).
Buf ipv6_fragment(std::uint32_t id, std::uint16_t offset, bool more, const Buf& payload) {
  const std::uint16_t plen = static_cast<std::uint16_t>(8 + payload.size());
  const std::uint16_t off = static_cast<std::uint16_t>(offset | (more ? 1 : 0));
  Buf ip6 = {0x60, 0, 0, 0, static_cast<std::uint8_t>(plen >> 8), static_cast<std::uint8_t>(plen), 44, 64};
  for (int i = 0; i < 32; ++i) ip6.push_back(static_cast<std::uint8_t>(i));
  const Buf frag = {17, 0, static_cast<std::uint8_t>(off >> 8), static_cast<std::uint8_t>(off),
                    static_cast<std::uint8_t>(id >> 24), static_cast<std::uint8_t>(id >> 16),
                    static_cast<std::uint8_t>(id >> 8), static_cast<std::uint8_t>(id)};
  return cat({{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x86, 0xdd}, ip6, frag, payload});
}

/// A UDP datagram of `n` bytes (header and a counting pattern) cut into pieces.
Buf udp_datagram(std::size_t n) {
  Buf b = {0x30, 0x39, 0x00, 0x35, static_cast<std::uint8_t>(n >> 8), static_cast<std::uint8_t>(n), 0, 0};
  for (std::size_t i = 8; i < n; ++i) b.push_back(static_cast<std::uint8_t>(i));
  return b;
}
Buf slice(const Buf& b, std::size_t from, std::size_t to) { return Buf(b.begin() + from, b.begin() + to); }

struct Harness {
  IpReassembler r;
  std::vector<Datagram> out;
  std::vector<Buf> keep;  // frames refer to their bytes
  std::uint64_t number = 0;
  explicit Harness(jspcap::ReassemblyOptions o = {}) : r(o) {}
  bool feed(const Buf& bytes, std::int64_t sec = 1000) {
    keep.push_back(bytes);
    jspcap::Record rec;
    rec.number = ++number;
    rec.ts_sec = sec;
    rec.linktype = 1;
    rec.cap_len = rec.wire_len = static_cast<std::uint32_t>(bytes.size());
    rec.data = jspcap::Bytes{keep.back().data(), keep.back().size()};
    Frame f;
    jspcap::dissect(rec, f);
    return r.feed(f, [&](Datagram&& d) { out.push_back(std::move(d)); });
  }
  void finish() { r.finish([&](Datagram&& d) { out.push_back(std::move(d)); }); }
};

}  // namespace

TEST_CASE("IPv4 reassembly") {
  const Buf udp = udp_datagram(40);
  SUBCASE("in order, out of order, with a repeat: the same datagram, dissected on") {
    for (const std::vector<int>& order : {std::vector<int>{0, 1, 2}, {2, 0, 1}, {1, 2, 1, 0}}) {
      CAPTURE(order.size());
      Harness h;
      const Buf pieces[] = {slice(udp, 0, 16), slice(udp, 16, 32), slice(udp, 32, 40)};
      const std::uint16_t offsets[] = {0, 16, 32};
      for (const int i : order) CHECK(h.feed(ipv4_fragment(7, offsets[i], i != 2, pieces[i])));
      REQUIRE(h.out.size() == 1);
      const Datagram& d = h.out[0];
      CHECK(d.completed);
      CHECK(d.end == DatagramEnd::complete);
      CHECK(d.payload == udp);
      CHECK(d.holes.empty());
      CHECK(d.frames.size() == order.size());
      CHECK(d.next == ProtocolId::udp);
      Frame f;
      REQUIRE(jspcap::dissect_datagram(d, f));
      CHECK(f.protochain() == "UDP");
      CHECK(h.r.open() == 0);
      CHECK(h.r.buffered_bytes() == 0);
      if (order.size() == 4) CHECK(h.r.stats().duplicates == 1);
    }
  }
  SUBCASE("a whole datagram (offset 0, no MF) is not a fragment") {
    Harness h;
    CHECK_FALSE(h.feed(ipv4_fragment(7, 0, false, udp)));
    CHECK(h.out.empty());
  }
  SUBCASE("datagrams are told apart by source, destination, id and protocol") {
    Harness h;
    h.feed(ipv4_fragment(7, 0, true, slice(udp, 0, 16)));
    h.feed(ipv4_fragment(7, 0, true, slice(udp, 0, 16), 9));  // another source
    h.feed(ipv4_fragment(8, 16, false, slice(udp, 16, 40)));  // another id
    CHECK(h.r.open() == 3);
    CHECK(h.out.empty());
  }
  SUBCASE("overlap: the first data wins by default, the last on request") {
    Buf other = slice(udp, 8, 24);
    for (auto& b : other) b = 0xee;
    for (const bool last : {false, true}) {
      jspcap::ReassemblyOptions o;
      if (last) {
        o.override_overlap = true;
        o.overlap = jspcap::OverlapPolicy::last;
      }
      Harness h(o);
      h.feed(ipv4_fragment(7, 0, true, slice(udp, 0, 16)));
      h.feed(ipv4_fragment(7, 8, true, other));               // bytes 8..24, 8..16 overlap
      h.feed(ipv4_fragment(7, 24, false, slice(udp, 24, 40)));
      REQUIRE(h.out.size() == 1);
      const Datagram& d = h.out[0];
      CHECK(d.completed);
      CHECK(d.overlaps == 1);
      CHECK(d.payload[8] == (last ? 0xee : udp[8]));
      CHECK(d.payload[16] == 0xee);  // a hole it filled either way
    }
  }
  SUBCASE("incomplete at the end of the file: holes reported; dissected only without strict") {
    Harness h;
    h.feed(ipv4_fragment(7, 0, true, slice(udp, 0, 16)));
    h.feed(ipv4_fragment(7, 32, false, slice(udp, 32, 40)));
    h.finish();
    REQUIRE(h.out.size() == 1);
    const Datagram& d = h.out[0];
    CHECK_FALSE(d.completed);
    CHECK(d.end == DatagramEnd::end_of_file);
    REQUIRE(d.holes.size() == 1);
    CHECK(d.holes[0] == std::pair<std::uint64_t, std::uint64_t>{16, 32});
    Frame f;
    CHECK_FALSE(jspcap::dissect_datagram(d, f, true));
    CHECK(jspcap::dissect_datagram(d, f, false));
    CHECK(f.protochain() == "UDP");
  }
  SUBCASE("timeout in capture time") {
    Harness h;
    h.feed(ipv4_fragment(7, 0, true, slice(udp, 0, 16)), 1000);
    h.feed(ipv4_fragment(9, 0, true, slice(udp, 0, 16)), 1031);  // 31 s later: 7 expired
    REQUIRE(h.out.size() == 1);
    CHECK(h.out[0].end == DatagramEnd::timeout);
    CHECK(h.r.stats().timed_out == 1);
    CHECK(h.r.open() == 1);
  }
  SUBCASE("limits: the oldest datagram is evicted, a datagram past the maximum size dropped") {
    jspcap::ReassemblyOptions o;
    o.max_datagrams = 2;
    o.max_size = 64;
    Harness h(o);
    for (std::uint16_t id = 1; id <= 3; ++id) h.feed(ipv4_fragment(id, 0, true, slice(udp, 0, 16)));
    REQUIRE(h.out.size() == 1);
    CHECK(h.out[0].end == DatagramEnd::evicted);
    CHECK(h.r.open() == 2);
    h.feed(ipv4_fragment(3, 56, false, slice(udp, 0, 16)));  // would end at 72 > 64
    REQUIRE(h.out.size() == 2);
    CHECK(h.out[1].end == DatagramEnd::too_long);
    CHECK(h.r.open() == 1);
  }
}

TEST_CASE("IPv6 reassembly") {
  const Buf udp = udp_datagram(40);
  SUBCASE("the Fragment header's pieces, keyed with the IPv6 addresses") {
    Harness h;
    h.feed(ipv6_fragment(0x1234, 24, false, slice(udp, 24, 40)));
    h.feed(ipv6_fragment(0x1234, 0, true, slice(udp, 0, 24)));
    REQUIRE(h.out.size() == 1);
    CHECK(h.out[0].completed);
    CHECK(h.out[0].protocol == ProtocolId::ipv6_frag);
    CHECK(h.out[0].payload == udp);
    CHECK(h.out[0].key.size() == 8 + 32);  // id, then source and destination
  }
  SUBCASE("an overlap drops the packet (RFC 5722); an exact repeat does not") {
    Harness h;
    h.feed(ipv6_fragment(1, 0, true, slice(udp, 0, 16)));
    h.feed(ipv6_fragment(1, 0, true, slice(udp, 0, 16)));  // repeat: ignored
    CHECK(h.out.empty());
    h.feed(ipv6_fragment(1, 8, true, slice(udp, 8, 24)));  // overlap
    REQUIRE(h.out.size() == 1);
    CHECK(h.out[0].end == DatagramEnd::overlap);
    CHECK_FALSE(h.out[0].completed);
    CHECK(h.r.stats().dropped == 1);
  }
  SUBCASE("an atomic fragment (offset 0, M 0) is a whole packet") {
    Harness h;
    CHECK_FALSE(h.feed(ipv6_fragment(5, 0, false, udp)));
  }
}

TEST_CASE("IP reassembly: a fragment with no payload bytes (a fuzz regression)") {
  // MF set, offset 0, the IPv4 length says 50 but nothing after the header was captured: the
  // piece is empty and the new datagram has no buffer yet.
  Harness h;
  Buf f = ipv4_fragment(3, 0, true, {});
  f[16] = 0;
  f[17] = 50;
  CHECK(h.feed(f));
  h.feed(ipv4_fragment(3, 0, true, {}));  // and again: an exact (empty) repeat
  h.finish();
  REQUIRE(h.out.size() == 1);
  CHECK_FALSE(h.out[0].completed);
  CHECK(h.out[0].payload.empty());
}
