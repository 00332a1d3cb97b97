// TCP reassembly and message analysis on crafted segments: order, repeats, overlaps, wrap,
// mid-stream pick-up, FIN/RST/timeout/EOF, gaps, limits; HTTP framing over streams.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "test_bytes.hpp"
#include "jspcap/analysis.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/stream.hpp"

using jspcap::Connection;
using jspcap::GapCause;
using jspcap::StreamClose;
using jspcap::StreamReassembler;
using jspcap_test::Buf;
using jspcap_test::cat;

namespace {

enum Flag : std::uint8_t { FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10 };

/// Ethernet / IPv4 / TCP segment from 10.0.0.<a>:<ap> to 10.0.0.<b>:<bp>.
Buf segment(std::uint8_t a, std::uint16_t ap, std::uint8_t b, std::uint16_t bp, std::uint32_t seq, std::uint8_t flags,
            const Buf& payload = {}) {
  const std::uint16_t len = static_cast<std::uint16_t>(40 + payload.size());
  const Buf eth = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0x08, 0x00};
  const Buf ip = {0x45, 0, static_cast<std::uint8_t>(len >> 8), static_cast<std::uint8_t>(len), 0, 1, 0x40, 0,
                  64, 6, 0, 0, 10, 0, 0, a, 10, 0, 0, b};
  const Buf tcp = {static_cast<std::uint8_t>(ap >> 8), static_cast<std::uint8_t>(ap),
                   static_cast<std::uint8_t>(bp >> 8), static_cast<std::uint8_t>(bp),
                   static_cast<std::uint8_t>(seq >> 24), static_cast<std::uint8_t>(seq >> 16),
                   static_cast<std::uint8_t>(seq >> 8), static_cast<std::uint8_t>(seq),
                   0, 0, 0, 0, 0x50, flags, 0xff, 0xff, 0, 0, 0, 0};
  return cat({eth, ip, tcp, payload});
}

Buf text(std::string_view s) { return jspcap_test::text_bytes(s); }

/// Collects what a reassembler hands on, per connection and direction.
struct Recorder : jspcap::StreamConsumer {
  struct Dir {
    std::string bytes;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> gaps;
    std::vector<GapCause> causes;
  };
  std::map<std::uint64_t, std::array<Dir, 2>> dirs;
  std::map<std::uint64_t, StreamClose> closed;
  std::uint64_t packets = 0;
  void packet(const Connection&, int, const jspcap::Frame&) override { ++packets; }
  void data(const Connection& c, int dir, std::uint64_t offset, jspcap::Bytes b, std::uint64_t) override {
    Dir& d = dirs[c.index][dir];
    CHECK(offset == d.bytes.size() + [&] {
      std::uint64_t g = 0;
      for (auto& x : d.gaps) g += x.second;
      return g;
    }());
    d.bytes.append(reinterpret_cast<const char*>(b.data()), b.size());
  }
  void gap(const Connection& c, int dir, std::uint64_t offset, std::uint64_t length, GapCause cause) override {
    dirs[c.index][dir].gaps.emplace_back(offset, length);
    dirs[c.index][dir].causes.push_back(cause);
  }
  void close(const Connection& c) override { closed[c.index] = c.why; }
};

struct Harness {
  StreamReassembler r;
  Recorder rec;
  std::vector<Buf> keep;
  std::uint64_t number = 0;
  explicit Harness(jspcap::StreamOptions o = {}) : r(o) { r.add(rec); }
  bool feed(const Buf& bytes, std::int64_t sec = 1000, std::uint32_t cap = 0) {
    keep.push_back(bytes);
    jspcap::Record record;
    record.number = ++number;
    record.ts_sec = sec;
    record.linktype = 1;
    record.wire_len = static_cast<std::uint32_t>(bytes.size());
    record.cap_len = cap ? cap : record.wire_len;
    record.data = jspcap::Bytes{keep.back().data(), record.cap_len};
    jspcap::Frame f;
    jspcap::dissect(record, f);
    return r.feed(f);
  }
};

}  // namespace

TEST_CASE("TCP reassembly: order, repeats and overlaps") {
  const std::uint32_t isn = 1000;
  auto client = [&](std::uint32_t off, const std::string& s, std::uint8_t flags = ACK | PSH) {
    return segment(1, 40000, 2, 80, isn + 1 + off, flags, text(s));
  };
  SUBCASE("in order, after a handshake, closed by FIN both ways") {
    Harness h;
    CHECK(h.feed(segment(1, 40000, 2, 80, isn, SYN)));
    h.feed(segment(2, 80, 1, 40000, 5000, SYN | ACK));
    h.feed(client(0, "hello "));
    h.feed(client(6, "world", ACK | PSH | FIN));
    h.feed(segment(2, 80, 1, 40000, 5001, ACK | FIN, text("bye")));
    REQUIRE(h.rec.closed.count(0));
    CHECK(h.rec.closed[0] == StreamClose::fin);
    CHECK(h.rec.dirs[0][0].bytes == "hello world");
    CHECK(h.rec.dirs[0][1].bytes == "bye");
    CHECK(h.r.open() == 1);  // kept, closed, for late ACKs
    h.feed(segment(1, 40000, 2, 80, isn + 13, ACK));
    CHECK(h.r.stats().connections == 1);
    CHECK(h.rec.packets == 6);
  }
  SUBCASE("out of order, repeated and overlapping: first data wins, every byte once") {
    for (const std::vector<int>& order : {std::vector<int>{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1, 2, 0}, {1, 3, 0, 2}}) {
      Harness h;
      h.feed(segment(1, 40000, 2, 80, isn, SYN));
      const std::vector<Buf> parts = {client(0, "abcd"), client(4, "efgh"), client(2, "XXXXXXXX"), client(8, "ijkl")};
      for (int i : order) h.feed(parts[static_cast<std::size_t>(i)]);
      h.r.finish();
      const std::string& got = h.rec.dirs[0][0].bytes;
      REQUIRE(got.size() == 12);
      CHECK(got.substr(0, 2) == "ab");
      CHECK(got.substr(10) == "kl");
      CHECK(h.rec.dirs[0][0].gaps.empty());
      CHECK(h.r.buffered_bytes() == 0);
    }
  }
  SUBCASE("data after the other side's FIN is still delivered") {
    Harness h;
    h.feed(segment(1, 40000, 2, 80, isn, SYN));
    h.feed(segment(2, 80, 1, 40000, 5000, SYN | ACK));
    h.feed(client(0, "req", ACK | FIN));
    h.feed(segment(2, 80, 1, 40000, 5001, ACK, text("late answer")));
    CHECK(h.rec.closed.empty());
    h.feed(segment(2, 80, 1, 40000, 5012, ACK | FIN));
    CHECK(h.rec.dirs[0][1].bytes == "late answer");
    CHECK(h.rec.closed[0] == StreamClose::fin);
  }
}

TEST_CASE("TCP reassembly: sequence wrap, mid-stream start, new connection on the same ends") {
  SUBCASE("the sequence number wraps past 2^32") {
    Harness h;
    const std::uint32_t isn = 0xfffffff0u;
    h.feed(segment(1, 1, 2, 2, isn, SYN));
    h.feed(segment(1, 1, 2, 2, isn + 1, ACK, text("0123456789abcdef")));   // crosses zero
    h.feed(segment(1, 1, 2, 2, isn + 17, ACK, text("wrapped")));
    h.r.finish();
    CHECK(h.rec.dirs[0][0].bytes == "0123456789abcdefwrapped");
    CHECK(h.rec.dirs[0][0].gaps.empty());
  }
  SUBCASE("picked up mid-stream: the first byte seen is the start") {
    Harness h;
    h.feed(segment(1, 1, 2, 2, 777777, ACK, text("middle ")));
    h.feed(segment(1, 1, 2, 2, 777777 + 7, ACK, text("end")));
    h.feed(segment(1, 1, 2, 2, 777777 - 5, ACK, text("start")));   // older than the start: dropped
    h.r.finish();
    CHECK(h.rec.dirs[0][0].bytes == "middle end");
    CHECK(h.rec.closed[0] == StreamClose::end_of_file);
  }
  SUBCASE("a SYN after the close opens a new connection; a repeated SYN does not") {
    Harness h;
    h.feed(segment(1, 1, 2, 2, 100, SYN));
    h.feed(segment(1, 1, 2, 2, 100, SYN));
    h.feed(segment(1, 1, 2, 2, 101, ACK, text("a")));
    h.feed(segment(1, 1, 2, 2, 102, ACK | RST));
    CHECK(h.rec.closed.empty());   // the other side may still have data in flight
    h.feed(segment(1, 1, 2, 2, 9000, SYN));
    CHECK(h.rec.closed[0] == StreamClose::reset);
    h.feed(segment(1, 1, 2, 2, 9001, ACK, text("b")));
    h.r.finish();
    CHECK(h.r.stats().connections == 2);
    CHECK(h.rec.dirs[1][0].bytes == "b");
  }
}

TEST_CASE("TCP reassembly: gaps, timeouts and limits") {
  SUBCASE("a hole never filled is a gap when the connection ends, with the data after it delivered") {
    Harness h;
    h.feed(segment(1, 1, 2, 2, 100, SYN));
    h.feed(segment(1, 1, 2, 2, 101, ACK, text("aaaa")));
    h.feed(segment(1, 1, 2, 2, 109, ACK, text("cccc")));   // 4 bytes at 105 missing
    h.r.finish();
    const auto& d = h.rec.dirs[0][0];
    CHECK(d.bytes == "aaaacccc");
    REQUIRE(d.gaps.size() == 1);
    CHECK(d.gaps[0] == std::pair<std::uint64_t, std::uint64_t>{4, 4});
    CHECK(d.causes[0] == GapCause::lost);
    CHECK(h.r.stats().gap_bytes == 4);
  }
  SUBCASE("a segment cut by the snapshot length leaves a not_captured gap") {
    Harness h;
    h.feed(segment(1, 1, 2, 2, 100, SYN));
    h.feed(segment(1, 1, 2, 2, 101, ACK, text("0123456789")), 1000, 14 + 20 + 20 + 4);
    h.feed(segment(1, 1, 2, 2, 111, ACK, text("next")));
    h.r.finish();
    const auto& d = h.rec.dirs[0][0];
    CHECK(d.bytes == "0123next");
    REQUIRE(d.gaps.size() == 1);
    CHECK(d.gaps[0] == std::pair<std::uint64_t, std::uint64_t>{4, 6});
    CHECK(d.causes[0] == GapCause::not_captured);
  }
  SUBCASE("a FIN whose data never arrived: the rest is a gap") {
    Harness h;
    h.feed(segment(1, 1, 2, 2, 100, SYN));
    h.feed(segment(1, 1, 2, 2, 111, ACK | FIN));   // 10 bytes before the FIN missing
    h.feed(segment(2, 2, 1, 1, 500, ACK | FIN));
    h.r.finish();
    REQUIRE(h.rec.dirs[0][0].gaps.size() == 1);
    CHECK(h.rec.dirs[0][0].gaps[0].second == 10);
  }
  SUBCASE("idle past the timeout (capture time) closes the connection") {
    jspcap::StreamOptions o;
    o.timeout = 60;
    Harness h(o);
    h.feed(segment(1, 1, 2, 2, 100, ACK, text("x")), 1000);
    h.feed(segment(3, 3, 4, 4, 100, ACK, text("y")), 1061);
    CHECK(h.rec.closed.empty());   // a jump past the timeout counts once a second frame agrees
    h.feed(segment(3, 3, 4, 4, 101, ACK, text("z")), 1062);
    CHECK(h.rec.closed[0] == StreamClose::timeout);
    CHECK(h.rec.closed.count(1) == 0);
    CHECK(h.r.open() == 1);
  }
  SUBCASE("one damaged timestamp far ahead does not time connections out") {
    jspcap::StreamOptions o;
    o.timeout = 60;
    Harness h(o);
    h.feed(segment(1, 1, 2, 2, 100, SYN), 1000);
    h.feed(segment(2, 2, 1, 1, 500, SYN | ACK), 999999);
    h.feed(segment(1, 1, 2, 2, 101, ACK, text("x")), 1001);
    h.r.finish();
    CHECK(h.r.stats().connections == 1);
    CHECK(h.rec.dirs[0][0].bytes == "x");
  }
  SUBCASE("a RST ends its sender's side; data the other side had in flight is still delivered") {
    Harness h;
    h.feed(segment(1, 1, 2, 2, 100, SYN));
    h.feed(segment(2, 2, 1, 1, 500, SYN | ACK));
    h.feed(segment(1, 1, 2, 2, 101, ACK | RST));
    h.feed(segment(2, 2, 1, 1, 501, ACK, text("alert")));
    CHECK(h.rec.closed.empty());
    h.feed(segment(2, 2, 1, 1, 506, ACK | RST));
    CHECK(h.rec.closed[0] == StreamClose::reset);
    CHECK(h.rec.dirs[0][1].bytes == "alert");
  }
  SUBCASE("a flood of out-of-order data holds the per-direction and total buffer limits") {
    jspcap::StreamOptions o;
    o.max_buffer = 1000;
    o.max_total = 1500;
    Harness h(o);
    for (std::uint8_t c = 1; c <= 3; ++c) {
      h.feed(segment(c, 1, 99, 2, 0, SYN));
      for (std::uint32_t i = 0; i < 50; ++i) {
        h.feed(segment(c, 1, 99, 2, 1 + 100 + i * 200, ACK, jspcap_test::filler(100)));   // every other 100 bytes
        CHECK(h.r.buffered_bytes() <= 1500);
      }
    }
    CHECK(h.r.stats().buffer_flushes > 0);
    h.r.finish();
    CHECK(h.r.buffered_bytes() == 0);
    for (std::uint64_t i = 0; i < 3; ++i) CHECK(h.rec.dirs[i][0].bytes.size() == 5000);
  }
  SUBCASE("a flood of connections holds max_connections") {
    jspcap::StreamOptions o;
    o.max_connections = 10;
    Harness h(o);
    for (std::uint16_t p = 1; p <= 100; ++p) h.feed(segment(1, p, 2, 80, 1, SYN));
    CHECK(h.r.open() == 10);
    CHECK(h.r.stats().evicted == 90);
  }
}

namespace {

std::vector<jspcap::Message> run(const std::vector<std::pair<int, std::string>>& parts, std::uint16_t port = 80) {
  Harness h;
  std::vector<jspcap::Message> out;
  jspcap::MessageAnalyser a([&](jspcap::Message&& m) { out.push_back(std::move(m)); });
  h.r.add(a);
  std::uint32_t seq[2] = {1001, 5001};
  h.feed(segment(1, 40000, 2, port, 1000, SYN));
  h.feed(segment(2, port, 1, 40000, 5000, SYN | ACK));
  for (const auto& [dir, s] : parts) {
    h.feed(dir == 0 ? segment(1, 40000, 2, port, seq[0], ACK, text(s)) : segment(2, port, 1, 40000, seq[1], ACK, text(s)));
    seq[dir] += static_cast<std::uint32_t>(s.size());
  }
  h.feed(segment(2, port, 1, 40000, seq[1], ACK | FIN));
  h.feed(segment(1, 40000, 2, port, seq[0], ACK | FIN));
  h.r.finish();
  return out;
}

std::string body(const jspcap::Message& m) { return std::string(m.body.begin(), m.body.end()); }

}  // namespace

TEST_CASE("HTTP over reassembled streams") {
  SUBCASE("pipelined requests, keep-alive responses split across segments") {
    const auto m = run({{0, "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n"},
                        {1, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel"},
                        {1, "loHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"}});
    REQUIRE(m.size() == 4);
    CHECK(m[0].token("target") == "/a");
    CHECK(m[1].token("target") == "/b");
    CHECK(m[2].token("status") == "200");
    CHECK(body(m[2]) == "hello");
    CHECK(m[2].answers == "GET /a HTTP/1.1");
    CHECK(m[3].token("status") == "404");
    CHECK(m[3].answers == "GET /b HTTP/1.1");
    CHECK(m[2].frames.size() == 2);
    for (const auto& x : m) CHECK(x.complete);
  }
  SUBCASE("chunked body decoded, with trailers") {
    const auto m = run({{0, "GET / HTTP/1.1\r\n\r\n"},
                        {1, "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n4\r\nWiki\r\n"},
                        {1, "5;ext=1\r\npedia\r\ne\r\n in\r\n\r\nchunks.\r\n0\r\nX-Trailer: 1\r\n\r\n"}});
    REQUIRE(m.size() == 2);
    CHECK(m[1].framing == jspcap::BodyLength::chunked);
    CHECK(body(m[1]) == "Wikipedia in\r\n\r\nchunks.");
    CHECK(m[1].complete);
  }
  SUBCASE("a body to the close; HEAD, 1xx, 204 and 304 have none; repeated headers kept") {
    const auto m = run({{0, "HEAD / HTTP/1.1\r\n\r\nPOST /p HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nok"},
                        {1, "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n\r\n"
                            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 200 OK\r\n\r\nall the rest"}});
    REQUIRE(m.size() == 5);
    CHECK(m[2].framing == jspcap::BodyLength::none);   // answers HEAD despite Content-Length
    int cookies = 0;
    for (auto h = m[2].headers(); !h.done(); h.next()) cookies += h.name() == "Set-Cookie";
    CHECK(cookies == 2);
    CHECK(m[3].token("status") == "100");
    CHECK(m[4].answers == "POST /p HTTP/1.1");   // the 100 left the POST waiting
    CHECK(m[4].framing == jspcap::BodyLength::close);
    CHECK(body(m[4]) == "all the rest");
    CHECK(m[4].complete);
  }
  SUBCASE("a stray byte before a request (a keep-alive picked up mid-stream) does not hide it") {
    const auto m = run({{0, std::string(1, '\0')}, {0, "GET /k HTTP/1.1\r\n\r\n"}, {1, "HTTP/1.1 204 No Content\r\n\r\n"}});
    REQUIRE(m.size() == 2);
    CHECK(m[0].token("target") == "/k");
    CHECK(m[1].answers == "GET /k HTTP/1.1");
  }
  SUBCASE("found by content on another port") {
    const auto m = run({{0, "GET /x HTTP/1.1\r\n\r\n"}, {1, "HTTP/1.1 204 No Content\r\n\r\n"}}, 5555);
    REQUIRE(m.size() == 2);
    CHECK(m[1].token("status") == "204");
  }
  SUBCASE("not HTTP: nothing") {
    CHECK(run({{0, "\x16\x03\x01 binary"}}, 5555).empty());
  }
}

TEST_CASE("analyse() on a payload on its own") {
  const std::string s = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
  const auto a = jspcap::analyse(jspcap::Bytes{reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
  CHECK(a.name() == "HTTP");
  REQUIRE(a.messages.size() == 1);
  CHECK(a.messages[0].receipt() == "response");
  CHECK(a.messages[0].header("content-length") == std::optional<std::string_view>("3"));
  CHECK(body(a.messages[0]) == "abc");
  const std::string raw = "\x01\x02 not text";
  CHECK(jspcap::analyse(jspcap::Bytes{reinterpret_cast<const std::uint8_t*>(raw.data()), raw.size()}).name() == "Raw");
}
