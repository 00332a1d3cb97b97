// Tests for the run-time spec loader (runtime/src/spec/load.hpp): specs/ loads clean and laid out,
// the expression parser's messages are expr.py's, YAML reads as PyYAML reads it, and the checks
// that span specs consult what is compiled in (Known). Lint parity with the generator on many
// broken specs is the `generator` ctest (JSPCAP_SPEC_LINT); layout parity is `spec_layout`.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "spec/load.hpp"

namespace fs = std::filesystem;
using namespace jspcap::spec;

namespace {

std::string expr_error(std::string_view text) {
  try {
    parse_expr(text);
  } catch (const ExprError& e) {
    return e.what();
  }
  return "";
}

std::int64_t value_of(std::string_view text, std::int64_t a = 0, std::int64_t b = 0) {
  return eval(parse_expr(text), [&](const Expr& n) { return n.name == "a" ? a : b; });
}

const Protocol& find(const Loaded& l, std::string_view name) {
  for (const auto& p : l.protocols)
    if (p->name == name) return *p;
  FAIL("no protocol " << name);
  throw;
}

int slot_of(const Protocol& p, std::string_view leaf) {
  const auto leaves = p.leaves();
  for (std::size_t i = 0; i < leaves.size(); ++i)
    if (leaves[i]->name == leaf) return static_cast<int>(i);
  return -3;
}

using Files = std::vector<std::pair<std::string, std::string>>;

/// A scratch folder of spec files, removed at the end.
struct Scratch {
  fs::path dir;
  explicit Scratch(const Files& files) {
    std::string tmpl = (fs::temp_directory_path() / "jspcap-spec-XXXXXX").string();
    dir = mkdtemp(tmpl.data());
    fs::create_directories(dir / "specs" / "tables");
    for (const auto& [name, text] : files) std::ofstream(dir / "specs" / name) << text;
  }
  ~Scratch() { fs::remove_all(dir); }
  std::vector<std::string> specs() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir / "specs"))
      if (e.path().extension() == ".yaml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::vector<std::string> texts(const std::vector<SpecError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.text());
  return out;
}

}  // namespace

TEST_CASE("spec loader: every spec in specs/ loads without an error, laid out as the generator does") {
  const Loaded l = load_folder(JSPCAP_SOURCE_DIR "/specs");
  CHECK(texts(l.errors) == std::vector<std::string>{});
  std::size_t files = 0;
  for (const auto& e : fs::directory_iterator(JSPCAP_SOURCE_DIR "/specs")) files += e.path().extension() == ".yaml";
  CHECK(l.protocols.size() == files);
  CHECK(l.tables.count("ip_proto") == 1);
  CHECK(l.tables.at("ethertype").values.at(0x0800) == "IPv4");

  const Protocol& ipv4 = find(l, "IPv4");
  CHECK(ipv4.file == "specs/ipv4.yaml");
  CHECK(ipv4.fixed_size == 20);
  const auto leaves = ipv4.leaves();
  CHECK(leaves[1]->name == "hdr_len");
  CHECK(leaves[1]->shift == 0);
  CHECK(leaves[0]->shift == 4);
  CHECK(leaves[slot_of(ipv4, "proto")]->static_offset == 9);
  // header_size: hdr_len — the interpreter reads leaf 1
  REQUIRE(ipv4.header_size);
  CHECK(ipv4.header_size->kind == Expr::Kind::name);
  CHECK(ipv4.header_size->slot == slot_of(ipv4, "hdr_len"));

  const Protocol& udp = find(l, "UDP");   // total_size: "len == 0 ? parent_len : len"
  REQUIRE(udp.total_size);
  CHECK(udp.total_size->kids[1].slot == -1);
  CHECK(udp.total_size->kids[2].slot == slot_of(udp, "len"));
}

TEST_CASE("spec loader: cases written once with a YAML anchor share one field list") {
  const Loaded l = load_folder(JSPCAP_SOURCE_DIR "/specs");
  const Protocol& ipv4 = find(l, "IPv4");   // 7: &route, 131: *route, 137: *route
  std::shared_ptr<TlvType> options;
  for (const auto& [name, t] : ipv4.types)
    if (name == "ipv4_option") options = t;
  REQUIRE(options);
  std::map<std::int64_t, std::shared_ptr<std::vector<Field>>> cases(options->cases.begin(), options->cases.end());
  CHECK(cases.at(7) == cases.at(131));
  CHECK(cases.at(7) == cases.at(137));
  CHECK(cases.at(7) != cases.at(68));
  CHECK(options->case_sizes.at(131) == 1);
}

TEST_CASE("spec expressions: expr.py's grammar and messages") {
  CHECK(value_of("2 + 3 * 4") == 14);
  CHECK(value_of("(2 + 3) * 4") == 20);
  CHECK(value_of("a == 0 ? 7 : a - 1", 0) == 7);
  CHECK(value_of("a == 0 ? 7 : a - 1", 5) == 4);
  CHECK(value_of("a in (0, 8, 13)", 8) == 1);
  CHECK(value_of("!(a in (0, 8))", 3) == 1);
  CHECK(value_of("a > 1 and b < 2 or not a", 0, 0) == 1);
  CHECK(value_of("a / 0", 5) == 0);
  CHECK(value_of("0x10 | 0b1 << 2") == 0x14);   // one level for | ^ &, below the shifts
  const Expr in = parse_expr("a | b & c == 1 in (1, 2)");   // as expr.py: ((a | b) & c) == 1, then in
  CHECK(in.kind == Expr::Kind::in);
  CHECK(in.kids[0].op == "==");
  CHECK(in.kids[0].kids[0].op == "&");
  const Expr flag = parse_expr("flags.df");
  CHECK(flag.kind == Expr::Kind::attr);
  CHECK(flag.attr == "df");

  CHECK(expr_error("1 +") == "expected more in expression '1 +'");
  CHECK(expr_error("(1") == "expected ')' in expression '(1'");
  CHECK(expr_error("a..b") == "expected a flag name after 'a.' in 'a..b'");
  CHECK(expr_error("3 $ 4") == "cannot read expression '3 $ 4' at ' $ 4'");
  CHECK(expr_error("in (1)") == "unexpected 'in' in expression 'in (1)'");
  CHECK(expr_error("1 2") == "unexpected 2 in expression '1 2'");
  CHECK(expr_error("it's") == "cannot read expression \"it's\" at \"'s\"");   // repr() picks the quotes
}

TEST_CASE("spec loader: YAML 1.1 scalars and lines as PyYAML reads them") {
  Scratch s(Files{{"raw.yaml", "protocol: Raw\nfallback: yes\nfields:\n  - {name: packet, bytes: rest}\nheader_size: rest\n"},
             {"p.yaml", "protocol: P\n"
                        "fields:\n"
                        "  - {name: a, type: u8, valid: {in: [0b11, 0x1_0, 010]}}\n"
                        "  - name: b\n"
                        "    type: u16\n"
                        "    colour: red\n"}});
  Loaded l = load_specs(s.specs(), {}, Known{}, [](const std::string& p) { return fs::path(p).filename().string(); });
  CHECK(texts(l.errors) == std::vector<std::string>{"p.yaml:6: field 'b': unknown key 'colour'"});

  Scratch t(Files{{"p.yaml", "protocol: P\nfields:\n  - {name: a, type: u8, valid: {in: [0b11, 0x1_0, 010]}}\n"
                        "  - {name: a2, type: u8, hidden: on}\n"}});
  Known compiled;   // some protocol is compiled in: no fallback needed
  compiled.protocol = [](std::string_view) { return false; };
  l = load_specs(t.specs(), {}, compiled, [](const std::string&) { return "p"; });
  REQUIRE(l.errors.empty());
  CHECK(*l.protocols[0]->fields[0].valid.in == std::vector<std::int64_t>{3, 16, 8});
  CHECK(l.protocols[0]->fields[1].hidden);

  Scratch u(Files{{"p.yaml", "protocol: P\nfields: []\nprotocol: Q\n"}});
  l = load_specs(u.specs(), {}, Known{}, [](const std::string&) { return "p"; });
  CHECK(texts(l.errors) == std::vector<std::string>{"p:3: YAML: duplicate key 'protocol'"});
}

TEST_CASE("spec loader: specs loaded at run time may refer to what is compiled in") {
  Scratch s(Files{{"mine.yaml", "protocol: Mine\n"
                           "binds: [{table: tcp_port, value: 80}, {table: udp_port, value: 7777}]\n"
                           "fields:\n"
                           "  - {name: kind, type: u8, enum: ip_proto}\n"
                           "next: {protocol: IPv4}\n"}});
  Known known;
  known.protocol = [](std::string_view n) { return n == "IPv4" || n == "HTTP"; };
  known.enum_table = [](std::string_view n) { return n == "ip_proto"; };
  known.table = [](std::string_view n) { return n == "tcp_port" || n == "udp_port"; };
  known.bound = [](std::string_view table, std::uint64_t v) {
    return table == "tcp_port" && v == 80 ? std::string("HTTP (specs/http.yaml)") : std::string();
  };
  const auto shown = [](const std::string& p) { return "rt/" + fs::path(p).filename().string(); };
  Loaded l = load_specs(s.specs(), {}, known, shown);
  // No fallback is needed: the compiled Raw stays.
  CHECK(texts(l.errors) == std::vector<std::string>{"rt/mine.yaml:2: tcp_port 0x50 is already bound by HTTP (specs/http.yaml)"});

  // Linted alone as a folder, the same spec misses everything compiled in.
  l = load_specs(s.specs(), {}, Known{}, shown);
  CHECK(texts(l.errors) == std::vector<std::string>{
                               "rt/mine.yaml:4: field 'kind': unknown enum table 'ip_proto'",
                               "specs:0: exactly one spec must say 'fallback: true' (the Raw protocol); found none",
                               "rt/mine.yaml:5: next: no spec defines protocol 'IPv4'",
                               "rt/mine.yaml:2: binds into table 'tcp_port', which no spec's 'next' looks up (known: linktype)",
                               "rt/mine.yaml:2: binds into table 'udp_port', which no spec's 'next' looks up (known: linktype)",
                           });
}
