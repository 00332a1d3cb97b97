#!/usr/bin/env python3
"""Peak memory of jspcapy must not grow with the input: the same within 10% (plus 1 MiB of
allocator noise) for a capture and for four copies of it, dissecting only, writing JSON Lines,
and with IP and TCP reassembly.

    memory_check.py --jspcapy PATH --seed SEED.pcap --make-big make-big.py
"""

import argparse
import os
import subprocess
import sys
import tempfile


def peak_rss_kib(cmd):
    """Runs cmd in a fresh child and returns its peak resident set size in KiB."""
    wrapper = ("import resource, subprocess, sys\n"
               "rc = subprocess.run(sys.argv[1:]).returncode\n"
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "sys.exit(rc)\n")
    r = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"memory_check: {' '.join(cmd)} failed ({r.returncode}): {r.stderr.strip()}")
    return int(r.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jspcapy", required=True)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--make-big", required=True)
    args = ap.parse_args()
    failed = False
    with tempfile.TemporaryDirectory(prefix="jspcap-mem-") as tmp:
        inputs = {}
        for copies in (1, 4):
            path = os.path.join(tmp, f"x{copies}.pcap")
            subprocess.run([sys.executable, args.make_big, args.seed, path, "--copies", str(copies)],
                           check=True, capture_output=True)
            inputs[copies] = path
        modes = (("dissect only", ["-n"]),
                 ("jsonl", ["-f", "jsonl", "-o", os.path.join(tmp, "out.jsonl")]),
                 ("--ip jsonl", ["--ip", "-f", "jsonl", "-o", os.path.join(tmp, "out-ip.jsonl")]),
                 ("--ip --tcp", ["--ip", "--tcp", "-n"]),
                 ("--ip --tcp jsonl", ["--ip", "--tcp", "-f", "jsonl", "-o", os.path.join(tmp, "out-tcp.jsonl")]))
        for mode, extra in modes:
            rss = {c: peak_rss_kib([args.jspcapy, p, *extra]) for c, p in inputs.items()}
            size = {c: os.path.getsize(p) for c, p in inputs.items()}
            limit = rss[1] * 1.10 + 1024
            ok = rss[4] <= limit
            failed |= not ok
            print(f"{mode:16} 1x {size[1] / 2**20:7.1f} MiB → {rss[1] / 1024:6.1f} MiB peak RSS; "
                  f"4x {size[4] / 2**20:7.1f} MiB → {rss[4] / 1024:6.1f} MiB  {'ok' if ok else 'GROWS'}")
    print("memory_check: " + ("FAILED" if failed else "ok"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
