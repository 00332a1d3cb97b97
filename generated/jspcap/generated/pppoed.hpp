// Generated from specs/pppoed.yaml by generator/. DO NOT EDIT.
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

/// PPPoED: PPP over Ethernet, discovery stage (PADI, PADO, PADR, PADS, PADT) with its tags.
/// Reference: RFC 2516 §4 (PPPoE packet format), §5 (discovery stage), Appendix A (tags).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class PppoedView {
 public:
  static constexpr ProtocolId kId = ProtocolId::pppoed;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 6;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr PppoedView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr PppoedView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// PPPoE version (1) (specs/pppoed.yaml:11)
  std::uint8_t version() const noexcept;
  /// PPPoE type (1) (specs/pppoed.yaml:12)
  std::uint8_t type() const noexcept;
  /// packet code: PADI 0x09, PADO 0x07, PADR 0x19, PADS 0x65, PADT 0xa7 (specs/pppoed.yaml:13)
  std::uint8_t code() const noexcept;
  /// session ID (0 until PADS assigns one) (specs/pppoed.yaml:14)
  std::uint16_t session_id() const noexcept;
  /// length of the tags in bytes (specs/pppoed.yaml:15)
  std::uint16_t payload_length() const noexcept;
  /// the discovery tags (specs/pppoed.yaml:16)
  Bytes tags() const noexcept;
  /// The elements of tags: for (const TlvItem& o : v.tags_items()) …
  TlvRange tags_items() const noexcept { return TlvRange(tags(), kPppoeTagFormat); }

  /// Layout of a `pppoe_tag` element (specs/pppoed.yaml:33).
  static constexpr std::uint16_t kPppoeTagEnd[] = {0};
  static constexpr TlvFormat kPppoeTagFormat{2, 2, false, 1, nullptr, 0, kPppoeTagEnd, 1, 1, 0, 2, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_pppoe_tag(Sink& s, const TlvItem& e);
  static const char* enum_pppoe_tag(std::uint64_t v) noexcept;

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t PppoedView::version() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 4) & 0xf); }
inline std::uint8_t PppoedView::type() const noexcept { return static_cast<std::uint8_t>(((p_[0]) >> 0) & 0xf); }
inline std::uint8_t PppoedView::code() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t PppoedView::session_id() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline std::uint16_t PppoedView::payload_length() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline Bytes PppoedView::tags() const noexcept { return Bytes{p_ + (6), static_cast<std::size_t>((static_cast<std::int64_t>(n_) - (6)))}; }

inline Issue PppoedView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return PppoedView{p, cap}.check(wire, partial, out);
}

inline Issue PppoedView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(version()) != 1) return Issue{Status::malformed, Reason::bad_value, "version", static_cast<std::int64_t>(version()), 1};
  if (static_cast<std::int64_t>(type()) != 1) return Issue{Status::malformed, Reason::bad_value, "type", static_cast<std::int64_t>(type()), 1};
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = static_cast<std::int64_t>(static_cast<std::int64_t>(payload_length()) + std::int64_t{6});
  const std::int64_t limit = total < parent_len ? total : parent_len;  // `bytes: rest` ends here
  const std::int64_t header = std::int64_t{6} + std::max<std::int64_t>(0, limit - (6));
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
void PppoedView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("version", version());
  if (!(static_cast<std::int64_t>(n_) >= 1)) { return; }
  s.uint("type", type());
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.enumerated("code", code(), jspcap::enums::pppoe_code(code()), true, 1);
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.hex("session_id", session_id(), 2);
  if (!(static_cast<std::int64_t>(n_) >= (4) + 2)) { return; }
  s.uint("payload_length", payload_length());
  if (!(static_cast<std::int64_t>(n_) >= (6))) { return; }
  {   jspcap::TlvIterator it_tags(tags(), kPppoeTagFormat);   s.begin_list("tags");   for (; !it_tags.done(); it_tags.next()) {     s.begin("");     visit_pppoe_tag(s, it_tags.item());     s.end();   }   s.end_list();   if (!it_tags.padding().empty()) s.bytes("tags_padding", it_tags.padding()); }
}

template <class Sink>
void PppoedView::visit_pppoe_tag(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, enum_pppoe_tag(e.kind), false, 2);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 257:
    {
      s.text("service_name", e.value.subspan(0));
      return;
    }
    case 258:
    {
      s.text("ac_name", e.value.subspan(0));
      return;
    }
    case 259:
    {
      s.bytes("host_uniq", e.value.subspan(0));
      return;
    }
    case 260:
    {
      s.bytes("ac_cookie", e.value.subspan(0));
      return;
    }
    case 261:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("vendor_id", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))));
      s.bytes("vendor_data", e.value.subspan(4));
      return;
    }
    case 272:
    {
      s.bytes("relay_session_id", e.value.subspan(0));
      return;
    }
    case 288:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("max_payload", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 513:
    {
      s.text("service_name_error", e.value.subspan(0));
      return;
    }
    case 514:
    {
      s.text("ac_system_error", e.value.subspan(0));
      return;
    }
    case 515:
    {
      s.text("generic_error", e.value.subspan(0));
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

inline const char* PppoedView::enum_pppoe_tag(std::uint64_t v) noexcept {
  switch (v) {
    case 0: return "End-Of-List";
    case 257: return "Service-Name";
    case 258: return "AC-Name";
    case 259: return "Host-Uniq";
    case 260: return "AC-Cookie";
    case 261: return "Vendor-Specific";
    case 272: return "Relay-Session-Id";
    case 288: return "PPP-Max-Payload";
    case 513: return "Service-Name-Error";
    case 514: return "AC-System-Error";
    case 515: return "Generic-Error";
    default: return nullptr;
  }
}

}  // namespace jspcap
