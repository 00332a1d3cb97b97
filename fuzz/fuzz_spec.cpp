// libFuzzer target: see fuzz_spec_body.hpp. Crashers are kept in fuzz/regressions/ (named
// spec-…) and replayed by the unit tests.
#include "fuzz_spec_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz_spec_one(data, size);
}
