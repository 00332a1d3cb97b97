#!/usr/bin/env bash
# Newcomer command 1: install what is missing, build, and show the tree report of samples/http.pcap.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target jspcapy
build/cli/jspcapy samples/http.pcap -f tree -o build/sample.txt -v
head -n 80 build/sample.txt
echo "… (the whole report is in build/sample.txt)"
