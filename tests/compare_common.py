"""Pieces the tshark comparison scripts share: the captures the manifest lists for a protocol,
allow lists (capture, key columns, reason; "*" matches any value), and tshark's environment."""

import csv
import os
from dataclasses import dataclass
from pathlib import Path


def manifest_captures(manifest, protocol):
    """The file names of the shared captures whose tshark protocols include `protocol`."""
    with open(manifest, newline="") as stream:
        return [row["file"] for row in csv.DictReader(stream, delimiter="\t")
                if protocol in (row.get("protocols") or "").split(",")]


@dataclass
class Allow:
    capture: str
    keys: tuple
    reason: str
    line: int
    used: bool = False

    def matches(self, capture, *values):
        return self.capture == capture and all(k in ("*", str(v)) for k, v in zip(self.keys, values))

    def describe(self):
        return f"{self.capture} {' '.join(self.keys)}"


def read_allow(path, tool, columns, valid):
    """Rows capture<TAB>columns…<TAB>reason; `valid(keys)` checks the key columns. '#' lines and a
    header row starting with "capture" are skipped."""
    if not path:
        return []
    entries = []
    with open(path, newline="") as stream:
        for number, row in enumerate(csv.reader(stream, delimiter="\t"), 1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if number == 1 and row[0].strip() == "capture":
                continue
            n = len(columns)
            keys = tuple(k.strip() for k in row[1:1 + n])
            if len(row) < n + 2 or not row[n + 1].strip() or not valid(keys):
                raise SystemExit(f"{tool}: {path}:{number}: want capture<TAB>{'<TAB>'.join(columns)}<TAB>reason")
            entries.append(Allow(row[0].strip(), keys, row[n + 1].strip(), number))
    return entries


def stale_entries(allow, results):
    """Allow entries that matched nothing in the captures that were checked."""
    checked = {r.capture for r in results}
    return [a for a in allow if not a.used and a.capture in checked]


def tshark_env(workdir):
    """An empty configuration directory: a personal profile cannot change what tshark shows."""
    env = dict(os.environ)
    env["WIRESHARK_CONFIG_DIR"] = str(Path(workdir, "wireshark-config"))
    Path(env["WIRESHARK_CONFIG_DIR"]).mkdir(exist_ok=True)
    return env
