// libFuzzer target: see fuzz_dissect_body.hpp. Crashes, leaks, over-reads (ASan) and UB (UBSan)
// are failures; crashers are kept in fuzz/regressions/ and replayed by the unit tests.
#include "fuzz_dissect_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz_dissect_one(data, size);
}
