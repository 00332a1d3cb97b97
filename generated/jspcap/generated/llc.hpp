// Generated from specs/llc.yaml by generator/. DO NOT EDIT.
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

/// LLC: Logical Link Control after an 802.3 length field; with SNAP (SAP 0xAA) the OUI and protocol ID follow.
/// Reference: IEEE 802.2 §3 (LLC); RFC 1042 (SNAP).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class LlcView {
 public:
  static constexpr ProtocolId kId = ProtocolId::llc;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 3;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr LlcView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr LlcView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// destination service access point (specs/llc.yaml:8)
  std::uint8_t dsap() const noexcept;
  /// source service access point (low bit set on responses) (specs/llc.yaml:9)
  std::uint8_t ssap() const noexcept;
  /// control field (one byte for U-format frames) (specs/llc.yaml:10)
  std::uint8_t control() const noexcept;
  /// second control byte (I- and S-format frames) — present only when the spec's condition holds (specs/llc.yaml:11)
  std::uint8_t control_ext() const noexcept;
  /// SNAP organisation code — present only when the spec's condition holds (specs/llc.yaml:12)
  std::uint32_t oui() const noexcept;
  /// SNAP protocol ID (an EtherType when the OUI is 0) — present only when the spec's condition holds (specs/llc.yaml:13)
  std::uint16_t pid() const noexcept;

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

inline std::uint8_t LlcView::dsap() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t LlcView::ssap() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint8_t LlcView::control() const noexcept { return static_cast<std::uint8_t>(p_[2]); }
inline std::uint8_t LlcView::control_ext() const noexcept { return static_cast<std::uint8_t>(p_[3]); }
inline std::uint32_t LlcView::oui() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be24(p_ + std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}))); }
inline std::uint16_t LlcView::pid() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) ? std::int64_t{3} : std::int64_t{0}))); }

inline Issue LlcView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return LlcView{p, cap}.check(wire, partial, out);
}

inline Issue LlcView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) {
    if (static_cast<std::int64_t>(n_) < (3) + 1) return jspcap::detail::short_header((3) + 1, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})) + 3) return jspcap::detail::short_header((std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})) + 3, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) ? std::int64_t{3} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) ? std::int64_t{3} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) ? std::int64_t{3} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) ? std::int64_t{2} : std::int64_t{0});
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
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170})) && static_cast<std::int64_t>(static_cast<std::int64_t>(oui()) == std::int64_t{0}))) {
    out.next_table = "ethertype";
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(pid()));
    out.next = lookup(TableId::ethertype, out.next_key);
    if (out.next != ProtocolId::none) return issue;
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) != std::int64_t{170})) {
    out.next_table = "llc_sap";
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(dsap()));
    out.next = lookup(TableId::llc_sap, out.next_key);
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void LlcView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("dsap", dsap(), jspcap::enums::llc_sap(dsap()), true, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.enumerated("ssap", ssap(), jspcap::enums::llc_sap(ssap()), true, 1);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 1)) { return; }
  s.hex("control", control(), 1);
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) {
    if (!(static_cast<std::int64_t>(n_) >= (3) + 1)) { return; }
    s.hex("control_ext", control_ext(), 1);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0})) + 3)) { return; }
    s.hex("oui", oui(), 3);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{3} + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(control()) & std::int64_t{3}) != std::int64_t{3})) ? std::int64_t{1} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(dsap()) == std::int64_t{170}) && static_cast<std::int64_t>(static_cast<std::int64_t>(ssap()) == std::int64_t{170}))) ? std::int64_t{3} : std::int64_t{0})) + 2)) { return; }
    s.enumerated("pid", pid(), jspcap::enums::ethertype(pid()), true, 2);
  }
}

}  // namespace jspcap
