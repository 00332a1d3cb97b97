#!/usr/bin/env python3
"""Tests of the spec generator: lint messages name file, line and field; output is deterministic;
the expression language parses and evaluates as documented. Run with Debian's /usr/bin/python3."""

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from jspcapgen import expr  # noqa: E402

GENERATE = os.path.join(ROOT, "generator", "generate.py")
# The C++ spec loader's lint (tests/spec_lint_tool.cpp; ctest sets it): when given, every lint test
# also runs it on the same folder, and its error lines must be the generator's.
SPEC_LINT = os.environ.get("JSPCAP_SPEC_LINT")

RAW = """\
protocol: Raw
fallback: true
fields:
  - {name: packet, bytes: rest}
header_size: rest
"""


class SpecDir:
    """A scratch specs/ folder with the fallback spec and the given extra files."""

    def __init__(self, files):
        self.root = tempfile.mkdtemp(prefix="jspcap-gen-")
        self.specs = os.path.join(self.root, "specs")
        os.makedirs(os.path.join(self.specs, "tables"))
        files = {"raw.yaml": RAW, **files}
        for name, text in files.items():
            with open(os.path.join(self.specs, name), "w") as f:
                f.write(textwrap.dedent(text))

    def run(self, *args):
        out = os.path.join(self.root, "generated")
        return subprocess.run([sys.executable, GENERATE, "--specs", self.specs, "--out", out, *args],
                              capture_output=True, text=True)

    def close(self):
        shutil.rmtree(self.root)


class LintTest(unittest.TestCase):
    def lint(self, files):
        d = SpecDir(files)
        try:
            r = d.run("--lint")
            if SPEC_LINT:
                cpp = subprocess.run([SPEC_LINT, d.specs], capture_output=True, text=True)
        finally:
            d.close()
        if SPEC_LINT:
            # The error lines only: each tool ends with its own summary line.
            ours = [line for line in r.stderr.splitlines() if not line.startswith("generator: ")]
            theirs = [line for line in cpp.stderr.splitlines() if not line.startswith("spec_lint_tool: ")]
            self.assertEqual(theirs, ours, "the C++ spec loader's lint differs from the generator's")
            self.assertEqual(cpp.returncode, r.returncode, cpp.stderr)
        return r.returncode, r.stderr

    def assertLint(self, files, *messages):
        rc, err = self.lint(files)
        self.assertEqual(rc, 1, err)
        for m in messages:
            self.assertIn(m, err)

    def test_unknown_enum_inside_a_bit_group(self):
        # Every member of a bit group is checked, not only the first.
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: a, bits: 2}
              - {name: b, bits: 6, enum: nosuch}
            """}, "specs/p.yaml:4: field 'b': unknown enum table 'nosuch'")

    def test_unknown_name_in_size(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: hdr_len, bits: 4, scale: 4}
              - {name: pad, bits: 4}
              - {name: opt, bytes: "hdr_len2 - 20"}
            """}, "specs/p.yaml:5: field 'opt': unknown name 'hdr_len2' (expected an earlier field of P)")

    def test_later_field_is_not_visible(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: body, bytes: len}
              - {name: len, type: u8}
            """}, "specs/p.yaml:3: field 'body': 'len' is declared later (line 4); only earlier fields can be used here")

    def test_unknown_key_and_type(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: a, type: u7}
              - {name: b, type: u8, colour: red}
            """}, "specs/p.yaml:3: field 'a': unknown type 'u7'", "specs/p.yaml:4: field 'b': unknown key 'colour'")

    def test_bits_must_fill_bytes(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: a, bits: 3}
              - {name: b, type: u8}
            """}, "specs/p.yaml:3: field 'a': bit fields starting here add up to 3 bits, not whole bytes")

    def test_duplicate_binding_names_both_specs(self):
        rc, err = self.lint({
            "a.yaml": "protocol: A\nbinds: [{table: linktype, value: 1}]\nfields: [{name: x, type: u8}]\n",
            "b.yaml": "protocol: B\nbinds: [{table: linktype, value: 1}]\nfields: [{name: x, type: u8}]\n",
        })
        self.assertEqual(rc, 1)
        self.assertIn("linktype 0x1 is already bound by A (specs/a.yaml)", err)

    def test_bind_into_unknown_table(self):
        self.assertLint({"p.yaml": "protocol: P\nbinds: [{table: nosuch, value: 1}]\nfields: [{name: x, type: u8}]\n"},
                        "specs/p.yaml:2: binds into table 'nosuch', which no spec's 'next' looks up")

    def test_unknown_enum_and_flag(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: t, type: u8, enum: nosuch}
              - {name: f, type: u8, flags: {a: 1}}
            next: {table: linktype, key: t, when: "f.b"}
            """}, "specs/p.yaml:3: field 't': unknown enum table 'nosuch'", "specs/p.yaml:5: 'f' has no flag 'b'")

    def test_yaml_syntax_error_has_line(self):
        self.assertLint({"p.yaml": "protocol: P\nfields:\n  - {name: a, type: u8\n"}, "specs/p.yaml:")

    def test_bad_expression(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: a, type: u8}
              - {name: b, bytes: "a +* 2"}
            """}, "specs/p.yaml:4: field 'b': unexpected '*'")

    def test_switch_and_case_errors(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: kind, type: u8}
              - name: body
                type: u16
                switch: kind
              - name: rest
                bytes: rest
                cases: {1: []}
            """}, "specs/p.yaml:6: field 'body': 'switch' applies to bytes fields",
            "specs/p.yaml:9: field 'rest': 'cases' belongs to a 'switch' field")
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: kind, type: u8}
              - name: body
                bytes: rest
                switch: later
                cases:
                  1:
                    - {name: n, type: u8}
                    - {name: items, type: u16, repeat: "n + m"}
                    - {name: after, type: u8}
              - {name: later, type: u8}
            """}, "specs/p.yaml:4: field 'body': 'later' is declared later",
            "field 'body' case 1: the count may use earlier integer fields of the case, not 'm'",
            "field 'body' case 1: after a counted repeat ('items') only a last 'bytes: rest' may follow")

    def test_header_list_errors(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: opts, bytes: rest, list: avp}
            header_size: rest
            types:
              avp:
                tlv:
                  header:
                    - {name: flags, bits: 4}
                    - {name: length, bits: 12}
                    - {name: code, type: u16}
                  kind: [flags, code]
                  length: size
            """}, "type 'avp': the kind is whole-byte integer fields next to each other",
            "type 'avp': length names no unscaled integer header field ('size')")

    def test_stream_and_body_rule_errors(self):
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: sp, type: u16}
              - {name: body, bytes: rest}
            header_size: rest
            stream:
              scope: {protocol: [Nope], src: src, dst: dst}
              src: sp
              dst: dp
              seq: sp
              syn: "sp == 1"
              fin: later
              reset: "0"
            """}, "specs/p.yaml:7: stream: no spec defines scope protocol 'Nope'",
            "stream: 'dp' is no integer field of P")
        self.assertLint({"m.yaml": """\
            protocol: M
            message:
              start:
                - receipt: request
                  tokens: [{name: method}, {name: target}]
              body:
                - {receipt: answer, length: none}
                - {header: Content-Length, length: sized}
                - {last: chunked, length: chunked}
            """}, "specs/m.yaml:7: body rule: no start rule has receipt 'answer'",
            "body rule: length is one of none, header, chunked, close, tunnel",
            "body rule: last tests a header's last comma-separated item; name the header")

    def test_many_errors_in_one_run(self):
        # Every message of load.py, layout.py and check.py that these specs provoke, reported in one
        # run (and, with JSPCAP_SPEC_LINT, word for word by the C++ loader too).
        self.assertLint({"p.yaml": """\
            protocol: P
            byte_order: middle
            fields:
              - {name: A, type: u8}
              - {name: class, type: u8}
              - {name: b, type: u8, bits: 3}
              - {name: c, bits: 70, scale: z}
              - {name: d, bytes: 2, enum: foo, as: x, flags: {X: 1}}
              - {name: e, type: u8, flags: {y: 0, z: 0x100}, format: bool, valid: {eq: 1, foo: 2, in: [1, x]}}
              - {name: f, type: u8, switch: f, list: x, repeat: [1], default: []}
              - {name: g, bytes: "3 $ 4", if: "a +"}
              - {name: h, bytes: 1.5}
            enums: {e: {1: a, x: b}}
            binds: [{table: x}, {table: linktype, value: [1, y]}]
            next: [5, {table: a}, {table: t, key: "a+", when: a, unless: a, colour: 1}]
            types:
              t: 5
              v: {tlv: {kind: u32, align: 3}, one_byte: [a], cases: {x: [], 2: 3}}
            """}, "specs/p.yaml:2: byte_order must be big or little",
            "specs/p.yaml:9: field 'e': mask 0x100 of flag 'z' is outside the field's 8 bits",
            "specs/p.yaml:12: field 'h': unexpected '.' in expression 1.5")
        self.assertLint({"p.yaml": """\
            protocol: P
            fields:
              - {name: a, type: u8}
              - {name: a, type: u16}
              - {name: st, struct: [{name: b, bits: 4, if: x}, {name: c, bits: 4}]}
              - {name: d, type: u8, valid: {max: 300, in: [1, 256]}, enum: nosuch}
              - {name: e, bytes: "s + 1", if: "parent_len"}
              - {name: o, bytes: rest, list: avp}
            header_size: a
            total_size: "parent_len + zz"
            next: {table: linktype, key: [a, parent_len], when: "a.f"}
            types:
              avp:
                kind_enum: nope
                tlv:
                  header:
                    - {name: k, type: u32}
                    - {name: k2, type: u16}
                    - {name: n, type: u8, scale: 2}
                  kind: [k, k2, x]
                  length: n
            """}, "specs/p.yaml:4: field 'a': name used twice (first at line 3)")
        self.assertLint({"p.yaml": """\
            protocol: P
            alias: raw
            umbrella: [Raw]
            transparent: true
            layer: link
            fields: [{name: a, type: u8}, {name: m, type: mac}, {name: b, bytes: a}, {name: m2, type: mac}]
            fragment: {key: [a, b, zz], scope: {protocol: P, key: [a, m2, x]}, offset: "a", more: "b", next: {table: t, key: a}}
            stream: {scope: {protocol: [P, Q], src: m, dst: m2}, src: a, dst: b, seq: m, syn: a, fin: q, reset: "parent_len", next: {table: t}}
            next: [{protocol: Nope}, {heuristic: tcp}]
            binds: [{table: nosuch, value: 0x10}]
            """}, "specs/raw.yaml:1: 'Raw' is also used as an umbrella name")
        self.assertLint({"m.yaml": """\
            protocol: M
            message:
              start:
                - receipt: request
                  tokens: [{name: method, one_of: [1]}, {name: target}, {colour: 1}]
                - {receipt: r}
                - {receipt: x, tokens: []}
              body:
                - {token: nope, length: none}
                - {token: method, prefix: [], answers: {token: nope, one_of: [GET]}, length: header}
                - {answers: 5, length: none}
            heuristic: tcp
            """, "tables/x.yaml": "name: y\ncolour: 1\nvalues: {1: a, -1: b, x: c, 2: '', 3: 5}\n",
            "tables/z.yaml": "[5]\n", "q.yaml": "a: *x\n", "r.yaml": "protocol: P\nfields:\n\t- 1\n",
            "s.yaml": "a: [1, 2\n", "t.yaml": "a: [\n"}, "specs/tables/x.yaml:1: table 'y' must live in y.yaml",
            "specs/q.yaml:1: YAML: found undefined alias 'x'")

    def test_valid_spec_passes(self):
        rc, err = self.lint({"p.yaml": """\
            protocol: P
            binds: [{table: linktype, value: 147}]
            fields:
              - {name: a, type: u8, valid: {min: 1}}
              - {name: b, bytes: "a - 1"}
            """})
        self.assertEqual(rc, 0, err)


class OutputTest(unittest.TestCase):
    def test_deterministic_and_bannered(self):
        d = SpecDir({})
        try:
            self.assertEqual(d.run().returncode, 0)
            out = os.path.join(d.root, "generated")
            first = {}
            for base, _, names in os.walk(out):
                for n in names:
                    with open(os.path.join(base, n)) as f:
                        first[os.path.relpath(os.path.join(base, n), out)] = f.read()
            self.assertIn("jspcap/generated/raw.hpp", first)
            for rel, text in first.items():
                self.assertTrue(text.startswith(("// Generated from ", "<!-- Generated from ")), rel)
                self.assertIn("DO NOT EDIT", text.splitlines()[0])
                self.assertNotIn(d.root, text, "absolute paths leak into generated code")
            self.assertEqual(d.run("--check").returncode, 0)
            with open(os.path.join(out, "jspcap/generated/raw.hpp"), "a") as f:
                f.write("// edited\n")
            r = d.run("--check")
            self.assertEqual(r.returncode, 1)
            self.assertIn("differ from what specs/ make", r.stderr)
        finally:
            d.close()


class ExprTest(unittest.TestCase):
    def ev(self, text, **names):
        return expr.evaluate(expr.parse(text), lambda n: names[n[1]])

    def test_precedence_and_logic(self):
        self.assertEqual(self.ev("2 + 3 * 4"), 14)
        self.assertEqual(self.ev("(2 + 3) * 4"), 20)
        self.assertEqual(self.ev("a == 0 ? 7 : a - 1", a=0), 7)
        self.assertEqual(self.ev("a == 0 ? 7 : a - 1", a=5), 4)
        self.assertEqual(self.ev("t in (0, 8, 13)", t=8), 1)
        self.assertEqual(self.ev("!(t in (0, 8))", t=3), 1)
        self.assertEqual(self.ev("a > 1 and b < 2 or not c", a=0, b=0, c=0), 1)
        self.assertEqual(self.ev("x / 0"  , x=5), 0)

    def test_errors(self):
        for bad in ("1 +", "(1", "a..b", "3 $ 4", "in (1)"):
            with self.assertRaises(expr.ExprError, msg=bad):
                expr.parse(bad)


if __name__ == "__main__":
    unittest.main()
