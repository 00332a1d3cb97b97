#!/usr/bin/python3
"""Checks every jspcapy report format against the capture corpus.

For each capture in the manifest (or each capture named on the command line) this runs
`jspcapy CAPTURE -f FORMAT -o OUT` for json, plist, tree, jsonl and pcap (plus `-F` for json on
small captures) and checks the exit status, the shape of every report and that the formats agree
with each other, with the manifest's frame count (tshark's) and, for pcap, with tshark itself.

Standard library only, so that it runs with Debian's /usr/bin/python3:

  /usr/bin/python3 tests/formats_check.py --jspcapy build/cli/jspcapy \\
      --captures ../shared/captures --manifest ../shared/captures/MANIFEST.tsv

Prints one row per capture (OK / FAIL / - per format, the reasons under the row) and a closing
'formats_check: N passed, N failed, N skipped' line; exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import plistlib
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

TIMEOUT = 60  # seconds, per jspcapy or tshark run
FILES_MODE_MAX_PACKETS = 50
SKIPPED = "skipped"  # what a check returns when it does not apply

FORMATS = ("json", "plist", "tree", "jsonl", "pcap")
FILES_COLUMN = "json -F"
COLUMNS = FORMATS + (FILES_COLUMN,)

FRAME_HEAD_KEYS = ["frame_info", "time", "number", "time_epoch", "len", "cap_len", "packet"]
JSONL_KEYS = ["number", "time_epoch", "time", "len", "cap_len", "linktype", "interface",
              "protocols", "error", "packet", "layers"]
TREE_TITLE = "PCAP File Tree-View Format"
TREE_PROTOCOLS = "  |-- protocols -> "
# Classic pcap magics as the bytes of a little-endian file: a1b2c3d4 (µs) and a1b23c4d (ns).
PCAP_LE_MAGICS = (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1")
HEX_BYTES = re.compile(r"(?:[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*)?")

REFUSED_NOTES = re.compile(r"tshark refuses|file damaged/corrupt")
CUT_SHORT_NOTE = "cut short"


class CheckFailed(Exception):
    """One check's failure; its message is the reason shown in the table."""


def require(condition: bool, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


# ---- The corpus -------------------------------------------------------------------------------

@dataclass
class Capture:
    name: str
    path: Path
    packets: int
    linktypes: list[str]
    notes: str

    @property
    def refused(self) -> bool:
        return REFUSED_NOTES.search(self.notes) is not None

    @property
    def cut_short(self) -> bool:
        return CUT_SHORT_NOTE in self.notes

    @property
    def mixed_linktypes(self) -> bool:
        return len(self.linktypes) > 1


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["file"]: row for row in rows}


def to_capture(row: dict[str, str], path: Path) -> Capture:
    linktypes = [t for t in row["linktype"].split(",") if t and t != "-"]
    return Capture(row["file"], path, int(row["packets"]), linktypes, row["notes"])


def select_captures(args: argparse.Namespace) -> list[Capture]:
    manifest_path = args.manifest or (args.captures / "MANIFEST.tsv" if args.captures else None)
    if manifest_path is None:
        sys.exit("formats_check: give --manifest or --captures")
    manifest = read_manifest(manifest_path)
    if not args.files:
        directory = args.captures or manifest_path.parent
        return [to_capture(row, directory / name) for name, row in manifest.items()]
    captures = []
    for path in args.files:
        row = manifest.get(path.name)
        if row is None:
            sys.exit(f"formats_check: {path.name} is not in {manifest_path}")
        captures.append(to_capture(row, path))
    return captures


# ---- Running jspcapy --------------------------------------------------------------------------

@dataclass
class Run:
    status: int
    stderr: str
    output: Path
    workdir: Path

    def first_stderr_line(self) -> str:
        lines = self.stderr.splitlines()
        return lines[0] if lines else "(no message)"


def run_tool(cmd: list[str]) -> subprocess.CompletedProcess:
    try:
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"{Path(cmd[0]).name} timed out after {TIMEOUT} s") from None
    # subprocess reports a signal as a negative status; a shell-style wrapper as 128 + signal.
    if proc.returncode < 0 or proc.returncode >= 128:
        signum = -proc.returncode if proc.returncode < 0 else proc.returncode - 128
        try:
            name = signal.Signals(signum).name
        except ValueError:
            name = f"signal {signum}"
        raise CheckFailed(f"{Path(cmd[0]).name} crashed ({name}, status {proc.returncode})")
    return proc


def run_jspcapy(jspcapy: str, capture: Path, fmt: str, workdir: Path, files: bool = False) -> Run:
    # A fresh directory per run, so that anything left in it after a failure is visible.
    workdir.mkdir()
    output = workdir / ("frames" if files else f"out.{fmt}")
    cmd = [jspcapy, str(capture), "-f", fmt, "-o", str(output)] + (["-F"] if files else [])
    proc = run_tool(cmd)
    return Run(proc.returncode, proc.stderr.decode("utf-8", "replace"), output, workdir)


# ---- Expected exit status ---------------------------------------------------------------------

def expected_outcome(capture: Capture, fmt: str) -> str:
    """'error', 'truncated' or 'ok'."""
    if capture.refused or (fmt == "pcap" and capture.mixed_linktypes):
        return "error"
    return "truncated" if capture.cut_short else "ok"


def check_error_run(run: Run, capture: Capture) -> None:
    require(run.status == 1, f"expected status 1 (error), got {run.status}")
    lines = run.stderr.splitlines()
    require(len(lines) == 1, f"expected one line on stderr, got {len(lines)}: {run.stderr[:200]!r}")
    if capture.refused:
        require(capture.name in lines[0], f"the error message does not name the file: {lines[0]!r}")
    else:
        require("link type" in lines[0], f"the error message does not mention link types: {lines[0]!r}")
    leftovers = sorted(p.name for p in run.workdir.iterdir())
    require(not leftovers, f"output left behind after the error: {leftovers}")


def check_status(run: Run, capture: Capture, fmt: str) -> bool:
    """Checks the exit status; returns True when there is a report to look at."""
    outcome = expected_outcome(capture, fmt)
    if outcome == "error":
        check_error_run(run, capture)
        return False
    expected = 2 if outcome == "truncated" else 0
    require(run.status == expected,
            f"expected status {expected}, got {run.status}: {run.first_stderr_line()}")
    require(run.output.exists(), f"status {run.status} but no output at {run.output.name}")
    leftovers = sorted(p.name for p in run.workdir.iterdir() if p != run.output)
    require(not leftovers, f"files left beside the output: {leftovers}")
    return True


# ---- Shared parsing ---------------------------------------------------------------------------

def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        require(key not in result, f"duplicate key {key!r}")
        result[key] = value
    return result


def load_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f, object_pairs_hook=unique_keys)
    except (ValueError, UnicodeDecodeError) as e:
        raise CheckFailed(f"{path.name} is not valid JSON: {e}") from None


def hex_byte_count(text: Any, where: str) -> int:
    require(isinstance(text, str) and HEX_BYTES.fullmatch(text) is not None,
            f"{where}: packet is not a hex byte string: {str(text)[:60]!r}")
    return (len(text) + 1) // 3


def expected_top_keys(packets: int, truncated: bool) -> list[str]:
    return ["Global Header"] + [f"Frame {i}" for i in range(1, packets + 1)] + (["Error"] if truncated else [])


def check_top_keys(actual: list[str], capture: Capture, truncated: bool) -> None:
    expected = expected_top_keys(capture.packets, truncated)
    if actual == expected:
        return
    frames = sum(1 for k in actual if k.startswith("Frame "))
    require(frames == capture.packets, f"{frames} frames, tshark counts {capture.packets}")
    first = next(i for i, (a, e) in enumerate(zip(actual + [None], expected + [None])) if a != e)
    got = actual[first] if first < len(actual) else "(end)"
    want = expected[first] if first < len(expected) else "(end)"
    raise CheckFailed(f"top-level key {first + 1} is {got!r}, expected {want!r}")


def frames_of(report: dict[str, Any], packets: int) -> list[dict[str, Any]]:
    return [report[f"Frame {i}"] for i in range(1, packets + 1)]


def check_error_entry(report: dict[str, Any], truncated: bool) -> None:
    if truncated:
        require(isinstance(report.get("Error"), str) and report["Error"],
                "the report of a cut-short capture has no Error message")


# ---- Per-capture state and the checks ---------------------------------------------------------

@dataclass
class Context:
    capture: Capture
    jspcapy: str
    tshark: str
    tmp: Path
    json_report: dict[str, Any] | None = None   # set by check_json
    jsonl_records: list[dict[str, Any]] | None = None   # set by check_jsonl
    runs: int = 0

    def run(self, fmt: str, files: bool = False) -> Run:
        self.runs += 1
        return run_jspcapy(self.jspcapy, self.capture.path, fmt, self.tmp / f"run{self.runs}", files)

    def json_frames(self) -> list[dict[str, Any]]:
        require(self.json_report is not None, "no JSON report to compare with (the json check failed)")
        return frames_of(self.json_report, self.capture.packets)


def check_json_frame(frame: Any, number: int) -> None:
    where = f"Frame {number}"
    require(isinstance(frame, dict), f"{where} is not an object")
    keys = list(frame)
    require(keys[:len(FRAME_HEAD_KEYS)] == FRAME_HEAD_KEYS,
            f"{where} starts with keys {keys[:len(FRAME_HEAD_KEYS)]}, expected {FRAME_HEAD_KEYS}")
    require(keys[-1] == "protocols", f"{where}: the last key is {keys[-1]!r}, not 'protocols'")
    require(frame["number"] == number, f"{where} has number {frame['number']!r}")
    count = hex_byte_count(frame["packet"], where)
    require(frame["cap_len"] == count, f"{where}: cap_len {frame['cap_len']!r} but packet holds {count} bytes")


def check_json(ctx: Context) -> None:
    run = ctx.run("json")
    if not check_status(run, ctx.capture, "json"):
        return
    report = load_json(run.output)
    require(isinstance(report, dict), "the report is not a JSON object")
    truncated = run.status == 2
    check_top_keys(list(report), ctx.capture, truncated)
    for number, frame in enumerate(frames_of(report, ctx.capture.packets), 1):
        check_json_frame(frame, number)
    check_error_entry(report, truncated)
    ctx.json_report = report


def check_plist(ctx: Context) -> None:
    run = ctx.run("plist")
    if not check_status(run, ctx.capture, "plist"):
        return
    try:
        with run.output.open("rb") as f:
            report = plistlib.load(f)
    except Exception as e:  # plistlib raises several unrelated types for bad input
        raise CheckFailed(f"plistlib cannot read it: {type(e).__name__}: {e}") from None
    require(isinstance(report, dict), "the plist's root is not a dict")
    expected = ctx.json_frames()
    truncated = run.status == 2
    check_top_keys(list(report), ctx.capture, truncated)
    for number, (frame, ref) in enumerate(zip(frames_of(report, ctx.capture.packets), expected), 1):
        where = f"Frame {number}"
        require(list(frame) == list(ref), f"{where}: keys {list(frame)} differ from the JSON's {list(ref)}")
        for key in ("number", "len", "cap_len", "protocols"):
            require(frame[key] == ref[key], f"{where}: {key} is {frame[key]!r}, the JSON has {ref[key]!r}")
        if isinstance(frame["packet"], bytes):
            require(len(frame["packet"]) == frame["cap_len"],
                    f"{where}: cap_len {frame['cap_len']} but packet holds {len(frame['packet'])} bytes")
    check_error_entry(report, truncated)


def parse_tree(text: str) -> list[tuple[str, list[str]]]:
    """The tree's sections: (heading, the indented lines under it)."""
    lines = text.split("\n")
    require(lines[0] == TREE_TITLE, f"first line is {lines[0][:60]!r}, not {TREE_TITLE!r}")
    sections: list[tuple[str, list[str]]] = []
    for lineno, line in enumerate(lines[1:], 2):
        if not line:
            continue
        if not line[0].isspace():
            sections.append((line, []))
        elif line.startswith("  ") and sections:
            sections[-1][1].append(line)
        else:
            raise CheckFailed(f"line {lineno} is neither empty, a heading nor indented by two spaces: {line[:60]!r}")
    return sections


def check_tree(ctx: Context) -> None:
    run = ctx.run("tree")
    if not check_status(run, ctx.capture, "tree"):
        return
    try:
        text = run.output.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise CheckFailed(f"not UTF-8 text: {e}") from None
    sections = parse_tree(text)
    check_top_keys([heading for heading, _ in sections], ctx.capture, run.status == 2)
    protocol_lines = [[l[len(TREE_PROTOCOLS):] for l in body if l.startswith(TREE_PROTOCOLS)]
                      for _, body in sections]
    total = sum(len(p) for p in protocol_lines)
    require(total == ctx.capture.packets, f"{total} '|-- protocols ->' lines for {ctx.capture.packets} frames")
    for number, ref in enumerate(ctx.json_frames(), 1):
        found = protocol_lines[number]  # section 0 is the Global Header
        require(found == [ref["protocols"]], f"Frame {number}: protocols {found}, the JSON has {ref['protocols']!r}")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    # Not splitlines(): it also splits at U+2028 and friends, which may occur inside JSON strings.
    lines = path.read_bytes().decode("utf-8", "strict").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records = []
    for lineno, line in enumerate(lines, 1):
        try:
            records.append(json.loads(line, parse_float=Decimal, object_pairs_hook=unique_keys))
        except ValueError as e:
            raise CheckFailed(f"line {lineno} is not JSON: {e}") from None
    return records


def check_jsonl_record(record: Any, number: int) -> None:
    where = f"line {number}"
    require(isinstance(record, dict), f"{where} is not an object")
    require(list(record) == JSONL_KEYS, f"{where}: keys {list(record)}, expected {JSONL_KEYS}")
    require(record["number"] == number, f"{where} has number {record['number']!r}")
    count = hex_byte_count(record["packet"], where)
    require(record["cap_len"] == count, f"{where}: cap_len {record['cap_len']!r} but packet holds {count} bytes")


def check_jsonl(ctx: Context) -> None:
    run = ctx.run("jsonl")
    if not check_status(run, ctx.capture, "jsonl"):
        return
    try:
        records = read_jsonl(run.output)
    except UnicodeDecodeError as e:
        raise CheckFailed(f"not UTF-8: {e}") from None
    require(len(records) == ctx.capture.packets, f"{len(records)} lines, tshark counts {ctx.capture.packets} frames")
    for number, record in enumerate(records, 1):
        check_jsonl_record(record, number)
    ctx.jsonl_records = records
    for number, (record, ref) in enumerate(zip(records, ctx.json_frames()), 1):
        for key in ("protocols", "len", "cap_len"):
            require(record[key] == ref[key], f"line {number}: {key} is {record[key]!r}, the JSON has {ref[key]!r}")


def pcap_records(data: bytes) -> list[tuple[int, bytes]]:
    """(orig_len, packet bytes) of every record of a little-endian classic pcap."""
    require(len(data) >= 24, f"{len(data)} bytes, shorter than a pcap file header")
    require(data[:4] in PCAP_LE_MAGICS, f"magic {data[:4].hex(' ')} is not a little-endian pcap magic")
    version = struct.unpack_from("<HH", data, 4)
    require(version == (2, 4), f"version {version[0]}.{version[1]}, expected 2.4")
    records, offset = [], 24
    while offset < len(data):
        require(offset + 16 <= len(data), f"the file ends inside the record header at offset {offset}")
        _, _, incl_len, orig_len = struct.unpack_from("<IIII", data, offset)
        end = offset + 16 + incl_len
        require(end <= len(data), f"record {len(records) + 1} at offset {offset}: incl_len {incl_len} runs past the end")
        records.append((orig_len, data[offset + 16:end]))
        offset = end
    return records


def compare_pcap_records(records: list[tuple[int, bytes]], originals: list[dict[str, Any]]) -> None:
    require(len(records) == len(originals), f"{len(records)} records, the capture has {len(originals)} frames")
    for number, ((orig_len, packet), ref) in enumerate(zip(records, originals), 1):
        require(packet == bytes.fromhex(ref["packet"]), f"record {number}: packet bytes differ from the capture's")
        require(orig_len == ref["len"], f"record {number}: orig_len {orig_len}, the capture has {ref['len']}")


def compare_read_back(ctx: Context, pcap: Path) -> None:
    run = run_jspcapy(ctx.jspcapy, pcap, "jsonl", ctx.tmp / "read-back")
    require(run.status == 0, f"reading the pcap back: status {run.status}: {run.first_stderr_line()}")
    back, originals = read_jsonl(run.output), ctx.jsonl_records
    require(len(back) == len(originals), f"read back {len(back)} frames of {len(originals)}")
    for number, (got, ref) in enumerate(zip(back, originals), 1):
        for key in ("packet", "len", "cap_len", "time_epoch"):
            # time_epoch is a Decimal: 1.5 and 1.500000000 are equal, whatever the precision.
            require(got[key] == ref[key], f"read back, frame {number}: {key} is {str(got[key])[:40]!r}, "
                                          f"the capture has {str(ref[key])[:40]!r}")


def tshark_frame_count(tshark: str, pcap: Path) -> int:
    proc = run_tool([tshark, "-n", "-r", str(pcap), "-T", "fields", "-e", "frame.number"])
    errors = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if "Running as user" not in l]
    require(proc.returncode == 0 and not errors, f"tshark: status {proc.returncode}: {' '.join(errors)[:200]}")
    return sum(1 for l in proc.stdout.splitlines() if l.strip())


def check_pcap(ctx: Context) -> None:
    run = ctx.run("pcap")
    if not check_status(run, ctx.capture, "pcap"):
        return
    require(ctx.jsonl_records is not None, "no JSONL report to compare with (the jsonl check failed)")
    compare_pcap_records(pcap_records(run.output.read_bytes()), ctx.jsonl_records)
    compare_read_back(ctx, run.output)
    count = tshark_frame_count(ctx.tshark, run.output)
    require(count == ctx.capture.packets, f"tshark reads {count} frames, expected {ctx.capture.packets}")


def differing_keys(a: Any, b: Any) -> list[str]:
    if not (isinstance(a, dict) and isinstance(b, dict)):
        return ["(the whole value)"]
    return [k for k in dict.fromkeys([*a, *b]) if a.get(k) != b.get(k)]


def check_files_mode(ctx: Context) -> str | None:
    if ctx.capture.packets > FILES_MODE_MAX_PACKETS:
        return SKIPPED
    run = ctx.run("json", files=True)
    if not check_status(run, ctx.capture, "json"):
        return None
    names = {p.name for p in run.output.iterdir()}
    expected = {f"{key}.json" for key in expected_top_keys(ctx.capture.packets, False)}
    # A cut-short capture may add an Error.json; -F has no other place to mark the report incomplete.
    extra = sorted(names - expected - ({"Error.json"} if run.status == 2 else set()))
    missing = sorted(expected - names)
    require(not missing and not extra, f"missing {missing[:5]}, unexpected {extra[:5]}")
    require(ctx.json_report is not None, "no JSON report to compare with (the json check failed)")
    for name in sorted(names):
        key = name[:-len(".json")]
        document = load_json(run.output / name)
        keys = list(document) if isinstance(document, dict) else type(document).__name__
        require(keys == [key], f"{name} holds keys {keys}, expected [{key!r}]")
        if key in ctx.json_report:
            require(document[key] == ctx.json_report[key],
                    f"{name} differs from the JSON report's {key!r} in {differing_keys(document[key], ctx.json_report[key])}")
    return None


# Order matters: plist, tree and -F compare with the JSON report, pcap with the JSONL one.
CHECKS: list[tuple[str, Callable[[Context], str | None]]] = [
    ("json", check_json),
    ("jsonl", check_jsonl),
    ("plist", check_plist),
    ("tree", check_tree),
    ("pcap", check_pcap),
    (FILES_COLUMN, check_files_mode),
]


# ---- Driving and reporting --------------------------------------------------------------------

@dataclass
class Result:
    verdict: str   # OK, FAIL or -
    reason: str = ""


@dataclass
class CaptureResults:
    capture: Capture
    results: dict[str, Result] = field(default_factory=dict)


def attempt(check: Callable[[Context], str | None], ctx: Context) -> Result:
    try:
        return Result("-") if check(ctx) == SKIPPED else Result("OK")
    except CheckFailed as e:
        return Result("FAIL", str(e))
    except Exception as e:  # the output under test can be anything; report it, keep going
        return Result("FAIL", f"{type(e).__name__}: {e}")


def check_capture(capture: Capture, jspcapy: str, tshark: str) -> CaptureResults:
    outcome = CaptureResults(capture)
    if not capture.path.is_file():
        for column in COLUMNS:
            outcome.results[column] = Result("FAIL", f"no such capture: {capture.path}")
        return outcome
    with tempfile.TemporaryDirectory(prefix="formats_check.") as tmp:
        ctx = Context(capture, jspcapy, tshark, Path(tmp))
        for column, check in CHECKS:
            outcome.results[column] = attempt(check, ctx)
    return outcome


def print_header(width: int) -> None:
    print(f"{'capture':<{width}}  " + "  ".join(f"{c:<7}" for c in COLUMNS))


def print_row(row: CaptureResults, width: int) -> None:
    cells = "  ".join(f"{row.results[c].verdict:<7}" for c in COLUMNS)
    print(f"{row.capture.name:<{width}}  {cells}".rstrip())
    for column in COLUMNS:
        if row.results[column].verdict == "FAIL":
            print(f"    {column}: {row.results[column].reason}")
    sys.stdout.flush()


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--jspcapy", required=True, help="the jspcapy binary")
    p.add_argument("--captures", type=Path, help="directory of the captures listed in the manifest")
    p.add_argument("--manifest", type=Path, help="MANIFEST.tsv (default: CAPTURES/MANIFEST.tsv)")
    p.add_argument("--tshark", default="tshark", help="the tshark binary (default: tshark on PATH)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="captures checked in parallel")
    p.add_argument("files", nargs="*", type=Path, help="check only these captures (they must be in the manifest)")
    return p.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    jspcapy = shutil.which(args.jspcapy) or sys.exit(f"formats_check: no jspcapy at {args.jspcapy}")
    tshark = shutil.which(args.tshark) or sys.exit(f"formats_check: no tshark at {args.tshark}")
    captures = select_captures(args)
    width = max([len(c.name) for c in captures] + [len("capture")])
    counts = {"OK": 0, "FAIL": 0, "-": 0}
    print_header(width)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        # map() yields in manifest order, so rows print as soon as their turn is done.
        for row in pool.map(lambda c: check_capture(c, jspcapy, tshark), captures):
            print_row(row, width)
            for result in row.results.values():
                counts[result.verdict] += 1
    print(f"\nformats_check: {counts['OK']} passed, {counts['FAIL']} failed, {counts['-']} skipped")
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
