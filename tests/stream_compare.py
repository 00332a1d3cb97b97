#!/usr/bin/env python3
"""TCP stream reassembly against tshark: for every shared capture with TCP (MANIFEST protocols
include "tcp") and every capture named on the command line, each direction of each connection
that stream_dump reassembles must hold the bytes tshark's "follow,tcp,raw" shows for it, under
the same stream index (tcp.stream), with the same holes.

  * Streams: tshark's tcp.stream indices and its follow "Node 0/1" endpoints; stream_dump's
    line for the same index must have the same two endpoints (a connection only one side has,
    or one found under another index, is a disagreement). Directions are matched by endpoint.
  * Bytes: tshark 4.x's follow prints one line per segment that adds data, node 1's lines after
    a tab; bytes cut by the snapshot length are skipped without a mark (seq advances by the
    segment's wire length), and a hole the peer acknowledged becomes a record
    "[N bytes missing in capture file]\\0". Those records are taken out (and counted as tshark's
    gaps); what is left must equal stream_dump's bytes, which leave every gap out.
  * Gaps: every hole stream_dump reports as lost or buffer_limit must end where tshark flags a
    segment of that direction as "previous segment not captured" (tcp.analysis.lost_segment,
    at relative sequence number = end offset + 1: tshark's relative seq 1 is byte 0, with or
    without a SYN); a lost_segment flag with no such gap of ours is fine only where our bytes
    run on without a gap across it (the hole was filled later: the byte comparison then checks
    the filling). Each "[N bytes missing]" record must sit where one of our holes of N bytes
    does. not_captured gaps (snapshot length) are counted but have no tshark counterpart.
  * tshark's follow keeps a segment that arrives after a hole until the hole is filled or the
    peer acknowledges past it, and drops it at the end of the capture otherwise; stream_dump
    hands such data on after a lost gap. That shows as a disagreement (tshark's bytes are a
    prefix of ours, ending at our gap) and says so; allow it only after looking at the packets.

Disagreements can be allowed in an allow list (capture<TAB>stream<TAB>dir<TAB>reason; stream
and dir may be "*"); each entry must match something, or it is reported as stale.

Standard library only.
Usage: stream_compare.py --dump build/tests/stream_dump --captures DIR --manifest MANIFEST.tsv
       [--allow tests/stream_allow.tsv] [CAPTURE ...]
"""

import argparse
import concurrent.futures
import ipaddress
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from compare_common import manifest_captures, read_allow, stale_entries, tshark_env

CAPTURE_SUFFIXES = (".pcap", ".pcapng", ".cap", ".pcap.gz", ".pcapng.gz")
FOLLOW_BATCH = 400  # -z follow taps per tshark run
SEPARATOR = "=" * 60
MISSING = re.compile(rb"\[(\d+) bytes missing in capture file\]\x00")
NODE = re.compile(r"Node ([01]): (?:\[(.*)\]|(.*)):(\d+)$")


# --------------------------------------------------------------------------------------------
# Inputs


def endpoint(addr, port):
    try:
        addr = str(ipaddress.ip_address(addr))
    except ValueError:
        pass
    return (addr, int(port))


def show(ep):
    return f"[{ep[0]}]:{ep[1]}" if ":" in ep[0] else f"{ep[0]}:{ep[1]}"


# --------------------------------------------------------------------------------------------
# stream_dump


@dataclass
class OurDir:
    src: tuple
    dst: tuple
    first: int
    why: str
    gaps: list          # (offset, length, cause)
    data: bytes


def ours(dump, capture):
    try:
        run = subprocess.run([dump, str(capture)], capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        return -1, f"cannot run {dump}: {error}", {}
    conns = {}
    for line in run.stdout.decode().splitlines():
        cols = line.split("\t")
        if len(cols) != 10:
            raise SystemExit(f"stream_compare: {capture.name}: bad stream_dump line: {line[:200]}")
        index, direction = int(cols[0]), int(cols[1])
        gaps = []
        if cols[8] != "-":
            for g in cols[8].split(","):
                where, cause = g.split(":")
                offset, length = where.split("+")
                gaps.append((int(offset), int(length), cause))
        conns.setdefault(index, {})[direction] = OurDir(
            endpoint(cols[2], cols[3]), endpoint(cols[4], cols[5]), int(cols[6]), cols[7], gaps, bytes.fromhex(cols[9]))
    return run.returncode, run.stderr.decode(errors="replace").strip(), conns


# --------------------------------------------------------------------------------------------
# tshark


def tshark(args, env):
    return subprocess.run(["tshark", "-n", *args], capture_output=True, env=env,
                          timeout=300).stdout.decode("utf-8", "replace")


@dataclass
class TheirStream:
    nodes: list = field(default_factory=list)        # two endpoints
    data: list = field(default_factory=lambda: [bytearray(), bytearray()])
    missing: list = field(default_factory=lambda: [[], []])  # [N bytes missing] records: (offset, N)
    lost: list = field(default_factory=lambda: [[], []])     # lost_segment frames: (frame, relseq)
    frames: list = field(default_factory=list)  # (frame, srcs, srcport, dsts, dstport, relseq, lost)
    seen: bool = True                            # the follow tap saw a segment


def theirs(capture, env, guess):
    """{tcp.stream: TheirStream}. One tshark run prints the fields of every TCP frame and then
    (taps are drawn at the end) the follow output of streams 0..guess-1; streams beyond the
    guess are followed in another run."""
    fields = ["tcp.stream", "frame.number", "ip.src", "ipv6.src", "tcp.srcport", "ip.dst",
              "ipv6.dst", "tcp.dstport", "tcp.seq", "tcp.analysis.lost_segment"]
    out = tshark(["-r", str(capture), "-o", "tcp.analyze_sequence_numbers:TRUE",
                  "-o", "tcp.relative_sequence_numbers:TRUE", "-T", "fields", "-E", "separator=/t",
                  "-E", "occurrence=a", "-E", "aggregator=,"]
                 + [a for f in fields for a in ("-e", f)] + follow_args(range(guess)), env)
    cut = out.find("\n" + SEPARATOR)
    listing, follow = (out, "") if cut < 0 else (out[:cut], out[cut:])
    streams = {}
    addrs = lambda v4, v6: {endpoint(a, 0)[0] for a in (v4.split(",") + v6.split(",")) if a}
    last = lambda v: v.split(",")[-1]
    for line in listing.splitlines():
        c = line.split("\t")
        if len(c) != len(fields) or not c[0]:
            continue
        s = streams.setdefault(int(c[0].split(",")[0]), TheirStream())
        s.frames.append((int(c[1]), addrs(c[2], c[3]), int(last(c[4]) or 0), addrs(c[5], c[6]),
                         int(last(c[7]) or 0), int(last(c[8]) or 0), bool(c[9])))
    parse_follow(follow, streams)
    rest = [i for i in sorted(streams) if i >= guess]
    for start in range(0, len(rest), FOLLOW_BATCH):
        batch = rest[start:start + FOLLOW_BATCH]
        parse_follow(tshark(["-r", str(capture), "-q"] + follow_args(batch), env), streams)
    for s in streams.values():
        if not s.nodes or not any(addr for addr, _ in s.nodes):
            # tshark's follow tap saw no segment of the stream: name it by its first frame
            first = s.frames[0]
            s.nodes = [(min(first[1], default="?"), first[2]), (min(first[3], default="?"), first[4])]
            s.seen = False
        for frame, srcs, sport, dsts, dport, relseq, lost in s.frames:
            if lost:
                d = direction_of(s.nodes, srcs, sport, dsts, dport)
                if d is not None:
                    s.lost[d].append((frame, relseq))
    return streams


def follow_args(indices):
    return [a for i in indices for a in ("-z", f"follow,tcp,raw,{i}")]


def parse_follow(out, streams):
    """Adds tshark's follow output to the streams of the field listing (others are ignored)."""
    current = None
    for line in out.splitlines():
        if line.startswith("Filter: tcp.stream eq "):
            current = streams.get(int(line.split()[-1]))
            if current is not None:
                current.nodes = []
            continue
        if line.startswith(SEPARATOR):
            if current is not None and len(current.nodes) == 2:
                current = None  # the end of a stream's block
            continue
        if line.startswith("Follow: "):
            continue
        m = NODE.match(line)
        if m and current is not None:
            current.nodes.append(endpoint(m.group(2) or m.group(3), m.group(4)))
            continue
        if current is None or not line.strip():
            continue
        node = 1 if line.startswith("\t") else 0
        record = bytes.fromhex(line.strip())
        missing = MISSING.fullmatch(record)
        if missing:
            current.missing[node].append((len(current.data[node]), int(missing.group(1))))
        else:
            current.data[node] += record


def direction_of(nodes, srcs, sport, dsts, dport):
    for d in (0, 1):
        if nodes[d][1] == sport and nodes[1 - d][1] == dport and nodes[d][0] in srcs and nodes[1 - d][0] in dsts:
            return d
    return None


# --------------------------------------------------------------------------------------------
# Comparison


@dataclass
class Result:
    capture: str
    streams: int = 0
    directions: int = 0
    agreed: int = 0
    bytes: int = 0
    our_gaps: dict = field(default_factory=lambda: {"lost": 0, "buffer_limit": 0, "not_captured": 0})
    their_lost: int = 0
    their_missing: int = 0
    problems: list = field(default_factory=list)   # (stream, dir, text)


def first_difference(a, b):
    n = min(len(a), len(b))
    for i in range(0, n, 4096):
        j = min(i + 4096, n)
        if a[i:j] != b[i:j]:
            return next(k for k in range(i, j) if a[k] != b[k])
    return n


def compare_direction(res, index, d, mine, their, tdir):
    """One direction: bytes and gaps. Returns True when it agrees."""
    problems = []
    tdata = bytes(their.data[tdir])
    res.bytes += max(len(mine.data), len(tdata))
    holes = [(o, n, c) for o, n, c in mine.gaps if c != "not_captured"]
    # Where each of our gaps falls in the bytes with the gaps left out.
    before, squeezed = 0, {}
    for o, n, c in mine.gaps:
        squeezed[(o, n)] = o - before
        before += n
    for _, _, c in mine.gaps:
        res.our_gaps[c] = res.our_gaps.get(c, 0) + 1
    if mine.data != tdata:
        at = first_difference(mine.data, tdata)
        text = f"bytes differ at offset {at}: ours {len(mine.data)} bytes, tshark {len(tdata)} bytes"
        if at == len(tdata) and any(squeezed[(o, n)] == at for o, n, _ in holes):
            text += (" (tshark's follow stops at our lost gap: it drops out-of-order data after a hole "
                     "the peer never acknowledged)")
        problems.append(text)
    # Our holes against tshark's lost_segment flags and its "[N bytes missing]" records.
    flagged = {relseq for _, relseq in their.lost[tdir]}
    for o, n, c in holes:
        if o + n + 1 not in flagged:
            problems.append(f"our {c} gap {o}+{n}: tshark flags no 'previous segment not captured' "
                            f"at relative seq {o + n + 1}")
    hole_ends = {o + n + 1 for o, n, _ in holes}
    for frame, relseq in their.lost[tdir]:
        inside = [(o, n, c) for o, n, c in mine.gaps if o < relseq - 1 <= o + n]
        if relseq not in hole_ends and inside:
            o, n, c = inside[0]
            problems.append(f"tshark frame {frame}: previous segment not captured at relative seq "
                            f"{relseq}; our {c} gap {o}+{n} ends elsewhere")
    for at, n in their.missing[tdir]:
        if not any(squeezed[(o, k)] == at and k == n for o, k, _ in holes):
            problems.append(f"tshark's follow: [{n} bytes missing in capture file] after {at} bytes; "
                            "ours has no such gap")
    res.problems += [(index, d, text) for text in problems]
    return not problems


def compare_capture(capture, args, env):
    res = Result(capture.name)
    rc, err, mine = ours(args.dump, capture)
    if rc != 0:
        res.problems.append(("-", "-", f"stream_dump exit status {rc}: {err[:200]}"))
    streams = theirs(capture, env, max(mine, default=-1) + 1)
    res.streams = len(streams)
    res.their_lost = sum(len(s.lost[0]) + len(s.lost[1]) for s in streams.values())
    res.their_missing = sum(len(s.missing[0]) + len(s.missing[1]) for s in streams.values())
    ends = lambda conn: {conn[0].src, conn[0].dst}
    # tshark's index -> ours: the same index with the same ends, else (a disagreement) the first
    # connection of ours with the same ends that no tshark stream has taken.
    pairs = {n: n for n in streams if n in mine and ends(mine[n]) == set(streams[n].nodes)}
    for n in sorted(set(streams) - set(pairs)):
        free = [m for m in sorted(mine) if m not in pairs.values() and ends(mine[m]) == set(streams[n].nodes)]
        their = streams[n]
        what = f"ours has it as index {free[0]}" if free else "ours has no connection with these ends"
        if not their.seen:
            what += " (tshark's follow saw no segment of it)"
        res.problems.append((n, "*", f"tshark stream {show(their.nodes[0])} - {show(their.nodes[1])} "
                                     f"(first frame {their.frames[0][0]}): {what}"))
        if free:
            pairs[n] = free[0]
        else:
            res.directions += 2
    for n, m in sorted(pairs.items()):
        their, conn = streams[n], mine[m]
        for d in (0, 1):
            res.directions += 1
            tdir = their.nodes.index(conn[d].src) if d in conn and conn[d].src in their.nodes else None
            if tdir is None or their.nodes[1 - tdir] != conn[d].dst:
                res.problems.append((n, d, "our direction matches no tshark node"))
            elif compare_direction(res, n, d, conn[d], their, tdir):
                res.agreed += 1
    for m in sorted(set(mine) - set(pairs.values())):
        conn = mine[m]
        res.directions += 2
        res.problems.append((m, "*", f"ours only: {show(conn[0].src)} - {show(conn[0].dst)} "
                                     f"(first frame {conn[0].first}, closed: {conn[0].why}); "
                                     "tshark has no stream with these ends left to match"))
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help="extra capture files")
    ap.add_argument("--dump", required=True, help="the stream_dump executable")
    ap.add_argument("--captures", help="the shared capture directory")
    ap.add_argument("--manifest", help="MANIFEST.tsv: the captures whose protocols include tcp")
    ap.add_argument("--allow", help="allow list: capture<TAB>stream<TAB>dir<TAB>reason")
    ap.add_argument("--jobs", type=int, default=min(8, os.cpu_count() or 1))
    args = ap.parse_args()
    captures = [Path(f) for f in args.files]
    if args.captures:
        if args.manifest:
            names = manifest_captures(args.manifest, "tcp")
        else:
            names = sorted(p.name for p in Path(args.captures).iterdir() if p.name.endswith(CAPTURE_SUFFIXES))
        captures += [Path(args.captures, n) for n in names]
    if not captures:
        ap.error("no captures: give --captures (and --manifest) or capture files")
    for c in captures:
        if not c.is_file():
            raise SystemExit(f"stream_compare: no such capture: {c}")
    allow = read_allow(args.allow, "stream_compare", ["stream", "dir"],
                       lambda k: (k[0] == "*" or k[0].isdigit()) and k[1] in ("*", "0", "1"))
    with tempfile.TemporaryDirectory(prefix="stream_compare.") as workdir:
        env = tshark_env(workdir)
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(lambda c: compare_capture(c, args, env), captures))

    failures = allowed = 0
    for res in results:
        for index, d, text in res.problems:
            hit = next((a for a in allow if a.matches(res.capture, index, d)), None)
            if hit:
                hit.used = True
                allowed += 1
                print(f"  {res.capture} stream {index} dir {d}: {text}  [allowed: {hit.reason}]")
            else:
                failures += 1
                print(f"  {res.capture} stream {index} dir {d}: {text}")
    stale = stale_entries(allow, results)
    for a in stale:
        print(f"  allow list line {a.line}: stale entry {a.describe()}")
    total = lambda key: sum(getattr(r, key) for r in results)
    gaps = {k: sum(r.our_gaps.get(k, 0) for r in results) for k in ("lost", "buffer_limit", "not_captured")}
    print(f"captures: {len(results)}  streams: {total('streams')}  directions: {total('directions')}  "
          f"agreeing: {total('agreed')}/{total('directions')}  bytes compared: {total('bytes')}")
    print(f"gaps: ours lost {gaps['lost']}, buffer_limit {gaps['buffer_limit']}, not_captured "
          f"{gaps['not_captured']}; tshark lost_segment frames {total('their_lost')}, "
          f"follow 'bytes missing' records {total('their_missing')}")
    print(f"disagreements: {failures + allowed} ({allowed} allowed), stale allow entries: {len(stale)}")
    return 1 if failures or stale else 0


if __name__ == "__main__":
    sys.exit(main())
