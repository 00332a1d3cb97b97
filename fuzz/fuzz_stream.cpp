// libFuzzer target: a sequence of Ethernet frames (each a big-endian u16 length, then its bytes)
// fed to IP and TCP reassembly with small limits, the HTTP analyser, the stream collector and
// the report writers; then the whole input to analyse(). Sequence numbers, flags, overlaps and
// floods are the fuzzer's to choose; the limits must hold and nothing may read out of bounds.
#include <cstdint>
#include <cstdio>
#include <deque>
#include <vector>

#include "jspcap/jspcap.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::FILE* sink = std::fopen("/dev/null", "wb");
  static auto jsonl = jspcap::ReportWriter::create(jspcap::Format::jsonl, sink, "/dev/null");
  static auto tree = jspcap::ReportWriter::create(jspcap::Format::tree, sink, "/dev/null");
  jspcap::StreamOptions so;
  so.max_connections = 8;
  so.max_buffer = 4096;
  so.max_total = 8192;
  so.timeout = 5;
  jspcap::StreamReassembler tcp(so);
  jspcap::MessageLimits ml;
  ml.max_head = 2048;
  ml.max_body = 4096;
  ml.max_waiting = 4;
  jspcap::MessageAnalyser http([](jspcap::Message&& m) {
    (void)m.receipt();
    (void)m.header("content-length");
    jsonl->message(m);
    tree->message(m);
  }, ml);
  jspcap::StreamCollector collector([](const jspcap::StreamPayload& p) {
    jsonl->stream(p);
    tree->stream(p);
  }, 4096, 8192);
  tcp.add(http);
  tcp.add(collector);
  jspcap::ReassemblyOptions ro;
  ro.max_datagrams = 8;
  ro.max_bytes = 1u << 16;
  jspcap::IpReassembler ip(ro);
  std::deque<std::vector<std::uint8_t>> held;  // a frame's bytes live while it is current
  jspcap::Frame frame, payload;
  std::size_t at = 0;
  std::uint64_t number = 0;
  while (at + 2 <= size) {
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(data[at] << 8 | data[at + 1]), size - at - 2);
    at += 2;
    jspcap::Record r;
    r.number = ++number;
    r.ts_sec = static_cast<std::int64_t>(number / 4);   // time moves, so timeouts happen
    r.linktype = 1;
    r.data = jspcap::Bytes{data + at, n};
    r.cap_len = static_cast<std::uint32_t>(n);
    r.wire_len = r.cap_len + (number % 7 == 0 ? 10 : 0);   // some frames cut by the snapshot length
    at += n;
    jspcap::dissect(r, frame);
    const bool fragment = ip.feed(frame, [&](jspcap::Datagram&& d) {
      if (d.completed && jspcap::dissect_datagram(d, payload)) tcp.feed(payload, &frame);
    });
    if (!fragment) tcp.feed(frame);
    if (tcp.buffered_bytes() > so.max_total) __builtin_trap();
    if (tcp.open() > so.max_connections) __builtin_trap();
  }
  tcp.finish();
  (void)jspcap::analyse(jspcap::Bytes{data, size});
  return 0;
}
