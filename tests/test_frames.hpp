// Frame helpers shared by the unit tests that dissect crafted bytes.
#pragma once

#include <cstdint>
#include <string>

#include "jspcap/frame.hpp"
#include "test_bytes.hpp"

namespace jspcap_test {

/// A record of `bytes` as frame 1 (2017-11-19 15:49:09.777804), `wire_len` on the wire (default:
/// all captured).
inline jspcap::Record record_of(const Buf& bytes, std::uint32_t linktype, std::uint32_t wire_len = 0) {
  jspcap::Record r;
  r.number = 1;
  r.ts_sec = 1511106549;
  r.ts_frac = 777804;
  r.ts_digits = 6;
  r.raw_ts_sec = 1511106549;
  r.raw_ts_frac = 777804;
  r.data = jspcap::Bytes(bytes.data(), bytes.size());
  r.cap_len = static_cast<std::uint32_t>(bytes.size());
  r.wire_len = wire_len ? wire_len : static_cast<std::uint32_t>(bytes.size());
  r.linktype = linktype;
  return r;
}

/// "ethernet@0+14/82/82 …": protocol@offset+header/cap/wire for every layer (hidden ones too).
inline std::string layout(const jspcap::Frame& f) {
  std::string s;
  for (const jspcap::LayerRecord& l : f.layers()) {
    if (!s.empty()) s += ' ';
    s += std::string(jspcap::info(l.protocol).alias) + "@" + std::to_string(l.offset) + "+" +
         std::to_string(l.header_len) + "/" + std::to_string(l.cap_len) + "/" + std::to_string(l.wire_len);
  }
  return s;
}

}  // namespace jspcap_test
