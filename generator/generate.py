#!/usr/bin/env python3
"""jspcap generator: lints specs/ and renders generated/.

    generate.py [--specs DIR] [--out DIR] [--check] [--lint]

--lint   only check the specs (errors: file:line: field 'x': what is wrong)
--check  render in memory and fail if the files under --out differ (used by the tests)
Needs Jinja2 and PyYAML (Debian: python3-jinja2 python3-yaml).
"""

import argparse
import difflib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from jspcapgen.check import check_all  # noqa: E402
from jspcapgen.errors import SpecErrors  # noqa: E402
from jspcapgen.load import load_all  # noqa: E402
from jspcapgen.render import render_all  # noqa: E402

BANNERS = ("// Generated from ", "<!-- Generated from ")


def build(specs_dir, root):
    protocols, tables, collector = load_all(specs_dir, root)
    by_name = check_all(collector, protocols, tables)
    if collector.errors:
        raise SpecErrors(collector.errors)
    return render_all(protocols, tables, by_name, os.path.join(HERE, "templates"))


def existing_generated(out_dir):
    found = {}
    for base, _, files in os.walk(out_dir):
        for name in files:
            path = os.path.join(base, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if text.startswith(BANNERS):
                found[os.path.relpath(path, out_dir)] = text
    return found


def main(argv=None):
    root = os.path.dirname(HERE)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--specs", default=os.path.join(root, "specs"))
    ap.add_argument("--out", default=os.path.join(root, "generated"))
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--lint", action="store_true")
    args = ap.parse_args(argv)
    spec_root = os.path.dirname(os.path.abspath(args.specs))
    try:
        files = build(os.path.abspath(args.specs), spec_root)
    except SpecErrors as e:
        for err in e.errors:
            print(err, file=sys.stderr)
        print(f"generator: {len(e.errors)} error(s) in the specs; nothing written", file=sys.stderr)
        return 1
    if args.lint:
        return 0
    old = existing_generated(args.out) if os.path.isdir(args.out) else {}
    if args.check:
        bad = 0
        for rel in sorted(set(files) | set(old)):
            if files.get(rel) != old.get(rel):
                bad += 1
                diff = difflib.unified_diff(
                    (old.get(rel) or "").splitlines(True), (files.get(rel) or "").splitlines(True),
                    f"committed/{rel}", f"fresh/{rel}", n=1)
                sys.stderr.writelines(list(diff)[:40])
        if bad:
            print(f"generator: {bad} file(s) in {args.out} differ from what specs/ make; "
                  "run generator/generate.py and commit generated/", file=sys.stderr)
            return 1
        return 0
    for rel, text in files.items():
        path = os.path.join(args.out, rel)
        if old.get(rel) == text:
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    for rel in set(old) - set(files):
        os.remove(os.path.join(args.out, rel))
    return 0


if __name__ == "__main__":
    sys.exit(main())
