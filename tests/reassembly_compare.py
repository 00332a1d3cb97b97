#!/usr/bin/env python3
"""IP reassembly against tshark: for every shared capture, the datagrams tshark reassembles
(ip.defragment and ipv6.defragment on) must be the ones jspcap completes — same frame of the
last fragment, same reassembled length, same fragment frames — and the first protocol of the
reassembled payload must be the one tshark shows after the IP layer.

Usage: reassembly_compare.py --dump build/tests/reassembly_dump --specs specs --captures DIR
"""

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tshark_compare import Specs, capture_files, read_lenient_files, tshark_env  # noqa: E402

TSHARK = ["tshark", "-n", "-o", "ip.defragment:TRUE", "-o", "ipv6.defragment:TRUE",
          "-o", "tcp.desegment_tcp_streams:FALSE", "-o", "tcp.analyze_sequence_numbers:FALSE",
          "-Y", "ip.reassembled.length or ipv6.reassembled.length", "-T", "fields",
          "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,",
          "-e", "frame.number", "-e", "ip.reassembled.length", "-e", "ipv6.reassembled.length",
          "-e", "frame.protocols", "-e", "ip.fragment", "-e", "ipv6.fragment",
          "-e", "ip.reassembled.data", "-e", "ipv6.reassembled.data"]
# The tshark layers a reassembled payload follows.
FRAGMENT_LAYERS = ("ip", "ipv6.fraghdr")


def theirs(capture, env):
    out = subprocess.run(TSHARK[:1] + ["-r", str(capture)] + TSHARK[1:], capture_output=True,
                         env=env, timeout=600).stdout.decode("utf-8", "replace")
    result = {}
    for line in out.splitlines():
        cols = line.split("\t") + [""] * 8
        if not cols[0].isdigit():
            continue
        length = (cols[1] or cols[2]).split(",")[-1]
        chain = cols[3].split(":")
        after = [i for i, p in enumerate(chain) if p in FRAGMENT_LAYERS]
        first = chain[after[-1] + 1] if after and after[-1] + 1 < len(chain) else ""
        frames = (cols[4] or cols[5])
        data = (cols[6] or cols[7]).split(",")[-1].replace(":", "")
        result[int(cols[0])] = (int(length), first, frames, data)
    return result


def ours(dump, capture):
    run = subprocess.run([dump, str(capture)], capture_output=True, timeout=600)
    result = {}
    for line in run.stdout.decode().splitlines():
        number, length, end, chain, frames, data, overlaps = line.split("\t")
        if end == "complete":
            result[int(number)] = (int(length), chain.split(":")[0], frames, data, int(overlaps))
    return run.returncode, result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True)
    ap.add_argument("--specs", required=True)
    ap.add_argument("--captures", required=True)
    ap.add_argument("--manifest")
    args = ap.parse_args()
    specs = Specs(args.specs)
    lenient = read_lenient_files(Path(args.manifest)) if args.manifest else set()
    import tempfile
    env = tshark_env(Path(tempfile.mkdtemp(prefix="jspcap-reasm-")))
    total = agreed = 0
    problems, policy = [], []
    for capture in capture_files(Path(args.captures), []):
        t = theirs(capture, env)
        rc, o = ours(args.dump, capture)
        if rc not in (0, 1):
            problems.append(f"{capture.name}: reassembly_dump exit status {rc}")
        if not t and not o:
            continue
        for number in sorted(set(t) | set(o)):
            total += 1
            if number not in o:
                problems.append(f"{capture.name} frame {number}: tshark reassembles {t[number][0]} bytes "
                                f"(fragments {t[number][2]}), jspcap does not")
                continue
            if number not in t:
                problems.append(f"{capture.name} frame {number}: jspcap reassembles {o[number][0]} bytes "
                                f"(fragments {o[number][2]}), tshark does not")
                continue
            (tl, tfirst, tframes, tdata), (ol, ofirst, oframes, odata, overlaps) = t[number], o[number]
            names = {n for p in specs.tshark_to_ours.get(tfirst, set()) for n in [p]}
            first_ok = (ofirst in names) or (not names and ofirst in ("-", "Raw", ""))
            # tshark's field lists the fragments by offset and may leave out ones its display
            # nests: every fragment it names must be one of ours.
            frames_ok = not tframes or set(tframes.split(",")) <= set(oframes.split(","))
            data_ok = not tdata or tdata == odata
            if tl == ol and first_ok and frames_ok and not data_ok and overlaps:
                # Conflicting overlaps: jspcap keeps the bytes that arrived first (docs/reassembly.md);
                # tshark the fragment with the lower offset. Same datagram, a documented difference.
                agreed += 1
                policy.append(f"{capture.name} frame {number}: {overlaps} overlapping fragment(s) with "
                              "conflicting data: bytes differ by policy (first arrived vs lowest offset)")
            elif tl == ol and first_ok and frames_ok and data_ok:
                agreed += 1
            else:
                problems.append(f"{capture.name} frame {number}: tshark {tl} bytes, {tfirst or '-'}, "
                                f"fragments {tframes}; jspcap {ol} bytes, {ofirst}, fragments {oframes}"
                                + ("" if data_ok else "; the reassembled bytes differ"))
        if capture.name in lenient:
            pass
    print(f"reassembled datagrams agreeing with tshark: {agreed}/{total}")
    for p in policy:
        print("  [policy] " + p)
    for p in problems:
        print("  " + p)
    return 0 if total and agreed == total and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
