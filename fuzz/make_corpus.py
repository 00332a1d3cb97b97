#!/usr/bin/env python3
"""Seed corpora for the fuzz targets from the shared captures.

dissect/: every frame of the classic little-endian pcap files (up to 4 KiB each), prefixed with
          the byte fuzz_dissect reads as its link type pick (1: Ethernet, 3: raw IP, 4: SLL, …).
reader/:  the capture files themselves, up to 64 KiB.
stream/:  the Ethernet frames of each classic pcap with TCP, each as a big-endian u16 length and
          its bytes (fuzz_stream's input), up to 64 KiB per capture.
spec/:    each spec of ../specs, a NUL byte, then a frame of the captures (fuzz_spec's input).

Usage: make_corpus.py CAPTURES_DIR OUT_DIR
"""

import os
import struct
import sys

# fuzz_dissect.cpp's kLinktypes = {0, 1, 12, 101, 113, 228, 229, 276}: the index is the pick.
PICK = {0: 0, 1: 1, 12: 2, 101: 3, 113: 4, 228: 5, 229: 6, 276: 7}


def main():
    captures, out = sys.argv[1], sys.argv[2]
    dissect, reader = os.path.join(out, "dissect"), os.path.join(out, "reader")
    stream, spec = os.path.join(out, "stream"), os.path.join(out, "spec")
    for d in (dissect, reader, stream, spec):
        os.makedirs(d, exist_ok=True)
    n = 0
    samples = []   # a few frames for the spec corpus
    for name in sorted(os.listdir(captures)):
        path = os.path.join(captures, name)
        if not name.endswith((".pcap", ".pcapng")):
            continue
        data = open(path, "rb").read()
        if len(data) <= 65536:
            open(os.path.join(reader, name), "wb").write(data)
        if data[:4] != b"\xd4\xc3\xb2\xa1" or len(data) < 24:
            continue
        linktype = struct.unpack("<I", data[20:24])[0] & 0x0FFFFFFF
        if linktype not in PICK:
            continue
        off, frames, seq = 24, 0, b""
        while off + 16 <= len(data):
            incl = struct.unpack("<I", data[off + 8:off + 12])[0]
            off += 16
            frame = data[off:off + min(incl, 4096)]
            off += incl
            if frames < 200:
                open(os.path.join(dissect, f"{name}-{frames}"), "wb").write(bytes([PICK[linktype]]) + frame)
                if frames < 3:
                    samples.append(frame)
                n += 1
            frames += 1
            if linktype == 1 and len(seq) + len(frame) + 2 <= 65536:
                seq += struct.pack(">H", len(frame)) + frame
        if linktype == 1 and b"\x08\x00" in seq:
            open(os.path.join(stream, name), "wb").write(seq)
    specs = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "specs")
    for i, name in enumerate(sorted(f for f in os.listdir(specs) if f.endswith(".yaml"))):
        text = open(os.path.join(specs, name), "rb").read()
        for j in range(3):
            frame = samples[(i * 3 + j) % len(samples)] if samples else b""
            open(os.path.join(spec, f"{name}-{j}"), "wb").write(text + b"\0" + frame)
    print(f"make_corpus: {n} frames, {len(os.listdir(reader))} capture files, {len(os.listdir(spec))} spec inputs")


if __name__ == "__main__":
    main()
