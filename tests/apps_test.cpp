// Whole frames through the DHCP, NTP and IGMP specs: the chain their binds build, the views'
// accessors, the report's values and enum names, option lists and group records, and what a short
// capture or a length past the data does to them.
#include <doctest/doctest.h>

#include "test_bytes.hpp"
#include "test_frames.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "jspcap/frame.hpp"
#include "jspcap/generated/dispatch.hpp"
#include "jspcap/layer.hpp"

namespace {

using jspcap::Frame;
using jspcap::Reason;
using jspcap::Status;
using jspcap_test::Buf;
using jspcap_test::cat;
using jspcap_test::hex_bytes;
using jspcap_test::layout;
using jspcap_test::record_of;
using jspcap_test::text_bytes;
using Json = nlohmann::ordered_json;

/// `payload` behind Ethernet and IPv4 (protocol `proto`), and UDP from `sport` to `dport` when
/// `proto` is 17; the IPv4 and UDP lengths cover exactly what follows them.
Buf carried(std::uint8_t proto, const Buf& payload, std::uint16_t sport = 0, std::uint16_t dport = 0) {
  Buf front = hex_bytes("01005e00000100e04c6812340800"                 // Ethernet, IPv4
                        "45000000abcd000001000000c0a8000ae0000001");   // 192.168.0.10 -> 224.0.0.1
  front[23] = proto;
  Buf udp;
  if (proto == 17) {
    const std::size_t n = 8 + payload.size();
    udp = {static_cast<std::uint8_t>(sport >> 8), static_cast<std::uint8_t>(sport),
           static_cast<std::uint8_t>(dport >> 8), static_cast<std::uint8_t>(dport),
           static_cast<std::uint8_t>(n >> 8),     static_cast<std::uint8_t>(n), 0, 0};
  }
  const std::size_t total = 20 + udp.size() + payload.size();
  front[16] = static_cast<std::uint8_t>(total >> 8);
  front[17] = static_cast<std::uint8_t>(total);
  return cat({front, udp, payload});
}

/// A frame dissected from bytes it keeps: the frame reads them in place.
struct Dissected {
  explicit Dissected(Buf b, std::uint32_t wire_len = 0) : bytes(std::move(b)) {
    jspcap::dissect(record_of(bytes, 1, wire_len), frame);
  }
  Dissected(const Dissected&) = delete;
  Dissected& operator=(const Dissected&) = delete;

  Buf bytes;
  Frame frame;
};

/// `s` and NUL bytes up to `n`.
Buf padded_text(const char* s, std::size_t n) {
  Buf b = text_bytes(s);
  b.resize(n, 0);
  return b;
}

/// The report object of the first layer of `protocol` (its alias).
Json layer_json(const Frame& frame, const char* protocol) { return frame[protocol].to_json()[protocol]; }

std::vector<std::string> keys(const Json& j) {
  std::vector<std::string> out;
  for (const auto& item : j.items()) out.push_back(item.key());
  return out;
}

// A DHCPDISCOVER of a client that wants a broadcast reply: the 236-byte header with a server
// name and boot file, the magic cookie, six options, a Pad, End and three bytes of padding.
const Buf kDhcpHeader = cat({hex_bytes("01010600"           // BOOTREQUEST, Ethernet, hlen 6, hops 0
                                       "3903f326"           // xid
                                       "0003" "8000"        // secs 3, broadcast
                                       "00000000" "00000000" "00000000" "00000000"  // ciaddr … giaddr
                                       "000b8201fc42" "00000000000000000000"),     // chaddr, padding
                             padded_text("boot-server", 64), padded_text("pxelinux.0", 128)});
const Buf kDhcpOptions = hex_bytes(
    "63825363"                        // magic cookie
    "350101"                          // 53 message type: DHCPDISCOVER
    "3d0701000b8201fc42"              // 61 client identifier: Ethernet 00:0b:82:01:fc:42
    "3204c0a8000a"                    // 50 requested IP address
    "37040103062a"                    // 55 parameter request list: 1, 3, 6, 42
    "0c04686f7374"                    // 12 host name "host"
    "0308c0a80001c0a80002"            // 3 routers
    "00" "ff" "000000");              // Pad, End, padding

// An NTPv4 client request (stratum 2, poll 2^6 s, precision 2^-20 s) with its four timestamps.
const Buf kNtpClient = hex_bytes(
    "230206ec" "00000d0b" "00000af6" "11fd0cfd"
    "d97a3c3cbfe4b2cd" "d97a3e37ad7f5d89" "d97a3e37b6d1b9b0" "d97a3e7e296b8e31");

}  // namespace

TEST_CASE("apps: DHCP") {
  const Buf dhcp = cat({kDhcpHeader, kDhcpOptions});
  const Buf frame_bytes = carried(17, dhcp, 68, 67);

  SUBCASE("header, enum names and the option list") {
    const Dissected d(frame_bytes);
    const Frame& frame = d.frame;
    CHECK(frame.protochain() == "Ethernet:IPv4:UDP:DHCP");
    CHECK(frame.first_issue() == nullptr);

    const auto v = frame.get<jspcap::DhcpView>();
    REQUIRE(v.has_value());
    CHECK(v->op() == 1);
    CHECK(v->htype() == 1);
    CHECK(v->xid() == 0x3903f326u);
    CHECK(v->secs() == 3);
    CHECK(v->flags_broadcast());
    CHECK(v->chaddr().size() == 6);
    CHECK(v->cookie() == 0x63825363u);
    std::vector<std::uint32_t> kinds;
    for (const jspcap::TlvItem& o : v->options_items()) kinds.push_back(o.kind);
    CHECK(kinds == std::vector<std::uint32_t>{53, 61, 50, 55, 12, 3, 0, 255});

    const Json j = layer_json(frame, "dhcp");
    CHECK(j["op"] == "BOOTREQUEST");
    CHECK(j["htype"] == "Ethernet");
    CHECK(j["xid"] == "0x3903f326");
    CHECK(j["flags"]["broadcast"] == true);
    CHECK(j["yiaddr"] == "0.0.0.0");
    CHECK(j["chaddr"] == "00:0b:82:01:fc:42");
    CHECK_FALSE(j.contains("chaddr_padding"));   // hidden
    CHECK(j["sname"].get<std::string>() == std::string("boot-server") + std::string(53, '\0'));
    CHECK(j["file"].get<std::string>().rfind("pxelinux.0", 0) == 0);
    CHECK(j["cookie"] == "0x63825363");
    const Json& opts = j["options"];
    REQUIRE(opts.size() == 8);
    CHECK(opts[0] == Json::parse(R"({"kind": "DHCP Msg Type", "length": 1, "message_type": "DHCPDISCOVER"})"));
    CHECK(opts[1]["client_id_type"] == "Ethernet");
    CHECK(opts[1]["client_id"] == "00:0b:82:01:fc:42");
    CHECK(opts[2]["requested_ip_address"] == "192.168.0.10");
    CHECK(opts[3]["kind"] == "Parameter List");
    CHECK(opts[3]["parameter_request_list"] ==
          Json::parse(R"(["Subnet Mask", "Router", "Domain Server", "NTP Servers"])"));
    CHECK(opts[4]["hostname"] == "host");
    CHECK(opts[5]["router"] == Json::parse(R"(["192.168.0.1", "192.168.0.2"])"));
    CHECK(opts[6] == Json::parse(R"({"kind": "Pad"})"));
    CHECK(opts[7] == Json::parse(R"({"kind": "End"})"));
    CHECK(j["options_padding"] == "00 00 00");
  }
  SUBCASE("from the server's port") {
    const Dissected d(carried(17, dhcp, 67, 68));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:UDP:DHCP");
  }
  SUBCASE("no magic cookie: the BOOTP vendor area is no option list") {
    Buf b = dhcp;
    b[236] = 0;  // the cookie's first byte
    const Dissected d(carried(17, b, 68, 67));
    CHECK(d.frame.first_issue() == nullptr);
    const Json j = layer_json(d.frame, "dhcp");
    CHECK(j["cookie"] == "0x00825363");
    CHECK_FALSE(j.contains("options"));
    CHECK(layout(d.frame).find("dhcp@42+240/") != std::string::npos);   // the rest is the payload
  }
  SUBCASE("an option whose length runs past the list") {
    const Buf bad = cat({kDhcpHeader, hex_bytes("63825363" "350105" "0c20686f7374")});  // length 32, 4 there
    const Dissected d(carried(17, bad, 67, 68));
    CHECK(d.frame.first_issue() == nullptr);   // the element shows the error; the layer decodes
    const Json opts = layer_json(d.frame, "dhcp")["options"];
    REQUIRE(opts.size() == 2);
    CHECK(opts[0]["message_type"] == "DHCPACK");
    CHECK(opts[1].contains("error"));
    CHECK_FALSE(opts[1].contains("hostname"));
  }
  SUBCASE("capture cut inside the header: truncated") {
    const Dissected d(Buf(frame_bytes.begin(), frame_bytes.begin() + 42 + 100),
                      static_cast<std::uint32_t>(frame_bytes.size()));
    const Frame& frame = d.frame;
    CHECK(frame.protochain() == "Ethernet:IPv4:UDP:DHCP");
    REQUIRE(frame.first_issue() != nullptr);
    CHECK(frame.first_issue()->status == Status::truncated);
    CHECK(frame.first_issue()->reason == Reason::short_header);
    CHECK_FALSE(frame.get<jspcap::DhcpView>().has_value());
    const Json j = layer_json(frame, "dhcp");
    CHECK(j["chaddr"] == "00:0b:82:01:fc:42");   // the fields that were captured
    CHECK_FALSE(j.contains("sname"));
    CHECK(j.contains("error"));
  }
  SUBCASE("a datagram too short for the header: malformed") {
    const Dissected d(carried(17, Buf(dhcp.begin(), dhcp.begin() + 100), 68, 67));
    REQUIRE(d.frame.first_issue() != nullptr);
    CHECK(d.frame.first_issue()->status == Status::malformed);
  }
}

TEST_CASE("apps: NTP") {
  SUBCASE("a client request") {
    const Dissected d(carried(17, kNtpClient, 123, 123));
    const Frame& frame = d.frame;
    CHECK(frame.protochain() == "Ethernet:IPv4:UDP:NTP");
    CHECK(frame.first_issue() == nullptr);
    const auto v = frame.get<jspcap::NtpView>();
    REQUIRE(v.has_value());
    CHECK(v->li() == 0);
    CHECK(v->vn() == 4);
    CHECK(v->mode() == 3);
    CHECK(v->stratum() == 2);
    CHECK(v->precision() == 0xec);   // -20 as a signed byte: the language has unsigned fields
    CHECK(v->root_delay() == 3339);
    CHECK(v->xmt_seconds() == 0xd97a3e7eu);

    const Json j = layer_json(frame, "ntp");
    CHECK(keys(j) == std::vector<std::string>{"li", "vn", "mode", "stratum", "poll", "precision", "root_delay",
                                              "root_dispersion", "ref_id", "reftime_seconds", "reftime_fraction",
                                              "org_seconds", "org_fraction", "rec_seconds", "rec_fraction",
                                              "xmt_seconds", "xmt_fraction"});
    CHECK(j["li"] == "no warning");
    CHECK(j["mode"] == "client");
    CHECK(j["poll"] == 6);
    CHECK(j["ref_id"] == "0x11fd0cfd");
    CHECK(j["org_fraction"] == 0xad7f5d89u);
  }
  SUBCASE("a MAC after the header is the payload") {
    const Dissected d(carried(17, cat({kNtpClient, hex_bytes("00000001"), Buf(16, 0x5a)}), 123, 123));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:UDP:NTP");
    CHECK(layout(d.frame).find("ntp@42+48/68/68 raw@90+") != std::string::npos);
  }
  SUBCASE("a control message (mode 6)") {
    const Dissected d(carried(17, hex_bytes("1682" "0007" "0618" "0000" "0000" "0004" "61626364"), 1123, 123));
    CHECK(d.frame.first_issue() == nullptr);
    const Json j = layer_json(d.frame, "ntp");
    CHECK(j["vn"] == 2);
    CHECK(j["mode"] == "NTP control message");
    CHECK_FALSE(j.contains("stratum"));
    CHECK(j["control"] == Json::parse(R"({"response": true, "error_flag": false, "more": false, "opcode": 2,
        "sequence": 7, "status": "0x0618", "association_id": 0, "offset": 0, "count": 4, "data": "61 62 63 64"})"));
  }
  SUBCASE("capture cut inside the header: truncated") {
    const Buf whole = carried(17, kNtpClient, 123, 123);
    const Dissected d(Buf(whole.begin(), whole.begin() + 42 + 20), static_cast<std::uint32_t>(whole.size()));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:UDP:NTP");
    REQUIRE(d.frame.first_issue() != nullptr);
    CHECK(d.frame.first_issue()->status == Status::truncated);
    const Json j = layer_json(d.frame, "ntp");
    CHECK(j["stratum"] == 2);
    CHECK_FALSE(j.contains("xmt_seconds"));
  }
}

TEST_CASE("apps: IGMP") {
  SUBCASE("an IGMPv2 general query: IGMP, then the group of its version") {
    const Dissected d(carried(2, hex_bytes("1164ee9b00000000")));
    const Frame& frame = d.frame;
    CHECK(frame.protochain() == "Ethernet:IPv4:IGMP:IGMPv2");
    CHECK(layout(frame) == "ethernet@0+14/42/42 ipv4@14+20/28/28 igmp@34+4/8/8 igmpv2@38+4/4/4");
    CHECK(frame.first_issue() == nullptr);
    CHECK(layer_json(frame, "igmp") == Json::parse(R"({"type": "Membership Query", "max_resp": 100,
        "checksum": "0xee9b", "igmpv2": {"group": "0.0.0.0"}})"));
    CHECK(frame.contains("IGMP"));
  }
  SUBCASE("a leave") {
    const Dissected d(carried(2, hex_bytes("170006fae1010104")));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:IGMP:IGMPv2");
    CHECK(layer_json(d.frame, "igmp")["type"] == "IGMPv2 Leave Group");
    REQUIRE(d.frame.get<jspcap::Igmpv2View>().has_value());
    CHECK(d.frame.get<jspcap::Igmpv2View>()->group()[3] == 4);
  }
  SUBCASE("a query of 12 bytes or more is IGMPv3's") {
    const Dissected d(carried(2, hex_bytes("110aec78e00000fb0a7d0002c0a80001c0a80002")));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:IGMP:IGMPv3-Query");
    CHECK(d.frame.first_issue() == nullptr);
    const auto v = d.frame.get<jspcap::Igmpv3QueryView>();
    REQUIRE(v.has_value());
    CHECK(v->suppress());
    CHECK(v->qrv() == 2);
    CHECK(v->qqic() == 125);
    CHECK(v->num_src() == 2);
    CHECK(layer_json(d.frame, "igmpv3_query") ==
          Json::parse(R"({"group": "224.0.0.251", "suppress": true, "qrv": 2, "qqic": 125, "num_src": 2,
                          "sources": {"address": ["192.168.0.1", "192.168.0.2"]}})"));
  }
  SUBCASE("a source count past the query: malformed") {
    const Dissected d(carried(2, hex_bytes("110aec78e00000fb0a7d0003c0a80001c0a80002")));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:IGMP:IGMPv3-Query");
    REQUIRE(d.frame.first_issue() != nullptr);
    CHECK(d.frame.first_issue()->status == Status::malformed);
    CHECK(d.frame.first_issue()->reason == Reason::short_header);
  }
  SUBCASE("an IGMPv3 report and its group records") {
    const Dissected d(carried(2, hex_bytes("2200f9010000" "0002"
                                           "04000000e00000fc"
                                           "01000002efffffff0a0000010a000002")));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:IGMP:IGMPv3-Report");
    CHECK(d.frame.first_issue() == nullptr);
    const auto v = d.frame.get<jspcap::Igmpv3ReportView>();
    REQUIRE(v.has_value());
    CHECK(v->num_grp_recs() == 2);
    std::vector<std::size_t> sizes;
    for (const jspcap::TlvItem& r : v->records_items()) sizes.push_back(r.whole.size());
    CHECK(sizes == std::vector<std::size_t>{8, 16});
    CHECK(layer_json(d.frame, "igmpv3_report") == Json::parse(R"({"num_grp_recs": 2, "records": [
        {"type": "CHANGE_TO_EXCLUDE_MODE", "aux_len": 0, "num_src": 0, "group": "224.0.0.252", "sources": []},
        {"type": "MODE_IS_INCLUDE", "aux_len": 0, "num_src": 2, "group": "239.255.255.255",
         "sources": ["10.0.0.1", "10.0.0.2"]}]})"));
  }
  SUBCASE("a group record whose sources run past the report") {
    const Dissected d(carried(2, hex_bytes("2200f9010000" "0001" "01000003efffffff0a0000010a000002")));
    CHECK(d.frame.first_issue() == nullptr);
    const Json records = layer_json(d.frame, "igmpv3_report")["records"];
    REQUIRE(records.size() == 1);
    CHECK(records[0].contains("error"));
    CHECK_FALSE(records[0].contains("sources"));
  }
  SUBCASE("types no message spec binds stay Raw") {
    const Dissected d(carried(2, hex_bytes("1301fe00000000000a0b0c0d")));   // DVMRP
    CHECK(d.frame.protochain() == "Ethernet:IPv4:IGMP");
    CHECK(layer_json(d.frame, "igmp")["type"] == "DVMRP");
  }
  SUBCASE("capture cut inside the common header: truncated") {
    const Buf whole = carried(2, hex_bytes("1164ee9b00000000"));
    const Dissected d(Buf(whole.begin(), whole.begin() + 36), static_cast<std::uint32_t>(whole.size()));
    CHECK(d.frame.protochain() == "Ethernet:IPv4:IGMP");
    REQUIRE(d.frame.first_issue() != nullptr);
    CHECK(d.frame.first_issue()->status == Status::truncated);
  }
}
