// extract(): the seed's naming rules, stored frames, errors, and outputs that never look
// complete when they are not.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "jspcap/jspcap.hpp"

namespace fs = std::filesystem;
using jspcap::ExtractOptions;
using jspcap::Format;

namespace {

const std::string kCaptures = JSPCAP_SHARED_CAPTURES;
const std::string kHttp = kCaptures + "/dpkt__http.pcap";  // 43 frames

/// A scratch directory, removed afterwards; the test runs inside it.
struct Scratch {
  fs::path dir, old;
  Scratch() : dir(fs::temp_directory_path() / ("jspcap-extract-" + std::to_string(::getpid()))), old(fs::current_path()) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::current_path(dir);
  }
  ~Scratch() {
    fs::current_path(old);
    fs::remove_all(dir);
  }
  std::size_t files() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator())); }
};

ExtractOptions options(std::string fout = {}, std::string format = {}) {
  ExtractOptions o;
  o.fin = kHttp;
  o.store = false;
  if (!fout.empty()) o.fout = fout;
  if (!format.empty()) o.format = format;
  return o;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("extract: where the report goes (the seed's naming rules)") {
  using jspcap::plan_output;
  SUBCASE("no output name and no format") { CHECK_THROWS_AS(plan_output(options()), jspcap::FormatError); }
  SUBCASE("no output name: out.<ext>, or out/ with files") {
    CHECK(plan_output(options({}, "json")).path == "out.json");
    CHECK(plan_output(options({}, "tree")).path == "out.txt");
    auto o = options({}, "plist");
    o.files = true;
    CHECK(plan_output(o).path == "out");
    CHECK(plan_output(o).files);
  }
  SUBCASE("an extension names the file and, without -f, the format") {
    const auto p = plan_output(options("report.plist"));
    CHECK(p.path == "report.plist");
    CHECK(p.format == Format::plist);
    CHECK(plan_output(options("x.jsonl")).format == Format::jsonl);
    CHECK(plan_output(options("x.txt")).format == Format::tree);
    CHECK(plan_output(options("x.json", "tree")).format == Format::tree);  // -f wins
    auto o = options("x.json");
    o.files = true;  // a file name with an extension is one file
    CHECK_FALSE(plan_output(o).files);
    CHECK_THROWS_AS(plan_output(options("x.unknown")), jspcap::FormatError);
  }
  SUBCASE("no extension: format needed; extension appended only when asked") {
    CHECK_THROWS_AS(plan_output(options("report")), jspcap::FormatError);
    auto o = options("report", "json");
    o.extension = false;
    CHECK(plan_output(o).path == "report");
    o.extension = true;
    CHECK(plan_output(o).path == "report.json");
  }
  SUBCASE("unknown format") { CHECK_THROWS_AS(plan_output(options({}, "html")), jspcap::FormatError); }
  SUBCASE("nofile needs no format") {
    auto o = options();
    o.nofile = true;
    CHECK_NOTHROW(plan_output(o));
  }
}

TEST_CASE("extract: input names") {
  Scratch s;
  fs::copy_file(kHttp, "in.pcap");
  CHECK(jspcap::resolve_input("in") == "in.pcap");      // .pcap appended when "in" does not exist
  CHECK(jspcap::resolve_input("in.pcap") == "in.pcap");
  CHECK_THROWS_AS(jspcap::resolve_input("nosuch"), jspcap::FileNotFound);
  try {
    jspcap::resolve_input("nosuch");
  } catch (const jspcap::FileNotFound& e) {
    CHECK(std::string(e.what()) == "[Errno 2] No such file or directory: 'nosuch'");
  }
}

TEST_CASE("extract: a JSON report, frames stored or not") {
  Scratch s;
  auto o = options("r.json");
  o.store = true;
  std::uint64_t seen = 0;
  o.on_frame = [&](const jspcap::Frame&) { ++seen; };
  const auto x = jspcap::extract(o);
  CHECK(x.length() == 43);
  CHECK(seen == 43);
  CHECK(x.format() == Format::json);
  CHECK(x.output() == "r.json");
  REQUIRE(x.frames().size() == 43);
  // Stored frames own their bytes: still valid and dissected after the reader is gone.
  CHECK(x.frames()[0]->frame.protochain() == "Ethernet:IPv4:TCP");
  CHECK(x.frames()[0]->frame.get<jspcap::TcpView>()->dstport() == 80);
  CHECK(x.frames()[42]->frame.number() == 43);
  const auto j = nlohmann::ordered_json::parse(slurp("r.json"));
  CHECK(j.size() == 44);
  CHECK(j.begin().key() == "Global Header");
  CHECK(j["Frame 43"]["number"] == 43);
  CHECK(s.files() == 1);  // no temporary left behind

  auto n = options();
  n.nofile = true;
  const auto y = jspcap::extract(n);
  CHECK(y.length() == 43);
  CHECK_THROWS_AS(y.frames(), jspcap::UnsupportedCall);
  CHECK_THROWS_AS(y.output(), jspcap::UnsupportedCall);
}

TEST_CASE("extract: stopping after a protocol or a layer") {
  auto o = options();
  o.nofile = true;
  o.store = true;
  o.protocol = "IP";  // the umbrella: IPv4 or IPv6
  auto x = jspcap::extract(o);
  CHECK(x.frames()[0]->frame.protochain() == "Ethernet:IPv4");
  o.protocol.clear();
  o.layer = "link";
  x = jspcap::extract(o);
  CHECK(x.frames()[0]->frame.protochain() == "Ethernet");
  o.layer = "session";
  CHECK_THROWS_AS(jspcap::extract(o), jspcap::LayerError);
  o.layer.clear();
  o.protocol = "nosuch";
  CHECK_THROWS_AS(jspcap::extract(o), jspcap::ProtocolUnbound);
  o.protocol.clear();
  o.engine = "scapy";
  CHECK_THROWS_AS(jspcap::extract(o), jspcap::EngineError);
}

TEST_CASE("extract: a damaged capture") {
  Scratch s;
  SUBCASE("not a capture: nothing written") {
    std::ofstream("bad.pcap") << "this is not a capture file at all";
    auto o = options("r.json");
    o.fin = "bad.pcap";
    CHECK_THROWS_AS(jspcap::extract(o), jspcap::FileError);
    CHECK_FALSE(fs::exists("r.json"));
    CHECK(s.files() == 1);  // only bad.pcap: no temporary file either
  }
  SUBCASE("cut short inside a record: complete frames written, report marked incomplete") {
    auto o = options("r.json");
    o.fin = kCaptures + "/dpkt__truncated_dns_2.pcap";
    try {
      jspcap::extract(o);
      FAIL("CaptureTruncated expected");
    } catch (const jspcap::CaptureTruncated& e) {
      CHECK(e.frames() == 1);
      CHECK(std::string(e.what()).find("record 2 at offset 240") != std::string::npos);
    }
    const auto j = nlohmann::ordered_json::parse(slurp("r.json"));
    CHECK(j.contains("Frame 1"));
    REQUIRE(j.contains("Error"));
    CHECK(j["Error"].get<std::string>().find("file ends inside the record header") != std::string::npos);
  }
  SUBCASE("unwritable output") {
    auto o = options("no/such/dir/r.json");
    CHECK_THROWS_AS(jspcap::extract(o), jspcap::FileError);
  }
}

TEST_CASE("extract: pcap output round-trips, one file per frame") {
  Scratch s;
  jspcap::extract(options("copy.pcap"));
  auto o = options("copy.jsonl");
  o.fin = "copy.pcap";
  CHECK(jspcap::extract(o).length() == 43);
  // The bytes and lengths come back unchanged.
  std::uint64_t n = 0;
  jspcap::Reader original(kHttp);
  for (const jspcap::Frame& f : jspcap::Reader{"copy.pcap"}) {
    REQUIRE(original.next());
    ++n;
    CHECK(f.record().wire_len == original.frame().record().wire_len);
    CHECK(f.record().ts_frac == original.frame().record().ts_frac);
    CHECK(std::equal(f.data().begin(), f.data().end(), original.frame().data().begin(), original.frame().data().end()));
  }
  CHECK(n == 43);

  auto files = options("frames", "json");
  files.files = true;
  jspcap::extract(files);
  CHECK(fs::exists("frames/Global Header.json"));
  CHECK(fs::exists("frames/Frame 43.json"));
  const auto j = nlohmann::ordered_json::parse(slurp("frames/Frame 7.json"));
  CHECK(j.size() == 1);
  CHECK(j["Frame 7"]["number"] == 7);
}

TEST_CASE("extract: IP reassembly (the seed's ip, ipv4, ipv6, strict)") {
  Scratch s;
  auto o = options("r.json");
  o.fin = kCaptures + "/pcapplusplus__frag_http_req.pcap";  // one HTTP request in 11 IPv4 fragments
  o.store = true;
  o.ip = true;
  std::uint64_t handed = 0;
  o.on_datagram = [&](const jspcap::Datagram& d, const jspcap::Frame* payload) {
    ++handed;
    CHECK(d.completed);
    REQUIRE(payload != nullptr);
    CHECK(payload->protochain() == "TCP:HTTP");
  };
  const auto x = jspcap::extract(o);
  CHECK(handed == 1);
  REQUIRE(x.reassembly().datagrams.size() == 1);
  const jspcap::StoredDatagram& d = *x.reassembly().datagrams[0];
  CHECK(d.datagram.frames.size() == 11);
  CHECK(d.datagram.number == 11);
  CHECK(d.datagram.payload.size() == 1480);
  REQUIRE(d.payload.has_value());
  CHECK(d.payload->get<jspcap::TcpView>()->dstport() == 80);
  CHECK(x.reassembly_stats().fragments == 11);
  CHECK(x.reassembly_stats().completed == 1);
  // The datagram follows the frame of its last fragment in the report.
  const auto j = nlohmann::ordered_json::parse(slurp("r.json"));
  const auto& r = j["Reassembled 1"];
  CHECK(r["number"] == 11);
  CHECK(r["protocol"] == "IPv4");
  CHECK(r["id"]["proto"] == "TCP");
  CHECK(r["id"]["src"].is_string());
  CHECK(r["id"].size() == 4);
  CHECK(r["completed"] == true);
  CHECK(r["len"] == 1480);
  CHECK(r["index"].size() == 11);
  CHECK(r["protocols"] == "TCP:HTTP");
  CHECK(r["tcp"]["http"]["header"]["request"]["method"] == "GET");
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys.back() == "Reassembled 1");
  CHECK(keys[keys.size() - 2] == "Frame 11");

  // IPv6 only: the IPv4 fragments are left alone.
  auto v6 = options();
  v6.fin = o.fin;
  v6.nofile = true;
  v6.store = true;
  v6.ipv6 = true;
  CHECK(jspcap::extract(v6).reassembly().datagrams.empty());
  // Without a switch there is no reassembly to ask for.
  auto none = options();
  none.nofile = true;
  none.store = true;
  CHECK_THROWS_AS(jspcap::extract(none).reassembly(), jspcap::UnsupportedCall);
}

TEST_CASE("extract(tcp, trace, flows): streams, messages, flow pcaps and payload files") {
  Scratch scratch;
  ExtractOptions o = options("out.json", "json");
  o.store = true;
  o.tcp = true;
  o.trace = true;
  o.trace_fout = "trace";
  o.flows = "flows";
  const jspcap::Extractor x = jspcap::extract(o);
  const jspcap::Reassembled& r = x.reassembly();
  REQUIRE(r.tcp.size() == 4);   // two connections, both ways
  CHECK(r.tcp[0]->payload.connection->index == 0);
  CHECK(r.tcp[0]->payload.completed());
  REQUIRE(r.messages.size() == 4);
  CHECK(r.messages[0].token("method") == "GET");
  CHECK(r.messages[0].token("target") == "/download.html");
  const auto response = std::find_if(r.messages.begin(), r.messages.end(), [](const jspcap::Message& m) {
    return m.stream == 0 && m.receipt() == "response";
  });
  REQUIRE(response != r.messages.end());
  CHECK(response->token("status") == "200");
  CHECK(response->answers == "GET /download.html HTTP/1.1");
  CHECK(x.stream_stats().connections == 2);

  // trace: one pcap per connection, every frame of it, and an index.
  const auto& index = x.trace_index();
  REQUIRE(index.size() == 2);
  std::uint64_t packets = 0;
  for (const auto& f : index) {
    CHECK(fs::file_size(f.file) == 24 + f.bytes + 16 * f.packets);
    packets += f.packets;
  }
  CHECK(packets == 41);   // every TCP frame of the capture (tshark -Y tcp: 41)
  // In the order the flows end; stream 0 is the download.
  const auto first = std::find_if(index.begin(), index.end(), [](const jspcap::FlowRecord& f) { return f.stream == 0; });
  REQUIRE(first != index.end());
  CHECK(first->label == "145_254_160_237_3372-65_208_228_223_80-1084443427_311224");
  const auto trace_json = nlohmann::json::parse(slurp("trace/index.json"));
  CHECK(trace_json.size() == 2);
  CHECK(trace_json[0]["packets"] == index[0].packets);
  CHECK(trace_json[0]["label"] == index[0].label);

  // flows: each direction's bytes in a file named as tcpflow names it, equal to the stream.
  const fs::path client = "flows/145.254.160.237.03372-065.208.228.223.00080";
  REQUIRE(fs::exists(client));
  const auto& bytes = r.tcp[0]->payload.payload;
  CHECK(slurp(client) == std::string(bytes.begin(), bytes.end()));
  const auto flows_json = nlohmann::json::parse(slurp("flows/index.json"));
  CHECK(flows_json.size() == 4);
  CHECK(flows_json[0]["gaps"].empty());

  // The report has the streams and the messages after the frames that complete them.
  const auto report = nlohmann::json::parse(slurp("out.json"));
  CHECK(report.contains("Stream 0.0"));
  CHECK(report.contains("HTTP 4"));
  CHECK(report["HTTP 1"]["header"]["request"]["method"] == "GET");
}

TEST_CASE("reassemble() and trace(): the seed's verbs") {
  Scratch scratch;
  auto tcp = jspcap::reassemble("tcp");
  CHECK(tcp.protocol() == "TCP");
  auto ip = jspcap::reassemble("IPv4", false);
  for (const jspcap::Frame& f : jspcap::Reader{kHttp}) {
    tcp.feed(f);
    ip.feed(f);
  }
  tcp.finish();
  ip.finish();
  CHECK(tcp.streams().size() == 4);
  CHECK(ip.datagrams().empty());
  CHECK_THROWS_WITH_AS(jspcap::reassemble("UDP"), "Unsupported reassembly protocol: UDP", jspcap::FormatError);

  auto t = jspcap::trace("flows", "jsonl", "big", true);
  for (const jspcap::Frame& f : jspcap::Reader{kHttp}) t.feed(f);
  REQUIRE(t.finish().size() == 2);
  CHECK(t.index()[0].file.extension() == ".jsonl");
  CHECK(fs::exists("flows/index.json"));
  CHECK_THROWS_AS(jspcap::trace("x", "xml"), jspcap::FormatError);
  CHECK_THROWS_AS(jspcap::trace("x", "pcap", "middle"), jspcap::FormatError);
}

TEST_CASE("extract(engine tshark): tshark's tree in the report's shape; jspcap-only results refused") {
  Scratch s;
  auto o = options("t.json");
  o.engine = "tshark";
  o.store = true;
  std::uint64_t trees = 0, frames = 0;
  std::string first_chain;
  o.on_frame = [&](const jspcap::Frame&) { ++frames; };
  o.on_tree = [&](const jspcap::Record& r, const jspcap::FrameTree& t) {
    if (++trees == 1) first_chain = t.protocols;
    CHECK(r.number == trees);
    CHECK(t.layers.is_object());
  };
  const auto x = jspcap::extract(o);
  CHECK(x.engine() == "tshark");
  CHECK(x.length() == 43);
  CHECK(trees == 43);
  CHECK(frames == 0);   // tshark's frames are not jspcap Frames
  CHECK(first_chain == "eth:ethertype:ip:tcp");
  CHECK(x.header().linktype == 1);
  CHECK_THROWS_AS(x.frames(), jspcap::UnsupportedCall);      // store was set: still refused
  CHECK_THROWS_AS(x.reassembly(), jspcap::UnsupportedCall);
  const auto j = nlohmann::ordered_json::parse(slurp("t.json"));
  CHECK(j.size() == 44);
  const auto& f = j["Frame 1"];
  CHECK(f["time_epoch"] == 1084443427.311224);
  CHECK(f["protocols"] == "eth:ethertype:ip:tcp");
  // Layers nested in order, fields as tshark names them.
  CHECK(f["eth"]["ip"]["tcp"]["tcp.dstport"] == "80");
  CHECK(s.files() == 1);

  auto tcp = options("u.json");
  tcp.engine = "pyshark";
  tcp.tcp = true;
  CHECK_THROWS_WITH_AS(jspcap::extract(tcp), "--tcp is supported by the jspcap engine only, not with -E pyshark",
                       jspcap::EngineError);
  auto layer = options("u.json");
  layer.engine = "tshark";
  layer.layer = "link";
  CHECK_THROWS_AS(jspcap::extract(layer), jspcap::EngineError);
  CHECK(s.files() == 1);
}
