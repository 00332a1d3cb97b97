// A port of generator/jspcapgen/expr.py's parser: the same grammar, the same tree, the same
// messages (the tests compare them with the generator's).
#include "spec/expr.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace jspcap::spec {
namespace {

struct Token {
  enum class Kind : std::uint8_t { end, num, name, op };
  Kind kind = Kind::end;
  std::string text;       // name / op
  std::int64_t num = 0;
  bool operator==(const Token&) const = default;
};

bool is_op(const Token& t, std::string_view op) { return t.kind == Token::Kind::op && t.text == op; }

/// repr() of a token's value: an int for numbers, a quoted str otherwise.
std::string token_repr(const Token& t) {
  return t.kind == Token::Kind::num ? std::to_string(t.num) : py_repr(t.text);
}

bool py_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

std::int64_t to_int(std::string_view digits, int base) {
  std::uint64_t v = 0;
  for (char ch : digits) {
    const int d = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : std::tolower(ch) - 'a' + 10;
    v = v * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(d);   // wraps past 64 bits
  }
  return static_cast<std::int64_t>(v);
}

std::vector<Token> tokenize(std::string_view text) {
  static constexpr std::array<std::string_view, 8> kTwo = {"==", "!=", "<=", ">=", "<<", ">>", "&&", "||"};
  static constexpr std::string_view kOne = "-+*/%&|^<>!?:(),.";
  std::vector<Token> out;
  std::size_t pos = 0;
  const auto fail = [&] {
    throw ExprError("cannot read expression " + py_repr(text) + " at " + py_repr(text.substr(pos)));
  };
  while (pos < text.size()) {
    std::size_t p = pos;
    while (p < text.size() && py_space(text[p])) ++p;
    if (p == text.size()) break;
    const auto at = [&](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
    Token t;
    const char ch = text[p];
    if (std::isdigit(static_cast<unsigned char>(ch))) {
      t.kind = Token::Kind::num;
      std::size_t e = p + 2;
      if (ch == '0' && (at(p + 1) == 'x' || at(p + 1) == 'X') && std::isxdigit(static_cast<unsigned char>(at(p + 2)))) {
        while (std::isxdigit(static_cast<unsigned char>(at(e)))) ++e;
        t.num = to_int(text.substr(p + 2, e - p - 2), 16);
      } else if (ch == '0' && (at(p + 1) == 'b' || at(p + 1) == 'B') && (at(p + 2) == '0' || at(p + 2) == '1')) {
        while (at(e) == '0' || at(e) == '1') ++e;
        t.num = to_int(text.substr(p + 2, e - p - 2), 2);
      } else {
        e = p;
        while (std::isdigit(static_cast<unsigned char>(at(e)))) ++e;
        const std::string_view digits = text.substr(p, e - p);
        // int(x, 0) refuses a leading zero (Python 3 has no 017 octal)
        if (digits.size() > 1 && digits[0] == '0' && digits.find_first_not_of('0') != std::string_view::npos)
          throw ExprError("invalid literal for int() with base 0: " + py_repr(digits));
        t.num = to_int(digits, 10);
      }
      pos = e;
    } else if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '_') {
      std::size_t e = p;
      while (std::isalnum(static_cast<unsigned char>(at(e))) || at(e) == '_') ++e;
      const std::string_view word = text.substr(p, e - p);
      t.kind = Token::Kind::op;
      if (word == "or") t.text = "||";
      else if (word == "and") t.text = "&&";
      else if (word == "not") t.text = "!";
      else if (word == "in") t.text = "in";
      else t = Token{Token::Kind::name, std::string(word), 0};
      pos = e;
    } else {
      t.kind = Token::Kind::op;
      for (std::string_view two : kTwo)
        if (text.substr(p, 2) == two) t.text = two;
      if (t.text.empty()) {
        if (kOne.find(ch) == std::string_view::npos) fail();
        t.text = std::string(1, ch);
      }
      pos = p + t.text.size();
    }
    out.push_back(std::move(t));
  }
  return out;
}

constexpr std::array<std::array<std::string_view, 6>, 7> kBinary = {{
    {"||"}, {"&&"}, {"==", "!=", "<", "<=", ">", ">="}, {"|", "^", "&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"},
}};

class Parser {
 public:
  Parser(std::string_view text, std::string_view shown) : shown_(shown), toks_(tokenize(text)) {}

  Expr parse() {
    Expr node = expr();
    if (i_ != toks_.size()) throw ExprError("unexpected " + token_repr(toks_[i_]) + " in expression " + shown_);
    return node;
  }

 private:
  const Token& peek() const {
    static const Token kEnd;
    return i_ < toks_.size() ? toks_[i_] : kEnd;
  }
  Token take(std::string_view op = {}) {
    const Token& t = peek();
    if (t.kind == Token::Kind::end || (!op.empty() && !is_op(t, op)))
      throw ExprError("expected " + (op.empty() ? std::string("more") : "'" + std::string(op) + "'") + " in expression " + shown_);
    ++i_;
    return t;
  }

  Expr expr() {
    Expr cond = binary(0);
    if (is_op(peek(), "?")) {
      take("?");
      Expr yes = expr();
      take(":");
      Expr no = expr();
      Expr node;
      node.kind = Expr::Kind::cond;
      node.kids = {std::move(cond), std::move(yes), std::move(no)};
      return node;
    }
    return cond;
  }

  Expr binary(std::size_t level) {
    if (level == kBinary.size()) return unary();
    Expr node = binary(level + 1);
    const auto& ops = kBinary[level];
    while (true) {
      const Token& t = peek();
      const bool listed = t.kind == Token::Kind::op && !t.text.empty() &&
                          std::find(ops.begin(), ops.end(), t.text) != ops.end();
      if (listed) {
        Token op = take();
        Expr bin;
        bin.kind = Expr::Kind::bin;
        bin.op = op.text;
        bin.kids.push_back(std::move(node));
        bin.kids.push_back(binary(level + 1));
        node = std::move(bin);
      } else if (is_op(t, "in") && ops[0] == "==") {
        take();
        take("(");
        Expr in;
        in.kind = Expr::Kind::in;
        in.kids.push_back(std::move(node));
        in.kids.push_back(expr());
        while (is_op(peek(), ",")) {
          take(",");
          in.kids.push_back(expr());
        }
        take(")");
        node = std::move(in);
      } else {
        return node;
      }
    }
  }

  Expr unary() {
    const Token& t = peek();
    if (is_op(t, "!") || is_op(t, "-")) {
      Expr node;
      node.kind = Expr::Kind::un;
      node.op = take().text;
      node.kids.push_back(unary());
      return node;
    }
    return atom();
  }

  Expr atom() {
    const Token t = take();
    Expr node;
    if (t.kind == Token::Kind::num) {
      node.num = t.num;
      return node;
    }
    if (t.kind == Token::Kind::name) {
      node.kind = Expr::Kind::name;
      node.name = t.text;
      if (is_op(peek(), ".")) {
        take(".");
        const Token member = take();
        if (member.kind != Token::Kind::name)
          throw ExprError("expected a flag name after '" + t.text + ".' in " + shown_);
        node.kind = Expr::Kind::attr;
        node.attr = member.text;
      }
      return node;
    }
    if (is_op(t, "(")) {
      node = expr();
      take(")");
      return node;
    }
    throw ExprError("unexpected " + token_repr(t) + " in expression " + shown_);
  }

  std::string shown_;
  std::vector<Token> toks_;
  std::size_t i_ = 0;
};

template <class E, class Out>
void names_of(E& e, Out& out) {
  if (e.kind == Expr::Kind::name || e.kind == Expr::Kind::attr) {
    out.push_back(&e);
    return;
  }
  for (auto& k : e.kids) names_of(k, out);
}

}  // namespace

std::string py_repr(std::string_view s) {
  const bool dq = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos;
  const char q = dq ? '"' : '\'';
  std::string out(1, q);
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    if (ch == q || ch == '\\') out += {'\\', ch};
    else if (ch == '\n') out += "\\n";
    else if (ch == '\r') out += "\\r";
    else if (ch == '\t') out += "\\t";
    else if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += ch;   // UTF-8 passes through (Python shows printable non-ASCII as is)
    }
  }
  out += q;
  return out;
}

Expr parse_expr(std::string_view text) { return parse_expr(text, py_repr(text)); }

Expr parse_expr(std::string_view text, std::string_view shown) { return Parser(text, shown).parse(); }

void expr_names(const Expr& e, std::vector<const Expr*>& out) { names_of(e, out); }
void expr_names(Expr& e, std::vector<Expr*>& out) { names_of(e, out); }

std::optional<std::int64_t> const_value(const Expr& e) {
  std::vector<const Expr*> names;
  expr_names(e, names);
  if (!names.empty()) return std::nullopt;
  return eval(e, [](const Expr&) { return std::int64_t{0}; });
}

}  // namespace jspcap::spec
