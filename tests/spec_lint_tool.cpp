// The run-time spec loader from the command line, for the tests that hold it to the generator:
//   spec_lint_tool DIR           lint DIR/*.yaml and DIR/tables/ as `generate.py --lint` does:
//                                every error line on stderr, then a summary; exit 1 on errors
//   spec_lint_tool --layout DIR  the layout of every protocol as JSON (tests/spec_layout_dump.py)
#include <cstdio>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "spec/load.hpp"

namespace {

using jspcap::spec::Field;
using jspcap::spec::Kind;
using nlohmann::json;

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::uint: return "uint";
    case Kind::bytes: return "bytes";
    case Kind::mac: return "mac";
    case Kind::ipv4: return "ipv4";
    case Kind::ipv6: return "ipv6";
    case Kind::structure: return "struct";
  }
  return "?";
}

json opt(const std::optional<std::int64_t>& v) { return v ? json(*v) : json(nullptr); }

/// [name, kind, bits, static_offset, group_bytes, shift] (+ elem_size, const_size, after_count,
/// members for the fields of a case), as spec_layout_dump.py writes them.
json field(const Field& f, bool in_case) {
  const bool has_bits = f.kind != Kind::bytes && f.kind != Kind::structure;
  json out = {f.name, kind_name(f.kind), has_bits ? json(f.bits) : json(nullptr), opt(f.static_offset), f.group_bytes, f.shift};
  if (in_case) {
    json members = json::array();
    for (const Field& m : f.children) members.push_back(field(m, true));
    out.push_back(f.elem_size);
    out.push_back(opt(f.const_size));
    out.push_back(f.after_count);
    out.push_back(members);
  }
  return out;
}

json fields(const std::vector<Field>& fs) {
  json out = json::array();
  for (const Field& f : fs) out.push_back(field(f, true));
  return out;
}

json layout(const jspcap::spec::Loaded& loaded) {
  json protocols = json::array();
  for (const auto& p : loaded.protocols) {
    json leaves = json::array();
    for (const Field* f : p->leaves()) leaves.push_back(field(*f, false));
    json types = json::object();
    for (const auto& [name, t] : p->types) {
      json sizes = json::object(), cases = json::object();
      for (const auto& [kind, size] : t->case_sizes) sizes[std::to_string(kind)] = size;
      for (const auto& [kind, fs] : t->cases) cases[std::to_string(kind)] = fields(*fs);
      types[name] = {{"kind_bytes", t->kind_bytes}, {"length_bytes", t->length_bytes}, {"kind_at", t->kind_at},
                     {"length_at", t->length_at}, {"length_mask", t->length_mask}, {"length_shift", t->length_shift},
                     {"head", t->head}, {"kind_enum", t->kind_enum}, {"case_sizes", sizes}, {"cases", cases},
                     {"header", fields(t->header)}, {"default_size", t->default_size},
                     {"default", t->default_fields ? fields(*t->default_fields) : json(nullptr)}};
    }
    protocols.push_back({{"name", p->name}, {"file", p->file}, {"fixed_size", p->fixed_size}, {"leaves", leaves}, {"types", types}});
  }
  return {{"protocols", protocols}};
}

}  // namespace

int main(int argc, char** argv) {
  const bool dump = argc == 3 && std::string(argv[1]) == "--layout";
  if (argc != 2 && !dump) {
    std::fprintf(stderr, "usage: spec_lint_tool [--layout] SPECS_DIR\n");
    return 2;
  }
  const jspcap::spec::Loaded loaded = jspcap::spec::load_folder(argv[argc - 1]);
  for (const auto& e : loaded.errors) std::cerr << e.text() << '\n';
  if (!loaded.errors.empty()) {
    std::cerr << "spec_lint_tool: " << loaded.errors.size() << " error(s) in the specs\n";
    return 1;
  }
  if (dump) std::cout << layout(loaded).dump(1) << '\n';
  return 0;
}
