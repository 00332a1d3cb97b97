// The registry of specs loaded at run time (spec/registry.cpp): what the rest of the runtime
// asks of it besides the hooks declared in the generated ids.hpp and jspcap/runtime_protocol.hpp.
#pragma once

#include <cstdint>

#include "jspcap/generated/ids.hpp"

namespace jspcap::detail {

/// lookup() once specs are loaded at run time (after decode-as): the run-time specs' binds, then
/// the compiled ones, except those of a compiled protocol a run-time spec replaced.
ProtocolId runtime_lookup(TableId table, std::uint64_t key) noexcept;

}  // namespace jspcap::detail
