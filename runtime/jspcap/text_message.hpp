// Text messages in the style of HTTP/1.x, RTSP or SIP: a start line of space-separated tokens,
// "Name: value" header lines, an empty line, then the body. Generic: a spec's `message:` entry
// gives the start-line rules; nothing here knows a protocol. Never reads outside the bytes given.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jspcap/bytes.hpp"

namespace jspcap {

/// One token of a start line.
struct TokenRule {
  const char* name;
  const char* const* one_of = nullptr;  ///< the token must be one of these (methods)
  std::uint8_t one_of_count = 0;
  const char* prefix = nullptr;         ///< the token must start with this ("HTTP/1.")
  std::uint8_t digits = 0;              ///< the token is exactly this many decimal digits (status)
  bool rest = false;                    ///< the rest of the line, spaces included (reason phrase)
  bool optional = false;                ///< the line may end before this token (HTTP/0.9 request)
};

/// One kind of start line ("request", "response").
struct StartRule {
  const char* receipt;
  const TokenRule* tokens;
  std::uint8_t count;
  const char* header_alias;  ///< key for a header line named like the receipt ("request_field")
};

/// How a message's body ends.
enum class BodyLength : std::uint8_t {
  none,     ///< no body
  header,   ///< the decimal value of a header (Content-Length)
  chunked,  ///< a chunked transfer coding (RFC 9112 §7.1), decoded
  close,    ///< the rest of the stream, up to the close
  tunnel,   ///< the rest of the stream is another protocol's (CONNECT, 101 Switching Protocols)
};

/// One rule for where a message's body ends; every condition given must hold.
struct BodyRule {
  const char* receipt;                 ///< the message is of this kind
  const char* token;                   ///< its start-line token `token` starts with one of …
  const char* const* prefixes;
  std::uint8_t prefix_count;
  const char* answers;                 ///< the message it answers has token `answers` equal to one of …
  const char* const* answers_one_of;
  std::uint8_t answers_count;
  const char* header;                  ///< it has this header …
  const char* last;                    ///< … whose last comma-separated item is this
  BodyLength length;
  bool interim;                        ///< an interim answer: the message answered waits for another
};

struct StartRule;
/// A text protocol's rules, as its spec gives them.
struct MessageRules {
  const StartRule* start = nullptr;
  std::size_t start_count = 0;
  const BodyRule* body = nullptr;
  std::size_t body_count = 0;
};

inline constexpr std::size_t kMaxStartTokens = 4;
/// How far a start line is looked for: a longer first line is not a text message.
inline constexpr std::size_t kMaxStartLine = 8192;

struct TextStart {
  int rule = -1;                                ///< index of the matching StartRule
  std::string_view token[kMaxStartTokens];
  std::uint8_t tokens = 0;                      ///< tokens found (fewer when the line is cut)
  std::size_t headers_at = 0;                   ///< offset just after the start line
  bool cut = false;                             ///< the bytes end inside the start line
};

namespace detail {

inline std::string_view as_view(Bytes b) noexcept { return {reinterpret_cast<const char*>(b.data()), b.size()}; }

/// The line starting at `at`: without its CR LF (or LF); `next` is where the following one starts.
/// False when no line end is found within `limit` bytes.
inline bool text_line(std::string_view s, std::size_t at, std::size_t limit, std::string_view& line,
                      std::size_t& next) noexcept {
  const std::size_t end = s.find('\n', at);
  if (end == std::string_view::npos || end - at > limit) return false;
  line = s.substr(at, end - at);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  next = end + 1;
  return true;
}

inline bool token_ok(const TokenRule& r, std::string_view t) noexcept {
  if (t.empty() && !r.rest) return false;
  for (const char c : t)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) == 0x7f) return false;
  if (r.prefix && !t.starts_with(r.prefix)) return false;
  if (r.digits) {
    if (t.size() != r.digits) return false;
    for (const char c : t)
      if (c < '0' || c > '9') return false;
  }
  if (r.one_of) {
    bool found = false;
    for (std::uint8_t i = 0; i < r.one_of_count && !found; ++i) found = t == r.one_of[i];
    if (!found) return false;
  }
  return true;
}

}  // namespace detail

/// Matches the first line of `b` against `rules`; fills `out` on success.
inline bool match_start(Bytes b, const StartRule* rules, std::size_t n, TextStart& out) noexcept {
  const std::string_view s = detail::as_view(b);
  std::string_view line;
  std::size_t next = 0;
  out.cut = false;
  if (!detail::text_line(s, 0, kMaxStartLine, line, next)) {
    // The segment ends inside the start line (a long request target): what is there still
    // starts a message when its first tokens match; the tokens after the cut are absent.
    if (s.size() > kMaxStartLine || s.find('\n') != std::string_view::npos) return false;
    line = s;
    next = s.size();
    out.cut = true;
  }
  for (std::size_t r = 0; r < n; ++r) {
    const StartRule& rule = rules[r];
    std::string_view rest = line;
    bool ok = rule.count <= kMaxStartTokens;
    out.tokens = 0;
    for (std::uint8_t i = 0; ok && i < rule.count; ++i) {
      const TokenRule& t = rule.tokens[i];
      const bool last = i + 1 == rule.count;
      std::string_view token;
      bool partial = false;
      if (t.optional && rest.empty() && i > 0 && out.token[i - 1].end() == line.end()) break;  // absent
      if (t.rest || last) {
        token = rest;
        rest = {};
        partial = out.cut;
      } else {
        const std::size_t sp = rest.find(' ');
        if (sp == std::string_view::npos && rule.tokens[i + 1].optional) {
          token = rest;  // the line ends here; the optional token after it is absent
          rest = {};
        } else if (sp == std::string_view::npos) {
          // Cut after at least one whole token: this one is what the segment holds.
          if (!out.cut || i == 0) { ok = false; break; }
          token = rest;
          rest = {};
          partial = true;
        } else {
          token = rest.substr(0, sp);
          rest.remove_prefix(sp + 1);
        }
      }
      ok = partial ? !token.empty() : detail::token_ok(t, token);
      out.token[i] = token;
      out.tokens = static_cast<std::uint8_t>(i + 1);
      if (partial) break;
    }
    if (ok) {
      out.rule = static_cast<int>(r);
      out.headers_at = next;
      return true;
    }
  }
  out.rule = -1;
  return false;
}

/// The header lines after the start line. After the walk, body_at() is where the body starts,
/// or npos when the empty line was not reached (headers cut by the capture or the segment).
class HeaderIterator {
 public:
  HeaderIterator(Bytes b, std::size_t at) noexcept : s_(detail::as_view(b)), at_(at) { advance(); }
  bool done() const noexcept { return done_; }
  std::string_view name() const noexcept { return name_; }
  std::string_view value() const noexcept { return value_; }
  void next() noexcept { advance(); }
  std::size_t body_at() const noexcept { return body_at_; }

 private:
  void advance() noexcept {
    std::string_view line;
    std::size_t next = 0;
    if (done_ || !detail::text_line(s_, at_, s_.size(), line, next)) {
      done_ = true;
      return;
    }
    at_ = next;
    if (line.empty()) {  // the empty line: headers end, the body follows
      body_at_ = next;
      done_ = true;
      return;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {  // not a header line: stop here
      done_ = true;
      return;
    }
    name_ = line.substr(0, colon);
    while (!name_.empty() && name_.back() == ' ') name_.remove_suffix(1);
    value_ = line.substr(colon + 1);
    while (!value_.empty() && (value_.front() == ' ' || value_.front() == '\t')) value_.remove_prefix(1);
    while (!value_.empty() && (value_.back() == ' ' || value_.back() == '\t')) value_.remove_suffix(1);
  }

  std::string_view s_;
  std::size_t at_;
  std::string_view name_, value_;
  std::size_t body_at_ = std::string_view::npos;
  bool done_ = false;
};

namespace detail {

inline bool same_name(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

}  // namespace detail

/// Reports a text message the way jspcap did: `receipt`, `header` {<receipt> {start-line
/// tokens}, one key per header name — a list when the name repeats}, `body` (null when the
/// headers did not end within the bytes). Bytes that start no message (a continuation of one
/// whose start was in an earlier segment) are reported as `receipt: continuation` and `body`.
/// With `with_body` false the body is left out (the caller reports it, decoded).
template <class Sink>
void visit_text_message(Sink& s, Bytes b, const StartRule* rules, std::size_t n, bool with_body = true) {
  TextStart start;
  if (!match_start(b, rules, n, start)) {
    s.string("receipt", "continuation");
    s.bytes("body", b);
    return;
  }
  const StartRule& rule = rules[start.rule];
  s.string("receipt", rule.receipt);
  s.begin("header");
  s.begin(rule.receipt);
  for (std::uint8_t i = 0; i < start.tokens; ++i) {
    const std::string_view t = start.token[i];
    if (rule.tokens[i].digits && !(start.cut && i + 1 == start.tokens)) {
      std::uint64_t v = 0;
      for (const char c : t) v = v * 10 + static_cast<std::uint64_t>(c - '0');
      s.uint(rule.tokens[i].name, v);
    } else {
      s.string(rule.tokens[i].name, t);
    }
  }
  s.end();
  HeaderIterator h(b, start.headers_at);
  for (std::size_t index = 0; !h.done(); h.next(), ++index) {
    const std::string_view name = h.name();
    // A repeated name is reported once, where it first occurs, as a list of its values.
    std::size_t count = 0;
    bool earlier = false;
    HeaderIterator other(b, start.headers_at);
    for (std::size_t j = 0; !other.done(); other.next(), ++j) {
      if (!detail::same_name(other.name(), name)) continue;
      if (j < index) earlier = true;
      ++count;
    }
    if (earlier) continue;
    const std::string_view key = detail::same_name(name, rule.receipt) ? std::string_view(rule.header_alias) : name;
    if (count == 1) {
      s.string(key, h.value());
      continue;
    }
    s.begin_list(key);
    HeaderIterator values(b, start.headers_at);
    for (; !values.done(); values.next())
      if (detail::same_name(values.name(), name)) s.string("", values.value());
    s.end_list();
  }
  s.end();
  if (!with_body) return;
  if (h.body_at() <= b.size()) s.bytes("body", b.subspan(h.body_at()));
  else s.null("body");
}

}  // namespace jspcap
