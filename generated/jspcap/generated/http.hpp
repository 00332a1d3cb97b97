// Generated from specs/http.yaml by generator/. DO NOT EDIT.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "jspcap/bytes.hpp"
#include "jspcap/layer.hpp"
#include "jspcap/sink.hpp"
#include "jspcap/tlv.hpp"
#include "jspcap/text_message.hpp"
#include "jspcap/generated/enums.hpp"
#include "jspcap/generated/ids.hpp"

namespace jspcap {

/// HTTP: HTTP/1.x in one segment (start line, header lines, body). Messages spread over segments are the TCP reassembly's (analyse).
/// Reference: RFC 9112 §2–§6.
/// A zero-copy view over captured bytes: dissect() checks every bound once; the accessors then
/// read in place. Constructed directly, a view is unchecked: read only what view_bytes() covers.
class HttpView {
 public:
  static constexpr ProtocolId kId = ProtocolId::http;
  /// Bytes readable before any length field is consulted.
  static constexpr std::size_t kFixedSize = 0;

  /// Checks the header in `cap` captured bytes of a layer `wire` bytes long on the wire; fills
  /// `out` with the header and payload extents and the next protocol. Status
  /// length_exceeds_parent still fills `out` (bounded by the parent). With `partial` (a quoted
  /// datagram, a first fragment) a total longer than the parent is expected, not an issue.
  static Issue dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                       bool partial = false) noexcept;

  constexpr HttpView(const std::uint8_t* p, std::size_t n) noexcept : p_(p), n_(n) {}
  explicit constexpr HttpView(Bytes b) noexcept : p_(b.data()), n_(b.size()) {}


  /// The bytes this view was made over (header and captured payload).
  Bytes view_bytes() const noexcept { return {p_, n_}; }


  /// True when the bytes start with one of the spec's start lines (content detection).
  static bool probe(const std::uint8_t* p, std::size_t n) noexcept {
    TextStart start;
    return match_start(Bytes{p, n}, kStartRules, 2, start);
  }
  /// The start line as matched: `rule` -1 when the bytes start no message (a continuation).
  TextStart start() const noexcept {
    TextStart out;
    match_start(view_bytes(), kStartRules, 2, out);
    return out;
  }
  /// "request", "response", or "continuation".
  std::string_view receipt() const noexcept {
    const TextStart s = start();
    return s.rule < 0 ? std::string_view("continuation") : std::string_view(kStartRules[s.rule].receipt);
  }
  /// The start-line token called `name` (method/target/version, version/status/phrase); empty when
  /// absent.
  std::string_view token(std::string_view name) const noexcept {
    const TextStart s = start();
    if (s.rule < 0) return {};
    for (std::uint8_t i = 0; i < s.tokens; ++i)
      if (name == kStartRules[s.rule].tokens[i].name) return s.token[i];
    return {};
  }
  /// The header lines, in order (repeated names kept): for (HeaderIterator h = v.headers(); !h.done(); h.next()) …
  HeaderIterator headers() const noexcept {
    const TextStart s = start();
    return HeaderIterator(s.rule < 0 ? Bytes{} : view_bytes(), s.rule < 0 ? 0 : s.headers_at);
  }
  /// Where the body starts (after the empty line), or npos when the headers do not end within
  /// these bytes or no message starts here.
  std::size_t body_offset() const noexcept {
    HeaderIterator h = headers();
    while (!h.done()) h.next();
    return h.body_at();
  }
  /// The body's captured bytes (empty when body_offset() is npos).
  Bytes body() const noexcept {
    const std::size_t at = body_offset();
    return at <= n_ ? view_bytes().subspan(at) : Bytes{};
  }
  static constexpr const char* kRequestMethodOneOf[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "ACL", "BIND", "UNBIND", "REBIND", "CHECKIN", "CHECKOUT", "UNCHECKOUT", "MERGE", "LABEL", "REPORT", "UPDATE", "VERSION-CONTROL", "MKWORKSPACE", "MKACTIVITY", "BASELINE-CONTROL", "MKCALENDAR", "ORDERPATCH", "MKREDIRECTREF", "UPDATEREDIRECTREF", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "M-SEARCH", "POLL", "BCOPY", "BMOVE", "BDELETE", "BPROPFIND", "BPROPPATCH", "RPC_CONNECT", "RPC_IN_DATA", "RPC_OUT_DATA", "SSTP_DUPLEX_POST", "CCM_POST"};
  static constexpr TokenRule kRequestTokens[] = {
      {"method", kRequestMethodOneOf, 51, nullptr, 0, false, false},
      {"target", nullptr, 0, nullptr, 0, false, false},
      {"version", nullptr, 0, "HTTP/1.", 0, false, true},
  };
  static constexpr TokenRule kResponseTokens[] = {
      {"version", nullptr, 0, "HTTP/1.", 0, false, false},
      {"status", nullptr, 0, nullptr, 3, false, false},
      {"phrase", nullptr, 0, nullptr, 0, true, false},
  };
  /// Start lines (specs/http.yaml).
  static constexpr StartRule kStartRules[] = {
      {"request", kRequestTokens, 3, "request_field"},
      {"response", kResponseTokens, 3, "response_field"},
  };
  static constexpr const char* kBody0Prefix[] = {"101"};
  static constexpr const char* kBody1Prefix[] = {"1"};
  static constexpr const char* kBody2Prefix[] = {"204", "304"};
  static constexpr const char* kBody3Answers[] = {"HEAD"};
  static constexpr const char* kBody4Prefix[] = {"2"};
  static constexpr const char* kBody4Answers[] = {"CONNECT"};
  /// Where a message's body ends, the first rule that applies (specs/http.yaml).
  static constexpr BodyRule kBodyRules[] = {
      {"response", "status", kBody0Prefix, 1, nullptr, nullptr, 0, nullptr, nullptr, BodyLength::tunnel, false},
      {"response", "status", kBody1Prefix, 1, nullptr, nullptr, 0, nullptr, nullptr, BodyLength::none, true},
      {"response", "status", kBody2Prefix, 2, nullptr, nullptr, 0, nullptr, nullptr, BodyLength::none, false},
      {"response", nullptr, nullptr, 0, "method", kBody3Answers, 1, nullptr, nullptr, BodyLength::none, false},
      {"response", "status", kBody4Prefix, 1, "method", kBody4Answers, 1, nullptr, nullptr, BodyLength::tunnel, false},
      {nullptr, nullptr, nullptr, 0, nullptr, nullptr, 0, "Transfer-Encoding", "chunked", BodyLength::chunked, false},
      {nullptr, nullptr, nullptr, 0, nullptr, nullptr, 0, "Content-Length", nullptr, BodyLength::header, false},
      {"request", nullptr, nullptr, 0, nullptr, nullptr, 0, nullptr, nullptr, BodyLength::none, false},
      {nullptr, nullptr, nullptr, 0, nullptr, nullptr, 0, nullptr, nullptr, BodyLength::close, false},
  };
  /// The spec's message rules, for stream analysis.
  static constexpr MessageRules kMessageRules{kStartRules, 2, kBodyRules, 9};
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


inline Issue HttpView::dissect(const std::uint8_t* p, std::size_t cap, std::uint64_t wire, Step& out,
                               bool partial) noexcept {
  if (cap < kFixedSize) return jspcap::detail::short_header(kFixedSize, cap, wire, partial);
  return HttpView{p, cap}.check(wire, partial, out);
}

inline Issue HttpView::check(std::uint64_t wire, bool partial, Step& out) const noexcept {
  const std::int64_t parent_len = static_cast<std::int64_t>(wire);
  std::int64_t total = parent_len;
  const std::int64_t header = total < static_cast<std::int64_t>(n_) ? total : static_cast<std::int64_t>(n_);
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
void HttpView::visit(Sink& s) const {
  visit_text_message(s, view_bytes(), kStartRules, 2);
}

}  // namespace jspcap
