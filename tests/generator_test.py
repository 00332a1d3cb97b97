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
        finally:
            d.close()
        return r.returncode, r.stderr

    def assertLint(self, files, *messages):
        rc, err = self.lint(files)
        self.assertEqual(rc, 1, err)
        for m in messages:
            self.assertIn(m, err)

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
