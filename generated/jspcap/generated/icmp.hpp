// Generated from specs/icmp.yaml by generator/. DO NOT EDIT.
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

/// ICMP
/// Reference: RFC 792.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class IcmpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::icmp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr IcmpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr IcmpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// message type (specs/icmp.yaml:9)
  std::uint8_t type() const noexcept;
  /// message code (specs/icmp.yaml:10)
  std::uint8_t code() const noexcept;
  /// checksum (specs/icmp.yaml:11)
  std::uint16_t checksum() const noexcept;
  /// identifier (echo, timestamp, information, mask) — present only when the spec's condition holds (specs/icmp.yaml:12)
  std::uint16_t id() const noexcept;
  /// sequence number — present only when the spec's condition holds (specs/icmp.yaml:13)
  std::uint16_t seq() const noexcept;
  /// gateway address (redirect) — present only when the spec's condition holds (specs/icmp.yaml:14)
  std::span<const std::uint8_t, 4> gateway() const noexcept;
  /// octet in error (parameter problem) — present only when the spec's condition holds (specs/icmp.yaml:15)
  std::uint8_t pointer() const noexcept;
  /// unused — present only when the spec's condition holds (specs/icmp.yaml:16)
  Bytes unused() const noexcept;
  /// rest_of_header — present only when the spec's condition holds (specs/icmp.yaml:17)
  Bytes rest_of_header() const noexcept;
  /// rest of the header of other types — present only when the spec's condition holds (specs/icmp.yaml:18)
  Bytes other() const noexcept;

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

inline std::uint8_t IcmpView::type() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t IcmpView::code() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t IcmpView::checksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t IcmpView::id() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline std::uint16_t IcmpView::seq() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::span<const std::uint8_t, 4> IcmpView::gateway() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})), 4}; }
inline std::uint8_t IcmpView::pointer() const noexcept { return static_cast<std::uint8_t>(p_[std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0})]); }
inline Bytes IcmpView::unused() const noexcept { return Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0})), static_cast<std::size_t>(4)}; }
inline Bytes IcmpView::rest_of_header() const noexcept { return Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0})), static_cast<std::size_t>(3)}; }
inline Bytes IcmpView::other() const noexcept { return Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{3} : std::int64_t{0})), static_cast<std::size_t>(4)}; }

inline Issue IcmpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return IcmpView{p, cap}.check(wire, partial, out);
}

inline Issue IcmpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) {
    if (static_cast<std::int64_t>(n_) < (4) + 2) return jspcap::detail::short_header((4) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0})) + 1) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0})) + 1, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0})) + 3) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0})) + 3, n_, wire, partial);
  }
  if ((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{3}, std::int64_t{4}, std::int64_t{5}, std::int64_t{8}, std::int64_t{11}, std::int64_t{12}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}})))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{3} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{3} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = std::int64_t{8};
  if (header < std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{3} : std::int64_t{0}) + (((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{3}, std::int64_t{4}, std::int64_t{5}, std::int64_t{8}, std::int64_t{11}, std::int64_t{12}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}})))) ? std::int64_t{4} : std::int64_t{0}))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{3} : std::int64_t{0}) + (((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{3}, std::int64_t{4}, std::int64_t{5}, std::int64_t{8}, std::int64_t{11}, std::int64_t{12}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}})))) ? std::int64_t{4} : std::int64_t{0}), header};
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
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{5}, std::int64_t{11}, std::int64_t{12}}))) {
    out.next_partial = (std::int64_t{1}) != 0;
    out.next = ProtocolId::ipv4;
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void IcmpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("type", type(), jspcap::enums::icmp_type(type()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("code", code());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.hex("checksum", checksum(), 2);
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) {
    if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
    s.uint("id", id());
  }
  if (static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("seq", seq());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})) + 4)) { return; }
    s.address("gateway", AddrKind::ipv4, Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0})), 4});
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0})) + 1)) { return; }
    s.uint("pointer", pointer());
  }
  if ((!static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{3}, std::int64_t{4}, std::int64_t{5}, std::int64_t{8}, std::int64_t{11}, std::int64_t{12}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}})))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{3} : std::int64_t{0})) + 4)) { return; }
    s.bytes("other", Bytes{p_ + (std::int64_t{4} + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{0}, std::int64_t{8}, std::int64_t{13}, std::int64_t{14}, std::int64_t{15}, std::int64_t{16}, std::int64_t{17}, std::int64_t{18}}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{5})) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(jspcap::detail::one_of(static_cast<std::int64_t>(type()), {std::int64_t{3}, std::int64_t{4}, std::int64_t{11}}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(type()) == std::int64_t{12})) ? std::int64_t{3} : std::int64_t{0})), static_cast<std::size_t>(4)});
  }
}

}  // namespace jspcap
