#!/usr/bin/env bash
# bench/run.sh — one command on a fresh Debian 12 machine: installs what is missing (apt), builds
# jspcap (RelWithDebInfo) and the peers' programs in build-bench/, then runs bench/bench.py:
#   bench/run.sh            # 2,000,000-packet file (~1.05 GB), 5 repetitions (~12 min on 2 cores)
#   bench/run.sh --quick    # 200,000 packets, 3 repetitions (~2 min)
#   bench/run.sh --help     # every option (--packets N, --small M, --reps R, --out-dir DIR, …)
# Prints one table and writes it, with the machine info, to bench/results.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${JSPCAP_BENCH_BUILD:-$ROOT/build-bench}

pkgs=(cmake ninja-build g++ pkg-config python3 python3-jinja2 python3-yaml libyaml-cpp-dev libfmt-dev
      nlohmann-json3-dev libpcap-dev libtins-dev tshark python3-dpkt python3-scapy git)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  # tshark asks whether non-root users may capture; answer "no" without a prompt.
  echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S "$ROOT/bench" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$BUILD" jspcapy jspcap_count tins_walk pcap_loop runner > "$BUILD/bench-build.log" 2>&1 ||
  { cat "$BUILD/bench-build.log"; echo "bench/run.sh: the build failed (log: $BUILD/bench-build.log)"; exit 1; }
exec /usr/bin/python3 "$ROOT/bench/bench.py" --build "$BUILD" "$@"
