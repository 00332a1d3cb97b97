// Stream reassembly (see jspcap/stream.hpp). Offsets within a direction are 64-bit counts from
// its first byte; a segment's offset is found from its sequence number relative to the next
// expected one, so sequence numbers wrap freely. Overlaps: the bytes handed on (or buffered)
// first are kept — what a receiving host does, and what tshark's "follow" shows.

#include "jspcap/stream.hpp"

#include <algorithm>
#include <cstring>

#include "jspcap/generated/dispatch.hpp"
#include "text.hpp"

namespace jspcap {

const char* to_string(StreamClose why) noexcept {
  switch (why) {
    case StreamClose::fin: return "fin";
    case StreamClose::reset: return "reset";
    case StreamClose::timeout: return "timeout";
    case StreamClose::evicted: return "evicted";
    case StreamClose::end_of_file: return "end_of_file";
  }
  return "?";
}

const char* to_string(GapCause cause) noexcept {
  switch (cause) {
    case GapCause::not_captured: return "not_captured";
    case GapCause::lost: return "lost";
    case GapCause::buffer_limit: return "buffer_limit";
  }
  return "?";
}

std::string end_address(const Connection& c, int end) {
  char buf[detail::kTextMax];
  return std::string(detail::format_address(c.addr_kind, Bytes{c.ends[end & 1].addr, c.addr_len}, buf));
}

namespace {

double seconds(const Record& r) noexcept {
  double frac = r.ts_frac;
  for (int i = 0; i < r.ts_digits; ++i) frac /= 10;
  return static_cast<double>(r.ts_sec) + frac;
}

Record time_of(const Record& r) noexcept {
  Record t;
  t.number = r.number;
  t.ts_sec = r.ts_sec;
  t.ts_frac = r.ts_frac;
  t.ts_digits = r.ts_digits;
  return t;
}

/// The first stream layer of a frame, its ends taken from the innermost scope layer before it
/// (or, failing that, from `outer`). False for a layer inside a fragment: its payload is only
/// the start of a datagram, which arrives whole once reassembled.
bool find_stream(const Frame& frame, const Frame* outer, std::size_t& index, StreamInfo& info,
                 StreamBinding& binding) noexcept {
  const auto layers = frame.layers();
  for (std::size_t i = 0; i < layers.size(); ++i) {
    if (!streams(layers[i].protocol, binding)) continue;
    const Layer layer(frame, i);
    if (!layer.decoded()) return false;
    auto is_scope = [&](ProtocolId id) {
      return std::find(binding.scopes.begin(), binding.scopes.end(), id) != binding.scopes.end();
    };
    for (std::size_t j = 0; j < i; ++j) {
      ProtocolId scope = ProtocolId::none;
      FragmentInfo fi;
      if (fragments(layers[j].protocol, scope) && Layer(frame, j).decoded()) {
        Bytes scope_bytes;
        for (std::size_t k = j; k-- > 0;)
          if (layers[k].protocol == scope) { scope_bytes = Layer(frame, k).bytes(); break; }
        if (fragment_layer(layers[j].protocol, Layer(frame, j).bytes(), scope_bytes, fi)) return false;
      }
    }
    const Frame* where = &frame;
    std::size_t j = i;
    while (j > 0 && !is_scope(layers[j - 1].protocol)) --j;
    if (j == 0 && outer) {
      where = outer;
      j = outer->layers().size();
      while (j > 0 && !is_scope(outer->layers()[j - 1].protocol)) --j;
    }
    if (j == 0) return false;
    const Layer scope(*where, j - 1);
    if (!stream_layer(layers[i].protocol, layer.bytes(), scope.protocol(), scope.bytes(), info)) return false;
    index = i;
    return true;
  }
  return false;
}

}  // namespace

std::size_t StreamReassembler::KeyHash::operator()(const Key& k) const noexcept {
  // Word at a time: both addresses are 16 bytes, zero past addr_len (equality compares them all).
  auto word = [](const std::uint8_t* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  std::uint64_t h = 0x243f6a8885a308d3ull ^ static_cast<std::uint64_t>(k.protocol);
  auto mix = [&h](std::uint64_t w) {
    h = (h ^ w) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
  };
  mix(word(k.lo.addr));
  mix(word(k.lo.addr + 8));
  mix(word(k.hi.addr));
  mix(word(k.hi.addr + 8));
  mix(k.lo.port << 32 ^ k.hi.port);
  return static_cast<std::size_t>(h);
}

StreamReassembler::StreamReassembler(StreamOptions options) : options_(std::move(options)) {}
StreamReassembler::~StreamReassembler() = default;

bool StreamReassembler::feed(const Frame& frame, const Frame* outer) {
  expire(frame.record());
  std::size_t index = 0;
  StreamInfo info;
  StreamBinding binding;
  if (!find_stream(frame, outer, index, info, binding)) return false;
  const ProtocolId id = frame.layers()[index].protocol;
  if (!options_.protocols.empty() &&
      std::find(options_.protocols.begin(), options_.protocols.end(), id) == options_.protocols.end())
    return false;
  ++stats_.segments;

  Key key;
  key.protocol = id;
  key.addr_len = info.addr_len;
  key.lo = std::min(info.src, info.dst);
  key.hi = std::max(info.src, info.dst);
  const Frame& shown = outer ? *outer : frame;
  int dir = 0;
  State* s = connection(key, info, id, binding, shown, dir);
  s->c.frame = shown.number();
  for (StreamConsumer* c : consumers_) c->packet(s->c, dir, shown);
  if (s->c.closed) return true;  // a late ACK or retransmission after the close

  const Layer layer(frame, index);
  const LayerRecord& rec = layer.record();
  const std::uint64_t wire_payload = rec.wire_len > rec.header_len ? rec.wire_len - rec.header_len : 0;
  const std::uint64_t before = s->c.dir[dir].next;
  const bool after_reset = s->c.reset;
  segment(*s, dir, info, layer.payload(), wire_payload, shown.number());
  if (info.reset) {
    // A RST ends its sender's direction. Data the other side sent before it arrived (in flight,
    // in sequence) is still delivered; the connection closes when that side is quiet too.
    s->c.reset = true;
    s->c.dir[dir].finished = true;
    if (after_reset || s->c.dir[1 - dir].finished) close(*s, StreamClose::reset);
  } else if (after_reset && (s->c.dir[dir].finished || s->c.dir[dir].next == before)) {
    close(*s, StreamClose::reset);   // the other side after the RST: nothing new
  } else if (s->c.dir[0].finished && s->c.dir[1].finished) {
    close(*s, s->c.reset ? StreamClose::reset : StreamClose::fin);
  }
  return true;
}

StreamReassembler::State* StreamReassembler::connection(const Key& key, const StreamInfo& info, ProtocolId id,
                                                        const StreamBinding& binding, const Frame& shown,
                                                        int& dir) {
  auto it = conns_.find(key);
  if (it != conns_.end()) {
    State& s = *it->second;
    dir = info.src == s.c.ends[0] ? 0 : 1;
    const StreamDirection& d = s.c.dir[dir];
    // A SYN that is not a repeat of the one that opened this direction starts a new connection
    // on the same ends (the old one closed, or the ports were reused).
    const std::uint64_t mask = info.seq_bits >= 64 ? UINT64_MAX : (std::uint64_t{1} << info.seq_bits) - 1;
    const bool new_syn = info.syn && (s.c.closed || (d.syn && ((info.seq + 1) & mask) != d.base));
    if (!new_syn) {
      ages_.splice(ages_.end(), ages_, s.age);
      s.c.last_frame = shown.number();
      s.c.last_time = time_of(shown.record());
      ++s.c.packets;
      s.c.bytes += shown.record().cap_len;
      return &s;
    }
    if (!s.c.closed) close(s, s.c.reset ? StreamClose::reset : StreamClose::fin);
    erase(s);
  }
  while (conns_.size() >= options_.max_connections && !ages_.empty()) {
    State& old = *ages_.front();
    if (!old.c.closed) {
      ++stats_.evicted;
      close(old, StreamClose::evicted);
    }
    erase(old);
  }
  auto state = std::make_unique<State>();
  State& s = *state;
  s.key = key;
  s.c.index = next_index_++;
  s.c.protocol = id;
  s.c.addr_kind = info.addr_kind;
  s.c.addr_len = info.addr_len;
  s.c.ends[0] = info.src;
  s.c.ends[1] = info.dst;
  s.c.binding = binding;
  s.c.first_frame = s.c.last_frame = shown.number();
  s.c.first_time = s.c.last_time = time_of(shown.record());
  s.c.packets = 1;
  s.c.bytes = shown.record().cap_len;
  ages_.push_back(&s);
  s.age = std::prev(ages_.end());
  conns_.emplace(key, std::move(state));
  ++stats_.connections;
  dir = 0;
  for (StreamConsumer* c : consumers_) c->open(s.c);
  return &s;
}

void StreamReassembler::segment(State& s, int dir, const StreamInfo& info, Bytes payload,
                                std::uint64_t wire_payload, std::uint64_t frame) {
  StreamDirection& d = s.c.dir[dir];
  const std::uint64_t mask = info.seq_bits >= 64 ? UINT64_MAX : (std::uint64_t{1} << info.seq_bits) - 1;
  const std::uint64_t start = (info.syn ? info.seq + 1 : info.seq) & mask;
  if (!d.started || (info.syn && !d.syn && d.next == 0 && d.buffered == 0)) {
    // The first segment fixes the base: a SYN's sequence number + 1, or (a connection picked
    // up mid-stream) the first byte seen.
    d.started = true;
    d.syn = info.syn;
    d.base = start;
  }
  // The offset: the sequence number's distance from the next expected byte, taken as the
  // shorter way round the sequence space (so wrap-around and old retransmissions both work).
  const std::uint64_t expected = (d.base + d.next) & mask;
  std::uint64_t delta = (start - expected) & mask;
  std::int64_t sdelta = static_cast<std::int64_t>(delta);
  if (info.seq_bits < 64 && delta > (mask >> 1)) sdelta = static_cast<std::int64_t>(delta) - static_cast<std::int64_t>(mask) - 1;
  std::int64_t at = static_cast<std::int64_t>(d.next) + sdelta;
  const std::uint64_t captured = std::min<std::uint64_t>(payload.size(), wire_payload);
  if (captured < payload.size()) payload = payload.first(static_cast<std::size_t>(captured));
  if (info.fin && at + static_cast<std::int64_t>(wire_payload) >= 0) {
    d.fin = true;
    d.fin_at = static_cast<std::uint64_t>(at + static_cast<std::int64_t>(wire_payload));
  }
  if (wire_payload > 0) ++d.segments;

  // Bytes before the stream's start (retransmissions of data older than the base) are dropped.
  std::uint64_t missing = wire_payload - captured;
  if (at < 0) {
    const std::uint64_t skip = static_cast<std::uint64_t>(-at);
    const std::uint64_t from_payload = std::min<std::uint64_t>(skip, payload.size());
    payload = payload.subspan(static_cast<std::size_t>(from_payload));
    missing -= std::min(missing, skip - from_payload);
    at = 0;
  }
  std::uint64_t off = static_cast<std::uint64_t>(at);
  if (!payload.empty()) {
    const std::uint64_t end = off + payload.size();
    if (end <= d.next) {
      d.retransmitted += payload.size();
      stats_.retransmitted += payload.size();
    } else {
      if (off < d.next) {
        const std::uint64_t k = d.next - off;
        d.retransmitted += k;
        stats_.retransmitted += k;
        payload = payload.subspan(static_cast<std::size_t>(k));
        off = d.next;
      }
      if (off == d.next) {
        deliver(s, dir, off, payload, frame);
        drain(s, dir);
      } else {
        ++stats_.out_of_order;
        keep(s, dir, off, payload.size(), payload.data(), false, frame);
      }
    }
    off += payload.size();
  }
  if (missing > 0) {
    // Cut by the snapshot length: those bytes existed but are not in the capture.
    const std::uint64_t end = off + missing;
    if (end > d.next) {
      const std::uint64_t from = std::max(off, d.next);
      if (from == d.next) {
        gap(s, dir, end - from, GapCause::not_captured);
        drain(s, dir);
      } else {
        keep(s, dir, from, end - from, nullptr, true, frame);
      }
    }
  }
  enforce_limits(s, dir);
  if (d.fin && d.next >= d.fin_at) d.finished = true;
}

void StreamReassembler::deliver(State& s, int dir, std::uint64_t offset, Bytes bytes, std::uint64_t frame) {
  StreamDirection& d = s.c.dir[dir];
  for (StreamConsumer* c : consumers_) c->data(s.c, dir, offset, bytes, frame);
  d.delivered += bytes.size();
  d.next = offset + bytes.size();
}

void StreamReassembler::gap(State& s, int dir, std::uint64_t n, GapCause cause) {
  StreamDirection& d = s.c.dir[dir];
  for (StreamConsumer* c : consumers_) c->gap(s.c, dir, d.next, n, cause);
  ++d.gaps;
  d.gap_bytes += n;
  ++stats_.gaps;
  stats_.gap_bytes += n;
  d.next += n;
}

void StreamReassembler::keep(State& s, int dir, std::uint64_t offset, std::uint64_t n, const std::uint8_t* bytes,
                             bool run, std::uint64_t frame) {
  StreamDirection& d = s.c.dir[dir];
  auto& pending = s.pending[dir];
  const std::uint64_t end = offset + n;
  std::uint64_t covered = 0;
  auto add = [&](std::uint64_t from, std::uint64_t to) {
    if (from >= to) return;
    Piece piece;
    piece.frame = frame;
    if (run) {
      piece.run = to - from;
    } else {
      piece.bytes.assign(bytes + (from - offset), bytes + (to - offset));
      d.buffered += piece.bytes.size();
      total_buffered_ += piece.bytes.size();
    }
    pending.emplace(from, std::move(piece));
  };
  std::uint64_t pos = offset;
  auto it = pending.upper_bound(pos);
  if (it != pending.begin()) {
    const auto prev = std::prev(it);
    const std::uint64_t prev_end = prev->first + prev->second.size();
    if (prev_end > pos) {
      covered += std::min(prev_end, end) - pos;
      pos = std::min(prev_end, end);
    }
  }
  while (pos < end) {
    if (it == pending.end() || it->first >= end) {
      add(pos, end);
      break;
    }
    add(pos, it->first);
    const std::uint64_t piece_end = std::min(end, it->first + it->second.size());
    covered += piece_end - std::max(pos, it->first);
    pos = piece_end;
    ++it;
  }
  if (!run) {
    d.retransmitted += covered;
    stats_.retransmitted += covered;
  }
}

void StreamReassembler::drain(State& s, int dir) {
  StreamDirection& d = s.c.dir[dir];
  auto& pending = s.pending[dir];
  while (!pending.empty() && pending.begin()->first <= d.next) {
    auto node = pending.extract(pending.begin());
    const std::uint64_t at = node.key();
    Piece& piece = node.mapped();
    d.buffered -= piece.bytes.size();
    total_buffered_ -= piece.bytes.size();
    const std::uint64_t size = piece.size();
    if (at + size <= d.next) continue;
    const std::uint64_t skip = d.next - at;
    if (piece.run) {
      gap(s, dir, size - skip, GapCause::not_captured);
    } else {
      deliver(s, dir, d.next, Bytes{piece.bytes.data() + skip, static_cast<std::size_t>(size - skip)}, piece.frame);
    }
  }
}

void StreamReassembler::give_up_hole(State& s, int dir, GapCause cause) {
  StreamDirection& d = s.c.dir[dir];
  auto& pending = s.pending[dir];
  if (pending.empty()) return;
  const std::uint64_t at = pending.begin()->first;
  if (at > d.next) gap(s, dir, at - d.next, cause);
  drain(s, dir);
}

void StreamReassembler::enforce_limits(State& s, int dir) {
  while (s.c.dir[dir].buffered > options_.max_buffer && !s.pending[dir].empty()) {
    ++stats_.buffer_flushes;
    give_up_hole(s, dir, GapCause::buffer_limit);
  }
  for (int k = 0; k < 2 && total_buffered_ > options_.max_total; ++k) {
    // The current connection first, then the least recently active ones.
    while (total_buffered_ > options_.max_total && !s.pending[k].empty()) {
      ++stats_.buffer_flushes;
      give_up_hole(s, k, GapCause::buffer_limit);
    }
  }
  for (auto it = ages_.begin(); total_buffered_ > options_.max_total && it != ages_.end(); ++it) {
    for (int k = 0; k < 2; ++k)
      while (total_buffered_ > options_.max_total && !(*it)->pending[k].empty()) {
        ++stats_.buffer_flushes;
        give_up_hole(**it, k, GapCause::buffer_limit);
      }
  }
}

void StreamReassembler::close(State& s, StreamClose why) {
  for (int dir = 0; dir < 2; ++dir) {
    StreamDirection& d = s.c.dir[dir];
    while (!s.pending[dir].empty()) give_up_hole(s, dir, GapCause::lost);
    // A FIN whose data never (all) arrived: the rest of the stream is a gap.
    if (d.fin && d.fin_at != UINT64_MAX && d.next < d.fin_at) gap(s, dir, d.fin_at - d.next, GapCause::lost);
    if (d.fin) d.finished = true;
  }
  s.c.closed = true;
  s.c.why = why;
  switch (why) {
    case StreamClose::fin: ++stats_.closed_fin; break;
    case StreamClose::reset: ++stats_.closed_reset; break;
    case StreamClose::timeout: ++stats_.timed_out; break;
    case StreamClose::evicted: break;  // counted where evicted
    case StreamClose::end_of_file: ++stats_.at_end; break;
  }
  for (StreamConsumer* c : consumers_) c->close(s.c);
}

void StreamReassembler::erase(State& s) {
  for (StreamConsumer* c : consumers_) c->forget(s.c);
  for (int dir = 0; dir < 2; ++dir) {
    total_buffered_ -= std::min<std::size_t>(total_buffered_, s.c.dir[dir].buffered);
    s.c.dir[dir].buffered = 0;
  }
  ages_.erase(s.age);
  conns_.erase(s.key);  // destroys s
}

void StreamReassembler::expire(const Record& now) {
  // The clock only moves forward, and a jump further ahead than the timeout counts only when the
  // next frame agrees: one damaged timestamp must not time every connection out.
  const double t = seconds(now);
  if (!clock_set_) {
    clock_ = t;
    clock_set_ = true;
  } else if (t > clock_ + options_.timeout) {
    const bool agreed = jump_set_ && t >= jump_ && t <= jump_ + options_.timeout;
    jump_ = t;
    jump_set_ = true;
    if (!agreed) return;
    clock_ = t;
  } else {
    clock_ = std::max(clock_, t);
  }
  if (t <= clock_ + options_.timeout) jump_set_ = false;
  while (!ages_.empty() && seconds(ages_.front()->c.last_time) + options_.timeout < clock_) {
    State& s = *ages_.front();
    if (!s.c.closed) close(s, s.c.reset ? StreamClose::reset : StreamClose::timeout);
    erase(s);
  }
}

void StreamReassembler::finish() {
  while (!ages_.empty()) {
    State& s = *ages_.front();
    if (!s.c.closed) close(s, s.c.reset ? StreamClose::reset : StreamClose::end_of_file);
    erase(s);
  }
}

// ---- StreamCollector --------------------------------------------------------------------------

bool StreamPayload::completed() const noexcept {
  return connection && gaps.empty() && connection->dir[dir].finished && connection->dir[dir].fin;
}

void StreamCollector::open(const Connection& c) {
  auto dirs = std::make_unique<StreamPayload[]>(2);
  for (int d = 0; d < 2; ++d) {
    dirs[d].connection = &c;
    dirs[d].dir = d;
  }
  open_[c.index] = std::move(dirs);
}

void StreamCollector::data(const Connection& c, int dir, std::uint64_t, Bytes b, std::uint64_t frame) {
  const auto it = open_.find(c.index);
  if (it == open_.end()) return;
  StreamPayload& p = it->second[dir];
  if (p.frames.empty() || p.frames.back() != frame) p.frames.push_back(frame);
  p.length += b.size();
  std::size_t room = p.payload.size() < keep_ ? keep_ - p.payload.size() : 0;
  room = std::min(room, kept_ < keep_total_ ? keep_total_ - kept_ : 0);
  const std::size_t n = std::min(room, b.size());
  p.payload.insert(p.payload.end(), b.begin(), b.begin() + static_cast<std::ptrdiff_t>(n));
  kept_ += n;
  if (n < b.size()) p.truncated = true;
}

void StreamCollector::gap(const Connection& c, int dir, std::uint64_t offset, std::uint64_t length, GapCause cause) {
  const auto it = open_.find(c.index);
  if (it == open_.end()) return;
  it->second[dir].gaps.push_back({offset, length, cause});
}

void StreamCollector::close(const Connection& c) {
  const auto it = open_.find(c.index);
  if (it == open_.end()) return;
  for (int d = 0; d < 2; ++d) {
    StreamPayload& p = it->second[d];
    p.connection = &c;
    sink_(p);
    kept_ -= std::min(kept_, p.payload.size());
  }
  open_.erase(it);
}

}  // namespace jspcap
