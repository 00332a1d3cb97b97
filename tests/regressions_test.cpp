// Every input the fuzzers ever crashed on (fuzz/regressions/) replayed through the same code: a
// fix that regresses fails here, under the sanitizers in CI.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../fuzz/fuzz_dissect_body.hpp"
#include "../fuzz/fuzz_spec_body.hpp"

TEST_CASE("fuzz regressions replay") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(JSPCAP_SOURCE_DIR) / "fuzz" / "regressions";
  REQUIRE(fs::is_directory(dir));
  std::size_t replayed = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    const bool dissect = name.rfind("dissect-", 0) == 0, spec = name.rfind("spec-", 0) == 0;
    if (!dissect && !spec) continue;
    CAPTURE(name);
    std::ifstream in(entry.path(), std::ios::binary);
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    CHECK((dissect ? fuzz_dissect_one(bytes.data(), bytes.size()) : fuzz_spec_one(bytes.data(), bytes.size())) == 0);
    ++replayed;
  }
  CHECK(replayed >= 2);
}
