// Decode-as overrides: parsed from tshark's `TABLE==VALUE,PROTOCOL` or a YAML file, consulted by
// lookup() before the specs' bindings. Knows no protocol: tables and protocols come from the
// generated registry.
#include "jspcap/decode_as.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <string>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "jspcap/error.hpp"
#include "jspcap/frame.hpp"
#include "spec/registry.hpp"

namespace jspcap {
namespace {

// The overrides in force: written by set_decode_as() only, read by lookup() on every table
// lookup (one relaxed load when there are none).
std::vector<DecodeAs>& overrides() {
  static std::vector<DecodeAs> v;
  return v;
}
std::atomic<bool> g_active{false};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string known_tables() {
  std::string out;
  for (std::size_t i = 0, n = table_count(); i < n; ++i) {
    const std::string name = table_name(static_cast<TableId>(i));
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

std::string known_protocols() {
  std::string out;
  for (std::size_t i = 1, n = protocol_count(); i <= n; ++i) {
    const ProtocolInfo& p = info(static_cast<ProtocolId>(i));
    if (p.transparent) continue;
    if (!out.empty()) out += ", ";
    out += p.alias;
  }
  return out;
}

/// A protocol by name, alias or one of tshark's names for it.
ProtocolId protocol_named(std::string_view name) {
  if (const ProtocolId id = find_protocol(name); id != ProtocolId::none) return id;
  const std::string want = lower(name);
  for (std::size_t i = 1, n = protocol_count(); i <= n; ++i) {
    std::string_view list = info(static_cast<ProtocolId>(i)).tshark;
    while (!list.empty()) {
      const auto comma = list.find(',');
      if (list.substr(0, comma) == want) return static_cast<ProtocolId>(i);
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
  }
  return ProtocolId::none;
}

std::uint64_t number(std::string_view text, std::string_view what, std::string_view origin) {
  text = trim(text);
  int base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    text.remove_prefix(2);
  }
  std::uint64_t v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v, base);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    throw DecodeAsError(fmt::format("{}: {} '{}' is not a number (decimal or 0x hex)", origin, what, text));
  return v;
}

DecodeAs make(std::string_view table, std::uint64_t first, std::uint64_t last, std::string_view protocol,
              std::string_view origin) {
  DecodeAs d;
  d.origin = std::string(origin);
  const auto t = find_table(trim(table));
  if (!t)
    throw DecodeAsError(fmt::format("{}: unknown table '{}' (known: {}; tshark's spelling with dots works too)",
                                    origin, trim(table), known_tables()));
  d.table = *t;
  d.protocol = protocol_named(trim(protocol));
  if (d.protocol == ProtocolId::none)
    throw DecodeAsError(fmt::format("{}: unknown protocol '{}' (known: {})", origin, trim(protocol), known_protocols()));
  if (first > last)
    throw DecodeAsError(fmt::format("{}: the range {}-{} is empty (the first value is the larger)", origin, first, last));
  d.first = first;
  d.last = last;
  return d;
}

void range_of(std::string_view value, std::uint64_t& first, std::uint64_t& last, std::string_view origin) {
  value = trim(value);
  // "A-B" is a range; a leading '-' would be a negative number, which no table holds.
  const auto dash = value.find('-', 1);
  if (dash == std::string_view::npos) {
    first = last = number(value, "value", origin);
  } else {
    first = number(value.substr(0, dash), "range start", origin);
    last = number(value.substr(dash + 1), "range end", origin);
  }
}

}  // namespace

std::optional<TableId> find_table(std::string_view name) noexcept {
  // tshark writes "udp.port" where the table is udp_port.
  char buf[64];
  if (name.empty() || name.size() >= sizeof buf) return std::nullopt;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '.') c = '_';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    buf[i] = c;
  }
  const std::string_view want(buf, name.size());
  for (std::size_t i = 0, n = table_count(); i < n; ++i)
    if (want == table_name(static_cast<TableId>(i))) return static_cast<TableId>(i);
  return std::nullopt;
}

DecodeAs parse_decode_as(std::string_view text, std::string_view origin) {
  const std::string where = fmt::format("{} '{}'", origin, text);
  const auto eq = text.find("==");
  const auto comma = text.rfind(',');
  if (eq == std::string_view::npos || comma == std::string_view::npos || comma < eq)
    throw DecodeAsError(fmt::format("{}: expected TABLE==VALUE,PROTOCOL, e.g. udp.port==4789,vxlan", where));
  std::uint64_t first = 0, last = 0;
  range_of(text.substr(eq + 2, comma - eq - 2), first, last, where);
  DecodeAs d = make(text.substr(0, eq), first, last, text.substr(comma + 1), where);
  d.origin = std::string(origin);
  return d;
}

std::vector<DecodeAs> load_decode_as(const std::filesystem::path& file) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(file.string());
  } catch (const YAML::BadFile&) {
    throw FileError(fmt::format("{}: cannot read the decode-as file", file.string()));
  } catch (const YAML::Exception& e) {
    throw DecodeAsError(fmt::format("{}:{}: not valid YAML: {}", file.string(), e.mark.line + 1, e.msg));
  }
  auto where = [&](const YAML::Node& n) { return fmt::format("{}:{}", file.string(), n.Mark().line + 1); };
  if (!root.IsMap() || !root["decode_as"])
    throw DecodeAsError(fmt::format("{}: expected a map with a 'decode_as' list", file.string()));
  const YAML::Node list = root["decode_as"];
  if (!list.IsSequence()) throw DecodeAsError(fmt::format("{}: 'decode_as' must be a list", where(list)));
  std::vector<DecodeAs> out;
  try {
    for (const YAML::Node& e : list) {
      const std::string at = where(e);
      if (e.IsScalar()) {
        out.push_back(parse_decode_as(e.as<std::string>(), at));
        continue;
      }
      if (!e.IsMap())
        throw DecodeAsError(fmt::format("{}: an entry is TABLE==VALUE,PROTOCOL or a map {{table, value or range, protocol}}", at));
      for (const auto& kv : e) {
        const auto key = kv.first.as<std::string>();
        if (key != "table" && key != "value" && key != "range" && key != "protocol")
          throw DecodeAsError(fmt::format("{}: unknown key '{}' (known: table, value, range, protocol)", where(kv.first), key));
      }
      if (!e["table"] || !e["protocol"] || !!e["value"] == !!e["range"])
        throw DecodeAsError(fmt::format("{}: an entry needs 'table', 'protocol' and one of 'value' or 'range'", at));
      const auto table = e["table"].as<std::string>();
      const auto protocol = e["protocol"].as<std::string>();
      if (e["range"]) {
        const YAML::Node r = e["range"];
        if (!r.IsSequence() || r.size() != 2)
          throw DecodeAsError(fmt::format("{}: 'range' is [first, last]", where(r)));
        out.push_back(make(table, number(r[0].as<std::string>(), "range start", at),
                           number(r[1].as<std::string>(), "range end", at), protocol, at));
      } else if (e["value"].IsSequence()) {
        for (const YAML::Node& v : e["value"]) {
          const std::uint64_t k = number(v.as<std::string>(), "value", where(v));
          out.push_back(make(table, k, k, protocol, where(v)));
        }
      } else {
        std::uint64_t first = 0, last = 0;
        range_of(e["value"].as<std::string>(), first, last, at);
        out.push_back(make(table, first, last, protocol, at));
      }
    }
  } catch (const YAML::Exception& e) {
    throw DecodeAsError(fmt::format("{}:{}: {}", file.string(), e.mark.line + 1, e.msg));
  }
  return out;
}

void set_decode_as(std::vector<DecodeAs> o) {
  g_active.store(false, std::memory_order_relaxed);
  overrides() = std::move(o);
  g_active.store(!overrides().empty(), std::memory_order_release);
}

const std::vector<DecodeAs>& decode_as() noexcept { return overrides(); }

ScopedDecodeAs::ScopedDecodeAs(std::vector<DecodeAs> o) : active_(!o.empty()) {
  if (!active_) return;  // nothing to install: leave whatever is in force alone
  previous_ = overrides();
  set_decode_as(std::move(o));
}

ScopedDecodeAs::~ScopedDecodeAs() {
  if (active_) set_decode_as(std::move(previous_));
}

ProtocolId lookup(TableId table, std::uint64_t key) noexcept {
  if (g_active.load(std::memory_order_acquire)) [[unlikely]] {
    const auto& o = overrides();
    // The last matching entry wins, as a later -d does in tshark.
    for (auto it = o.rbegin(); it != o.rend(); ++it)
      if (it->table == table && key >= it->first && key <= it->last) return it->protocol;
  }
  if (detail::g_runtime_specs.load(std::memory_order_relaxed)) [[unlikely]]
    return detail::runtime_lookup(table, key);
  return builtin_lookup(table, key);
}

}  // namespace jspcap
