// Generated from specs/gre.yaml by generator/. DO NOT EDIT.
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

/// GRE: Generic Routing Encapsulation; the protocol type is an EtherType (0x6558: an Ethernet frame, 0x880b: PPP). Version 1 is PPTP's enhanced GRE, whose key holds the payload length and the call ID and which may carry an acknowledgment number. The source routes of RFC 1701 (R bit) are not decoded: such a packet's payload is kept as Raw.
/// Reference: RFC 2784 §2 (GRE); RFC 2890 §2 (key and sequence number); RFC 2637 §4.1 (enhanced GRE of PPTP).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class GreView {
 public:
  static constexpr ProtocolId kId = ProtocolId::gre;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr GreView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr GreView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// C: checksum present, R: routing present (RFC 1701), K: key present, S: sequence number present, s: strict source route (specs/gre.yaml:14)
  std::uint8_t flags() const noexcept;
  bool flags_checksum() const noexcept { return (flags() & 0x10) != 0; }
  bool flags_routing() const noexcept { return (flags() & 0x8) != 0; }
  bool flags_key() const noexcept { return (flags() & 0x4) != 0; }
  bool flags_sequence() const noexcept { return (flags() & 0x2) != 0; }
  bool flags_strict_route() const noexcept { return (flags() & 0x1) != 0; }
  /// recursion control (RFC 1701) (specs/gre.yaml:18)
  std::uint8_t recursion() const noexcept;
  /// A: acknowledgment number present (version 1) (specs/gre.yaml:19)
  bool ack() const noexcept;
  /// reserved (specs/gre.yaml:20)
  std::uint8_t reserved() const noexcept;
  /// 0: GRE, 1: enhanced GRE (PPTP) (specs/gre.yaml:21)
  std::uint8_t version() const noexcept;
  /// protocol type of the payload (an EtherType) (specs/gre.yaml:22)
  std::uint16_t proto() const noexcept;
  /// checksum of header and payload — present only when the spec's condition holds (specs/gre.yaml:23)
  std::uint16_t checksum() const noexcept;
  /// offset of the active source route entry (RFC 1701) — present only when the spec's condition holds (specs/gre.yaml:24)
  std::uint16_t offset() const noexcept;
  /// key (RFC 2890) — present only when the spec's condition holds (specs/gre.yaml:25)
  std::uint32_t key() const noexcept;
  /// length of the payload in bytes (version 1) — present only when the spec's condition holds (specs/gre.yaml:26)
  std::uint16_t payload_length() const noexcept;
  /// the peer's call ID (version 1) — present only when the spec's condition holds (specs/gre.yaml:27)
  std::uint16_t call_id() const noexcept;
  /// sequence number — present only when the spec's condition holds (specs/gre.yaml:28)
  std::uint32_t sequence_number() const noexcept;
  /// highest sequence number received (version 1) — present only when the spec's condition holds (specs/gre.yaml:29)
  std::uint32_t ack_number() const noexcept;

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

inline std::uint8_t GreView::flags() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 3) & 0x1f); }
inline std::uint8_t GreView::recursion() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 0) & 0x7); }
inline bool GreView::ack() const noexcept { return ((((p_[1]) >> 7) & 0x1) != 0); }
inline std::uint8_t GreView::reserved() const noexcept { return static_cast<std::uint8_t>(((p_[1]) >> 3) & 0xf); }
inline std::uint8_t GreView::version() const noexcept { return static_cast<std::uint8_t>(((p_[1]) >> 0) & 0x7); }
inline std::uint16_t GreView::proto() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t GreView::checksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline std::uint16_t GreView::offset() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint32_t GreView::key() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint16_t GreView::payload_length() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}))); }
inline std::uint16_t GreView::call_id() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint32_t GreView::sequence_number() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint32_t GreView::ack_number() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_sequence())) ? std::int64_t{4} : std::int64_t{0}))); }

inline Issue GreView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return GreView{p, cap}.check(wire, partial, out);
}

inline Issue GreView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (!jspcap::detail::one_of(static_cast<std::int64_t>(version()), {0, 1})) return Issue{Status::malformed, Reason::not_allowed, "version", static_cast<std::int64_t>(version()), 0};
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) {
    if (static_cast<std::int64_t>(n_) < (4) + 2) return jspcap::detail::short_header((4) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(flags_sequence())) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(ack()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_sequence())) ? std::int64_t{4} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_sequence())) ? std::int64_t{4} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}) && static_cast<std::int64_t>(flags_key()))) ? (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(std::int64_t{8} + ((static_cast<std::int64_t>(flags_sequence())) ? (std::int64_t{4}) : (std::int64_t{0}))) + ((static_cast<std::int64_t>(ack())) ? (std::int64_t{4}) : (std::int64_t{0}))) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? (std::int64_t{4}) : (std::int64_t{0}))) + static_cast<std::int64_t>(payload_length()))) : (parent_len));
  const std::int64_t header = std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_sequence())) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ack()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{4} : std::int64_t{0});
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
  if ((!static_cast<std::int64_t>(flags_routing()))) {
    out.next_table = "ethertype";
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(proto()));
    out.next = lookup(TableId::ethertype, out.next_key);
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void GreView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.begin("flags"); s.boolean("checksum", flags_checksum()); s.boolean("routing", flags_routing()); s.boolean("key", flags_key()); s.boolean("sequence", flags_sequence()); s.boolean("strict_route", flags_strict_route()); s.end();
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("recursion", recursion());
  if (!(static_cast<std::int64_t>(n_) >= 2)) { return; }
  s.boolean("ack", ack());
  if (!(static_cast<std::int64_t>(n_) >= 2)) { return; }
  s.uint("version", version());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.enumerated("proto", proto(), jspcap::enums::ethertype(proto()), true, 2);
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) {
    if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
    s.hex("checksum", checksum(), 2);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("offset", offset());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0})) + 4)) { return; }
    s.hex("key", key(), 4);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0})) + 2)) { return; }
    s.uint("payload_length", payload_length());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("call_id", call_id());
  }
  if (static_cast<std::int64_t>(flags_sequence())) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0})) + 4)) { return; }
    s.uint("sequence_number", sequence_number());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(ack()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{4} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_checksum()) || static_cast<std::int64_t>(flags_routing()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{0}))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(flags_key()) && static_cast<std::int64_t>(static_cast<std::int64_t>(version()) == std::int64_t{1}))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_sequence())) ? std::int64_t{4} : std::int64_t{0})) + 4)) { return; }
    s.uint("ack_number", ack_number());
  }
}

}  // namespace jspcap
