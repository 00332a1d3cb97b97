// Generated from specs/hopopt.yaml by generator/. DO NOT EDIT.
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

/// HOPOPT: IPv6 Hop-by-Hop Options header.
/// Reference: RFC 8200 §4.3.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class HopoptView {
 public:
  static constexpr ProtocolId kId = ProtocolId::hopopt;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 2;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr HopoptView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr HopoptView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// next header (specs/hopopt.yaml:10)
  std::uint8_t next() const noexcept;
  /// header length in 8-octet units, not counting the first 8 octets (specs/hopopt.yaml:11)
  std::uint8_t length() const noexcept;
  /// options (specs/hopopt.yaml:12)
  Bytes options() const noexcept;
  /// The elements of options: for (const TlvItem& o : v.options_items()) …
  TlvRange options_items() const noexcept { return TlvRange(options(), kIpv6OptionFormat); }

  /// Layout of a `ipv6_option` element (specs/hopopt.yaml:17).
  static constexpr std::uint16_t kIpv6OptionOneByte[] = {0};
  static constexpr TlvFormat kIpv6OptionFormat{1, 1, false, 1, kIpv6OptionOneByte, 1, nullptr, 0, 1, 0, 1, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_ipv6_option(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t HopoptView::next() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t HopoptView::length() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline Bytes HopoptView::options() const noexcept { return Bytes{p_ + (2), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2})))}; }

inline Issue HopoptView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return HopoptView{p, cap}.check(wire, partial, out);
}

inline Issue HopoptView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2}))) < 0) return Issue{Status::malformed, Reason::negative_size, "options", (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2})), 0};
  if (static_cast<std::int64_t>(n_) < (2) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2}))) return jspcap::detail::short_header((2) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2})), n_, wire, partial);
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8});
  if (header < std::int64_t{2} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2})))
    return Issue{Status::malformed, Reason::fields_exceed_header, nullptr, std::int64_t{2} + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2})), header};
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
void HopoptView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("next", next(), jspcap::enums::ip_proto(next()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("length", length());
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2}))) >= 0 && static_cast<std::int64_t>(n_) >= (2) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{2})))) { return; }
  {   jspcap::TlvIterator it_options(options(), kIpv6OptionFormat);   s.begin_list("options");   for (; !it_options.done(); it_options.next()) {     s.begin("");     visit_ipv6_option(s, it_options.item());     s.end();   }   s.end_list();   if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding()); }
}

template <class Sink>
void HopoptView::visit_ipv6_option(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, jspcap::enums::ipv6_option(e.kind), false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 4:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("limit", static_cast<std::uint64_t>((q[0])));
      return;
    }
    case 5:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("value", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 194:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("jumbo_len", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      return;
    }
    case 201:
    {
      if (m < 16) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 16 bytes this case needs");
        return;
      }
      s.address("home_address", AddrKind::ipv6, Bytes{q + 0, 16});
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
