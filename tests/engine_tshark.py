#!/usr/bin/env python3
"""-E tshark (docs/report.md, "Reports from -E tshark"): every shared capture through the tshark
engine, checked against the native engine on the same capture.

- JSON Lines on every capture: the exit status equals the native engine's; every line parses;
  as many lines as native frames (and as the manifest's tshark count); each line has the native
  line's top-level keys in the same order and the same frame values (number, time, lengths,
  link type, interface, bytes); protocols is tshark's chain; the layers nest in the chain's order.
  A capture neither reads leaves no file and an error naming it.
- JSON, PLIST, TREE and PCAP on a few captures of different kinds: the document parses (json,
  plistlib), holds the native report's entries (Global Header, Frame 1…N, Error) with the same
  Global Header and frame keys; TREE starts with the seed's header and has the native entry
  names; PCAP is byte for byte the native -f pcap and reads back with the same frame count.
- -F writes one file per frame; the alias pyshark is the same engine.
- Errors: tshark not on PATH; a garbage file (tshark's own message); tshark dying in the middle
  of its output and tshark reading fewer frames than the file holds (fake tshark scripts); every
  option only the native engine has. None leaves an output file or a temporary behind.

    engine_tshark.py --jspcapy PATH --captures DIR --manifest MANIFEST.tsv
"""

import argparse
import concurrent.futures
import csv
import json
import os
import plistlib
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Captures that get every format: pcap µs LE, pcap ns + SLL, big-endian µs, pcapng with two
# interfaces, a capture cut short (exit 2), tshark errors and UTF-8 text, raw IP with HTTP bodies.
ALL_FORMATS = [
    "dpkt__http.pcap",
    "tcpdump__tcp-handshake-nano.pcap",
    "pcapplusplus__microsecs_big_endian.pcap",
    "zeek__pcapng-multi-interface.pcapng",
    "dpkt__truncated_dns_2.pcap",
    "zeek__variant-01-chunk_2pow64_overflow.pcap",
    "pcapplusplus__raw_ip.pcap",
]
FRAME_KEYS = ("number", "time_epoch", "time", "len", "cap_len", "linktype", "interface", "packet")
REPORT_FRAME_KEYS = ("frame_info", "time", "number", "time_epoch", "len", "cap_len", "packet")
TREE_HEADER = "PCAP File Tree-View Format\n"

failures = []


def fail(message):
    failures.append(message)
    print("FAIL", message, flush=True)


def run(jspcapy, *args, env=None):
    return subprocess.run([jspcapy, *map(str, args)], capture_output=True, text=True, env=env)


def leftovers(directory):
    return sorted(p.name for p in Path(directory).iterdir())


def manifest(path):
    with open(path, newline="") as stream:
        return {row["file"]: int(row["packets"]) for row in csv.DictReader(stream, delimiter="\t")}


def layer_chain(layers, chain):
    """The layer names along the nesting: at each level, the last member that is an object (or a
    list of them: PDUs of one protocol in one frame) named as a protocol of the chain."""
    names, current = [], layers
    while True:
        inner = [k for k, v in current.items() if k in chain and (
            isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[-1], dict)))]
        if not inner:
            return names
        names.append(inner[-1])
        current = current[inner[-1]]
        if isinstance(current, list):
            current = current[-1]


def is_subsequence(part, whole):
    it = iter(whole)
    return all(x in it for x in part)


def check_jsonl(jspcapy, captures, work, capture, packets):
    src = Path(captures, capture)
    out = Path(work, "jsonl", capture)
    out.mkdir(parents=True)
    native = run(jspcapy, src, "-f", "jsonl", "-o", out / "native.jsonl")
    engine = run(jspcapy, "-E", "tshark", src, "-f", "jsonl", "-o", out / "tshark.jsonl")
    if engine.returncode != native.returncode:
        return fail(f"{capture}: jsonl: exit status {engine.returncode}, native {native.returncode}: {engine.stderr.strip()}")
    if native.returncode == 1:
        # Neither reads it: an error naming the file, nothing on disk.
        if str(src) not in engine.stderr:
            fail(f"{capture}: the error does not name the capture: {engine.stderr.strip()}")
        if (out / "tshark.jsonl").exists() or len(leftovers(out)) != 0:
            fail(f"{capture}: output left behind: {leftovers(out)}")
        return None
    ours = [json.loads(line) for line in (out / "native.jsonl").read_text().splitlines()]
    lines = (out / "tshark.jsonl").read_text().splitlines()
    try:
        theirs = [json.loads(line) for line in lines]
    except json.JSONDecodeError as e:
        return fail(f"{capture}: jsonl: a line does not parse: {e}")
    if len(theirs) != len(ours):
        return fail(f"{capture}: {len(theirs)} frames with -E tshark, {len(ours)} native")
    if len(theirs) != packets:
        fail(f"{capture}: {len(theirs)} frames, the manifest's tshark count is {packets}")
    for a, b in zip(theirs, ours):
        if list(a) != list(b):
            return fail(f"{capture}: frame {b['number']}: keys {list(a)}, native {list(b)}")
        for key in FRAME_KEYS:
            if a[key] != b[key]:
                return fail(f"{capture}: frame {b['number']}: {key} {a[key]!r}, native {b[key]!r}")
        chain = a["protocols"].split(":") if a["protocols"] else []
        nested = layer_chain(a["layers"], chain)
        if not is_subsequence(nested, chain):
            return fail(f"{capture}: frame {a['number']}: layers nest as {nested}, not in the order of {chain}")
        if a["error"] is not None and not isinstance(a["error"], str):
            return fail(f"{capture}: frame {a['number']}: error {a['error']!r}")
    return len(theirs)


def pcap_count(data):
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
    at, n = 24, 0
    while at < len(data):
        incl = struct.unpack(order + "I", data[at + 8:at + 12])[0]
        at += 16 + incl
        n += 1
    if at != len(data):
        raise ValueError("the last record runs past the end")
    return n


def tree_entries(text):
    return [line for line in text.splitlines()[1:] if line and not line.startswith(" ")]


def check_formats(jspcapy, captures, work, capture):
    src = Path(captures, capture)
    out = Path(work, "formats", capture)
    out.mkdir(parents=True)
    for fmt in ("json", "plist", "tree", "pcap"):
        native = run(jspcapy, src, "-f", fmt, "-o", out / f"native.{fmt}")
        engine = run(jspcapy, "-E", "tshark", src, "-f", fmt, "-o", out / f"tshark.{fmt}")
        if engine.returncode != native.returncode:
            fail(f"{capture}: {fmt}: exit status {engine.returncode}, native {native.returncode}: {engine.stderr.strip()}")
            continue
        if native.returncode == 1:
            continue
        a_path, b_path = out / f"tshark.{fmt}", out / f"native.{fmt}"
        try:
            if fmt == "json":
                a, b = json.loads(a_path.read_text()), json.loads(b_path.read_text())
            elif fmt == "plist":
                a, b = plistlib.loads(a_path.read_bytes()), plistlib.loads(b_path.read_bytes())
        except Exception as e:  # noqa: BLE001 - any parse error is the finding
            fail(f"{capture}: {fmt} does not parse: {e}")
            continue
        if fmt in ("json", "plist"):
            if list(a) != list(b):
                fail(f"{capture}: {fmt}: entries {list(a)[:4]}… ({len(a)}), native {list(b)[:4]}… ({len(b)})")
                continue
            if a["Global Header"] != b["Global Header"]:
                fail(f"{capture}: {fmt}: Global Header {a['Global Header']}, native {b['Global Header']}")
            for name in (k for k in b if k.startswith("Frame ")):
                keys = list(a[name])
                if keys[:len(REPORT_FRAME_KEYS)] != list(REPORT_FRAME_KEYS) or keys[-1] != "protocols":
                    fail(f"{capture}: {fmt}: {name} keys {keys}")
                    break
                if any(a[name][k] != b[name][k] for k in REPORT_FRAME_KEYS):
                    fail(f"{capture}: {fmt}: {name}: frame values differ from native")
                    break
        elif fmt == "tree":
            text = a_path.read_text()
            if not text.startswith(TREE_HEADER):
                fail(f"{capture}: tree does not start with {TREE_HEADER!r}")
            if tree_entries(text) != tree_entries(b_path.read_text()):
                fail(f"{capture}: tree entries differ from native")
        else:
            data = a_path.read_bytes()
            if data != b_path.read_bytes():
                fail(f"{capture}: pcap differs from the native engine's")
            frames = sum(1 for line in (out / "native.tree").read_text().splitlines() if line.startswith("Frame "))
            if pcap_count(data) != frames:
                fail(f"{capture}: pcap reads back {pcap_count(data)} frames, the report has {frames}")


def expect_error(jspcapy, work, name, args, status, message, env=None):
    out = Path(work, "errors", name)
    out.mkdir(parents=True)
    r = run(jspcapy, *args, "-o", out / "r.json", env=env)
    if r.returncode != status:
        fail(f"{name}: exit status {r.returncode}, expected {status}: {r.stderr.strip()}")
    for part in [message] if isinstance(message, str) else message:
        if part not in r.stderr:
            fail(f"{name}: stderr {r.stderr.strip()!r} lacks {part!r}")
    if leftovers(out):
        fail(f"{name}: left behind: {leftovers(out)}")


def fake_tshark(work, name, body):
    d = Path(work, "fake", name)
    d.mkdir(parents=True)
    script = d / "tshark"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)
    return {**os.environ, "PATH": f"{d}:/usr/bin:/bin"}


def check_errors(jspcapy, captures, work):
    http = str(Path(captures, "dpkt__http.pcap"))
    empty = Path(work, "empty-path")
    empty.mkdir()
    expect_error(jspcapy, work, "no-tshark", ["-E", "tshark", http, "-f", "json"], 1,
                 "jspcapy: engine 'tshark' needs tshark: apt-get install tshark",
                 env={**os.environ, "PATH": str(empty)})
    garbage = Path(work, "garbage.pcap")
    garbage.write_bytes(bytes(range(256)) * 4)
    expect_error(jspcapy, work, "garbage", ["-E", "tshark", garbage, "-f", "json"], 1,
                 [str(garbage), "isn't a capture file in a format TShark understands"])
    real = shutil.which("tshark")
    expect_error(jspcapy, work, "tshark-dies", ["-E", "tshark", http, "-f", "json"], 1,
                 [http, "tshark failed (exit status 3)", "simulated crash"],
                 env=fake_tshark(work, "dies", f'"{real}" "$@" 2>/dev/null | head -c 20000\n'
                                 'echo "tshark: simulated crash" >&2\nexit 3\n'))
    expect_error(jspcapy, work, "bad-decode-as", ["-E", "tshark", http, "-f", "json", "-d", "bogus"], 1,
                 [http, "tshark failed (exit status 1) after 0 frames", 'Parameter "bogus"'])
    expect_error(jspcapy, work, "decode-as-file", ["-E", "tshark", http, "-f", "json", "--decode-as-file", garbage], 1,
                 "--decode-as-file is supported by the jspcap engine only, not with -E tshark")
    expect_error(jspcapy, work, "tshark-fewer", ["-E", "tshark", http, "-f", "json"], 1,
                 [http, "tshark read 2 frames, jspcap's reader has more (frame 3)"],
                 env=fake_tshark(work, "fewer", f'exec "{real}" "$@" -c 2\n'))
    for option in (["--ip"], ["--ipv4"], ["--ipv6"], ["--tcp"], ["--no-strict"], ["-P", "ip"], ["-L", "link"]):
        expect_error(jspcapy, work, "option" + "".join(option), ["-E", "tshark", http, "-f", "json", *option], 1,
                     f"{option[0].replace('-P', '-P/--protocol').replace('-L', '-L/--layer')} "
                     "is supported by the jspcap engine only, not with -E tshark")
    for option, shown in ((["--trace"], "--trace"), (["--flows"], "--flows")):
        target = Path(work, "errors", "never-" + option[0][2:])
        expect_error(jspcapy, work, "option" + option[0], ["-E", "tshark", http, "-f", "json", *option, target], 1,
                     f"{shown} is supported by the jspcap engine only, not with -E tshark")
        if target.exists():
            fail(f"{option[0]}: {target} was created")


def check_decode_as(jspcapy, captures, work):
    """-d reaches tshark: port 80 decoded as Echo instead of HTTP."""
    out = Path(work, "decode-as.jsonl")
    r = run(jspcapy, "-E", "tshark", Path(captures, "dpkt__http.pcap"), "-d", "tcp.port==80,echo", "-f", "jsonl", "-o", out)
    if r.returncode != 0:
        return fail(f"-d: exit status {r.returncode}: {r.stderr.strip()}")
    chains = {json.loads(line)["protocols"] for line in out.read_text().splitlines()}
    if "eth:ethertype:ip:tcp:echo" not in chains or any("http" in c for c in chains):
        fail(f"-d tcp.port==80,echo: chains {sorted(chains)}")


def check_files_and_alias(jspcapy, captures, work):
    http = Path(captures, "dpkt__http.pcap")
    out = Path(work, "files")
    r = run(jspcapy, "-E", "pyshark", http, "-F", "-f", "json", "-o", out)
    if r.returncode != 0:
        return fail(f"-F: exit status {r.returncode}: {r.stderr.strip()}")
    names = sorted(p.name for p in out.iterdir())
    if len(names) != 44 or "Global Header.json" not in names or "Frame 43.json" not in names:
        return fail(f"-F: {len(names)} files: {names[:3]}…")
    frame = json.loads((out / "Frame 43.json").read_text())["Frame 43"]
    if frame["number"] != 43 or "eth" not in frame:
        fail(f"-F: Frame 43.json: {list(frame)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jspcapy", required=True)
    ap.add_argument("--captures", required=True)
    ap.add_argument("--manifest", required=True)
    args = ap.parse_args()
    if not shutil.which("tshark"):
        sys.exit("engine_tshark: tshark is not installed (apt-get install tshark)")
    packets = manifest(args.manifest)
    with tempfile.TemporaryDirectory(prefix="engine-tshark-") as work:
        jobs = os.cpu_count() or 2
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            counted = dict(zip(packets, pool.map(
                lambda c: check_jsonl(args.jspcapy, args.captures, work, c, packets[c]), packets)))
            list(pool.map(lambda c: check_formats(args.jspcapy, args.captures, work, c), ALL_FORMATS))
        check_errors(args.jspcapy, args.captures, work)
        check_files_and_alias(args.jspcapy, args.captures, work)
        check_decode_as(args.jspcapy, args.captures, work)
    equal = sum(1 for n in counted.values() if n is not None)
    unreadable = sum(1 for c in packets if packets[c] == 0 and counted[c] is None)
    print(f"engine_tshark: {equal} of {len(packets)} captures with frame counts equal to the native engine's "
          f"({unreadable} read by neither, refused alike); all formats on {len(ALL_FORMATS)}; "
          f"{len(failures)} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
