// Uses an installed jspcap through its umbrella header only: streams a capture with Reader, then
// counts it again with extract(). Prints " - Frame N: chain" per frame and a summary; exits 1 when
// the two counts differ or the library throws.
#include <jspcap/jspcap.hpp>

#include <cstdint>
#include <cstdio>
#include <optional>

namespace {

struct Summary {
  std::uint64_t frames = 0;
  std::uint64_t ip_frames = 0;
  std::optional<unsigned> first_ipv4_src_byte;
};

Summary stream(const char* path) {
  Summary s;
  for (const jspcap::Frame& f : jspcap::Reader{path}) {
    ++s.frames;
    std::printf(" - Frame %llu: %s\n", static_cast<unsigned long long>(f.number()), f.protochain().c_str());
    if (f.contains("IP")) ++s.ip_frames;
    if (s.first_ipv4_src_byte) continue;
    // get<>() gives a view only of a layer whose header was verified.
    if (const auto ip = f.get<jspcap::Ipv4View>()) s.first_ipv4_src_byte = ip->src()[0];
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: consumer CAPTURE\n");
    return 2;
  }
  try {
    const Summary s = stream(argv[1]);

    jspcap::ExtractOptions options;
    options.fin = argv[1];
    options.nofile = true;
    options.store = false;
    const jspcap::Extractor extracted = jspcap::extract(options);

    std::printf("frames: %llu\n", static_cast<unsigned long long>(s.frames));
    std::printf("ip frames: %llu\n", static_cast<unsigned long long>(s.ip_frames));
    if (s.first_ipv4_src_byte)
      std::printf("first ipv4 source byte: %u\n", *s.first_ipv4_src_byte);
    else
      std::printf("first ipv4 source byte: none\n");
    std::printf("extract frames: %llu\n", static_cast<unsigned long long>(extracted.length()));

    // The README's reassemble/analyse example: TCP streams, and the HTTP messages over them.
    jspcap::StreamReassembler tcp;
    std::uint64_t requests = 0, responses = 0;
    jspcap::MessageAnalyser http([&](jspcap::Message&& m) {
      if (m.receipt() == "request") ++requests;
      if (m.receipt() == "response") ++responses;
    });
    tcp.add(http);
    for (const jspcap::Frame& frame : jspcap::Reader{argv[1]}) tcp.feed(frame);
    tcp.finish();
    std::printf("tcp connections: %llu\n", static_cast<unsigned long long>(tcp.stats().connections));
    std::printf("http requests: %llu; responses: %llu\n", static_cast<unsigned long long>(requests),
                static_cast<unsigned long long>(responses));

    if (extracted.length() != s.frames) {
      std::fprintf(stderr, "consumer: Reader gave %llu frames but extract() counted %llu\n",
                   static_cast<unsigned long long>(s.frames),
                   static_cast<unsigned long long>(extracted.length()));
      return 1;
    }
    return 0;
  } catch (const jspcap::Error& e) {
    std::fprintf(stderr, "consumer: %s\n", e.what());
    return 1;
  }
}
