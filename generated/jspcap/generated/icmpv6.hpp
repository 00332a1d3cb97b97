// Generated from specs/icmpv6.yaml by generator/. DO NOT EDIT.
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

/// ICMPv6
/// Reference: RFC 4443 §2.1.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Icmpv6View {
 public:
  static constexpr ProtocolId kId = ProtocolId::icmpv6;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Icmpv6View(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Icmpv6View(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// message type (specs/icmpv6.yaml:9)
  std::uint8_t type() const noexcept;
  /// message code (specs/icmpv6.yaml:10)
  std::uint8_t code() const noexcept;
  /// checksum (specs/icmpv6.yaml:11)
  std::uint16_t checksum() const noexcept;
  /// identifier (echo) — present only when the spec's condition holds (specs/icmpv6.yaml:12)
  std::uint16_t id() const noexcept;
  /// sequence number (echo) — present only when the spec's condition holds (specs/icmpv6.yaml:13)
  std::uint16_t seq() const noexcept;
  /// MTU of the next hop (packet too big) — present only when the spec's condition holds (specs/icmpv6.yaml:14)
  std::uint32_t mtu() const noexcept;
  /// offset of the error (parameter problem) — present only when the spec's condition holds (specs/icmpv6.yaml:15)
  std::uint32_t pointer() const noexcept;
  /// unused — present only when the spec's condition holds (specs/icmpv6.yaml:16)
  Bytes unused() const noexcept;
  /// message-specific word (the body after it is not decoded yet) — present only when the spec's condition holds (specs/icmpv6.yaml:17)
  Bytes reserved() const noexcept;

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

inline std::uint8_t Icmpv6View::type() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t Icmpv6View::code() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t Icmpv6View::checksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t Icmpv6View::id() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline std::uint16_t Icmpv6View::seq() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint32_t Icmpv6View::mtu() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint32_t Icmpv6View::pointer() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}))); }
inline Bytes Icmpv6View::unused() const noexcept { return Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0})), static_cast<std::size_t>(4)}; }
inline Bytes Icmpv6View::reserved() const noexcept { return Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) ? std::int64_t{4} : std::int64_t{0})), static_cast<std::size_t>(4)}; }

inline Issue Icmpv6View::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Icmpv6View{p, cap}.check(wire, partial, out);
}

inline Issue Icmpv6View::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) {
    if (static_cast<std::int64_t>(n_) < (4) + 2) return jspcap::detail::short_header((4) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if ((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}, std::int64_t{128}, std::int64_t{129}})))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) ? std::int64_t{4} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) ? std::int64_t{4} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = std::int64_t{8};
  if (header < std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) ? std::int64_t{4} : std::int64_t{0}) + (((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}, std::int64_t{128}, std::int64_t{129}})))) ? std::int64_t{4} : std::int64_t{0}))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) ? std::int64_t{4} : std::int64_t{0}) + (((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}, std::int64_t{128}, std::int64_t{129}})))) ? std::int64_t{4} : std::int64_t{0}), header};
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
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}}))) {
    out.next_partial = (std::int64_t{1}) != 0;
    out.next = ProtocolId::ipv6;
    return issue;
  }
  return issue;
}

template <class Sink>
void Icmpv6View::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("type", type(), jspcap::enums::icmpv6_type(type()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("code", code());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.hex("checksum", checksum(), 2);
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) {
    if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
    s.uint("id", id());
  }
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("seq", seq());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0})) + 4)) { return; }
    s.uint("mtu", mtu());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0})) + 4)) { return; }
    s.uint("pointer", pointer());
  }
  if ((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4}, std::int64_t{128}, std::int64_t{129}})))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) ? std::int64_t{4} : std::int64_t{0})) + 4)) { return; }
    s.bytes("reserved", Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{128}, std::int64_t{129}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{2})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{4})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{1}, std::int64_t{3}}))) ? std::int64_t{4} : std::int64_t{0})), static_cast<std::size_t>(4)});
  }
}

}  // namespace jspcap
