// Tests for the report writers' hand-written formatting (runtime/src/text.cpp and the JSON
// escaping in report.cpp): every result is checked against a plain reference (fmt or a naive
// loop) over edge cases and many pseudo-random values, so the fast paths cannot drift.
#include <doctest/doctest.h>

#include <arpa/inet.h>

#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../runtime/src/text.hpp"
#include "jspcap/analysis.hpp"
#include "jspcap/report.hpp"
#include "test_bytes.hpp"

namespace {

using jspcap::detail::kTextMax;

std::string naive_hex(const std::vector<std::uint8_t>& b) {
  std::string s;
  for (std::size_t i = 0; i < b.size(); ++i) s += fmt::format("{}{:02x}", i ? " " : "", b[i]);
  return s;
}

std::string uint_text(std::uint64_t v) {
  char t[kTextMax];
  return {t, jspcap::detail::format_uint(v, t)};
}
std::string int_text(std::int64_t v) {
  char t[kTextMax];
  return {t, jspcap::detail::format_int(v, t)};
}

}  // namespace

TEST_CASE("hex_bytes: every length from 0 to 100, appended after text, as a naive loop writes it") {
  std::mt19937 rng(7);
  for (std::size_t n = 0; n <= 100; ++n) {
    std::vector<std::uint8_t> b(n);
    for (auto& x : b) x = static_cast<std::uint8_t>(rng());
    if (n > 2) b[1] = 0x00, b[2] = 0xff;
    fmt::memory_buffer out;
    jspcap::detail::append(out, "x=");
    jspcap::detail::hex_bytes(out, jspcap::Bytes{b.data(), b.size()});
    out.push_back('|');
    CHECK(fmt::to_string(out) == "x=" + naive_hex(b) + "|");
  }
}

TEST_CASE("format_uint and format_int agree with std::to_string") {
  const std::uint64_t edges[] = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65535, 4294967295u, 4294967296u,
                                 9999999999999999999u, std::numeric_limits<std::uint64_t>::max()};
  for (const auto v : edges) CHECK(uint_text(v) == std::to_string(v));
  const std::int64_t sedges[] = {0, -1, 1, -9, -10, -100, std::numeric_limits<std::int64_t>::min(),
                                 std::numeric_limits<std::int64_t>::max()};
  for (const auto v : sedges) CHECK(int_text(v) == std::to_string(v));
  std::mt19937_64 rng(11);
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t v = rng() >> (rng() % 64);
    REQUIRE(uint_text(v) == std::to_string(v));
    const auto s = static_cast<std::int64_t>(rng()) >> (rng() % 64);
    REQUIRE(int_text(s) == std::to_string(s));
  }
}

TEST_CASE("format_hex pads to the field's width and widens for bigger values") {
  char t[kTextMax];
  CHECK(jspcap::detail::format_hex(0x800, 2, t) == "0x0800");
  CHECK(jspcap::detail::format_hex(0, 1, t) == "0x00");
  CHECK(jspcap::detail::format_hex(0x12345, 2, t) == "0x12345");
  CHECK(jspcap::detail::format_hex(0x0ce52f, 3, t) == "0x0ce52f");
  CHECK(jspcap::detail::format_hex(std::numeric_limits<std::uint64_t>::max(), 8, t) == "0xffffffffffffffff");
  std::mt19937_64 rng(3);
  for (int i = 0; i < 5000; ++i) {
    const std::uint64_t v = rng() >> (rng() % 64);
    const unsigned n = 1 + static_cast<unsigned>(rng() % 8);
    REQUIRE(jspcap::detail::format_hex(v, n, t) == fmt::format("0x{:0{}x}", v, n * 2));
  }
}

TEST_CASE("format_time and format_epoch agree with the fmt formulas they replace") {
  char t[kTextMax];
  CHECK(jspcap::detail::format_time(0, 0, 6, t) == "1970-01-01T00:00:00.000000Z");
  CHECK(jspcap::detail::format_time(1511106549, 777804, 6, t) == "2017-11-19T15:49:09.777804Z");
  CHECK(jspcap::detail::format_time(-1, 5, 9, t) == "1969-12-31T23:59:59.000000005Z");
  CHECK(jspcap::detail::format_epoch(1511106549, 777804, 6, t) == "1511106549.777804");
  CHECK(jspcap::detail::format_epoch(-5, 500000, 6, t) == "-4.500000");
  CHECK(jspcap::detail::format_epoch(-5, 0, 6, t) == "-5.000000");
  std::mt19937_64 rng(5);
  for (int i = 0; i < 5000; ++i) {
    // Up to ±2^40 s: years far past 9999 and before 0 as well.
    const auto sec = static_cast<std::int64_t>(rng() % (std::uint64_t{1} << 41)) - (std::int64_t{1} << 40);
    const unsigned digits = rng() % 2 ? 6 : 9;
    const auto frac = static_cast<std::uint32_t>(rng() % (digits == 6 ? 1000000 : 1000000000));
    // The reference: the civil date from the same days, written by fmt as before.
    std::int64_t days = sec / 86400, rem = sec % 86400;
    if (rem < 0) rem += 86400, --days;
    const std::string mine = std::string(jspcap::detail::format_time(sec, frac, digits, t));
    const std::string tail = fmt::format("T{:02}:{:02}:{:02}.{:0{}}Z", rem / 3600, rem / 60 % 60, rem % 60, frac, digits);
    REQUIRE(mine.size() > tail.size());
    REQUIRE(mine.substr(mine.size() - tail.size()) == tail);
    std::string epoch;
    if (sec < 0 && frac > 0) {
      std::uint64_t unit = 1;
      for (unsigned k = 0; k < digits; ++k) unit *= 10;
      epoch = fmt::format("-{}.{:0{}}", -(sec + 1), unit - frac, digits);
    } else {
      epoch = fmt::format("{}.{:0{}}", sec, frac, digits);
    }
    REQUIRE(jspcap::detail::format_epoch(sec, frac, digits, t) == epoch);
  }
}

TEST_CASE("JSON and JSON Lines escape every byte a string cannot hold, at any position") {
  // A header value holding every byte except CR and LF (which end the line), long enough that
  // the 16-byte scan meets escapes at every lane.
  std::string value;
  for (int round = 0; round < 3; ++round)
    for (int c = 1; c < 256; ++c)
      if (c != '\r' && c != '\n') value += static_cast<char>(c), value.append(static_cast<std::size_t>(round), 'a');
  const std::string payload = "GET / HTTP/1.1\r\nX-All: " + value + "\r\n\r\n";
  const auto analysis =
      jspcap::analyse(jspcap::Bytes{reinterpret_cast<const std::uint8_t*>(payload.data()), payload.size()});
  REQUIRE(analysis.messages.size() == 1);

  // Each byte b comes back as U+00bb (text fields are bytes, shown as code points).
  std::string expected;
  for (const char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) expected += ch;
    else expected += static_cast<char>(0xc0 | (c >> 6)), expected += static_cast<char>(0x80 | (c & 0x3f));
  }
  for (const auto format : {jspcap::Format::json, jspcap::Format::jsonl}) {
    std::FILE* tmp = std::tmpfile();
    REQUIRE(tmp != nullptr);
    {
      auto writer = jspcap::ReportWriter::create(format, tmp, "tmp");
      writer->begin_document();
      writer->message(analysis.messages[0]);
      writer->end_document();
    }
    const std::string text = jspcap_test::read_and_close(tmp);
    // The document itself is printable ASCII: every other byte went out as an escape.
    for (const char ch : text) {
      const auto c = static_cast<unsigned char>(ch);
      REQUIRE(((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t'));
    }
    const auto doc = nlohmann::json::parse(format == jspcap::Format::jsonl ? text.substr(0, text.find('\n')) : text);
    std::string found;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
      if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
          if (it.key() == "X-All" && it->is_string()) found = it->get<std::string>();
          else walk(*it);
        }
      } else if (j.is_array()) {
        for (const auto& e : j) walk(e);
      }
    };
    walk(doc);
    CHECK(found == expected);
  }
}

TEST_CASE("format_address writes IPv6 as glibc's inet_ntop does (RFC 5952), IPv4 dotted") {
  char t[kTextMax];
  char ref[INET6_ADDRSTRLEN];
  std::mt19937 rng(13);
  std::uint8_t a[16];
  for (int i = 0; i < 200000; ++i) {
    // Mostly zero groups, so every run length and position, and the dotted forms, come up.
    for (int g = 0; g < 8; ++g) {
      const unsigned pick = rng() % 8;
      const unsigned v = pick < 5 ? 0 : pick == 5 ? 0xffff : pick == 6 ? (rng() & 0xf) : (rng() & 0xffff);
      a[2 * g] = static_cast<std::uint8_t>(v >> 8);
      a[2 * g + 1] = static_cast<std::uint8_t>(v);
    }
    REQUIRE(inet_ntop(AF_INET6, a, ref, sizeof ref) != nullptr);
    REQUIRE(jspcap::detail::format_address(jspcap::AddrKind::ipv6, jspcap::Bytes{a, 16}, t) == std::string(ref));
  }
  const std::uint8_t v4[4] = {192, 0, 2, 255};
  CHECK(jspcap::detail::format_address(jspcap::AddrKind::ipv4, jspcap::Bytes{v4, 4}, t) == "192.0.2.255");
  const std::uint8_t zero[4] = {0, 0, 0, 0};
  CHECK(jspcap::detail::format_address(jspcap::AddrKind::ip, jspcap::Bytes{zero, 4}, t) == "0.0.0.0");
}
