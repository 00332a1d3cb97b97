// libFuzzer target: any bytes as a capture file, read to the end and dissected. The reader must
// end in a FileError or at the end of the file, never crash or read outside its buffer.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "jspcap/jspcap.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = "/tmp/jspcap-fuzz-reader-" + std::to_string(::getpid()) + ".pcap";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  try {
    jspcap::Reader reader(path);
    while (reader.next()) {
    }
  } catch (const jspcap::Error&) {
  }
  return 0;
}
