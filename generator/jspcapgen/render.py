"""Renders the model into generated/ through the Jinja templates. Deterministic: spec order kept,
registries sorted, no timestamps, no absolute paths."""

import jinja2

from . import expr
from .layout import _load

ADDR = {"mac": ("mac", 6), "ipv4": ("ipv4", 4), "ipv6": ("ipv6", 16)}
SHOW_AS = {"hwaddr": "hw", "ipaddr": "ip"}


def class_name(p):
    return "".join(part.capitalize() for part in p.ident.split("_")) + "View"


def _member(node):
    if node[0] == "name":
        if node[1] == "parent_len":
            return "parent_len"
        return f"static_cast<std::int64_t>({node[1]}())"
    return f"static_cast<std::int64_t>({node[1]}_{node[2]}())"


def cpp_expr(ast):
    return expr.to_cpp(ast, _member)


def _enum_fn(p, f):
    return _enum_fn_name(p, f.enum)


def tlv_ident(t):
    return "".join(part.capitalize() for part in t.ident.split("_"))


def _scalar_call(p, f, key, read):
    """The sink call for an integer field read by the C++ expression `read`."""
    nbytes = (f.bits + 7) // 8
    if f.flags:
        inner = " ".join(f's.boolean("{flag}", (({read}) & {mask:#x}) != 0);' for flag, mask in f.flags.items())
        return f"s.begin({key}); {inner} s.end();"
    if f.fmt == "bool":
        return f"s.boolean({key}, ({read}) != 0);"
    if f.enum:
        hexed = "true" if f.fmt == "hex" else "false"
        return f"s.enumerated({key}, {read}, {_enum_fn(p, f)}({read}), {hexed}, {nbytes});"
    if f.fmt == "hex":
        return f"s.hex({key}, {read}, {nbytes});"
    return f"s.uint({key}, {read});"


def _case_read(f, base):
    load = _load(f.byte_order, f.group_bytes, base, f.static_offset)
    mask = (1 << f.bits) - 1
    raw = f"(({load}) >> {f.shift}) & {mask:#x}" if f.shift or f.bits < f.group_bytes * 8 else f"({load})"
    value = f"static_cast<std::uint64_t>({raw})"
    return value if f.scale == 1 else f"({value} * {f.scale})"


def _tlv_list_lines(p, name, span, list_type):
    """Walks a TLV list over `span` (a C++ Bytes expression), one map per element."""
    t = p.types[list_type]
    it = f"it_{name}"
    return [
        "{",
        f"  jspcap::TlvIterator {it}({span}, k{tlv_ident(t)}Format);",
        f'  s.begin_list("{name}");',
        f"  for (; !{it}.done(); {it}.next()) {{",
        '    s.begin("");',
        f"    visit_{t.ident}(s, {it}.item());",
        "    s.end();",
        "  }",
        "  s.end_list();",
        f'  if (!{it}.padding().empty()) s.bytes("{name}_padding", {it}.padding());',
        "}",
    ]


def _case_field_lines(p, f, base, key=None):
    key = key if key is not None else f'"{f.name}"'
    if f.kind == "uint":
        return [_scalar_call(p, f, key, _case_read(f, base))]
    if f.kind in ADDR:
        kind, size = ADDR[f.kind]
        return [f"s.address({key}, AddrKind::{kind}, Bytes{{{base} + {f.static_offset}, {size}}});"]
    if f.kind == "struct":
        lines = [f"s.begin({key});"]
        for m in f.children:
            if not m.hidden:
                lines += _case_field_lines(p, m, base)
        return lines + ["s.end();"]
    # bytes
    if f.size == "rest":
        span = "e.value.subspan(tail)" if f.after_count else f"e.value.subspan({f.static_offset})"
    else:
        span = f"Bytes{{{base} + {f.static_offset}, {f.const_size}}}"
    if f.list_type:
        return _tlv_list_lines(p, f.name, span, f.list_type)
    if f.show_as == "text":
        return [f"s.text({key}, {span});"]
    if f.show_as in SHOW_AS:
        return [f"s.address({key}, AddrKind::{SHOW_AS[f.show_as]}, {span});"]
    return [f"s.bytes({key}, {span});"]


def _case_body(p, fields, need):
    """The code of one case: reads the case's fields from q (m bytes)."""
    out = []
    if need:
        out.append(f"if (m < {need}) {{")
        out.append('  s.bytes("data", e.value);')
        out.append(f'  s.string("error", "malformed: the data is shorter than the {need} bytes this case needs");')
        out.append("  return;")
        out.append("}")
    for f in fields:
        if f.hidden and not f.repeat:
            continue
        if f.repeat == "to_end":
            step = f.elem_size
            out.append(f's.begin_list("{f.name}");')
            out.append(f"for (std::size_t o = {f.static_offset}; o + {step} <= m; o += {step}) {{")
            out.append("  const std::uint8_t* r = q + o;")
            out += [f"  {line}" for line in _case_field_lines(p, _shift_offsets(f), "r", key='""')]
            out.append("}")
            out.append("s.end_list();")
        elif f.repeat is not None:
            step = f.elem_size
            fields_by = f.count_fields
            count = expr.to_cpp(f.repeat, lambda node: f"static_cast<std::int64_t>({_case_read(fields_by[node[1]], 'q')})")
            out.append(f"std::size_t tail = {f.static_offset};")
            out.append(f"const std::int64_t count_{f.name} = {count};")
            out.append(f's.begin_list("{f.name}");')
            out.append(f"std::int64_t i_{f.name} = 0;")
            out.append(f"for (; i_{f.name} < count_{f.name} && tail + {step} <= m; ++i_{f.name}, tail += {step}) {{")
            out.append("  const std::uint8_t* r = q + tail;")
            out += [f"  {line}" for line in _case_field_lines(p, _shift_offsets(f), "r", key='""')]
            out.append("}")
            out.append("s.end_list();")
            out.append(f"if (i_{f.name} < count_{f.name}) {{")
            out.append(f'  s.string("error", "malformed: the count of {f.name} runs past the data");')
            out.append("  return;")
            out.append("}")
        else:
            out += _case_field_lines(p, f, "q")
    out.append("return;")
    return out


def element_lines(p, t):
    """Body of visit_<type>(s, e): the element's kind and length (or its header fields), then
    the case's fields (or the data as bytes). A switch's cases have no kind or length."""
    out = []
    if t.header:
        out += ["if (e.malformed) {",
                '  s.bytes("data", e.whole);',
                '  s.string("error", "malformed: the element runs past the end of its list");',
                "  return;",
                "}",
                "[[maybe_unused]] const std::uint8_t* h = e.whole.data();"]
        for f in t.header:
            if not f.hidden:
                out += _case_field_lines(p, f, "h")
    elif not t.switch:
        kind_name = f"{_enum_fn_name(p, t.kind_enum)}(e.kind)" if t.kind_enum else "nullptr"
        out += [f's.enumerated("kind", e.kind, {kind_name}, false, {t.kind_bytes});',
                "if (e.malformed) {",
                '  s.bytes("data", e.whole);',
                '  s.string("error", "malformed: the element runs past the end of its list");',
                "  return;",
                "}",
                'if (e.has_length) s.uint("length", e.length);']
    out += ["[[maybe_unused]] const std::uint8_t* q = e.value.data();",
            "[[maybe_unused]] const std::size_t m = e.value.size();",
            "switch (e.kind) {"]
    groups = {}  # kinds sharing one case (a YAML anchor) share one block of code
    for kind, fields in sorted(t.cases.items()):
        groups.setdefault(id(fields), (fields, []))[1].append(kind)
    for fields, kinds in groups.values():
        out += [f"  case {kind}:" for kind in kinds]
        out.append("  {")
        out += [f"    {line}" for line in _case_body(p, fields, t.case_sizes.get(kinds[0], 0))]
        out.append("  }")
    out.append("  default:")
    out.append("  {")
    if t.default is not None:
        out += [f"    {line}" for line in _case_body(p, t.default, t.default_size)]
    else:
        out.append('    if (m) s.bytes("data", e.value);')
        out.append("    return;")
    out.append("  }")
    out.append("}")
    return out


def _shift_offsets(f):
    """A repeated field read relative to its own element (offset 0)."""
    import copy
    g = copy.copy(f)
    g.static_offset = 0
    return g


def _enum_fn_name(p, name):
    return f"enum_{name}" if name in p.enums else f"jspcap::enums::{name}"


def _value_line(p, f):
    """The sink call that reports one leaf field."""
    key = f'"{f.name}"'
    if f.list_type:
        return " ".join(_tlv_list_lines(p, f.name, f"{f.name}()", f.list_type))
    if f.switch_type is not None:
        t = f.switch_type
        return (f"{{ jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>({cpp_expr(f.switch)}); "
                f"e.value = {f.name}(); s.begin({key}); visit_{t.ident}(s, e); s.end(); }}")
    if f.kind in ADDR:
        kind, size = ADDR[f.kind]
        return f"s.address({key}, AddrKind::{kind}, Bytes{{p_ + ({f.offset_cpp}), {size}}});"
    if f.kind == "bytes":
        span = f"Bytes{{p_ + ({f.offset_cpp}), static_cast<std::size_t>({f.size_cpp})}}"
        if f.show_as == "text":
            return f"s.text({key}, {span});"
        if f.show_as in SHOW_AS:
            return f"s.address({key}, AddrKind::{SHOW_AS[f.show_as]}, {span});"
        return f"s.bytes({key}, {span});"
    nbytes = (f.bits + 7) // 8
    if f.flags:
        lines = [f"s.begin({key});"]
        lines += [f's.boolean("{flag}", {f.name}_{flag}());' for flag in f.flags]
        lines.append("s.end();")
        return " ".join(lines)
    if f.fmt == "bool":
        return f"s.boolean({key}, {f.name}());"
    if f.enum:
        hexed = "true" if f.fmt == "hex" else "false"
        return f"s.enumerated({key}, {f.name}(), {_enum_fn(p, f)}({f.name}()), {hexed}, {nbytes});"
    if f.fmt == "hex":
        return f"s.hex({key}, {f.name}(), {nbytes});"
    return f"s.uint({key}, {f.name}());"


def _never_negative(ast):
    """True when a size expression cannot be negative (field values are unsigned), so the
    generated code need not test it (and compilers do not warn about a test that cannot fail)."""
    kind = ast[0]
    if kind == "num":
        return ast[1] >= 0
    if kind in ("name", "attr"):
        return True
    if kind == "bin":
        return ast[1] in ("+", "*", "/", "%", "&", "|", ">>", "<<") and \
            _never_negative(ast[2]) and _never_negative(ast[3])
    if kind == "cond":
        return _never_negative(ast[2]) and _never_negative(ast[3])
    return False


def _may_be_negative(f):
    return f.kind == "bytes" and f.size != "rest" and not _never_negative(f.size)


def _fits(f):
    """C++ condition: the field lies within the n_ bytes this view holds."""
    if f.kind == "bytes" and f.size == "rest":
        return f"static_cast<std::int64_t>(n_) >= ({f.offset_cpp})"
    size_ok = ""
    if _may_be_negative(f):
        size_ok = f"({f.size_cpp}) >= 0 && "
    return f"{size_ok}static_cast<std::int64_t>(n_) >= {f.end_cpp}"


def visit_lines(p):
    """The body of visit(): every field in wire order, stopping cleanly at the first one that is not
    all there (a truncated layer shows what was captured), closing any open struct first."""
    out = []

    def walk(fields, depth, indent):
        pad = "  " * indent
        for f in fields:
            if f.kind == "struct":
                first = _first_leaf(f)
                out.append(f"{pad}if (!({_fits(first)})) {{ {'s.end(); ' * depth}return; }}")
                out.append(f'{pad}s.begin("{f.name}");')
                walk(f.children, depth + 1, indent)
                out.append(f"{pad}s.end();")
                continue
            if f.hidden:
                continue
            guard = f"if (!({_fits(f)})) {{ {'s.end(); ' * depth}return; }}"
            if f.switch_type is not None and not (f.kind == "bytes" and f.size == "rest"):
                # Cut short by the capture: the cases still show what was captured (a case too
                # short for its fields shows its bytes with an error).
                t = f.switch_type
                cut = (f"{{ jspcap::TlvItem e; e.kind = static_cast<std::uint32_t>({cpp_expr(f.switch)}); "
                       f"e.value = Bytes{{p_ + ({f.offset_cpp}), n_ - static_cast<std::size_t>({f.offset_cpp})}}; "
                       f'e.malformed = true; s.begin("{f.name}"); visit_{t.ident}(s, e); s.end(); }}')
                guard = (f"if (!({_fits(f)})) {{ if (static_cast<std::int64_t>(n_) > ({f.offset_cpp})) {cut} "
                         f"{'s.end(); ' * depth}return; }}")
            if f.cond_cpp:
                out.append(f"{pad}if ({f.cond_cpp}) {{")
                out.append(f"{pad}  {guard}")
                out.append(f"{pad}  {_value_line(p, f)}")
                out.append(f"{pad}}}")
            else:
                out.append(f"{pad}{guard}")
                out.append(f"{pad}{_value_line(p, f)}")
    walk(p.fields, 0, 1)
    return out


def _first_leaf(f):
    while f.kind == "struct":
        f = f.children[0]
    return f


def _valid_lines(f, pad):
    out = []
    v = f"static_cast<std::int64_t>({f.name}())"
    checks = {
        "eq": ("{v} != {x}", "bad_value", "{x}"),
        "min": ("{v} < {x}", "below_min", "{x}"),
        "max": ("{v} > {x}", "above_max", "{x}"),
    }
    for key, value in f.valid.items():
        if key == "in":
            items = ", ".join(str(x) for x in value)
            out.append(f"{pad}if (!jspcap::detail::one_of({v}, {{{items}}})) "
                       f"return Issue{{Status::malformed, Reason::not_allowed, \"{f.name}\", {v}, 0}};")
        else:
            cond, reason, limit = checks[key]
            out.append(f"{pad}if ({cond.format(v=v, x=value)}) return Issue{{Status::malformed, "
                       f"Reason::{reason}, \"{f.name}\", {v}, {limit.format(x=value)}}};")
    return out


def check_lines(p):
    """The body of check(): bounds of every field not covered by kFixedSize, value checks, then
    the header, the total length and the next protocol."""
    out = []
    for f in p.leaves():
        pad = "  "
        dynamic = f.static_offset is None or f.kind == "bytes"
        inner = []
        if dynamic and not (f.kind == "bytes" and f.size == "rest"):
            if _may_be_negative(f):
                inner.append(f"if (({f.size_cpp}) < 0) return Issue{{Status::malformed, "
                             f"Reason::negative_size, \"{f.name}\", {f.size_cpp}, 0}};")
            inner.append(f"if (static_cast<std::int64_t>(n_) < {f.end_cpp}) "
                         f"return jspcap::detail::short_header({f.end_cpp}, n_, wire, partial);")
        inner += [line.strip() for line in _valid_lines(f, "")]
        if not inner:
            continue
        if f.cond_cpp:
            out.append(f"{pad}if ({f.cond_cpp}) {{")
            out += [f"{pad}  {line}" for line in inner]
            out.append(f"{pad}}}")
        else:
            out += [f"{pad}{line}" for line in inner]
    return out


def next_lines(p, by_name):
    """Each entry is tried in order; the first that names a protocol wins."""
    out = []
    for n in p.next:
        body = []
        if n.partial is not None:
            body.append(f"out.next_partial = ({cpp_expr(n.partial)}) != 0;")
        if n.heuristic is not None:
            body.append(f"out.next = detect(HeuristicId::{n.heuristic}, p_ + header, out.cap_len - out.header_len);")
        elif n.protocol is not None:
            target = by_name[n.protocol.lower()]
            body.append(f"out.next = ProtocolId::{target.ident};")
        else:
            table = n.table
            body.append(f'out.next_table = "{table}";')
            if len(n.keys) == 1:
                body.append(f"out.next_key = static_cast<std::uint64_t>({cpp_expr(n.keys[0])});")
                body.append(f"out.next = lookup(TableId::{table}, out.next_key);")
            else:
                # Several keys (ports): like tshark, try the lowest value first.
                keys = ", ".join(f"static_cast<std::uint64_t>({cpp_expr(k)})" for k in n.keys)
                body.append(f"out.next = jspcap::detail::lookup_lowest_first(TableId::{table}, {{{keys}}}, out.next_key);")
        body.append("if (out.next != ProtocolId::none) return issue;")
        if n.when is not None:
            out.append(f"  if ({cpp_expr(n.when)}) {{")
            out += [f"    {b}" for b in body]
            out.append("  }")
        else:
            out += [f"  {b}" for b in body]
    out.append("  return issue;")
    return out


def fragment_lines(p, by_name):
    """Body of fragment(scope, out): the key fields, the scope's, offset, more, next."""
    fr = p.fragment
    out = [f"if (!(({cpp_expr(fr.offset)}) != 0 || ({cpp_expr(fr.more)}) != 0)) return false;  // a whole datagram",
           "out.key_len = 0;"]
    def add_keys(protocol, names, reader):
        fields = {f.name: f for f in protocol.leaves()}
        for k in names:
            f = fields[k]
            call = f"add({reader}{k}().data(), {ADDR[f.kind][1]})" if f.kind in ADDR else f"add_uint({reader}{k}())"
            out.append(f"if (!out.{call}) return false;")
    add_keys(p, fr.key, "")
    if fr.scope:
        out.append(f"if (scope.size() < {fr.scope_class}::kFixedSize) return false;")
        out.append(f"const {fr.scope_class} sv{{scope}};")
        add_keys(by_name[fr.scope.lower()], fr.scope_key, "sv.")
    out.append(f"out.offset = static_cast<std::uint64_t>({cpp_expr(fr.offset)});")
    out.append(f"out.more = ({cpp_expr(fr.more)}) != 0;")
    out.append(f"out.next_table = TableId::{fr.next_table};")
    out.append(f"out.next_key = static_cast<std::uint64_t>({cpp_expr(fr.next_key)});")
    out.append(f"out.overlap = OverlapPolicy::{fr.overlap};")
    out.append("return true;")
    return out


def fragment_key_lines(p, by_name):
    """Body of visit_fragment_key(key, n, s): the key's fields by name, as fragment() packed them
    (addresses as they are, integers as 8 bytes big-endian)."""
    fr = p.fragment
    out, at = [], 0
    pieces = [(p, k) for k in fr.key] + ([(by_name[fr.scope.lower()], k) for k in fr.scope_key] if fr.scope else [])
    for proto, k in pieces:
        f = {g.name: g for g in proto.leaves()}[k]
        size = ADDR[f.kind][1] if f.kind in ADDR else 8
        out.append(f"if (n < {at + size}) return;")
        if f.kind in ADDR:
            out.append(f'sink.address("{k}", AddrKind::{ADDR[f.kind][0]}, Bytes{{key + {at}, {size}}});')
        else:
            read = f"jspcap::load_be64(key + {at})"
            out.append(_scalar_call(proto, f, f'"{k}"', read).replace("s.", "sink.", 1).replace(" s.", " sink."))
        at += size
    return out


def stream_lines(p):
    """Body of stream(scope_id, scope, out): the ends, the sequence number, the control bits."""
    st = p.stream
    out = ["switch (scope_id) {"]
    for ident, cls, kind in st.scope_info:
        akind, size = ADDR[kind]
        out += [f"  case ProtocolId::{ident}: {{",
                f"    if (scope.size() < {cls}::kFixedSize) return false;",
                f"    const {cls} sv{{scope}};",
                f"    out.set_ends(AddrKind::{akind}, sv.{st.scope_src}().data(), sv.{st.scope_dst}().data(), {size});",
                "    break;",
                "  }"]
    out += ["  default: return false;", "}",
            f"out.src.port = {st.src}();",
            f"out.dst.port = {st.dst}();",
            f"out.seq = static_cast<std::uint64_t>({st.seq}());",
            f"out.seq_bits = {st.seq_bits};",
            f"out.syn = ({cpp_expr(st.syn)}) != 0;",
            f"out.fin = ({cpp_expr(st.fin)}) != 0;",
            f"out.reset = ({cpp_expr(st.reset)}) != 0;",
            "return true;"]
    return out


def accessor_type(f):
    if f.kind in ADDR:
        return f"std::span<const std::uint8_t, {ADDR[f.kind][1]}>"
    if f.kind == "bytes":
        return "Bytes"
    return f.cpp_type


def accessor_body(f):
    if f.kind in ADDR:
        return f"return {accessor_type(f)}{{p_ + ({f.offset_cpp}), {ADDR[f.kind][1]}}};"
    if f.kind == "bytes":
        return f"return Bytes{{p_ + ({f.offset_cpp}), static_cast<std::size_t>({f.size_cpp})}};"
    return f"return {f.read_cpp};"


def _text(ast):
    text = expr.to_text(ast)
    return text[1:-1] if text.startswith("(") and text.endswith(")") else text


def field_size(f):
    if f.kind in ADDR:
        return f"{ADDR[f.kind][1]} bytes"
    if f.kind == "bytes":
        return "the rest" if f.size == "rest" else f"`{_text(f.size)}` bytes"
    return f"{f.bits} bits" if f.declared_bits else f"u{f.bits}"


def field_shown(f):
    if f.kind in ADDR:
        return {"mac": "MAC", "ipv4": "IPv4 address", "ipv6": "IPv6 address"}[f.kind]
    if f.kind == "bytes":
        if f.list_type:
            return f"list of [`{f.list_type}`](#{f.list_type.replace('_', '')})"
        if f.switch_type is not None:
            return f"[by `{_text(f.switch)}`](#{f.name.replace('_', '')}-switch)".replace("|", "\\|")
        return {"hwaddr": "hardware address", "ipaddr": "IP address", "text": "text"}.get(f.show_as, "bytes")
    if f.flags:
        return "flags: " + ", ".join(f"`{k}`" for k in f.flags)
    if f.enum:
        return f"enum `{f.enum}`"
    parts = {"hex": "hex", "bool": "bool"}.get(f.fmt, "integer")
    return parts + (f" ×{f.scale}" if f.scale != 1 else "") + (" (hidden)" if f.hidden else "")


def case_summary(p, t, fields):
    """One line describing a case's fields, for the protocol reference."""
    parts = []
    for f in fields:
        if f.hidden:
            continue
        what = f"`{f.name}`"
        if f.kind == "struct":
            what += " {" + ", ".join(f"`{m.name}`" for m in f.children if not m.hidden) + "}"
        if f.repeat == "to_end":
            what += " (repeated)"
        elif f.repeat is not None:
            what += f" (× `{_text(f.repeat)}`)".replace("|", "\\|")
        if f.list_type:
            what += f" (list of `{f.list_type}`)"
        parts.append(what)
    return ", ".join(parts) or "no data"


def annotate_text(protocols):
    """Spec text of every expression, for the protocol reference."""
    for p in protocols:
        for f in p.leaves():
            f.cond_text = _text(f.cond) if f.cond is not None else ""
        p.header_size_text = _text(p.header_size) if p.header_size not in (None, "rest") else ""
        p.total_size_text = _text(p.total_size) if p.total_size is not None else ""
        for n in p.next:
            n.key_text = ", ".join(_text(k) for k in n.keys)
            n.when_text = _text(n.when) if n.when is not None else ""
            n.partial_text = _text(n.partial) if n.partial is not None else ""


def make_env(templates_dir):
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(
        class_name=class_name, cpp_expr=cpp_expr, visit_lines=visit_lines,
        check_lines=check_lines, next_lines=next_lines, accessor_type=accessor_type,
        accessor_body=accessor_body, field_size=field_size, field_shown=field_shown,
        tlv_ident=tlv_ident, element_lines=element_lines, case_summary=case_summary,
        fragment_lines=fragment_lines, fragment_key_lines=fragment_key_lines,
        stream_lines=stream_lines,
    )
    env.filters["cstr"] = lambda s: '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'
    env.filters["comment"] = lambda s: " ".join(str(s).split())
    return env


def render_all(protocols, tables, by_name, templates_dir):
    """Returns {relative path: text} for every generated file."""
    env = make_env(templates_dir)
    table_names = sorted({"linktype"} | {n.table for p in protocols for n in p.next if n.table}
                         | {b.table for p in protocols for b in p.binds})
    heuristic_names = sorted({h for p in protocols for h in p.heuristics}
                             | {n.heuristic for p in protocols for n in p.next if n.heuristic}
                             | {p.stream.heuristic for p in protocols if p.stream and p.stream.heuristic})
    heuristics = {h: [p for p in protocols if h in p.heuristics] for h in heuristic_names}
    binds = {t: sorted(((b.value, p) for p in protocols for b in p.binds if b.table == t),
                       key=lambda x: x[0]) for t in table_names}
    fallback = next(p for p in protocols if p.fallback)
    ctx = dict(protocols=protocols, tables=[tables[k] for k in sorted(tables)],
               table_names=table_names, binds=binds, fallback=fallback, by_name=by_name,
               heuristic_names=heuristic_names, heuristics=heuristics)
    files = {}
    for p in protocols:
        files[f"jspcap/generated/{p.ident}.hpp"] = env.get_template("view.hpp.j2").render(
            p=p, cls=class_name(p), source=p.file, **ctx)
    files["jspcap/generated/ids.hpp"] = env.get_template("ids.hpp.j2").render(
        source="specs/*.yaml", **ctx)
    files["jspcap/generated/enums.hpp"] = env.get_template("enums.hpp.j2").render(
        source="specs/tables/*.yaml", **ctx)
    files["jspcap/generated/dispatch.hpp"] = env.get_template("dispatch.hpp.j2").render(
        source="specs/*.yaml", **ctx)
    files["src/tables.cpp"] = env.get_template("tables.cpp.j2").render(
        source="specs/*.yaml", **ctx)
    from . import builders
    env.globals.update(from_view_lines=builders.from_view_lines)
    build_ctx = dict(ctx, first_binds=builders.first_binds(protocols, table_names))
    files["jspcap/generated/builders.hpp"] = env.get_template("builders.hpp.j2").render(
        source="specs/*.yaml", **build_ctx)
    files["src/builders.cpp"] = env.get_template("builders.cpp.j2").render(
        source="specs/*.yaml", **build_ctx)
    annotate_text(protocols)
    files["protocols.md"] = env.get_template("protocols.md.j2").render(**ctx)
    return files
