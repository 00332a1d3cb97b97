// Test tool: reassembles the IP fragments of a capture and prints one line per datagram handed
// on: "<frame of the last fragment>\t<payload length>\t<complete|why>\t<protochain of the
// payload>\t<fragment frames>\t<payload in hex>\t<overlapping fragments>". tests/reassembly_compare.py checks the lines
// against tshark.
#include <cstdio>
#include <exception>
#include <string>

#include "jspcap/extract.hpp"
#include "jspcap/reassembly.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: reassembly_dump CAPTURE\n");
    return 2;
  }
  try {
    jspcap::IpReassembler reassembler;
    jspcap::Frame payload;
    auto print = [&](jspcap::Datagram&& d) {
      std::string chain = "-";
      if (jspcap::dissect_datagram(d, payload)) chain = payload.protochain();
      std::string frames;
      for (const auto n : d.frames) frames += (frames.empty() ? "" : ",") + std::to_string(n);
      std::string hex;
      static const char* digits = "0123456789abcdef";
      for (const std::uint8_t b : d.payload) {
        hex += digits[b >> 4];
        hex += digits[b & 15];
      }
      std::printf("%llu\t%zu\t%s\t%s\t%s\t%s\t%u\n", static_cast<unsigned long long>(d.number), d.payload.size(),
                  jspcap::to_string(d.end), chain.empty() ? "-" : chain.c_str(), frames.c_str(), hex.c_str(), d.overlaps);
    };
    jspcap::Reader reader{argv[1]};
    for (const jspcap::Frame& frame : reader) reassembler.feed(frame, print);
    reassembler.finish(print);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "reassembly_dump: %s\n", e.what());
    return 1;
  }
  return 0;
}
