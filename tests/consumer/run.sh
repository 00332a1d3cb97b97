#!/usr/bin/env bash
# Proves that an installed jspcap works for a project outside this tree: installs the main
# project's build into a temporary prefix, builds tests/consumer against it with find_package()
# alone, runs the consumer on a capture and checks its frames against tshark's count.
#
#   tests/consumer/run.sh SOURCE_DIR BUILD_DIR CAPTURE
#
# SOURCE_DIR is the main project's source tree (the consumer is SOURCE_DIR/tests/consumer),
# BUILD_DIR its configured and built build tree. Exits non-zero on any failure.
set -euo pipefail

fail() {
  echo "run.sh: $*" >&2
  exit 1
}

# Runs a step quietly; on failure shows what it printed.
step() {
  local name=$1
  shift
  if ! "$@" >"$tmp/$name.log" 2>&1; then
    cat "$tmp/$name.log" >&2
    fail "$name failed: $*"
  fi
}

[[ $# -eq 3 ]] || { echo "usage: $0 SOURCE_DIR BUILD_DIR CAPTURE" >&2; exit 2; }
source_dir=$(realpath -e "$1") || fail "no source directory $1"
build_dir=$(realpath -e "$2") || fail "no build directory $2"
capture=$(realpath -e "$3") || fail "no capture $3"
[[ -f $source_dir/tests/consumer/CMakeLists.txt ]] || fail "$source_dir has no tests/consumer/CMakeLists.txt"
command -v tshark >/dev/null || fail "tshark is not installed"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/jspcap-consumer.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

step install cmake --install "$build_dir" --prefix "$prefix"
# The package registry could point at some other jspcap; only the fresh prefix may be found.
step configure cmake -S "$source_dir/tests/consumer" -B "$tmp/build" -G Ninja \
  -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
found=$(sed -n 's/^jspcap_DIR:PATH=//p' "$tmp/build/CMakeCache.txt")
[[ $found == "$prefix"/* ]] || fail "find_package(jspcap) found '$found', not the package installed in $prefix"
step build ninja -C "$tmp/build"

if ! "$tmp/build/consumer" "$capture" >"$tmp/consumer.out" 2>"$tmp/consumer.err"; then
  cat "$tmp/consumer.err" >&2
  fail "the consumer failed on $capture"
fi

if ! tshark -n -r "$capture" >"$tmp/tshark.out" 2>"$tmp/tshark.err"; then
  grep -v 'Running as user' "$tmp/tshark.err" >&2 || true
  fail "tshark cannot read $capture"
fi
expected=$(wc -l <"$tmp/tshark.out")

frames=$(sed -n 's/^frames: //p' "$tmp/consumer.out")
[[ $frames == "$expected" ]] || fail "the consumer counts '$frames' frames, tshark $expected"
# One " - Frame N: chain" line per frame, numbered 1..N in order.
awk -v n="$expected" '
  /^ - Frame [0-9]+: / { if ($3 != ++seen ":") { print "line for frame " seen " reads: " $0; bad = 1 } }
  END { if (seen != n) { print seen " frame lines for " n " frames"; bad = 1 } exit bad }
' "$tmp/consumer.out" >&2 || fail "bad frame lines in the consumer's output"

# The HTTP messages the installed library finds over the streams: tshark's requests and responses.
want_req=$(tshark -n -r "$capture" -Y http.request -T fields -e frame.number 2>/dev/null | wc -l)
want_resp=$(tshark -n -r "$capture" -Y http.response -T fields -e frame.number 2>/dev/null | wc -l)
got=$(sed -n 's/^http requests: //p' "$tmp/consumer.out")
[[ $got == "$want_req; responses: $want_resp" ]] || fail "the consumer finds HTTP requests: $got; tshark $want_req requests, $want_resp responses"

echo "consumer: OK, $frames frames of $(basename "$capture") ($(grep -E '^(ip frames|first ipv4)' "$tmp/consumer.out" | paste -sd ';' | sed 's/;/; /'); $(grep -E '^http requests' "$tmp/consumer.out"))"
