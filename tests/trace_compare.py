#!/usr/bin/env python3
"""Per-flow traces against tshark's tcp.stream: for every shared capture whose MANIFEST protocols
include "tcp" (and every capture named on the command line), `jspcapy CAP -n --trace DIR` must
write one pcap per TCP connection holding exactly the frames tshark assigns to that tcp.stream
in the original capture, and DIR/index.json must describe them.

  * Frames: each flow file is read back twice: by a small pcap reader here (every record's
    timestamp, captured and wire length and bytes must equal the original frame's, in order)
    and by tshark (it must read the file and show the same frame.time_epoch, frame.len and
    frame.cap_len as for the original frames). The original frames come from the capture
    itself (pcap and pcapng are read here, so frame numbers are tshark's frame.number).
  * The flow file's link type must be the one of the original frames' interface.
  * index.json: one entry per tcp.stream; stream, packets, first_frame, last_frame, bytes (the
    captured bytes of its frames), first_time and last_time, ports and addresses of the first
    frame, and file must agree with the frames.
  * Variants (--variant-captures, default one microsecond and one nanosecond capture):
    --trace-byteorder big and --trace-nanosecond must write files with that magic that hold
    the same frames (the nanosecond one with the original's full timestamps).
  * --trace-format json (--json-capture): each flow's JSON file must parse and hold one
    "Frame N" entry per packet, N the original frame numbers.

Disagreements can be allowed in an allow list (capture<TAB>stream<TAB>kind<TAB>reason; stream
may be "*"; kind is what differs: no-flow, frames, time, tshark-read, linktype, index or file);
each entry must match something, or it is reported as stale.

Standard library only.
Usage: trace_compare.py --jspcapy build/cli/jspcapy --captures DIR --manifest MANIFEST.tsv
       [--allow tests/trace_allow.tsv] [CAPTURE ...]
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from compare_common import manifest_captures, read_allow, stale_entries, tshark_env

VARIANT_CAPTURES = ("pcapplusplus__http-packets2.pcap", "pcapplusplus__nanosecs_big_endian.pcap")
JSON_CAPTURE = "pcapplusplus__http-packets2.pcap"


# --------------------------------------------------------------------------------------------
# Reading pcap and pcapng


@dataclass
class Record:
    number: int        # 1-based, as tshark's frame.number
    ns: int            # timestamp, nanoseconds since the epoch
    caplen: int
    wirelen: int
    linktype: int
    digest: bytes      # md5 of the captured bytes

    def key(self):
        return (self.caplen, self.wirelen, self.digest)


@dataclass
class Capture:
    kind: str = ""             # "pcap" or "pcapng"
    big_endian: bool = False
    nanosecond: bool = False
    linktype: int | None = None   # pcap only
    records: list = field(default_factory=list)
    problem: str = ""


def read_capture(path):
    data = Path(path).read_bytes()
    cap = Capture()
    if len(data) < 4:
        cap.problem = "shorter than a file header"
        return cap
    if data[:4] == b"\x0a\x0d\x0d\x0a":
        read_pcapng(data, cap)
    else:
        read_pcap(data, cap)
    return cap


PCAP_MAGICS = {0xA1B2C3D4: (False, False), 0xA1B23C4D: (True, False), 0xA1B2CD34: (False, True)}


def read_pcap(data, cap):
    cap.kind = "pcap"
    for order in ("<", ">"):
        magic = struct.unpack(order + "I", data[:4])[0]
        if magic in PCAP_MAGICS:
            break
    else:
        cap.problem = f"unknown magic {data[:4].hex()}"
        return
    cap.big_endian = order == ">"
    cap.nanosecond, kuznetzov = PCAP_MAGICS[magic]
    if len(data) < 24:
        cap.problem = "short file header"
        return
    cap.linktype = struct.unpack(order + "I", data[20:24])[0] & 0x0FFFFFFF
    pos, number, head = 24, 0, 24 if kuznetzov else 16
    while pos + head <= len(data):
        sec, frac, incl, orig = struct.unpack(order + "IIII", data[pos:pos + 16])
        body = data[pos + head:pos + head + incl]
        if len(body) < incl:
            cap.problem = f"record {number + 1} cut by the end of the file"
            break
        number += 1
        ns = sec * 10**9 + (frac if cap.nanosecond else frac * 1000)
        cap.records.append(Record(number, ns, incl, orig, cap.linktype, hashlib.md5(body).digest()))
        pos += head + incl
    if pos != len(data) and not cap.problem:
        cap.problem = f"{len(data) - pos} bytes after the last record"


def read_pcapng(data, cap):
    cap.kind = "pcapng"
    pos, number = 0, 0
    order = "<"
    interfaces = []   # (linktype, snaplen, units per second as (base, exponent), offset seconds)
    while pos + 12 <= len(data):
        if data[pos:pos + 4] == b"\x0a\x0d\x0d\x0a":
            bom = data[pos + 8:pos + 12]
            order = "<" if bom == b"\x4d\x3c\x2b\x1a" else ">"
            cap.big_endian = order == ">"
            interfaces = []
        btype, blen = struct.unpack(order + "II", data[pos:pos + 8])
        if blen < 12 or pos + blen > len(data):
            cap.problem = f"block at {pos} has a bad length {blen}"
            return
        body = data[pos + 8:pos + blen - 4]
        if btype == 1:
            linktype, _, snaplen = struct.unpack(order + "HHI", body[:8])
            resol, offset = (10, 6), 0
            for code, value in options(body[8:], order):
                if code == 9 and value:
                    resol = (2, value[0] & 0x7F) if value[0] & 0x80 else (10, value[0])
                elif code == 14 and len(value) >= 8:
                    offset = struct.unpack(order + "q", value[:8])[0]
            interfaces.append((linktype, snaplen, resol, offset))
        elif btype in (6, 2):
            if btype == 6:
                iface, high, low, incl, orig = struct.unpack(order + "IIIII", body[:20])
            else:
                iface, _, high, low, incl, orig = struct.unpack(order + "HHIIII", body[:20])
            number += 1
            linktype, _, resol, offset = interfaces[iface]
            units = (high << 32) | low
            base, exp = resol
            ns = units * 10**9 // (base ** exp) + offset * 10**9
            packet = body[20:20 + incl]
            cap.records.append(Record(number, ns, incl, orig, linktype, hashlib.md5(packet).digest()))
        elif btype == 3:
            orig = struct.unpack(order + "I", body[:4])[0]
            linktype, snaplen, _, _ = interfaces[0]
            incl = min(orig, snaplen or orig, len(body) - 4)
            number += 1
            cap.records.append(Record(number, 0, incl, orig, linktype,
                                      hashlib.md5(body[4:4 + incl]).digest()))
        pos += blen


def options(raw, order):
    pos = 0
    while pos + 4 <= len(raw):
        code, length = struct.unpack(order + "HH", raw[pos:pos + 4])
        if code == 0:
            return
        yield code, raw[pos + 4:pos + 4 + length]
        pos += 4 + (length + 3) // 4 * 4


def show_ns(ns):
    return f"{ns // 10**9}.{ns % 10**9:09d}"


# --------------------------------------------------------------------------------------------
# Inputs


# Kinds of disagreement an allow-list entry may name.
KINDS = ("no-flow", "frames", "time", "tshark-read", "linktype", "index", "file")


# --------------------------------------------------------------------------------------------
# tshark


def tshark_fields(args, env, path, fields, prefs=()):
    command = [args.tshark, "-r", str(path), "-n", *prefs, "-T", "fields", "-E", "separator=/t",
               "-E", "occurrence=a", "-E", "aggregator=,"]
    for f in fields:
        command += ["-e", f]
    try:
        run = subprocess.run(command, capture_output=True, env=env, timeout=args.tshark_timeout)
    except subprocess.TimeoutExpired:
        return None, "tshark timed out"
    err = "\n".join(line for line in run.stderr.decode("utf-8", "replace").splitlines()
                    if line.strip() and "Running as user" not in line
                    and "Wireshark Q&A" not in line and "wiki.wireshark.org" not in line)
    rows = [(line.split("\t") + [""] * len(fields))[:len(fields)]
            for line in run.stdout.decode("utf-8", "replace").splitlines()]
    if run.returncode != 0:
        return rows, f"tshark exit status {run.returncode}: {err[:200]}"
    return rows, (err[:200] if err else "")


FRAME_FIELDS = ["frame.number", "frame.time_epoch", "frame.len", "frame.cap_len"]


@dataclass
class Theirs:
    frames: dict        # frame number -> (time_epoch, len, cap_len)
    streams: dict       # tcp.stream -> [frame numbers]
    ends: dict          # frame number -> (sources, destinations, srcport, dstport)


def theirs(args, env, capture):
    prefs = [] if args.ip else ["-o", "ip.defragment:FALSE", "-o", "ipv6.defragment:FALSE"]
    rows, problem = tshark_fields(args, env, capture, FRAME_FIELDS + [
        "tcp.stream", "ip.src", "ipv6.src", "ip.dst", "ipv6.dst", "tcp.srcport", "tcp.dstport"],
        prefs)
    result = Theirs({}, {}, {})
    for cols in rows or []:
        if not cols[0].isdigit():
            continue
        n = int(cols[0])
        result.frames[n] = (cols[1], cols[2], cols[3])
        streams = [int(s) for s in cols[4].split(",") if s.isdigit()]
        for s in dict.fromkeys(streams):
            result.streams.setdefault(s, []).append(n)
        if streams:
            sports, dports = cols[9].split(","), cols[10].split(",")
            result.ends[n] = (set(filter(None, cols[5].split(",") + cols[6].split(","))),
                              set(filter(None, cols[7].split(",") + cols[8].split(","))),
                              sports[-1], dports[-1])
    return result, problem


# --------------------------------------------------------------------------------------------
# Comparing one capture


@dataclass
class Result:
    capture: str
    streams: int = 0          # tshark's
    flows: int = 0            # ours
    agreed: int = 0           # flows holding exactly tshark's frames, index right
    frames: int = 0           # frames compared
    tshark_reads: int = 0     # flow files tshark read back
    variants: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    disagreements: list = field(default_factory=list)   # (stream or None, text)


def run_trace(args, capture, out, extra=()):
    if out.exists():
        shutil.rmtree(out)
    try:
        run = subprocess.run([args.jspcapy, str(capture), "-n", *(["--ip"] if args.ip else []),
                              "--trace", str(out), *extra],
                             capture_output=True, timeout=args.timeout)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"cannot run jspcapy: {error}"
    if run.returncode not in (0, 2):
        return None, (f"jspcapy {' '.join(extra)} exit status {run.returncode}: "
                      f"{run.stderr.decode(errors='replace')[:200]}")
    try:
        index = json.loads(Path(out, "index.json").read_text())
    except (OSError, ValueError) as error:
        return None, f"jspcapy {' '.join(extra)}: index.json: {error}"
    if not isinstance(index, list):
        return None, "index.json is not an array"
    return index, ""


def ends_text(entry):
    return f"{entry.get('src')}:{entry.get('srcport')} -> {entry.get('dst')}:{entry.get('dstport')}"


def frame_list(numbers, limit=12):
    numbers = list(numbers)
    text = ", ".join(str(n) for n in numbers[:limit])
    return f"[{text}{', ...' if len(numbers) > limit else ''}] ({len(numbers)})"


def compare(capture, args, env, workdir):
    res = Result(capture.name)
    original = read_capture(capture)
    if original.problem:
        res.notes.append(f"reading the original: {original.problem}")
    by_number = {r.number: r for r in original.records}
    by_key = {}
    for r in original.records:
        by_key.setdefault(r.key(), []).append(r.number)
    t, problem = theirs(args, env, capture)
    if problem:
        res.notes.append(f"tshark on the original: {problem}")
    res.streams = len(t.streams)
    out = Path(workdir, capture.name + ".trace")
    index, problem = run_trace(args, capture, out)
    if index is None:
        res.disagreements.append((None, "run", problem))
        return res
    res.flows = len(index)

    def disagree(stream, kind, text):
        res.disagreements.append((stream, kind, text))

    seen = {}
    for entry in index:
        stream = entry.get("stream")
        if not isinstance(stream, int):
            disagree(None, "index", f"index entry {entry.get('label')} has no stream number")
            continue
        if stream in seen:
            disagree(stream, "index", f"two index entries for stream {stream}")
        seen[stream] = entry
        expected = t.streams.get(stream, [])
        ok = check_flow(res, entry, expected, out, original, by_number, by_key, t, args, env,
                        disagree)
        res.agreed += ok
    for stream in sorted(set(t.streams) - set(seen)):
        frames = t.streams[stream]
        holders = sorted({e["stream"] for e in index
                          if isinstance(e.get("stream"), int) and set(frames) & set(held_of(e))})
        disagree(stream, "no-flow", f"tcp.stream {stream}: no flow of ours; tshark's frames "
                 f"{frame_list(frames)}" + (f" are in our flow(s) {holders}" if holders else ""))

    if capture.name in args.variant_captures or capture.resolve() in args.variant_paths:
        check_variants(res, capture, args, env, workdir, out, index, t.frames)
    if capture.name == args.json_capture:
        check_json(res, capture, args, workdir, index, disagree)
    shutil.rmtree(out, ignore_errors=True)
    return res


def held_of(entry):
    return entry.get("_held", [])


def map_records(records, by_key, by_number, flow_nanosecond):
    """The original frame numbers of a flow file's records (None where none matches)."""
    used, numbers = set(), []
    for r in records:
        hit = None
        for n in by_key.get(r.key(), []):
            o = by_number[n]
            if n not in used and same_time(o.ns, r.ns, flow_nanosecond):
                hit = n
                break
        if hit is None:   # same bytes, another time: still name the frame
            hit = next((n for n in by_key.get(r.key(), []) if n not in used), None)
        if hit is not None:
            used.add(hit)
        numbers.append(hit)
    return numbers


def same_time(original_ns, flow_ns, flow_nanosecond):
    if flow_nanosecond:
        return original_ns == flow_ns
    return original_ns // 1000 * 1000 == flow_ns


def check_flow(res, entry, expected, out, original, by_number, by_key, t, args, env, disagree):
    stream = entry["stream"]
    name = f"stream {stream} ({ends_text(entry)})"
    problems = []
    path = Path(out, entry.get("file", ""))
    if not entry.get("file") or not path.is_file():
        disagree(stream, "file", f"{name}: flow file {entry.get('file')!r} is missing")
        return False
    flow = read_capture(path)
    if flow.problem:
        problems.append(("file", f"flow file: {flow.problem}"))
    if flow.kind != "pcap":
        problems.append(("file", f"flow file is {flow.kind}, not pcap"))
    held = map_records(flow.records, by_key, by_number, flow.nanosecond)
    entry["_held"] = [n for n in held if n is not None]
    res.frames += len(flow.records)

    # The frames, in order.
    if held != expected:
        extra = [n for n in held if n not in expected]
        missing = [n for n in expected if n not in held]
        text = f"holds frames {frame_list(held)}, tshark's tcp.stream {stream} {frame_list(expected)}"
        if missing:
            text += f"; lacks {frame_list(missing)}"
            known = [n for n in held if n is not None]
            if known and min(missing) > max(known) and entry.get("end") in ("fin", "reset"):
                text += f" after its close ({entry.get('end')}) in frame {max(known)}"
        if extra:
            where = sorted({s for n in extra if n for s, fs in t.streams.items() if n in fs})
            text += f"; has {frame_list(extra)}" + (f" (tshark's tcp.stream {where})" if where else "")
        if not missing and not extra:
            text += "; same frames, another order"
        problems.append(("frames", text))
    else:
        for r, n in zip(flow.records, held):
            o = by_number[n]
            if not same_time(o.ns, r.ns, flow.nanosecond):
                problems.append(("time", f"frame {n}: time {show_ns(r.ns)}, original {show_ns(o.ns)}"))
                break
    # The link type.
    types = {by_number[n].linktype for n in held if n}
    if flow.linktype is not None and types and types != {flow.linktype}:
        problems.append(("linktype", f"link type {flow.linktype}, the original frames' {sorted(types)}"))
    # The index entry must describe the frames the file holds (their difference from tshark's
    # is reported once, above).
    described = expected if held == expected else [n for n in held if n is not None]
    if described:
        first, last = by_number.get(described[0]), by_number.get(described[-1])
        want = {"packets": len(described), "first_frame": described[0],
                "last_frame": described[-1],
                "bytes": sum(by_number[n].caplen for n in described if n in by_number)}
        for key, value in want.items():
            if entry.get(key) != value:
                problems.append(("index", f"index {key} {entry.get(key)}, expected {value}"))
        for key, rec in (("first_time", first), ("last_time", last)):
            if rec and not time_text_agrees(entry.get(key), rec.ns):
                problems.append(("index", f"index {key} {entry.get(key)}, frame {rec.number} at {show_ns(rec.ns)}"))
        ends = t.ends.get(described[0])
        if ends:
            sources, destinations, sport, dport = ends
            if (str(entry.get("srcport")), str(entry.get("dstport"))) != (sport, dport) or \
                    entry.get("src") not in sources or entry.get("dst") not in destinations:
                problems.append(("index", f"index ends {ends_text(entry)}, frame {described[0]}: "
                                 f"{'/'.join(sorted(sources))}:{sport} -> "
                                 f"{'/'.join(sorted(destinations))}:{dport}"))
    if entry.get("protocol") != "TCP":
        problems.append(("index", f"index protocol {entry.get('protocol')!r}"))
    # tshark reads the flow file back.
    rows, problem = tshark_fields(args, env, path, FRAME_FIELDS)
    res.tshark_reads += 1
    if problem:
        problems.append(("tshark-read", f"tshark reading the flow file: {problem}"))
    got = [(c[1], c[2], c[3]) for c in rows or [] if c[0].isdigit()]
    want = [t.frames.get(n) for n in held]
    if not flow.nanosecond:
        want = [(usec_text(w[0]), w[1], w[2]) if w else None for w in want]
        got = [(usec_text(g[0]), g[1], g[2]) for g in got]
    if got != want and held == expected:
        diff = next((i for i, (g, w) in enumerate(zip(got, want)) if g != w), min(len(got), len(want)))
        problems.append(("tshark-read", f"tshark reads {len(got)} frames from the flow file"
                         + (f"; record {diff + 1}: {got[diff] if diff < len(got) else '-'}, original "
                            f"frame {held[diff] if diff < len(held) else '-'}: "
                            f"{want[diff] if diff < len(want) else '-'}")))
    for kind, p in problems:
        disagree(stream, kind, f"{name}: {p}")
    return not problems


def usec_text(epoch):
    """tshark's frame.time_epoch cut to microseconds (a microsecond pcap holds no more)."""
    if "." not in epoch:
        return epoch
    whole, frac = epoch.split(".")
    return f"{whole}.{(frac + '000000')[:6]}"


def time_text_agrees(text, ns):
    if not isinstance(text, str):
        return False
    try:
        value = Decimal(text)
    except ArithmeticError:
        return False
    digits = len(text.split(".")[1]) if "." in text else 0
    unit = Decimal(1).scaleb(-digits)
    exact = Decimal(ns).scaleb(-9)
    return abs(value - exact) < unit


def check_variants(res, capture, args, env, workdir, base_out, base_index, theirs_frames):
    base = {e["stream"]: read_capture(Path(base_out, e["file"])) for e in base_index
            if isinstance(e.get("stream"), int) and e.get("file")}
    original = read_capture(capture)
    by_number = {r.number: r for r in original.records}
    for extra, want_be, want_ns in ((["--trace-byteorder", "big"], True, None),
                                    (["--trace-byteorder", "little"], False, None),
                                    (["--trace-nanosecond"], None, True),
                                    (["--trace-byteorder", "big", "--trace-nanosecond"], True, True)):
        label = " ".join(extra)
        out = Path(workdir, capture.name + ".variant")
        index, problem = run_trace(args, capture, out, extra)
        if index is None:
            res.disagreements.append((None, "variant", f"{label}: {problem}"))
            continue
        bad = []
        streams = {e.get("stream") for e in index}
        if streams != set(base):
            bad.append(f"streams {sorted(streams)}, default run {sorted(base)}")
        for entry in index:
            path = Path(out, entry.get("file", ""))
            flow = read_capture(path)
            ref = base.get(entry.get("stream"))
            if flow.problem:
                bad.append(f"{entry.get('file')}: {flow.problem}")
                continue
            if want_be is not None and flow.big_endian != want_be:
                bad.append(f"{entry.get('file')}: {'big' if flow.big_endian else 'little'}-endian")
            if want_ns and not flow.nanosecond:
                bad.append(f"{entry.get('file')}: not a nanosecond pcap")
            if ref is None:
                continue
            if [r.key() for r in flow.records] != [r.key() for r in ref.records] or \
                    flow.linktype != ref.linktype:
                bad.append(f"{entry.get('file')}: other records or link type than the default run")
                continue
            base_held = next((e.get("_held", []) for e in base_index
                              if e.get("stream") == entry.get("stream")), [])
            if flow.nanosecond:
                if [r.ns for r in flow.records] != [by_number[n].ns for n in base_held]:
                    bad.append(f"{entry.get('file')}: nanosecond times differ from the "
                               "original frames'")
            elif [r.ns for r in flow.records] != [r.ns for r in ref.records]:
                bad.append(f"{entry.get('file')}: times differ from the default run")
            # tshark reads the variant like the default file.
            # tshark reads the variant: the original frames' times (to the file's precision),
            # lengths and captured lengths.
            rows, problem = tshark_fields(args, env, path, FRAME_FIELDS)
            if problem:
                bad.append(f"{entry.get('file')}: tshark: {problem}")
            got = [(c[1] if flow.nanosecond else usec_text(c[1]), c[2], c[3]) for c in rows or []]
            want = [theirs_frames.get(n) for n in base_held]
            want = [(w[0] if flow.nanosecond else usec_text(w[0]), w[1], w[2]) if w else None
                    for w in want]
            if got != want:
                bad.append(f"{entry.get('file')}: tshark reads {got[:2]}... ({len(got)}), the "
                           f"original frames are {want[:2]}... ({len(want)})")
        shutil.rmtree(out, ignore_errors=True)
        res.variants.append(f"{label}: {len(index)} flows" + (" agree" if not bad else ""))
        for b in bad:
            res.disagreements.append((None, "variant", f"{label}: {b}"))


def check_json(res, capture, args, workdir, base_index, disagree):
    out = Path(workdir, capture.name + ".json")
    index, problem = run_trace(args, capture, out, ["--trace-format", "json"])
    if index is None:
        disagree(None, "json", f"--trace-format json: {problem}")
        return
    bad = []
    held = {e["stream"]: e.get("_held", []) for e in base_index if isinstance(e.get("stream"), int)}
    for entry in index:
        path = Path(out, entry.get("file", ""))
        try:
            doc = json.loads(path.read_text())
        except (OSError, ValueError) as error:
            bad.append(f"{entry.get('file')}: {error}")
            continue
        names = frame_names(doc)
        want = [f"Frame {n}" for n in held.get(entry.get("stream"), [])]
        if names != want:
            bad.append(f"stream {entry.get('stream')} {entry.get('file')}: entries "
                       f"{names[:6]}{'...' if len(names) > 6 else ''} ({len(names)}), want "
                       f"{want[:6]}{'...' if len(want) > 6 else ''} ({len(want)})")
        if entry.get("packets") != len(names):
            bad.append(f"stream {entry.get('stream')}: index packets {entry.get('packets')}, "
                       f"{len(names)} Frame entries")
    shutil.rmtree(out, ignore_errors=True)
    res.variants.append(f"--trace-format json: {len(index)} flows" + (" agree" if not bad else ""))
    for b in bad:
        disagree(None, "json", f"--trace-format json: {b}")


def frame_names(doc):
    """The "Frame N" keys of a JSON report, in order (top level or one level down)."""
    if isinstance(doc, dict):
        names = [k for k in doc if isinstance(k, str) and k.startswith("Frame ")]
        if names:
            return names
        for value in doc.values():
            if isinstance(value, dict):
                names = [k for k in value if isinstance(k, str) and k.startswith("Frame ")]
                if names:
                    return names
    return []


# --------------------------------------------------------------------------------------------
# Main


def main():
    ap = argparse.ArgumentParser(description="Compare jspcapy's per-flow traces with tshark's "
                                             "tcp.stream.")
    ap.add_argument("files", nargs="*", help="capture files (besides the manifest's)")
    ap.add_argument("--jspcapy", required=True)
    ap.add_argument("--captures", help="the shared capture directory")
    ap.add_argument("--manifest", help="MANIFEST.tsv: the captures with tcp in protocols")
    ap.add_argument("--allow", help="allow list: capture<TAB>stream<TAB>reason")
    ap.add_argument("--variant-captures", nargs="*", default=list(VARIANT_CAPTURES),
                    help="captures (names or paths) to trace with --trace-byteorder and "
                         "--trace-nanosecond too")
    ap.add_argument("--json-capture", default=JSON_CAPTURE,
                    help="the capture to trace with --trace-format json")
    ap.add_argument("--ip", action="store_true",
                    help="trace with --ip (IP reassembly) and compare with tshark's defragmenting "
                         "(without it, tshark runs with ip/ipv6.defragment off)")
    ap.add_argument("--tshark", default="tshark")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per jspcapy run")
    ap.add_argument("--tshark-timeout", type=float, default=300, help="seconds per tshark run")
    ap.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    args = ap.parse_args()
    captures = [Path(f) for f in args.files]
    if args.captures:
        manifest = Path(args.manifest) if args.manifest else Path(args.captures, "MANIFEST.tsv")
        captures += [Path(args.captures, name) for name in manifest_captures(manifest, "tcp")]
    if not captures:
        ap.error("no captures: give --captures DIR [--manifest FILE] or capture files")
    for c in captures:
        if not c.is_file():
            raise SystemExit(f"trace_compare: no such capture: {c}")
    args.variant_paths = {Path(v).resolve() for v in args.variant_captures if Path(v).is_file()}
    allow = read_allow(args.allow, "trace_compare", ["stream", "kind"],
                       lambda k: (k[0] == "*" or k[0].isdigit()) and k[1] in KINDS)

    with tempfile.TemporaryDirectory(prefix="trace_compare.") as workdir:
        env = tshark_env(workdir)
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(lambda c: compare(c, args, env, workdir), captures))

    failures = allowed = 0
    for res in results:
        for note in res.notes:
            print(f"  [note] {res.capture}: {note}")
        for variant in res.variants:
            print(f"  [variant] {res.capture}: {variant}")
        for stream, kind, text in res.disagreements:
            hit = next((a for a in allow if a.matches(res.capture, stream, kind)), None) \
                if stream is not None else None
            if hit:
                hit.used = True
                allowed += 1
                print(f"  [allowed] {res.capture} {text} -- {hit.reason}")
            else:
                failures += 1
                print(f"  {res.capture} {text}")
    stale = stale_entries(allow, results)
    for a in stale:
        print(f"  allow list line {a.line}: stale entry {a.describe()}")
    total = lambda key: sum(getattr(r, key) for r in results)  # noqa: E731
    print(f"captures: {len(results)}  tcp.streams (tshark): {total('streams')}  flows (ours): "
          f"{total('flows')}  flows agreeing: {total('agreed')}  flow records compared: "
          f"{total('frames')}  flow files read by tshark: {total('tshark_reads')}  variant runs: "
          f"{sum(len(r.variants) for r in results)}")
    print(f"disagreements: {failures + allowed} ({allowed} allowed), stale allow entries: "
          f"{len(stale)}")
    return 1 if failures or stale else 0


if __name__ == "__main__":
    sys.exit(main())
