"""Reads specs/*.yaml and specs/tables/*.yaml into the model, collecting every lint error."""

import os
import re

from . import expr
from .errors import SpecError
from .model import Bind, EnumTable, Field, Fragment, Next, Protocol, Stream, TlvType
from .yamlload import Node, load_yaml

PROTOCOL_KEYS = {
    "protocol", "alias", "ref", "doc", "layer", "byte_order", "tshark", "umbrella",
    "transparent", "fallback", "fields", "fields_from", "header_size", "total_size", "next",
    "binds", "enums", "types", "message", "heuristic", "fragment", "stream",
}
FRAGMENT_KEYS = {"key", "scope", "offset", "more", "next", "overlap"}
STREAM_KEYS = {"scope", "src", "dst", "seq", "syn", "fin", "reset", "next", "heuristic"}
FIELD_KEYS = {
    "name", "doc", "type", "bits", "bytes", "scale", "enum", "flags", "format", "as", "valid",
    "byte_order", "hidden", "if", "struct", "list", "repeat", "switch", "cases", "default",
    "derive",
}
DERIVE_SIZES = ("header", "total", "payload")
CHECKSUM_KEYS = {"checksum", "over", "pseudo"}
PSEUDO_KEYS = {"protocol", "src", "dst"}
DERIVE_HELP = ("derive is header, total, payload or {checksum: inet, over: header|total, "
               "pseudo: {protocol: [...], src: FIELD, dst: FIELD}}")
TLV_KEYS = {"tlv", "kind_enum", "one_byte", "end", "cases", "doc"}
TLV_LAYOUT_KEYS = {"kind", "length", "length_counts_header", "align", "unit", "header"}
NEXT_KEYS = {"table", "key", "protocol", "when", "unless", "partial", "heuristic"}
TOKEN_KEYS = {"name", "one_of", "prefix", "digits", "rest", "optional"}
VALID_KEYS = {"eq", "min", "max", "in"}
LAYERS = ("none", "link", "internet", "transport", "application")
TYPES = {"u8": 8, "u16": 16, "u24": 24, "u32": 32, "u64": 64, "mac": 48, "ipv4": 32, "ipv6": 128}
NAME_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
CPP_RESERVED = {
    "and", "or", "not", "xor", "int", "char", "class", "default", "delete", "new", "operator",
    "private", "public", "register", "short", "long", "signed", "switch", "template", "this",
    "union", "unsigned", "void", "volatile", "case", "const", "enum", "struct", "in",
    "parse", "dissect", "visit", "check", "view_bytes", "header_size", "total_size", "parent_len", "s",  # s: the sink in visit()
}


class Collector:
    """Gathers SpecErrors so one run reports every problem in every file."""

    def __init__(self):
        self.errors = []

    def error(self, file, line, message, field=None):
        self.errors.append(SpecError(file, line, message, field))


def _ident(name):
    stem = re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()
    return "p_" + stem if stem[:1].isdigit() else stem


def _parse_expr(c, file, line, text, field=None):
    try:
        return expr.parse(text)
    except expr.ExprError as e:
        c.error(file, line, str(e), field)
        return None


def _int(c, file, line, value, what, field=None):
    if isinstance(value, bool) or not isinstance(value, int):
        c.error(file, line, f"{what} must be an integer, got {value!r}", field)
        return None
    return value


def load_tables(c, tables_dir, display_root):
    tables = {}
    if not os.path.isdir(tables_dir):
        return tables
    for fname in sorted(os.listdir(tables_dir)):
        if not fname.endswith(".yaml"):
            continue
        path = os.path.join(tables_dir, fname)
        display = os.path.relpath(path, display_root)
        try:
            doc = load_yaml(path, display)
        except Exception as e:  # SpecError from YAML syntax
            c.errors.append(e)
            continue
        if not isinstance(doc, Node):
            c.error(display, 1, "a table file is a mapping with 'name' and 'values'")
            continue
        for key in doc:
            if key not in ("name", "doc", "values"):
                c.error(display, doc.line_of(key), f"unknown key '{key}' (allowed: name, doc, values)")
        name = doc.get("name")
        if not isinstance(name, str) or not NAME_RE.match(name):
            c.error(display, doc.line_of("name"), "table 'name' must be a lower_case identifier")
            continue
        if fname[:-5] != name:
            c.error(display, doc.line_of("name"), f"table '{name}' must live in {name}.yaml")
        values = doc.get("values")
        if not isinstance(values, Node):
            c.error(display, doc.line_of("values"), "'values' must map numbers to names")
            continue
        parsed = {}
        for k, v in values.items():
            if isinstance(k, bool) or not isinstance(k, int) or k < 0:
                c.error(display, values.line_of(k), f"key {k!r} is not a non-negative integer")
                continue
            if not isinstance(v, str) or not v:
                c.error(display, values.line_of(k), f"value {k} needs a non-empty name, got {v!r}")
                continue
            parsed[k] = v
        if name in tables:
            c.error(display, doc.line, f"table '{name}' is defined twice")
        tables[name] = EnumTable(name=name, file=display, doc=str(doc.get("doc", "")),
                                 values=parsed, ident=name)
    return tables


def _load_field(c, file, node, byte_order):
    if not isinstance(node, Node):
        c.error(file, 0, f"a field must be a mapping, got {node!r}")
        return None
    name = node.get("name")
    line = node.line
    if not isinstance(name, str) or not NAME_RE.match(name):
        c.error(file, line, f"field name {name!r} must be a lower_case identifier")
        return None
    for key in node:
        if key not in FIELD_KEYS:
            c.error(file, node.line_of(key), f"unknown key '{key}'", name)
    if name in CPP_RESERVED:
        c.error(file, line, "name is reserved (clashes with C++ or the view's own members)", name)
    f = Field(name=name, line=line, kind="uint", doc=str(node.get("doc", "")).strip())
    f.byte_order = node.get("byte_order", byte_order)
    if f.byte_order not in ("big", "little", "either"):
        c.error(file, node.line_of("byte_order"), "byte_order must be big, little or either", name)
    sizes = [k for k in ("type", "bits", "bytes", "struct") if k in node]
    if len(sizes) != 1:
        c.error(file, line, "needs exactly one of type, bits, bytes, struct"
                + (f" (has {', '.join(sizes)})" if sizes else ""), name)
        return None
    if "struct" in node:
        f.kind = "struct"
        members = node["struct"]
        if not isinstance(members, list) or not members:
            c.error(file, node.line_of("struct"), "struct must be a non-empty list of fields", name)
            return None
        for m in members:
            child = _load_field(c, file, m, f.byte_order)
            if child:
                f.children.append(child)
    elif "type" in node:
        t = node["type"]
        if t not in TYPES:
            c.error(file, node.line_of("type"), f"unknown type {t!r} (known: {', '.join(TYPES)})", name)
            return None
        f.kind = t if t in ("mac", "ipv4", "ipv6") else "uint"
        f.bits = TYPES[t]
    elif "bits" in node:
        f.bits = _int(c, file, node.line_of("bits"), node["bits"], "bits", name)
        f.declared_bits = True
        if f.bits is not None and not 1 <= f.bits <= 64:
            c.error(file, node.line_of("bits"), f"bits must be 1..64, got {f.bits}", name)
    else:
        f.kind = "bytes"
        size = node["bytes"]
        f.size = "rest" if size == "rest" else _parse_expr(c, file, node.line_of("bytes"), size, name)
    if "scale" in node:
        f.scale = _int(c, file, node.line_of("scale"), node["scale"], "scale", name) or 1
        if f.kind != "uint":
            c.error(file, node.line_of("scale"), "scale applies to integer fields only", name)
    if "enum" in node:
        f.enum = node["enum"]
        if f.kind != "uint":
            c.error(file, node.line_of("enum"), "enum applies to integer fields only", name)
    if "flags" in node:
        flags = node["flags"]
        if not isinstance(flags, Node) or not flags or f.kind != "uint":
            c.error(file, node.line_of("flags"), "flags must map flag names to bit masks of an integer field", name)
        else:
            for k, v in flags.items():
                if not isinstance(k, str) or not NAME_RE.match(k):
                    c.error(file, flags.line_of(k), f"flag name {k!r} must be a lower_case identifier", name)
                elif _int(c, file, flags.line_of(k), v, f"mask of flag '{k}'", name) is not None:
                    if v <= 0 or (f.bits and v >> f.bits):
                        c.error(file, flags.line_of(k), f"mask {v:#x} of flag '{k}' is outside the field's {f.bits} bits", name)
                    f.flags[k] = v
    f.fmt = node.get("format", "dec")
    if f.fmt not in ("dec", "hex", "bool"):
        c.error(file, node.line_of("format"), f"format must be dec, hex or bool, got {f.fmt!r}", name)
    if f.fmt == "bool" and f.bits != 1:
        c.error(file, node.line_of("format"), "format bool needs a 1-bit field", name)
    if "as" in node:
        f.show_as = node["as"]
        if f.kind != "bytes" or f.show_as not in ("hwaddr", "ipaddr", "text"):
            c.error(file, node.line_of("as"), "'as' (hwaddr, ipaddr, text) applies to bytes fields", name)
    if "valid" in node:
        valid = node["valid"]
        if not isinstance(valid, Node) or f.kind != "uint":
            c.error(file, node.line_of("valid"), "valid must be a mapping (eq, min, max, in) on an integer field", name)
        else:
            for k, v in valid.items():
                if k not in VALID_KEYS:
                    c.error(file, valid.line_of(k), f"unknown check '{k}' (allowed: eq, min, max, in)", name)
                elif k == "in":
                    if not isinstance(v, list) or not all(isinstance(x, int) for x in v):
                        c.error(file, valid.line_of(k), "'in' needs a list of integers", name)
                    else:
                        f.valid[k] = v
                elif _int(c, file, valid.line_of(k), v, f"check '{k}'", name) is not None:
                    f.valid[k] = v
    f.hidden = bool(node.get("hidden", False))
    if "list" in node:
        f.list_type = node["list"]
        if f.kind != "bytes":
            c.error(file, node.line_of("list"), "'list' applies to bytes fields (the list's extent)", name)
    if "repeat" in node:
        value = node["repeat"]
        if value == "to_end":
            f.repeat = "to_end"
        elif isinstance(value, (int, str)) and not isinstance(value, bool):
            f.repeat = _parse_expr(c, file, node.line_of("repeat"), value, name)
        else:
            c.error(file, node.line_of("repeat"), "repeat is 'to_end' or a count (an expression over earlier fields)", name)
    if "cases" in node and "switch" not in node:
        c.error(file, node.line_of("cases"), "'cases' belongs to a 'switch' field", name)
    if "default" in node and "switch" not in node:
        # Without a switch, default is what build() writes when the field is not set.
        d = node["default"]
        if f.kind == "uint" and isinstance(d, int) and not isinstance(d, bool):
            f.default = d
        elif f.kind in ("mac", "ipv4", "ipv6") and isinstance(d, str):
            f.default = d
        else:
            c.error(file, node.line_of("default"), "default (without switch) is the value built when the field "
                    "is not set: an integer for an integer field, text for an address", name)
    if "derive" in node:
        f.derive = _load_derive(c, file, node.line_of("derive"), node["derive"], f.kind, name)
    if "switch" in node:
        if f.kind != "bytes":
            c.error(file, node.line_of("switch"), "'switch' applies to bytes fields (the extent the cases decode)", name)
        if "list" in node:
            c.error(file, node.line_of("switch"), "a field is a 'switch' or a 'list', not both", name)
        f.switch = _parse_expr(c, file, node.line_of("switch"), node["switch"], name)
        t = TlvType(name=name, line=line, ident="sw_" + name, switch=True, doc=f.doc)
        t.switch_text = str(node["switch"])
        t.cases = _load_cases(c, file, f"field '{name}'", node.get("cases", {}), node.line_of("cases"), byte_order)
        if "default" in node:
            d = node["default"]
            if not isinstance(d, list):
                c.error(file, node.line_of("default"), "default must be a list of fields", name)
            else:
                t.default = [g for g in (_load_field(c, file, x, byte_order) for x in d) if g]
        f.switch_type = t
    if "if" in node:
        f.cond = _parse_expr(c, file, node.line_of("if"), node["if"], name)
    return f


def _load_derive(c, file, line, d, kind, name):
    """`derive:` says how build() fills an integer field the caller did not set."""
    if kind != "uint":
        c.error(file, line, "derive applies to integer fields only", name)
        return None
    if isinstance(d, str) and d in DERIVE_SIZES:
        return d
    if not isinstance(d, Node) or set(d) - CHECKSUM_KEYS or d.get("checksum") != "inet" \
            or d.get("over", "total") not in ("header", "total"):
        c.error(file, line, DERIVE_HELP, name)
        return None
    out = {"checksum": "inet", "over": d.get("over", "total"), "pseudo": None}
    if "pseudo" in d:
        pseudo = d["pseudo"]
        protos = pseudo.get("protocol") if isinstance(pseudo, Node) else None
        if not isinstance(pseudo, Node) or set(pseudo) != PSEUDO_KEYS or not isinstance(protos, list) \
                or not protos or not all(isinstance(x, str) for x in protos) \
                or not isinstance(pseudo["src"], str) or not isinstance(pseudo["dst"], str):
            c.error(file, line, DERIVE_HELP, name)
            return None
        out["pseudo"] = {"protocol": list(protos), "src": pseudo["src"], "dst": pseudo["dst"]}
    return out


def _load_tlv(c, file, name, node, byte_order):
    if not isinstance(node, Node) or "tlv" not in node:
        c.error(file, getattr(node, "line", 0), f"type '{name}' needs a 'tlv' layout ({', '.join(sorted(TLV_KEYS))})")
        return None
    for key in node:
        if key not in TLV_KEYS:
            c.error(file, node.line_of(key), f"type '{name}': unknown key '{key}' (allowed: {', '.join(sorted(TLV_KEYS))})")
    t = TlvType(name=name, line=node.line, ident=re.sub(r"[^0-9a-zA-Z]+", "_", name))
    lay = node["tlv"]
    if not isinstance(lay, Node):
        c.error(file, node.line_of("tlv"), f"type '{name}': tlv must be a mapping ({', '.join(sorted(TLV_LAYOUT_KEYS))})")
        return None
    for key in lay:
        if key not in TLV_LAYOUT_KEYS:
            c.error(file, lay.line_of(key), f"type '{name}': tlv: unknown key '{key}'")
    if "header" in lay:
        # The element header described as fields; kind and length name some of them.
        hdr = lay["header"]
        if not isinstance(hdr, list) or not hdr:
            c.error(file, lay.line_of("header"), f"type '{name}': tlv header must be a list of fields")
        else:
            t.header = [f for f in (_load_field(c, file, x, byte_order) for x in hdr) if f]
        kind = lay.get("kind")
        kinds = kind if isinstance(kind, list) else [kind]
        if not kinds or not all(isinstance(k, str) for k in kinds):
            c.error(file, lay.line_of("kind") if "kind" in lay else lay.line,
                    f"type '{name}': with a header, kind names the header field(s) holding the kind")
        else:
            t.kind_fields = kinds
        if not isinstance(lay.get("length"), str):
            c.error(file, lay.line_of("length") if "length" in lay else lay.line,
                    f"type '{name}': with a header, length names the header field holding the length")
        else:
            t.length_field = lay["length"]
        for key in ("one_byte", "end"):
            if key in node:
                c.error(file, node.line_of(key), f"type '{name}': {key} needs the plain kind-length layout (no header)")
    else:
        sizes = {"u8": 1, "u16": 2}
        for key, attr in (("kind", "kind_bytes"), ("length", "length_bytes")):
            v = lay.get(key, "u8")
            if v not in sizes:
                c.error(file, lay.line_of(key), f"type '{name}': tlv {key} must be u8 or u16")
            else:
                setattr(t, attr, sizes[v])
    t.counts_header = bool(lay.get("length_counts_header", False))
    t.align = lay.get("align", 1)
    if t.align not in (1, 2, 4, 8):
        c.error(file, lay.line_of("align"), f"type '{name}': align must be 1, 2, 4 or 8")
    t.unit = lay.get("unit", 1)
    if t.unit not in (1, 2, 4, 8):
        c.error(file, lay.line_of("unit"), f"type '{name}': unit must be 1, 2, 4 or 8")
    for key in ("one_byte", "end"):
        v = node.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in v):
            c.error(file, node.line_of(key), f"type '{name}': {key} must be a list of kinds")
        else:
            setattr(t, key, v)
    t.kind_enum = node.get("kind_enum")
    t.doc = str(node.get("doc", "")).strip()
    t.cases = _load_cases(c, file, f"type '{name}'", node.get("cases", {}), node.line_of("cases"), byte_order)
    return t


def _load_cases(c, file, where, cases, line, byte_order):
    """{value: [Field]} of a `cases:` mapping (list element kinds, or a switch's values)."""
    out = {}
    if cases == {}:
        return out
    if not isinstance(cases, Node):
        c.error(file, line, f"{where}: cases must map numbers to field lists")
        return out
    shared = {}  # a case written once and shared with a YAML anchor is loaded (and generated) once
    for kind, fields in cases.items():
        if isinstance(kind, bool) or not isinstance(kind, int):
            c.error(file, cases.line_of(kind), f"{where}: case {kind!r} is not a number")
            continue
        if not isinstance(fields, list):
            c.error(file, cases.line_of(kind), f"{where}: case {kind} must be a list of fields")
            continue
        if id(fields) not in shared:
            loaded = [_load_field(c, file, fnode, byte_order) for fnode in fields]
            shared[id(fields)] = [f for f in loaded if f]
        out[kind] = shared[id(fields)]
    return out


def _load_message(c, file, node, line):
    """`message: {start: [{receipt, tokens: [...]}, ...]}` of a text protocol."""
    if not isinstance(node, Node) or set(node) - {"start", "body", "doc"} or not isinstance(node.get("start"), list):
        c.error(file, line, "message needs 'start': a list of {receipt, tokens} (and may have 'body': a list of rules)")
        return None
    rules = []
    for rule in node["start"]:
        if not isinstance(rule, Node) or set(rule) != {"receipt", "tokens"} or not isinstance(rule["tokens"], list):
            c.error(file, getattr(rule, "line", line), "each start rule is {receipt: name, tokens: [...]}")
            continue
        if not 1 <= len(rule["tokens"]) <= 4:
            c.error(file, rule.line, "a start line has 1 to 4 tokens")
            continue
        tokens = []
        for t in rule["tokens"]:
            if not isinstance(t, Node) or "name" not in t or set(t) - TOKEN_KEYS:
                c.error(file, getattr(t, "line", rule.line), f"a token is {{{', '.join(sorted(TOKEN_KEYS))}}} with a name")
                continue
            token = {"one_of": None, "prefix": None, "digits": 0, "rest": False, "optional": False, **dict(t)}
            if token["one_of"] is not None and not (isinstance(token["one_of"], list) and all(isinstance(x, str) for x in token["one_of"])):
                c.error(file, t.line, f"token '{token['name']}': one_of must be a list of strings")
            tokens.append(token)
        rules.append({"receipt": str(rule["receipt"]), "tokens": tokens, "line": rule.line})
    return rules


BODY_RULE_KEYS = {"receipt", "token", "prefix", "answers", "header", "last", "length", "interim"}
BODY_LENGTHS = ("none", "header", "chunked", "close", "tunnel")


def _load_message_body(c, file, node, start_rules, line):
    """`message: {body: [rules]}`: where a message's body ends, the first rule that applies."""
    if node is None:
        return []
    if not isinstance(node, list):
        c.error(file, line, "message: body is a list of rules {receipt, token, prefix, answers, header, last, length, interim}")
        return []
    receipts = {r["receipt"]: r for r in start_rules}
    tokens = {t["name"] for r in start_rules for t in r["tokens"]}
    out = []
    for rule in node:
        if not isinstance(rule, Node) or set(rule) - BODY_RULE_KEYS or "length" not in rule:
            c.error(file, getattr(rule, "line", line),
                    f"a body rule is {{{', '.join(sorted(BODY_RULE_KEYS))}}} with a length")
            continue
        r = {"receipt": None, "token": None, "prefix": [], "answers": None, "answers_one_of": [],
             "header": None, "last": None, "length": str(rule["length"]), "interim": bool(rule.get("interim", False)),
             "line": rule.line}
        if "receipt" in rule:
            r["receipt"] = str(rule["receipt"])
            if r["receipt"] not in receipts:
                c.error(file, rule.line, f"body rule: no start rule has receipt '{r['receipt']}'")
        if "token" in rule:
            r["token"] = str(rule["token"])
            if r["token"] not in tokens:
                c.error(file, rule.line, f"body rule: no start-line token is named '{r['token']}'")
            pre = rule.get("prefix")
            if not isinstance(pre, list) or not pre or not all(isinstance(x, (str, int)) for x in pre):
                c.error(file, rule.line, "body rule: a token is tested with prefix: [strings]")
            else:
                r["prefix"] = [str(x) for x in pre]
        if "answers" in rule:
            a = rule["answers"]
            if not isinstance(a, Node) or set(a) != {"token", "one_of"} or not isinstance(a["one_of"], list):
                c.error(file, rule.line, "body rule: answers is {token: NAME, one_of: [values]} (the message answered)")
            else:
                r["answers"], r["answers_one_of"] = str(a["token"]), [str(x) for x in a["one_of"]]
                if r["answers"] not in tokens:
                    c.error(file, rule.line, f"body rule: no start-line token is named '{r['answers']}'")
        if "header" in rule:
            r["header"] = str(rule["header"])
        if "last" in rule:
            r["last"] = str(rule["last"])
            if r["header"] is None:
                c.error(file, rule.line, "body rule: last tests a header's last comma-separated item; name the header")
        if r["length"] not in BODY_LENGTHS:
            c.error(file, rule.line, f"body rule: length is one of {', '.join(BODY_LENGTHS)}")
        if r["length"] == "header" and r["header"] is None:
            c.error(file, rule.line, "body rule: length: header needs the header giving it")
        out.append(r)
    return out


def _load_fragment(c, file, node):
    """`fragment: {key, scope, offset, more, next, overlap}`."""
    if not isinstance(node, Node):
        c.error(file, 0, f"fragment must be a mapping ({', '.join(sorted(FRAGMENT_KEYS))})")
        return None
    for key in node:
        if key not in FRAGMENT_KEYS:
            c.error(file, node.line_of(key), f"fragment: unknown key '{key}' (allowed: {', '.join(sorted(FRAGMENT_KEYS))})")
    fr = Fragment(line=node.line)
    keys = node.get("key")
    if not isinstance(keys, list) or not keys or not all(isinstance(k, str) for k in keys):
        c.error(file, node.line_of("key") if "key" in node else node.line, "fragment: key is a list of field names")
    else:
        fr.key = keys
    if "scope" in node:
        sc = node["scope"]
        if not isinstance(sc, Node) or set(sc) != {"protocol", "key"} or not isinstance(sc["key"], list):
            c.error(file, node.line_of("scope"), "fragment: scope is {protocol: NAME, key: [field names of it]}")
        else:
            fr.scope, fr.scope_key = str(sc["protocol"]), [str(k) for k in sc["key"]]
    for key in ("offset", "more"):
        if key not in node:
            c.error(file, node.line, f"fragment: '{key}' is required")
        else:
            setattr(fr, key, _parse_expr(c, file, node.line_of(key), node[key]))
    nxt = node.get("next")
    if not isinstance(nxt, Node) or set(nxt) != {"table", "key"}:
        c.error(file, node.line_of("next") if "next" in node else node.line,
                "fragment: next is {table: NAME, key: EXPR} (the reassembled payload's protocol)")
    else:
        fr.next_table = str(nxt["table"])
        fr.next_key = _parse_expr(c, file, nxt.line_of("key"), nxt["key"])
    fr.overlap = str(node.get("overlap", "first"))
    if fr.overlap not in ("first", "last", "drop"):
        c.error(file, node.line_of("overlap"), "fragment: overlap is first, last or drop")
    return fr


def _load_stream(c, file, node):
    """`stream: {scope: {protocol: [..], src, dst}, src, dst, seq, syn, fin, reset, next, heuristic}`."""
    if not isinstance(node, Node):
        c.error(file, 0, f"stream must be a mapping ({', '.join(sorted(STREAM_KEYS))})")
        return None
    for key in node:
        if key not in STREAM_KEYS:
            c.error(file, node.line_of(key), f"stream: unknown key '{key}' (allowed: {', '.join(sorted(STREAM_KEYS))})")
    st = Stream(line=node.line)
    sc = node.get("scope")
    if not isinstance(sc, Node) or set(sc) != {"protocol", "src", "dst"}:
        c.error(file, node.line_of("scope") if "scope" in node else node.line,
                "stream: scope is {protocol: NAME or [NAMES], src: FIELD, dst: FIELD} (the layer giving the addresses)")
    else:
        protos = sc["protocol"] if isinstance(sc["protocol"], list) else [sc["protocol"]]
        st.scopes = [str(x) for x in protos]
        st.scope_src, st.scope_dst = str(sc["src"]), str(sc["dst"])
    for key in ("src", "dst", "seq"):
        if not isinstance(node.get(key), str):
            c.error(file, node.line_of(key) if key in node else node.line, f"stream: '{key}' is a field name")
        else:
            setattr(st, key, node[key])
    for key in ("syn", "fin", "reset"):
        if key not in node:
            c.error(file, node.line, f"stream: '{key}' is required (an expression)")
        else:
            setattr(st, key, _parse_expr(c, file, node.line_of(key), node[key]))
    nxt = node.get("next")
    if nxt is not None:
        if not isinstance(nxt, Node) or set(nxt) != {"table"}:
            c.error(file, node.line_of("next"), "stream: next is {table: NAME} (looked up with both ports, the lower first)")
        else:
            st.next_table = str(nxt["table"])
    if "heuristic" in node:
        st.heuristic = str(node["heuristic"])
    return st


def _load_next(c, file, node):
    if not isinstance(node, Node):
        c.error(file, 0, "next must be a mapping with table and key, or protocol")
        return None
    for key in node:
        if key not in NEXT_KEYS:
            c.error(file, node.line_of(key), f"next: unknown key '{key}' (allowed: {', '.join(sorted(NEXT_KEYS))})")
    n = Next(line=node.line)
    if sum(k in node for k in ("table", "protocol", "heuristic")) != 1:
        c.error(file, node.line, "next needs exactly one of 'table' (with 'key'), 'protocol' or 'heuristic'")
        return None
    if "heuristic" in node:
        n.heuristic = str(node["heuristic"])
    elif "table" in node:
        n.table = node["table"]
        keys = node.get("key")
        if keys is None:
            c.error(file, node.line, "next: a table needs a 'key'")
            return None
        keys = keys if isinstance(keys, list) else [keys]
        n.keys = [k for k in (_parse_expr(c, file, node.line_of("key"), k) for k in keys) if k]
    else:
        n.protocol = node["protocol"]
    if "when" in node and "unless" in node:
        c.error(file, node.line, "next: use 'when' or 'unless', not both")
    if "when" in node:
        n.when = _parse_expr(c, file, node.line_of("when"), node["when"])
    if "unless" in node:
        cond = _parse_expr(c, file, node.line_of("unless"), node["unless"])
        n.when = ("un", "!", cond) if cond else None
    if "partial" in node:
        value = node["partial"]
        n.partial = ("num", 1 if value else 0) if isinstance(value, bool) else \
            _parse_expr(c, file, node.line_of("partial"), value)
    return n


def load_protocol(c, path, display, raw_docs):
    doc = raw_docs[display]
    p = Protocol(name=str(doc.get("protocol", "")), file=display, line=doc.line)
    for key in doc:
        if key not in PROTOCOL_KEYS:
            c.error(display, doc.line_of(key), f"unknown key '{key}' (allowed: {', '.join(sorted(PROTOCOL_KEYS))})")
    if not p.name or not re.match(r"^[A-Za-z][A-Za-z0-9_./-]*$", p.name):
        c.error(display, doc.line_of("protocol"), f"'protocol' must be a name like IPv4, got {p.name!r}")
        return None
    p.ident = _ident(p.name)
    p.alias = str(doc.get("alias", p.name.lower()))
    p.ref = str(doc.get("ref", ""))
    p.doc = str(doc.get("doc", "")).strip()
    p.layer = doc.get("layer", "none")
    if p.layer not in LAYERS:
        c.error(display, doc.line_of("layer"), f"layer must be one of {', '.join(LAYERS)}, got {p.layer!r}")
    p.byte_order = doc.get("byte_order", "big")
    if p.byte_order not in ("big", "little"):
        c.error(display, doc.line_of("byte_order"), "byte_order must be big or little")
    ts = doc.get("tshark", [])
    p.tshark = ts if isinstance(ts, list) else [ts]
    um = doc.get("umbrella", [])
    p.umbrella = um if isinstance(um, list) else [um]
    p.transparent = bool(doc.get("transparent", False))
    p.fallback = bool(doc.get("fallback", False))

    source = doc
    if "fields_from" in doc:
        # Another spec's layout under a new name (RARP is ARP's layout on another EtherType).
        base_name = doc["fields_from"]
        base = next((d for d in raw_docs.values() if d.get("protocol") == base_name), None)
        if base is None:
            c.error(display, doc.line_of("fields_from"), f"fields_from: no spec defines protocol '{base_name}'")
            return None
        if "fields_from" in base:
            c.error(display, doc.line_of("fields_from"), f"fields_from: '{base_name}' itself uses fields_from")
            return None
        for key in ("fields", "header_size", "total_size", "enums", "types"):
            if key in doc:
                c.error(display, doc.line_of(key), f"'{key}' comes from '{base_name}' (fields_from); do not repeat it")
        source = base
        if "byte_order" not in doc:
            p.byte_order = base.get("byte_order", "big")

    enums = source.get("enums", {})
    if not isinstance(enums, dict):
        c.error(display, source.line_of("enums"), "enums must map names to {value: label} mappings")
        enums = {}
    for ename, values in enums.items():
        if not isinstance(values, Node) or not all(isinstance(k, int) and isinstance(v, str) for k, v in values.items()):
            c.error(display, enums.line_of(ename), f"inline enum '{ename}' must map integers to names")
            continue
        p.enums[ename] = dict(values)

    types = source.get("types", {})
    if not isinstance(types, dict):
        c.error(display, source.line_of("types"), "types must map names to element types")
        types = {}
    for tname, tnode in types.items():
        t = _load_tlv(c, display, tname, tnode, p.byte_order)
        if t:
            p.types[tname] = t

    nxt = doc.get("next", [])
    for nnode in (nxt if isinstance(nxt, list) else [nxt]):
        n = _load_next(c, display, nnode)
        if n:
            p.next.append(n)
    binds = doc.get("binds", [])
    if not isinstance(binds, list):
        c.error(display, doc.line_of("binds"), "binds must be a list of {table, value}")
        binds = []
    for b in binds:
        if not isinstance(b, Node) or set(b) - {"table", "value"} or "table" not in b or "value" not in b:
            c.error(display, getattr(b, "line", doc.line_of("binds")), "each bind is {table: name, value: number or list}")
            continue
        values = b["value"] if isinstance(b["value"], list) else [b["value"]]
        for v in values:
            if _int(c, display, b.line, v, f"bind value in table '{b['table']}'") is not None:
                p.binds.append(Bind(table=str(b["table"]), value=v, line=b.line))
    if "fragment" in doc:
        p.fragment = _load_fragment(c, display, doc["fragment"])
    if "stream" in doc:
        p.stream = _load_stream(c, display, doc["stream"])
    hs = doc.get("heuristic", [])
    p.heuristics = [str(h) for h in (hs if isinstance(hs, list) else [hs])]
    if "message" in source:
        p.message = _load_message(c, display, source["message"], source.line_of("message"))
        if p.message is not None:
            p.message_body = _load_message_body(c, display, source["message"].get("body"), p.message,
                                                source.line_of("message"))
        p.header_size = "rest"  # a text message is one layer: start line, headers and body
        if "fields" in source:
            c.error(display, source.line_of("fields"), "a text 'message' spec has no 'fields'")
        return p if p.message is not None else None
    if p.heuristics:
        c.error(display, doc.line_of("heuristic"), "only a text 'message' spec can be detected by content")

    fields = source.get("fields")
    if not isinstance(fields, list) or not fields:
        c.error(display, source.line_of("fields") if "fields" in source else source.line, "'fields' must be a non-empty list")
        return None
    for fnode in fields:
        f = _load_field(c, display, fnode, p.byte_order)
        if f:
            p.fields.append(f)
    for f in p.leaves():
        if f.switch_type is not None:
            if f.name in p.types:
                c.error(display, f.line, f"a switch field and a type share the name '{f.name}'", f.name)
            p.types[f.name] = f.switch_type
    for key, attr in (("header_size", "header_size"), ("total_size", "total_size")):
        if key in source:
            value = source[key]
            if key == "header_size" and value == "rest":
                setattr(p, attr, "rest")
            else:
                setattr(p, attr, _parse_expr(c, display, source.line_of(key), value))
    return p


def load_all(specs_dir, display_root):
    """Returns (protocols, tables) or raises SpecErrors with every problem found."""
    from .errors import SpecErrors

    c = Collector()
    tables = load_tables(c, os.path.join(specs_dir, "tables"), display_root)
    raw_docs = {}
    paths = {}
    for fname in sorted(os.listdir(specs_dir)):
        if not fname.endswith(".yaml"):
            continue
        path = os.path.join(specs_dir, fname)
        display = os.path.relpath(path, display_root)
        try:
            doc = load_yaml(path, display)
        except SpecError as e:
            c.errors.append(e)
            continue
        if not isinstance(doc, Node):
            c.error(display, 1, "a spec is a mapping starting with 'protocol:'")
            continue
        raw_docs[display] = doc
        paths[display] = path
    protocols = []
    for display in raw_docs:
        p = load_protocol(c, paths[display], display, raw_docs)
        if p:
            protocols.append(p)
    if c.errors:
        raise SpecErrors(c.errors)
    return protocols, tables, c
