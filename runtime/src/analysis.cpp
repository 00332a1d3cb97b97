// Text messages over streams (see jspcap/analysis.hpp).

#include "jspcap/analysis.hpp"

#include <algorithm>
#include <cstring>

#include "jspcap/generated/dispatch.hpp"

namespace jspcap {
namespace {

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

Bytes as_bytes(std::string_view s) noexcept { return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}; }

/// The start-line token `name` of `head` under `rules`.
std::string_view token_of(std::string_view head, const MessageRules& rules, std::string_view name) noexcept {
  TextStart start;
  if (!match_start(as_bytes(head), rules.start, rules.start_count, start)) return {};
  const StartRule& rule = rules.start[start.rule];
  for (std::uint8_t i = 0; i < start.tokens; ++i)
    if (name == rule.tokens[i].name) return start.token[i];
  return {};
}

std::optional<std::string_view> header_of(std::string_view head, const MessageRules& rules, std::string_view name) noexcept {
  TextStart start;
  if (!match_start(as_bytes(head), rules.start, rules.start_count, start)) return std::nullopt;
  for (HeaderIterator h(as_bytes(head), start.headers_at); !h.done(); h.next())
    if (detail::same_name(h.name(), name)) return h.value();
  return std::nullopt;
}

bool starts_with_any(std::string_view v, const char* const* list, std::size_t n) noexcept {
  for (std::size_t i = 0; i < n; ++i)
    if (v.starts_with(list[i])) return true;
  return false;
}

bool equals_any(std::string_view v, const char* const* list, std::size_t n) noexcept {
  for (std::size_t i = 0; i < n; ++i)
    if (v == list[i]) return true;
  return false;
}

/// Where the head ends: the index just past the empty line, or npos.
std::size_t head_end(std::string_view s, std::size_t from) noexcept {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] != '\n') continue;
    if (i + 1 < s.size() && s[i + 1] == '\n') return i + 2;
    if (i + 2 < s.size() && s[i + 1] == '\r' && s[i + 2] == '\n') return i + 3;
  }
  return std::string_view::npos;
}

}  // namespace

// ---- Message ----------------------------------------------------------------------------------

std::string_view Message::receipt() const noexcept {
  TextStart start;
  if (!rules.start || !match_start(head_bytes(), rules.start, rules.start_count, start)) return {};
  return rules.start[start.rule].receipt;
}

std::string_view Message::token(std::string_view name) const noexcept {
  return rules.start ? token_of(head, rules, name) : std::string_view{};
}

std::optional<std::string_view> Message::header(std::string_view name) const noexcept {
  return rules.start ? header_of(head, rules, name) : std::nullopt;
}

HeaderIterator Message::headers() const noexcept {
  TextStart start;
  if (!rules.start || !match_start(head_bytes(), rules.start, rules.start_count, start)) return HeaderIterator(Bytes{}, 0);
  return HeaderIterator(head_bytes(), start.headers_at);
}

// ---- MessageParser ----------------------------------------------------------------------------

void MessageParser::note_frame(std::uint64_t frame) {
  if (frame != last_frame_ || msg_.frames.empty()) {
    if (msg_.frames.empty() || msg_.frames.back() != frame) msg_.frames.push_back(frame);
    last_frame_ = frame;
  }
}

void MessageParser::take_body(Bytes b) {
  msg_.body_length += b.size();
  const std::size_t room = limits_.max_body > msg_.body.size() ? limits_.max_body - msg_.body.size() : 0;
  const std::size_t n = std::min(room, b.size());
  msg_.body.insert(msg_.body.end(), b.begin(), b.begin() + static_cast<std::ptrdiff_t>(n));
  if (n < b.size()) msg_.body_truncated = true;
}

void MessageParser::finish(bool complete, const MessageSink& sink) {
  if (!in_message_) return;
  msg_.complete = complete;
  in_message_ = false;
  // The frame that completed it goes last (bytes from earlier, out-of-order frames come before).
  if (current_ && !msg_.frames.empty() && msg_.frames.back() != current_) {
    auto& f = msg_.frames;
    if (const auto it = std::find(f.begin(), f.end(), current_); it != f.end()) {
      f.erase(it);
      f.push_back(current_);
    }
  }
  Message out = std::move(msg_);
  msg_ = Message{};
  sink(std::move(out));
}

void MessageParser::begin_body(std::deque<Asked>& mine, std::deque<Asked>& theirs, const MessageSink& sink) {
  TextStart start;
  match_start(msg_.head_bytes(), rules_.start, rules_.start_count, start);
  const int rule = start.rule;
  // The message it answers: the other side's oldest unanswered one of another kind.
  const Asked* asked = !theirs.empty() && theirs.front().rule != rule ? &theirs.front() : nullptr;
  const BodyRule* chosen = nullptr;
  for (std::size_t r = 0; r < rules_.body_count && !chosen; ++r) {
    const BodyRule& b = rules_.body[r];
    if (b.receipt && std::string_view(b.receipt) != rules_.start[rule].receipt) continue;
    if (b.token && !starts_with_any(token_of(msg_.head, rules_, b.token), b.prefixes, b.prefix_count)) continue;
    if (b.answers && (!asked || !equals_any(token_of(asked->head, rules_, b.answers), b.answers_one_of, b.answers_count)))
      continue;
    if (b.header) {
      const auto v = header_of(msg_.head, rules_, b.header);
      if (!v) continue;
      if (b.last) {
        std::string_view item = *v;
        if (const auto comma = item.rfind(','); comma != std::string_view::npos) item = item.substr(comma + 1);
        if (!detail::same_name(trim(item), b.last)) continue;
      }
    }
    chosen = &b;
  }
  if (asked) {
    const std::size_t line = asked->head.find('\n');
    msg_.answers = std::string(trim(std::string_view(asked->head).substr(0, line)));
    if (!(chosen && chosen->interim)) theirs.pop_front();
  } else {
    Asked a;
    a.rule = rule;
    a.head = msg_.head;
    mine.push_back(std::move(a));
    if (mine.size() > limits_.max_waiting) mine.pop_front();
  }
  msg_.framing = chosen ? chosen->length : BodyLength::close;
  switch (msg_.framing) {
    case BodyLength::none:
      finish(true, sink);
      state_ = State::start;
      return;
    case BodyLength::header: {
      const std::string_view v = trim(*header_of(msg_.head, rules_, chosen->header));
      std::uint64_t n = 0;
      bool ok = !v.empty() && v.size() <= 18;
      for (const char c : v) ok = ok && c >= '0' && c <= '9', n = n * 10 + static_cast<std::uint64_t>(c - '0');
      if (!ok) {  // an invalid length: where the message ends is unknown
        finish(false, sink);
        state_ = State::lost;
        return;
      }
      remaining_ = n;
      state_ = State::body;
      if (n == 0) {
        finish(true, sink);
        state_ = State::start;
      }
      return;
    }
    case BodyLength::chunked:
      line_.clear();
      state_ = State::chunk_size;
      return;
    case BodyLength::close:
      state_ = State::to_close;
      return;
    case BodyLength::tunnel:
      finish(true, sink);
      state_ = State::tunnel;
      return;
  }
}

void MessageParser::data(Bytes b, std::uint64_t offset, std::uint64_t frame, std::deque<Asked>& mine,
                         std::deque<Asked>& theirs, const MessageSink& sink, std::uint64_t current) {
  current_ = current ? current : frame;
  // After losing track, a message may start again at a segment boundary.
  if (state_ == State::lost) state_ = State::start;
  std::size_t i = 0;
  const std::string_view s(reinterpret_cast<const char*>(b.data()), b.size());
  while (i < s.size()) {
    switch (state_) {
      case State::start: {
        if (!in_message_) {
          // Empty lines between messages are skipped (RFC 9112 §2.2).
          while (i < s.size() && (s[i] == '\r' || s[i] == '\n')) ++i;
          if (i == s.size()) return;
          msg_ = Message{};
          msg_.protocol = protocol_;
          msg_.rules = rules_;
          msg_.stream = stream;
          msg_.dir = dir;
          msg_.offset = offset + i;
          in_message_ = true;
        }
        note_frame(frame);
        const std::size_t before = msg_.head.size();
        const std::size_t want = std::min(s.size() - i, limits_.max_head + 1 - std::min(limits_.max_head, before));
        msg_.head.append(s.substr(i, want));
        const std::size_t end = head_end(msg_.head, before >= 2 ? before - 2 : 0);
        // The first line must be a start line, as soon as it is whole (or too long to be one).
        const std::size_t nl = msg_.head.find('\n');
        TextStart start;
        if ((nl != std::string::npos || msg_.head.size() > kMaxStartLine) &&
            !match_start(msg_.head_bytes(), rules_.start, rules_.start_count, start)) {
          in_message_ = false;
          // Bytes held from earlier segments started no message (a keep-alive's byte, the
          // tail of something missed): try again from this segment's start.
          if (before > 0) continue;
          state_ = State::lost;
          return;
        }
        if (end == std::string::npos) {
          if (msg_.head.size() > limits_.max_head) {
            in_message_ = false;
            state_ = State::lost;
            return;
          }
          i += want;
          break;
        }
        i += end - before;
        msg_.head.resize(end);
        begin_body(mine, theirs, sink);
        break;
      }
      case State::body: {
        note_frame(frame);
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, s.size() - i));
        take_body(b.subspan(i, n));
        i += n;
        remaining_ -= n;
        if (remaining_ == 0) {
          finish(true, sink);
          state_ = State::start;
        }
        break;
      }
      case State::chunk_size:
      case State::trailer: {
        note_frame(frame);
        const std::size_t nl = s.find('\n', i);
        const std::size_t stop = nl == std::string_view::npos ? s.size() : nl + 1;
        line_.append(s.substr(i, stop - i));
        i = stop;
        if (line_.size() > 4096) {  // no chunk-size or trailer line is this long
          finish(false, sink);
          state_ = State::lost;
          return;
        }
        if (nl == std::string_view::npos) break;
        const std::string_view line = trim(std::string_view(line_).substr(0, line_.size() - 1));
        if (state_ == State::trailer) {
          if (line.empty()) {
            finish(true, sink);
            state_ = State::start;
          }
          line_.clear();
          break;
        }
        std::uint64_t n = 0;
        std::size_t digits = 0;
        for (; digits < line.size() && digits < 16; ++digits) {
          const char c = line[digits];
          const int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
          if (v < 0) break;
          n = n << 4 | static_cast<std::uint64_t>(v);
        }
        line_.clear();
        if (digits == 0 || (digits < line.size() && line[digits] != ';' && line[digits] != ' ' && line[digits] != '\t')) {
          finish(false, sink);
          state_ = State::lost;
          return;
        }
        if (n == 0) {
          state_ = State::trailer;
        } else {
          remaining_ = n;
          state_ = State::chunk_data;
        }
        break;
      }
      case State::chunk_data: {
        note_frame(frame);
        const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, s.size() - i));
        take_body(b.subspan(i, n));
        i += n;
        remaining_ -= n;
        if (remaining_ == 0) state_ = State::chunk_end;
        break;
      }
      case State::chunk_end:
        // The CR LF after a chunk's data.
        if (s[i] == '\r') {
          ++i;
        } else if (s[i] == '\n') {
          ++i;
          state_ = State::chunk_size;
        } else {
          finish(false, sink);
          state_ = State::lost;
          return;
        }
        break;
      case State::to_close:
        note_frame(frame);
        take_body(b.subspan(i));
        i = s.size();
        break;
      case State::tunnel:
      case State::lost:
        return;
    }
  }
}

void MessageParser::gap(std::uint64_t n, const MessageSink& sink) {
  switch (state_) {
    case State::body:
      msg_.gap_bytes += std::min(n, remaining_);
      msg_.body_length += std::min(n, remaining_);
      if (n < remaining_) {
        remaining_ -= n;
        return;
      }
      finish(false, sink);
      break;
    case State::to_close:
      msg_.gap_bytes += n;
      msg_.body_length += n;
      return;
    case State::tunnel:
      return;
    case State::start:
      in_message_ = false;  // a head cut by the gap is no message
      break;
    default:
      msg_.gap_bytes += n;
      finish(false, sink);
      break;
  }
  state_ = State::lost;
}

void MessageParser::close(const MessageSink& sink) {
  if (state_ == State::to_close) {
    finish(msg_.gap_bytes == 0, sink);
  } else if (state_ != State::start) {
    finish(false, sink);
  }
  in_message_ = false;
  state_ = State::start;
}

// ---- MessageAnalyser --------------------------------------------------------------------------

MessageSink MessageAnalyser::numbered() {
  return [this](Message&& m) {
    m.number = ++count_;
    sink_(std::move(m));
  };
}

void MessageAnalyser::decide(Conn& c, ProtocolId id) {
  c.decided = true;
  MessageRules rules;
  if (id == ProtocolId::none || !message_rules(id, rules)) return;
  c.protocol = id;
  c.rules = rules;
}

void MessageAnalyser::open(const Connection& conn) {
  auto c = std::make_unique<Conn>();
  if (conn.binding.has_table) {
    std::uint64_t key = 0;
    const ProtocolId id = detail::lookup_lowest_first(conn.binding.table, {conn.ends[0].port, conn.ends[1].port}, key);
    MessageRules rules;
    if (id != ProtocolId::none && message_rules(id, rules)) decide(*c, id);
  }
  conns_[conn.index] = std::move(c);
}

void MessageAnalyser::data(const Connection& conn, int dir, std::uint64_t offset, Bytes b, std::uint64_t frame) {
  const auto it = conns_.find(conn.index);
  if (it == conns_.end()) return;
  Conn& c = *it->second;
  if (!c.decided) {
    // Not on a port of a message protocol: by content, from the first bytes of either side.
    const ProtocolId id =
        conn.binding.heuristic != HeuristicId::none ? detect(conn.binding.heuristic, b.data(), b.size()) : ProtocolId::none;
    decide(c, id);
  }
  if (c.protocol == ProtocolId::none) return;
  if (!c.parser[dir]) {
    c.parser[dir].emplace(c.protocol, c.rules, limits_);
    c.parser[dir]->stream = conn.index;
    c.parser[dir]->dir = dir;
  }
  c.parser[dir]->data(b, offset, frame, c.asked[dir], c.asked[1 - dir], numbered(), conn.frame);
}

void MessageAnalyser::gap(const Connection& conn, int dir, std::uint64_t, std::uint64_t length, GapCause) {
  const auto it = conns_.find(conn.index);
  if (it == conns_.end() || !it->second->parser[dir]) return;
  it->second->parser[dir]->gap(length, numbered());
}

void MessageAnalyser::close(const Connection& conn) {
  const auto it = conns_.find(conn.index);
  if (it == conns_.end()) return;
  for (auto& p : it->second->parser)
    if (p) p->close(numbered());
  conns_.erase(it);
}

// ---- analyse ----------------------------------------------------------------------------------

std::string_view Analysis::name() const noexcept {
  return protocol == ProtocolId::none ? std::string_view("Raw") : std::string_view(info(protocol).name);
}

Analysis analyse(Bytes payload, MessageLimits limits) {
  Analysis out;
  for (std::size_t i = 1, count = protocol_count(); i <= count; ++i) {
    const auto id = static_cast<ProtocolId>(i);
    MessageRules rules;
    TextStart start;
    if (!message_rules(id, rules) || !match_start(payload, rules.start, rules.start_count, start) || start.cut) continue;
    out.protocol = id;
    MessageParser parser(id, rules, limits);
    std::deque<MessageParser::Asked> mine, theirs;
    std::uint64_t n = 0;
    auto sink = [&](Message&& m) {
      m.number = ++n;
      out.messages.push_back(std::move(m));
    };
    parser.data(payload, 0, 0, mine, theirs, sink);
    parser.close(sink);
    break;
  }
  return out;
}

}  // namespace jspcap
