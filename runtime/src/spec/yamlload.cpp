// yamlload.py on yaml-cpp: events build a node tree (aliases point at their anchor's node), then
// the tree is constructed with PyYAML's safe-loader rules: YAML 1.1 implicit scalars, `<<` merge
// keys, a duplicate key as an error, one constructed object per node.
#include "spec/yamlload.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "spec/expr.hpp"

namespace jspcap::spec::yaml {
namespace {

const std::string kTag = "tag:yaml.org,2002:";

struct YNode {
  enum class Kind : std::uint8_t { scalar, seq, map };
  Kind kind = Kind::scalar;
  std::string tag;     ///< "?" plain, "!" quoted, else the resolved explicit tag
  std::string value;
  int line = 0;        ///< 0-based
  std::vector<YNode*> kids;   ///< seq: items; map: key, value, key, value…
};

class Builder final : public YAML::EventHandler {
 public:
  std::vector<std::unique_ptr<YNode>> nodes;
  YNode* root = nullptr;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t a) override { add(make(YNode::Kind::scalar, m, kTag + "null", ""), a); }
  void OnAlias(const YAML::Mark&, YAML::anchor_t a) override { add(anchors_.at(a), 0); }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a, const std::string& v) override {
    add(make(YNode::Kind::scalar, m, tag, v), a);
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a, YAML::EmitterStyle::value) override {
    open(make(YNode::Kind::seq, m, tag, ""), a);
  }
  void OnSequenceEnd() override { stack_.pop_back(); }
  void OnMapStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a, YAML::EmitterStyle::value) override {
    open(make(YNode::Kind::map, m, tag, ""), a);
  }
  void OnMapEnd() override { stack_.pop_back(); }
  /// The innermost open collection has no entry yet (where a parse stopped).
  bool open_is_empty() const noexcept { return !stack_.empty() && stack_.back()->kids.empty(); }

 private:
  YNode* make(YNode::Kind kind, const YAML::Mark& m, const std::string& tag, const std::string& v) {
    nodes.push_back(std::make_unique<YNode>(YNode{kind, tag, v, m.line, {}}));
    return nodes.back().get();
  }
  void add(YNode* n, YAML::anchor_t a) {
    if (a) anchors_[a] = n;
    if (stack_.empty()) root = n;
    else stack_.back()->kids.push_back(n);
  }
  void open(YNode* n, YAML::anchor_t a) {
    add(n, a);
    stack_.push_back(n);
  }
  std::map<YAML::anchor_t, YNode*> anchors_;
  std::vector<YNode*> stack_;
};

const std::regex kBool("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
const std::regex kFloat(
    "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
    "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
const std::regex kInt(
    "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
const std::regex kNull("~|null|Null|NULL|");

/// PyYAML's implicit resolver for a plain scalar.
std::string resolve(const std::string& v) {
  if (std::regex_match(v, kBool)) return kTag + "bool";
  if (std::regex_match(v, kFloat)) return kTag + "float";
  if (std::regex_match(v, kInt)) return kTag + "int";
  if (std::regex_match(v, kNull)) return kTag + "null";
  if (v == "<<") return kTag + "merge";
  return kTag + "str";
}

/// Python's integers have no limit; ours stop growing here, far past any field or binding value
/// (which the lint then refuses as too large), so that no arithmetic overflows.
constexpr Int kHuge = Int{1} << 120;

/// v * m + a, saturating at kHuge (all three non-negative).
Int grow(Int v, Int m, Int a) noexcept { return v > (kHuge - a) / m ? kHuge : v * m + a; }

Int parse_digits(std::string_view s, int base) {
  Int v = 0;
  for (char ch : s) {
    const int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    v = grow(v, base, d);
  }
  return v;
}

/// construct_yaml_int
Int construct_int(std::string v, int line) {
  std::erase(v, '_');
  Int sign = 1;
  if (!v.empty() && v[0] == '-') sign = -1;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) v.erase(0, 1);
  const auto bad = [&] { throw YamlError{line, "invalid literal for int(): " + spec::py_repr(v)}; };
  if (v.empty()) bad();
  if (v == "0") return 0;
  if (v.starts_with("0b")) return v.size() > 2 ? sign * parse_digits(v.substr(2), 2) : (bad(), 0);
  if (v.starts_with("0x")) return v.size() > 2 ? sign * parse_digits(v.substr(2), 16) : (bad(), 0);
  if (v[0] == '0') return sign * parse_digits(v, 8);
  if (v.find(':') != std::string::npos) {
    Int value = 0, base = 1;
    std::vector<std::string> parts;
    std::stringstream ss(v);
    for (std::string part; std::getline(ss, part, ':');) parts.push_back(part);
    for (auto it = parts.rbegin(); it != parts.rend(); ++it, base = grow(base, 60, 0))
      value = std::min(kHuge, value + std::min(kHuge / base, parse_digits(*it, 10)) * base);
    return sign * value;
  }
  return sign * parse_digits(v, 10);
}

/// construct_yaml_float
double construct_float(std::string v) {
  std::erase(v, '_');
  for (char& ch : v) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  double sign = 1;
  if (!v.empty() && v[0] == '-') sign = -1;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) v.erase(0, 1);
  if (v == ".inf") return sign * INFINITY;
  if (v == ".nan") return NAN;
  if (v.find(':') != std::string::npos) {
    double value = 0, base = 1;
    std::vector<std::string> parts;
    std::stringstream ss(v);
    for (std::string part; std::getline(ss, part, ':');) parts.push_back(part);
    for (auto it = parts.rbegin(); it != parts.rend(); ++it, base *= 60) value += std::stod(*it) * base;
    return sign * value;
  }
  return sign * std::strtod(v.c_str(), nullptr);
}

class Constructor {
 public:
  ValuePtr construct(const YNode* n) {
    if (auto it = done_.find(n); it != done_.end()) return it->second;
    if (!busy_.insert(n).second) throw YamlError{n->line + 1, "found unconstructable recursive node"};
    auto v = std::make_shared<Value>();
    switch (n->kind) {
      case YNode::Kind::scalar: scalar(*n, *v); break;
      case YNode::Kind::seq:
        check_tag(*n, "seq");
        v->type = Value::Type::list;
        for (const YNode* k : n->kids) v->items.push_back(construct(k));
        break;
      case YNode::Kind::map: mapping(*n, *v); break;
    }
    busy_.erase(n);
    done_[n] = v;
    return v;
  }

 private:
  static void check_tag(const YNode& n, const char* kind) {
    if (n.tag != "?" && n.tag != "!" && n.tag != kTag + kind)
      throw YamlError{n.line + 1, "could not determine a constructor for the tag " + spec::py_repr(n.tag)};
  }

  static void scalar(const YNode& n, Value& v) {
    const std::string tag = n.tag == "?" ? resolve(n.value) : n.tag == "!" ? kTag + "str" : n.tag;
    if (tag == kTag + "str") {
      v.type = Value::Type::string;
      v.s = n.value;
    } else if (tag == kTag + "null") {
      v.type = Value::Type::null;
    } else if (tag == kTag + "bool") {
      v.type = Value::Type::boolean;
      std::string low = n.value;
      for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      v.b = low == "yes" || low == "true" || low == "on";
    } else if (tag == kTag + "int") {
      v.type = Value::Type::integer;
      v.i = construct_int(n.value, n.line + 1);
    } else if (tag == kTag + "float") {
      v.type = Value::Type::floating;
      v.d = construct_float(n.value);
    } else {
      throw YamlError{n.line + 1, "could not determine a constructor for the tag " + spec::py_repr(tag)};
    }
  }

  /// flatten_mapping(): the pairs of `<<` merges first, then the mapping's own.
  void flatten(const YNode& n, std::vector<std::pair<const YNode*, const YNode*>>& out) {
    std::vector<std::pair<const YNode*, const YNode*>> merge, own;
    for (std::size_t i = 0; i + 1 < n.kids.size(); i += 2) {
      const YNode* k = n.kids[i];
      const YNode* val = n.kids[i + 1];
      const bool is_merge = k->kind == YNode::Kind::scalar &&
                            (k->tag == kTag + "merge" || (k->tag == "?" && k->value == "<<"));
      if (!is_merge) {
        own.emplace_back(k, val);
        continue;
      }
      if (val->kind == YNode::Kind::map) {
        flatten(*val, merge);
      } else if (val->kind == YNode::Kind::seq) {
        std::vector<std::vector<std::pair<const YNode*, const YNode*>>> sub;
        for (const YNode* m : val->kids) {
          if (m->kind != YNode::Kind::map)
            throw YamlError{m->line + 1, "expected a mapping for merging, but found " +
                                             std::string(m->kind == YNode::Kind::seq ? "sequence" : "scalar")};
          sub.emplace_back();
          flatten(*m, sub.back());
        }
        for (auto it = sub.rbegin(); it != sub.rend(); ++it) merge.insert(merge.end(), it->begin(), it->end());
      } else {
        throw YamlError{val->line + 1, "expected a mapping or list of mappings for merging, but found scalar"};
      }
    }
    out.insert(out.end(), merge.begin(), merge.end());
    out.insert(out.end(), own.begin(), own.end());
  }

  void mapping(const YNode& n, Value& v) {
    check_tag(n, "map");
    v.type = Value::Type::map;
    v.line = n.line + 1;
    std::vector<std::pair<const YNode*, const YNode*>> pairs;
    flatten(n, pairs);
    for (const auto& [kn, vn] : pairs) {
      ValuePtr key = construct(kn);
      for (const auto& [k, _] : v.pairs)
        if (py_equal(*k, *key)) throw YamlError{kn->line + 1, "duplicate key " + py_repr(*key)};
      ValuePtr val = construct(vn);
      v.pairs.emplace_back(std::move(key), std::move(val));
      v.key_lines.push_back(kn->line + 1);
    }
  }

  std::map<const YNode*, ValuePtr> done_;
  std::set<const YNode*> busy_;
};

/// yaml-cpp's wording of the common syntax errors, in PyYAML's where they mean the same.
std::string pyyaml_problem(const YAML::Exception& e, const std::string& text, const Builder& b) {
  const auto at = static_cast<std::size_t>(std::max(e.mark.pos, 0));
  const std::size_t bol = text.rfind('\n', at ? at - 1 : 0) == std::string::npos ? 0 : text.rfind('\n', at ? at - 1 : 0) + 1;
  const std::string indent = text.substr(bol, text.find_first_not_of(" \t", bol) - bol);
  if (indent.find('\t') != std::string::npos) return "found character '\\t' that cannot start any token";
  if (e.msg == "end of map flow not found" || e.msg == "end of sequence flow not found") {
    if (b.open_is_empty()) return "expected the node content, but found '<stream end>'";
    return e.msg == "end of map flow not found" ? "expected ',' or '}', but got '<stream end>'"
                                                : "expected ',' or ']', but got '<stream end>'";
  }
  if (e.msg == "the referenced anchor is not defined" && at < text.size() && text[at] == '*') {
    std::size_t end = at + 1;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != ',' &&
           text[end] != ']' && text[end] != '}')
      ++end;
    return "found undefined alias " + spec::py_repr(text.substr(at + 1, end - at - 1));
  }
  if (e.msg == "illegal map value") return "mapping values are not allowed here";
  return e.msg;
}

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, r.ptr);   // -d.ddde+XX, shortest round trip
  const auto e = sci.find('e');
  const int exp = std::stoi(sci.substr(e + 1));
  std::string sign = sci[0] == '-' ? "-" : "";
  std::string digits;
  for (char ch : sci.substr(sign.size(), e - sign.size()))
    if (ch != '.') digits += ch;
  if (exp < -4 || exp >= 16) {
    std::string m = digits.substr(0, 1) + (digits.size() > 1 ? "." + digits.substr(1) : "");
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    return sign + m + eb;
  }
  if (exp < 0) return sign + "0." + std::string(static_cast<std::size_t>(-exp - 1), '0') + digits;
  const auto point = static_cast<std::size_t>(exp) + 1;
  if (digits.size() <= point) return sign + digits + std::string(point - digits.size(), '0') + ".0";
  return sign + digits.substr(0, point) + "." + digits.substr(point);
}

}  // namespace

const Value* Value::get(std::string_view key) const noexcept {
  for (const auto& [k, v] : pairs)
    if (k->is_str() && k->s == key) return v.get();
  return nullptr;
}

int Value::line_of(std::string_view key) const noexcept {
  for (std::size_t i = 0; i < pairs.size(); ++i)
    if (pairs[i].first->is_str() && pairs[i].first->s == key) return key_lines[i];
  return line;
}

int Value::line_of(const Value& key) const noexcept {
  for (std::size_t i = 0; i < pairs.size(); ++i)
    if (py_equal(*pairs[i].first, key)) return key_lines[i];
  return line;
}

bool py_equal(const Value& a, const Value& b) noexcept {
  using T = Value::Type;
  if (&a == &b) return true;
  const auto numeric = [](const Value& v) { return v.is_int() || v.type == T::floating; };
  if (numeric(a) && numeric(b)) {
    if (a.type == T::floating || b.type == T::floating) {
      const double x = a.type == T::floating ? a.d : static_cast<double>(a.as_int());
      const double y = b.type == T::floating ? b.d : static_cast<double>(b.as_int());
      return x == y;
    }
    return a.as_int() == b.as_int();
  }
  if (a.type != b.type) return false;
  switch (a.type) {
    case T::null: return true;
    case T::string: return a.s == b.s;
    case T::list:
      if (a.items.size() != b.items.size()) return false;
      for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!py_equal(*a.items[i], *b.items[i])) return false;
      return true;
    case T::map:
      if (a.pairs.size() != b.pairs.size()) return false;
      for (const auto& [k, v] : a.pairs) {
        bool found = false;
        for (const auto& [k2, v2] : b.pairs)
          if (py_equal(*k, *k2)) {
            found = py_equal(*v, *v2);
            break;
          }
        if (!found) return false;
      }
      return true;
    default: return false;
  }
}

bool truthy(const Value& v) noexcept {
  switch (v.type) {
    case Value::Type::null: return false;
    case Value::Type::boolean: return v.b;
    case Value::Type::integer: return v.i != 0;
    case Value::Type::floating: return v.d != 0;
    case Value::Type::string: return !v.s.empty();
    case Value::Type::list: return !v.items.empty();
    case Value::Type::map: return !v.pairs.empty();
  }
  return false;
}

std::string int_str(Int v) {
  if (v == 0) return "0";
  const bool neg = v < 0;
  auto u = neg ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string out;
  for (; u; u /= 10) out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
  return neg ? "-" + out : out;
}

std::string hex_str(Int v) {
  const bool neg = v < 0;
  auto u = neg ? static_cast<unsigned __int128>(0) - static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string out;
  do {
    out.insert(out.begin(), "0123456789abcdef"[static_cast<int>(u % 16)]);
    u /= 16;
  } while (u);
  return (neg ? "-0x" : "0x") + out;
}

std::string py_repr(const Value& v) {
  switch (v.type) {
    case Value::Type::null: return "None";
    case Value::Type::boolean: return v.b ? "True" : "False";
    case Value::Type::integer: return int_str(v.i);
    case Value::Type::floating: return float_repr(v.d);
    case Value::Type::string: return spec::py_repr(v.s);
    case Value::Type::list: {
      std::string out = "[";
      for (std::size_t i = 0; i < v.items.size(); ++i) out += (i ? ", " : "") + py_repr(*v.items[i]);
      return out + "]";
    }
    case Value::Type::map: {
      std::string out = "{";
      for (std::size_t i = 0; i < v.pairs.size(); ++i)
        out += (i ? ", " : "") + py_repr(*v.pairs[i].first) + ": " + py_repr(*v.pairs[i].second);
      return out + "}";
    }
  }
  return "";
}

std::string py_str(const Value& v) { return v.is_str() ? v.s : py_repr(v); }

ValuePtr make_str(std::string s) {
  auto v = std::make_shared<Value>();
  v->type = Value::Type::string;
  v->s = std::move(s);
  return v;
}

ValuePtr load_yaml_text(const std::string& text) {
  std::istringstream in(text);
  Builder b;
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(b)) return std::make_shared<Value>();
    Builder extra;
    if (parser.HandleNextDocument(extra)) {
      // PyYAML reads content after a block collection at a lower indent as a syntax error unless
      // a `---` starts a second document
      const int line = extra.root ? extra.root->line : 0;
      std::size_t bol = 0;
      for (int l = 0; l < line && bol != std::string::npos; ++l) bol = text.find('\n', bol) + 1;
      const bool marker = bol != std::string::npos && text.compare(bol, 3, "---") == 0;
      throw YamlError{line + 1, marker ? "but found another document" : "expected <block end>, but found '?'"};
    }
  } catch (const YAML::Exception& e) {
    throw YamlError{e.mark.line + 1, pyyaml_problem(e, text, b)};
  }
  if (!b.root) return std::make_shared<Value>();
  return Constructor().construct(b.root);
}

ValuePtr load_yaml(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw YamlError{0, "cannot read " + path};
  std::ostringstream ss;
  ss << f.rdbuf();
  return load_yaml_text(ss.str());
}

}  // namespace jspcap::spec::yaml
