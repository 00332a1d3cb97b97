// The spec interpreter (runtime/src/spec/interp.cpp) against the generated views: every spec in
// specs/ loaded at run time, every protocol interpreted, and on every layer of every frame of the
// shared captures, then on mutated and cut-short copies of them, dissect() must give the same
// Issue and Step and visit() the same sink calls as the compiled view; fragment(), stream(),
// visit_fragment_key(), message_rules() and probe() likewise.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "jspcap/fragment.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/reader.hpp"
#include "jspcap/runtime_protocol.hpp"
#include "jspcap/stream_info.hpp"
#include "jspcap/generated/dispatch.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"
#include "spec/interp.hpp"
#include "spec/load.hpp"
#include "spec/model.hpp"
#include "spec/resolve.hpp"

namespace {

namespace fs = std::filesystem;
namespace spec = jspcap::spec;
using jspcap::AddrKind;
using jspcap::Bytes;
using jspcap::Issue;
using jspcap::ProtocolId;
using jspcap::Step;

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string hex(Bytes b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s;
  for (const std::uint8_t c : b) {
    s += kDigits[c >> 4];
    s += kDigits[c & 15];
  }
  return s;
}

/// Logs every sink call as one line of text: the compiled view writes to it directly, the
/// interpreter through AnySink.
class Recorder final : public jspcap::AnySink {
 public:
  std::string log;
  void begin(std::string_view k) override { line("begin", k, ""); }
  void end() override { log += "end\n"; }
  void begin_list(std::string_view k) override { line("begin_list", k, ""); }
  void end_list() override { log += "end_list\n"; }
  void uint(std::string_view k, std::uint64_t v) override { line("uint", k, std::to_string(v)); }
  void integer(std::string_view k, std::int64_t v) override { line("integer", k, std::to_string(v)); }
  void hex(std::string_view k, std::uint64_t v, unsigned n) override {
    line("hex", k, std::to_string(v) + "/" + std::to_string(n));
  }
  void boolean(std::string_view k, bool v) override { line("boolean", k, v ? "true" : "false"); }
  void enumerated(std::string_view k, std::uint64_t v, const char* name, bool hexed, unsigned n) override {
    line("enumerated", k,
         std::to_string(v) + " " + (name ? name : "(null)") + " " + (hexed ? "hex" : "dec") + " " + std::to_string(n));
  }
  void bytes(std::string_view k, Bytes v) override { line("bytes", k, ::hex(v)); }
  void address(std::string_view k, AddrKind kind, Bytes v) override {
    line("address", k, std::to_string(static_cast<int>(kind)) + " " + ::hex(v));
  }
  void text(std::string_view k, Bytes v) override { line("text", k, ::hex(v)); }
  void string(std::string_view k, std::string_view v) override { line("string", k, std::string(v)); }
  void decimal(std::string_view k, std::string_view v) override { line("decimal", k, std::string(v)); }
  void null(std::string_view k) override { line("null", k, ""); }

 private:
  void line(const char* what, std::string_view key, const std::string& v) {
    log += what;
    log += " \"";
    log += key;
    log += "\" ";
    log += v;
    log += '\n';
  }
};

std::string text(const Issue& i) {
  return std::to_string(static_cast<int>(i.status)) + "/" + std::to_string(static_cast<int>(i.reason)) + " field=" +
         (i.field ? i.field : "(null)") + " value=" + std::to_string(i.value) + " limit=" + std::to_string(i.limit);
}
std::string text(const Step& s) {
  return "header=" + std::to_string(s.header_len) + " cap=" + std::to_string(s.cap_len) + " wire=" +
         std::to_string(s.wire_len) + " next=" + std::to_string(static_cast<int>(s.next)) +
         " key=" + std::to_string(s.next_key) + " table=" + (s.next_table ? s.next_table : "(null)") +
         " partial=" + (s.next_partial ? "1" : "0");
}
std::string text(const jspcap::FragmentInfo& f) {
  return hex(Bytes{f.key, f.key_len}) + " offset=" + std::to_string(f.offset) + " more=" + std::to_string(f.more) +
         " table=" + std::to_string(static_cast<int>(f.next_table)) + " key=" + std::to_string(f.next_key) +
         " overlap=" + std::to_string(static_cast<int>(f.overlap));
}
std::string text(const jspcap::StreamInfo& s) {
  return std::to_string(static_cast<int>(s.addr_kind)) + "/" + std::to_string(s.addr_len) + " " +
         hex(Bytes{s.src.addr, 16}) + ":" + std::to_string(s.src.port) + " " + hex(Bytes{s.dst.addr, 16}) + ":" +
         std::to_string(s.dst.port) + " seq=" + std::to_string(s.seq) + "/" + std::to_string(s.seq_bits) +
         " syn=" + std::to_string(s.syn) + " fin=" + std::to_string(s.fin) + " reset=" + std::to_string(s.reset);
}

std::string str(const char* s) { return s ? "\"" + std::string(s) + "\"" : "null"; }
std::string list(const char* const* v, std::size_t n) {
  if (!v) return "null";
  std::string s = "[";
  for (std::size_t i = 0; i < n; ++i) s += str(v[i]) + ",";
  return s + "]";
}
std::string text(const jspcap::MessageRules& m) {
  std::string s;
  for (std::size_t r = 0; r < m.start_count; ++r) {
    const jspcap::StartRule& rule = m.start[r];
    s += "start " + str(rule.receipt) + " " + str(rule.header_alias) + "\n";
    for (std::size_t i = 0; i < rule.count; ++i) {
      const jspcap::TokenRule& t = rule.tokens[i];
      s += "  token " + str(t.name) + " " + list(t.one_of, t.one_of_count) + " " + str(t.prefix) + " " +
           std::to_string(t.digits) + " " + std::to_string(t.rest) + " " + std::to_string(t.optional) + "\n";
    }
  }
  for (std::size_t r = 0; r < m.body_count; ++r) {
    const jspcap::BodyRule& b = m.body[r];
    s += "body " + str(b.receipt) + " " + str(b.token) + " " + list(b.prefixes, b.prefix_count) + " " + str(b.answers) +
         " " + list(b.answers_one_of, b.answers_count) + " " + str(b.header) + " " + str(b.last) + " " +
         std::to_string(static_cast<int>(b.length)) + " " + std::to_string(b.interim) + "\n";
  }
  return s;
}

/// Names to the compiled ids, tables, heuristics and enums; models to the loaded specs.
class TestResolver final : public spec::Resolver, public spec::ModelSource {
 public:
  explicit TestResolver(const spec::Loaded& loaded) : loaded_(loaded) {}
  ProtocolId protocol(std::string_view name) const override {
    for (std::size_t i = 1; i <= jspcap::kProtocolCount; ++i)
      if (same_name(jspcap::kProtocols[i].name, name)) return jspcap::kProtocols[i].id;
    return ProtocolId::none;
  }
  jspcap::TableId table(std::string_view name) const override {
    for (std::size_t i = 0; i < jspcap::kTableCount; ++i)
      if (name == jspcap::table_name(static_cast<jspcap::TableId>(i))) return static_cast<jspcap::TableId>(i);
    FAIL("unknown table " << name);
    return {};
  }
  jspcap::HeuristicId heuristic(std::string_view name) const override {
    for (std::size_t i = 1; i <= jspcap::kHeuristicCount; ++i)
      if (name == jspcap::heuristic_name(static_cast<jspcap::HeuristicId>(i)))
        return static_cast<jspcap::HeuristicId>(i);
    return jspcap::HeuristicId::none;
  }
  spec::EnumRef enum_table(std::string_view name) const override {
    spec::EnumRef r;
    r.fn = jspcap::enums::find(name);
    if (!r.fn) {
      auto it = loaded_.tables.find(std::string(name));
      if (it != loaded_.tables.end()) r.map = &it->second.values;
    }
    return r;
  }
  const spec::Protocol* model(std::string_view name) const override {
    for (const auto& p : loaded_.protocols)
      if (same_name(p->name, name)) return p.get();
    return nullptr;
  }

 private:
  const spec::Loaded& loaded_;
};

/// The same without the models of other specs (a spec loaded alone, its scopes compiled): scope
/// fields are then known by their size only.
class PlainResolver final : public spec::Resolver {
 public:
  explicit PlainResolver(const TestResolver& r) : r_(r) {}
  ProtocolId protocol(std::string_view name) const override { return r_.protocol(name); }
  jspcap::TableId table(std::string_view name) const override { return r_.table(name); }
  jspcap::HeuristicId heuristic(std::string_view name) const override { return r_.heuristic(name); }
  spec::EnumRef enum_table(std::string_view name) const override { return r_.enum_table(name); }

 private:
  const TestResolver& r_;
};

/// Every spec loaded and interpreted once for the whole test run.
struct World {
  spec::Loaded loaded;
  std::unique_ptr<TestResolver> resolver;
  std::map<ProtocolId, std::unique_ptr<jspcap::RuntimeProtocol>> interp;
  std::map<ProtocolId, const spec::Protocol*> models;
  /// The protocols with `fragment:` or `stream:`, interpreted without the scopes' models.
  std::map<ProtocolId, std::unique_ptr<jspcap::RuntimeProtocol>> plain;

  World() {
    loaded = spec::load_folder(std::string(JSPCAP_SOURCE_DIR) + "/specs");
    resolver = std::make_unique<TestResolver>(loaded);
    for (const auto& p : loaded.protocols) {
      const ProtocolId id = resolver->protocol(p->name);
      if (id == ProtocolId::none) continue;
      interp[id] = spec::make_interpreted(p, id, *resolver);
      models[id] = p.get();
      if (p->fragment || p->stream) plain[id] = spec::make_interpreted(p, id, PlainResolver(*resolver));
    }
  }
  static World& get() {
    static World w;
    return w;
  }
};

/// Comparison counts, per protocol, and the first few differences.
struct Tally {
  std::map<ProtocolId, std::size_t> dissects, visits, fragments, fragment_keys, streams, fields;
  std::size_t differences = 0;
  std::vector<std::string> shown;

  void differ(std::string what) {
    ++differences;
    if (shown.size() < 12) shown.push_back(std::move(what));
  }
};

std::string where(ProtocolId id, const std::string& origin, Bytes b) {
  return std::string(jspcap::info(id).name) + " " + origin + " bytes " + hex(b.first(std::min<std::size_t>(b.size(), 64)));
}

/// Both engines on `n` bytes at `p` of a layer of protocol `id`: dissect and visit. The bytes are
/// followed by zeros in the buffer, so a read past `n` sees 0 in both.
void compare_layer(Tally& t, ProtocolId id, const std::uint8_t* p, std::size_t cap, std::uint64_t wire,
                   bool partial, const std::string& origin, Step* compiled_step = nullptr, Issue* compiled_issue = nullptr) {
  const jspcap::RuntimeProtocol& rp = *World::get().interp.at(id);
  // The interpreter reads a copy of exactly `cap` bytes: under ASan or valgrind a read past them
  // is an error (the compiled views may read the zeros after `p`, see above).
  const std::vector<std::uint8_t> exact(p, p + cap);
  const std::uint8_t* q = exact.data();
  Step a, b;
  const Issue ia = jspcap::dissect_layer(id, p, cap, wire, a, partial);
  const Issue ib = rp.dissect(q, cap, wire, b, partial);
  ++t.dissects[id];
  if (text(ia) != text(ib) || text(a) != text(b))
    t.differ(where(id, origin, Bytes{p, cap}) + " cap=" + std::to_string(cap) + " wire=" + std::to_string(wire) +
             " partial=" + std::to_string(partial) + "\n  compiled: " + text(ia) + " " + text(a) +
             "\n  interpreted: " + text(ib) + " " + text(b));
  if (compiled_step) *compiled_step = a;
  if (compiled_issue) *compiled_issue = ia;
  // visit() on every extent a report may show: all the bytes, the layer, the header.
  std::size_t sizes[] = {cap, std::min(a.cap_len, cap), std::min(a.header_len, cap)};
  for (std::size_t k = 0; k < 3; ++k) {
    if (k && sizes[k] == sizes[k - 1]) continue;
    Recorder ra, rb;
    jspcap::visit_layer(id, p, sizes[k], ra);
    rp.visit(q, sizes[k], rb);
    ++t.visits[id];
    if (ra.log != rb.log)
      t.differ(where(id, origin, Bytes{p, sizes[k]}) + " visit n=" + std::to_string(sizes[k]) + "\n--- compiled\n" +
               ra.log + "--- interpreted\n" + rb.log);
  }
  // The address fields other specs' scopes read (the compiled side knows those at fixed places).
  for (const spec::Field* f : World::get().models.at(id)->leaves()) {
    if (f->kind != spec::Kind::mac && f->kind != spec::Kind::ipv4 && f->kind != spec::Kind::ipv6) continue;
    const std::uint8_t* at = nullptr;
    std::size_t len = 0;
    std::uint64_t va = 0, vb = 0;
    Bytes raw;
    if (!jspcap::detail::builtin_read_field(id, f->name, p, cap, at, len, va)) continue;
    const bool rb = rp.read_field(f->name, Bytes{p, cap}, raw, vb);
    ++t.fields[id];
    if (!rb || raw.data() != at || raw.size() != len || va != vb)
      t.differ(where(id, origin, Bytes{p, cap}) + " read_field(" + f->name + ") differs");
  }
  // Content detection.
  jspcap::MessageRules rules;
  if (rp.message_rules(rules)) {
    const bool pa = jspcap::detail::builtin_probe(id, p, cap), pb = rp.probe(q, cap);
    if (pa != pb) t.differ(where(id, origin, Bytes{p, cap}) + " probe differs");
  }
}

struct Prior {
  ProtocolId id;
  Bytes bytes;
};

/// fragment() / stream() of a layer, with the enclosing layers before it as scopes.
void compare_pieces(Tally& t, ProtocolId id, Bytes layer, const std::vector<Prior>& before, const std::string& origin,
                    bool plain = false) {
  if (!plain && World::get().plain.count(id)) compare_pieces(t, id, layer, before, origin + " (no scope models)", true);
  const jspcap::RuntimeProtocol& rp = *(plain ? World::get().plain : World::get().interp).at(id);
  ProtocolId sa{}, sb{};
  const bool fa = jspcap::fragments(id, sa), fb = rp.fragments(sb);
  if (fa != fb || sa != sb) t.differ(where(id, origin, layer) + " fragments() differs");
  if (fa) {
    Bytes scope;
    for (auto it = before.rbegin(); it != before.rend(); ++it)
      if (it->id == sa) {
        scope = it->bytes;
        break;
      }
    if (sa == ProtocolId::none || !scope.empty()) {
      jspcap::FragmentInfo a, b;
      const bool ra = jspcap::fragment_layer(id, layer, scope, a), rb = rp.fragment(layer, scope, b);
      ++t.fragments[id];
      if (ra != rb || (ra && text(a) != text(b)))
        t.differ(where(id, origin, layer) + " fragment():\n  compiled: " + std::to_string(ra) + " " + text(a) +
                 "\n  interpreted: " + std::to_string(rb) + " " + text(b));
      if (ra) {
        ++t.fragment_keys[id];
        for (std::size_t n = 0; n <= a.key_len; n += std::max<std::size_t>(1, a.key_len / 3)) {
          Recorder ka, kb;
          jspcap::visit_fragment_key(id, a.key, n, ka);
          rp.visit_fragment_key(a.key, n, kb);
          if (ka.log != kb.log)
            t.differ(where(id, origin, layer) + " visit_fragment_key n=" + std::to_string(n) + "\n--- compiled\n" +
                     ka.log + "--- interpreted\n" + kb.log);
        }
      }
    }
  }
  jspcap::StreamBinding ba, bb;
  const bool sa2 = jspcap::streams(id, ba), sb2 = rp.streams(bb);
  if (sa2 != sb2) t.differ(where(id, origin, layer) + " streams() differs");
  if (sa2 && sb2) {
    const bool same = std::equal(ba.scopes.begin(), ba.scopes.end(), bb.scopes.begin(), bb.scopes.end()) &&
                      ba.has_table == bb.has_table && ba.table == bb.table && ba.heuristic == bb.heuristic;
    if (!same) t.differ(where(id, origin, layer) + " stream binding differs");
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      if (std::find(ba.scopes.begin(), ba.scopes.end(), it->id) == ba.scopes.end()) continue;
      jspcap::StreamInfo a, b;
      const bool ra = jspcap::stream_layer(id, layer, it->id, it->bytes, a);
      const bool rb = rp.stream(layer, it->id, it->bytes, b);
      ++t.streams[id];
      if (ra != rb || (ra && text(a) != text(b)))
        t.differ(where(id, origin, layer) + " stream():\n  compiled: " + std::to_string(ra) + " " + text(a) +
                 "\n  interpreted: " + std::to_string(rb) + " " + text(b));
      break;
    }
  }
}

/// A frame walked as runtime/src/frame.cpp does, both engines compared at every layer; the walk
/// follows the compiled results. Returns the layers seen (protocol, offset, cap, wire, partial).
struct Seen {
  ProtocolId id;
  std::size_t offset, cap;
  std::uint64_t wire;
  bool partial;
};
std::vector<Seen> walk_frame(Tally& t, const std::vector<std::uint8_t>& buf, std::size_t len, std::uint64_t wire_len,
                             std::uint32_t linktype, const std::string& origin) {
  std::vector<Seen> seen;
  std::vector<Prior> before;
  const std::uint8_t* base = buf.data();
  std::size_t offset = 0, cap = len;
  std::uint64_t wire = std::max<std::uint64_t>(wire_len, cap);
  bool partial = false;
  ProtocolId current = jspcap::lookup(jspcap::kLinktypeTable, linktype);
  for (std::size_t depth = 0; current != ProtocolId::none && depth < 100; ++depth) {
    Step step;
    Issue issue;
    seen.push_back(Seen{current, offset, cap, wire, partial});
    compare_layer(t, current, base + offset, cap, wire, partial, origin + " layer " + std::to_string(depth), &step,
                  &issue);
    if (issue.status != jspcap::Status::ok && issue.status != jspcap::Status::length_exceeds_parent) break;
    const Bytes layer{base + offset, step.cap_len};
    compare_pieces(t, current, layer, before, origin + " layer " + std::to_string(depth));
    before.push_back(Prior{current, layer});
    offset += step.header_len;
    cap = step.cap_len - step.header_len;
    wire = step.wire_len - step.header_len;
    partial = partial || step.next_partial;
    if (step.next == ProtocolId::none || current == jspcap::kFallbackProtocol) break;
    if (cap == 0 && wire == 0) break;
    current = step.next;
  }
  return seen;
}

std::vector<fs::path> captures() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(JSPCAP_SHARED_CAPTURES)) {
    const auto ext = e.path().extension().string();
    if (ext == ".pcap" || ext == ".pcapng" || ext == ".cap") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  // The benchmark's fragmented traffic: IPv4 and IPv6 fragments of every kind.
  const fs::path frag = fs::path(JSPCAP_SHARED_CAPTURES) / ".." / "bench" / "seed-frag.pcap";
  if (fs::exists(frag)) out.push_back(frag);
  if (const char* extra = std::getenv("JSPCAP_INTERP_EXTRA")) out.push_back(extra);
  return out;
}

std::string report(const Tally& t) {
  std::string s;
  for (const auto& [id, n] : t.dissects) {
    s += std::string(jspcap::info(id).name) + ": " + std::to_string(n) + " dissect, ";
    s += std::to_string(t.visits.count(id) ? t.visits.at(id) : 0) + " visit";
    if (t.fragments.count(id)) s += ", " + std::to_string(t.fragments.at(id)) + " fragment";
    if (t.fragment_keys.count(id)) s += " (" + std::to_string(t.fragment_keys.at(id)) + " pieces)";
    if (t.fields.count(id)) s += ", " + std::to_string(t.fields.at(id)) + " read_field";
    if (t.streams.count(id)) s += ", " + std::to_string(t.streams.at(id)) + " stream";
    s += "\n";
  }
  return s;
}

}  // namespace

TEST_CASE("spec interpreter: every spec loads and is interpreted") {
  World& w = World::get();
  for (const auto& e : w.loaded.errors) FAIL_CHECK(e.text());
  REQUIRE(w.loaded.errors.empty());
  CHECK(w.interp.size() == jspcap::kProtocolCount);
  for (std::size_t i = 1; i <= jspcap::kProtocolCount; ++i)
    CHECK_MESSAGE(w.interp.count(jspcap::kProtocols[i].id), jspcap::kProtocols[i].name);
}

TEST_CASE("spec interpreter: message rules as the generated views'") {
  World& w = World::get();
  REQUIRE(w.loaded.errors.empty());
  std::size_t messages = 0;
  for (const auto& [id, rp] : w.interp) {
    jspcap::MessageRules a, b;
    const bool ra = jspcap::message_rules(id, a), rb = rp->message_rules(b);
    CHECK_MESSAGE(ra == rb, jspcap::info(id).name);
    if (!ra || !rb) continue;
    ++messages;
    CHECK(text(a) == text(b));
    CHECK(a.start_count > 0);
  }
  CHECK(messages >= 1);
}

TEST_CASE("spec interpreter: equal to the generated views on the shared captures") {
  World& w = World::get();
  REQUIRE(w.loaded.errors.empty());
  Tally t;
  std::size_t frames = 0;
  for (const fs::path& path : captures()) {
    std::unique_ptr<jspcap::CaptureReader> reader;
    try {
      reader = std::make_unique<jspcap::CaptureReader>(path);
    } catch (const std::exception&) {
      continue;  // not a capture this reader takes (the corpus has some on purpose)
    }
    jspcap::Record r;
    std::vector<std::uint8_t> buf;
    try {
      while (reader->next(r)) {
        ++frames;
        buf.assign(r.data.begin(), r.data.end());
        buf.resize(buf.size() + 64, 0);
        walk_frame(t, buf, r.data.size(), r.wire_len, r.linktype,
                   path.filename().string() + " frame " + std::to_string(r.number));
      }
    } catch (const std::exception&) {
      // A damaged file: the frames before the damage were compared.
    }
  }
  MESSAGE(frames << " frames; per protocol:\n" << report(t));
  for (const auto& d : t.shown) FAIL_CHECK(d);
  CHECK(t.differences == 0);
  CHECK(t.dissects.size() >= 20);
}

TEST_CASE("spec interpreter: equal to the generated views on mutated and cut-short layers") {
  World& w = World::get();
  REQUIRE(w.loaded.errors.empty());
  // Seeds: one layer of each protocol from the captures, as its parent gave it.
  std::map<ProtocolId, std::vector<std::vector<std::uint8_t>>> seeds;
  {
    Tally ignored;
    for (const fs::path& path : captures()) {
      std::unique_ptr<jspcap::CaptureReader> reader;
      try {
        reader = std::make_unique<jspcap::CaptureReader>(path);
        jspcap::Record r;
        std::vector<std::uint8_t> buf;
        while (reader->next(r)) {
          buf.assign(r.data.begin(), r.data.end());
          buf.resize(buf.size() + 64, 0);
          for (const Seen& s : walk_frame(ignored, buf, r.data.size(), r.wire_len, r.linktype, "")) {
            auto& v = seeds[s.id];
            if (v.size() < 24) v.emplace_back(buf.begin() + static_cast<std::ptrdiff_t>(s.offset),
                                              buf.begin() + static_cast<std::ptrdiff_t>(s.offset + s.cap));
          }
        }
      } catch (const std::exception&) {
      }
    }
  }
  std::mt19937_64 rng(20260128);
  Tally t;
  for (const auto& [id, ip] : w.interp) {
    auto& pool = seeds[id];
    // Protocols no capture holds start from random bytes.
    for (int k = 0; k < 4; ++k) {
      std::vector<std::uint8_t> b(8 + rng() % 120);
      for (auto& c : b) c = static_cast<std::uint8_t>(rng());
      pool.push_back(b);
    }
    // Every cut of the captured seeds (the capture stopped there).
    for (std::size_t k = 0; k + 4 < pool.size(); ++k) {
      const auto& seed = pool[k];
      for (std::size_t cap = 0; cap <= seed.size() && cap <= 256; ++cap) {
        std::vector<std::uint8_t> b(seed.begin(), seed.begin() + static_cast<std::ptrdiff_t>(cap));
        b.resize(cap + 64, 0);
        compare_layer(t, id, b.data(), cap, seed.size(), false, "cut");
      }
    }
    for (const auto& seed : pool) {
      for (int round = 0; round < 200; ++round) {
        std::vector<std::uint8_t> b = seed;
        const int flips = static_cast<int>(rng() % 4);
        for (int f = 0; f < flips && !b.empty(); ++f) {
          // Early bytes hold the lengths, kinds and flags: hit them more often.
          const std::size_t at = rng() % 2 ? rng() % std::min<std::size_t>(b.size(), 48) : rng() % b.size();
          b[at] = rng() % 3 ? static_cast<std::uint8_t>(rng()) : static_cast<std::uint8_t>(b[at] ^ (1u << (rng() % 8)));
        }
        std::size_t cap = b.size();
        if (rng() % 2 && cap) cap = rng() % (cap + 1);
        const std::uint64_t wire = rng() % 4 == 0 ? cap + rng() % 64 : (rng() % 8 == 0 ? rng() % (cap + 1) : cap);
        const bool partial = rng() % 5 == 0;
        b.resize(cap);
        b.resize(cap + 64, 0);
        compare_layer(t, id, b.data(), cap, wire, partial, "mutated");
        Step step;
        // fragment()/stream() only where a frame walk can call them: on a layer that dissected
        // ok from at most `wire` captured bytes (else the layer may be shorter than its header).
        if (wire >= cap && jspcap::dissect_layer(id, b.data(), cap, wire, step, partial).status == jspcap::Status::ok) {
          std::vector<Prior> before;   // a captured IPv4 and IPv6 layer as the scopes
          for (const auto& [sid, spool] : seeds)
            if (!spool.empty() && (sid == ProtocolId::ipv4 || sid == ProtocolId::ipv6))
              before.push_back(Prior{sid, Bytes{spool[rng() % spool.size()]}});
          compare_pieces(t, id, Bytes{b.data(), step.cap_len}, before, "mutated");
        }
      }
    }
  }
  MESSAGE("per protocol:\n" << report(t));
  for (const auto& d : t.shown) FAIL_CHECK(d);
  CHECK(t.differences == 0);
}
