// IP reassembly (see jspcap/reassembly.hpp). Holes are RFC 815 descriptors; which bytes of an
// overlapping fragment are kept is the spec's (or the caller's) overlap policy.

#include "jspcap/reassembly.hpp"

#include <algorithm>
#include <cstring>

#include "jspcap/generated/dispatch.hpp"

namespace jspcap {

const char* to_string(DatagramEnd end) noexcept {
  switch (end) {
    case DatagramEnd::complete: return "complete";
    case DatagramEnd::timeout: return "timeout";
    case DatagramEnd::evicted: return "evicted";
    case DatagramEnd::overlap: return "overlap";
    case DatagramEnd::too_long: return "too_long";
    case DatagramEnd::end_of_file: return "end_of_file";
  }
  return "?";
}

namespace {

double seconds(const Record& r) noexcept {
  double frac = r.ts_frac;
  for (int i = 0; i < r.ts_digits; ++i) frac /= 10;
  return static_cast<double>(r.ts_sec) + frac;
}

/// The first fragment layer of a frame, with the layer of its scope protocol.
bool find_fragment(const Frame& frame, ProtocolId& id, Bytes& payload, FragmentInfo& info) noexcept {
  const auto layers = frame.layers();
  for (std::size_t i = 0; i < layers.size(); ++i) {
    ProtocolId scope = ProtocolId::none;
    if (!fragments(layers[i].protocol, scope)) continue;
    const Layer layer(frame, i);
    if (!layer.decoded()) return false;
    Bytes scope_bytes;
    if (scope != ProtocolId::none) {
      std::size_t j = i;
      while (j > 0 && layers[j - 1].protocol != scope) --j;
      if (j == 0) return false;  // no enclosing scope layer: the key cannot be made
      scope_bytes = Layer(frame, j - 1).bytes();
    }
    if (!fragment_layer(layers[i].protocol, layer.bytes(), scope_bytes, info)) return false;
    id = layers[i].protocol;
    payload = layer.payload();
    return true;
  }
  return false;
}

}  // namespace

bool IpReassembler::feed(const Frame& frame, const Sink& sink) {
  const double now = seconds(frame.record());
  expire(now, sink);
  ProtocolId id{};
  Bytes piece;
  FragmentInfo info;
  if (!find_fragment(frame, id, piece, info)) return false;
  if (!options_.protocols.empty() &&
      std::find(options_.protocols.begin(), options_.protocols.end(), id) == options_.protocols.end())
    return false;
  ++stats_.fragments;

  std::string key(reinterpret_cast<const char*>(&id), sizeof id);
  key.append(reinterpret_cast<const char*>(info.key), info.key_len);
  auto it = open_.find(key);
  if (it == open_.end()) {
    while (open_.size() >= options_.max_datagrams && !ages_.empty()) {
      ++stats_.evicted;
      hand_on(ages_.front(), DatagramEnd::evicted, sink);
    }
    it = open_.emplace(key, Open{}).first;
    Open& o = it->second;
    o.d.protocol = id;
    o.d.key.assign(info.key, info.key + info.key_len);
    o.d.holes.emplace_back(0, UINT64_MAX);
    o.first_time = now;
    o.overlap = options_.override_overlap ? options_.overlap : info.overlap;
    ages_.push_back(key);
    o.age = std::prev(ages_.end());
  }
  Open& o = it->second;
  Datagram& d = o.d;
  d.linktype = frame.record().linktype;
  d.number = frame.number();
  d.ts_sec = frame.record().ts_sec;
  d.ts_frac = frame.record().ts_frac;
  d.ts_digits = frame.record().ts_digits;
  if (info.offset == 0) {
    d.next_table = info.next_table;
    d.next_key = info.next_key;
    d.next = lookup(info.next_table, info.next_key);
    d.have_next = true;
  }

  const std::uint64_t first = info.offset;
  const std::uint64_t end = first + piece.size();  // one past the piece's last byte
  d.frames.push_back(frame.number());  // every fragment, exact repeats included (as tshark lists them)
  if (end > options_.max_size) {
    ++stats_.dropped;
    hand_on(key, DatagramEnd::too_long, sink);
    return true;
  }
  // The bytes of this piece that fall into holes; the rest overlaps what arrived (or lies past
  // the end the last fragment set).
  std::uint64_t fresh = 0;
  for (const auto& [hf, hl] : d.holes) {
    const std::uint64_t a = std::max(first, hf), b = std::min(end, hl);
    if (a < b) fresh += b - a;
  }
  const bool overlaps = fresh < piece.size() || (!info.more && o.total != UINT64_MAX && o.total != end);
  if (overlaps) {
    const bool duplicate = end <= d.payload.size() && fresh == 0 &&
                           (piece.empty() || std::memcmp(d.payload.data() + first, piece.data(), piece.size()) == 0) &&
                           (info.more || o.total == end);
    if (duplicate) {
      ++stats_.duplicates;
      return true;
    }
    ++stats_.overlaps;
    ++d.overlaps;
    if (o.overlap == OverlapPolicy::drop) {
      ++stats_.dropped;
      hand_on(key, DatagramEnd::overlap, sink);
      return true;
    }
  }
  if (end > d.payload.size()) {
    bytes_ += end - d.payload.size();
    d.payload.resize(end);
  }
  if (piece.empty()) {
    // nothing to place (a fragment whose data was not captured, or none at all)
  } else if (o.overlap == OverlapPolicy::last || !overlaps) {
    std::memcpy(d.payload.data() + first, piece.data(), piece.size());
  } else {  // first wins: only the bytes that fill holes
    for (const auto& [hf, hl] : d.holes) {
      const std::uint64_t a = std::max(first, hf), b = std::min(end, hl);
      if (a < b) std::memcpy(d.payload.data() + a, piece.data() + (a - first), b - a);
    }
  }
  // RFC 815: every hole the piece touches is replaced by what is left of it on either side;
  // the last fragment closes the open-ended hole at its end.
  if (!info.more && o.total == UINT64_MAX) o.total = end;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> holes;
  for (const auto& [hf, hl] : d.holes) {
    if (first >= hl || end <= hf) {
      holes.emplace_back(hf, hl);
      continue;
    }
    if (first > hf) holes.emplace_back(hf, first);
    if (end < hl) holes.emplace_back(end, hl);
  }
  if (o.total != UINT64_MAX) {  // nothing lies past the last fragment's end
    std::erase_if(holes, [&](auto& h) {
      h.second = std::min(h.second, o.total);
      return h.first >= h.second;
    });
  }
  d.holes.swap(holes);
  if (o.total != UINT64_MAX && d.holes.empty()) {
    if (d.payload.size() > o.total) {
      bytes_ -= d.payload.size() - o.total;
      d.payload.resize(o.total);
    }
    d.completed = true;
    ++stats_.completed;
    hand_on(key, DatagramEnd::complete, sink);
    return true;
  }
  while (bytes_ > options_.max_bytes && !ages_.empty()) {
    ++stats_.evicted;
    hand_on(ages_.front(), DatagramEnd::evicted, sink);
  }
  return true;
}

void IpReassembler::finish(const Sink& sink) {
  while (!ages_.empty()) hand_on(ages_.front(), DatagramEnd::end_of_file, sink);
}

void IpReassembler::expire(double now, const Sink& sink) {
  while (!ages_.empty()) {
    const auto it = open_.find(ages_.front());
    if (now - it->second.first_time <= options_.timeout) break;
    ++stats_.timed_out;
    hand_on(ages_.front(), DatagramEnd::timeout, sink);
  }
}

void IpReassembler::hand_on(const std::string& key, DatagramEnd end, const Sink& sink) {
  const auto it = open_.find(key);
  if (it == open_.end()) return;
  Datagram d = std::move(it->second.d);
  bytes_ -= std::min(bytes_, d.payload.size());
  ages_.erase(it->second.age);
  open_.erase(it);
  d.end = end;
  if (end != DatagramEnd::complete) d.completed = false;
  if (sink) sink(std::move(d));
}

bool dissect_datagram(const Datagram& d, Frame& frame, bool strict, const DissectOptions& options) noexcept {
  if (!d.have_next || d.payload.empty()) return false;
  if (!d.completed && strict) return false;
  Record r;
  r.number = d.number;
  r.ts_sec = d.ts_sec;
  r.ts_frac = d.ts_frac;
  r.ts_digits = d.ts_digits;
  r.linktype = kLinktypeNone;
  r.cap_len = static_cast<std::uint32_t>(d.payload.size());
  r.wire_len = r.cap_len;
  r.data = Bytes{d.payload.data(), d.payload.size()};
  dissect_from(d.next == ProtocolId::none ? kFallbackProtocol : d.next, r, frame, options);
  return true;
}

}  // namespace jspcap
