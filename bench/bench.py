#!/usr/bin/python3
"""bench.py — jspcap against its peers on one big capture of real traffic (issue 5, item 1).

Run through bench/run.sh, which installs the packages and builds build-bench/ first:
  bench/run.sh                 # 2,000,000 packets (~1.05 GB), 5 repetitions
  bench/run.sh --quick         # 200,000 packets, 3 repetitions: to try it out
  bench/run.sh --packets N --small M --reps R --small-reps S --out-dir DIR --data-dir DIR

What it does:
  1. Makes the inputs with ../shared/bench/make-big.py from ../shared/bench/seed.pcap: the big
     file (N packets), a small file (its first M packets: tshark, dpkt and Scapy are too slow for
     the big one), a 1-packet file (start-up cost) and, for the peak-RSS check, a 4N file.
  2. Counting runs (untimed): jspcap's per-layer counts come from bench/jspcap_count (the library
     Reader: the same dissector jspcapy -n runs); every peer prints its own counts; tshark's are
     read back from its output (frame.protocols). Printed side by side, disagreements flagged.
  3. Timed runs, alternating round-robin (the order rotates each repetition) on the same warm
     file: the median wall time of each tool/mode, its peak RSS (getrusage of the child).
  4. Peak RSS of jspcapy -n and --ip --tcp -n on the N and 4N files.
  5. One table (jspcap rows first, each with its packet-rate ratio to every peer), the issue's
     targets, and the same as markdown in bench/results.md (overwritten) with the machine info.
Outputs of the report modes go to --out-dir (default /dev/shm when it has room, else the data
directory) and are deleted after each run.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = "/usr/bin/python3"
MiB = 1024 * 1024

# ---------------------------------------------------------------- canonical per-layer counts
KEYS = ["Ethernet", "VLAN", "ARP", "IPv4", "IPv6", "IPv6-Frag", "ICMP", "ICMPv6", "TCP", "UDP", "HTTP"]

# tool family -> {its layer name: canonical key}; a key the family never produces is "n/a".
NAMES = {
    "jspcap": {"Ethernet": "Ethernet", "VLAN": "VLAN", "ARP": "ARP", "IPv4": "IPv4", "IPv6": "IPv6",
               "IPv6_Frag": "IPv6-Frag", "ICMP": "ICMP", "ICMPv6": "ICMPv6", "TCP": "TCP", "UDP": "UDP",
               "HTTP": "HTTP"},
    "libtins": {"EthernetII": "Ethernet", "Dot1Q": "VLAN", "ARP": "ARP", "IP": "IPv4", "IPv6": "IPv6",
                "ICMP": "ICMP", "ICMPv6": "ICMPv6", "TCP": "TCP", "UDP": "UDP"},
    "pcap": {"Ethernet": "Ethernet", "VLAN": "VLAN", "ARP": "ARP", "IPv4": "IPv4", "IPv6": "IPv6",
             "ICMP": "ICMP", "ICMPv6": "ICMPv6", "TCP": "TCP", "UDP": "UDP"},
    "tshark": {"eth": "Ethernet", "vlan": "VLAN", "ieee8021ad": "VLAN", "arp": "ARP", "ip": "IPv4",
               "ipv6": "IPv6", "ipv6.fraghdr": "IPv6-Frag", "icmp": "ICMP", "icmpv6": "ICMPv6", "tcp": "TCP",
               "udp": "UDP", "http": "HTTP"},
    "dpkt": {"Ethernet": "Ethernet", "VLAN": "VLAN", "ARP": "ARP", "IP": "IPv4", "IP6": "IPv6",
             "IP6FragmentHeader": "IPv6-Frag", "ICMP": "ICMP", "ICMP6": "ICMPv6", "TCP": "TCP", "UDP": "UDP",
             "HTTP": "HTTP"},
    "scapy": {"Ether": "Ethernet", "Dot1Q": "VLAN", "Dot1AD": "VLAN", "ARP": "ARP", "IP": "IPv4",
              "IPerror": "IPv4", "IPv6": "IPv6", "IPerror6": "IPv6", "IPv6ExtHdrFragment": "IPv6-Frag",
              "ICMP": "ICMP", "ICMPerror": "ICMP", "TCP": "TCP", "TCPerror": "TCP", "UDP": "UDP",
              "UDPerror": "UDP", "HTTP": "HTTP"},
}
PRODUCES = {  # canonical keys each family can report at all
    "jspcap": set(KEYS), "tshark": set(KEYS), "dpkt": set(KEYS), "scapy": set(KEYS),
    "libtins": set(KEYS) - {"IPv6-Frag", "HTTP"},
    "pcap": set(KEYS) - {"IPv6-Frag", "HTTP"},
}
WHAT_COUNTS = [
    "Counts are frames holding at least one layer of the kind (a UDP header quoted in an ICMP error counts).",
    "jspcap: jspcap_count (library Reader, same dissector as jspcapy -n); HTTP = every TCP segment jspcap "
    "dissects as HTTP (on its ports and by content), message bodies' continuation segments included.",
    "libpcap loop: outer headers only: ethertype after VLAN tags, then the first IP header's protocol / "
    "next-header byte (no extension headers, non-first fragments and quoted headers counted as in the outer header).",
    "libtins: its PDU chain; IPv6 extension headers are not PDUs of their own; no HTTP; malformed = frames libtins throws on.",
    "tshark: frame.protocols with default preferences (IP defragmentation and TCP desegmentation on): a "
    "reassembled datagram's layers count on its last fragment, HTTP on the frame that completes a message.",
    "dpkt: its eager unpack; HTTP = TCP payloads starting with a method or HTTP/ that dpkt.http parses.",
    "Scapy: its layer classes (IPerror/UDPerror… in ICMP errors mapped to IPv4/UDP…); HTTP bound to ports 8000 and 8001 too (the seed's servers: 8000, 8001, 8080).",
]


def parse_counts(text, family):
    """'packets N', 'bytes N', 'malformed N', 'layer NAME N' (the tool's own layer names, frames
    holding one) and 'key KEY N' (frames per canonical key, when the tool maps several of its
    classes to one key itself) lines -> {'packets':…, 'layers': Counter(canonical), 'raw': {…}}."""
    out = {"layers": Counter(), "raw": {}}
    keys = Counter()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("packets", "bytes", "malformed", "issues", "layers_walked"):
            out[parts[0]] = int(parts[1])
        elif len(parts) == 3 and parts[0] == "layer":
            out["raw"][parts[1]] = int(parts[2])
            key = NAMES[family].get(parts[1])
            if key:
                out["layers"][key] += int(parts[2])
        elif len(parts) == 3 and parts[0] == "key":
            keys[parts[1]] = int(parts[2])
    if keys:
        out["layers"] = keys
    return out


def tshark_counts(path):
    """Per-frame layer sets from frame.protocols in tshark's fields (2nd column) or JSON output."""
    counts = Counter()
    packets = 0
    fam = NAMES["tshark"]
    is_json = str(path).endswith(".json")
    pat = re.compile(rb'"frame\.protocols": "([^"]*)"')
    with open(path, "rb") as f:
        for line in f:
            if is_json:
                if b'"frame.protocols"' not in line:
                    continue
                m = pat.search(line)
                if not m:
                    continue
                protos = m.group(1)
            else:
                cols = line.rstrip(b"\n").split(b"\t")
                if len(cols) < 2:
                    continue
                protos = cols[1]
            packets += 1
            counts.update({fam[p] for p in protos.decode().split(":") if p in fam})
    return {"packets": packets, "layers": counts, "raw": {}}


def count_bytes(path, needle):
    n = 0
    tail = b""
    with open(path, "rb") as f:
        while True:
            b = f.read(1 << 24)
            if not b:
                break
            chunk = tail + b
            n += chunk.count(needle)
            tail = chunk[-(len(needle) - 1):] if len(needle) > 1 else b""
            # a needle split across reads is found once: remove hits fully inside the kept tail
            n -= tail.count(needle)
    return n


# ---------------------------------------------------------------- running one process
class Result:
    def __init__(self, wall, rss_kib, rc, stdout, stderr, out_size, cpu=None, sys_=None):
        self.cpu, self.sys = cpu, sys_
        self.wall, self.rss_kib, self.rc, self.stdout, self.stderr, self.out_size = wall, rss_kib, rc, stdout, stderr, out_size


RUNNER = None  # build/runner: set in main()


def run_once(argv, scratch, stdout_to=None):
    """Runs argv through `runner` (fork, exec, wait4): wall time from fork to reap and the child's
    peak RSS (ru_maxrss), measured from a small C parent so the Python driver's pages do not count."""
    so_path = stdout_to or scratch / "stdout.txt"
    se_path = scratch / "stderr.txt"
    res_path = scratch / "runner.txt"
    with open(so_path, "wb") as so, open(se_path, "wb") as se:
        rc = subprocess.call([RUNNER, str(res_path)] + list(argv), stdout=so, stderr=se, stdin=subprocess.DEVNULL)
    err = se_path.read_bytes().decode(errors="replace")
    try:
        wall, rss, code, cpu, sys_ = res_path.read_text().split()
    except (OSError, ValueError):
        raise SystemExit(f"runner failed ({rc}) for {' '.join(argv)}:\n{err[-2000:]}")
    res_path.unlink()
    out = b"" if stdout_to else so_path.read_bytes()
    return Result(float(wall), int(rss), int(code), out.decode(errors="replace"), err,
                  os.path.getsize(stdout_to) if stdout_to else None, float(cpu), float(sys_))


# ---------------------------------------------------------------- tools
class Tool:
    """One tool/mode. argv(file, outdir) -> (argv, output path or None, stdout-to-file?)."""

    def __init__(self, key, tool, mode, family, make, output=None, stdout_file=False, needle=None,
                 counts_from_stdout=False):
        self.key, self.tool, self.mode, self.family = key, tool, mode, family
        self.make, self.output, self.stdout_file, self.needle = make, output, stdout_file, needle
        self.counts_from_stdout = counts_from_stdout


def tools(b):
    J = str(b / "jspcap" / "cli" / "jspcapy")
    fields = ["-e", "frame.number", "-e", "frame.protocols", "-e", "ip.src", "-e", "ip.dst",
              "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "udp.srcport", "-e", "udp.dstport"]
    T = [
        Tool("j-n", "jspcap", "jspcapy -n (dissect only)", "jspcap", lambda f, o: [J, f, "-n"]),
        Tool("j-iptcp", "jspcap", "jspcapy --ip --tcp -n", "jspcap", lambda f, o: [J, f, "--ip", "--tcp", "-n"]),
        Tool("j-interp", "jspcap", "jspcapy -n, every spec interpreted (--spec specs/)", "jspcap",
             lambda f, o: [J, f, "-n", "--no-spec-path", "--spec", str(HERE.parent / "specs")]),
        Tool("j-jsonl", "jspcap", "jspcapy -f jsonl", "jspcap", lambda f, o: [J, f, "-f", "jsonl", "-o", o],
             output="jspcap.jsonl", needle=b'{"number":'),
        Tool("j-json", "jspcap", "jspcapy -f json", "jspcap", lambda f, o: [J, f, "-f", "json", "-o", o],
             output="jspcap.json", needle=b'\n\t"Frame '),
        Tool("j-tree", "jspcap", "jspcapy -f tree", "jspcap", lambda f, o: [J, f, "-f", "tree", "-o", o],
             output="jspcap.txt", needle=b"\nFrame "),
        Tool("j-lib", "jspcap", "library Reader loop + counts", "jspcap",
             lambda f, o: [str(b / "jspcap_count"), f], counts_from_stdout=True),
        Tool("tins", "libtins", "PDU chain walk, every layer", "libtins",
             lambda f, o: [str(b / "tins_walk"), f], counts_from_stdout=True),
        Tool("pcap", "libpcap", "pcap_next_ex loop (read floor)", "pcap",
             lambda f, o: [str(b / "pcap_loop"), f], counts_from_stdout=True),
        Tool("ts-fields", "tshark", "-T fields (8 fields)", "tshark",
             lambda f, o: ["tshark", "-n", "-r", f, "-T", "fields"] + fields, output="tshark.tsv", stdout_file=True),
        Tool("ts-json", "tshark", "-T json", "tshark", lambda f, o: ["tshark", "-n", "-r", f, "-T", "json"],
             output="tshark.json", stdout_file=True),
        Tool("dpkt", "dpkt", "walk every layer (python3)", "dpkt",
             lambda f, o: [PY, str(HERE / "peers" / "dpkt_walk.py"), f], counts_from_stdout=True),
        Tool("scapy", "Scapy", "walk every layer (python3)", "scapy",
             lambda f, o: [PY, str(HERE / "peers" / "scapy_walk.py"), f], counts_from_stdout=True),
    ]
    return {t.key: t for t in T}


BIG_TOOLS = ["j-n", "j-iptcp", "j-interp", "j-jsonl", "j-json", "j-tree", "j-lib", "tins", "pcap"]
SMALL_TOOLS = ["j-n", "j-iptcp", "j-interp", "j-jsonl", "j-json", "j-tree", "j-lib", "tins", "pcap",
               "ts-fields", "ts-json", "dpkt", "scapy"]
STARTUP_TOOLS = ["j-n", "j-jsonl", "tins", "ts-fields", "ts-json", "dpkt", "scapy"]
PEERS = [("tins", "libtins"), ("pcap", "libpcap loop"), ("ts-json", "tshark -T json"),
         ("ts-fields", "tshark -T fields"), ("dpkt", "dpkt"), ("scapy", "Scapy")]


def execute(tool, file, outdir, scratch):
    out = outdir / tool.output if tool.output else None
    argv = tool.make(str(file), str(out) if out else None)
    r = run_once(argv, scratch, stdout_to=out if tool.stdout_file else None)
    if r.rc != 0:
        raise SystemExit(f"{' '.join(argv)} exited {r.rc}:\n{r.stderr[-2000:]}")
    if out and out.exists():
        r.out_size = out.stat().st_size
    return r, out


# ---------------------------------------------------------------- formatting helpers
def fmt_rate(x):
    return f"{x / 1e6:.2f} M" if x >= 1e6 else (f"{x / 1e3:.1f} k" if x >= 1e3 else f"{x:.0f}")


def fmt_ratio(x):
    return "" if x is None else (f"{x:,.0f}×" if x >= 100 else (f"{x:.1f}×" if x >= 10 else f"{x:.2f}×"))


NUMERIC = re.compile(r"^[-+±]?[\d.,]+(%|×|×†| k| M)?( \(\d+\))?$")


def md_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def text_table(header, rows):
    cols = list(zip(*([header] + [[str(c) for c in r] for r in rows])))
    w = [max(len(c) for c in col) for col in cols]
    sep = "  "
    out = [sep.join(h.ljust(w[i]) for i, h in enumerate(header)), sep.join("-" * x for x in w)]
    for r in rows:
        out.append(sep.join((str(c).rjust(w[i]) if NUMERIC.match(str(c)) else str(c).ljust(w[i])) for i, c in enumerate(r)))
    return "\n".join(out)


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return ""


def machine_info():
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
    mem = sh("awk '/MemTotal/ {printf \"%.1f GiB\", $2/1048576}' /proc/meminfo")
    commit = sh(f"git -C {ROOT} rev-parse --short=12 HEAD")
    dirty = sh(f"git -C {ROOT} status --porcelain --untracked-files=no -- . ':!bench'")
    subject = sh(f"git -C {ROOT} log -1 --format=%s")
    info = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu, "cores": f"{os.cpu_count()} logical (nproc {sh('nproc')})", "memory": mem,
        "kernel": platform.release(), "os": sh(". /etc/os-release && echo $PRETTY_NAME"),
        "commit": commit + (f" + uncommitted changes in {len(dirty.splitlines())} tracked file(s)" if dirty else "")
                  + (f" ({subject[:90]})" if subject else ""),
        "compiler": sh("c++ --version | head -1"),
        "versions": ", ".join(x for x in [
            "tshark " + sh("dpkg-query -W -f='${Version}' tshark"),
            "libtins " + sh("dpkg-query -W -f='${Version}' libtins-dev"),
            "libpcap " + sh("dpkg-query -W -f='${Version}' libpcap-dev"),
            "dpkt " + sh("dpkg-query -W -f='${Version}' python3-dpkt"),
            "scapy " + sh("dpkg-query -W -f='${Version}' python3-scapy"),
            "python " + platform.python_version()] if x.split()[-1]),
    }
    return info


def mem_available():
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--build", default=str(ROOT / "build-bench"), help="build dir made by run.sh")
    ap.add_argument("--packets", type=int, help="packets in the big file (default 2,000,000; --quick 200,000)")
    ap.add_argument("--small", type=int, help="packets in the small file for tshark/dpkt/Scapy (default 100,000; --quick 20,000)")
    ap.add_argument("--reps", type=int, help="timed repetitions on the big file (default 5; --quick 3)")
    ap.add_argument("--small-reps", type=int, help="timed repetitions on the small file (default 3; --quick 2)")
    ap.add_argument("--rss-multiple", type=int, default=4, help="peak-RSS check on N and K*N packets (default 4; 0 = skip)")
    ap.add_argument("--quick", action="store_true", help="200k packets, 20k small, fewer repetitions")
    ap.add_argument("--data-dir", help="where the inputs are made and kept (default BUILD/bench-data)")
    ap.add_argument("--out-dir", help="where report outputs go, deleted after each run (default /dev/shm if it has room)")
    ap.add_argument("--seed", default=str(ROOT.parent / "shared" / "bench" / "seed.pcap"))
    ap.add_argument("--make-big", default=str(ROOT.parent / "shared" / "bench" / "make-big.py"))
    ap.add_argument("--results", default=str(HERE / "results.md"))
    a = ap.parse_args()
    N = a.packets or (200_000 if a.quick else 2_000_000)
    M = a.small or (20_000 if a.quick else 100_000)
    M = min(M, N)
    reps = a.reps or (3 if a.quick else 5)
    sreps = a.small_reps or (2 if a.quick else 3)
    build = Path(a.build).resolve()
    for exe in ("jspcap/cli/jspcapy", "jspcap_count", "tins_walk", "pcap_loop", "runner"):
        if not (build / exe).exists():
            raise SystemExit(f"{build / exe} is missing: run bench/run.sh (it builds {build})")
    if not shutil.which("tshark"):
        raise SystemExit("tshark is missing: run bench/run.sh (apt-get install tshark)")
    global RUNNER
    RUNNER = str(build / "runner")
    data = Path(a.data_dir or build / "bench-data").resolve()
    data.mkdir(parents=True, exist_ok=True)
    scratch = data / "scratch"
    scratch.mkdir(exist_ok=True)
    T = tools(build)
    t_start = time.time()
    info = machine_info()
    load0 = os.getloadavg()
    print(f"jspcap bench: N={N:,} packets, small={M:,}, reps={reps}/{sreps}; {info['cpu']}, {info['cores']}; "
          f"commit {info['commit']}", flush=True)

    # ---- inputs
    def make(packets, name):
        path = data / name
        stamp = data / (name + ".ok")
        if path.exists() and stamp.exists() and stamp.read_text().strip() == f"{packets} {path.stat().st_size}":
            return path
        print(f"  making {path} ({packets:,} packets) …", flush=True)
        r = subprocess.run([PY, a.make_big, a.seed, str(path), "--packets", str(packets)], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"make-big.py failed: {r.stderr}")
        stamp.write_text(f"{packets} {path.stat().st_size}\n")
        return path

    big = make(N, f"big-{N}.pcap")
    small = make(M, f"small-{M}.pcap")
    one = make(1, "one.pcap")
    files = {"big": big, "small": small}
    size = {k: v.stat().st_size for k, v in files.items()}

    def warm(path):  # read the file once so every tool starts from the page cache
        with open(path, "rb") as f:
            while f.read(1 << 24):
                pass

    # ---- counting runs (untimed)
    print("\n== counting runs (untimed)", flush=True)
    counts = {"big": {}, "small": {}}
    tmp_out = scratch / "out"
    tmp_out.mkdir(exist_ok=True)
    for which, keys in (("big", ["j-lib", "tins", "pcap"]), ("small", ["j-lib", "tins", "pcap", "ts-fields", "ts-json", "dpkt", "scapy"])):
        for k in keys:
            t = T[k]
            r, out = execute(t, files[which], tmp_out, scratch)
            c = parse_counts(r.stdout, t.family) if t.counts_from_stdout else tshark_counts(out)
            if t.family == "pcap" and c.get("packets"):
                c["layers"]["Ethernet"] = c["packets"]
            counts[which][k] = c
            if out and out.exists():
                out.unlink()
            print(f"  {which:5} {t.tool:8} {c.get('packets', 0):>10,} packets", flush=True)
    # jspcapy's own outputs are checked in the timed runs (frames written == packets).

    # ---- where report outputs go
    if a.out_dir:
        outdir = Path(a.out_dir)
    else:
        need = 16 * size["big"]  # the tree report is ~12x the pcap; margin for the rest
        shm = Path("/dev/shm")
        room = min(shutil.disk_usage(shm).free, mem_available() - 2 * 1024 ** 3) if shm.is_dir() else 0
        outdir = shm if room > need else data
    outdir = outdir / f"jspcap-bench-{os.getpid()}"
    outdir.mkdir(parents=True, exist_ok=True)
    print(f"\nreport outputs go to {outdir} (deleted after each run)", flush=True)

    # ---- timed runs, alternating
    timings = {}  # (which, key) -> [Result]
    frames_written = {}

    def timed(which, keys, n):
        warm(files[which])
        print(f"\n== timed: {which} file ({files[which].name}, {size[which] / 1e6:.0f} MB), {n} repetitions, "
              f"alternating {len(keys)} tools", flush=True)
        for rep in range(n):
            order = keys[rep % len(keys):] + keys[:rep % len(keys)]
            for k in order:
                t = T[k]
                r, out = execute(t, files[which], outdir, scratch)
                timings.setdefault((which, k), []).append(r)
                if out and out.exists():
                    if t.needle and (which, k) not in frames_written:
                        frames_written[(which, k)] = count_bytes(out, t.needle)
                    out.unlink()
                print(f"  rep {rep + 1}/{n} {t.tool:8} {t.mode:32} {r.wall:8.3f} s  {r.rss_kib / 1024:7.1f} MiB", flush=True)

    timed("small", SMALL_TOOLS, sreps)
    timed("big", BIG_TOOLS, reps)

    # ---- start-up cost (1-packet file)
    startup = {}
    for k in STARTUP_TOOLS:
        walls = [execute(T[k], one, outdir, scratch)[0].wall for _ in range(3)]
        startup[k] = statistics.median(walls)
    for p in outdir.iterdir():
        p.unlink()

    # ---- peak RSS on N and K*N
    rss_rows = []
    if a.rss_multiple and a.rss_multiple > 1:
        K = a.rss_multiple
        bigK = make(K * N, f"big-{K * N}.pcap")
        print(f"\n== peak RSS on {N:,} and {K * N:,} packets", flush=True)
        for k in ("j-n", "j-iptcp"):
            row = [T[k].mode]
            for f in (big, bigK):
                rs = [execute(T[k], f, outdir, scratch)[0] for _ in range(2)]
                row.append(max(r.rss_kib for r in rs) / 1024)
                row.append(min(r.wall for r in rs))
            rss_rows.append(row)
            print(f"  {row[0]:28} {row[1]:6.1f} MiB ({row[2]:.2f} s)  →  {row[3]:6.1f} MiB ({row[4]:.2f} s)", flush=True)
    shutil.rmtree(outdir, ignore_errors=True)
    load1 = os.getloadavg()

    # ---- summary numbers
    stats = {}
    for (which, k), rs in timings.items():
        walls = sorted(r.wall for r in rs)
        med = statistics.median(walls)
        pk = counts[which].get("j-lib", {}).get("packets") or (N if which == "big" else M)
        stats[(which, k)] = {
            "wall": med, "min": walls[0], "max": walls[-1], "n": len(walls), "packets": pk,
            "pps": pk / med, "mbs": size[which] / med / 1e6, "us": med / pk * 1e6,
            "rss": max(r.rss_kib for r in rs) / 1024,
            "cpu": statistics.median(r.cpu for r in rs), "sys": statistics.median(r.sys for r in rs), "cpps": pk / max(statistics.median(r.cpu for r in rs), 1e-9),
            "out": statistics.median([r.out_size for r in rs]) if rs[0].out_size is not None else None,
        }

    def ratio(which, k, peer):
        """(jspcap row rate / peer rate, peer measured on another file?)"""
        if (which, peer) in stats:
            return stats[(which, k)]["pps"] / stats[(which, peer)]["pps"], False
        if ("small", peer) in stats:
            return stats[(which, k)]["pps"] / stats[("small", peer)]["pps"], True
        return None, False

    header = ["tool", "mode", "file", "packets", "median wall s", "spread", "packets/s", "MB/s", "µs/packet",
              "peak RSS MiB", "CPU s (sys)"] + [f"× {name}" for _, name in PEERS]
    rows = []
    order = [("big", k) for k in BIG_TOOLS if k.startswith("j-")] + [("small", k) for k in SMALL_TOOLS if k.startswith("j-")] + \
            [("big", k) for k in BIG_TOOLS if not k.startswith("j-")] + [("small", k) for k in SMALL_TOOLS if not k.startswith("j-")]
    for which, k in order:
        if (which, k) not in stats:
            continue
        s = stats[(which, k)]
        t = T[k]
        cells = [t.tool, t.mode, f"{which} ({s['packets'] / 1e3:,.0f}k)", f"{s['packets']:,}", f"{s['wall']:.3f}",
                 f"±{(s['max'] - s['min']) / 2 / s['wall'] * 100:.0f}% ({s['n']})", fmt_rate(s["pps"]), f"{s['mbs']:,.0f}",
                 f"{s['us']:.3g}", f"{s['rss']:.1f}", f"{s['cpu']:.3g} ({s['sys']:.2g})"]
        for peer, _ in PEERS:
            if t.family == "jspcap":
                x, other = ratio(which, k, peer)
                cells.append(fmt_ratio(x) + ("†" if other and x is not None else ""))
            else:
                cells.append("")
        rows.append(cells)

    # ---- counts comparison
    count_tables = []
    for which, keys in (("big", ["j-lib", "tins", "pcap"]), ("small", ["j-lib", "tins", "pcap", "ts-fields", "ts-json", "dpkt", "scapy"])):
        ref = counts[which]["j-lib"]
        ch = ["layer"] + [{"ts-fields": "tshark fields", "ts-json": "tshark json"}.get(k, T[k].tool) for k in keys]
        crow = []
        disagreements = []
        pk = ["packets"]
        for k in keys:
            c = counts[which][k]
            p = c.get("packets", 0)
            flag = "" if p == ref.get("packets") else " ≠ LESS WORK?"
            pk.append(f"{p:,}{flag}")
            if flag:
                disagreements.append(f"{T[k].tool} {T[k].mode}: packets {p:,} vs jspcap {ref.get('packets'):,}")
        crow.append(pk)
        for key in KEYS:
            row = [key]
            rv = ref["layers"].get(key, 0)
            for k in keys:
                c = counts[which][k]
                fam = T[k].family
                if key not in PRODUCES[fam]:
                    row.append("n/a")
                    continue
                v = c["layers"].get(key, 0)
                if k != "j-lib" and v != rv:
                    d = (v - rv) / rv * 100 if rv else float("inf")
                    row.append(f"{v:,} ≠ ({d:+.1f}%)")
                    disagreements.append(f"{T[k].tool} {T[k].mode.split('(')[0].strip()}: {key} {v:,} vs jspcap {rv:,}")
                else:
                    row.append(f"{v:,}")
            crow.append(row)
        extra = []
        for k in keys:
            c = counts[which][k]
            if c.get("malformed"):
                extra.append(f"{T[k].tool}: {c['malformed']:,} frames malformed (not walked)")
            if k == "j-lib":
                extra.append(f"jspcap: {c.get('issues', 0):,} frames with a decode issue")
        count_tables.append((which, ch, crow, disagreements, extra))

    # frames written by jspcapy's report modes
    written = []
    for (which, k), n in sorted(frames_written.items()):
        pk = counts[which]["j-lib"]["packets"]
        written.append(f"{T[k].mode} on {which}: {n:,} frames in the output" + ("" if n == pk else f"  ≠ {pk:,} packets!")
                       + (f", {stats[(which, k)]['out'] / pk:,.0f} bytes/packet" if stats[(which, k)].get("out") else ""))

    # ---- targets
    def g(which, k, f="pps"):
        return stats.get((which, k), {}).get(f)

    targets = []

    def target(name, value, ok, detail):
        targets.append([name, value, "PASS" if ok else "MISS", detail])

    if g("big", "tins"):
        x = g("big", "j-n") / g("big", "tins")
        target("dissect-only ≥ 3× libtins packet rate", fmt_ratio(x), x >= 3, f"{fmt_rate(g('big', 'j-n'))} vs {fmt_rate(g('big', 'tins'))} pkt/s, big file; by CPU time {fmt_ratio(g('big', 'j-n', 'cpps') / g('big', 'tins', 'cpps'))}")
    if g("big", "pcap"):
        x = g("big", "j-n") / g("big", "pcap")
        target("dissect-only ≥ 2× bare libpcap loop", fmt_ratio(x), x >= 2, f"{fmt_rate(g('big', 'j-n'))} vs {fmt_rate(g('big', 'pcap'))} pkt/s, big file; by CPU time {fmt_ratio(g('big', 'j-n', 'cpps') / g('big', 'pcap', 'cpps'))}")
    if g("small", "ts-json"):
        x = g("small", "j-jsonl") / g("small", "ts-json")
        y = g("big", "j-jsonl") / g("small", "ts-json")
        target("JSONL ≥ 100× tshark -T json", fmt_ratio(x), x >= 100,
               f"same {M:,}-packet file; big-file JSONL rate vs it: {fmt_ratio(y)}; net of start-up "
               f"({startup['ts-json']:.2f} s tshark, {startup['j-jsonl']:.3f} s jspcapy): "
               f"{fmt_ratio(net_ratio(stats, startup, 'small', 'j-jsonl', 'ts-json'))}; by CPU time "
               f"{fmt_ratio(g('small', 'j-jsonl', 'cpps') / g('small', 'ts-json', 'cpps'))}")
    for k, nm in (("j-json", "JSON"), ("j-tree", "TREE")):
        x = g("big", k, "wall") / g("big", "j-jsonl", "wall")
        target(f"{nm} within 2× of JSONL (wall)", f"{x:.2f}×", x <= 2,
               f"{g('big', k, 'wall'):.2f} s vs {g('big', 'j-jsonl', 'wall'):.2f} s, big file; by CPU time "
               f"{g('big', k, 'cpu') / g('big', 'j-jsonl', 'cpu'):.2f}×, user time only "
               f"{(g('big', k, 'cpu') - g('big', k, 'sys')) / (g('big', 'j-jsonl', 'cpu') - g('big', 'j-jsonl', 'sys')):.2f}×; "
               f"small file {g('small', k, 'wall') / g('small', 'j-jsonl', 'wall'):.2f}×")
    if g("big", "j-interp"):
        x = g("big", "j-interp") / g("big", "j-n")
        targets.append(["(info) every spec interpreted, -n", f"{x * 100:.0f}% of compiled", "",
                        f"{fmt_rate(g('big', 'j-interp'))} vs {fmt_rate(g('big', 'j-n'))} pkt/s, big file (no target: "
                        "the issue asks for the cost to be measured and documented)"])
    x = g("big", "j-iptcp") / g("big", "j-n")
    target("--ip --tcp -n ≥ 50% of dissect-only", f"{x * 100:.0f}%", x >= 0.5, f"{fmt_rate(g('big', 'j-iptcp'))} vs {fmt_rate(g('big', 'j-n'))} pkt/s, big file; by CPU time {g('big', 'j-iptcp', 'cpps') / g('big', 'j-n', 'cpps') * 100:.0f}%")
    if rss_rows:
        r = rss_rows[0]
        target(f"peak RSS -n ≤ 32 MiB ({N:,} packets)", f"{r[1]:.1f} MiB", r[1] <= 32, "getrusage ru_maxrss of the child")
        grow = r[3] / r[1]
        target(f"peak RSS -n flat 1×→{a.rss_multiple}×", f"{r[1]:.1f} → {r[3]:.1f} MiB", grow <= 1.10, f"{(grow - 1) * 100:+.1f}% (flat: ≤ +10%)")
        r2 = rss_rows[1]
        targets.append([f"(info) peak RSS --ip --tcp -n 1×→{a.rss_multiple}×", f"{r2[1]:.1f} → {r2[3]:.1f} MiB", "", "no target"])

    st_rows = [[T[k].tool, T[k].mode, f"{startup[k]:.3f}"] for k in STARTUP_TOOLS]

    # ---- print + markdown
    elapsed = time.time() - t_start
    notes = [
        f"big = {big.name}: {N:,} packets, {size['big'] / 1e6:,.0f} MB; small = its first {M:,} packets "
        f"({size['small'] / 1e6:,.0f} MB): tshark, dpkt and Scapy run on the small file only — compare per-packet rates.",
        "Median of the repetitions; spread = half the min–max range relative to the median (repetitions in brackets). "
        "Tools alternate round-robin, order rotated each repetition, warm page cache.",
        "packets/s, MB/s (10^6 bytes of pcap file per second) and µs/packet from the median wall time, start-up included "
        "(start-up times below).",
        "× peer = this jspcap row's packet rate ÷ the peer's on the same file; † = peer measured on the small file "
        "(rate vs rate).",
        "Peak RSS: ru_maxrss of the child from wait4 in bench/runner.c (max over the repetitions); wall time from fork to wait4; "
        "CPU s = median user+system time of the child, system part in brackets (the targets' detail also gives "
        "ratios by CPU time, less sensitive to other jobs on the machine).",
        f"Report outputs written to {'tmpfs /dev/shm' if str(outdir).startswith('/dev/shm') else outdir.parent} and deleted after each run. "
        "tshark runs with -n (no name resolution), default preferences otherwise; its output goes to a file.",
    ]
    out_lines = []

    def emit(s=""):
        out_lines.append(s)

    print("\n" + "=" * 100)
    print(text_table(header, rows))
    for n_ in notes:
        print("  - " + n_)
    print("\nTargets (issue 5):")
    print(text_table(["target", "measured", "", "detail"], targets))
    print("\nStart-up cost (1-packet file, median of 3):")
    print(text_table(["tool", "mode", "wall s"], st_rows))
    if rss_rows:
        print(f"\nPeak RSS, {N:,} vs {a.rss_multiple * N:,} packets:")
        print(text_table(["mode", f"RSS MiB {N:,}", "wall s", f"RSS MiB {a.rss_multiple * N:,}", "wall s"],
                         [[r[0], f"{r[1]:.1f}", f"{r[2]:.2f}", f"{r[3]:.1f}", f"{r[4]:.2f}"] for r in rss_rows]))
    for which, ch, crow, dis, extra in count_tables:
        print(f"\nPer-layer frame counts, {which} file ({files[which].name}); ≠ = differs from jspcap:")
        print(text_table(ch, crow))
        for e in extra:
            print("  " + e)
        print(f"  {len(dis)} disagreement(s) with jspcap" + (":" if dis else ""))
        for d in dis:
            print("    " + d)
    for w in written:
        print("  " + w)
    print(f"\n{elapsed / 60:.1f} min; load average {load0[0]:.2f} at start, {load1[0]:.2f} at end; results in {a.results}")

    emit("# jspcap benchmark results\n")
    emit(f"Made by `bench/run.sh{' --quick' if a.quick else ''}` (bench/bench.py) on {info['date']}. "
         f"Overwritten on every run.\n")
    emit("| machine | |\n|---|---|")
    for k in ("cpu", "cores", "memory", "kernel", "os", "compiler", "commit", "versions"):
        emit(f"| {k} | {info[k]} |")
    emit(f"| load average | {load0[0]:.2f} at start, {load1[0]:.2f} at end ({elapsed / 60:.1f} min run) |")
    emit(f"| parameters | N={N:,}, small={M:,}, repetitions {reps} (big) / {sreps} (small) |\n")
    emit("## Throughput\n")
    emit(md_table(header, rows))
    emit("")
    for n_ in notes:
        emit("- " + n_)
    emit("\n## Targets (issue 5)\n")
    emit(md_table(["target", "measured", "", "detail"], targets))
    emit("\n## Start-up cost (1-packet file, median of 3)\n")
    emit(md_table(["tool", "mode", "wall s"], st_rows))
    if rss_rows:
        emit(f"\n## Peak RSS, {N:,} vs {a.rss_multiple * N:,} packets\n")
        emit(md_table(["mode", f"RSS MiB ({N:,})", "wall s", f"RSS MiB ({a.rss_multiple * N:,})", "wall s"],
                      [[r[0], f"{r[1]:.1f}", f"{r[2]:.2f}", f"{r[3]:.1f}", f"{r[4]:.2f}"] for r in rss_rows]))
    emit("\n## Per-layer frame counts (cross-check)\n")
    for w in WHAT_COUNTS:
        emit("- " + w)
    for which, ch, crow, dis, extra in count_tables:
        emit(f"\n### {which} file ({files[which].name}); ≠ = differs from jspcap\n")
        emit(md_table(ch, crow))
        emit("")
        for e in extra:
            emit("- " + e)
        emit(f"- {len(dis)} disagreement(s) with jspcap" + (":" if dis else ""))
        for d in dis:
            emit("  - " + d)
    if written:
        emit("\n### jspcapy report outputs\n")
        for w in written:
            emit("- " + w)
    Path(a.results).write_text("\n".join(out_lines) + "\n")


def net_ratio(stats, startup, which, a, b):
    sa, sb = stats[(which, a)], stats[(which, b)]
    ta = max(sa["wall"] - startup[a], 1e-9)
    tb = max(sb["wall"] - startup[b], 1e-9)
    return (sa["packets"] / ta) / (sb["packets"] / tb)


if __name__ == "__main__":
    main()
