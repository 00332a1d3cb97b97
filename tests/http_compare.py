#!/usr/bin/env python3
"""HTTP over reassembled TCP against tshark: for every shared capture whose MANIFEST protocols
include "http" (and every capture named on the command line), the HTTP messages
`jspcapy CAP --tcp -f jsonl` finds over the reassembled TCP streams must be the ones tshark
shows with TCP and HTTP desegmentation on (header and body) and chunked bodies de-chunked.

  * Matching: tshark shows an HTTP layer in the frame that completes each message (several
    layers when one frame completes several pipelined messages); ours lists the frames a
    message's bytes came from in "index", the last one completing it. Messages are matched by
    (completing frame, tcp.stream), in order within a frame. A body delimited by the close of
    the connection is the one known shift: tshark completes it in the FIN (or RST) segment of
    that direction, ours in the last segment that carried bytes; an unmatched message of ours
    and an unmatched tshark message of the same stream and direction are paired when tshark's
    frame has FIN or RST and no segment with payload of that direction lies between the two.
  * Fields: request method, request target (tshark's http.request.uri) and status code.
  * Body: where tshark gives the message's body (http.file_data; decompression is off, so
    that is the de-chunked but still content-coded body, as ours), its length must equal our
    "length" (the decoded body length of chunked messages, the body length of the others).
  * Disagreements: messages only one side has, or matched messages whose fields or body
    length differ. Incomplete messages of ours (completed false: the capture ends inside the
    message) that tshark does not show are counted but are no disagreement: tshark shows no
    HTTP layer for a PDU it never completes.

Disagreements can be allowed in an allow list (capture<TAB>frame<TAB>reason, frame may be
"*"); each entry must match something, or it is reported as stale.

Standard library only.
Usage: http_compare.py --jspcapy build/cli/jspcapy --captures DIR --manifest MANIFEST.tsv
       [--allow tests/http_allow.tsv] [CAPTURE ...]
"""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from compare_common import manifest_captures, read_allow, stale_entries, tshark_env

TSHARK_PREFS = ["-o", "tcp.desegment_tcp_streams:TRUE", "-o", "http.desegment_headers:TRUE",
                "-o", "http.desegment_body:TRUE", "-o", "http.dechunk_body:TRUE",
                "-o", "http.decompress_body:FALSE", "-o", "tcp.reassemble_out_of_order:TRUE"]


# --------------------------------------------------------------------------------------------
# Inputs


# --------------------------------------------------------------------------------------------
# The two sides


@dataclass
class Message:
    frame: int            # the completing frame
    stream: int
    kind: str             # "request" or "response"
    method: str = ""
    uri: str = ""
    code: str = ""
    body: int | None = None   # body length (ours: "length"; tshark: http.file_data size)
    completed: bool = True
    frames: list = field(default_factory=list)   # the frames its bytes came from
    ident: str = ""       # how to name it in a report
    sport: int = 0        # source port of the completing frame (the direction)
    dport: int = 0

    def describe(self):
        if self.kind == "request":
            uri = self.uri if len(self.uri) <= 80 else self.uri[:77] + "..."
            return f"{self.method} {uri}"
        return f"response {self.code}"


def ours(jspcapy, capture, workdir, timeout):
    out = Path(workdir, capture.name + ".jsonl")
    try:
        run = subprocess.run([jspcapy, str(capture), "--tcp", "-f", "jsonl", "-o", str(out)],
                             capture_output=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"cannot run jspcapy: {error}", []
    if run.returncode not in (0, 2):
        return f"jspcapy exit status {run.returncode}: {run.stderr.decode(errors='replace')[:200]}", []
    messages = []
    with open(out, encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, 1):
            if '"HTTP"' not in line:
                continue
            obj = json.loads(line)
            if obj.get("protocol") != "HTTP" or "message" not in obj:
                continue
            header = obj.get("header") or {}
            index = obj.get("index") or []
            if not index:
                return f"output line {number}: HTTP message {obj['message']} has no frames", messages
            m = Message(frame=index[-1], stream=obj["stream"], kind=obj.get("receipt", ""),
                        frames=list(index),
                        body=obj.get("length"), completed=bool(obj.get("completed")),
                        ident=f"HTTP {obj['message']}")
            if "request" in header:
                m.kind = "request"
                m.method = header["request"].get("method", "")
                m.uri = header["request"].get("target", "")
            elif "response" in header:
                m.kind = "response"
                m.code = str(header["response"].get("status", ""))
            messages.append(m)
    out.unlink()
    return "", messages


def tshark_messages(tshark, capture, env, timeout):
    """Messages from tshark's PDML of the frames that show HTTP over TCP."""
    command = [tshark, "-r", str(capture), "-n", *TSHARK_PREFS, "-Y", "http && tcp",
               "-T", "pdml", "-J", "frame tcp http tcp.segments"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    messages, problem = [], ""
    try:
        for _, packet in ET.iterparse(proc.stdout):
            if packet.tag == "packet":
                messages += packet_messages(packet)
                packet.clear()
    except ET.ParseError as error:
        problem = f"tshark's PDML does not parse: {error}"
    finally:
        proc.stdout.close()
        status = proc.wait(timeout=timeout)
    if status != 0:
        problem = problem or f"tshark exit status {status}"
    return problem, messages


def packet_messages(packet):
    """The HTTP layers of one PDML packet, each with the frames its PDU came from."""
    frame = stream = None
    layers = []
    segments = None   # the segments of the reassembled PDU the next HTTP layer dissects
    for proto in packet.findall("proto"):
        name = proto.get("name")
        if name == "frame":
            frame = next((int(f.get("show")) for f in proto.iter("field")
                          if f.get("name") == "frame.number"), frame)
        elif name == "tcp" and stream is None:
            stream = next((int(f.get("show")) for f in proto.iter("field")
                           if f.get("name") == "tcp.stream"), None)
        elif name == "fake-field-wrapper":   # where tshark puts "N Reassembled TCP Segments"
            found = [(int(f.get("show")), int(f.get("pos", "0")), int(f.get("size", "0")))
                     for f in proto.iter("field") if f.get("name") == "tcp.segment"]
            if found:
                segments = contributing(found)
        elif name == "http":
            layers.append((proto, segments))
            segments = None
    messages = []
    for layer, frames in layers:
        values = {}
        for f in layer.iter("field"):
            key = f.get("name")
            if key in ("http.request.method", "http.request.uri", "http.response.code",
                       "http.request", "http.response") and key not in values:
                values[key] = f.get("show", "")
            elif key == "http.file_data" and key not in values:
                values[key] = int(f.get("size", "0"))
        if "http.request.method" in values or "http.request" in values:
            kind = "request"
        elif "http.response.code" in values or "http.response" in values:
            kind = "response"
        else:
            kind = "continuation"  # no start line: a body segment tshark labels HTTP
        messages.append(Message(frame=frame, stream=stream, kind=kind,
                                method=values.get("http.request.method", ""),
                                uri=values.get("http.request.uri", ""),
                                code=values.get("http.response.code", ""),
                                body=values.get("http.file_data"), frames=frames or [frame]))
    return messages


def contributing(segments):
    """The frames of tshark's segment list that add bytes, taking them in arrival order and
    keeping the bytes that arrived first: tshark also lists retransmissions whose bytes it
    already had (and segments with no payload, like the FIN closing a body)."""
    covered = []   # disjoint [start, end) ranges
    frames = []
    for frame, start, size in sorted(segments):
        end, pos, new = start + size, start, False
        for a, b in sorted(covered):
            if b <= pos:
                continue
            if a > pos:
                new = True
                break
            pos = max(pos, b)
            if pos >= end:
                break
        if pos < end:
            new = True
        if new:
            frames.append(frame)
            covered.append((start, end))
    return frames


def tshark_segments(tshark, capture, env, timeout):
    """{frame: (stream, srcport, dstport, payload length, fin or rst)} for TCP frames."""
    command = [tshark, "-r", str(capture), "-n", *TSHARK_PREFS, "-Y", "tcp", "-T", "fields",
               "-E", "separator=/t", "-E", "occurrence=f", "-e", "frame.number",
               "-e", "tcp.stream", "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "tcp.len",
               "-e", "tcp.flags.fin", "-e", "tcp.flags.reset"]
    out = subprocess.run(command, capture_output=True, env=env, timeout=timeout).stdout
    result = {}
    for line in out.decode("utf-8", "replace").splitlines():
        cols = line.split("\t") + [""] * 7
        if not cols[0].isdigit() or not cols[1].isdigit():
            continue
        flag = any(c in ("1", "True") for c in cols[5:7])
        result[int(cols[0])] = (int(cols[1]), int(cols[2] or 0), int(cols[3] or 0),
                                int(cols[4] or 0), flag)
    return result


# --------------------------------------------------------------------------------------------
# Comparing one capture


@dataclass
class Result:
    capture: str
    problem: str = ""
    ours: int = 0
    theirs: int = 0
    matched: int = 0
    close_shift: int = 0          # matched across the FIN shift
    incomplete: list = field(default_factory=list)   # ours, incomplete, tshark shows none
    continuations: int = 0        # tshark layers without a start line (not messages)
    fields: int = 0               # field comparisons
    indexes: int = 0              # frame list comparisons
    bodies: int = 0               # body length comparisons
    chunked: int = 0              # of those, chunked bodies
    disagreements: list = field(default_factory=list)  # (frame, text)


def compare(capture, args, env, workdir):
    res = Result(capture.name)
    problem, mine = ours(args.jspcapy, capture, workdir, args.timeout)
    theirs_problem, theirs = tshark_messages(args.tshark, capture, env, args.tshark_timeout)
    segments = tshark_segments(args.tshark, capture, env, args.tshark_timeout)
    res.problem = "; ".join(p for p in (problem, theirs_problem) if p)
    res.continuations = sum(1 for t in theirs if t.kind == "continuation")
    theirs = [t for t in theirs if t.kind != "continuation"]
    res.ours, res.theirs = len(mine), len(theirs)
    for m in mine + theirs:
        seg = segments.get(m.frame)
        if seg:
            m.sport, m.dport = seg[1], seg[2]
    chunked = chunked_frames(args.tshark, capture, env, args.tshark_timeout) if theirs else set()

    by_key = {}
    for t in theirs:
        by_key.setdefault((t.frame, t.stream), []).append(t)
    pairs, only_ours, disagree_later = [], [], []
    for m in mine:
        queue = by_key.get((m.frame, m.stream))
        if queue:
            pairs.append((m, queue.pop(0), False))
        else:
            only_ours.append(m)
    only_theirs = [t for q in by_key.values() for t in q]

    # The close-delimited shift: tshark completes in the FIN/RST of the same direction.
    for m in list(only_ours):
        for t in sorted(only_theirs, key=lambda t: t.frame):
            seg = segments.get(t.frame)
            if (t.stream != m.stream or t.frame <= m.frame or not seg or not seg[4]
                    or (t.sport, t.dport) != (m.sport, m.dport)):
                continue
            between = [n for n in range(m.frame + 1, t.frame) if n in segments
                       and segments[n][0] == m.stream and segments[n][1:3] == (m.sport, m.dport)
                       and segments[n][3] > 0]
            if not between:
                pairs.append((m, t, True))
                only_ours.remove(m)
                only_theirs.remove(t)
                break

    # The same completing frame under another stream index: a stream numbering difference.
    for m in list(only_ours):
        t = next((t for t in only_theirs if t.frame == m.frame and t.kind == m.kind), None)
        if t:
            disagree_later.append((m.frame, f"frame {m.frame}: {m.ident} ({m.describe()}) is in "
                                   f"stream {m.stream}, tshark's in tcp.stream {t.stream}"))
            pairs.append((m, t, False))
            only_ours.remove(m)
            only_theirs.remove(t)

    def disagree(frame, text):
        res.disagreements.append((frame, text))

    res.disagreements += disagree_later
    for m, t, shifted in sorted(pairs, key=lambda p: p[0].frame):
        res.matched += 1
        res.close_shift += shifted
        where = (f"frame {m.frame}" + (f" (tshark: frame {t.frame}, the FIN/RST closing the body)"
                                       if shifted else "") + f", stream {m.stream}")
        res.fields += 1
        if m.kind != t.kind:
            disagree(m.frame, f"{where}: {m.ident} is a {m.kind} ({m.describe()}), tshark shows a "
                     f"{t.kind} ({t.describe()})")
            continue
        diffs = []
        if m.kind == "request":
            if m.method != t.method:
                diffs.append(f"method {m.method!r}, tshark {t.method!r}")
            if m.uri != t.uri:
                diffs.append(f"target {m.uri!r}, tshark uri {t.uri!r}")
        elif m.code != t.code:
            diffs.append(f"status {m.code}, tshark {t.code}")
        if t.body is not None:
            res.bodies += 1
            is_chunked = t.frame in chunked
            res.chunked += is_chunked
            if m.body != t.body:
                diffs.append(f"{'de-chunked ' if is_chunked else ''}body length {m.body}, "
                             f"tshark http.file_data {t.body} bytes")
        res.indexes += 1
        if sorted(set(m.frames)) != sorted(set(t.frames)):
            extra, lacking = sorted(set(m.frames) - set(t.frames)), sorted(set(t.frames) - set(m.frames))
            diffs.append("index " + (f"lacks frame(s) {lacking} tshark reassembled it from"
                                     if lacking else "")
                         + ("; " if lacking and extra else "")
                         + (f"has frame(s) {extra} not among tshark's segments" if extra else ""))
        if diffs:
            disagree(m.frame, f"{where}: {m.ident} ({m.describe()}): " + "; ".join(diffs))
    for m in only_ours:
        if not m.completed:
            res.incomplete.append(f"frame {m.frame}, stream {m.stream}: {m.ident} "
                                  f"({m.describe()}) is incomplete")
            continue
        disagree(m.frame, f"frame {m.frame}, stream {m.stream}: {m.ident} ({m.describe()}) "
                 "only in ours")
    for t in only_theirs:
        disagree(t.frame, f"frame {t.frame}, stream {t.stream}: tshark's {t.describe()} only in "
                 "tshark")
    return res


def chunked_frames(tshark, capture, env, timeout):
    """Frames where tshark de-chunked a body."""
    command = [tshark, "-r", str(capture), "-n", *TSHARK_PREFS, "-Y", "http.chunk_size",
               "-T", "fields", "-e", "frame.number"]
    out = subprocess.run(command, capture_output=True, env=env, timeout=timeout).stdout
    return {int(x) for x in out.decode().split() if x.isdigit()}


# --------------------------------------------------------------------------------------------
# Main


def main():
    ap = argparse.ArgumentParser(description="Compare jspcapy's HTTP messages over reassembled "
                                             "TCP with tshark's.")
    ap.add_argument("files", nargs="*", help="capture files (besides the manifest's)")
    ap.add_argument("--jspcapy", required=True)
    ap.add_argument("--captures", help="the shared capture directory")
    ap.add_argument("--manifest", help="MANIFEST.tsv: the captures with http in protocols")
    ap.add_argument("--allow", help="allow list: capture<TAB>frame<TAB>reason")
    ap.add_argument("--tshark", default="tshark")
    ap.add_argument("--timeout", type=float, default=120, help="seconds per jspcapy run")
    ap.add_argument("--tshark-timeout", type=float, default=600, help="seconds per tshark run")
    ap.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    args = ap.parse_args()
    captures = [Path(f) for f in args.files]
    if args.captures:
        manifest = Path(args.manifest) if args.manifest else Path(args.captures, "MANIFEST.tsv")
        captures += [Path(args.captures, name) for name in manifest_captures(manifest, "http")]
    if not captures:
        ap.error("no captures: give --captures DIR [--manifest FILE] or capture files")
    for c in captures:
        if not c.is_file():
            raise SystemExit(f"http_compare: no such capture: {c}")
    allow = read_allow(args.allow, "http_compare", ["frame"], lambda k: k[0] == "*" or k[0].isdigit())

    with tempfile.TemporaryDirectory(prefix="http_compare.") as workdir:
        env = tshark_env(workdir)
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(lambda c: compare(c, args, env, workdir), captures))

    failures = allowed = 0
    for res in results:
        if res.problem:
            failures += 1
            print(f"  {res.capture}: {res.problem}")
        for frame, text in res.disagreements:
            hit = next((a for a in allow if a.matches(res.capture, frame)), None)
            if hit:
                hit.used = True
                allowed += 1
                print(f"  [allowed] {res.capture} {text} -- {hit.reason}")
            else:
                failures += 1
                print(f"  {res.capture} {text}")
        for text in res.incomplete:
            print(f"  [incomplete] {res.capture} {text}: the capture ends inside it, tshark "
                  "shows no message")
    stale = stale_entries(allow, results)
    for a in stale:
        print(f"  allow list line {a.line}: stale entry {a.describe()}")

    total = lambda key: sum(getattr(r, key) for r in results)  # noqa: E731
    print(f"captures: {len(results)}  messages: ours {total('ours')}, tshark {total('theirs')}  "
          f"matched: {total('matched')} ({total('close_shift')} across the FIN shift)  "
          f"fields compared: {total('fields')}  frame lists compared: {total('indexes')}  body lengths compared: {total('bodies')} "
          f"({total('chunked')} chunked)  ours incomplete: {sum(len(r.incomplete) for r in results)}  "
          f"tshark continuation layers skipped: {total('continuations')}")
    print(f"disagreements: {failures + allowed} ({allowed} allowed), stale allow entries: "
          f"{len(stale)}")
    return 1 if failures or stale else 0


if __name__ == "__main__":
    sys.exit(main())
