// generator/jspcapgen/load.py, check.py and the checks and layout of layout.py, in C++: the same
// walk over the same YAML, the same messages in the same order. Function names follow the Python
// ones so the two can be read side by side; where Python keeps a value the model has no room for
// (a raw umbrella entry), the loader keeps it next to the protocol.
#include "spec/load.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "spec/yamlload.hpp"

namespace jspcap::spec {
namespace {

namespace fs = std::filesystem;
using yaml::Int;
using yaml::py_str;
using yaml::Value;
using yaml::ValuePtr;
using V = const Value*;

// ---- load.py's tables -----------------------------------------------------------------------

const std::vector<std::string> kProtocolKeys = {
    "alias", "binds", "byte_order", "doc", "enums", "fallback", "fields", "fields_from", "fragment", "header_size",
    "heuristic", "layer", "message", "next", "protocol", "ref", "stream", "total_size", "transparent", "tshark",
    "types", "umbrella"};   // sorted, as the messages list them
const std::vector<std::string> kFragmentKeys = {"key", "more", "next", "offset", "overlap", "scope"};
const std::vector<std::string> kStreamKeys = {"dst", "fin", "heuristic", "next", "reset", "scope", "seq", "src", "syn"};
const std::vector<std::string> kFieldKeys = {
    "name", "doc", "type", "bits", "bytes", "scale", "enum", "flags", "format", "as", "valid",
    "byte_order", "hidden", "if", "struct", "list", "repeat", "switch", "cases", "default", "derive"};
// `derive:` (how build() fills a field; the builders are generated, the loader only checks it)
const char* const kDeriveHelp =
    "derive is header, total, payload or {checksum: inet, over: header|total, pseudo: {protocol: [...], src: FIELD, dst: FIELD}}";
const std::vector<std::string> kTlvKeys = {"cases", "doc", "end", "kind_enum", "one_byte", "tlv"};
const std::vector<std::string> kTlvLayoutKeys = {"align", "header", "kind", "length", "length_counts_header", "unit"};
const std::vector<std::string> kNextKeys = {"heuristic", "key", "partial", "protocol", "table", "unless", "when"};
const std::vector<std::string> kTokenKeys = {"digits", "name", "one_of", "optional", "prefix", "rest"};
const std::vector<std::string> kValidKeys = {"eq", "min", "max", "in"};
const std::vector<std::string> kBodyRuleKeys = {"answers", "header", "interim", "last", "length", "prefix", "receipt", "token"};
const std::vector<std::string> kBodyLengths = {"none", "header", "chunked", "close", "tunnel"};
const std::vector<std::string> kLayers = {"none", "link", "internet", "transport", "application"};
const std::vector<std::pair<std::string, int>> kTypes = {
    {"u8", 8}, {"u16", 16}, {"u24", 24}, {"u32", 32}, {"u64", 64}, {"mac", 48}, {"ipv4", 32}, {"ipv6", 128}};
const std::set<std::string> kCppReserved = {
    "and", "or", "not", "xor", "int", "char", "class", "default", "delete", "new", "operator",
    "private", "public", "register", "short", "long", "signed", "switch", "template", "this",
    "union", "unsigned", "void", "volatile", "case", "const", "enum", "struct", "in",
    "parse", "dissect", "visit", "check", "view_bytes", "header_size", "total_size", "parent_len", "s"};  // s: the sink in visit()

struct Collector {
  std::vector<SpecError> errors;
  void error(const std::string& file, int line, std::string message, std::string field = {}) {
    errors.push_back(SpecError{file, line, std::move(message), std::move(field)});
  }
};

std::string join(const std::vector<std::string>& items, std::string_view sep = ", ") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? std::string(sep) : "") + items[i];
  return out;
}

bool contains(const std::vector<std::string>& set, const std::string& s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}
/// `value in (…strings…)` for any YAML value.
bool in_strs(V v, const std::vector<std::string>& set) { return v && v->is_str() && contains(set, v->s); }
bool is_key(const Value& k, const std::vector<std::string>& set) { return k.is_str() && contains(set, k.s); }

/// load.py's `for key in node: if key not in KEYS: c.error(…)`: PREFIX unknown key 'k'SUFFIX.
void unknown_keys(Collector& c, const std::string& file, const Value& node, const std::vector<std::string>& allowed,
                  const std::string& prefix, const std::string& suffix, const std::string& field = {}) {
  for (std::size_t i = 0; i < node.pairs.size(); ++i)
    if (!is_key(*node.pairs[i].first, allowed))
      c.error(file, node.key_lines[i], prefix + "unknown key '" + py_str(*node.pairs[i].first) + "'" + suffix, field);
}
std::string allowed(const std::vector<std::string>& keys) { return " (allowed: " + join(keys) + ")"; }

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

bool py_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }
std::string strip(const std::string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && py_space(s[a])) ++a;
  while (b > a && py_space(s[b - 1])) --b;
  return s.substr(a, b - a);
}

/// re.match(pattern + "$"): `$` also matches before one final newline.
std::string_view before_newline(std::string_view s) {
  return !s.empty() && s.back() == '\n' ? s.substr(0, s.size() - 1) : s;
}
bool name_re(std::string_view s) {   // ^[a-z_][a-z0-9_]*$
  s = before_newline(s);
  if (s.empty() || !(std::islower(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
  });
}
bool protocol_name_re(std::string_view s) {   // ^[A-Za-z][A-Za-z0-9_./-]*$
  s = before_newline(s);
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.' || ch == '/' || ch == '-';
  });
}

std::string sub_non_alnum(const std::string& name) {   // re.sub(r"[^0-9a-zA-Z]+", "_", name)
  std::string out;
  bool in_run = false;
  for (char ch : name) {
    const bool alnum = std::isalnum(static_cast<unsigned char>(ch)) != 0;
    if (alnum) out += ch;
    else if (!in_run) out += '_';
    in_run = !alnum;
  }
  return out;
}

/// load.py's _ident(): the C++ identifier stem of a display name.
std::string ident_of(const std::string& name) {
  std::string stem = sub_non_alnum(name);
  const auto a = stem.find_first_not_of('_');
  stem = a == std::string::npos ? "" : lower(stem.substr(a, stem.find_last_not_of('_') - a + 1));
  return !stem.empty() && std::isdigit(static_cast<unsigned char>(stem[0])) ? "p_" + stem : stem;
}

ValuePtr get_ptr(const Value& map, std::string_view key) {
  for (const auto& [k, v] : map.pairs)
    if (k->is_str() && k->s == key) return v;
  return nullptr;
}

std::string str_or(V map, std::string_view key, std::string dflt) {
  const Value* v = map->get(key);
  return v ? py_str(*v) : dflt;
}
int line_or(V v, int dflt) { return v && v->is_map() ? v->line : dflt; }

std::int64_t to_i64(Int v) { return static_cast<std::int64_t>(static_cast<std::uint64_t>(static_cast<unsigned __int128>(v))); }

std::optional<Expr> parse_value(Collector& c, const std::string& file, int line, V value, const std::string& field = {}) {
  try {
    if (value->type == Value::Type::boolean) throw ExprError("expected an expression, got " + yaml::py_repr(*value));
    if (value->is_plain_int()) {
      Expr e;
      e.num = to_i64(value->i);
      return e;
    }
    return parse_expr(py_str(*value), yaml::py_repr(*value));
  } catch (const ExprError& e) {
    c.error(file, line, e.what(), field);
    return std::nullopt;
  }
}

std::optional<Int> int_value(Collector& c, const std::string& file, int line, V value, const std::string& what,
                             const std::string& field = {}) {
  if (!value->is_plain_int()) {
    c.error(file, line, what + " must be an integer, got " + yaml::py_repr(*value), field);
    return std::nullopt;
  }
  return value->i;
}

/// A list's items, or the value as a one-item list (`x if isinstance(x, list) else [x]`).
std::vector<V> as_list(V v) {
  std::vector<V> out;
  if (v->is_list())
    for (const auto& item : v->items) out.push_back(item.get());
  else
    out.push_back(v);
  return out;
}

/// `set(node) - allowed` is not empty.
bool has_other_keys(const Value& node, const std::vector<std::string>& allowed) {
  return std::any_of(node.pairs.begin(), node.pairs.end(), [&](const auto& kv) { return !is_key(*kv.first, allowed); });
}
/// `set(node) == keys`.
bool keys_are(const Value& node, const std::vector<std::string>& keys) {
  return node.pairs.size() == keys.size() && !has_other_keys(node, keys);
}

ByteOrder byte_order_of(V v) {
  if (v && v->is_str() && v->s == "little") return ByteOrder::little;
  if (v && v->is_str() && v->s == "either") return ByteOrder::either;
  return ByteOrder::big;
}

const ValuePtr& big() {
  static const ValuePtr kBig = yaml::make_str("big");
  return kBig;
}

// ---- load.py --------------------------------------------------------------------------------

void load_tables(Collector& c, const std::string& tables_dir, const std::function<std::string(const std::string&)>& display,
                 std::map<std::string, EnumTable>& tables) {
  std::error_code ec;
  if (!fs::is_directory(tables_dir, ec)) return;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(tables_dir, ec)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  for (const std::string& fname : names) {
    if (!fname.ends_with(".yaml")) continue;
    const std::string path = (fs::path(tables_dir) / fname).string();
    const std::string shown = display(path);
    ValuePtr doc;
    try {
      doc = yaml::load_yaml(path);
    } catch (const yaml::YamlError& e) {
      c.error(shown, e.line, "YAML: " + e.problem);
      continue;
    }
    if (!doc->is_map()) {
      c.error(shown, 1, "a table file is a mapping with 'name' and 'values'");
      continue;
    }
    unknown_keys(c, shown, *doc, {"name", "doc", "values"}, "", allowed({"name", "doc", "values"}));
    V name = doc->get("name");
    if (!name || !name->is_str() || !name_re(name->s)) {
      c.error(shown, doc->line_of("name"), "table 'name' must be a lower_case identifier");
      continue;
    }
    if (fname.substr(0, fname.size() - 5) != name->s)
      c.error(shown, doc->line_of("name"), "table '" + name->s + "' must live in " + name->s + ".yaml");
    V values = doc->get("values");
    if (!values || !values->is_map()) {
      c.error(shown, doc->line_of("values"), "'values' must map numbers to names");
      continue;
    }
    EnumTable t{name->s, shown, str_or(doc.get(), "doc", ""), {}};
    for (std::size_t i = 0; i < values->pairs.size(); ++i) {
      const Value& k = *values->pairs[i].first;
      const Value& v = *values->pairs[i].second;
      if (!k.is_plain_int() || k.i < 0) {
        c.error(shown, values->key_lines[i], "key " + yaml::py_repr(k) + " is not a non-negative integer");
        continue;
      }
      if (!v.is_str() || v.s.empty()) {
        c.error(shown, values->key_lines[i], "value " + yaml::int_str(k.i) + " needs a non-empty name, got " + yaml::py_repr(v));
        continue;
      }
      t.values[static_cast<std::uint64_t>(k.i)] = v.s;
    }
    if (tables.count(name->s)) c.error(shown, doc->line, "table '" + name->s + "' is defined twice");
    tables[name->s] = std::move(t);
  }
}

using SharedFields = std::shared_ptr<std::vector<Field>>;

std::optional<Field> load_field(Collector& c, const std::string& file, V node, V byte_order);

std::vector<std::pair<std::int64_t, SharedFields>> load_cases(Collector& c, const std::string& file, const std::string& where,
                                                              V cases, int line, V byte_order) {
  std::vector<std::pair<std::int64_t, SharedFields>> out;
  if (!cases || (cases->is_map() && cases->pairs.empty())) return out;   // `cases == {}`
  if (!cases->is_map()) {
    c.error(file, line, where + ": cases must map numbers to field lists");
    return out;
  }
  std::map<V, SharedFields> shared;   // a case written once and shared with a YAML anchor is loaded once
  for (std::size_t i = 0; i < cases->pairs.size(); ++i) {
    const Value& kind = *cases->pairs[i].first;
    V fields = cases->pairs[i].second.get();
    if (!kind.is_plain_int()) {
      c.error(file, cases->key_lines[i], where + ": case " + yaml::py_repr(kind) + " is not a number");
      continue;
    }
    if (!fields->is_list()) {
      c.error(file, cases->key_lines[i], where + ": case " + yaml::int_str(kind.i) + " must be a list of fields");
      continue;
    }
    auto& list = shared[fields];
    if (!list) {
      list = std::make_shared<std::vector<Field>>();
      for (const auto& fnode : fields->items)
        if (auto f = load_field(c, file, fnode.get(), byte_order)) list->push_back(std::move(*f));
    }
    out.emplace_back(to_i64(kind.i), list);
  }
  return out;
}

std::optional<Field> load_field(Collector& c, const std::string& file, V node, V byte_order) {
  if (!node->is_map()) {
    c.error(file, 0, "a field must be a mapping, got " + yaml::py_repr(*node));
    return std::nullopt;
  }
  V name_v = node->get("name");
  const int line = node->line;
  if (!name_v || !name_v->is_str() || !name_re(name_v->s)) {
    c.error(file, line, "field name " + (name_v ? yaml::py_repr(*name_v) : "None") + " must be a lower_case identifier");
    return std::nullopt;
  }
  const std::string name = name_v->s;
  unknown_keys(c, file, *node, kFieldKeys, "", "", name);
  if (kCppReserved.count(name)) c.error(file, line, "name is reserved (clashes with C++ or the view's own members)", name);
  Field f;
  f.name = name;
  f.line = line;
  f.doc = strip(str_or(node, "doc", ""));
  V bo = node->get("byte_order") ? node->get("byte_order") : byte_order;
  f.byte_order = byte_order_of(bo);
  if (!in_strs(bo, {"big", "little", "either"}))
    c.error(file, node->line_of("byte_order"), "byte_order must be big, little or either", name);
  std::vector<std::string> sizes;
  for (const char* k : {"type", "bits", "bytes", "struct"})
    if (node->has(k)) sizes.emplace_back(k);
  if (sizes.size() != 1) {
    c.error(file, line, "needs exactly one of type, bits, bytes, struct" + (sizes.empty() ? "" : " (has " + join(sizes) + ")"), name);
    return std::nullopt;
  }
  bool bits_none = false;   // `bits:` was no integer (Python's f.bits is None)
  std::string kind = "uint";
  if (V members = node->get("struct")) {
    f.kind = Kind::structure;
    kind = "struct";
    if (!members->is_list() || members->items.empty()) {
      c.error(file, node->line_of("struct"), "struct must be a non-empty list of fields", name);
      return std::nullopt;
    }
    for (const auto& m : members->items)
      if (auto child = load_field(c, file, m.get(), bo)) f.children.push_back(std::move(*child));
  } else if (V t = node->get("type")) {
    const auto it = std::find_if(kTypes.begin(), kTypes.end(), [&](const auto& kv) { return t->is_str() && kv.first == t->s; });
    if (it == kTypes.end()) {
      std::vector<std::string> known;
      for (const auto& kv : kTypes) known.push_back(kv.first);
      c.error(file, node->line_of("type"), "unknown type " + yaml::py_repr(*t) + " (known: " + join(known) + ")", name);
      return std::nullopt;
    }
    kind = t->s == "mac" || t->s == "ipv4" || t->s == "ipv6" ? t->s : "uint";
    f.kind = kind == "mac" ? Kind::mac : kind == "ipv4" ? Kind::ipv4 : kind == "ipv6" ? Kind::ipv6 : Kind::uint;
    f.bits = it->second;
  } else if (V b = node->get("bits")) {
    const auto bits = int_value(c, file, node->line_of("bits"), b, "bits", name);
    f.declared_bits = true;
    bits_none = !bits;
    if (bits) {
      f.bits = static_cast<int>(std::clamp<Int>(*bits, -1000000, 1000000));
      if (*bits < 1 || *bits > 64)
        c.error(file, node->line_of("bits"), "bits must be 1..64, got " + yaml::int_str(*bits), name);
    }
  } else {
    f.kind = Kind::bytes;
    kind = "bytes";
    V size = node->get("bytes");
    if (size->is_str() && size->s == "rest") f.size_rest = true;
    else f.size = parse_value(c, file, node->line_of("bytes"), size, name);
  }
  if (V s = node->get("scale")) {
    const auto scale = int_value(c, file, node->line_of("scale"), s, "scale", name);
    f.scale = scale && *scale ? to_i64(*scale) : 1;
    if (kind != "uint") c.error(file, node->line_of("scale"), "scale applies to integer fields only", name);
  }
  if (V e = node->get("enum")) {
    f.enum_name = truthy(*e) ? py_str(*e) : "";
    if (kind != "uint") c.error(file, node->line_of("enum"), "enum applies to integer fields only", name);
  }
  if (V flags = node->get("flags")) {
    if (!flags->is_map() || flags->pairs.empty() || kind != "uint") {
      c.error(file, node->line_of("flags"), "flags must map flag names to bit masks of an integer field", name);
    } else {
      for (std::size_t i = 0; i < flags->pairs.size(); ++i) {
        const Value& k = *flags->pairs[i].first;
        const int kline = flags->key_lines[i];
        if (!k.is_str() || !name_re(k.s)) {
          c.error(file, kline, "flag name " + yaml::py_repr(k) + " must be a lower_case identifier", name);
        } else if (auto v = int_value(c, file, kline, flags->pairs[i].second.get(), "mask of flag '" + k.s + "'", name)) {
          const bool outside = f.bits > 0 && !bits_none && (f.bits >= 127 ? false : (*v >> f.bits) != 0);
          if (*v <= 0 || outside)
            c.error(file, kline, "mask " + yaml::hex_str(*v) + " of flag '" + k.s + "' is outside the field's " +
                                     (bits_none || kind != "uint" ? std::string("None") : std::to_string(f.bits)) + " bits",
                    name);
          f.flags.emplace_back(k.s, static_cast<std::uint64_t>(*v));
        }
      }
    }
  }
  V fmt = node->get("format");
  const std::string fmt_s = fmt ? py_str(*fmt) : "dec";
  if (fmt && !in_strs(fmt, {"dec", "hex", "bool"}))
    c.error(file, node->line_of("format"), "format must be dec, hex or bool, got " + yaml::py_repr(*fmt), name);
  f.fmt = fmt_s == "hex" ? Format::hex : fmt_s == "bool" ? Format::boolean : Format::dec;
  if ((!fmt || fmt->is_str()) && fmt_s == "bool" && (f.bits != 1 || bits_none))
    c.error(file, node->line_of("format"), "format bool needs a 1-bit field", name);
  if (V as = node->get("as")) {
    f.show_as = in_strs(as, {"hwaddr"}) ? ShowAs::hwaddr : in_strs(as, {"ipaddr"}) ? ShowAs::ipaddr
              : in_strs(as, {"text"})   ? ShowAs::text : ShowAs::none;
    if (kind != "bytes" || f.show_as == ShowAs::none)
      c.error(file, node->line_of("as"), "'as' (hwaddr, ipaddr, text) applies to bytes fields", name);
  }
  if (V valid = node->get("valid")) {
    if (!valid->is_map() || kind != "uint") {
      c.error(file, node->line_of("valid"), "valid must be a mapping (eq, min, max, in) on an integer field", name);
    } else {
      for (std::size_t i = 0; i < valid->pairs.size(); ++i) {
        const Value& k = *valid->pairs[i].first;
        V v = valid->pairs[i].second.get();
        const int kline = valid->key_lines[i];
        if (!is_key(k, kValidKeys)) {
          c.error(file, kline, "unknown check '" + py_str(k) + "' (allowed: eq, min, max, in)", name);
        } else if (k.s == "in") {
          if (!v->is_list() || !std::all_of(v->items.begin(), v->items.end(), [](const ValuePtr& x) { return x->is_int(); })) {
            c.error(file, kline, "'in' needs a list of integers", name);
          } else {
            std::vector<std::int64_t> in;
            for (const auto& x : v->items) in.push_back(to_i64(x->as_int()));
            f.valid.in = std::move(in);
            f.valid.order.push_back("in");
          }
        } else if (auto x = int_value(c, file, kline, v, "check '" + k.s + "'", name)) {
          (k.s == "eq" ? f.valid.eq : k.s == "min" ? f.valid.min : f.valid.max) = to_i64(*x);
          f.valid.order.push_back(k.s);
        }
      }
    }
  }
  if (V h = node->get("hidden")) f.hidden = truthy(*h);
  if (V l = node->get("list")) {
    f.list_type = py_str(*l);
    if (kind != "bytes") c.error(file, node->line_of("list"), "'list' applies to bytes fields (the list's extent)", name);
  }
  if (V r = node->get("repeat")) {
    if (r->is_str() && r->s == "to_end") f.repeat_to_end = true;
    else if (r->is_plain_int() || r->is_str()) f.repeat_count = parse_value(c, file, node->line_of("repeat"), r, name);
    else c.error(file, node->line_of("repeat"), "repeat is 'to_end' or a count (an expression over earlier fields)", name);
  }
  if (node->has("cases") && !node->has("switch"))
    c.error(file, node->line_of("cases"), "'cases' belongs to a 'switch' field", name);
  if (V d = node->get("default"); d && !node->has("switch")) {
    // Without a switch, default is what build() writes when the field is not set.
    const bool ok = (kind == "uint" && d->is_plain_int()) ||
                    ((kind == "mac" || kind == "ipv4" || kind == "ipv6") && d->is_str());
    if (!ok)
      c.error(file, node->line_of("default"),
              "default (without switch) is the value built when the field is not set: an integer for an integer "
              "field, text for an address",
              name);
  }
  if (V d = node->get("derive")) {
    const int dline = node->line_of("derive");
    const auto keys_within = [](const Value& m, std::initializer_list<const char*> allowed, bool exact) {
      std::size_t seen = 0;
      for (const auto& kv : m.pairs) {
        bool found = false;
        for (const char* a : allowed) found = found || (kv.first->is_str() && kv.first->s == a);
        if (!found) return false;
        ++seen;
      }
      return !exact || seen == allowed.size();
    };
    if (kind != "uint") {
      c.error(file, dline, "derive applies to integer fields only", name);
    } else if (!(d->is_str() && (d->s == "header" || d->s == "total" || d->s == "payload"))) {
      bool ok = d->is_map() && keys_within(*d, {"checksum", "over", "pseudo"}, false);
      if (ok) {
        V ck = d->get("checksum");
        V over = d->get("over");
        ok = ck && ck->is_str() && ck->s == "inet" &&
             (!over || (over->is_str() && (over->s == "header" || over->s == "total")));
      }
      if (ok) {
        if (V ps = d->get("pseudo")) {
          V protos = ps->is_map() ? ps->get("protocol") : nullptr;
          ok = ps->is_map() && keys_within(*ps, {"protocol", "src", "dst"}, true) && protos && protos->is_list() &&
               !protos->items.empty() &&
               std::all_of(protos->items.begin(), protos->items.end(), [](const ValuePtr& x) { return x->is_str(); }) &&
               ps->get("src")->is_str() && ps->get("dst")->is_str();
        }
      }
      if (!ok) c.error(file, dline, kDeriveHelp, name);
    }
  }
  if (V sw = node->get("switch")) {
    if (kind != "bytes")
      c.error(file, node->line_of("switch"), "'switch' applies to bytes fields (the extent the cases decode)", name);
    if (node->has("list")) c.error(file, node->line_of("switch"), "a field is a 'switch' or a 'list', not both", name);
    f.switch_expr = parse_value(c, file, node->line_of("switch"), sw, name);
    auto t = std::make_shared<TlvType>();
    t->name = name;
    t->line = line;
    t->ident = "sw_" + name;
    t->switch_ = true;
    t->doc = f.doc;
    t->switch_text = py_str(*sw);
    t->cases = load_cases(c, file, "field '" + name + "'", node->get("cases"), node->line_of("cases"), byte_order);
    if (V d = node->get("default")) {
      if (!d->is_list()) {
        c.error(file, node->line_of("default"), "default must be a list of fields", name);
      } else {
        t->default_fields = std::make_shared<std::vector<Field>>();
        for (const auto& x : d->items)
          if (auto g = load_field(c, file, x.get(), byte_order)) t->default_fields->push_back(std::move(*g));
      }
    }
    f.switch_type = std::move(t);
  }
  if (V cond = node->get("if")) f.cond = parse_value(c, file, node->line_of("if"), cond, name);
  return f;
}

std::shared_ptr<TlvType> load_tlv(Collector& c, const std::string& file, const std::string& name, V node, V byte_order) {
  if (!node->is_map() || !node->has("tlv")) {
    c.error(file, line_or(node, 0), "type '" + name + "' needs a 'tlv' layout (" + join(kTlvKeys) + ")");
    return nullptr;
  }
  unknown_keys(c, file, *node, kTlvKeys, "type '" + name + "': ", allowed(kTlvKeys));
  auto t = std::make_shared<TlvType>();
  t->name = name;
  t->line = node->line;
  t->ident = sub_non_alnum(name);
  V lay = node->get("tlv");
  if (!lay->is_map()) {
    c.error(file, node->line_of("tlv"), "type '" + name + "': tlv must be a mapping (" + join(kTlvLayoutKeys) + ")");
    return nullptr;
  }
  unknown_keys(c, file, *lay, kTlvLayoutKeys, "type '" + name + "': tlv: ", "");
  if (V hdr = lay->get("header")) {
    if (!hdr->is_list() || hdr->items.empty()) {
      c.error(file, lay->line_of("header"), "type '" + name + "': tlv header must be a list of fields");
    } else {
      for (const auto& x : hdr->items)
        if (auto f = load_field(c, file, x.get(), byte_order)) t->header.push_back(std::move(*f));
    }
    static const Value kNone;
    V kind = lay->get("kind") ? lay->get("kind") : &kNone;
    const std::vector<V> kinds = as_list(kind);
    if (kinds.empty() || !std::all_of(kinds.begin(), kinds.end(), [](V k) { return k->is_str(); })) {
      c.error(file, lay->line_of("kind"), "type '" + name + "': with a header, kind names the header field(s) holding the kind");
    } else {
      for (V k : kinds) t->kind_fields.push_back(k->s);
    }
    V length = lay->get("length");
    if (!length || !length->is_str())
      c.error(file, lay->line_of("length"), "type '" + name + "': with a header, length names the header field holding the length");
    else
      t->length_field = length->s;
    for (const char* key : {"one_byte", "end"})
      if (node->has(key))
        c.error(file, node->line_of(key), "type '" + name + "': " + key + " needs the plain kind-length layout (no header)");
  } else {
    for (const char* key : {"kind", "length"}) {
      V v = lay->get(key);
      const std::string s = !v ? "u8" : v->is_str() ? v->s : "";
      if (s != "u8" && s != "u16")
        c.error(file, lay->line_of(key), "type '" + name + "': tlv " + key + " must be u8 or u16");
      else
        (std::string_view(key) == "kind" ? t->kind_bytes : t->length_bytes) = s == "u8" ? 1 : 2;
    }
  }
  if (V h = lay->get("length_counts_header")) t->counts_header = truthy(*h);
  for (const char* key : {"align", "unit"}) {
    V v = lay->get(key);
    static constexpr int kSizes[] = {1, 2, 4, 8};
    const bool ok = !v || ((v->is_int() || v->type == Value::Type::floating) &&
                           std::any_of(std::begin(kSizes), std::end(kSizes), [&](int n) {
                             return v->type == Value::Type::floating ? v->d == n : v->as_int() == n;
                           }));
    const int value = !v ? 1 : v->is_int() ? static_cast<int>(std::clamp<Int>(v->as_int(), -1000000, 1000000))
                                           : static_cast<int>(v->d);
    (std::string_view(key) == "align" ? t->align : t->unit) = value;
    if (!ok) c.error(file, lay->line_of(key), "type '" + name + "': " + key + " must be 1, 2, 4 or 8");
  }
  for (const char* key : {"one_byte", "end"}) {
    V v = node->get(key);
    if (!v) continue;
    if (!v->is_list() || !std::all_of(v->items.begin(), v->items.end(), [](const ValuePtr& x) { return x->is_plain_int(); })) {
      c.error(file, node->line_of(key), "type '" + name + "': " + key + " must be a list of kinds");
    } else {
      auto& out = std::string_view(key) == "end" ? t->end : t->one_byte;
      for (const auto& x : v->items) out.push_back(static_cast<std::uint16_t>(x->i));
    }
  }
  if (V ke = node->get("kind_enum")) t->kind_enum = truthy(*ke) ? py_str(*ke) : "";
  t->doc = strip(str_or(node, "doc", ""));
  t->cases = load_cases(c, file, "type '" + name + "'", node->get("cases"), node->line_of("cases"), byte_order);
  return t;
}

std::optional<std::vector<StartRule>> load_message(Collector& c, const std::string& file, V node, int line) {
  if (!node->is_map() || has_other_keys(*node, {"start", "body", "doc"}) || !node->get("start") || !node->get("start")->is_list()) {
    c.error(file, line, "message needs 'start': a list of {receipt, tokens} (and may have 'body': a list of rules)");
    return std::nullopt;
  }
  std::vector<StartRule> rules;
  for (const auto& rule_p : node->get("start")->items) {
    V rule = rule_p.get();
    if (!rule->is_map() || !keys_are(*rule, {"receipt", "tokens"}) || !rule->get("tokens")->is_list()) {
      c.error(file, line_or(rule, line), "each start rule is {receipt: name, tokens: [...]}");
      continue;
    }
    V tokens = rule->get("tokens");
    if (tokens->items.empty() || tokens->items.size() > 4) {
      c.error(file, rule->line, "a start line has 1 to 4 tokens");
      continue;
    }
    StartRule r;
    for (const auto& tp : tokens->items) {
      V t = tp.get();
      if (!t->is_map() || !t->has("name") || has_other_keys(*t, kTokenKeys)) {
        c.error(file, line_or(t, rule->line), "a token is {" + join(kTokenKeys) + "} with a name");
        continue;
      }
      Token token;
      token.name = py_str(*t->get("name"));
      if (V one_of = t->get("one_of"); one_of && one_of->type != Value::Type::null) {
        if (!one_of->is_list() || !std::all_of(one_of->items.begin(), one_of->items.end(), [](const ValuePtr& x) { return x->is_str(); }))
          c.error(file, t->line, "token '" + token.name + "': one_of must be a list of strings");
        else
          for (const auto& x : one_of->items) token.one_of.push_back(x->s);
      }
      if (V prefix = t->get("prefix"); prefix && prefix->type != Value::Type::null) token.prefix = py_str(*prefix);
      if (V digits = t->get("digits"); digits && digits->is_int()) token.digits = static_cast<int>(digits->as_int());
      if (V rest = t->get("rest")) token.rest = truthy(*rest);
      if (V opt = t->get("optional")) token.optional = truthy(*opt);
      r.tokens.push_back(std::move(token));
    }
    r.receipt = py_str(*rule->get("receipt"));
    rules.push_back(std::move(r));
  }
  return rules;
}

std::vector<BodyRule> load_message_body(Collector& c, const std::string& file, V node, const std::vector<StartRule>& start, int line) {
  std::vector<BodyRule> out;
  if (!node || node->type == Value::Type::null) return out;
  if (!node->is_list()) {
    c.error(file, line, "message: body is a list of rules {receipt, token, prefix, answers, header, last, length, interim}");
    return out;
  }
  std::set<std::string> receipts, tokens;
  for (const auto& r : start) {
    receipts.insert(r.receipt);
    for (const auto& t : r.tokens) tokens.insert(t.name);
  }
  for (const auto& rule_p : node->items) {
    V rule = rule_p.get();
    if (!rule->is_map() || has_other_keys(*rule, kBodyRuleKeys) || !rule->has("length")) {
      c.error(file, line_or(rule, line), "a body rule is {" + join(kBodyRuleKeys) + "} with a length");
      continue;
    }
    BodyRule r;
    r.length = py_str(*rule->get("length"));
    if (V i = rule->get("interim")) r.interim = truthy(*i);
    bool has_header = false;
    if (V receipt = rule->get("receipt")) {
      r.receipt = py_str(*receipt);
      if (!receipts.count(r.receipt)) c.error(file, rule->line, "body rule: no start rule has receipt '" + r.receipt + "'");
    }
    if (V token = rule->get("token")) {
      r.token = py_str(*token);
      if (!tokens.count(r.token)) c.error(file, rule->line, "body rule: no start-line token is named '" + r.token + "'");
      V pre = rule->get("prefix");
      if (!pre || !pre->is_list() || pre->items.empty() ||
          !std::all_of(pre->items.begin(), pre->items.end(), [](const ValuePtr& x) { return x->is_str() || x->is_int(); }))
        c.error(file, rule->line, "body rule: a token is tested with prefix: [strings]");
      else
        for (const auto& x : pre->items) r.prefix.push_back(py_str(*x));
    }
    if (V a = rule->get("answers")) {
      if (!a->is_map() || !keys_are(*a, {"token", "one_of"}) || !a->get("one_of")->is_list()) {
        c.error(file, rule->line, "body rule: answers is {token: NAME, one_of: [values]} (the message answered)");
      } else {
        r.answers = py_str(*a->get("token"));
        for (const auto& x : a->get("one_of")->items) r.answers_one_of.push_back(py_str(*x));
        if (!tokens.count(r.answers)) c.error(file, rule->line, "body rule: no start-line token is named '" + r.answers + "'");
      }
    }
    if (V h = rule->get("header")) {
      r.header = py_str(*h);
      has_header = true;
    }
    if (V l = rule->get("last")) {
      r.last = py_str(*l);
      if (!has_header) c.error(file, rule->line, "body rule: last tests a header's last comma-separated item; name the header");
    }
    if (!contains(kBodyLengths, r.length))
      c.error(file, rule->line, "body rule: length is one of " + join(kBodyLengths));
    if (r.length == "header" && !has_header)
      c.error(file, rule->line, "body rule: length: header needs the header giving it");
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<Fragment> load_fragment(Collector& c, const std::string& file, V node) {
  if (!node->is_map()) {
    c.error(file, 0, "fragment must be a mapping (" + join(kFragmentKeys) + ")");
    return std::nullopt;
  }
  unknown_keys(c, file, *node, kFragmentKeys, "fragment: ", allowed(kFragmentKeys));
  Fragment fr;
  fr.line = node->line;
  V keys = node->get("key");
  if (!keys || !keys->is_list() || keys->items.empty() ||
      !std::all_of(keys->items.begin(), keys->items.end(), [](const ValuePtr& k) { return k->is_str(); }))
    c.error(file, node->line_of("key"), "fragment: key is a list of field names");
  else
    for (const auto& k : keys->items) fr.key.push_back(k->s);
  if (V sc = node->get("scope")) {
    if (!sc->is_map() || !keys_are(*sc, {"protocol", "key"}) || !sc->get("key")->is_list()) {
      c.error(file, node->line_of("scope"), "fragment: scope is {protocol: NAME, key: [field names of it]}");
    } else {
      fr.scope = py_str(*sc->get("protocol"));
      for (const auto& k : sc->get("key")->items) fr.scope_key.push_back(py_str(*k));
    }
  }
  for (const char* key : {"offset", "more"}) {
    if (V v = node->get(key)) (std::string_view(key) == "offset" ? fr.offset : fr.more) = parse_value(c, file, node->line_of(key), v);
    else c.error(file, node->line, "fragment: '" + std::string(key) + "' is required");
  }
  V nxt = node->get("next");
  if (!nxt || !nxt->is_map() || !keys_are(*nxt, {"table", "key"})) {
    c.error(file, node->line_of("next"), "fragment: next is {table: NAME, key: EXPR} (the reassembled payload's protocol)");
  } else {
    fr.next_table = py_str(*nxt->get("table"));
    fr.next_key = parse_value(c, file, nxt->line_of("key"), nxt->get("key"));
  }
  const std::string overlap = str_or(node, "overlap", "first");
  fr.overlap = overlap == "last" ? Overlap::last : overlap == "drop" ? Overlap::drop : Overlap::first;
  if (overlap != "first" && overlap != "last" && overlap != "drop")
    c.error(file, node->line_of("overlap"), "fragment: overlap is first, last or drop");
  return fr;
}

std::optional<Stream> load_stream(Collector& c, const std::string& file, V node) {
  if (!node->is_map()) {
    c.error(file, 0, "stream must be a mapping (" + join(kStreamKeys) + ")");
    return std::nullopt;
  }
  unknown_keys(c, file, *node, kStreamKeys, "stream: ", allowed(kStreamKeys));
  Stream st;
  st.line = node->line;
  V sc = node->get("scope");
  if (!sc || !sc->is_map() || !keys_are(*sc, {"protocol", "src", "dst"})) {
    c.error(file, node->line_of("scope"),
            "stream: scope is {protocol: NAME or [NAMES], src: FIELD, dst: FIELD} (the layer giving the addresses)");
  } else {
    for (V x : as_list(sc->get("protocol"))) st.scopes.push_back(py_str(*x));
    st.scope_src = py_str(*sc->get("src"));
    st.scope_dst = py_str(*sc->get("dst"));
  }
  for (const char* key : {"src", "dst", "seq"}) {
    V v = node->get(key);
    if (!v || !v->is_str()) c.error(file, node->line_of(key), "stream: '" + std::string(key) + "' is a field name");
    else (std::string_view(key) == "src" ? st.src : std::string_view(key) == "dst" ? st.dst : st.seq) = v->s;
  }
  for (const char* key : {"syn", "fin", "reset"}) {
    V v = node->get(key);
    if (!v) {
      c.error(file, node->line, "stream: '" + std::string(key) + "' is required (an expression)");
      continue;
    }
    (std::string_view(key) == "syn" ? st.syn : std::string_view(key) == "fin" ? st.fin : st.reset) =
        parse_value(c, file, node->line_of(key), v);
  }
  if (V nxt = node->get("next"); nxt && nxt->type != Value::Type::null) {
    if (!nxt->is_map() || !keys_are(*nxt, {"table"}))
      c.error(file, node->line_of("next"), "stream: next is {table: NAME} (looked up with both ports, the lower first)");
    else
      st.next_table = py_str(*nxt->get("table"));
  }
  if (V h = node->get("heuristic")) st.heuristic = py_str(*h);
  return st;
}

std::optional<Next> load_next(Collector& c, const std::string& file, V node) {
  if (!node->is_map()) {
    c.error(file, 0, "next must be a mapping with table and key, or protocol");
    return std::nullopt;
  }
  unknown_keys(c, file, *node, kNextKeys, "next: ", allowed(kNextKeys));
  Next n;
  n.line = node->line;
  if (node->has("table") + node->has("protocol") + node->has("heuristic") != 1) {
    c.error(file, node->line, "next needs exactly one of 'table' (with 'key'), 'protocol' or 'heuristic'");
    return std::nullopt;
  }
  if (V h = node->get("heuristic")) {
    n.heuristic = py_str(*h);
  } else if (V t = node->get("table")) {
    n.table = py_str(*t);
    V keys = node->get("key");
    if (!keys || keys->type == Value::Type::null) {
      c.error(file, node->line, "next: a table needs a 'key'");
      return std::nullopt;
    }
    for (V k : as_list(keys))
      if (auto e = parse_value(c, file, node->line_of("key"), k)) n.keys.push_back(std::move(*e));
  } else {
    n.protocol = py_str(*node->get("protocol"));
  }
  if (node->has("when") && node->has("unless")) c.error(file, node->line, "next: use 'when' or 'unless', not both");
  if (V w = node->get("when")) n.when = parse_value(c, file, node->line_of("when"), w);
  if (V u = node->get("unless")) {
    auto cond = parse_value(c, file, node->line_of("unless"), u);
    n.when.reset();
    if (cond) {
      Expr no;
      no.kind = Expr::Kind::un;
      no.op = "!";
      no.kids.push_back(std::move(*cond));
      n.when = std::move(no);
    }
  }
  if (V partial = node->get("partial")) {
    if (partial->type == Value::Type::boolean) {
      Expr e;
      e.num = partial->b ? 1 : 0;
      n.partial = e;
    } else {
      n.partial = parse_value(c, file, node->line_of("partial"), partial);
    }
  }
  return n;
}

/// A spec file as read: its display name and document.
struct RawDoc {
  std::string display;
  ValuePtr doc;
};

/// What check.py needs that the model has no room for.
struct Extra {
  std::vector<ValuePtr> umbrella;   ///< the raw entries ("umbrella names must be strings")
};

void walk_leaves(std::vector<Field>& fields, std::vector<Field*>& out) {
  for (Field& f : fields) {
    if (f.kind == Kind::structure) walk_leaves(f.children, out);
    else out.push_back(&f);
  }
}
std::vector<Field*> leaves_of(Protocol& p) {
  std::vector<Field*> out;
  walk_leaves(p.fields, out);
  return out;
}

std::shared_ptr<Protocol> load_protocol(Collector& c, const RawDoc& raw, const std::vector<RawDoc>& raw_docs, Extra& extra) {
  const std::string& display = raw.display;
  V doc = raw.doc.get();
  auto p = std::make_shared<Protocol>();
  p->name = str_or(doc, "protocol", "");
  p->file = display;
  p->line = doc->line;
  unknown_keys(c, display, *doc, kProtocolKeys, "", allowed(kProtocolKeys));
  if (p->name.empty() || !protocol_name_re(p->name)) {
    c.error(display, doc->line_of("protocol"), "'protocol' must be a name like IPv4, got " + py_repr(p->name));
    return nullptr;
  }
  p->ident = ident_of(p->name);
  p->alias = str_or(doc, "alias", lower(p->name));
  p->ref = str_or(doc, "ref", "");
  p->doc = strip(str_or(doc, "doc", ""));
  V layer = doc->get("layer");
  if (layer && !in_strs(layer, kLayers))
    c.error(display, doc->line_of("layer"), "layer must be one of " + join(kLayers) + ", got " + yaml::py_repr(*layer));
  if (layer && layer->is_str())
    p->layer = static_cast<Layer>(std::find(kLayers.begin(), kLayers.end(), layer->s) - kLayers.begin()) ;
  if (p->layer > Layer::application) p->layer = Layer::none;
  V byte_order = doc->get("byte_order") ? doc->get("byte_order") : big().get();
  if (!in_strs(byte_order, {"big", "little"})) c.error(display, doc->line_of("byte_order"), "byte_order must be big or little");
  if (V ts = doc->get("tshark"))
    for (V x : as_list(ts)) p->tshark.push_back(py_str(*x));
  if (V um = doc->get("umbrella")) {
    for (V x : as_list(um)) p->umbrella.push_back(py_str(*x));
    extra.umbrella = um->is_list() ? um->items : std::vector<ValuePtr>{get_ptr(*doc, "umbrella")};
  }
  if (V t = doc->get("transparent")) p->transparent = truthy(*t);
  if (V fb = doc->get("fallback")) p->fallback = truthy(*fb);

  V source = doc;
  if (V base_name = doc->get("fields_from")) {
    // Another spec's layout under a new name (RARP is ARP's layout on another EtherType).
    V base = nullptr;
    for (const RawDoc& d : raw_docs)
      if (V name = d.doc->get("protocol"); name && yaml::py_equal(*name, *base_name)) {
        base = d.doc.get();
        break;
      }
    const std::string bn = py_str(*base_name);
    if (!base) {
      c.error(display, doc->line_of("fields_from"), "fields_from: no spec defines protocol '" + bn + "'");
      return nullptr;
    }
    if (base->has("fields_from")) {
      c.error(display, doc->line_of("fields_from"), "fields_from: '" + bn + "' itself uses fields_from");
      return nullptr;
    }
    for (const char* key : {"fields", "header_size", "total_size", "enums", "types"})
      if (doc->has(key))
        c.error(display, doc->line_of(key), "'" + std::string(key) + "' comes from '" + bn + "' (fields_from); do not repeat it");
    source = base;
    if (!doc->has("byte_order")) byte_order = base->get("byte_order") ? base->get("byte_order") : big().get();
  }
  p->byte_order = byte_order_of(byte_order);

  if (V enums = source->get("enums")) {
    if (!enums->is_map()) {
      c.error(display, source->line_of("enums"), "enums must map names to {value: label} mappings");
    } else {
      for (std::size_t i = 0; i < enums->pairs.size(); ++i) {
        V values = enums->pairs[i].second.get();
        const bool ok = values->is_map() && std::all_of(values->pairs.begin(), values->pairs.end(), [](const auto& kv) {
                          return kv.first->is_int() && kv.second->is_str();
                        });
        const std::string ename = py_str(*enums->pairs[i].first);
        if (!ok) {
          c.error(display, enums->key_lines[i], "inline enum '" + ename + "' must map integers to names");
          continue;
        }
        std::map<std::uint64_t, std::string> m;
        for (const auto& [k, v] : values->pairs) m[static_cast<std::uint64_t>(k->as_int())] = v->s;
        p->enums.emplace_back(ename, std::move(m));
      }
    }
  }
  if (V types = source->get("types")) {
    if (!types->is_map()) {
      c.error(display, source->line_of("types"), "types must map names to element types");
    } else {
      for (const auto& [tname, tnode] : types->pairs)
        if (auto t = load_tlv(c, display, py_str(*tname), tnode.get(), byte_order)) p->types.emplace_back(py_str(*tname), t);
    }
  }
  if (V nxt = doc->get("next"))
    for (V nnode : as_list(nxt))
      if (auto n = load_next(c, display, nnode)) p->next.push_back(std::move(*n));
  if (V binds = doc->get("binds")) {
    if (!binds->is_list()) {
      c.error(display, doc->line_of("binds"), "binds must be a list of {table, value}");
    } else {
      for (const auto& bp : binds->items) {
        V b = bp.get();
        if (!b->is_map() || has_other_keys(*b, {"table", "value"}) || !b->has("table") || !b->has("value")) {
          c.error(display, line_or(b, doc->line_of("binds")), "each bind is {table: name, value: number or list}");
          continue;
        }
        const std::string table = py_str(*b->get("table"));
        for (V v : as_list(b->get("value")))
          if (auto value = int_value(c, display, b->line, v, "bind value in table '" + table + "'"))
            p->binds.push_back(Bind{table, static_cast<std::uint64_t>(*value), b->line});
      }
    }
  }
  if (V fr = doc->get("fragment")) p->fragment = load_fragment(c, display, fr);
  if (V st = doc->get("stream")) p->stream = load_stream(c, display, st);
  if (V hs = doc->get("heuristic"))
    for (V h : as_list(hs)) p->heuristics.push_back(py_str(*h));
  if (V message = source->get("message")) {
    p->message = load_message(c, display, message, source->line_of("message"));
    if (p->message)
      p->message_body = load_message_body(c, display, message->get("body"), *p->message, source->line_of("message"));
    p->header_rest = true;   // a text message is one layer: start line, headers and body
    if (source->has("fields")) c.error(display, source->line_of("fields"), "a text 'message' spec has no 'fields'");
    return p->message ? p : nullptr;
  }
  if (!p->heuristics.empty())
    c.error(display, doc->line_of("heuristic"), "only a text 'message' spec can be detected by content");

  V fields = source->get("fields");
  if (!fields || !fields->is_list() || fields->items.empty()) {
    c.error(display, source->line_of("fields"), "'fields' must be a non-empty list");
    return nullptr;
  }
  for (const auto& fnode : fields->items)
    if (auto f = load_field(c, display, fnode.get(), byte_order)) p->fields.push_back(std::move(*f));
  for (Field* f : leaves_of(*p)) {
    if (!f->switch_type) continue;
    auto it = std::find_if(p->types.begin(), p->types.end(), [&](const auto& kv) { return kv.first == f->name; });
    if (it != p->types.end()) {
      c.error(display, f->line, "a switch field and a type share the name '" + f->name + "'", f->name);
      it->second = f->switch_type;
    } else {
      p->types.emplace_back(f->name, f->switch_type);
    }
  }
  for (const char* key : {"header_size", "total_size"}) {
    V value = source->get(key);
    if (!value) continue;
    if (std::string_view(key) == "header_size" && value->is_str() && value->s == "rest")
      p->header_rest = true;
    else
      (std::string_view(key) == "header_size" ? p->header_size : p->total_size) =
          parse_value(c, display, source->line_of(key), value);
  }
  return p;
}

// ---- layout.py ------------------------------------------------------------------------------

int fixed_bytes(Kind k) { return k == Kind::mac ? 6 : k == Kind::ipv4 ? 4 : k == Kind::ipv6 ? 16 : 0; }
bool is_fixed(Kind k) { return fixed_bytes(k) != 0; }
bool is_bitfield(const Field& f) { return f.kind == Kind::uint && f.declared_bits; }
bool is_address_or_uint(Kind k) { return k == Kind::uint || is_fixed(k); }
bool has_repeat(const Field& f) { return f.repeat_to_end || f.repeat_count; }
bool is_rest(const Field& f) { return f.kind == Kind::bytes && f.size_rest; }

const Field& ref(const Field& f) { return f; }
const Field& ref(const Field* f) { return *f; }

/// The bit fields packed together from fields[i]: returns (index after them, total bits).
template <class Item>
std::pair<std::size_t, int> bit_run(const std::vector<Item>& fields, std::size_t i) {
  std::size_t j = i;
  int total = 0;
  while (j < fields.size() && is_bitfield(ref(fields[j])) && (j == i || total % 8)) {
    total += ref(fields[j]).bits;
    ++j;
  }
  return {j, total};
}

void all_fields(std::vector<Field>& fields, const std::function<void(Field&)>& fn) {
  for (Field& f : fields) {
    fn(f);
    if (f.kind == Kind::structure) all_fields(f.children, fn);
  }
}

struct Layout {
  Collector& c;
  const std::map<std::string, EnumTable>& tables;
  const Known& known;

  bool has_enum(const Protocol& p, const std::string& name) const {
    if (tables.count(name) || (known.enum_table && known.enum_table(name))) return true;
    return std::any_of(p.enums.begin(), p.enums.end(), [&](const auto& kv) { return kv.first == name; });
  }

  std::shared_ptr<TlvType> type_of(const Protocol& p, const std::string& name) const {
    for (const auto& [n, t] : p.types)
      if (n == name) return t;
    return nullptr;
  }

  void check_list_type(Protocol& p, const Field& f) {
    if (f.list_type.empty()) return;
    auto t = type_of(p, f.list_type);
    if (!t || t->switch_)
      c.error(p.file, f.line, "unknown list type '" + f.list_type + "' (define it under 'types:')", f.name);
  }

  void protocol(Protocol& p) {
    const std::vector<Field*> leaves = leaves_of(p);
    std::map<std::string, Field*> known_names, all_names;
    all_fields(p.fields, [&](Field& f) {
      if (auto it = all_names.find(f.name); it != all_names.end())
        c.error(p.file, f.line, "name used twice (first at line " + std::to_string(it->second->line) + ")", f.name);
      all_names[f.name] = &f;
    });
    const auto check_names = [&](const Expr& ast, const std::string& field, int line, const std::map<std::string, Field*>& allowed,
                                 bool allowed_is_known, bool allow_parent) {
      bool ok = true;
      std::vector<const Expr*> names;
      expr_names(ast, names);
      for (const Expr* n : names) {
        if (n->kind == Expr::Kind::name && n->name == "parent_len") {
          if (!allow_parent) {
            c.error(p.file, line, "'parent_len' may only be used in header_size, total_size and next", field);
            ok = false;
          }
          continue;
        }
        const auto it = allowed.find(n->name);
        const Field* target = it == allowed.end() ? nullptr : it->second;
        if (!target && all_names.count(n->name)) {
          c.error(p.file, line, "'" + n->name + "' is declared later (line " + std::to_string(all_names[n->name]->line) +
                                    "); only earlier fields can be used here", field);
          ok = false;
        } else if (!target) {
          c.error(p.file, line, "unknown name '" + n->name + "' (expected " + (allowed_is_known ? "an earlier field" : "a field") +
                                    " of " + p.name + ")", field);
          ok = false;
        } else if (target->kind != Kind::uint) {
          c.error(p.file, line, "'" + n->name + "' is not an integer field", field);
          ok = false;
        } else if (n->kind == Expr::Kind::attr &&
                   std::none_of(target->flags.begin(), target->flags.end(), [&](const auto& kv) { return kv.first == n->attr; })) {
          c.error(p.file, line, "'" + n->name + "' has no flag '" + n->attr + "'", field);
          ok = false;
        }
      }
      return ok;
    };

    std::int64_t off_static = 0;
    bool off_fixed = true;
    std::optional<std::int64_t> fixed_size;
    std::size_t i = 0;
    while (i < leaves.size()) {
      Field& f = *leaves[i];
      if (!f.enum_name.empty() && !has_enum(p, f.enum_name))
        c.error(p.file, f.line, "unknown enum table '" + f.enum_name + "'", f.name);
      bool cond_ok = false;
      if (f.cond) cond_ok = check_names(*f.cond, f.name, f.line, known_names, true, false);
      if (is_bitfield(f)) {
        const auto [j, total] = bit_run(leaves, i);
        if (total % 8) {
          c.error(p.file, f.line, "bit fields starting here add up to " + std::to_string(total) + " bits, not whole bytes", f.name);
          return;
        }
        if (total > 64) {
          c.error(p.file, f.line, "bit fields starting here span " + std::to_string(total) + " bits; a group is at most 64", f.name);
          return;
        }
        if (std::any_of(leaves.begin() + static_cast<std::ptrdiff_t>(i), leaves.begin() + static_cast<std::ptrdiff_t>(j),
                        [](Field* m) { return m->cond.has_value(); }))
          c.error(p.file, f.line, "bit fields cannot be conditional ('if'); make the whole byte conditional", f.name);
        const int nbytes = total / 8;
        int used = 0;
        for (std::size_t k = i; k < j; ++k) {
          Field& m = *leaves[k];
          if (k != i && !m.enum_name.empty() && !has_enum(p, m.enum_name))
            c.error(p.file, m.line, "unknown enum table '" + m.enum_name + "'", m.name);
          m.group_bytes = nbytes;
          m.shift = total - used - m.bits;
          used += m.bits;
          m.static_offset = off_fixed ? std::optional<std::int64_t>(off_static) : std::nullopt;
          known_names[m.name] = &m;
        }
        off_static += nbytes;
        i = j;
        continue;
      }
      // Byte-aligned fields.
      f.static_offset = off_fixed && !f.cond ? std::optional<std::int64_t>(off_static) : std::nullopt;
      std::optional<std::int64_t> static_size;
      if (f.kind == Kind::uint) {
        f.group_bytes = f.bits / 8;
        static_size = f.group_bytes;
      } else if (is_fixed(f.kind)) {
        static_size = fixed_bytes(f.kind);
      } else if (f.size_rest) {
        if (i != leaves.size() - 1) c.error(p.file, f.line, "'bytes: rest' must be the last field", f.name);
        if (p.header_size) c.error(p.file, f.line, "'bytes: rest' needs header_size rest (or none)", f.name);
      } else if (!f.size) {
        return;
      } else {
        if (!check_names(*f.size, f.name, f.line, known_names, true, false)) return;
        static_size = const_value(*f.size);
      }
      if (f.cond) {
        if (!cond_ok) return;
        off_fixed = false;
      } else if (static_size) {
        off_static += *static_size;
      } else {
        if (!fixed_size) fixed_size = off_static;
        off_fixed = false;
      }
      if (f.cond && !fixed_size) fixed_size = off_static;
      known_names[f.name] = &f;
      ++i;
    }
    p.fixed_size = fixed_size.value_or(off_static);
    // Top-level expressions: any field, plus parent_len.
    for (const auto* ast : {&p.header_size, &p.total_size})
      if (*ast) check_names(**ast, "", p.line, all_names, false, true);
    if (p.fragment)
      for (const auto* ast : {&p.fragment->offset, &p.fragment->more, &p.fragment->next_key})
        if (*ast) check_names(**ast, "", p.fragment->line, all_names, false, false);
    if (p.stream)
      for (const auto* ast : {&p.stream->syn, &p.stream->fin, &p.stream->reset})
        if (*ast) check_names(**ast, "", p.stream->line, all_names, false, false);
    for (const Next& n : p.next) {
      for (const Expr& k : n.keys) check_names(k, "", n.line, all_names, false, true);
      for (const auto* cond : {&n.when, &n.partial})
        if (*cond) check_names(**cond, "", n.line, all_names, false, true);
    }
    for (std::size_t k = 0; k < leaves.size(); ++k) {
      Field& f = *leaves[k];
      check_list_type(p, f);
      if (has_repeat(f)) c.error(p.file, f.line, "repeat is for the fields of a case (a list element's or a switch's)", f.name);
      if (f.switch_expr) {
        std::map<std::string, Field*> before;
        for (std::size_t b = 0; b < k; ++b) before[leaves[b]->name] = leaves[b];
        check_names(*f.switch_expr, f.name, f.line, before, false, false);
      }
    }
    for (auto& [_, t] : p.types) {
      if (t->header.empty()) t->length_at = t->kind_bytes;   // plain layout: kind, then length
      if (!t->kind_enum.empty() && !has_enum(p, t->kind_enum))
        c.error(p.file, t->line, "type '" + t->name + "': unknown enum table '" + t->kind_enum + "'");
      if (!t->header.empty()) layout_header(p, *t);
      std::map<const std::vector<Field>*, std::int64_t> done;
      for (auto& [kind, fields] : t->cases) {
        auto it = done.find(fields.get());
        if (it == done.end()) it = done.emplace(fields.get(), layout_case(p, *t, std::to_string(kind), *fields)).first;
        t->case_sizes[kind] = it->second;
      }
      if (t->default_fields) t->default_size = layout_case(p, *t, "default", *t->default_fields);
    }
    for (Field* f : leaves) {
      const auto check = [&](const std::string& k, std::int64_t x) {
        const Int limit = f->bits >= 100 ? Int{1} << 100 : (Int{1} << f->bits) * f->scale;
        if (f->bits && x >= limit)
          c.error(p.file, f->line, "check " + k + " " + std::to_string(x) + " can never hold in " + std::to_string(f->bits) + " bits", f->name);
      };
      for (const std::string& k : f->valid.order) {
        if (k == "in") {
          for (std::int64_t x : *f->valid.in) check(k, x);
        } else {
          check(k, *(k == "eq" ? f->valid.eq : k == "min" ? f->valid.min : f->valid.max));
        }
      }
    }
  }

  /// A `tlv: {header: …}` element: lays the header fields out and finds the kind and length.
  void layout_header(Protocol& p, TlvType& t) {
    const std::string where = "type '" + t.name + "' header";
    for (const Field& f : t.header) {
      if (is_rest(f) || has_repeat(f) || !f.list_type.empty() || f.switch_expr) {
        c.error(p.file, f.line, where + ": header fields have fixed sizes", f.name);
        return;
      }
    }
    t.head = static_cast<int>(layout_case(p, t, "header", t.header));
    std::map<std::string, const Field*> by_name;
    for (const Field& f : t.header) by_name[f.name] = &f;
    std::vector<const Field*> kinds;
    std::vector<std::string> missing;
    for (const std::string& k : t.kind_fields) {
      auto it = by_name.find(k);
      kinds.push_back(it == by_name.end() ? nullptr : it->second);
      if (!kinds.back()) missing.push_back(k);
    }
    if (!missing.empty()) {
      c.error(p.file, t.line, "type '" + t.name + "': kind names no header field (" + join(missing) + ")");
      return;
    }
    const std::int64_t at = kinds[0]->static_offset.value_or(0);
    std::optional<int> size = 0;
    for (const Field* k : kinds) {
      if (k->kind != Kind::uint || k->declared_bits || k->static_offset != at + *size) {
        c.error(p.file, k->line, "type '" + t.name + "': the kind is whole-byte integer fields next to each other", k->name);
        size.reset();
        break;
      }
      *size += k->bits / 8;
    }
    if (size && *size > 4) {
      c.error(p.file, t.line, "type '" + t.name + "': the kind is at most 4 bytes, got " + std::to_string(*size));
    } else if (size) {
      t.kind_at = static_cast<int>(at);
      t.kind_bytes = *size;
      if (kinds.size() == 1 && !kinds[0]->enum_name.empty() && t.kind_enum.empty()) t.kind_enum = kinds[0]->enum_name;
    }
    auto ln_it = by_name.find(t.length_field);
    const Field* ln = ln_it == by_name.end() ? nullptr : ln_it->second;
    if (!ln || ln->kind != Kind::uint || ln->scale != 1) {
      c.error(p.file, t.line, "type '" + t.name + "': length names no unscaled integer header field ('" + t.length_field + "')");
      return;
    }
    const int nbytes = ln->group_bytes;
    if (nbytes != 1 && nbytes != 2) {
      c.error(p.file, ln->line, "type '" + t.name + "': the length sits in 1 or 2 bytes", ln->name);
      return;
    }
    t.length_at = static_cast<int>(ln->static_offset.value_or(0));
    t.length_bytes = nbytes;
    if (ln->declared_bits && ln->bits < nbytes * 8) {
      t.length_mask = static_cast<std::uint32_t>((std::uint64_t{1} << ln->bits) - 1);
      t.length_shift = ln->shift;
    }
  }

  /// Lays out the fields of one case from offset 0 (layout.py's layout_case()); returns the fixed
  /// size the case needs.
  std::int64_t layout_case(Protocol& p, const TlvType& t, const std::string& kind, std::vector<Field>& fields) {
    const std::string where = (t.switch_ ? "field '" : "type '") + t.name + "' case " + kind;
    std::int64_t off = 0;
    std::size_t i = 0;
    const Field* counted = nullptr;   // the counted repeat seen, if any: the fields after it start at run time
    std::map<std::string, const Field*> earlier;
    while (i < fields.size()) {
      Field& f = fields[i];
      const bool last = i == fields.size() - 1;
      if (f.cond) c.error(p.file, f.line, where + ": fields of a case cannot be conditional", f.name);
      if (f.switch_expr) c.error(p.file, f.line, where + ": a switch field belongs to the protocol's fields", f.name);
      if (f.repeat_to_end && !last) c.error(p.file, f.line, where + ": only the last field can repeat to the end", f.name);
      if (counted) {
        if (!(is_rest(f) && last))
          c.error(p.file, f.line, where + ": after a counted repeat ('" + counted->name + "') only a last 'bytes: rest' may follow", f.name);
        f.after_count = true;
      }
      if (f.repeat_count) {
        std::vector<const Expr*> names;
        expr_names(*f.repeat_count, names);
        for (const Expr* n : names) {
          auto it = earlier.find(n->name);
          const Field* target = it == earlier.end() ? nullptr : it->second;
          if (n->kind != Expr::Kind::name || !target || target->kind != Kind::uint || has_repeat(*target))
            c.error(p.file, f.line, where + ": the count may use earlier integer fields of the case, not '" + n->name + "'", f.name);
        }
        counted = &f;
      }
      check_list_type(p, f);
      if (!f.list_type.empty() && !is_rest(f)) c.error(p.file, f.line, where + ": a list in a case must be 'bytes: rest'", f.name);
      if (!f.enum_name.empty() && !has_enum(p, f.enum_name))
        c.error(p.file, f.line, "unknown enum table '" + f.enum_name + "'", f.name);
      if (is_bitfield(f)) {
        const auto [j, total] = bit_run(fields, i);
        if (total % 8 || total > 64) {
          c.error(p.file, f.line, where + ": bit fields starting here add up to " + std::to_string(total) +
                                      " bits, not whole bytes (at most 64)", f.name);
          return off;
        }
        int used = 0;
        for (std::size_t k = i; k < j; ++k) {
          Field& m = fields[k];
          m.static_offset = off;
          m.group_bytes = total / 8;
          m.shift = total - used - m.bits;
          used += m.bits;
          earlier[m.name] = &m;
        }
        off += total / 8;
        i = j;
        continue;
      }
      earlier[f.name] = &f;
      f.static_offset = off;
      if (f.kind == Kind::uint) {
        f.group_bytes = f.bits / 8;
        f.shift = 0;
        off += f.bits / 8;
      } else if (is_fixed(f.kind)) {
        off += fixed_bytes(f.kind);
      } else if (f.kind == Kind::structure) {
        int size = 0;
        for (Field& m : f.children) {
          if (m.kind == Kind::uint && !is_bitfield(m)) {
            m.static_offset = size;
            m.group_bytes = m.bits / 8;
            m.shift = 0;
            size += m.bits / 8;
          } else if (is_fixed(m.kind)) {
            m.static_offset = size;
            size += fixed_bytes(m.kind);
          } else {
            c.error(p.file, m.line, where + ": struct members in a case must be whole-byte integers or addresses", m.name);
          }
        }
        f.elem_size = size;
        off += has_repeat(f) ? 0 : size;
      } else if (f.kind == Kind::bytes) {
        if (f.size_rest) {
          if (!last) c.error(p.file, f.line, where + ": 'bytes: rest' must be the last field", f.name);
        } else {
          const auto size = f.size ? const_value(*f.size) : std::nullopt;
          if (!size) {
            c.error(p.file, f.line, where + ": a bytes field of a case needs a constant size or rest", f.name);
            return off;
          }
          f.const_size = *size;
          off += *size;
        }
      }
      if (has_repeat(f) && !is_address_or_uint(f.kind) && f.kind != Kind::structure)
        c.error(p.file, f.line, where + ": repeat applies to integers, addresses and structs", f.name);
      if (has_repeat(f) && f.kind != Kind::structure) {
        f.elem_size = f.kind == Kind::uint ? f.bits / 8 : fixed_bytes(f.kind);
        off -= f.elem_size;   // a repeated field may occur zero times
      }
      ++i;
    }
    return off;
  }
};

// ---- check.py -------------------------------------------------------------------------------

const std::set<std::string> kBuiltinTables = {"linktype"};   // the runtime looks up a frame's link type here

void check_all(Collector& c, std::vector<std::shared_ptr<Protocol>>& protocols, const std::vector<Extra>& extras,
               const std::map<std::string, EnumTable>& tables, const Known& known) {
  std::map<std::string, Protocol*> by_name, by_alias;
  std::vector<std::string> name_order;
  Layout layout{c, tables, known};
  for (std::size_t i = 0; i < protocols.size(); ++i) {
    Protocol& p = *protocols[i];
    const std::string key = lower(p.name);
    if (auto it = by_name.find(key); it != by_name.end())
      c.error(p.file, p.line, "protocol '" + p.name + "' is also defined in " + it->second->file);
    else
      name_order.push_back(key);
    by_name[key] = &p;
    if (auto it = by_alias.find(p.alias); it != by_alias.end())
      c.error(p.file, p.line, "alias '" + p.alias + "' is also used by " + it->second->file);
    by_alias[p.alias] = &p;
    if (!p.message) layout.protocol(p);
    else p.fixed_size = 0;
    if (p.transparent && p.layer != Layer::none)
      c.error(p.file, p.line, "a transparent protocol is not shown, so it has no layer");
    for (const ValuePtr& um : extras[i].umbrella)
      if (!um->is_str() || um->s.empty()) c.error(p.file, p.line, "umbrella names must be strings, got " + yaml::py_repr(*um));
  }
  std::set<std::string> umbrellas;
  for (const auto& p : protocols)
    for (const std::string& u : p->umbrella) umbrellas.insert(lower(u));
  for (const std::string& key : name_order)   // Python walks a set here; spec order is one of its orders
    if (umbrellas.count(key))
      c.error(by_name[key]->file, by_name[key]->line, "'" + by_name[key]->name + "' is also used as an umbrella name");
  if (known.protocol) {
    for (const auto& p : protocols)
      for (const std::string& u : p->umbrella)
        if (!by_name.count(lower(u)) && known.protocol(u))
          c.error(p->file, p->line, "'" + u + "' is also used as an umbrella name");
  } else {   // a whole folder: its Raw
    std::vector<std::string> files;
    for (const auto& p : protocols)
      if (p->fallback) files.push_back(p->file);
    if (files.size() != 1)
      c.error("specs", 0, "exactly one spec must say 'fallback: true' (the Raw protocol); found " + (files.empty() ? "none" : join(files)));
  }
  const auto find = [&](const std::string& name) -> Protocol* {
    auto it = by_name.find(lower(name));
    return it == by_name.end() ? nullptr : it->second;
  };
  const auto compiled = [&](const std::string& name) { return known.protocol && known.protocol(name); };
  const auto fields_of = [](Protocol& p) {
    std::map<std::string, const Field*> out;
    for (const Field* f : leaves_of(p)) out[f->name] = f;
    return out;
  };
  for (auto& pp : protocols) {
    Protocol& p = *pp;
    if (!p.fragment) continue;
    const Fragment& fr = *p.fragment;
    auto fields = fields_of(p);
    for (const std::string& k : fr.key)
      if (!fields.count(k) || !is_address_or_uint(fields[k]->kind))
        c.error(p.file, fr.line, "fragment: key '" + k + "' is no integer or address field of " + p.name);
    if (fr.scope.empty()) continue;
    Protocol* sp = find(fr.scope);
    if (!sp) {
      if (!compiled(fr.scope)) c.error(p.file, fr.line, "fragment: no spec defines scope protocol '" + fr.scope + "'");
      continue;
    }
    auto sfields = fields_of(*sp);
    for (const std::string& k : fr.scope_key) {
      auto it = sfields.find(k);
      if (it == sfields.end() || !is_address_or_uint(it->second->kind) || !it->second->static_offset)
        c.error(p.file, fr.line, "fragment: scope key '" + k + "' is no fixed-place integer or address field of " + sp->name);
    }
  }
  for (auto& pp : protocols) {
    Protocol& p = *pp;
    if (!p.stream) continue;
    Stream& st = *p.stream;
    auto fields = fields_of(p);
    for (const std::string* k : {&st.src, &st.dst, &st.seq})
      if (!k->empty() && (!fields.count(*k) || fields[*k]->kind != Kind::uint))
        c.error(p.file, st.line, "stream: '" + *k + "' is no integer field of " + p.name);
    if (fields.count(st.seq) && fields[st.seq]->kind == Kind::uint) st.seq_bits = fields[st.seq]->bits;
    for (const std::string& name : st.scopes) {
      Protocol* sp = find(name);
      if (!sp) {
        if (!compiled(name)) c.error(p.file, st.line, "stream: no spec defines scope protocol '" + name + "'");
        continue;
      }
      auto sfields = fields_of(*sp);
      for (const std::string* k : {&st.scope_src, &st.scope_dst}) {
        auto it = sfields.find(*k);
        const Kind kind = it == sfields.end() ? Kind::uint : it->second->kind;
        if (it == sfields.end() || !(kind == Kind::ipv4 || kind == Kind::ipv6 || kind == Kind::mac) || !it->second->static_offset)
          c.error(p.file, st.line, "stream: scope field '" + *k + "' is no fixed-place address field of " + sp->name);
      }
    }
  }
  std::set<std::string> used_tables = kBuiltinTables;
  for (const auto& p : protocols) {
    if (p->fragment && !p->fragment->next_table.empty()) used_tables.insert(p->fragment->next_table);
    if (p->stream && !p->stream->next_table.empty()) used_tables.insert(p->stream->next_table);
    for (const Next& n : p->next) {
      if (!n.heuristic.empty()) continue;
      if (!n.protocol.empty()) {
        if (!find(n.protocol) && !compiled(n.protocol))
          c.error(p->file, n.line, "next: no spec defines protocol '" + n.protocol + "'");
      } else {
        used_tables.insert(n.table);
      }
    }
  }
  std::map<std::pair<std::string, std::uint64_t>, const Protocol*> seen;
  for (const auto& p : protocols) {
    for (const Bind& b : p->binds) {
      if (!used_tables.count(b.table) && !(known.table && known.table(b.table)))
        c.error(p->file, b.line, "binds into table '" + b.table + "', which no spec's 'next' looks up (known: " +
                                     join(std::vector<std::string>(used_tables.begin(), used_tables.end())) + ")");
      const auto key = std::make_pair(b.table, b.value);
      const std::string value = yaml::hex_str(static_cast<Int>(b.value));
      if (auto it = seen.find(key); it != seen.end() && it->second != p.get()) {
        c.error(p->file, b.line, b.table + " " + value + " is already bound by " + it->second->name + " (" + it->second->file + ")");
      } else if (it == seen.end() && known.bound) {
        if (const std::string other = known.bound(b.table, b.value); !other.empty())
          c.error(p->file, b.line, b.table + " " + value + " is already bound by " + other);
      }
      seen[key] = p.get();
    }
  }
}

// ---- Slots for the interpreter --------------------------------------------------------------

/// Points every name in `e` at the last field named so among fields[0, end) (-1: parent_len).
template <class Ptr>
void resolve(Expr& e, const std::vector<Ptr>& fields, std::size_t end, auto&& name_of) {
  std::vector<Expr*> names;
  expr_names(e, names);
  for (Expr* n : names) {
    if (n->kind == Expr::Kind::name && n->name == "parent_len") {
      n->slot = -1;
      continue;
    }
    for (std::size_t i = std::min(end, fields.size()); i-- > 0;)
      if (name_of(fields[i]) == n->name) {
        n->slot = static_cast<int>(i);
        break;
      }
  }
}

void resolve_slots(Protocol& p) {
  std::vector<Field*> leaves = leaves_of(p);
  const auto leaf_name = [](Field* f) -> const std::string& { return f->name; };
  const auto whole = [&](std::optional<Expr>& e) {
    if (e) resolve(*e, leaves, leaves.size(), leaf_name);
  };
  whole(p.header_size);
  whole(p.total_size);
  for (Next& n : p.next) {
    for (Expr& k : n.keys) resolve(k, leaves, leaves.size(), leaf_name);
    whole(n.when);
    whole(n.partial);
  }
  if (p.fragment) {
    whole(p.fragment->offset);
    whole(p.fragment->more);
    whole(p.fragment->next_key);
  }
  if (p.stream) {
    whole(p.stream->syn);
    whole(p.stream->fin);
    whole(p.stream->reset);
  }
  for (std::size_t i = 0; i < leaves.size(); ++i)
    for (auto* e : {&leaves[i]->cond, &leaves[i]->size, &leaves[i]->switch_expr})
      if (*e) resolve(**e, leaves, i, leaf_name);
  const auto field_name = [](const Field& f) -> const std::string& { return f.name; };
  std::set<const std::vector<Field>*> done;
  const auto in_case = [&](std::vector<Field>& fields) {
    if (!done.insert(&fields).second) return;
    for (std::size_t i = 0; i < fields.size(); ++i)
      for (auto* e : {&fields[i].repeat_count, &fields[i].size, &fields[i].cond})
        if (*e) resolve(**e, fields, i, field_name);
  };
  for (auto& [_, t] : p.types) {
    in_case(t->header);
    for (auto& [kind, fields] : t->cases) in_case(*fields);
    if (t->default_fields) in_case(*t->default_fields);
  }
}

std::string display_in(const fs::path& root, const fs::path& path) { return path.lexically_relative(root).generic_string(); }

fs::path absolute_dir(const std::string& dir) {
  fs::path abs = fs::absolute(dir).lexically_normal();
  if (!abs.has_filename() && abs.has_parent_path() && abs != abs.root_path()) abs = abs.parent_path();
  return abs;
}

}  // namespace

Loaded load_specs(const std::vector<std::string>& spec_files, const std::vector<std::string>& table_dirs, const Known& known,
                  const std::function<std::string(const std::string&)>& display) {
  Collector c;
  Loaded out;
  for (const std::string& dir : table_dirs) load_tables(c, dir, display, out.tables);
  std::vector<RawDoc> raw_docs;
  for (const std::string& path : spec_files) {
    const std::string shown = display(path);
    ValuePtr doc;
    try {
      doc = yaml::load_yaml(path);
    } catch (const yaml::YamlError& e) {
      c.error(shown, e.line, "YAML: " + e.problem);
      continue;
    }
    if (!doc->is_map()) {
      c.error(shown, 1, "a spec is a mapping starting with 'protocol:'");
      continue;
    }
    auto same = std::find_if(raw_docs.begin(), raw_docs.end(), [&](const RawDoc& d) { return d.display == shown; });
    if (same != raw_docs.end()) same->doc = doc;
    else raw_docs.push_back(RawDoc{shown, doc});
  }
  std::vector<Extra> extras;
  for (const RawDoc& raw : raw_docs) {
    Extra extra;
    if (auto p = load_protocol(c, raw, raw_docs, extra)) {
      out.protocols.push_back(std::move(p));
      extras.push_back(std::move(extra));
    }
  }
  if (c.errors.empty()) {
    check_all(c, out.protocols, extras, out.tables, known);
    for (auto& p : out.protocols) resolve_slots(*p);
  }
  out.errors = std::move(c.errors);
  return out;
}

Loaded load_folder(const std::string& dir) {
  const fs::path abs = absolute_dir(dir);
  const fs::path root = abs.parent_path();
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(abs, ec))
    if (entry.path().filename().string().ends_with(".yaml")) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return load_specs(files, {(abs / "tables").string()}, Known{},
                    [&](const std::string& path) { return display_in(root, fs::path(path)); });
}

std::vector<SpecError> lint_folder(const std::string& dir) { return load_folder(dir).errors; }

}  // namespace jspcap::spec
