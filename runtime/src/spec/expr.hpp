// The spec expression language (generator/jspcapgen/expr.py): the parser, the walk over the
// names an expression uses, and constant folding. Messages are expr.py's, word for word.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "spec/model.hpp"

namespace jspcap::spec {

/// A malformed expression; what() is expr.py's ExprError message.
class ExprError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parses `text` (expr.py's parse() of a str). Throws ExprError.
Expr parse_expr(std::string_view text);
/// The same, for a YAML value that was not a str: `text` is Python's str() of it and `shown`
/// its repr(), which expr.py's parser messages quote (its tokenizer quotes repr(str(value))).
Expr parse_expr(std::string_view text, std::string_view shown);

/// Python's repr() of a str: 'x', or "it's" when the text holds a ' and no ".
std::string py_repr(std::string_view s);

/// Every name / attr node of `e`, in expr.py's names() order.
void expr_names(const Expr& e, std::vector<const Expr*>& out);
void expr_names(Expr& e, std::vector<Expr*>& out);

/// The value of an expression that uses no names (expr.py's const_value()), else nullopt.
std::optional<std::int64_t> const_value(const Expr& e);

}  // namespace jspcap::spec
