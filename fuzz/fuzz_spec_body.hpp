// The body of the fuzz_spec target (fuzz_spec.cpp), shared with the regression replay in the unit
// tests: the run-time spec path. The input is a spec (YAML text), a NUL byte, then a
// packet. The spec is loaded and linted as `jspcapy --spec` would; when it passes, every protocol
// it defines is interpreted and dissects and reports the packet (cut at every length of its first
// 64 bytes too). Crashes, leaks, over-reads and UB are failures; a refused spec is not.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "jspcap/decode_as.hpp"
#include "jspcap/frame.hpp"
#include "jspcap/runtime_protocol.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"
#include "spec/load.hpp"
#include "spec/resolve.hpp"

namespace fuzz_spec_detail {

using namespace jspcap;

/// Names resolve to what is compiled in; nothing is registered (the process-wide registry would
/// keep every input's protocols).
class CompiledNames final : public spec::Resolver {
 public:
  ProtocolId protocol(std::string_view name) const override { return find_protocol(name); }
  TableId table(std::string_view name) const override { return find_table(name).value_or(TableId::linktype); }
  HeuristicId heuristic(std::string_view name) const override {
    for (std::size_t i = 1; i <= kHeuristicCount; ++i)
      if (name == heuristic_name(static_cast<HeuristicId>(i))) return static_cast<HeuristicId>(i);
    return HeuristicId::none;
  }
  spec::EnumRef enum_table(std::string_view name) const override {
    spec::EnumRef r;
    r.fn = enums::find(name);
    return r;
  }
};

/// Takes every call and does nothing with it but touch the bytes (so ASan sees each read).
class Drain final : public AnySink {
 public:
  std::uint64_t sum = 0;
  void begin(std::string_view k) override { sum += k.size(); }
  void end() override {}
  void begin_list(std::string_view k) override { sum += k.size(); }
  void end_list() override {}
  void uint(std::string_view, std::uint64_t v) override { sum += v; }
  void integer(std::string_view, std::int64_t v) override { sum += static_cast<std::uint64_t>(v); }
  void hex(std::string_view, std::uint64_t v, unsigned n) override { sum += v + n; }
  void boolean(std::string_view, bool v) override { sum += v; }
  void enumerated(std::string_view, std::uint64_t v, const char* name, bool, unsigned) override {
    sum += v + (name ? std::strlen(name) : 0);
  }
  void bytes(std::string_view, Bytes v) override { touch(v); }
  void address(std::string_view, AddrKind, Bytes v) override { touch(v); }
  void text(std::string_view, Bytes v) override { touch(v); }
  void string(std::string_view, std::string_view v) override { sum += v.size(); }
  void decimal(std::string_view, std::string_view v) override { sum += v.size(); }
  void null(std::string_view) override {}

 private:
  void touch(Bytes v) {
    for (const std::uint8_t b : v) sum += b;
  }
};

void exercise(const RuntimeProtocol& rp, const std::uint8_t* p, std::size_t n) {
  Step step;
  (void)rp.dissect(p, n, n, step, false);
  (void)rp.dissect(p, n, n + 100, step, true);
  Drain sink;
  rp.visit(p, n, sink);
  ProtocolId scope{};
  if (rp.fragments(scope)) {
    FragmentInfo fi;
    if (rp.fragment(Bytes{p, n}, Bytes{p, n}, fi)) rp.visit_fragment_key(fi.key, fi.key_len, sink);
  }
  StreamBinding binding;
  if (rp.streams(binding)) {
    StreamInfo si;
    for (const ProtocolId s : binding.scopes) (void)rp.stream(Bytes{p, n}, s, Bytes{p, n}, si);
  }
  MessageRules rules;
  (void)rp.message_rules(rules);
  (void)rp.probe(p, n);
}

}  // namespace fuzz_spec_detail

inline int fuzz_spec_one(const std::uint8_t* data, std::size_t size) {
  using namespace jspcap;
  using namespace fuzz_spec_detail;
  const auto* nul = static_cast<const std::uint8_t*>(std::memchr(data, 0, size));
  const std::size_t text_len = nul ? static_cast<std::size_t>(nul - data) : size;
  const std::uint8_t* packet = nul ? nul + 1 : data + size;
  const std::size_t packet_len = static_cast<std::size_t>(data + size - packet);

  // The loader reads files: the spec goes to an in-memory one.
  static const int fd = ::memfd_create("fuzz_spec.yaml", 0);
  if (fd < 0) return 0;
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, data, text_len, 0) != static_cast<ssize_t>(text_len)) return 0;
  const std::string path = "/proc/self/fd/" + std::to_string(fd);

  spec::Known known;
  known.protocol = [](std::string_view name) { return find_protocol(name) != ProtocolId::none; };
  known.enum_table = [](std::string_view name) { return enums::find(name) != nullptr; };
  known.table = [](std::string_view name) { return find_table(name).has_value(); };
  known.bound = [](std::string_view, std::uint64_t) { return std::string(); };
  const spec::Loaded loaded = spec::load_specs({path}, {}, known, [](const std::string&) { return "fuzz.yaml"; });
  if (!loaded.errors.empty()) return 0;
  const CompiledNames names;
  for (const auto& model : loaded.protocols) {
    const auto rp = spec::make_interpreted(model, static_cast<ProtocolId>(kProtocolCount + 1), names);
    exercise(*rp, packet, packet_len);
    for (std::size_t cut = 0; cut < packet_len && cut < 64; ++cut) exercise(*rp, packet, cut);
  }
  return 0;
}
