// Generated from specs/l2tp.yaml by generator/. DO NOT EDIT.
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

/// L2TP: Layer Two Tunnelling Protocol over UDP, versions 2 and 3; control messages with their AVPs. An L2TPv2 data message carries a PPP frame; the payload of an L2TPv3 data message (a pseudowire of a type agreed in signalling) is kept as Raw.
/// Reference: RFC 2661 §3.1 (L2TPv2); RFC 3931 §3.2.1 (L2TPv3 over UDP).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class L2tpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::l2tp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 2;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr L2tpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr L2tpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// T: control message, L: length present, S: sequence numbers present, O: offset present, P: priority (specs/l2tp.yaml:10)
  std::uint16_t flags() const noexcept;
  bool flags_type() const noexcept { return (flags() & 0x800) != 0; }
  bool flags_len() const noexcept { return (flags() & 0x400) != 0; }
  bool flags_seq() const noexcept { return (flags() & 0x80) != 0; }
  bool flags_offset() const noexcept { return (flags() & 0x20) != 0; }
  bool flags_prio() const noexcept { return (flags() & 0x10) != 0; }
  /// version (specs/l2tp.yaml:14)
  std::uint8_t ver() const noexcept;
  /// total length of the message — present only when the spec's condition holds (specs/l2tp.yaml:15)
  std::uint16_t length() const noexcept;
  /// tunnel ID — present only when the spec's condition holds (specs/l2tp.yaml:16)
  std::uint16_t tunnelid() const noexcept;
  /// session ID — present only when the spec's condition holds (specs/l2tp.yaml:17)
  std::uint16_t sessionid() const noexcept;
  /// control connection ID (L2TPv3 control message) — present only when the spec's condition holds (specs/l2tp.yaml:18)
  std::uint32_t ccid() const noexcept;
  /// reserved — present only when the spec's condition holds (specs/l2tp.yaml:19)
  std::uint16_t reserved() const noexcept;
  /// session ID (L2TPv3 data message, RFC 3931 §4.1.2.1) — present only when the spec's condition holds (specs/l2tp.yaml:20)
  std::uint32_t session_id() const noexcept;
  /// sequence number — present only when the spec's condition holds (specs/l2tp.yaml:21)
  std::uint16_t ns() const noexcept;
  /// next expected sequence number — present only when the spec's condition holds (specs/l2tp.yaml:22)
  std::uint16_t nr() const noexcept;
  /// offset size — present only when the spec's condition holds (specs/l2tp.yaml:23)
  std::uint16_t offset() const noexcept;
  /// padding — present only when the spec's condition holds (specs/l2tp.yaml:24)
  Bytes padding() const noexcept;
  /// the attribute-value pairs of a control message — present only when the spec's condition holds (specs/l2tp.yaml:25)
  Bytes avps() const noexcept;
  /// The elements of avps: for (const TlvItem& o : v.avps_items()) …
  TlvRange avps_items() const noexcept { return TlvRange(avps(), kL2tpAvpFormat); }

  /// Layout of a `l2tp_avp` element (specs/l2tp.yaml:31).
  static constexpr TlvFormat kL2tpAvpFormat{4, 2, true, 1, nullptr, 0, nullptr, 0, 1, 2, 0, 0x3ff, 0, 6};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_l2tp_avp(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint16_t L2tpView::flags() const noexcept { return static_cast<std::uint16_t>(((jspcap::load_be16(p_ + 0)) >> 4) & 0xfff); }
inline std::uint8_t L2tpView::ver() const noexcept { return static_cast<std::uint8_t>(((jspcap::load_be16(p_ + 0)) >> 0) & 0xf); }
inline std::uint16_t L2tpView::length() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t L2tpView::tunnelid() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint16_t L2tpView::sessionid() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint32_t L2tpView::ccid() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint16_t L2tpView::reserved() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}))); }
inline std::uint32_t L2tpView::session_id() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint16_t L2tpView::ns() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}))); }
inline std::uint16_t L2tpView::nr() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}))); }
inline std::uint16_t L2tpView::offset() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}))); }
inline Bytes L2tpView::padding() const noexcept { return Bytes{p_ + (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0})), static_cast<std::size_t>((static_cast<std::int64_t>(offset())))}; }
inline Bytes L2tpView::avps() const noexcept { return Bytes{p_ + (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? (static_cast<std::int64_t>(offset())) : std::int64_t{0})), static_cast<std::size_t>((static_cast<std::int64_t>(n_) - (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? (static_cast<std::int64_t>(offset())) : std::int64_t{0}))))}; }

inline Issue L2tpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return L2tpView{p, cap}.check(wire, partial, out);
}

inline Issue L2tpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (!jspcap::detail::one_of(static_cast<std::int64_t>(ver()), {2, 3})) return Issue{Status::malformed, Reason::not_allowed, "ver", static_cast<std::int64_t>(ver()), 0};
  if (static_cast<std::int64_t>(flags_len())) {
    if (static_cast<std::int64_t>(n_) < (2) + 2) return jspcap::detail::short_header((2) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0})) + 4) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0})) + 4, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(flags_seq())) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(flags_seq())) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0})) + 2) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0})) + 2, n_, wire, partial);
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) {
    if (static_cast<std::int64_t>(n_) < (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0})) + (static_cast<std::int64_t>(offset()))) return jspcap::detail::short_header((std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0})) + (static_cast<std::int64_t>(offset())), n_, wire, partial);
  }
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = ((static_cast<std::int64_t>(flags_len())) ? (static_cast<std::int64_t>(length())) : (parent_len));
  const std::int64_t limit = total < parent_len ? total : parent_len;  // `bytes: rest` ends here
  const std::int64_t header = std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? (static_cast<std::int64_t>(offset())) : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_type())) ? std::max<std::int64_t>(0, limit - (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? (static_cast<std::int64_t>(offset())) : std::int64_t{0}))) : std::int64_t{0});
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
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && (!static_cast<std::int64_t>(flags_type())))) {
    out.next = ProtocolId::ppp_hdlc;
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void L2tpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 2)) { return; }
  s.begin("flags"); s.boolean("type", flags_type()); s.boolean("len", flags_len()); s.boolean("seq", flags_seq()); s.boolean("offset", flags_offset()); s.boolean("prio", flags_prio()); s.end();
  if (!(static_cast<std::int64_t>(n_) >= 2)) { return; }
  s.uint("ver", ver());
  if (static_cast<std::int64_t>(flags_len())) {
    if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
    s.uint("length", length());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("tunnelid", tunnelid());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("sessionid", sessionid());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0})) + 4)) { return; }
    s.uint("ccid", ccid());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0})) + 4)) { return; }
    s.hex("session_id", session_id(), 4);
  }
  if (static_cast<std::int64_t>(flags_seq())) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0})) + 2)) { return; }
    s.uint("ns", ns());
  }
  if (static_cast<std::int64_t>(flags_seq())) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("nr", nr());
  }
  if (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0})) + 2)) { return; }
    s.uint("offset", offset());
  }
  if (static_cast<std::int64_t>(flags_type())) {
    if (!(static_cast<std::int64_t>(n_) >= (std::int64_t{2} + ((static_cast<std::int64_t>(flags_len())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2})) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && static_cast<std::int64_t>(flags_type()))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{3}) && (!static_cast<std::int64_t>(flags_type())))) ? std::int64_t{4} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(flags_seq())) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? std::int64_t{2} : std::int64_t{0}) + ((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(ver()) == std::int64_t{2}) && static_cast<std::int64_t>(flags_offset()))) ? (static_cast<std::int64_t>(offset())) : std::int64_t{0})))) { return; }
    {   jspcap::TlvIterator it_avps(avps(), kL2tpAvpFormat);   s.begin_list("avps");   for (; !it_avps.done(); it_avps.next()) {     s.begin("");     visit_l2tp_avp(s, it_avps.item());     s.end();   }   s.end_list();   if (!it_avps.padding().empty()) s.bytes("avps_padding", it_avps.padding()); }
  }
}

template <class Sink>
void L2tpView::visit_l2tp_avp(Sink& s, const TlvItem& e) {
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  [[maybe_unused]] const std::uint8_t* h = e.whole.data();
  s.boolean("mandatory", (static_cast<std::uint64_t>(((jspcap::load_be16(h + 0)) >> 15) & 0x1)) != 0);
  s.boolean("hidden", (static_cast<std::uint64_t>(((jspcap::load_be16(h + 0)) >> 14) & 0x1)) != 0);
  s.uint("length", static_cast<std::uint64_t>(((jspcap::load_be16(h + 0)) >> 0) & 0x3ff));
  s.uint("vendor_id", static_cast<std::uint64_t>((jspcap::load_be16(h + 2))));
  s.enumerated("type", static_cast<std::uint64_t>((jspcap::load_be16(h + 4))), jspcap::enums::l2tp_avp_type(static_cast<std::uint64_t>((jspcap::load_be16(h + 4)))), false, 2);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 0:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.enumerated("message_type", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))), jspcap::enums::l2tp_message_type(static_cast<std::uint64_t>((jspcap::load_be16(q + 0)))), false, 2);
      return;
    }
    case 1:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("result_code", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      s.uint("error_code", static_cast<std::uint64_t>((jspcap::load_be16(q + 2))));
      s.text("error_message", e.value.subspan(4));
      return;
    }
    case 2:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("version", static_cast<std::uint64_t>((q[0])));
      s.uint("revision", static_cast<std::uint64_t>((q[1])));
      return;
    }
    case 3:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.begin("framing"); s.boolean("sync", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x1) != 0); s.boolean("async", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x2) != 0); s.end();
      return;
    }
    case 4:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.begin("bearer"); s.boolean("digital", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x1) != 0); s.boolean("analog", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x2) != 0); s.end();
      return;
    }
    case 5:
    {
      if (m < 8) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 8 bytes this case needs");
        return;
      }
      s.hex("tie_breaker", static_cast<std::uint64_t>((jspcap::load_be64(q + 0))), 8);
      return;
    }
    case 6:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.hex("firmware_revision", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))), 2);
      return;
    }
    case 7:
    {
      s.text("host_name", e.value.subspan(0));
      return;
    }
    case 8:
    {
      s.text("vendor_name", e.value.subspan(0));
      return;
    }
    case 9:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("assigned_tunnel_id", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 10:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("receive_window_size", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 12:
    {
      if (m < 3) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 3 bytes this case needs");
        return;
      }
      s.uint("cause_code", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      s.uint("cause_msg", static_cast<std::uint64_t>((q[2])));
      s.text("advisory", e.value.subspan(3));
      return;
    }
    case 14:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("assigned_session_id", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 15:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("call_serial_number", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 16:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("minimum_bps", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 17:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("maximum_bps", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 18:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.begin("bearer_type"); s.boolean("digital", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x1) != 0); s.boolean("analog", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x2) != 0); s.end();
      return;
    }
    case 19:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.begin("framing_type"); s.boolean("sync", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x1) != 0); s.boolean("async", ((static_cast<std::uint64_t>((jspcap::load_be32(q + 0)))) & 0x2) != 0); s.end();
      return;
    }
    case 21:
    {
      s.text("called_number", e.value.subspan(0));
      return;
    }
    case 22:
    {
      s.text("calling_number", e.value.subspan(0));
      return;
    }
    case 24:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("connect_speed", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 25:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("physical_channel", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 38:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("rx_connect_speed", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 61:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("assigned_control_conn_id", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 63:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("local_session_id", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 64:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("remote_session_id", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

}  // namespace jspcap
