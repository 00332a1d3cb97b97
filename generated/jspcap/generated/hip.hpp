// Generated from specs/hip.yaml by generator/. DO NOT EDIT.
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

/// HIP: Host Identity Protocol.
/// Reference: RFC 7401 §5.1.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class HipView {
 public:
  static constexpr ProtocolId kId = ProtocolId::hip;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 40;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr HipView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr HipView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// next header (59 = none) (specs/hip.yaml:10)
  std::uint8_t next() const noexcept;
  /// header length in 8-octet units, not counting the first 8 octets (specs/hip.yaml:11)
  std::uint8_t length() const noexcept;
  /// fixed0 (specs/hip.yaml:12)
  std::uint8_t fixed0() const noexcept;
  /// packet type (specs/hip.yaml:13)
  std::uint8_t type() const noexcept;
  /// HIP version (1 or 2) (specs/hip.yaml:14)
  std::uint8_t version() const noexcept;
  /// reserved (specs/hip.yaml:15)
  std::uint8_t reserved() const noexcept;
  /// fixed1 (specs/hip.yaml:16)
  std::uint8_t fixed1() const noexcept;
  /// checksum (specs/hip.yaml:17)
  std::uint16_t chksum() const noexcept;
  /// controls (specs/hip.yaml:18)
  std::uint16_t control() const noexcept;
  bool control_anonymous() const noexcept { return (control() & 0x1) != 0; }
  /// sender's host identity tag (specs/hip.yaml:19)
  std::span<const std::uint8_t, 16> shit() const noexcept;
  /// receiver's host identity tag (specs/hip.yaml:20)
  std::span<const std::uint8_t, 16> rhit() const noexcept;
  /// HIP parameters (specs/hip.yaml:21)
  Bytes parameters() const noexcept;
  /// The elements of parameters: for (const TlvItem& o : v.parameters_items()) …
  TlvRange parameters_items() const noexcept { return TlvRange(parameters(), kHipParameterFormat); }

  /// Layout of a `hip_parameter` element (specs/hip.yaml:26).
  static constexpr TlvFormat kHipParameterFormat{2, 2, false, 8, nullptr, 0, nullptr, 0, 1, 0, 2, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_hip_parameter(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t HipView::next() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t HipView::length() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint8_t HipView::fixed0() const noexcept { return static_cast<std::uint8_t>(((p_[2]) >> 7) & 0x1); }
inline std::uint8_t HipView::type() const noexcept { return static_cast<std::uint8_t>(((p_[2]) >> 0) & 0x7f); }
inline std::uint8_t HipView::version() const noexcept { return static_cast<std::uint8_t>(((p_[3]) >> 4) & 0xf); }
inline std::uint8_t HipView::reserved() const noexcept { return static_cast<std::uint8_t>(((p_[3]) >> 1) & 0x7); }
inline std::uint8_t HipView::fixed1() const noexcept { return static_cast<std::uint8_t>(((p_[3]) >> 0) & 0x1); }
inline std::uint16_t HipView::chksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline std::uint16_t HipView::control() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 6)); }
inline std::span<const std::uint8_t, 16> HipView::shit() const noexcept { return std::span<const std::uint8_t, 16>{p_ + (8), 16}; }
inline std::span<const std::uint8_t, 16> HipView::rhit() const noexcept { return std::span<const std::uint8_t, 16>{p_ + (24), 16}; }
inline Bytes HipView::parameters() const noexcept { return Bytes{p_ + (40), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40})))}; }

inline Issue HipView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return HipView{p, cap}.check(wire, partial, out);
}

inline Issue HipView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40}))) < 0) return Issue{Status::malformed, Reason::negative_size, "parameters", (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40})), 0};
  if (static_cast<std::int64_t>(n_) < (40) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40}))) return jspcap::detail::short_header((40) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8});
  if (header < std::int64_t{40} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40})))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{40} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40})), header};
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
void HipView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("next", next(), jspcap::enums::ip_proto(next()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("length", length());
  if (!(static_cast<std::int64_t>(n_) >= 3)) { return; }
  s.enumerated("type", type(), jspcap::enums::hip_type(type()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= 4)) { return; }
  s.uint("version", version());
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.hex("chksum", chksum(), 2);
  if (!(static_cast<std::int64_t>(n_) >= (6) + 2)) { return; }
  s.begin("control"); s.boolean("anonymous", control_anonymous()); s.end();
  if (!(static_cast<std::int64_t>(n_) >= (8) + 16)) { return; }
  s.address("shit", AddrKind::ipv6, Bytes{p_ + (8), 16});
  if (!(static_cast<std::int64_t>(n_) >= (24) + 16)) { return; }
  s.address("rhit", AddrKind::ipv6, Bytes{p_ + (24), 16});
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40}))) >= 0 && static_cast<std::int64_t>(n_) >= (40) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{40})))) { return; }
  {   jspcap::TlvIterator it_parameters(parameters(), kHipParameterFormat);   s.begin_list("parameters");   for (; !it_parameters.done(); it_parameters.next()) {     s.begin("");     visit_hip_parameter(s, it_parameters.item());     s.end();   }   s.end_list();   if (!it_parameters.padding().empty()) s.bytes("parameters_padding", it_parameters.padding()); }
}

template <class Sink>
void HipView::visit_hip_parameter(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, jspcap::enums::hip_parameter(e.kind), false, 2);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 129:
    {
      if (m < 12) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 12 bytes this case needs");
        return;
      }
      s.uint("counter", static_cast<std::uint64_t>((jspcap::load_be64(q + 4))));
      return;
    }
    case 257:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("k", static_cast<std::uint64_t>((q[0])));
      s.uint("lifetime", static_cast<std::uint64_t>((q[1])));
      s.hex("opaque", static_cast<std::uint64_t>((jspcap::load_be16(q + 2))), 2);
      s.bytes("random_i", e.value.subspan(4));
      return;
    }
    case 321:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("k", static_cast<std::uint64_t>((q[0])));
      s.hex("opaque", static_cast<std::uint64_t>((jspcap::load_be16(q + 2))), 2);
      s.bytes("random_i_and_j", e.value.subspan(4));
      return;
    }
    case 385:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("update_id", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 449:
    {
      s.begin_list("peer_update_id");
      for (std::size_t o = 0; o + 4 <= m; o += 4) {
        const std::uint8_t* r = q + o;
        s.uint("", static_cast<std::uint64_t>((jspcap::load_be32(r + 0))));
      }
      s.end_list();
      return;
    }
    case 511:
    {
      s.begin_list("groups");
      for (std::size_t o = 0; o + 1 <= m; o += 1) {
        const std::uint8_t* r = q + o;
        s.uint("", static_cast<std::uint64_t>((r[0])));
      }
      s.end_list();
      return;
    }
    case 579:
    {
      s.begin_list("ciphers");
      for (std::size_t o = 0; o + 2 <= m; o += 2) {
        const std::uint8_t* r = q + o;
        s.uint("", static_cast<std::uint64_t>((jspcap::load_be16(r + 0))));
      }
      s.end_list();
      return;
    }
    case 715:
    {
      s.begin_list("suites");
      for (std::size_t o = 0; o + 1 <= m; o += 1) {
        const std::uint8_t* r = q + o;
        s.uint("", static_cast<std::uint64_t>((r[0])));
      }
      s.end_list();
      return;
    }
    case 2049:
    {
      s.begin_list("formats");
      for (std::size_t o = 0; o + 2 <= m; o += 2) {
        const std::uint8_t* r = q + o;
        s.uint("", static_cast<std::uint64_t>((jspcap::load_be16(r + 0))));
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
