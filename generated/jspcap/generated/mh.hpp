// Generated from specs/mh.yaml by generator/. DO NOT EDIT.
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

/// MH: Mobility Header (message data kept as bytes).
/// Reference: RFC 6275 §6.1.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class MhView {
 public:
  static constexpr ProtocolId kId = ProtocolId::mh;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 6;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr MhView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr MhView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// payload proto (59 = none) (specs/mh.yaml:11)
  std::uint8_t next() const noexcept;
  /// header length in 8-octet units, not counting the first 8 octets (specs/mh.yaml:12)
  std::uint8_t length() const noexcept;
  /// MH type (specs/mh.yaml:13)
  std::uint8_t type() const noexcept;
  /// reserved (specs/mh.yaml:14)
  std::uint8_t reserved() const noexcept;
  /// checksum (specs/mh.yaml:15)
  std::uint16_t chksum() const noexcept;
  /// message data (kept as bytes) (specs/mh.yaml:16)
  Bytes data() const noexcept;

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

inline std::uint8_t MhView::next() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t MhView::length() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint8_t MhView::type() const noexcept { return static_cast<std::uint8_t>(p_[2]); }
inline std::uint8_t MhView::reserved() const noexcept { return static_cast<std::uint8_t>(p_[3]); }
inline std::uint16_t MhView::chksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline Bytes MhView::data() const noexcept { return Bytes{p_ + (6), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})))}; }

inline Issue MhView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return MhView{p, cap}.check(wire, partial, out);
}

inline Issue MhView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6}))) < 0) return Issue{Status::malformed, Reason::negative_size, "data", (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})), 0};
  if (static_cast<std::int64_t>(n_) < (6) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6}))) return jspcap::detail::short_header((6) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8});
  if (header < std::int64_t{6} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{6} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})), header};
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
  out.next_by_table = true;
  out.next_table = "ip_proto";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(next()));
  out.next = lookup(TableId::ip_proto, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void MhView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("next", next(), jspcap::enums::ip_proto(next()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("length", length());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 1)) { return; }
  s.enumerated("type", type(), jspcap::enums::mh_type(type()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.hex("chksum", chksum(), 2);
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6}))) >= 0 && static_cast<std::int64_t>(n_) >= (6) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})))) { return; }
  s.bytes("data", Bytes{p_ + (6), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})))});
}

}  // namespace jspcap
