// Test tool: reassembles the TCP streams of a capture (IP fragments reassembled first) and prints
// one line per direction of each connection when it closes:
//   <stream index>\t<dir 0|1>\t<src>\t<srcport>\t<dst>\t<dstport>\t<first frame>\t<close reason>
//   \t<gaps: offset+length:cause,… or ->\t<bytes in hex, gaps left out>
// Direction 0 is from the source of the connection's first packet. tests/stream_compare.py
// checks the lines against tshark's "follow,tcp,raw".
#include <cstdio>
#include <exception>
#include <map>
#include <string>

#include "jspcap/extract.hpp"
#include "jspcap/reassembly.hpp"
#include "jspcap/stream.hpp"

namespace {

struct Dump : jspcap::StreamConsumer {
  struct Dir {
    std::string hex, gaps;
  };
  std::map<std::uint64_t, Dir[2]> open_;
  void data(const jspcap::Connection& c, int dir, std::uint64_t, jspcap::Bytes b, std::uint64_t) override {
    static const char* digits = "0123456789abcdef";
    std::string& hex = open_[c.index][dir].hex;
    for (const std::uint8_t x : b) {
      hex += digits[x >> 4];
      hex += digits[x & 15];
    }
  }
  void gap(const jspcap::Connection& c, int dir, std::uint64_t offset, std::uint64_t length,
           jspcap::GapCause cause) override {
    std::string& g = open_[c.index][dir].gaps;
    g += (g.empty() ? "" : ",") + std::to_string(offset) + "+" + std::to_string(length) + ":" + jspcap::to_string(cause);
  }
  void close(const jspcap::Connection& c) override {
    auto& dirs = open_[c.index];
    for (int d = 0; d < 2; ++d) {
      std::printf("%llu\t%d\t%s\t%llu\t%s\t%llu\t%llu\t%s\t%s\t%s\n", static_cast<unsigned long long>(c.index), d,
                  jspcap::end_address(c, d).c_str(), static_cast<unsigned long long>(c.ends[d].port),
                  jspcap::end_address(c, 1 - d).c_str(), static_cast<unsigned long long>(c.ends[1 - d].port),
                  static_cast<unsigned long long>(c.first_frame), jspcap::to_string(c.why),
                  dirs[d].gaps.empty() ? "-" : dirs[d].gaps.c_str(), dirs[d].hex.c_str());
    }
    open_.erase(c.index);
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: stream_dump CAPTURE\n");
    return 2;
  }
  try {
    jspcap::IpReassembler ip;
    jspcap::StreamReassembler tcp;
    Dump dump;
    tcp.add(dump);
    jspcap::Frame payload;
    const jspcap::Frame* current = nullptr;
    auto on_datagram = [&](jspcap::Datagram&& d) {
      if (jspcap::dissect_datagram(d, payload)) tcp.feed(payload, current);
    };
    jspcap::Reader reader{argv[1]};
    for (const jspcap::Frame& frame : reader) {
      current = &frame;
      if (!ip.feed(frame, on_datagram)) tcp.feed(frame);
    }
    ip.finish([&](jspcap::Datagram&& d) {
      if (jspcap::dissect_datagram(d, payload, false)) tcp.feed(payload, current);
    });
    tcp.finish();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "stream_dump: %s\n", e.what());
    return 1;
  }
  return 0;
}
