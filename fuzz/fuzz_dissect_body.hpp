// The body of the fuzz_dissect target, shared with tests/regressions_test.cpp, which replays
// every crasher kept in fuzz/regressions/ through it: any bytes as one frame of every link type
// jspcap knows, dissected and written by every report writer (JSON, PLIST, TREE, JSON Lines),
// then fed to IP reassembly (bounded state across inputs), whose datagrams are dissected and
// written too.
#pragma once

#include <cstdint>
#include <cstdio>

#include "jspcap/jspcap.hpp"

inline int fuzz_dissect_one(const std::uint8_t* data, std::size_t size) {
  static std::FILE* sink = std::fopen("/dev/null", "wb");
  static auto jsonl = jspcap::ReportWriter::create(jspcap::Format::jsonl, sink, "/dev/null");
  static auto tree = jspcap::ReportWriter::create(jspcap::Format::tree, sink, "/dev/null");
  static auto json = [] {
    auto w = jspcap::ReportWriter::create(jspcap::Format::json, sink, "/dev/null");
    w->begin_document();
    return w;
  }();
  static auto plist = [] {
    auto w = jspcap::ReportWriter::create(jspcap::Format::plist, sink, "/dev/null");
    w->begin_document();
    return w;
  }();
  static constexpr std::uint32_t kLinktypes[] = {0, 1, 12, 101, 113, 228, 229, 276};
  if (size < 1) return 0;
  // The first byte picks the link type and whether the frame was longer on the wire.
  const std::uint8_t pick = data[0];
  jspcap::Record record;
  record.number = 1;
  record.data = jspcap::Bytes{data + 1, size - 1};
  record.cap_len = static_cast<std::uint32_t>(size - 1);
  record.wire_len = record.cap_len + ((pick & 0x80) ? 1000 : 0);
  record.linktype = kLinktypes[pick % (sizeof kLinktypes / sizeof kLinktypes[0])];
  jspcap::Frame frame;
  jspcap::dissect(record, frame);
  jsonl->frame(frame);
  tree->frame(frame);
  json->frame(frame);
  plist->frame(frame);
  (void)frame.to_json();
  static jspcap::IpReassembler reassembler([] {
    jspcap::ReassemblyOptions o;
    o.max_datagrams = 16;
    o.max_bytes = 1u << 20;
    o.strict = false;
    return o;
  }());
  reassembler.feed(frame, [](jspcap::Datagram&& d) {
    jspcap::Frame payload;
    const bool dissected = jspcap::dissect_datagram(d, payload, false);
    jsonl->datagram(d, dissected ? &payload : nullptr);
    tree->datagram(d, dissected ? &payload : nullptr);
  });
  return 0;
}
