// jspcap_count FILE — the per-layer counts behind jspcapy's timed runs (bench/bench.py).
// Walks every frame with the library's streaming Reader (the same dissector jspcapy -n runs) and
// prints, for each protocol, the number of frames that hold at least one layer of it:
//   packets N / bytes N (captured) / layer <Name> N ... / issues N (frames with a decode issue)
#include <bitset>
#include <cstdint>
#include <cstdio>
#include <exception>

#include <jspcap/jspcap.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: jspcap_count FILE\n");
    return 2;
  }
  std::uint64_t packets = 0, bytes = 0, issues = 0;
  std::uint64_t counts[jspcap::kProtocolCount + 1] = {};
  int rc = 0;
  try {
    for (const jspcap::Frame& frame : jspcap::Reader{argv[1]}) {
      ++packets;
      bytes += frame.record().cap_len;
      std::bitset<jspcap::kProtocolCount + 1> seen;
      for (const jspcap::LayerRecord& l : frame.layers()) seen.set(static_cast<std::size_t>(l.protocol));
      for (std::size_t i = 1; i <= jspcap::kProtocolCount; ++i) counts[i] += seen[i];
      if (frame.first_issue()) ++issues;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jspcap_count: %s\n", e.what());
    rc = 1;
  }
  std::printf("packets %llu\nbytes %llu\n", (unsigned long long)packets, (unsigned long long)bytes);
  for (std::size_t i = 1; i <= jspcap::kProtocolCount; ++i)
    if (counts[i]) std::printf("layer %s %llu\n", jspcap::kProtocols[i].name, (unsigned long long)counts[i]);
  std::printf("issues %llu\n", (unsigned long long)issues);
  return rc;
}
