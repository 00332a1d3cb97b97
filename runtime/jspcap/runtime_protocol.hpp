// Protocols whose spec was loaded at run time (jspcap/specs.hpp): the interface the generated
// dispatch calls for them, and the type-erased sink their visit() writes to. A compiled protocol
// is a generated view class; a run-time one is an object behind this interface, found by its
// ProtocolId. When no spec was loaded at run time, the dispatch pays one relaxed load.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jspcap/bytes.hpp"
#include "jspcap/fragment.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/stream_info.hpp"
#include "jspcap/text_message.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// A field walker behind virtual calls (see jspcap/sink.hpp for what each call means).
class AnySink {
 public:
  virtual void begin(std::string_view key) = 0;
  virtual void end() = 0;
  virtual void begin_list(std::string_view key) = 0;
  virtual void end_list() = 0;
  virtual void uint(std::string_view key, std::uint64_t v) = 0;
  virtual void integer(std::string_view key, std::int64_t v) = 0;
  virtual void hex(std::string_view key, std::uint64_t v, unsigned nbytes) = 0;
  virtual void boolean(std::string_view key, bool v) = 0;
  virtual void enumerated(std::string_view key, std::uint64_t v, const char* name, bool hex, unsigned nbytes) = 0;
  virtual void bytes(std::string_view key, Bytes v) = 0;
  virtual void address(std::string_view key, AddrKind kind, Bytes v) = 0;
  virtual void text(std::string_view key, Bytes v) = 0;
  virtual void string(std::string_view key, std::string_view v) = 0;
  virtual void decimal(std::string_view key, std::string_view v) = 0;
  virtual void null(std::string_view key) = 0;

 protected:
  ~AnySink() = default;
};

/// Wraps any sink with the members above. The frame walk's own calls (integer, string, decimal,
/// null) are optional: views never make them, so a sink only for views may leave them out.
template <class Sink>
class SinkAdapter final : public AnySink {
 public:
  explicit SinkAdapter(Sink& s) noexcept : s_(s) {}
  void begin(std::string_view key) override { s_.begin(key); }
  void end() override { s_.end(); }
  void begin_list(std::string_view key) override { s_.begin_list(key); }
  void end_list() override { s_.end_list(); }
  void uint(std::string_view key, std::uint64_t v) override { s_.uint(key, v); }
  void integer(std::string_view key, std::int64_t v) override {
    if constexpr (requires { s_.integer(key, v); }) s_.integer(key, v);
  }
  void hex(std::string_view key, std::uint64_t v, unsigned n) override { s_.hex(key, v, n); }
  void boolean(std::string_view key, bool v) override { s_.boolean(key, v); }
  void enumerated(std::string_view key, std::uint64_t v, const char* name, bool hex, unsigned n) override {
    s_.enumerated(key, v, name, hex, n);
  }
  void bytes(std::string_view key, Bytes v) override { s_.bytes(key, v); }
  void address(std::string_view key, AddrKind kind, Bytes v) override { s_.address(key, kind, v); }
  void text(std::string_view key, Bytes v) override { s_.text(key, v); }
  void string(std::string_view key, std::string_view v) override {
    if constexpr (requires { s_.string(key, v); }) s_.string(key, v);
  }
  void decimal(std::string_view key, std::string_view v) override {
    if constexpr (requires { s_.decimal(key, v); }) s_.decimal(key, v);
  }
  void null(std::string_view key) override {
    if constexpr (requires { s_.null(key); }) s_.null(key);
  }

 private:
  Sink& s_;
};

/// One protocol interpreted from its spec. Every member has the meaning of the generated
/// function of the same name in jspcap/generated/dispatch.hpp. Objects live until the process
/// ends (frames and reports may hold their names), so they are never destroyed while in use.
class RuntimeProtocol {
 public:
  virtual ~RuntimeProtocol() = default;
  virtual Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                        bool partial) const noexcept = 0;
  virtual void visit(const std::uint8_t* p, std::size_t n, AnySink& s) const = 0;
  /// Has a `fragment:` entry: `scope` is set to the protocol completing the key.
  virtual bool fragments(ProtocolId& scope) const noexcept = 0;
  virtual bool fragment(Bytes layer, Bytes scope, FragmentInfo& out) const noexcept = 0;
  virtual void visit_fragment_key(const std::uint8_t* key, std::size_t n, AnySink& s) const = 0;
  /// Has a `stream:` entry.
  virtual bool streams(StreamBinding& out) const noexcept = 0;
  virtual bool stream(Bytes layer, ProtocolId scope_id, Bytes scope, StreamInfo& out) const noexcept = 0;
  /// Has a `message:` entry.
  virtual bool message_rules(MessageRules& out) const noexcept = 0;
  /// Content detection (a message protocol's start line).
  virtual bool probe(const std::uint8_t* p, std::size_t n) const noexcept = 0;
  /// The value of the integer or address field `name` of a layer of this protocol (the stream
  /// and fragment scopes of other specs read it): `raw` the field's bytes, `value` its integer.
  virtual bool read_field(std::string_view name, Bytes layer, Bytes& raw, std::uint64_t& value) const noexcept = 0;
};

namespace detail {
/// The run-time protocol with this id (a new id, or a compiled one it replaces), or nullptr.
const RuntimeProtocol* runtime_protocol(ProtocolId id) noexcept;
inline const RuntimeProtocol* runtime_override(ProtocolId id) noexcept {
  if (!g_runtime_specs.load(std::memory_order_relaxed)) [[likely]]  // declared in ids.hpp
    return nullptr;
  return runtime_protocol(id);
}
}  // namespace detail

}  // namespace jspcap
