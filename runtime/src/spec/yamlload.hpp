// YAML as generator/jspcapgen/yamlload.py sees it: PyYAML's safe loader (YAML 1.1 scalars: yes/no
// booleans, 0x/0b/0-octal integers) with every mapping remembering its line and its keys' lines,
// read with yaml-cpp's event parser. A node reached through an alias is the same Value (shared_ptr),
// as PyYAML hands out the same object; the loader relies on that for cases sharing one list.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jspcap::spec::yaml {

using Int = __int128;   // Python ints: u64 bind values and negative numbers both fit

struct Value;
using ValuePtr = std::shared_ptr<const Value>;

/// One constructed YAML value: what PyYAML's construct_object() returns.
struct Value {
  enum class Type : std::uint8_t { null, boolean, integer, floating, string, list, map };
  Type type = Type::null;
  bool b = false;
  Int i = 0;
  double d = 0;
  std::string s;
  std::vector<ValuePtr> items;                        ///< list
  std::vector<std::pair<ValuePtr, ValuePtr>> pairs;   ///< map, in file order
  std::vector<int> key_lines;                         ///< map: 1-based line of each key
  int line = 0;                                       ///< map: 1-based line where it starts

  bool is_int() const noexcept { return type == Type::integer || type == Type::boolean; }  ///< isinstance(x, int)
  bool is_plain_int() const noexcept { return type == Type::integer; }                     ///< … and not a bool
  bool is_str() const noexcept { return type == Type::string; }
  bool is_list() const noexcept { return type == Type::list; }
  bool is_map() const noexcept { return type == Type::map; }
  Int as_int() const noexcept { return type == Type::boolean ? Int{b} : i; }
  /// map: the value of a str key, or null.
  const Value* get(std::string_view key) const noexcept;
  bool has(std::string_view key) const noexcept { return get(key) != nullptr; }
  /// map: Node.line_of(): the key's line, else the mapping's.
  int line_of(std::string_view key) const noexcept;
  int line_of(const Value& key) const noexcept;
};

/// Python semantics on constructed values.
bool py_equal(const Value& a, const Value& b) noexcept;
bool truthy(const Value& v) noexcept;
std::string py_repr(const Value& v);
std::string py_str(const Value& v);
std::string int_str(Int v);
/// format(v, '#x'): 0x1f, -0x1f.
std::string hex_str(Int v);
ValuePtr make_str(std::string s);

/// A YAML error: yamlload.py's SpecError message after "YAML: " and the 1-based line.
struct YamlError {
  int line = 0;
  std::string problem;
};

/// Reads and constructs one YAML document (null for an empty file). Throws YamlError.
ValuePtr load_yaml(const std::string& path);
ValuePtr load_yaml_text(const std::string& text);

}  // namespace jspcap::spec::yaml
