#!/usr/bin/env python3
"""One spec, two engines: every shared capture is reported by jspcapy with the compiled
dissectors and again with every spec in specs/ loaded at run time (--spec specs/: each replaces
its compiled protocol and is interpreted), and the two reports must be byte for byte the same —
JSON Lines plain, and with --ip --tcp (fragments, streams and HTTP messages through the
interpreted fragment:, stream: and message: entries); TREE, JSON and plist on a few captures.
A report that differs is shown at its first differing line.

    spec_equality.py --jspcapy PATH --specs DIR --captures DIR [--bench FILE]
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

FORMATS_ON = 6   # how many captures (the largest first) also get tree, json and plist


def run(cmd, env):
    return subprocess.run(cmd, capture_output=True, env=env)


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb), 1):
        if x != y:
            return f"line {i}:\n    compiled:    {x[:300]!r}\n    interpreted: {y[:300]!r}"
    return f"lengths differ: {len(la)} vs {len(lb)} lines"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jspcapy", required=True)
    ap.add_argument("--specs", required=True)
    ap.add_argument("--captures", required=True)
    ap.add_argument("--bench", action="append", default=[], help="a larger capture to compare too")
    args = ap.parse_args()

    env = dict(os.environ)
    env.pop("JSPCAP_SPEC_PATH", None)
    captures = sorted(p for p in Path(args.captures).iterdir() if p.is_file() and p.suffix in (".pcap", ".pcapng"))
    captures += [Path(b) for b in args.bench]
    by_size = sorted(captures, key=lambda p: -p.stat().st_size)
    formats_for = {p: ["jsonl"] for p in captures}
    for p in by_size[:FORMATS_ON]:
        formats_for[p] += ["tree", "json", "plist"]
    compared = refused = 0
    failures = []
    notices_seen = False
    with tempfile.TemporaryDirectory(prefix="jspcap-speceq-") as tmp:
        for cap in captures:
            for fmt in formats_for[cap]:
                for extra in ([], ["--ip", "--tcp"]):
                    if fmt != "jsonl" and extra:
                        continue
                    outs = []
                    for engine in ("compiled", "interpreted"):
                        out = Path(tmp) / f"{engine}.{fmt}"
                        cmd = [args.jspcapy, str(cap), "-f", fmt, "-o", str(out), "--no-spec-path", *extra]
                        if engine == "interpreted":
                            cmd += ["--spec", args.specs]
                        r = run(cmd, env)
                        err = r.stderr.decode(errors="replace")
                        if engine == "interpreted":
                            notices_seen |= "replaces the compiled protocol" in err
                            err = "\n".join(line for line in err.splitlines() if "jspcapy: notice:" not in line)
                        data = out.read_bytes() if out.exists() else b""
                        outs.append((r.returncode, err.strip(), data))
                        out.unlink(missing_ok=True)
                    (rc1, e1, d1), (rc2, e2, d2) = outs
                    what = f"{cap.name} -f {fmt} {' '.join(extra)}".strip()
                    if (rc1, e1) != (rc2, e2):
                        failures.append(f"{what}: exit/stderr differ: compiled {rc1} {e1!r}, interpreted {rc2} {e2!r}")
                    elif d1 != d2:
                        failures.append(f"{what}: reports differ at {first_difference(d1.decode(errors='replace'), d2.decode(errors='replace'))}")
                    elif rc1 == 1:
                        refused += 1
                    else:
                        compared += 1
    if not notices_seen:
        failures.append("no 'replaces the compiled protocol' notice was printed with --spec")
    for f in failures:
        print(f"FAIL {f}")
    print(f"spec_equality: {compared} reports identical compiled and interpreted, {refused} refused alike by both, "
          f"{len(failures)} failure(s), over {len(captures)} captures")
    if compared == 0:
        print("spec_equality: nothing was compared")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
