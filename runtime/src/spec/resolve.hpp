// What the interpreter (spec/interp.cpp) needs from the registry of run-time specs
// (spec/registry.cpp): ids for the names a spec uses, enum tables by name, fields of other layers.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "jspcap/bytes.hpp"
#include "jspcap/runtime_protocol.hpp"
#include "jspcap/generated/ids.hpp"
#include "spec/model.hpp"

namespace jspcap::spec {

/// A shared enum table: compiled (a generated function) or loaded at run time (a map).
struct EnumRef {
  const char* (*fn)(std::uint64_t) = nullptr;
  const std::map<std::uint64_t, std::string>* map = nullptr;
  const char* name(std::uint64_t v) const noexcept {
    if (fn) return fn(v);
    if (map) {
      auto it = map->find(v);
      return it == map->end() ? nullptr : it->second.c_str();
    }
    return nullptr;
  }
  explicit operator bool() const noexcept { return fn || map; }
};

class Resolver {
 public:
  virtual ~Resolver() = default;
  /// A protocol by display name (case-insensitive): a run-time one, else a compiled one; none.
  virtual ProtocolId protocol(std::string_view name) const = 0;
  /// A dispatch table by name (a compiled one, or a new one made for run-time specs).
  virtual TableId table(std::string_view name) const = 0;
  /// A heuristic point by name (HeuristicId::none when no spec registers there).
  virtual HeuristicId heuristic(std::string_view name) const = 0;
  /// A shared enum table by name (specs/tables/NAME.yaml, compiled or loaded).
  virtual EnumRef enum_table(std::string_view name) const = 0;
};

/// The interpreter of one spec, answering for protocol `id`.
std::unique_ptr<RuntimeProtocol> make_interpreted(std::shared_ptr<const Protocol> p, ProtocolId id,
                                                  const Resolver& r);

}  // namespace jspcap::spec

namespace jspcap {
/// The integer or address field `name` of a layer of protocol `id` (compiled or run-time).
bool read_layer_field(ProtocolId id, std::string_view name, Bytes layer, Bytes& raw, std::uint64_t& value) noexcept;
}  // namespace jspcap
