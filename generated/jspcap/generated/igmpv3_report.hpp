// Generated from specs/igmpv3_report.yaml by generator/. DO NOT EDIT.
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

/// IGMPv3-Report: An IGMPv3 Membership Report after IGMP's type, reserved byte and checksum: the group records. A record's auxiliary data (which RFC 3376 §4.2.10 forbids senders to include) is not accounted for: a record with a non-zero aux_len is followed by misread records.
/// Reference: RFC 3376 §4.2.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class Igmpv3ReportView {
 public:
  static constexpr ProtocolId kId = ProtocolId::igmpv3_report;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr Igmpv3ReportView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr Igmpv3ReportView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// reserved (specs/igmpv3_report.yaml:13)
  std::uint16_t reserved() const noexcept;
  /// number of group records (specs/igmpv3_report.yaml:14)
  std::uint16_t num_grp_recs() const noexcept;
  /// the group records (specs/igmpv3_report.yaml:15)
  Bytes records() const noexcept;
  /// The elements of records: for (const TlvItem& o : v.records_items()) …
  TlvRange records_items() const noexcept { return TlvRange(records(), kIgmpv3GroupRecordFormat); }

  /// Layout of a `igmpv3_group_record` element (specs/igmpv3_report.yaml:18).
  static constexpr TlvFormat kIgmpv3GroupRecordFormat{1, 2, false, 1, nullptr, 0, nullptr, 0, 4, 0, 2, 0x0, 0, 8};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_igmpv3_group_record(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint16_t Igmpv3ReportView::reserved() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 0)); }
inline std::uint16_t Igmpv3ReportView::num_grp_recs() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline Bytes Igmpv3ReportView::records() const noexcept { return Bytes{p_ + (4), static_cast<std::size_t>((static_cast<std::int64_t>(n_) - (4)))}; }

inline Issue Igmpv3ReportView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return Igmpv3ReportView{p, cap}.check(wire, partial, out);
}

inline Issue Igmpv3ReportView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t limit = total < parent_len ? total : parent_len;  // `bytes: rest` ends here
  const std::int64_t header = std::int64_t{4} + std::max<std::int64_t>(0, limit - (4));
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
void Igmpv3ReportView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("num_grp_recs", num_grp_recs());
  if (!(static_cast<std::int64_t>(n_) >= (4))) { return; }
  {   jspcap::TlvIterator it_records(records(), kIgmpv3GroupRecordFormat);   s.begin_list("records");   for (; !it_records.done(); it_records.next()) {     s.begin("");     visit_igmpv3_group_record(s, it_records.item());     s.end();   }   s.end_list();   if (!it_records.padding().empty()) s.bytes("records_padding", it_records.padding()); }
}

template <class Sink>
void Igmpv3ReportView::visit_igmpv3_group_record(Sink& s, const TlvItem& e) {
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  [[maybe_unused]] const std::uint8_t* h = e.whole.data();
  s.enumerated("type", static_cast<std::uint64_t>((h[0])), jspcap::enums::igmpv3_record_type(static_cast<std::uint64_t>((h[0]))), false, 1);
  s.uint("aux_len", static_cast<std::uint64_t>((h[1])));
  s.uint("num_src", static_cast<std::uint64_t>((jspcap::load_be16(h + 2))));
  s.address("group", AddrKind::ipv4, Bytes{h + 4, 4});
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    {
      s.begin_list("sources");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.address("", AddrKind::ipv4, Bytes{r + 0, 4});
      }
      s.end_list();
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
