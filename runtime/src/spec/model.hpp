// The spec model the run-time interpreter works on: a C++ mirror of generator/jspcapgen/model.py
// (same names, same meaning), filled by the loader (spec/load.cpp) from YAML with yaml-cpp and
// laid out as generator/jspcapgen/layout.py does. Nothing here knows a protocol.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jspcap::spec {

/// An expression AST (generator/jspcapgen/expr.py): the same grammar, the same evaluation.
struct Expr {
  enum class Kind : std::uint8_t { num, name, attr, un, bin, cond, in };
  Kind kind = Kind::num;
  std::int64_t num = 0;     ///< num
  std::string op;           ///< un: "!" or "-"; bin: "+", "==", "&&", …
  std::string name;         ///< name / attr: the field ("flags" in flags.df, or "parent_len")
  std::string attr;         ///< attr: the flag ("df")
  std::vector<Expr> kids;   ///< un: [x]; bin: [a, b]; cond: [c, a, b]; in: [x, items…]
  /// Resolved by the loader for the interpreter: index of the named leaf in Protocol::leaves()
  /// (or in the case's fields), -1 for parent_len. Filled where the loader can; else -2.
  int slot = -2;
};

/// Evaluates with int64 C semantics; division/modulo by zero give 0 (expr.py's evaluate()).
/// `lookup(const Expr& node)` returns the value of a name/attr node.
template <class Lookup>
std::int64_t eval(const Expr& e, const Lookup& lookup) {
  switch (e.kind) {
    case Expr::Kind::num: return e.num;
    case Expr::Kind::name:
    case Expr::Kind::attr: return lookup(e);
    case Expr::Kind::un: {
      const std::int64_t v = eval(e.kids[0], lookup);
      return e.op == "!" ? std::int64_t{!v} : static_cast<std::int64_t>(0ULL - static_cast<std::uint64_t>(v));
    }
    case Expr::Kind::cond: return eval(e.kids[0], lookup) ? eval(e.kids[1], lookup) : eval(e.kids[2], lookup);
    case Expr::Kind::in: {
      const std::int64_t v = eval(e.kids[0], lookup);
      for (std::size_t i = 1; i < e.kids.size(); ++i)
        if (v == eval(e.kids[i], lookup)) return 1;
      return 0;
    }
    case Expr::Kind::bin: break;
  }
  const std::string& op = e.op;
  if (op == "&&") return eval(e.kids[0], lookup) && eval(e.kids[1], lookup);
  if (op == "||") return eval(e.kids[0], lookup) || eval(e.kids[1], lookup);
  const std::int64_t a = eval(e.kids[0], lookup), b = eval(e.kids[1], lookup);
  const auto ua = static_cast<std::uint64_t>(a), ub = static_cast<std::uint64_t>(b);
  switch (op[0]) {
    case '+': return static_cast<std::int64_t>(ua + ub);
    case '-': return static_cast<std::int64_t>(ua - ub);
    case '*': return static_cast<std::int64_t>(ua * ub);
    case '/': return b ? a / b : 0;
    case '%': return b ? a % b : 0;
    case '&': return op.size() == 2 ? (a && b) : (a & b);
    case '|': return op.size() == 2 ? (a || b) : (a | b);
    case '^': return a ^ b;
    case '<':
      if (op == "<<") return static_cast<std::int64_t>(ua << (ub & 63));
      return op == "<=" ? a <= b : a < b;
    case '>':
      if (op == ">>") return a >> (ub & 63);
      return op == ">=" ? a >= b : a > b;
    case '=': return a == b;
    case '!': return a != b;
    default: return 0;
  }
}

struct TlvType;

enum class Kind : std::uint8_t { uint, bytes, mac, ipv4, ipv6, structure };
enum class Format : std::uint8_t { dec, hex, boolean };
enum class ShowAs : std::uint8_t { none, hwaddr, ipaddr, text };
enum class ByteOrder : std::uint8_t { big, little, either };

struct Valid {
  std::optional<std::int64_t> eq, min, max;
  std::optional<std::vector<std::int64_t>> in;
  /// The order the spec gave the checks in (dissect checks them in this order).
  std::vector<std::string> order;
};

struct Field {
  std::string name;
  int line = 0;
  Kind kind = Kind::uint;
  std::string doc;
  int bits = 0;                        ///< uint: width in bits
  bool declared_bits = false;          ///< declared with bits: (packed MSB-first with its neighbours)
  bool size_rest = false;              ///< bytes: rest
  std::optional<Expr> size;            ///< bytes: size in bytes
  std::int64_t scale = 1;
  std::string enum_name;               ///< "" = none; a shared table or the protocol's own
  std::vector<std::pair<std::string, std::uint64_t>> flags;   ///< in spec order
  Format fmt = Format::dec;
  ShowAs show_as = ShowAs::none;
  Valid valid;
  ByteOrder byte_order = ByteOrder::big;
  bool hidden = false;
  std::optional<Expr> cond;            ///< `if:`
  std::vector<Field> children;         ///< struct members
  std::string list_type;               ///< bytes: a TLV list of this `types:` entry ("" = none)
  bool repeat_to_end = false;          ///< case fields: repeat: to_end
  std::optional<Expr> repeat_count;    ///< case fields: repeat: COUNT
  std::optional<Expr> switch_expr;     ///< bytes: switch
  std::shared_ptr<TlvType> switch_type;  ///< bytes with switch: the cases
  // Layout (layout.py)
  std::optional<std::int64_t> static_offset;  ///< byte offset when known without run-time values
  int group_bytes = 0;                 ///< uint: bytes of the enclosing bit group (or of the field)
  int shift = 0;                       ///< bit fields: right shift within the group
  bool after_count = false;            ///< case fields: after a counted repeat
  int elem_size = 0;                   ///< repeated case fields / structs: bytes per element
  std::optional<std::int64_t> const_size;  ///< case bytes fields: the constant size

  bool is_leaf() const noexcept { return kind != Kind::structure; }
};

struct TlvType {
  std::string name;
  int line = 0;
  int kind_bytes = 1;
  int length_bytes = 1;
  bool counts_header = false;
  int align = 1;
  int unit = 1;
  std::vector<std::uint16_t> one_byte;
  std::vector<std::uint16_t> end;
  std::string kind_enum;
  /// kind -> fields, in the spec's order (several kinds may share one list through YAML anchors;
  /// then they share the vector too).
  std::vector<std::pair<std::int64_t, std::shared_ptr<std::vector<Field>>>> cases;
  std::map<std::int64_t, std::int64_t> case_sizes;
  std::string ident;
  std::string doc;
  bool switch_ = false;
  std::string switch_text;
  std::shared_ptr<std::vector<Field>> default_fields;   ///< null: none
  std::int64_t default_size = 0;
  std::vector<Field> header;
  std::vector<std::string> kind_fields;
  std::string length_field;
  int kind_at = 0;
  int length_at = 0;
  std::uint32_t length_mask = 0;
  int length_shift = 0;
  int head = 0;
};

enum class Overlap : std::uint8_t { first, last, drop };

struct Fragment {
  int line = 0;
  std::vector<std::string> key;
  std::string scope;                   ///< "" = none
  std::vector<std::string> scope_key;
  std::optional<Expr> offset, more;
  std::string next_table;
  std::optional<Expr> next_key;
  Overlap overlap = Overlap::first;
};

struct Stream {
  int line = 0;
  std::vector<std::string> scopes;
  std::string scope_src, scope_dst;
  std::string src, dst, seq;
  int seq_bits = 0;
  std::optional<Expr> syn, fin, reset;
  std::string next_table;              ///< "" = none
  std::string heuristic;               ///< "" = none
};

struct Next {
  int line = 0;
  std::string table;                   ///< "" = none
  std::vector<Expr> keys;
  std::string protocol;                ///< fixed next protocol ("" = none)
  std::optional<Expr> when;            ///< `when`, or `unless` turned into !(…) as load.py does
  std::optional<Expr> partial;
  std::string heuristic;
};

struct Bind {
  std::string table;
  std::uint64_t value = 0;
  int line = 0;
};

struct Token {
  std::string name;
  std::vector<std::string> one_of;
  std::string prefix;
  int digits = 0;
  bool rest = false;
  bool optional = false;
};
struct StartRule {
  std::string receipt;
  std::vector<Token> tokens;
};
struct BodyRule {
  std::string receipt, token;
  std::vector<std::string> prefix;
  std::string answers;                 ///< the token of the answered message ("" = none)
  std::vector<std::string> answers_one_of;
  std::string header, last;
  std::string length;                  ///< none | header | chunked | close | tunnel
  bool interim = false;
};

enum class Layer : std::uint8_t { none, link, internet, transport, application };

struct Protocol {
  std::string name;
  std::string file;                    ///< as shown in messages ("specs/udp.yaml")
  int line = 0;
  std::string ident;
  std::string alias;
  std::string ref, doc;
  Layer layer = Layer::none;
  ByteOrder byte_order = ByteOrder::big;
  std::vector<std::string> tshark, umbrella;
  bool transparent = false;
  bool fallback = false;
  std::vector<Field> fields;
  bool header_rest = false;            ///< header_size: rest
  std::optional<Expr> header_size, total_size;
  std::vector<Next> next;
  std::vector<Bind> binds;
  std::vector<std::pair<std::string, std::map<std::uint64_t, std::string>>> enums;   ///< inline enums
  std::vector<std::pair<std::string, std::shared_ptr<TlvType>>> types;  ///< in spec order
  std::optional<std::vector<StartRule>> message;
  std::vector<BodyRule> message_body;
  std::vector<std::string> heuristics;
  std::optional<Fragment> fragment;
  std::optional<Stream> stream;
  // Layout
  std::int64_t fixed_size = 0;

  /// The leaf fields in wire order (struct members in place of their struct).
  std::vector<const Field*> leaves() const {
    std::vector<const Field*> out;
    walk(fields, out);
    return out;
  }

 private:
  static void walk(const std::vector<Field>& fs, std::vector<const Field*>& out) {
    for (const Field& f : fs) {
      if (f.kind == Kind::structure) walk(f.children, out);
      else out.push_back(&f);
    }
  }
};

struct EnumTable {
  std::string name, file, doc;
  std::map<std::uint64_t, std::string> values;
};

/// One lint error: printed as "file:line: field 'x': message" (field omitted when empty), exactly
/// as generator/jspcapgen/errors.py prints it.
struct SpecError {
  std::string file;
  int line = 0;
  std::string message;
  std::string field;
  std::string text() const {
    return file + ":" + std::to_string(line) + ": " + (field.empty() ? "" : "field '" + field + "': ") + message;
  }
};

}  // namespace jspcap::spec
