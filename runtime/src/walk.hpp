// The one walk over a frame that every report format and the JSON value API share: frame keys,
// then the layers nested in order through the generated field walker, then the protochain.
#pragma once

#include <string_view>

#include "jspcap/frame.hpp"
#include "jspcap/analysis.hpp"
#include "jspcap/reassembly.hpp"
#include "jspcap/stream.hpp"
#include "jspcap/generated/dispatch.hpp"
#include "text.hpp"

namespace jspcap::detail {

enum class Shape : std::uint8_t {
  report,  ///< jspcap's frame shape: frame_info, time, number, time_epoch, len, cap_len, packet, layers…, protocols
  lines,   ///< the JSON Lines shape: fixed top-level keys, layers under "layers"
};

/// Reports the layers of `frame`, each nested in the one before (transparent layers skipped).
template <class Sink>
void walk_layers(const Frame& frame, Sink& s, std::size_t first = 0) {
  std::size_t open = 0;
  const std::uint8_t* base = frame.data().data();
  for (std::size_t i = first; i < frame.layers().size(); ++i) {
    const LayerRecord& l = frame.layers()[i];
    const ProtocolInfo& p = info(l.protocol);
    if (p.transparent) continue;
    s.begin(p.alias);
    ++open;
    visit_layer(l.protocol, base + l.offset, l.cap_len, s);
    if (l.issue) {
      char text[160];
      s.string("error", std::string_view(text, describe(l.issue, text, sizeof text)));
    }
  }
  while (open--) s.end();
}

/// The keys of a frame around its layers, from its record: `chain` is the protochain, `error`
/// the first layer problem (empty: none), `layers()` writes the layers. Shared by jspcap's own
/// frames and frames another engine dissected (-E tshark), so both have the same keys.
template <class Sink, class Layers>
void walk_frame_keys(const Record& r, std::string_view chain_text, std::string_view error_text, Sink& s,
                     Shape shape, Layers layers) {
  char time[kTextMax], epoch[kTextMax];
  const auto time_text = format_time(r.ts_sec, r.ts_frac, r.ts_digits, time);
  const auto epoch_text = format_epoch(r.ts_sec, r.ts_frac, r.ts_digits, epoch);

  if (shape == Shape::lines) {
    s.uint("number", r.number);
    s.decimal("time_epoch", epoch_text);
    s.string("time", time_text);
    s.uint("len", r.wire_len);
    s.uint("cap_len", r.cap_len);
    s.uint("linktype", r.linktype);
    s.uint("interface", r.interface_id);
    s.string("protocols", chain_text);
    if (!error_text.empty()) s.string("error", error_text); else s.null("error");
    s.bytes("packet", r.data);
    s.begin("layers");
    layers();
    s.end();
    return;
  }
  s.begin("frame_info");
  // The timestamp normalised (a fraction ≥ 1 s carried into the seconds; pcapng's 64-bit
  // count converted); Record::raw_ts_* keep the stored words for API users.
  s.uint("ts_sec", static_cast<std::uint64_t>(r.ts_sec));
  s.uint(r.ts_digits == 9 ? "ts_nsec" : "ts_usec", r.ts_frac);
  s.uint("incl_len", r.cap_len);
  s.uint("orig_len", r.wire_len);
  s.end();
  s.string("time", time_text);
  s.uint("number", r.number);
  s.decimal("time_epoch", epoch_text);
  s.uint("len", r.wire_len);
  s.uint("cap_len", r.cap_len);
  s.bytes("packet", r.data);
  layers();
  if (!error_text.empty()) s.string("error", error_text);
  s.string("protocols", chain_text);
}

template <class Sink>
void walk_frame(const Frame& frame, Sink& s, Shape shape) {
  char chain[kMaxLayers * 24];
  const std::string_view chain_text(chain, frame.protochain(chain, sizeof chain));
  const Issue* issue = frame.first_issue();
  char error[160];
  const std::string_view error_text(error, issue ? describe(*issue, error, sizeof error) : 0);
  walk_frame_keys(frame.record(), chain_text, error_text, s, shape, [&] { walk_layers(frame, s); });
}

/// A reassembled datagram: what made it, then its payload's layers (report shape) or under
/// "layers" (lines shape).
template <class Sink>
void walk_datagram(const Datagram& d, const Frame* payload, Sink& s, Shape shape) {
  char chain[kMaxLayers * 24];
  const std::string_view chain_text(chain, payload ? payload->protochain(chain, sizeof chain) : 0);
  if (shape == Shape::lines) s.boolean("reassembled", true);
  s.uint("number", d.number);
  s.string("protocol", info(d.protocol).name);
  s.begin("id");  // the fields that identify the datagram, by name (jspcap's id)
  visit_fragment_key(d.protocol, d.key.data(), d.key.size(), s);
  s.end();
  s.begin_list("index");
  for (const std::uint64_t n : d.frames) s.uint("", n);
  s.end_list();
  s.boolean("completed", d.completed);
  s.string("end", to_string(d.end));
  s.uint("len", d.payload.size());
  s.begin_list("holes");
  for (const auto& [first, last] : d.holes) {
    s.begin("");
    s.uint("first", first);
    if (last == UINT64_MAX) s.null("last"); else s.uint("last", last);
    s.end();
  }
  s.end_list();
  s.bytes("payload", Bytes{d.payload.data(), d.payload.size()});
  if (shape == Shape::lines) {
    s.string("protocols", chain_text);
    s.begin("layers");
    if (payload) walk_layers(*payload, s);
    s.end();
    return;
  }
  if (payload) walk_layers(*payload, s);
  s.string("protocols", chain_text);
}

/// The ends of a connection's direction `dir` (jspcap's id: src, srcport, dst, dstport).
template <class Sink>
void walk_stream_id(const Connection& c, int dir, Sink& s) {
  s.begin("id");
  s.address("src", c.addr_kind, Bytes{c.ends[dir].addr, c.addr_len});
  s.uint("srcport", c.ends[dir].port);
  s.address("dst", c.addr_kind, Bytes{c.ends[1 - dir].addr, c.addr_len});
  s.uint("dstport", c.ends[1 - dir].port);
  s.end();
}

/// One direction of a reassembled connection.
template <class Sink>
void walk_stream(const StreamPayload& p, Sink& s, Shape shape) {
  const Connection& c = *p.connection;
  if (shape == Shape::lines) s.boolean("reassembled", true);
  s.string("protocol", info(c.protocol).name);
  s.uint("stream", c.index);
  s.uint("direction", static_cast<std::uint64_t>(p.dir));
  walk_stream_id(c, p.dir, s);
  s.begin_list("index");
  for (const std::uint64_t n : p.frames) s.uint("", n);
  s.end_list();
  s.boolean("completed", p.completed());
  s.string("end", to_string(c.why));
  s.uint("len", p.length);
  s.begin_list("gaps");
  for (const auto& g : p.gaps) {
    s.begin("");
    s.uint("offset", g.offset);
    s.uint("length", g.length);
    s.string("cause", to_string(g.cause));
    s.end();
  }
  s.end_list();
  s.boolean("truncated", p.truncated);
  s.bytes("payload", Bytes{p.payload.data(), p.payload.size()});
}

/// A message found by analysis over a stream.
template <class Sink>
void walk_message(const Message& m, Sink& s, Shape shape) {
  if (shape == Shape::lines) s.uint("message", m.number);
  s.string("protocol", info(m.protocol).name);
  s.uint("stream", m.stream);
  s.uint("direction", static_cast<std::uint64_t>(m.dir));
  s.uint("offset", m.offset);
  s.begin_list("index");
  for (const std::uint64_t n : m.frames) s.uint("", n);
  s.end_list();
  s.boolean("completed", m.complete);
  if (m.answers.empty()) s.null("answers"); else s.string("answers", m.answers);
  if (m.rules.start) visit_text_message(s, m.head_bytes(), m.rules.start, m.rules.start_count, false);
  s.uint("length", m.body_length);
  s.uint("missing", m.gap_bytes);
  s.boolean("truncated", m.body_truncated);
  s.bytes("body", Bytes{m.body.data(), m.body.size()});
}

}  // namespace jspcap::detail
