// Generated from specs/pppoes.yaml by generator/. DO NOT EDIT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// PPPoES: PPP over Ethernet, session stage; a PPP frame (protocol field first) follows the 6-byte header.
/// Reference: RFC 2516 §4 (PPPoE packet format), §6 (session stage).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class PppoesView {
 public:
  static constexpr ProtocolId kId = ProtocolId::pppoes;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 6;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr PppoesView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr PppoesView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// PPPoE version (1) (specs/pppoes.yaml:11)
  std::uint8_t version() const noexcept;
  /// PPPoE type (1) (specs/pppoes.yaml:12)
  std::uint8_t type() const noexcept;
  /// packet code (0: session data) (specs/pppoes.yaml:13)
  std::uint8_t code() const noexcept;
  /// session ID (specs/pppoes.yaml:14)
  std::uint16_t session_id() const noexcept;
  /// length of the payload in bytes (the Ethernet padding after it excluded) (specs/pppoes.yaml:15)
  std::uint16_t payload_length() const noexcept;

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t PppoesView::version() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 4) & 0xf); }
inline std::uint8_t PppoesView::type() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 0) & 0xf); }
inline std::uint8_t PppoesView::code() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t PppoesView::session_id() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t PppoesView::payload_length() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }

inline Issue PppoesView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return PppoesView{p, cap}.check(wire, partial, out);
}

inline Issue PppoesView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(version()) != 1) return Issue{Status::malformed, Reason::bad_value, "version", static_cast<std::int64_t>(version()), 1};
  if (static_cast<std::int64_t>(type()) != 1) return Issue{Status::malformed, Reason::bad_value, "type", static_cast<std::int64_t>(type()), 1};
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = static_cast<std::int64_t>(static_cast<std::int64_t>(payload_length()) + std::int64_t{6});
  const std::int64_t header = 6;
  if (header > static_cast<std::int64_t>(n_)) return jspcap::detail::short_header(header, n_, wire, partial);
  if (total < header) return Issue{Status::malformed, Reason::header_exceeds_total, nullptr, header, total};
  Issue issue{};
  if (total > parent_len) {
    if (!partial) issue = Issue{Status::length_exceeds_parent, Reason::total_exceeds_parent, nullptr, total, parent_len};
    total = parent_len;
  }
  out.header_len = static_cast<std::size_t>(header);
  out.wire_len = static_cast<std::uint64_t>(total);
  out.cap_len = static_cast<std::size_t>(total) < n_ ? static_cast<std::size_t>(total) : n_;
  out.next = ProtocolId::ppp;
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void PppoesView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("version", version());
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("type", type());
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.enumerated("code", code(), jspcap::enums::pppoe_code(code()), true, 1);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.hex("session_id", session_id(), 2);
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.uint("payload_length", payload_length());
}

}  // namespace jspcap
