// Tests for decode-as overrides (runtime/jspcap/decode_as.hpp): parsing tshark's form and the
// YAML file, the errors, and how lookup() consults them. The end-to-end check against tshark on a
// real capture is the decode_as_compare ctest.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "jspcap/decode_as.hpp"
#include "jspcap/error.hpp"
#include "jspcap/generated/ids.hpp"

using jspcap::DecodeAs;
using jspcap::DecodeAsError;
using jspcap::ProtocolId;
using jspcap::TableId;

namespace {

std::string error_of(std::string_view text) {
  try {
    jspcap::parse_decode_as(text);
  } catch (const DecodeAsError& e) {
    return e.what();
  }
  return "";
}

std::filesystem::path write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "-" + name);
  std::ofstream(path) << text;
  return path;
}

std::string file_error_of(const std::filesystem::path& p) {
  try {
    jspcap::load_decode_as(p);
  } catch (const jspcap::Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("parse_decode_as: tshark's form, our table names, ranges, hex, any case") {
  DecodeAs d = jspcap::parse_decode_as("tcp.port==8001,http");
  CHECK(d.table == TableId::tcp_port);
  CHECK(d.first == 8001);
  CHECK(d.last == 8001);
  CHECK(d.protocol == ProtocolId::http);

  d = jspcap::parse_decode_as("udp_port==1000-2000,l2tp");
  CHECK(d.table == TableId::udp_port);
  CHECK(d.first == 1000);
  CHECK(d.last == 2000);
  CHECK(d.protocol == ProtocolId::l2tp);

  d = jspcap::parse_decode_as(" ethertype == 0x88B5 , IPv4 ");
  CHECK(d.table == TableId::ethertype);
  CHECK(d.first == 0x88b5);
  CHECK(d.protocol == ProtocolId::ipv4);

  // tshark's protocol names work too ("eth" is Ethernet, "ip" IPv4).
  CHECK(jspcap::parse_decode_as("UDP.PORT==9,eth").protocol == ProtocolId::ethernet);
  CHECK(jspcap::parse_decode_as("ip.proto==253,ip").protocol == ProtocolId::ipv4);
}

TEST_CASE("parse_decode_as: each mistake is named with what is known") {
  CHECK(error_of("tcp.port=80,http") ==
        "--decode-as 'tcp.port=80,http': expected TABLE==VALUE,PROTOCOL, e.g. udp.port==4789,vxlan");
  CHECK(error_of("tcp.port==80") .find("expected TABLE==VALUE,PROTOCOL") != std::string::npos);
  const std::string table = error_of("sctp.port==80,http");
  CHECK(table.find("unknown table 'sctp.port' (known: ") != std::string::npos);
  CHECK(table.find("tcp_port") != std::string::npos);
  const std::string proto = error_of("tcp.port==80,gopher");
  CHECK(proto.find("unknown protocol 'gopher' (known: ") != std::string::npos);
  CHECK(proto.find("http") != std::string::npos);
  CHECK(error_of("tcp.port==8o,http").find("value '8o' is not a number") != std::string::npos);
  CHECK(error_of("tcp.port==,http").find("value '' is not a number") != std::string::npos);
  CHECK(error_of("tcp.port==2000-1000,http").find("the range 2000-1000 is empty") != std::string::npos);
  CHECK(error_of("tcp.port==1-x,http").find("range end 'x' is not a number") != std::string::npos);
}

TEST_CASE("lookup: overrides win over the specs' binds, the last match first, and go away again") {
  REQUIRE(jspcap::decode_as().empty());
  REQUIRE(jspcap::lookup(TableId::tcp_port, 8001) == ProtocolId::none);
  REQUIRE(jspcap::lookup(TableId::tcp_port, 80) == ProtocolId::http);
  {
    const jspcap::ScopedDecodeAs scope({jspcap::parse_decode_as("tcp.port==8000-8002,http"),
                                        jspcap::parse_decode_as("tcp.port==80,l2tp"),
                                        jspcap::parse_decode_as("tcp.port==8002,l2tp")});
    CHECK(jspcap::lookup(TableId::tcp_port, 7999) == ProtocolId::none);
    CHECK(jspcap::lookup(TableId::tcp_port, 8000) == ProtocolId::http);
    CHECK(jspcap::lookup(TableId::tcp_port, 8001) == ProtocolId::http);
    CHECK(jspcap::lookup(TableId::tcp_port, 8002) == ProtocolId::l2tp);  // the later entry
    CHECK(jspcap::lookup(TableId::tcp_port, 80) == ProtocolId::l2tp);    // replaces a spec's bind
    CHECK(jspcap::builtin_lookup(TableId::tcp_port, 80) == ProtocolId::http);
    CHECK(jspcap::lookup(TableId::udp_port, 8001) == ProtocolId::none);  // other tables untouched
    std::uint64_t key = 0;
    CHECK(jspcap::detail::lookup_lowest_first(TableId::tcp_port, {50000, 8001}, key) == ProtocolId::http);
    CHECK(key == 8001);
    {
      const jspcap::ScopedDecodeAs none({});  // nothing to install: the outer set stays
      CHECK(jspcap::lookup(TableId::tcp_port, 8001) == ProtocolId::http);
    }
    CHECK(jspcap::decode_as().size() == 3);
  }
  CHECK(jspcap::decode_as().empty());
  CHECK(jspcap::lookup(TableId::tcp_port, 8001) == ProtocolId::none);
  CHECK(jspcap::lookup(TableId::tcp_port, 80) == ProtocolId::http);
}

TEST_CASE("load_decode_as: every entry form, and errors with file and line") {
  const auto good = write_temp("good.yaml",
                               "# overrides\n"
                               "decode_as:\n"
                               "  - tcp.port==8001,http\n"
                               "  - {table: udp.port, value: 1701, protocol: l2tp}\n"
                               "  - {table: tcp_port, value: [8080, 0x1f91], protocol: http}\n"
                               "  - {table: udp.port, range: [5000, 5010], protocol: l2tp}\n"
                               "  - {table: udp.port, value: 6000-6001, protocol: l2tp}\n");
  const auto list = jspcap::load_decode_as(good);
  REQUIRE(list.size() == 6);
  CHECK(list[0].table == TableId::tcp_port);
  CHECK(list[0].first == 8001);
  CHECK(list[0].origin == good.string() + ":3");
  CHECK(list[1].table == TableId::udp_port);
  CHECK(list[1].protocol == ProtocolId::l2tp);
  CHECK(list[2].first == 8080);
  CHECK(list[3].first == 0x1f91);
  CHECK(list[3].origin == good.string() + ":5");
  CHECK(list[4].first == 5000);
  CHECK(list[4].last == 5010);
  CHECK(list[5].first == 6000);
  CHECK(list[5].last == 6001);
  std::filesystem::remove(good);

  struct Bad {
    const char* text;
    const char* message;
  };
  const Bad bad[] = {
      {"decode_as:\n  - tcp.port==8001,http\n  - {table: tcp.port, value: 80, protocol: nosuch}\n",
       ":3: unknown protocol 'nosuch'"},
      {"decode_as:\n  - {table: tcp.port, value: 80, protocol: http, port: 1}\n", ":2: unknown key 'port'"},
      {"decode_as:\n  - {table: tcp.port, protocol: http}\n", ":2: an entry needs 'table', 'protocol' and one of"},
      {"decode_as:\n  - {table: tcp.port, value: 1, range: [1, 2], protocol: http}\n", ":2: an entry needs"},
      {"decode_as:\n  - {table: tcp.port, range: [1], protocol: http}\n", ":2: 'range' is [first, last]"},
      {"decode_as:\n\n  - [1, 2]\n", ":3: an entry is TABLE==VALUE,PROTOCOL or a map"},
      {"decode_as: {a: 1}\n", ":1: 'decode_as' must be a list"},
      {"overrides: []\n", "expected a map with a 'decode_as' list"},
      {"decode_as: [\n", ":2: not valid YAML"},
  };
  for (const Bad& b : bad) {
    const auto p = write_temp("bad.yaml", b.text);
    const std::string e = file_error_of(p);
    CAPTURE(b.text);
    CHECK(e.rfind(p.string(), 0) == 0);  // it starts with the file's name
    CHECK(e.find(b.message) != std::string::npos);
    std::filesystem::remove(p);
  }
  CHECK(file_error_of("/nonexistent/decode.yaml") == "/nonexistent/decode.yaml: cannot read the decode-as file");
}
