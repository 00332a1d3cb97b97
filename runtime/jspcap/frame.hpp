// A dissected frame: the record it came from and a fixed-capacity list of layers over its bytes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "jspcap/bytes.hpp"
#include "jspcap/error.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/reader.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// The most layers one frame holds; deeper nesting ends in Raw with Reason::depth_exhausted.
/// (IPv6 allows long extension-header chains: tshark follows 100 in a shared capture.)
inline constexpr std::size_t kMaxLayers = 128;

/// One decoded layer: where it sits in the frame and how far it could be decoded.
struct LayerRecord {
  ProtocolId protocol{};
  Issue issue{};
  std::uint32_t offset = 0;      ///< from the start of the frame
  std::uint32_t header_len = 0;  ///< bytes of header (captured)
  std::uint32_t cap_len = 0;     ///< captured bytes of header + payload
  std::uint64_t wire_len = 0;    ///< bytes of header + payload on the wire
};

/// Where to stop dissecting (the seed's -P / -L), and the depth budget.
struct DissectOptions {
  /// Per ProtocolId: stop after the first layer of this protocol (its payload becomes Raw).
  std::array<bool, kMaxProtocolIds> stop_after{};
  LayerKind stop_layer = LayerKind::none;  ///< stop after the first layer of this kind
  std::size_t depth_budget = kMaxLayers - 1;

  /// Stops after `name`: a protocol name or alias, or an umbrella ("IP"); case-insensitive.
  /// Throws ProtocolUnbound for a name no spec knows.
  void stop_after_protocol(std::string_view name);
};

class Frame;

/// A handle on one layer of a frame; valid while the frame is.
class Layer {
 public:
  Layer(const Frame& frame, std::size_t index) noexcept : frame_(&frame), index_(index) {}

  ProtocolId protocol() const noexcept;
  const ProtocolInfo& info() const noexcept;
  const LayerRecord& record() const noexcept;
  const Issue& issue() const noexcept { return record().issue; }
  Bytes bytes() const noexcept;    ///< header + captured payload
  Bytes header() const noexcept;
  Bytes payload() const noexcept;

  /// True when the header was verified, so a typed view may read every field.
  bool decoded() const noexcept {
    return issue().status == Status::ok || issue().status == Status::length_exceeds_parent;
  }
  /// The generated view of this layer, e.g. layer.as<Ipv4View>(). Throws ProtocolNotFound when
  /// the layer is another protocol and ProtocolError when its header could not be decoded (a
  /// view would read past what was captured; the layer's fields are in to_json()).
  template <class View>
  View as() const {
    if (protocol() != View::kId) throw ProtocolNotFound(std::string("layer is ") + info().name);
    if (!decoded()) throw ProtocolError(std::string(info().name) + " layer: " + describe(issue()));
    return View{bytes()};
  }
  /// This layer and every layer after it, as the report shows them.
  nlohmann::ordered_json to_json() const;

 private:
  const Frame* frame_;
  std::size_t index_;
};

class Frame {
 public:
  const Record& record() const noexcept { return record_; }
  std::uint64_t number() const noexcept { return record_.number; }
  Bytes data() const noexcept { return record_.data; }

  std::span<const LayerRecord> layers() const noexcept { return {layers_.data(), count_}; }

  /// "Ethernet:IPv4:TCP": shown protocols joined by ':', Raw and transparent layers left out.
  std::string protochain() const;
  /// The same into a caller's buffer (no allocation); returns the length written (truncated to n).
  std::size_t protochain(char* out, std::size_t n) const noexcept;

  /// True when a layer is `protocol` (case-insensitive name or alias) or answers to it as an
  /// umbrella ("IP" for IPv4 or IPv6). Throws ProtocolUnbound for a name no spec knows.
  bool contains(std::string_view protocol) const;
  bool contains(ProtocolId id) const noexcept;
  /// The first layer that is `protocol`; throws ProtocolNotFound.
  Layer operator[](std::string_view protocol) const;
  Layer operator[](ProtocolId id) const;
  /// Typed access: the first layer of the view's protocol, or nothing — also when that layer's
  /// header could not be decoded (a view would read past what was captured).
  template <class View>
  std::optional<View> get() const noexcept {
    for (std::size_t i = 0; i < count_; ++i) {
      if (layers_[i].protocol != View::kId) continue;
      const Layer layer(*this, i);
      if (!layer.decoded()) return std::nullopt;
      return View{layer.bytes()};
    }
    return std::nullopt;
  }

  /// The first issue of any layer (Status::ok when the frame decoded cleanly).
  const Issue* first_issue() const noexcept;

  /// The frame as the report shows it (same keys and values as the JSON report).
  nlohmann::ordered_json to_json() const;

  // Filled by dissect().
  Record record_{};
  std::array<LayerRecord, kMaxLayers> layers_{};
  std::size_t count_ = 0;
};

/// Dissects `record` into `frame` (which it overwrites). Allocates nothing; never throws; reads
/// nothing past record.data.
void dissect(const Record& record, Frame& frame, const DissectOptions& options = {}) noexcept;
/// The same, starting with protocol `start` instead of the link type's (a reassembled
/// datagram's payload: its first protocol is the one the fragments' header named).
void dissect_from(ProtocolId start, const Record& record, Frame& frame, const DissectOptions& options = {}) noexcept;

/// The protocol id named `name` (case-insensitive name or alias), or ProtocolId::none.
ProtocolId find_protocol(std::string_view name) noexcept;
/// True when `id` is `name` or answers to the umbrella `name`.
bool protocol_matches(ProtocolId id, std::string_view name) noexcept;
/// The layer kind named `name` (link, internet, transport, application; case-insensitive).
std::optional<LayerKind> find_layer(std::string_view name) noexcept;

}  // namespace jspcap
