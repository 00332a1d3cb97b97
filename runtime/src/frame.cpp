// The dissector loop: link-type table, generated dissect step, next key, table, … until nothing
// follows, the budget runs out or a layer cannot be decoded. Protocol-agnostic by construction.
#include "jspcap/frame.hpp"

#include <algorithm>
#include <cstring>

#include "jspcap/generated/dispatch.hpp"

namespace jspcap {
namespace {

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

/// True when the comma-separated `list` holds `name` (case-insensitive).
bool list_has(std::string_view list, std::string_view name) noexcept {
  while (!list.empty()) {
    const auto comma = list.find(',');
    if (iequals(list.substr(0, comma), name)) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

bool shown(ProtocolId id) noexcept { return !info(id).transparent && id != kFallbackProtocol; }

}  // namespace

ProtocolId find_protocol(std::string_view name) noexcept {
  for (std::size_t i = 1, n = protocol_count(); i <= n; ++i) {
    const ProtocolInfo& p = info(static_cast<ProtocolId>(i));
    if (iequals(p.name, name) || iequals(p.alias, name)) return static_cast<ProtocolId>(i);
  }
  return ProtocolId::none;
}

bool protocol_matches(ProtocolId id, std::string_view name) noexcept {
  const ProtocolInfo& p = info(id);
  return iequals(p.name, name) || iequals(p.alias, name) || list_has(p.umbrella, name);
}

std::optional<LayerKind> find_layer(std::string_view name) noexcept {
  static constexpr std::pair<const char*, LayerKind> kNames[] = {
      {"link", LayerKind::link}, {"internet", LayerKind::internet},
      {"transport", LayerKind::transport}, {"application", LayerKind::application}};
  for (const auto& [n, kind] : kNames)
    if (iequals(n, name)) return kind;
  return std::nullopt;
}

void DissectOptions::stop_after_protocol(std::string_view name) {
  bool any = false;
  for (std::size_t i = 1, n = protocol_count(); i <= n; ++i) {
    if (protocol_matches(static_cast<ProtocolId>(i), name)) {
      stop_after[i] = true;
      any = true;
    }
  }
  if (!any) throw ProtocolUnbound("unknown protocol '" + std::string(name) + "'");
}

namespace {
void dissect_impl(const Record& record, Frame& frame, const DissectOptions& options, ProtocolId start) noexcept;
}  // namespace

void dissect(const Record& record, Frame& frame, const DissectOptions& options) noexcept {
  dissect_impl(record, frame, options, lookup(kLinktypeTable, record.linktype));
}

void dissect_from(ProtocolId start, const Record& record, Frame& frame, const DissectOptions& options) noexcept {
  dissect_impl(record, frame, options, start);
}

namespace {
void dissect_impl(const Record& record, Frame& frame, const DissectOptions& options, ProtocolId start) noexcept {
  frame.record_ = record;
  frame.count_ = 0;
  const std::uint8_t* const base = record.data.data();
  std::size_t offset = 0;
  std::size_t cap = record.data.size();
  std::uint64_t wire = std::max<std::uint64_t>(record.wire_len, cap);

  auto push = [&](ProtocolId id, const Issue& issue, std::size_t header, std::size_t layer_cap,
                  std::uint64_t layer_wire) {
    frame.layers_[frame.count_++] = LayerRecord{id, issue, static_cast<std::uint32_t>(offset),
                                                static_cast<std::uint32_t>(header),
                                                static_cast<std::uint32_t>(layer_cap), layer_wire};
  };
  // The bytes left over become the fallback (Raw) layer; `why` says why, when it is worth saying.
  auto rest_as_fallback = [&](const Issue& why) {
    if (cap == 0) return;
    push(kFallbackProtocol, why, cap, cap, wire);
  };

  bool partial = false;
  ProtocolId current = start;
  if (current == ProtocolId::none) {
    rest_as_fallback(Issue{Status::unsupported, Reason::no_dissector, "linktype", record.linktype, 0});
    return;
  }
  for (std::size_t depth = 0;; ++depth) {
    if (depth >= options.depth_budget || frame.count_ + 1 >= kMaxLayers) {
      rest_as_fallback(Issue{Status::unsupported, Reason::depth_exhausted, nullptr, 0,
                             static_cast<std::int64_t>(std::min(options.depth_budget, kMaxLayers - 1))});
      return;
    }
    Step step;
    const Issue issue = dissect_layer(current, base + offset, cap, wire, step, partial);
    if (issue.status != Status::ok && issue.status != Status::length_exceeds_parent) {
      // Not decodable: keep what was captured under this protocol, marked with the reason.
      push(current, issue, 0, cap, wire);
      return;
    }
    push(current, issue, step.header_len, step.cap_len, step.wire_len);
    offset += step.header_len;
    cap = step.cap_len - step.header_len;
    wire = step.wire_len - step.header_len;
    // Inside a quoted datagram or a first fragment, lengths may exceed what is carried (tshark
    // does not flag them either); this holds for every layer below.
    partial = partial || step.next_partial;

    const ProtocolInfo& p = info(current);
    if (options.stop_after[static_cast<std::size_t>(current)] ||
        (options.stop_layer != LayerKind::none && p.layer == options.stop_layer)) {
      rest_as_fallback(Issue{Status::ok, Reason::stopped, nullptr, 0, 0});
      return;
    }
    if (step.next == ProtocolId::none || current == kFallbackProtocol) {
      if (current != kFallbackProtocol) rest_as_fallback(Issue{});
      return;
    }
    // An empty payload carries no protocol (a bare UDP datagram to port 1701 is not L2TP); one
    // that is empty only because the capture stopped is still dissected, and marked truncated.
    if (cap == 0 && wire == 0) return;
    current = step.next;
  }
}
}  // namespace

std::size_t Frame::protochain(char* out, std::size_t n) const noexcept {
  std::size_t len = 0;
  for (std::size_t i = 0; i < count_; ++i) {
    const ProtocolId id = layers_[i].protocol;
    if (!shown(id)) continue;
    const char* name = info(id).name;
    const std::size_t name_len = std::strlen(name);
    if (len + name_len + (len ? 1 : 0) > n) break;
    if (len) out[len++] = ':';
    std::memcpy(out + len, name, name_len);
    len += name_len;
  }
  return len;
}

std::string Frame::protochain() const {
  char buf[kMaxLayers * 24];
  return std::string(buf, protochain(buf, sizeof buf));
}

bool Frame::contains(ProtocolId id) const noexcept {
  for (std::size_t i = 0; i < count_; ++i)
    if (layers_[i].protocol == id) return true;
  return false;
}

bool Frame::contains(std::string_view protocol) const {
  bool known = false;
  for (std::size_t i = 1, n = protocol_count(); i <= n && !known; ++i)
    known = protocol_matches(static_cast<ProtocolId>(i), protocol);
  if (!known) throw ProtocolUnbound("unknown protocol '" + std::string(protocol) + "'");
  for (std::size_t i = 0; i < count_; ++i)
    if (protocol_matches(layers_[i].protocol, protocol)) return true;
  return false;
}

Layer Frame::operator[](std::string_view protocol) const {
  if (contains(protocol)) {
    for (std::size_t i = 0; i < count_; ++i)
      if (protocol_matches(layers_[i].protocol, protocol)) return Layer(*this, i);
  }
  throw ProtocolNotFound("frame " + std::to_string(number()) + " has no " + std::string(protocol) +
                         " layer (" + protochain() + ")");
}

Layer Frame::operator[](ProtocolId id) const {
  for (std::size_t i = 0; i < count_; ++i)
    if (layers_[i].protocol == id) return Layer(*this, i);
  throw ProtocolNotFound("frame " + std::to_string(number()) + " has no " + info(id).name +
                         " layer (" + protochain() + ")");
}

const Issue* Frame::first_issue() const noexcept {
  for (std::size_t i = 0; i < count_; ++i)
    if (layers_[i].issue.status != Status::ok) return &layers_[i].issue;
  return nullptr;
}

ProtocolId Layer::protocol() const noexcept { return record().protocol; }
const ProtocolInfo& Layer::info() const noexcept { return jspcap::info(protocol()); }
const LayerRecord& Layer::record() const noexcept { return frame_->layers()[index_]; }
Bytes Layer::bytes() const noexcept { return frame_->data().subspan(record().offset, record().cap_len); }
Bytes Layer::header() const noexcept {
  return bytes().first(std::min<std::size_t>(record().header_len, record().cap_len));
}
Bytes Layer::payload() const noexcept { return bytes().subspan(header().size()); }

}  // namespace jspcap
