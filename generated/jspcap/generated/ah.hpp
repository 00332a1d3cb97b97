// Generated from specs/ah.yaml by generator/. DO NOT EDIT.
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

/// AH: IP Authentication Header, in IPv4 and IPv6.
/// Reference: RFC 4302 §2.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class AhView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ah;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 12;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr AhView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr AhView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// next header (specs/ah.yaml:11)
  std::uint8_t next() const noexcept;
  /// AH length in 4-octet units, minus 2 (specs/ah.yaml:12)
  std::uint8_t length() const noexcept;
  /// reserved (specs/ah.yaml:13)
  std::uint16_t reserved() const noexcept;
  /// security parameters index (specs/ah.yaml:14)
  std::uint32_t spi() const noexcept;
  /// sequence number (specs/ah.yaml:15)
  std::uint32_t seq() const noexcept;
  /// integrity check value (specs/ah.yaml:16)
  Bytes icv() const noexcept;

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

inline std::uint8_t AhView::next() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t AhView::length() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t AhView::reserved() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint32_t AhView::spi() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 4)); }
inline std::uint32_t AhView::seq() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 8)); }
inline Bytes AhView::icv() const noexcept { return Bytes{p_ + (12), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12})))}; }

inline Issue AhView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return AhView{p, cap}.check(wire, partial, out);
}

inline Issue AhView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12}))) < 0) return Issue{Status::malformed, Reason::negative_size, "icv", (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12})), 0};
  if (static_cast<std::int64_t>(n_) < (12) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12}))) return jspcap::detail::short_header((12) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4});
  if (header < std::int64_t{12} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12})))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{12} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12})), header};
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
  out.next_table = "ip_proto";
  out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(next()));
  out.next = lookup(TableId::ip_proto, out.next_key);
  if (out.next != ProtocolId::none) return issue;
  return issue;
}

template <class Sink>
void AhView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("next", next(), jspcap::enums::ip_proto(next()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("length", length());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 4)) { return; }
  s.hex("spi", spi(), 4);
  if (!(static_cast<std::int64_t>(n_) >= (8) + 4)) { return; }
  s.uint("seq", seq());
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12}))) >= 0 && static_cast<std::int64_t>(n_) >= (12) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12})))) { return; }
  s.bytes("icv", Bytes{p_ + (12), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{2}) * std::int64_t{4}) - std::int64_t{12})))});
}

}  // namespace jspcap
