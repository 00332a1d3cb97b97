// The registry of specs loaded at run time: ids for new protocols, tables and heuristic points,
// the ProtocolInfo the runtime shows, the bindings, and the interpreted protocols the generated
// dispatch calls. Written only by load_specs(); read on the packet path once
// detail::g_runtime_specs is set. Nothing here knows a protocol.
#include "spec/registry.hpp"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "jspcap/frame.hpp"
#include "jspcap/runtime_protocol.hpp"
#include "jspcap/specs.hpp"
#include "jspcap/generated/enums.hpp"
#include "spec/interp.hpp"
#include "spec/load.hpp"
#include "spec/resolve.hpp"

namespace jspcap {
namespace detail {
std::atomic<bool> g_runtime_specs{false};
}  // namespace detail

namespace {

namespace fs = std::filesystem;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

LayerKind layer_kind(spec::Layer l) noexcept {
  switch (l) {
    case spec::Layer::link: return LayerKind::link;
    case spec::Layer::internet: return LayerKind::internet;
    case spec::Layer::transport: return LayerKind::transport;
    case spec::Layer::application: return LayerKind::application;
    case spec::Layer::none: break;
  }
  return LayerKind::none;
}

struct BindKey {
  std::uint8_t table;
  std::uint64_t value;
  bool operator==(const BindKey&) const = default;
};
struct BindHash {
  std::size_t operator()(const BindKey& k) const noexcept {
    return std::hash<std::uint64_t>{}(k.value * 0x9e3779b97f4a7c15ULL ^ k.table);
  }
};

class Registry final : public spec::Resolver, public spec::ModelSource {
 public:
  // ---- read on the packet path ----
  std::vector<const RuntimeProtocol*> by_id;     ///< indexed by ProtocolId (nullptr: compiled)
  std::vector<const ProtocolInfo*> infos;        ///< indexed by ProtocolId
  std::vector<bool> replaced;                    ///< a compiled id now interpreted
  std::unordered_map<BindKey, ProtocolId, BindHash> binds;
  std::vector<HeuristicMember> heuristics;       ///< in detection order
  mutable std::vector<std::string> table_names;      ///< tables past kTableCount (made by table())
  mutable std::vector<std::string> heuristic_names;  ///< heuristics past kHeuristicCount

  // ---- kept alive for the process ----
  std::vector<std::unique_ptr<RuntimeProtocol>> owned;
  std::vector<std::shared_ptr<spec::Protocol>> models;
  std::deque<ProtocolInfo> info_store;
  std::deque<std::string> strings;
  std::map<std::string, std::unique_ptr<spec::EnumTable>, std::less<>> enum_tables;
  std::set<std::string> files;                   ///< canonical paths loaded
  std::vector<std::string> loaded;               ///< "NAME (FILE)"

  Registry() {
    for (std::size_t i = 0; i <= kProtocolCount; ++i) infos.push_back(&kProtocols[i]);
    by_id.assign(kProtocolCount + 1, nullptr);
    replaced.assign(kProtocolCount + 1, false);
    for (const HeuristicMember& m : kHeuristicMembers)
      if (m.protocol != ProtocolId::none) heuristics.push_back(m);
  }

  const char* keep(std::string s) { return strings.emplace_back(std::move(s)).c_str(); }

  std::size_t count() const noexcept { return infos.size() - 1; }

  /// A protocol by display name among those in force (run-time ones shadow compiled ones).
  ProtocolId by_name(std::string_view name) const {
    const std::string want = lower(name);
    for (std::size_t i = 1; i < infos.size(); ++i)
      if (lower(infos[i]->name) == want) return static_cast<ProtocolId>(i);
    return ProtocolId::none;
  }

  // ---- spec::Resolver ----
  ProtocolId protocol(std::string_view name) const override { return by_name(name); }

  TableId table(std::string_view name) const override {
    for (std::size_t i = 0; i < kTableCount; ++i)
      if (name == jspcap::table_name(static_cast<TableId>(i))) return static_cast<TableId>(i);
    // A table first named by a run-time spec is made here.
    for (std::size_t i = 0; i < table_names.size(); ++i)
      if (table_names[i] == name) return static_cast<TableId>(kTableCount + i);
    table_names.emplace_back(name);
    return static_cast<TableId>(kTableCount + table_names.size() - 1);
  }

  HeuristicId heuristic(std::string_view name) const override {
    for (std::size_t i = 1; i <= kHeuristicCount; ++i)
      if (name == jspcap::heuristic_name(static_cast<HeuristicId>(i))) return static_cast<HeuristicId>(i);
    for (std::size_t i = 0; i < heuristic_names.size(); ++i)
      if (heuristic_names[i] == name) return static_cast<HeuristicId>(kHeuristicCount + 1 + i);
    heuristic_names.emplace_back(name);
    return static_cast<HeuristicId>(kHeuristicCount + heuristic_names.size());
  }

  spec::EnumRef enum_table(std::string_view name) const override {
    spec::EnumRef ref;
    if (auto it = enum_tables.find(name); it != enum_tables.end()) ref.map = &it->second->values;
    else ref.fn = enums::find(name);
    return ref;
  }

  // ---- spec::ModelSource: the spec of a protocol loaded at run time (the latest) ----
  const spec::Protocol* model(std::string_view name) const override {
    const std::string want = lower(name);
    for (auto it = models.rbegin(); it != models.rend(); ++it)
      if (lower((*it)->name) == want) return it->get();
    return nullptr;
  }

  /// Who answers `table` = `key` without decode-as.
  ProtocolId bound(TableId table, std::uint64_t key) const noexcept {
    if (auto it = binds.find(BindKey{static_cast<std::uint8_t>(table), key}); it != binds.end()) return it->second;
    const ProtocolId id = builtin_lookup(table, key);
    const auto i = static_cast<std::size_t>(id);
    return i < replaced.size() && replaced[i] ? ProtocolId::none : id;
  }
};

Registry& registry() {
  static Registry r;
  return r;
}
std::mutex g_load_mutex;

/// The spec files and table folders a list of paths names.
void expand(const std::vector<fs::path>& paths, std::vector<std::string>& files, std::vector<std::string>& tables) {
  auto add_tables = [&](const fs::path& dir) {
    const fs::path t = dir / "tables";
    std::error_code ec;
    if (fs::is_directory(t, ec) && std::find(tables.begin(), tables.end(), t.string()) == tables.end())
      tables.push_back(t.string());
  };
  for (const fs::path& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> here;
      for (const auto& e : fs::directory_iterator(p, ec))
        if (e.path().extension() == ".yaml" && e.is_regular_file(ec)) here.push_back(e.path().string());
      std::sort(here.begin(), here.end());
      files.insert(files.end(), here.begin(), here.end());
      add_tables(p);
    } else if (fs::exists(p, ec)) {
      files.push_back(p.string());
      add_tables(p.has_parent_path() ? p.parent_path() : fs::path("."));
    } else {
      throw FileNotFound(fmt::format("{}: no such spec file or folder", p.string()));
    }
  }
}

std::string canonical(const std::string& f) {
  std::error_code ec;
  const fs::path c = fs::weakly_canonical(f, ec);
  return ec ? f : c.string();
}

/// The `protocol:` of a spec file, or "" (the loader reports what is wrong with it).
std::string declared_name(const std::string& file) {
  try {
    const YAML::Node root = YAML::LoadFile(file);
    if (root.IsMap() && root["protocol"] && root["protocol"].IsScalar()) return root["protocol"].as<std::string>();
  } catch (const YAML::Exception&) {
  }
  return {};
}

}  // namespace

namespace detail {

const ProtocolInfo& runtime_info(ProtocolId id) noexcept {
  const Registry& r = registry();
  const auto i = static_cast<std::size_t>(id);
  return i < r.infos.size() ? *r.infos[i] : kProtocols[0];
}
std::size_t runtime_protocol_count() noexcept { return registry().count(); }
std::size_t runtime_table_count() noexcept { return kTableCount + registry().table_names.size(); }

const RuntimeProtocol* runtime_protocol(ProtocolId id) noexcept {
  const Registry& r = registry();
  const auto i = static_cast<std::size_t>(id);
  return i < r.by_id.size() ? r.by_id[i] : nullptr;
}

ProtocolId runtime_lookup(TableId table, std::uint64_t key) noexcept { return registry().bound(table, key); }

ProtocolId runtime_detect(HeuristicId heuristic, const std::uint8_t* p, std::size_t n) noexcept {
  for (const HeuristicMember& m : registry().heuristics) {
    if (m.heuristic != heuristic) continue;
    const RuntimeProtocol* rp = runtime_protocol(m.protocol);
    if (rp ? rp->probe(p, n) : builtin_probe(m.protocol, p, n)) return m.protocol;
  }
  return ProtocolId::none;
}

const char* runtime_table_name(TableId table) noexcept {
  const Registry& r = registry();
  const auto i = static_cast<std::size_t>(table);
  return i >= kTableCount && i - kTableCount < r.table_names.size() ? r.table_names[i - kTableCount].c_str() : "";
}

const char* runtime_heuristic_name(HeuristicId heuristic) noexcept {
  const Registry& r = registry();
  const auto i = static_cast<std::size_t>(heuristic);
  return i > kHeuristicCount && i - kHeuristicCount - 1 < r.heuristic_names.size()
             ? r.heuristic_names[i - kHeuristicCount - 1].c_str()
             : "";
}

}  // namespace detail

bool read_layer_field(ProtocolId id, std::string_view name, Bytes layer, Bytes& raw, std::uint64_t& value) noexcept {
  if (const RuntimeProtocol* rp = detail::runtime_override(id)) return rp->read_field(name, layer, raw, value);
  const std::uint8_t* at = nullptr;
  std::size_t n = 0;
  if (!detail::builtin_read_field(id, name, layer.data(), layer.size(), at, n, value)) return false;
  raw = Bytes{at, n};
  return true;
}

std::vector<std::string> load_specs(const std::vector<fs::path>& paths) {
  const std::lock_guard lock(g_load_mutex);
  Registry& r = registry();
  std::vector<std::string> all_files, table_dirs;
  expand(paths, all_files, table_dirs);
  std::vector<std::string> files;
  for (const auto& f : all_files)
    if (!r.files.count(canonical(f))) files.push_back(f);
  if (files.empty()) return {};

  // Which protocols in force these specs replace (by display name, any case).
  std::set<std::string> incoming;
  for (const auto& f : files)
    if (auto n = declared_name(f); !n.empty()) incoming.insert(lower(n));

  spec::Known known;
  known.protocol = [&](std::string_view name) {
    return r.by_name(name) != ProtocolId::none && !incoming.count(lower(name));
  };
  known.enum_table = [&](std::string_view name) { return static_cast<bool>(r.enum_table(name)); };
  known.table = [&](std::string_view name) {
    for (std::size_t i = 0; i < kTableCount; ++i)
      if (name == table_name(static_cast<TableId>(i))) return true;
    return std::find(r.table_names.begin(), r.table_names.end(), name) != r.table_names.end();
  };
  known.bound = [&](std::string_view table, std::uint64_t value) -> std::string {
    if (!known.table(table)) return {};
    const ProtocolId id = r.bound(r.table(table), value);
    if (id == ProtocolId::none) return {};
    const ProtocolInfo& p = *r.infos[static_cast<std::size_t>(id)];
    if (incoming.count(lower(p.name))) return {};
    return fmt::format("{} ({})", p.name, p.spec);
  };
  spec::Loaded loaded = spec::load_specs(files, table_dirs, known, [](const std::string& f) { return f; });
  if (!loaded.errors.empty()) {
    std::vector<std::string> lines;
    for (const auto& e : loaded.errors) lines.push_back(e.text());
    std::string what;
    for (const auto& l : lines) what += l + "\n";
    what += fmt::format("{} error(s) in the specs; nothing loaded", lines.size());
    throw SpecLoadError(std::move(what), std::move(lines));
  }

  for (auto& [name, table] : loaded.tables) r.enum_tables[name] = std::make_unique<spec::EnumTable>(std::move(table));

  // Ids: a replaced protocol keeps its id, a new one gets the next.
  std::size_t fresh = 0;
  for (const auto& p : loaded.protocols) fresh += r.by_name(p->name) == ProtocolId::none;
  if (r.infos.size() + fresh > kMaxProtocolIds)
    throw SpecLoadError(fmt::format("{} new protocols would make {}; a process holds at most {}", fresh,
                                    r.infos.size() - 1 + fresh, kMaxProtocolIds - 1), {});
  std::vector<std::string> notices;
  std::vector<ProtocolId> ids;
  for (const auto& p : loaded.protocols) {
    ProtocolId id = r.by_name(p->name);
    if (id == ProtocolId::none) {
      id = static_cast<ProtocolId>(r.infos.size());
      r.infos.push_back(&kProtocols[0]);
      r.by_id.push_back(nullptr);
      r.replaced.push_back(false);
    } else {
      const auto i = static_cast<std::size_t>(id);
      const bool compiled = i <= kProtocolCount && !r.replaced[i];
      if (compiled)
        notices.push_back(fmt::format("{}: {} replaces the compiled protocol of the same name ({})", p->file, p->name,
                                      kProtocols[i].spec));
      else if (r.by_id[i])
        notices.push_back(fmt::format("{}: {} replaces the one loaded from {}", p->file, p->name, r.infos[i]->spec));
      if (i <= kProtocolCount) r.replaced[i] = true;
      // Its old bindings go; the spec's own come back below.
      for (auto it = r.binds.begin(); it != r.binds.end();)
        it = it->second == id ? r.binds.erase(it) : std::next(it);
    }
    ids.push_back(id);
    ProtocolInfo& info = r.info_store.emplace_back();
    info.id = id;
    info.name = r.keep(p->name);
    info.alias = r.keep(p->alias);
    info.spec = r.keep(p->file);
    info.layer = layer_kind(p->layer);
    info.transparent = p->transparent;
    info.tshark = r.keep(join(p->tshark));
    info.umbrella = r.keep(join(p->umbrella));
    r.infos[static_cast<std::size_t>(id)] = &info;
  }
  for (std::size_t k = 0; k < loaded.protocols.size(); ++k)
    for (const spec::Bind& b : loaded.protocols[k]->binds)
      r.binds[BindKey{static_cast<std::uint8_t>(r.table(b.table)), b.value}] = ids[k];

  // Content detection: a replaced protocol keeps its place, new ones come after.
  for (std::size_t k = 0; k < loaded.protocols.size(); ++k) {
    const auto& p = *loaded.protocols[k];
    std::erase_if(r.heuristics, [&](const HeuristicMember& m) {
      return m.protocol == ids[k] && std::find(p.heuristics.begin(), p.heuristics.end(),
                                               heuristic_name(m.heuristic)) == p.heuristics.end();
    });
    for (const auto& h : p.heuristics) {
      const HeuristicId hid = r.heuristic(h);
      const bool there = std::any_of(r.heuristics.begin(), r.heuristics.end(), [&](const HeuristicMember& m) {
        return m.protocol == ids[k] && m.heuristic == hid;
      });
      if (!there) r.heuristics.push_back({hid, ids[k]});
    }
  }

  r.models.insert(r.models.end(), loaded.protocols.begin(), loaded.protocols.end());
  for (std::size_t k = 0; k < loaded.protocols.size(); ++k) {
    try {
      r.owned.push_back(spec::make_interpreted(loaded.protocols[k], ids[k], r));
    } catch (const std::runtime_error& e) {  // a limit of the interpreter (fields per spec)
      throw SpecLoadError(e.what(), {e.what()});
    }
    r.by_id[static_cast<std::size_t>(ids[k])] = r.owned.back().get();
    r.loaded.push_back(fmt::format("{} ({})", loaded.protocols[k]->name, loaded.protocols[k]->file));
  }
  for (const auto& f : files) r.files.insert(canonical(f));
  detail::g_runtime_specs.store(true, std::memory_order_release);
  return notices;
}

std::vector<fs::path> spec_search_path() {
  std::vector<fs::path> out;
  std::error_code ec;
  auto add = [&](const fs::path& p) {
    if (!p.empty() && fs::is_directory(p, ec) && std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
  };
  if (const char* env = std::getenv("JSPCAP_SPEC_PATH")) {
    std::string_view rest(env);
    while (!rest.empty()) {
      const auto colon = rest.find(':');
      add(fs::path(std::string(rest.substr(0, colon))));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) add(fs::path(xdg) / "jspcap" / "specs");
  else if (const char* home = std::getenv("HOME"); home && *home) add(fs::path(home) / ".config" / "jspcap" / "specs");
  return out;
}

std::vector<std::string> load_spec_path() {
  const auto path = spec_search_path();
  return path.empty() ? std::vector<std::string>{} : load_specs(path);
}

std::vector<std::string> lint_specs(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : spec::lint_folder(dir.string())) out.push_back(e.text());
  return out;
}

std::vector<std::string> loaded_specs() {
  const std::lock_guard lock(g_load_mutex);
  return registry().loaded;
}

}  // namespace jspcap
