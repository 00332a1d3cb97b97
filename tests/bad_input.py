#!/usr/bin/env python3
"""The bad-input table (docs/bad-input.md), one row per case: each crafts its input, runs jspcapy
and asserts the exact behaviour — the exit status, the one-line error naming the file, the record
or offset and the numbers, and what is (or is not) left on disk; or, for a damaged frame, that it
is flagged and every other frame is still reported.

    bad_input.py --jspcapy PATH
"""

import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile

ETH_TCP = bytes(12) + b"\x08\x00" + bytes.fromhex("450000280001000040060000c0a80001c0a80002") + \
    bytes.fromhex("0050d43100000001000000005010ffff00000000")


def pcap_header(linktype=1, snaplen=65535):
    return struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, linktype)


def record(data, sec=1, incl=None, orig=None):
    return struct.pack("<IIII", sec, 0, len(data) if incl is None else incl,
                       len(data) if orig is None else orig) + data


def block(btype, body):
    n = 12 + len(body)
    return struct.pack("<II", btype, n) + body + struct.pack("<I", n)


SHB = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
IDB = block(1, struct.pack("<HHI", 1, 0, 65535))


def epb(iface, data):
    return block(6, struct.pack("<IIIII", iface, 0, 1, len(data), len(data)) + data + bytes((-len(data)) % 4))


def with_length(b, n):
    b = bytearray(b)
    b[4:8] = struct.pack("<I", n)
    return bytes(b)


def ipv4_fragment(ident, offset, more, payload):
    total = 20 + len(payload)
    flags = (0x2000 if more else 0) | (offset // 8)
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, total, ident, flags, 64, 17, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    return bytes(12) + b"\x08\x00" + ip + payload


def tcp_segment(seq, payload, flags=0x18):
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 40 + len(payload), 1, 0x4000, 64, 6, 0, bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    tcp = struct.pack(">HHIIBBHHH", 40000, 5555, seq, 0, 0x50, flags, 65535, 0, 0)
    return bytes(12) + b"\x08\x00" + ip + tcp + payload


class Case:
    def __init__(self, name, data, status, stderr=(), output="none", check=None, args=(), prefix=(), names=None,
                 files=None, lines=1):
        self.name, self.data, self.status, self.stderr = name, data, status, stderr
        self.output, self.check, self.args, self.prefix = output, check, list(args), list(prefix)
        self.names = names  # what the error must name, when it is not the input or output file
        self.files = files or {}  # extra files written to the case's folder first
        self.lines = lines  # stderr lines of a failure: one, or a spec's lint lines and a summary


def frames(report):
    return [v for k, v in report.items() if k.startswith("Frame ")]


def cases():
    two = pcap_header() + record(ETH_TCP) + record(ETH_TCP)
    flood = pcap_header() + b"".join(record(ipv4_fragment(i, 8, True, bytes(64))) for i in range(6000))
    segs = pcap_header() + record(tcp_segment(100, b"", 0x02)) + b"".join(
        record(tcp_segment(101 + 2000 + i * 2000, bytes(1000))) for i in range(5000))

    def frame_flagged(report):
        fs = frames(report)
        assert len(fs) == 2, f"{len(fs)} frames"
        assert fs[0].get("error"), "frame 1 is not flagged"
        assert not fs[1].get("error"), "frame 2 is flagged"

    def raw_frames(report):
        fs = frames(report)
        assert len(fs) == 1 and "raw" in fs[0], list(fs[0])
        assert "no dissector for linktype 0x1092" in fs[0]["error"], fs[0]["error"]

    def lens(cap, wire):
        def check(report):
            fs = frames(report)
            assert fs[1]["cap_len"] == cap and fs[1]["len"] == wire, (fs[1]["cap_len"], fs[1]["len"])
        return check

    def n_frames(n):
        def check(report):
            assert len(frames(report)) == n, len(frames(report))
        return check

    def evicted(report):
        ends = [v["end"] for k, v in report.items() if k.startswith("Reassembled ")]
        assert len(ends) == 6000 and ends.count("evicted") == 6000 - 4096, (len(ends), ends.count("evicted"))

    def gaps(report):
        streams = [v for k, v in report.items() if k.startswith("Stream ")]
        causes = {g["cause"] for s in streams for g in s["gaps"]}
        assert "buffer_limit" in causes, causes

    def backwards(report):
        times = [f["time_epoch"] for f in frames(report)]
        assert times == [100.0, 50.0, 200.0], times

    return [
        Case("empty file", b"", 1, ["empty file"]),
        Case("garbage", b"this is not a capture file\n" * 4, 1, ["not a pcap or pcapng file", "magic 0x74686973"]),
        Case("pcap header only", pcap_header(), 0, output="whole", check=n_frames(0)),
        Case("truncated record header", two + b"\x01\x00\x00\x00\x00\x00", 2,
             ["record 3 at offset 164", "inside the record header (6 of 16 bytes)"], output="marked", check=n_frames(2)),
        Case("truncated record data", two + record(ETH_TCP)[:30], 2,
             ["record 3 at offset 164", "inside the record data (14 of 54 bytes)"], output="marked", check=n_frames(2)),
        Case("incl_len > snaplen (kept, as written)", pcap_header(snaplen=64) + record(ETH_TCP) + record(bytes(100)), 0,
             output="whole", check=lens(100, 100)),
        Case("incl_len > 256 KiB (kept, as written)", pcap_header() + record(bytes(300000)) + record(ETH_TCP), 0,
             output="whole", check=n_frames(2)),
        Case("incl_len > orig_len (both kept as recorded)", pcap_header() + record(ETH_TCP) + record(ETH_TCP, orig=20), 0,
             output="whole", check=lens(54, 20)),
        Case("incl_len > 256 MiB (damage)", pcap_header() + record(ETH_TCP) + struct.pack("<IIII", 1, 0, 300 << 20, 300 << 20), 2,
             ["record 2 at offset 94"], output="marked", check=n_frames(1)),
        Case("unknown link type (frames are Raw)", pcap_header(linktype=4242) + record(ETH_TCP), 0,
             output="whole", check=raw_frames),
        Case("pcapng: bad block length", SHB + IDB + epb(0, ETH_TCP) + with_length(epb(0, ETH_TCP), 77), 2,
             ["record 2 at offset 136", "block total length 77 is not a multiple of 4"], output="marked", check=n_frames(1)),
        Case("pcapng: missing interface", SHB + IDB + epb(0, ETH_TCP) + epb(3, ETH_TCP), 2,
             ["record 2 at offset 136", "interface id 3 does not exist (the section has 1 interface)"],
             output="marked", check=n_frames(1)),
        Case("pcapng: unknown block (skipped)", SHB + IDB + epb(0, ETH_TCP) + block(0x0BADBAD0, b"abcd") + epb(0, ETH_TCP), 0,
             output="whole", check=n_frames(2)),
        Case("timestamps going backwards (kept in file order)",
             pcap_header() + record(ETH_TCP, 100) + record(ETH_TCP, 50) + record(ETH_TCP, 200), 0,
             output="whole", check=backwards),
        Case("a length field past the captured bytes (flagged, the next frame kept)",
             pcap_header() + record(ETH_TCP[:14] + bytes.fromhex("4500ffff0001000040110000c0a80001c0a80002") +
                                    bytes.fromhex("00350035ff000000")) + record(ETH_TCP), 0,
             output="whole", check=frame_flagged),
        Case("fragment flood past max_datagrams (--ip: the oldest evicted)", flood, 0, output="whole",
             check=evicted, args=["--ip"]),
        Case("segment flood past the buffer limit (--tcp: buffer_limit gaps)", segs, 0, output="whole",
             check=gaps, args=["--tcp"]),
        Case("output directory missing", two, 1, ["cannot create output", "No such file or directory"],
             output="none", args=["-o", "{tmp}/missing/out.json"]),
        Case("disk full (/dev/full)", two, 1, ["/dev/full: write failed: No space left on device"],
             output="device", args=["-o", "/dev/full"]),
        Case("disk full (file size limit)", pcap_header() + b"".join(record(ETH_TCP) for _ in range(3000)), 1,
             ["write failed"], output="none", prefix=["bash", "-c", 'trap "" XFSZ; ulimit -f 64; exec "$@"', "_"]),
        Case("a directory as input", None, 1, ["is a directory"]),
        Case("decode-as: unknown protocol", two, 1, ["unknown protocol 'nosuch' (known: "], output="none",
             args=["-d", "udp.port==4789,nosuch"], names="--decode-as 'udp.port==4789,nosuch'"),
        Case("decode-as: unknown table", two, 1, ["unknown table 'udp.prt' (known: "], output="none",
             args=["-d", "udp.prt==4789,http"], names="--decode-as 'udp.prt==4789,http'"),
        Case("decode-as: not TABLE==VALUE,PROTOCOL", two, 1, ["expected TABLE==VALUE,PROTOCOL"], output="none",
             args=["-d", "tcp.port=80,http"], names="--decode-as 'tcp.port=80,http'"),
        Case("decode-as: value not a number", two, 1, ["value '8o' is not a number"], output="none",
             args=["-d", "tcp.port==8o,http"], names="--decode-as 'tcp.port==8o,http'"),
        Case("decode-as file: an entry's error names the file and line", two, 1,
             ["da.yaml:4: unknown protocol 'nosuch'"], output="none",
             args=["--decode-as-file", "{tmp}/da.yaml"], names="da.yaml",
             files={"da.yaml": "# overrides\ndecode_as:\n  - tcp.port==8001,http\n  - {table: udp.port, value: 9, protocol: nosuch}\n"}),
        Case("decode-as file missing", two, 1, ["cannot read the decode-as file"], output="none",
             args=["--decode-as-file", "{tmp}/none.yaml"], names="none.yaml"),
        Case("run-time spec with an error: file:line, field and reason, as the generator says it", two, 1,
             ["myproto.yaml:5: field 'vni': unknown type 'u25' (known: u8, u16, u24, u32, u64, mac, ipv4, ipv6)",
              "1 error(s) in the specs; nothing loaded"], output="none", lines=2,
             args=["--no-spec-path", "--spec", "{tmp}/myproto.yaml"], names="myproto.yaml",
             files={"myproto.yaml": "protocol: MyProto\nbinds: [{table: udp_port, value: 4790}]\nfields:\n"
                                    "  - {name: flags, type: u16}\n  - {name: vni, type: u25}\n"}),
        Case("run-time spec binding a value a compiled protocol holds", two, 1,
             ["myproto.yaml:2: udp_port 0x12b5 is already bound by VXLAN (specs/vxlan.yaml)"], output="none", lines=2,
             args=["--no-spec-path", "--spec", "{tmp}/myproto.yaml"], names="myproto.yaml",
             files={"myproto.yaml": "protocol: MyProto\nbinds: [{table: udp_port, value: 4789}]\nfields:\n"
                                    "  - {name: flags, type: u16}\n"}),
        Case("run-time spec missing", two, 1, ["no such spec file or folder"], output="none",
             args=["--no-spec-path", "--spec", "{tmp}/none.yaml"], names="none.yaml"),
    ]


def run_case(jspcapy, case, tmp):
    work = tempfile.mkdtemp(dir=tmp)
    if case.data is None:
        inp = os.path.join(work, "adir")
        os.mkdir(inp)
    else:
        inp = os.path.join(work, "in.pcap")
        with open(inp, "wb") as f:
            f.write(case.data)
    out = os.path.join(work, "out.json")
    for fname, text in case.files.items():
        with open(os.path.join(work, fname), "w") as f:
            f.write(text)
    args = [a.replace("{tmp}", work) for a in case.args]
    if "-o" in args:
        out = args[args.index("-o") + 1]
    else:
        args += ["-o", out]
    cmd = case.prefix + [jspcapy, inp, "-f", "json", *args]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    problems = []
    if r.returncode != case.status:
        problems.append(f"exit {r.returncode}, expected {case.status} ({r.stderr.strip()[:200]})")
    err = r.stderr.strip()
    if case.status != 0:
        lines = [l for l in err.splitlines() if l.strip()]
        if len(lines) != case.lines:
            problems.append(f"stderr has {len(lines)} lines, expected {case.lines}: {err[:300]}")
        name = case.names or os.path.basename(out if "output" in case.name or "disk" in case.name else inp)
        if name not in err and "/dev/full" not in err:
            problems.append(f"the error does not name {name}: {err}")
        for s in case.stderr:
            if s not in err:
                problems.append(f"stderr lacks '{s}': {err}")
    leftovers = [f for f in os.listdir(work) if ".tmp-" in f]
    if leftovers:
        problems.append(f"temporary files left: {leftovers}")
    exists = os.path.isfile(out)
    if case.output == "none" and exists:
        problems.append("an output file was left after the failure")
    if case.output in ("whole", "marked"):
        if not exists:
            problems.append("no report written")
        else:
            try:
                with open(out) as f:
                    report = json.load(f)
                if case.output == "marked" and "Error" not in report:
                    problems.append("the report of a damaged capture is not marked (no Error entry)")
                if case.output == "whole" and "Error" in report:
                    problems.append(f"the report has an Error entry: {report['Error']}")
                if case.check:
                    case.check(report)
            except AssertionError as e:
                problems.append(f"report check failed: {e}")
            except ValueError as e:
                problems.append(f"the report is not valid JSON: {e}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jspcapy", required=True)
    args = ap.parse_args()
    failed = 0
    all_cases = cases()
    with tempfile.TemporaryDirectory(prefix="jspcap-bad-") as tmp:
        for case in all_cases:
            problems = run_case(args.jspcapy, case, tmp)
            print(f"{'ok  ' if not problems else 'FAIL'} {case.name}")
            for p in problems:
                print(f"     {p}")
            failed += bool(problems)
    print(f"bad_input: {len(all_cases) - failed} of {len(all_cases)} rows behave as documented")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
