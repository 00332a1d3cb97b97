// The spec loader and lint of the run-time path: generator/jspcapgen/{load,check,layout}.py in
// C++, producing the model of spec/model.hpp laid out for the interpreter, with the generator's
// lint messages (same text, file:line and field, same order).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "spec/expr.hpp"
#include "spec/model.hpp"

namespace jspcap::spec {

/// What loaded specs may refer to besides each other: the compiled protocols, tables and enums.
/// An empty member means "nothing of that kind is compiled in".
struct Known {
  /// A compiled protocol with this display name (case-insensitive) exists and is NOT being replaced.
  std::function<bool(std::string_view)> protocol;
  /// A compiled shared enum table of this name exists.
  std::function<bool(std::string_view)> enum_table;
  /// "" or "NAME (FILE)" of the compiled protocol already bound at (table, value).
  std::function<std::string(std::string_view table, std::uint64_t value)> bound;
  /// A compiled dispatch table of this name exists.
  std::function<bool(std::string_view)> table;
};

struct Loaded {
  std::vector<std::shared_ptr<Protocol>> protocols;   ///< laid out, ready for the interpreter
  std::map<std::string, EnumTable> tables;            ///< shared enum tables loaded (tables/ folders)
  std::vector<SpecError> errors;                      ///< empty = OK
};

/// Loads spec files (each a protocol spec) plus the enum tables in `table_dirs` (each file
/// NAME.yaml), and lints them together as the generator does, with `known` standing in for what is
/// compiled in (pass an empty Known to lint a complete folder as the generator does; only then is
/// "exactly one fallback" required). `display(path)` gives the name used in messages. As in
/// load.py, errors while loading stop there (nothing is laid out or cross-checked).
Loaded load_specs(const std::vector<std::string>& spec_files, const std::vector<std::string>& table_dirs,
                  const Known& known, const std::function<std::string(const std::string&)>& display);

/// The generator's --lint of a whole folder: DIR/*.yaml and DIR/tables/*.yaml, named relative to
/// DIR's parent as generate.py does ("specs/ipv4.yaml"). Every error, in the generator's order.
std::vector<SpecError> lint_folder(const std::string& dir);

/// load_specs() of a whole folder as lint_folder() reads it.
Loaded load_folder(const std::string& dir);

}  // namespace jspcap::spec
