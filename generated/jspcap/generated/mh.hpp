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

/// MH: Mobility Header, with the messages of RFC 6275 and their mobility options.
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
  /// the message of the MH type (other types as bytes) (specs/mh.yaml:16)
  Bytes message() const noexcept;

  /// Layout of a `mh_option` element (specs/mh.yaml:62).
  static constexpr std::uint16_t kMhOptionOneByte[] = {0};
  static constexpr TlvFormat kMhOptionFormat{1, 1, false, 1, kMhOptionOneByte, 1, nullptr, 0, 1, 0, 1, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_mh_option(Sink& s, const TlvItem& e);
  template <class Sink>
  static void visit_sw_message(Sink& s, const TlvItem& e);

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t MhView::next() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t MhView::length() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint8_t MhView::type() const noexcept { return static_cast<std::uint8_t>(p_[2]); }
inline std::uint8_t MhView::reserved() const noexcept { return static_cast<std::uint8_t>(p_[3]); }
inline std::uint16_t MhView::chksum() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 4)); }
inline Bytes MhView::message() const noexcept { return Bytes{p_ + (6), static_cast<std::size_t>((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})))}; }

inline Issue MhView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return MhView{p, cap}.check(wire, partial, out);
}

inline Issue MhView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6}))) < 0) return Issue{Status::malformed, Reason::negative_size, "message", (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})), 0};
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
  if (!(((static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6}))) >= 0 && static_cast<std::int64_t>(n_) >= (6) + (static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(static_cast<std::int64_t>(length()) + std::int64_t{1}) * std::int64_t{8}) - std::int64_t{6})))) { if (static_cast<std::int64_t>(n_) > (6)) { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(static_cast<std::int64_t>(type())); e.value = Bytes{p_ + (6), n_ - static_cast<std::size_t>(6)}; e.malformed = true; s.begin("message"); visit_sw_message(s, e); s.end(); } return; }
  { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(static_cast<std::int64_t>(type())); e.value = message(); s.begin("message"); visit_sw_message(s, e); s.end(); }
}

template <class Sink>
void MhView::visit_mh_option(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, jspcap::enums::mh_option(e.kind), false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 2:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("interval", (static_cast<std::uint64_t>((jspcap::load_be16(q + 0))) * 4));
      return;
    }
    case 3:
    {
      if (m < 16) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 16 bytes this case needs");
        return;
      }
      s.address("address", AddrKind::ipv6, Bytes{q + 0, 16});
      return;
    }
    case 4:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.uint("home_nonce_index", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      s.uint("careof_nonce_index", static_cast<std::uint64_t>((jspcap::load_be16(q + 2))));
      return;
    }
    case 5:
    {
      s.bytes("authenticator", e.value.subspan(0));
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

template <class Sink>
void MhView::visit_sw_message(Sink& s, const TlvItem& e) {
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
      {
        jspcap::TlvIterator it_options(e.value.subspan(2), kMhOptionFormat);
        s.begin_list("options");
        for (; !it_options.done(); it_options.next()) {
          s.begin("");
          visit_mh_option(s, it_options.item());
          s.end();
        }
        s.end_list();
        if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding());
      }
      return;
    }
    case 1:
    case 2:
    {
      if (m < 10) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 10 bytes this case needs");
        return;
      }
      s.hex("cookie", static_cast<std::uint64_t>((jspcap::load_be64(q + 2))), 8);
      {
        jspcap::TlvIterator it_options(e.value.subspan(10), kMhOptionFormat);
        s.begin_list("options");
        for (; !it_options.done(); it_options.next()) {
          s.begin("");
          visit_mh_option(s, it_options.item());
          s.end();
        }
        s.end_list();
        if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding());
      }
      return;
    }
    case 3:
    case 4:
    {
      if (m < 18) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 18 bytes this case needs");
        return;
      }
      s.uint("nonce_index", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      s.hex("cookie", static_cast<std::uint64_t>((jspcap::load_be64(q + 2))), 8);
      s.hex("token", static_cast<std::uint64_t>((jspcap::load_be64(q + 10))), 8);
      {
        jspcap::TlvIterator it_options(e.value.subspan(18), kMhOptionFormat);
        s.begin_list("options");
        for (; !it_options.done(); it_options.next()) {
          s.begin("");
          visit_mh_option(s, it_options.item());
          s.end();
        }
        s.end_list();
        if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding());
      }
      return;
    }
    case 5:
    {
      if (m < 6) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 6 bytes this case needs");
        return;
      }
      s.uint("seq", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      s.begin("flags"); s.boolean("ack", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x8000) != 0); s.boolean("home", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x4000) != 0); s.boolean("link_local", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x2000) != 0); s.boolean("key_mgmt", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x1000) != 0); s.boolean("map", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x800) != 0); s.boolean("proxy", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x200) != 0); s.boolean("force_udp", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x100) != 0); s.boolean("tlv_header", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x80) != 0); s.boolean("bulk", ((static_cast<std::uint64_t>((jspcap::load_be16(q + 2)))) & 0x40) != 0); s.end();
      s.uint("lifetime", (static_cast<std::uint64_t>((jspcap::load_be16(q + 4))) * 4));
      {
        jspcap::TlvIterator it_options(e.value.subspan(6), kMhOptionFormat);
        s.begin_list("options");
        for (; !it_options.done(); it_options.next()) {
          s.begin("");
          visit_mh_option(s, it_options.item());
          s.end();
        }
        s.end_list();
        if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding());
      }
      return;
    }
    case 6:
    {
      if (m < 6) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 6 bytes this case needs");
        return;
      }
      s.uint("status", static_cast<std::uint64_t>((q[0])));
      s.begin("flags"); s.boolean("key_mgmt", ((static_cast<std::uint64_t>((q[1]))) & 0x80) != 0); s.boolean("mobile_router", ((static_cast<std::uint64_t>((q[1]))) & 0x40) != 0); s.boolean("proxy", ((static_cast<std::uint64_t>((q[1]))) & 0x20) != 0); s.boolean("tlv_header", ((static_cast<std::uint64_t>((q[1]))) & 0x10) != 0); s.boolean("bulk", ((static_cast<std::uint64_t>((q[1]))) & 0x8) != 0); s.end();
      s.uint("seq", static_cast<std::uint64_t>((jspcap::load_be16(q + 2))));
      s.uint("lifetime", (static_cast<std::uint64_t>((jspcap::load_be16(q + 4))) * 4));
      {
        jspcap::TlvIterator it_options(e.value.subspan(6), kMhOptionFormat);
        s.begin_list("options");
        for (; !it_options.done(); it_options.next()) {
          s.begin("");
          visit_mh_option(s, it_options.item());
          s.end();
        }
        s.end_list();
        if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding());
      }
      return;
    }
    case 7:
    {
      if (m < 18) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 18 bytes this case needs");
        return;
      }
      s.uint("status", static_cast<std::uint64_t>((q[0])));
      s.address("home_address", AddrKind::ipv6, Bytes{q + 2, 16});
      {
        jspcap::TlvIterator it_options(e.value.subspan(18), kMhOptionFormat);
        s.begin_list("options");
        for (; !it_options.done(); it_options.next()) {
          s.begin("");
          visit_mh_option(s, it_options.item());
          s.end();
        }
        s.end_list();
        if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding());
      }
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
