// Generated from specs/ipv6_frag.yaml by generator/. DO NOT EDIT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/fragment.hpp"
#include "jspcap/generated/ipv6.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// IPv6_Frag: IPv6 Fragment header.
/// Reference: RFC 8200 §4.5.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Ipv6FragView {
 public:
  static constexpr ProtocolId kId = ProtocolId::ipv6_frag;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 8;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Ipv6FragView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Ipv6FragView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// next header of the fragmentable part (specs/ipv6_frag.yaml:10)
  std::uint8_t next() const noexcept;
  /// reserved (specs/ipv6_frag.yaml:11)
  std::uint8_t reserved() const noexcept;
  /// fragment offset in bytes (stored ×1/8; returned scaled) (specs/ipv6_frag.yaml:12)
  std::uint16_t offset() const noexcept;
  /// res (specs/ipv6_frag.yaml:13)
  std::uint8_t res() const noexcept;
  /// more fragments (specs/ipv6_frag.yaml:14)
  bool mf() const noexcept;
  /// identification (specs/ipv6_frag.yaml:15)
  std::uint32_t id() const noexcept;

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// This layer as a piece of a longer datagram (specs/ipv6_frag.yaml:22): false when it is a
  /// whole datagram. `scope` is the enclosing IPv6 layer, whose fields complete the key.
  bool fragment([[maybe_unused]] Bytes scope, FragmentInfo& out) const noexcept {
    if (!((static_cast<std::int64_t>(offset())) != 0 || (static_cast<std::int64_t>(mf())) != 0)) return false;  // a whole datagram
    out.key_len = 0;
    if (!out.add_uint(id())) return false;
    if (scope.size() < Ipv6View::kFixedSize) return false;
    const Ipv6View sv{scope};
    if (!out.add(sv.src().data(), 16)) return false;
    if (!out.add(sv.dst().data(), 16)) return false;
    out.offset = static_cast<std::uint64_t>(static_cast<std::int64_t>(offset()));
    out.more = (static_cast<std::int64_t>(mf())) != 0;
    out.next_table = TableId::ip_proto;
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(next()));
    out.overlap = OverlapPolicy::drop;
    return true;
  }
  /// Reports a key fragment() made (FragmentInfo::key) field by field.
  template <class Sink>
  static void visit_fragment_key(const std::uint8_t* key, std::size_t n, Sink& sink) {
    if (n < 8) return;
    sink.hex("id", jspcap::load_be64(key + 0), 4);
    if (n < 24) return;
    sink.address("src", AddrKind::ipv6, Bytes{key + 8, 16});
    if (n < 40) return;
    sink.address("dst", AddrKind::ipv6, Bytes{key + 24, 16});
  }
  /// The protocol whose layer completes a fragment's key (ProtocolId::none: none needed).
  static constexpr ProtocolId kFragmentScope = ProtocolId::ipv6;

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

inline std::uint8_t Ipv6FragView::next() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t Ipv6FragView::reserved() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t Ipv6FragView::offset() const noexcept { return static_cast<std::uint16_t>((((jspcap::load_be16(p_ + 2)) >> 3) & 0x1fff) * 8); }
inline std::uint8_t Ipv6FragView::res() const noexcept { return static_cast<std::uint8_t>(((jspcap::load_be16(p_ + 2)) >> 1) & 0x3); }
inline bool Ipv6FragView::mf() const noexcept { return ((((jspcap::load_be16(p_ + 2)) >> 0) & 0x1) != 0); }
inline std::uint32_t Ipv6FragView::id() const noexcept { return static_cast<std::uint32_t>(jspcap::load_be32(p_ + 4)); }

inline Issue Ipv6FragView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Ipv6FragView{p, cap}.check(wire, partial, out);
}

inline Issue Ipv6FragView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = 8;
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
  if ((!static_cast<std::int64_t>(static_cast<std::int64_t>(offset()) != std::int64_t{0}))) {
    out.next_partial = (static_cast<std::int64_t>(mf())) != 0;
    out.next_table = "ip_proto";
    out.next_key = static_cast<std::uint64_t>(static_cast<std::int64_t>(next()));
    out.next = lookup(TableId::ip_proto, out.next_key);
    if (out.next != ProtocolId::none) return issue;
  }
  return issue;
}

template <class Sink>
void Ipv6FragView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("next", next(), jspcap::enums::ip_proto(next()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= 4)) { return; }
  s.uint("offset", offset());
  if (!(static_cast<std::int64_t>(n_) >= 4)) { return; }
  s.boolean("mf", mf());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 4)) { return; }
  s.hex("id", id(), 4);
}

}  // namespace jspcap
