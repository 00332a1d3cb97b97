// Generated from specs/lcp.yaml by generator/. DO NOT EDIT.
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

/// LCP: PPP Link Control Protocol, with the configuration options of RFC 1661, RFC 1570 and RFC 1990.
/// Reference: RFC 1661 §5 (LCP packet formats), §6 (configuration options).
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class LcpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::lcp;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 4;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr LcpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr LcpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}

  /// packet code (specs/lcp.yaml:10)
  std::uint8_t code() const noexcept;
  /// matches requests and replies (specs/lcp.yaml:11)
  std::uint8_t identifier() const noexcept;
  /// length of the packet in bytes (code to data) (specs/lcp.yaml:12)
  std::uint16_t length() const noexcept;
  /// the data of the code (other codes as bytes) (specs/lcp.yaml:13)
  Bytes body() const noexcept;

  /// Layout of a `lcp_option` element (specs/lcp.yaml:70).
  static constexpr TlvFormat kLcpOptionFormat{1, 1, true, 1, nullptr, 0, nullptr, 0, 1, 0, 1, 0x0, 0, 0};

  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }

  /// Reports every field, in wire order, to a sink (see jspcap/sink.hpp); stops at the first
  /// field that is not wholly within view_bytes().
  template <class Sink>
  void visit(Sink& s) const;

 private:
  Issue check(std::uint64_t wire, bool partial, Step& out) const noexcept;
  template <class Sink>
  static void visit_lcp_option(Sink& s, const TlvItem& e);
  template <class Sink>
  static void visit_sw_body(Sink& s, const TlvItem& e);
  static const char* enum_lcp_code(std::uint64_t v) noexcept;
  static const char* enum_lcp_option(std::uint64_t v) noexcept;

  const std::uint8_t* p_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------

inline std::uint8_t LcpView::code() const noexcept { return static_cast<std::uint8_t>(p_[0]); }
inline std::uint8_t LcpView::identifier() const noexcept { return static_cast<std::uint8_t>(p_[1]); }
inline std::uint16_t LcpView::length() const noexcept { return static_cast<std::uint16_t>(jspcap::load_be16(p_ + 2)); }
inline Bytes LcpView::body() const noexcept { return Bytes{p_ + (4), static_cast<std::size_t>((static_cast<std::int64_t>(n_) - (4)))}; }

inline Issue LcpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return LcpView{p, cap}.check(wire, partial, out);
}

inline Issue LcpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  if (static_cast<std::int64_t>(length()) < 4) return Issue{Status::malformed, Reason::below_min, "length", static_cast<std::int64_t>(length()), 4};
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = static_cast<std::int64_t>(length());
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
void LcpView::visit(Sink& s) const {
  if (!(static_cast<std::int64_t>(n_) >= (0) + 1)) { return; }
  s.enumerated("code", code(), enum_lcp_code(code()), false, 1);
  if (!(static_cast<std::int64_t>(n_) >= (1) + 1)) { return; }
  s.uint("identifier", identifier());
  if (!(static_cast<std::int64_t>(n_) >= (2) + 2)) { return; }
  s.uint("length", length());
  if (!(static_cast<std::int64_t>(n_) >= (4))) { return; }
  { jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>(static_cast<std::int64_t>(code())); e.value = body(); s.begin("body"); visit_sw_body(s, e); s.end(); }
}

template <class Sink>
void LcpView::visit_lcp_option(Sink& s, const TlvItem& e) {
  s.enumerated("kind", e.kind, enum_lcp_option(e.kind), false, 1);
  if (e.malformed) {
    s.bytes("data", e.whole);
    s.string("error", "malformed: the element runs past the end of its list");
    return;
  }
  if (e.has_length) s.uint("length", e.length);
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 1:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("mru", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 2:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.hex("async_map", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))), 4);
      return;
    }
    case 3:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.enumerated("auth_protocol", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))), jspcap::enums::ppp_protocol(static_cast<std::uint64_t>((jspcap::load_be16(q + 0)))), true, 2);
      s.bytes("auth_data", e.value.subspan(2));
      return;
    }
    case 4:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.enumerated("quality_protocol", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))), jspcap::enums::ppp_protocol(static_cast<std::uint64_t>((jspcap::load_be16(q + 0)))), true, 2);
      s.bytes("quality_data", e.value.subspan(2));
      return;
    }
    case 5:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.hex("magic_number", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))), 4);
      return;
    }
    case 7:
    {
      return;
    }
    case 8:
    {
      return;
    }
    case 13:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("operation", static_cast<std::uint64_t>((q[0])));
      s.bytes("callback_message", e.value.subspan(1));
      return;
    }
    case 17:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.uint("mrru", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))));
      return;
    }
    case 18:
    {
      return;
    }
    case 19:
    {
      if (m < 1) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 1 bytes this case needs");
        return;
      }
      s.uint("ep_disc_class", static_cast<std::uint64_t>((q[0])));
      s.bytes("address", e.value.subspan(1));
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
void LcpView::visit_sw_body(Sink& s, const TlvItem& e) {
  [[maybe_unused]] const std::uint8_t* q = e.value.data();
  [[maybe_unused]] const std::size_t m = e.value.size();
  switch (e.kind) {
    case 1:
    case 2:
    case 3:
    case 4:
    {
      {
        jspcap::TlvIterator it_options(e.value.subspan(0), kLcpOptionFormat);
        s.begin_list("options");
        for (; !it_options.done(); it_options.next()) {
          s.begin("");
          visit_lcp_option(s, it_options.item());
          s.end();
        }
        s.end_list();
        if (!it_options.padding().empty()) s.bytes("options_padding", it_options.padding());
      }
      return;
    }
    case 5:
    case 6:
    {
      s.bytes("data", e.value.subspan(0));
      return;
    }
    case 7:
    {
      s.bytes("rejected_packet", e.value.subspan(0));
      return;
    }
    case 8:
    {
      if (m < 2) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 2 bytes this case needs");
        return;
      }
      s.enumerated("rejected_protocol", static_cast<std::uint64_t>((jspcap::load_be16(q + 0))), jspcap::enums::ppp_protocol(static_cast<std::uint64_t>((jspcap::load_be16(q + 0)))), true, 2);
      s.bytes("rejected_information", e.value.subspan(2));
      return;
    }
    case 9:
    case 10:
    case 11:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.hex("magic_number", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))), 4);
      s.bytes("data", e.value.subspan(4));
      return;
    }
    case 12:
    {
      if (m < 4) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 4 bytes this case needs");
        return;
      }
      s.hex("magic_number", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))), 4);
      s.text("message", e.value.subspan(4));
      return;
    }
    case 13:
    {
      if (m < 8) {
        s.bytes("data", e.value);
        s.string("error", "malformed: the data is shorter than the 8 bytes this case needs");
        return;
      }
      s.hex("magic_number", static_cast<std::uint64_t>((jspcap::load_be32(q + 0))), 4);
      s.uint("seconds_remaining", static_cast<std::uint64_t>((jspcap::load_be32(q + 4))));
      s.text("message", e.value.subspan(8));
      return;
    }
    default:
    {
      if (m) s.bytes("data", e.value);
      return;
    }
  }
}

inline const char* LcpView::enum_lcp_code(std::uint64_t v) noexcept {
  switch (v) {
    case 1: return "Configure-Request";
    case 2: return "Configure-Ack";
    case 3: return "Configure-Nak";
    case 4: return "Configure-Reject";
    case 5: return "Terminate-Request";
    case 6: return "Terminate-Ack";
    case 7: return "Code-Reject";
    case 8: return "Protocol-Reject";
    case 9: return "Echo-Request";
    case 10: return "Echo-Reply";
    case 11: return "Discard-Request";
    case 12: return "Identification";
    case 13: return "Time-Remaining";
    default: return nullptr;
  }
}

inline const char* LcpView::enum_lcp_option(std::uint64_t v) noexcept {
  switch (v) {
    case 1: return "Maximum-Receive-Unit";
    case 2: return "Async-Control-Character-Map";
    case 3: return "Authentication-Protocol";
    case 4: return "Quality-Protocol";
    case 5: return "Magic-Number";
    case 7: return "Protocol-Field-Compression";
    case 8: return "Address-and-Control-Field-Compression";
    case 13: return "Callback";
    case 17: return "Multilink-MRRU";
    case 18: return "Multilink-Short-Sequence";
    case 19: return "Multilink-Endpoint-Discriminator";
    default: return nullptr;
  }
}

}  // namespace jspcap
