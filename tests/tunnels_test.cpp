// Whole frames through the tunnel and point-to-point specs (vxlan, gre, pppoes, pppoed, ppp,
// ppp_hdlc, lcp, and l2tp's PPP): the protocol chain and every layer's extent, as the dissector
// loop builds them from the specs' binds and next rules.
#include <doctest/doctest.h>

#include "test_bytes.hpp"
#include "test_frames.hpp"

#include <cstdint>
#include <string>

#include "jspcap/frame.hpp"
#include "jspcap/generated/dispatch.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/reader.hpp"

namespace {

using jspcap::Frame;
using jspcap::ProtocolId;
using jspcap::Status;
using jspcap_test::Buf;
using jspcap_test::layout;
using jspcap_test::record_of;
using jspcap_test::cat;
using jspcap_test::filler;

Buf eth(std::uint16_t type) {
  return {0x00, 0x0c, 0x29, 0x1d, 0x8a, 0x6f, 0x00, 0x50, 0x56, 0xc0, 0x00, 0x08,
          static_cast<std::uint8_t>(type >> 8), static_cast<std::uint8_t>(type)};
}

/// An IPv4 header of `total` bytes in all carrying protocol `proto`.
Buf ipv4(std::uint8_t proto, std::uint16_t total) {
  return {0x45, 0x00, static_cast<std::uint8_t>(total >> 8), static_cast<std::uint8_t>(total), 0x12, 0x34, 0x00, 0x00,
          0x40, proto, 0x00, 0x00, 10, 0, 0, 1, 10, 0, 0, 2};
}

Buf udp(std::uint16_t src, std::uint16_t dst, std::uint16_t len) {
  return {static_cast<std::uint8_t>(src >> 8), static_cast<std::uint8_t>(src), static_cast<std::uint8_t>(dst >> 8),
          static_cast<std::uint8_t>(dst), static_cast<std::uint8_t>(len >> 8), static_cast<std::uint8_t>(len), 0, 0};
}

const Buf kLcpEcho = {0xc0, 0x21, 0x09, 0x01, 0x00, 0x08, 0x12, 0x34, 0x56, 0x78};  // PPP protocol + LCP

}  // namespace

TEST_CASE("tunnels: Ethernet / PPPoE session / PPP / IPv4 / UDP, with Ethernet padding") {
  const Buf b = cat({eth(0x8864), {0x11, 0x00, 0x3b, 0x1a, 0x00, 0x1e}, {0x00, 0x21}, ipv4(17, 28), udp(53, 53, 8),
                     Buf(10, 0)});
  Frame frame;
  jspcap::dissect(record_of(b, 1), frame);
  CHECK(frame.protochain() == "Ethernet:PPPoES:PPP:IPv4:UDP");
  CHECK(layout(frame) == "ethernet@0+14/60/60 pppoes@14+6/36/36 ppp@20+2/30/30 ipv4@22+20/28/28 udp@42+8/8/8");
  CHECK(frame.first_issue() == nullptr);
  CHECK(frame.contains("PPPoE"));  // the umbrella name of session and discovery
}

TEST_CASE("tunnels: PPPoE discovery ends the chain") {
  const Buf b = cat({eth(0x8863), {0x11, 0x09, 0x00, 0x00, 0x00, 0x04, 0x01, 0x01, 0x00, 0x00}});
  Frame frame;
  jspcap::dissect(record_of(b, 1), frame);
  CHECK(frame.protochain() == "Ethernet:PPPoED");
  CHECK(frame.contains("PPPoE"));
  CHECK(frame.first_issue() == nullptr);
}

TEST_CASE("tunnels: link type 9 (PPP) with and without address and control") {
  Frame frame;
  const Buf framed = cat({{0xff, 0x03, 0x00, 0x21}, ipv4(17, 28), udp(1000, 2000, 8)});
  jspcap::dissect(record_of(framed, 9), frame);
  CHECK(frame.protochain() == "PPP:IPv4:UDP");  // the framing layer is not shown
  CHECK(layout(frame) == "ppp_hdlc@0+2/32/32 ppp@2+2/30/30 ipv4@4+20/28/28 udp@24+8/8/8");

  const Buf bare = cat({{0x00, 0x21}, ipv4(17, 28), udp(1000, 2000, 8)});
  jspcap::dissect(record_of(bare, 9), frame);
  CHECK(frame.protochain() == "PPP:IPv4:UDP");
  CHECK(layout(frame) == "ppp_hdlc@0+0/30/30 ppp@0+2/30/30 ipv4@2+20/28/28 udp@22+8/8/8");

  // Cut inside the PPP protocol field: PPP is truncated, nothing follows.
  const Buf cut = {0xff, 0x03, 0x00};
  jspcap::dissect(record_of(cut, 9), frame);
  CHECK(frame.protochain() == "PPP");
  REQUIRE(frame.first_issue() != nullptr);
  CHECK(frame.first_issue()->status == Status::malformed);  // the record's wire length is 3 too
}

TEST_CASE("tunnels: enhanced GRE (PPTP) carrying PPP / LCP") {
  const Buf gre = {0x30, 0x01, 0x88, 0x0b, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};  // payload 12
  const Buf b = cat({eth(0x0800), ipv4(47, 20 + 12 + 12), gre, {0xff, 0x03}, kLcpEcho});
  Frame frame;
  jspcap::dissect(record_of(b, 1), frame);
  CHECK(frame.protochain() == "Ethernet:IPv4:GRE:PPP:LCP");
  CHECK(layout(frame) ==
        "ethernet@0+14/58/58 ipv4@14+20/44/44 gre@34+12/24/24 ppp_hdlc@46+2/12/12 ppp@48+2/10/10 lcp@50+8/8/8");
  CHECK(frame.first_issue() == nullptr);

  // The payload length says more than the datagram holds: GRE exceeds its parent, and on.
  Buf big = b;
  big[39] = 0x40;
  jspcap::dissect(record_of(big, 1), frame);
  CHECK(frame.protochain() == "Ethernet:IPv4:GRE:PPP:LCP");
  REQUIRE(frame.first_issue() != nullptr);
  CHECK(frame.first_issue()->status == Status::length_exceeds_parent);
}

TEST_CASE("tunnels: GRE carrying Ethernet (transparent bridging) and IPv4") {
  const Buf inner = cat({eth(0x0800), ipv4(17, 28), udp(1, 2, 8)});
  const Buf b = cat({eth(0x0800), ipv4(47, static_cast<std::uint16_t>(20 + 4 + inner.size())), {0x00, 0x00, 0x65, 0x58},
                     inner});
  Frame frame;
  jspcap::dissect(record_of(b, 1), frame);
  CHECK(frame.protochain() == "Ethernet:IPv4:GRE:Ethernet:IPv4:UDP");

  const Buf v4 = cat({eth(0x0800), ipv4(47, 20 + 8 + 28), {0x20, 0x00, 0x08, 0x00, 0, 0, 0, 9}, ipv4(17, 28),
                      udp(1, 2, 8)});
  jspcap::dissect(record_of(v4, 1), frame);
  CHECK(frame.protochain() == "Ethernet:IPv4:GRE:IPv4:UDP");
  CHECK(frame.get<jspcap::GreView>()->key() == 9);
}

TEST_CASE("tunnels: VXLAN over UDP 4789 carries an Ethernet frame") {
  const Buf inner = cat({eth(0x0800), ipv4(17, 28), udp(1, 2, 8)});
  const Buf vxlan = {0x08, 0x00, 0x00, 0x00, 0x00, 0x13, 0x89, 0x00};
  const auto outer_udp = static_cast<std::uint16_t>(8 + vxlan.size() + inner.size());
  const Buf b = cat({eth(0x0800), ipv4(17, static_cast<std::uint16_t>(20 + outer_udp)), udp(60345, 4789, outer_udp),
                     vxlan, inner});
  Frame frame;
  jspcap::dissect(record_of(b, 1), frame);
  CHECK(frame.protochain() == "Ethernet:IPv4:UDP:VXLAN:Ethernet:IPv4:UDP");
  CHECK(frame.get<jspcap::VxlanView>()->vni() == 5001);
  // Cut inside the VXLAN header: truncated, no inner frame.
  const Buf cut(b.begin(), b.begin() + 14 + 20 + 8 + 5);
  jspcap::Record r = record_of(cut, 1);
  r.wire_len = static_cast<std::uint32_t>(b.size());
  jspcap::dissect(r, frame);
  CHECK(frame.protochain() == "Ethernet:IPv4:UDP:VXLAN");
  REQUIRE(frame.first_issue() != nullptr);
  CHECK(frame.first_issue()->status == Status::truncated);
}

TEST_CASE("tunnels: an L2TPv2 data message carries PPP") {
  const Buf l2tp = {0x00, 0x02, 0x4a, 0x32, 0xd3, 0x5e};  // no options, tunnel 18994, session 54110
  const auto len = static_cast<std::uint16_t>(8 + l2tp.size() + 2 + kLcpEcho.size());
  const Buf b = cat({eth(0x0800), ipv4(17, static_cast<std::uint16_t>(20 + len)), udp(1701, 1701, len), l2tp,
                     {0xff, 0x03}, kLcpEcho});
  Frame frame;
  jspcap::dissect(record_of(b, 1), frame);
  CHECK(frame.protochain() == "Ethernet:IPv4:UDP:L2TP:PPP:LCP");
  CHECK(frame.first_issue() == nullptr);
}
