#!/usr/bin/env bash
# The robustness gates (CI runs them after scripts/test.sh): every test under AddressSanitizer and
# UndefinedBehaviorSanitizer, then each libFuzzer target on seed corpora made from
# ../shared/captures, for a fixed number of runs from a fixed seed (FUZZ_RUNS, FUZZ_SEED), so a
# commit passes or fails the same way on every machine; FUZZ_SECONDS caps the time. Any crash,
# leak, over-read, UB or timeout fails. Installs clang and its runtime (Debian: clang-14,
# libclang-rt-14-dev) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
missing=()
for p in clang-14 libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 1. The test suite under ASan + UBSan (peak-memory measurements mean nothing there; the install
#    test builds a consumer without the sanitizers, so it runs in the plain build only).
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJSPCAP_SANITIZE=ON >/dev/null
cmake --build build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -E "^(memory|consumer)$"

# 2. Bounded fuzz runs.
cmake -S . -B build-fuzz-ci -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DJSPCAP_SANITIZE=ON -DJSPCAP_FUZZ=ON -DJSPCAP_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz-ci --target fuzz_dissect fuzz_reader fuzz_stream fuzz_spec
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 fuzz/make_corpus.py ../shared/captures "$work"
seconds=${FUZZ_SECONDS:-300}
seed=${FUZZ_SEED:-1}
for target in dissect reader stream spec; do
  case $target in dissect) default=200000 ;; reader) default=40000 ;; stream) default=100000 ;; spec) default=20000 ;; esac
  runs=${FUZZ_RUNS:-$default}
  mkdir -p "$work/new-$target"
  # -timeout: one input may take at most 10 s; -rss_limit_mb bounds memory.
  (cd "$work" && "$OLDPWD/build-fuzz-ci/fuzz/fuzz_$target" -runs="$runs" -seed="$seed" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
      "new-$target" "$target" 2>&1 | tail -n 12)
  echo "fuzz_$target: no crash in $runs runs (seed $seed)"
done
