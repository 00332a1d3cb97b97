// Generated from specs/igmpv3_query.yaml by generator/. DO NOT EDIT.
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

/// IGMPv3-Query: An IGMPv3 Membership Query after IGMP's type, maximum response code and checksum: the group, the robustness and interval of the querier and the sources of a group-and-source-specific query. IGMP hands a query of 12 bytes or more to it.
/// Reference: RFC 3376 §4.1.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Igmpv3QueryView {
 public:
  static constexpr ProtocolId kId = ProtocolId::igmpv3_query;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 8;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Igmpv3QueryView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Igmpv3QueryView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// group address (0.0.0.0 in a general query) (specs/igmpv3_query.yaml:11)
  std::span<const std::uint8_t, 4> group() const noexcept;
  /// reserved (specs/igmpv3_query.yaml:12)
  std::uint8_t reserved() const noexcept;
  /// S: routers suppress their timer updates on hearing it (specs/igmpv3_query.yaml:13)
  bool suppress() const noexcept;
  /// querier's robustness variable (specs/igmpv3_query.yaml:14)
  std::uint8_t qrv() const noexcept;
  /// querier's query interval code (seconds; floating point from 128 on) (specs/igmpv3_query.yaml:15)
  std::uint8_t qqic() const noexcept;
  /// number of source addresses (specs/igmpv3_query.yaml:16)
  std::uint16_t num_src() const noexcept;
  /// the source addresses (specs/igmpv3_query.yaml:18)
  Bytes sources() const noexcept;

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_sw_sources(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::span<const std::uint8_t, 4> Igmpv3QueryView::group() const noexcept { return std::span<const std::uint8_t, 4>{p_ + (0), 4}; }
inline std::uint8_t Igmpv3QueryView::reserved() const noexcept { return static_cast<std::uint8_t>(((p_[4]) >> 4) & 0xf); }
inline bool Igmpv3QueryView::suppress() const noexcept { return ((((p_[4]) >> 3) & 0x1) != 0); }
inline std::uint8_t Igmpv3QueryView::qrv() const noexcept { return static_cast<std::uint8_t>(((p_[4]) >> 0) & 0x7); }
inline std::uint8_t Igmpv3QueryView::qqic() const noexcept { return static_cast<std::uint8_t>(p_[5]); }
inline std::uint16_t Igmpv3QueryView::num_src() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 6)); }
inline Bytes Igmpv3QueryView::sources() const noexcept { return Bytes{p_ + (8), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(num_src()) * std::int64_t{4})))}; }

inline Issue Igmpv3QueryView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Igmpv3QueryView{p, cap}.check(wire, partial, out);
}

inline Issue Igmpv3QueryView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(n_) < (8) + (static_cast<std::int64_t>(static_cast<std::int64_t>(num_src()) * std::int64_t{4}))) return jspcap::detail::short_header((8) + (static_cast<std::int64_t>(static_cast<std::int64_t>(num_src()) * std::int64_t{4})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = std::int64_t{8} + (static_cast<std::int64_t>(static_cast<std::int64_t>(num_src()) * std::int64_t{4}));
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
  return issue;
}

template <class Sink>
void Igmpv3QueryView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 4)) { return; }
  s.address("group", AddrKind::ipv4, Bytes{p_ + (0), 4});
  if (!(static_cast<std::int64_t>(n_) >= 5)) { return; }
  s.boolean("suppress", suppress());
  if (!(static_cast<std::int64_t>(n_) >= 5)) { return; }
  s.uint("qrv", qrv());
  if (!(static_cast<std::int64_t>(n_) >= (5) + 1)) { return; }
  s.uint("qqic", qqic());
  if (!(static_cast<std::int64_t>(n_) >= (6) + 2)) { return; }
  s.uint("num_src", num_src());
  if (!(static_cast<std::int64_t>(n_) >= (8) + (static_cast<std::int64_t>(static_cast<std::int64_t>(num_src()) * std::int64_t{4})))) { if (static_cast<std::int64_t>(n_) > (8)) { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(std::int64_t{0}); e.value = Bytes{p_ + (8), n_ - static_cast<std::size_t>(8)}; e.malformed = true; s.begin("sources"); visit_sw_sources(s, e); s.end(); } return; }
  { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(std::int64_t{0}); e.value = sources(); s.begin("sources"); visit_sw_sources(s, e); s.end(); }
}

template <class Sink>
void Igmpv3QueryView::visit_sw_sources(Sink& s, const TlvItem& e) {
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    default:
    {
      s.begin_list("address");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
      return;
    }
  }
}

}  // namespace jspcap
