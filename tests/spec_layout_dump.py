#!/usr/bin/env python3
"""The layout the generator computes for every spec (generator/jspcapgen/layout.py), as JSON; with
--tool, also the C++ loader's (tests/spec_lint_tool.cpp --layout) and a diff: they must be equal.
Run with Debian's /usr/bin/python3.

    spec_layout_dump.py [--specs DIR] [--tool SPEC_LINT_TOOL]
"""

import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from jspcapgen.check import check_all  # noqa: E402
from jspcapgen.load import load_all  # noqa: E402


def field(f, in_case):
    out = [f.name, f.kind, f.bits, f.static_offset, f.group_bytes, f.shift]
    if in_case:
        out += [f.elem_size, f.const_size, f.after_count, [field(m, True) for m in f.children]]
    return out


def fields(fs):
    return [field(f, True) for f in fs]


def layout(specs_dir):
    specs_dir = os.path.abspath(specs_dir)
    protocols, tables, collector = load_all(specs_dir, os.path.dirname(specs_dir))
    check_all(collector, protocols, tables)
    if collector.errors:
        raise SystemExit("\n".join(str(e) for e in collector.errors))
    out = []
    for p in protocols:
        types = {}
        for name, t in p.types.items():
            types[name] = {
                "kind_bytes": t.kind_bytes, "length_bytes": t.length_bytes, "kind_at": t.kind_at,
                "length_at": t.length_at, "length_mask": t.length_mask, "length_shift": t.length_shift,
                "head": t.head, "kind_enum": t.kind_enum or "",
                "case_sizes": {str(k): v for k, v in t.case_sizes.items()},
                "cases": {str(k): fields(v) for k, v in t.cases.items()},
                "header": fields(t.header), "default_size": t.default_size,
                "default": fields(t.default) if t.default is not None else None,
            }
        out.append({"name": p.name, "file": p.file, "fixed_size": p.fixed_size,
                    "leaves": [field(f, False) for f in p.leaves()], "types": types})
    return {"protocols": out}


def diff(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append(f"{path}/{k}: only in {'C++' if k in b else 'the generator'}")
            else:
                diff(a[k], b[k], f"{path}/{k}", out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append(f"{path}: generator {json.dumps(a)}, C++ {json.dumps(b)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--specs", default=os.path.join(ROOT, "specs"))
    ap.add_argument("--tool")
    args = ap.parse_args()
    ours = layout(args.specs)
    if not args.tool:
        json.dump(ours, sys.stdout, indent=1)
        return 0
    r = subprocess.run([args.tool, "--layout", args.specs], capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
        return 1
    theirs = json.loads(r.stdout)
    problems = []
    diff(ours, theirs, "", problems)
    for line in problems[:50]:
        print(line, file=sys.stderr)
    n_leaves = sum(len(p["leaves"]) for p in ours["protocols"])
    n_types = sum(len(p["types"]) for p in ours["protocols"])
    print(f"spec_layout_dump: {len(ours['protocols'])} protocols, {n_leaves} leaves, {n_types} types: "
          f"{len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
