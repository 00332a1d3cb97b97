// Building packets (the seed's IPSuite): layers made by the generated builders
// (<jspcap/generated/builders.hpp>, one class per spec), stacked with `/` into a Packet, written
// into a caller's buffer. Generic: everything protocol-specific comes from the specs, through the
// generated descriptors (BuildSpec) — lengths, next-layer keys and checksums that the caller did not
// set are derived on build() as the spec's `derive:` keys, bindings and `default:` say.
//
//   using namespace jspcap::pkt;
//   auto frame = Ethernet().src("02:00:00:00:00:01").dst("02:00:00:00:00:02")
//              / IPv4().src("10.0.0.1").dst("10.0.0.2") / UDP().srcport(5353).dstport(53) / Raw(payload);
//   std::vector<std::uint8_t> bytes = frame.bytes();          // or frame.build(span) without allocating
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "jspcap/bytes.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// A packet that cannot be built as asked: names the layer and the field, e.g.
/// "IPv4: field 'len' says 20 bytes of header and payload, but they are 28 (leave it unset to derive it)".
class BuildError : public std::runtime_error {
 public:
  BuildError(std::string layer, std::string field, const std::string& what);
  const std::string& layer() const noexcept { return layer_; }
  const std::string& field() const noexcept { return field_; }

 private:
  std::string layer_;
  std::string field_;
};

/// How strictly build() treats values the caller set.
struct BuildOptions {
  /// Explicit values must agree with the packet: a length field with its header or payload, a
  /// bytes field with its size expression, a conditional field with its condition. Off, every
  /// explicit value is written as given (crafting bad packets; `jspcapy --rebuild`).
  bool strict = true;
};

namespace build {

enum class FieldKind : std::uint8_t { uint, bytes, mac, ipv4, ipv6 };
enum class Derive : std::uint8_t { none, header, total, payload, checksum };
enum class SizeKind : std::uint8_t { fixed, expr, rest };

/// One leaf field of a spec, as the generated descriptors describe it.
struct FieldInfo {
  const char* name;
  FieldKind kind;
  std::uint8_t bits;         ///< uint: width in bits
  std::uint8_t group_bytes;  ///< uint: bytes of its bit group (or of the field itself)
  std::uint8_t shift;        ///< uint: right shift within the group
  bool group_start;          ///< uint: first field of its group (the group is written then)
  bool little;               ///< uint: little-endian (or "either": the capturing host's order)
  bool either;
  std::int64_t scale;
  bool has_cond;             ///< `if:` — present only when cond() holds
  SizeKind size_kind;        ///< bytes
  std::int64_t fixed_size;   ///< bytes with a constant size; mac 6, ipv4 4, ipv6 16
  Derive derive;
  bool checksum_over_header; ///< derive checksum: over the header only (else header and payload)
  bool has_default;
  std::uint64_t default_value;
  const char* default_text;  ///< an address default, as text
  bool next_key;             ///< filled from the next layer's binding in next_table
  TableId next_table;
  const TlvFormat* list;     ///< an option list: elements can be added one by one
  const char* size_text;     ///< the size expression, for messages
};

/// What the generated code supplies per protocol: descriptors and its expressions.
struct BuildSpec {
  ProtocolId id;
  const char* name;
  const FieldInfo* fields;
  std::size_t field_count;
  bool (*cond)(std::size_t field, const std::int64_t* v);
  std::int64_t (*size)(std::size_t field, const std::int64_t* v);
  /// header_size expression (nullptr: where the fields end); `rest` is nullptr too.
  std::int64_t (*header)(const std::int64_t* v);
  const char* header_text;
  /// total_size expression (nullptr: all the parent gives).
  std::int64_t (*total)(const std::int64_t* v, std::int64_t parent_len);
  const char* total_text;
  /// The field each of those expressions reads (for messages; field_count when none).
  std::size_t header_field;
  std::size_t total_field;
  /// The value of a derive: header/total field giving `size` bytes (the spec's expression inverted).
  std::int64_t (*solve)(std::size_t field, std::int64_t size, const std::int64_t* v);
  /// derive checksum with a pseudo-header: the enclosing protocols giving the addresses.
  const ProtocolId* pseudo_protocols;
  std::size_t pseudo_count;
  const char* pseudo_src;
  const char* pseudo_dst;
  /// The first table this protocol's `next` looks up (a child's protocol number comes from it).
  bool has_next_table;
  TableId next_table;
  /// Protocols this one names in `next: {protocol: …}` (a child that needs no key).
  const ProtocolId* next_protocols;
  std::size_t next_protocol_count;
};

/// The value `child` is bound to in `table` (the first, if several), if any.
bool binding_value(TableId table, ProtocolId child, std::uint64_t& value) noexcept;

}  // namespace build

class Packet;

/// One layer to build: field values by index into its spec's descriptors. The generated classes
/// (jspcap::pkt::IPv4 …) add typed setters by field name.
class LayerBuilder {
 public:
  explicit LayerBuilder(const build::BuildSpec& spec);
  virtual ~LayerBuilder() = default;

  const build::BuildSpec& spec() const noexcept { return *spec_; }
  ProtocolId protocol_id() const noexcept { return spec_->id; }

  /// Sets field `index` (the scaled value, as the view's accessor returns it). Throws BuildError
  /// when it does not fit the field's bits or is not a multiple of its scale.
  void set_uint(std::size_t index, std::uint64_t value);
  /// Sets a bytes field, or an address from its bytes (the size must match).
  void set_bytes(std::size_t index, Bytes value);
  /// Sets an address from text: "02:00:5e:00:00:01", "192.0.2.1", "2001:db8::1".
  void set_text(std::size_t index, std::string_view text);
  /// Sets a bytes field holding an address (ARP's) from text: a MAC, IPv4 or IPv6 address.
  void set_address(std::size_t index, std::string_view text);
  /// Sets or clears one flag of a flags field.
  void set_flag(std::size_t index, std::uint64_t mask, bool on);
  /// Appends one element (kind, data) to an option list field.
  void add_element(std::size_t index, std::uint32_t kind, Bytes data);
  /// An "either" byte-order field: write it little-endian (default) or big-endian.
  void set_little(std::size_t index, bool little);
  /// Forgets a value: build() derives or defaults it again.
  void unset(std::size_t index);
  bool is_set(std::size_t index) const noexcept { return set_[index] != 0; }
  /// Sets a field by name from an integer (tests, generic tools). Throws BuildError for a name the
  /// spec does not have.
  void set(std::string_view field, std::uint64_t value);
  void set(std::string_view field, std::string_view text);
  std::size_t field_index(std::string_view field) const;

  /// Bytes after the payload that no length of this layer counts (Ethernet padding, a trailer).
  void set_trailer(Bytes bytes) { trailer_.assign(bytes.begin(), bytes.end()); }
  Bytes trailer() const noexcept { return {trailer_.data(), trailer_.size()}; }

  // Read by the engine.
  std::uint64_t value(std::size_t index) const noexcept { return value_[index]; }
  Bytes bytes(std::size_t index) const noexcept { return {data_[index].data(), data_[index].size()}; }
  bool little(std::size_t index) const noexcept { return little_[index] != 0; }

 private:
  const build::BuildSpec* spec_;
  std::vector<std::uint64_t> value_;
  std::vector<std::vector<std::uint8_t>> data_;
  std::vector<std::uint8_t> set_;
  std::vector<std::uint8_t> little_;
  std::vector<std::uint8_t> trailer_;
};

/// Layers stacked outermost first. Built into a caller's buffer: size() then build(span) allocate
/// nothing; bytes() is the convenience that does.
class Packet {
 public:
  Packet() = default;
  /// A packet of one layer (so that a single builder can be built too).
  template <class L, class = std::enable_if_t<std::is_base_of_v<LayerBuilder, std::decay_t<L>>>>
  Packet(L&& layer) {  // NOLINT(google-explicit-constructor): a layer is a packet of one layer
    push(std::forward<L>(layer));
  }
  Packet(Packet&&) noexcept = default;
  Packet& operator=(Packet&&) noexcept = default;

  /// Appends a layer (the innermost so far).
  template <class L, class = std::enable_if_t<std::is_base_of_v<LayerBuilder, std::decay_t<L>>>>
  Packet& push(L&& layer) {
    layers_.push_back(std::make_unique<std::decay_t<L>>(std::forward<L>(layer)));
    return *this;
  }
  Packet& push(std::unique_ptr<LayerBuilder> layer) {
    layers_.push_back(std::move(layer));
    return *this;
  }

  std::size_t layer_count() const noexcept { return layers_.size(); }
  LayerBuilder& layer(std::size_t i) { return *layers_.at(i); }
  const LayerBuilder& layer(std::size_t i) const { return *layers_.at(i); }

  /// The bytes build() writes. Throws BuildError (a layer and field that cannot be built).
  std::size_t size(const BuildOptions& options = {}) const;
  /// Writes the packet at the start of `out`; returns the bytes written. Throws BuildError, also
  /// when `out` is too small.
  std::size_t build(std::span<std::uint8_t> out, const BuildOptions& options = {}) const;
  std::vector<std::uint8_t> bytes(const BuildOptions& options = {}) const;

 private:
  std::vector<std::unique_ptr<LayerBuilder>> layers_;
};

template <class A, class B,
          class = std::enable_if_t<std::is_base_of_v<LayerBuilder, std::decay_t<A>> &&
                                   std::is_base_of_v<LayerBuilder, std::decay_t<B>>>>
Packet operator/(A&& outer, B&& inner) {
  Packet p;
  p.push(std::forward<A>(outer));
  p.push(std::forward<B>(inner));
  return p;
}

template <class B, class = std::enable_if_t<std::is_base_of_v<LayerBuilder, std::decay_t<B>>>>
Packet operator/(Packet&& outer, B&& inner) {
  outer.push(std::forward<B>(inner));
  return std::move(outer);
}

class Frame;

/// The layers of a dissected frame as builders, every field set from the decoded layer through
/// its view (values, not a copy of the bytes); bytes after a layer's payload that none of its
/// lengths counts (Ethernet padding) become its trailer. Returns false with `reason` when the
/// frame cannot be rebuilt from its fields: cut by the snap length, a layer not decoded
/// (malformed, truncated), bytes no spec covers. Build the result with BuildOptions{.strict = false}
/// so that every value is written as it was captured.
bool packet_from_frame(const Frame& frame, Packet& out, std::string& reason);

/// Parses "aa:bb:cc:dd:ee:ff" (or '-' separated), a dotted IPv4 or an IPv6 address. False on bad text.
bool parse_mac(std::string_view text, std::uint8_t out[6]) noexcept;
bool parse_ipv4(std::string_view text, std::uint8_t out[4]) noexcept;
bool parse_ipv6(std::string_view text, std::uint8_t out[16]) noexcept;

/// The Internet checksum's one's-complement sum of `b` added to `sum` (not folded, not inverted).
std::uint64_t inet_sum(Bytes b, std::uint64_t sum = 0) noexcept;
/// Folds and inverts a sum into the checksum to write.
std::uint16_t inet_fold(std::uint64_t sum) noexcept;

}  // namespace jspcap
