"""Lays fields out (offsets, bit groups) and checks everything that spans fields or specs.

Every offset is a C++ expression: a constant while all earlier fields have a fixed size, then the
constant plus the sizes of the variable or conditional fields before it.
"""

from . import expr

LOADS = {1: "{p}[{o}]", 2: "jspcap::load_{bo}16({p} + {o})", 3: "jspcap::load_{bo}24({p} + {o})",
         4: "jspcap::load_{bo}32({p} + {o})", 8: "jspcap::load_{bo}64({p} + {o})"}
FIXED_BYTES = {"mac": 6, "ipv4": 4, "ipv6": 16}


def _uint_type(max_value):
    for bits in (8, 16, 32, 64):
        if max_value < (1 << bits):
            return f"std::uint{bits}_t"
    return "std::uint64_t"


def _load(byte_order, nbytes, base, off):
    def one(bo):
        if nbytes in LOADS:
            return LOADS[nbytes].format(bo=bo, p=base, o=off)
        return f"jspcap::load_{bo}({base} + {off}, {nbytes})"
    if byte_order == "either":
        # Written in the capturing host's order: of the two readings, the smaller is the value.
        return f"jspcap::detail::smaller({one('be')}, {one('le')})"
    return one("be" if byte_order == "big" else "le")


class _Offsets:
    """Tracks the running offset: a constant part and the variable terms before it."""

    def __init__(self):
        self.static = 0
        self.terms = []

    def cpp(self, extra=0):
        s = self.static + extra
        if not self.terms:
            return str(s)
        return " + ".join(([f"std::int64_t{{{s}}}"] if s else []) + self.terms)

    @property
    def fixed(self):
        return not self.terms


def layout_protocol(c, p, tables):
    """Fills the layout attributes of ``p``'s fields; reports problems into collector ``c``."""
    leaves = p.leaves()
    known = {}          # name -> Field, in order, for "refers to an earlier field" checks
    all_names = {}
    for f in _all_fields(p.fields):
        if f.name in all_names:
            c.error(p.file, f.line, f"name used twice (first at line {all_names[f.name].line})", f.name)
        all_names[f.name] = f

    def resolve_member(node):
        if node[0] == "name":
            return f"static_cast<std::int64_t>({node[1]}())"
        return f"static_cast<std::int64_t>({node[1]}_{node[2]}())"

    def check_names(ast, field, line, allowed, allow_parent=False):
        ok = True
        for n in expr.names(ast):
            if n[0] == "name" and n[1] == "parent_len":
                if not allow_parent:
                    c.error(p.file, line, "'parent_len' may only be used in header_size, total_size and next", field)
                    ok = False
                continue
            target = allowed.get(n[1])
            if target is None and n[1] in all_names:
                c.error(p.file, line, f"'{n[1]}' is declared later (line {all_names[n[1]].line}); "
                        "only earlier fields can be used here", field)
                ok = False
            elif target is None:
                where = "an earlier field" if allowed is known else "a field"
                c.error(p.file, line, f"unknown name '{n[1]}' (expected {where} of {p.name})", field)
                ok = False
            elif target.kind not in ("uint",):
                c.error(p.file, line, f"'{n[1]}' is not an integer field", field)
                ok = False
            elif n[0] == "attr" and n[2] not in target.flags:
                c.error(p.file, line, f"'{n[1]}' has no flag '{n[2]}'", field)
                ok = False
        return ok

    def known_before(f):
        out = {}
        for g in leaves:
            if g is f:
                break
            out[g.name] = g
        return out

    off = _Offsets()
    p.fixed_size = None
    i = 0
    while i < len(leaves):
        f = leaves[i]
        if f.enum and f.enum not in tables and f.enum not in p.enums:
            c.error(p.file, f.line, f"unknown enum table '{f.enum}'", f.name)
        cond_cpp = None
        if f.cond is not None:
            if check_names(f.cond, f.name, f.line, known):
                cond_cpp = expr.to_cpp(f.cond, resolve_member)
        if _is_bitfield(f):
            run, total, j = _bit_run(leaves, i)
            if total % 8:
                c.error(p.file, f.line, f"bit fields starting here add up to {total} bits, not whole bytes", f.name)
                return
            if total > 64:
                c.error(p.file, f.line, f"bit fields starting here span {total} bits; a group is at most 64", f.name)
                return
            if any(m.cond is not None for m in run):
                c.error(p.file, f.line, "bit fields cannot be conditional ('if'); make the whole byte conditional", f.name)
            nbytes = total // 8
            used = 0
            for m in run:
                if m is not f and m.enum and m.enum not in tables and m.enum not in p.enums:
                    c.error(p.file, m.line, f"unknown enum table '{m.enum}'", m.name)
                m.group_bytes = nbytes
                m.shift = total - used - m.bits
                used += m.bits
                m.offset_cpp = off.cpp()
                m.static_offset = off.static if off.fixed else None
                m.end_cpp = off.cpp(nbytes)
                load = _load(m.byte_order, nbytes, "p_", m.offset_cpp)
                mask = (1 << m.bits) - 1
                raw = f"(({load}) >> {m.shift}) & {mask:#x}" if (m.shift or m.bits < total) else load
                m.cpp_type = "bool" if m.fmt == "bool" else _uint_type(mask * m.scale)
                m.read_cpp = f"static_cast<{m.cpp_type}>({raw})" if m.scale == 1 else \
                    f"static_cast<{m.cpp_type}>(({raw}) * {m.scale})"
                if m.fmt == "bool":
                    m.read_cpp = f"(({raw}) != 0)"
                known[m.name] = m
            off.static += nbytes
            i = j
            continue
        # Byte-aligned fields.
        start_cpp = off.cpp()
        f.offset_cpp = start_cpp
        f.static_offset = off.static if off.fixed and f.cond is None else None
        if f.kind == "uint":
            nbytes = f.bits // 8
            f.group_bytes = nbytes
            f.cpp_type = _uint_type(((1 << f.bits) - 1) * f.scale)
            load = _load(f.byte_order, nbytes, "p_", start_cpp)
            f.read_cpp = f"static_cast<{f.cpp_type}>({load})" if f.scale == 1 else \
                f"static_cast<{f.cpp_type}>(({load}) * {f.scale})"
            size_cpp, static_size = str(nbytes), nbytes
        elif f.kind in FIXED_BYTES:
            static_size = FIXED_BYTES[f.kind]
            size_cpp = str(static_size)
        else:  # bytes
            if f.size == "rest":
                if i != len(leaves) - 1:
                    c.error(p.file, f.line, "'bytes: rest' must be the last field", f.name)
                if p.header_size not in (None, "rest"):
                    c.error(p.file, f.line, "'bytes: rest' needs header_size rest (or none)", f.name)
                size_cpp, static_size = f"(static_cast<std::int64_t>(n_) - ({start_cpp}))", None
            elif f.size is None:
                return
            else:
                if not check_names(f.size, f.name, f.line, known):
                    return
                static_size = expr.const_value(f.size)
                size_cpp = str(static_size) if static_size is not None else \
                    f"({expr.to_cpp(f.size, resolve_member)})"
        f.size_cpp = size_cpp
        if f.cond is not None:
            if cond_cpp is None:
                return
            f.cond_cpp = cond_cpp
            off.terms.append(f"(({cond_cpp}) ? std::int64_t{{{size_cpp}}} : std::int64_t{{0}})"
                             if static_size is not None else f"(({cond_cpp}) ? {size_cpp} : std::int64_t{{0}})")
        elif static_size is not None:
            off.static += static_size
        else:
            if p.fixed_size is None:
                p.fixed_size = off.static
            off.terms.append(size_cpp)
        f.end_cpp = f"({start_cpp}) + {size_cpp}"
        if f.cond is not None and p.fixed_size is None:
            p.fixed_size = off.static
        known[f.name] = f
        i += 1
    if p.fixed_size is None:
        p.fixed_size = off.static
    p.fields_end_cpp = off.cpp()
    # In check(), `bytes: rest` reaches to the end of the layer as the protocol declares it
    # (total), not to the end of what the parent captured.
    p.header_end_check_cpp = p.fields_end_cpp
    for f in leaves:
        if f.kind == "bytes" and f.size == "rest" and f.size_cpp:
            p.header_end_check_cpp = p.header_end_check_cpp.replace(
                f.size_cpp, f"std::max<std::int64_t>(0, limit - ({f.offset_cpp}))")
    # Top-level expressions: any field, plus parent_len.
    for key in ("header_size", "total_size"):
        ast = getattr(p, key)
        if ast not in (None, "rest"):
            check_names(ast, None, p.line, all_names, allow_parent=True)
    if p.fragment is not None:
        for ast in (p.fragment.offset, p.fragment.more, p.fragment.next_key):
            if ast is not None:
                check_names(ast, None, p.fragment.line, all_names)
    if p.stream is not None:
        for ast in (p.stream.syn, p.stream.fin, p.stream.reset):
            if ast is not None:
                check_names(ast, None, p.stream.line, all_names)
    for n in p.next:
        for k in n.keys:
            check_names(k, None, n.line, all_names, allow_parent=True)
        for cond in (n.when, n.partial):
            if cond is not None:
                check_names(cond, None, n.line, all_names, allow_parent=True)
    for f in leaves:
        _check_list_type(c, p, f)
        if f.repeat is not None:
            c.error(p.file, f.line, "repeat is for the fields of a case (a list element's or a switch's)", f.name)
        if f.switch is not None:
            check_names(f.switch, f.name, f.line, known_before(f))
    for t in p.types.values():
        if not t.header:
            t.length_at = t.kind_bytes   # plain layout: kind, then length
        if t.kind_enum and t.kind_enum not in tables and t.kind_enum not in p.enums:
            c.error(p.file, t.line, f"type '{t.name}': unknown enum table '{t.kind_enum}'")
        if t.header:
            _layout_header(c, p, t, tables)
        done = {}
        for kind, fields in t.cases.items():
            if id(fields) not in done:
                done[id(fields)] = layout_case(c, p, t, kind, fields, tables)
            t.case_sizes[kind] = done[id(fields)]
        if t.default is not None:
            t.default_size = layout_case(c, p, t, "default", t.default, tables)
    for f in leaves:
        for k, v in f.valid.items():
            limit = (1 << (f.bits or 0)) * f.scale
            for x in (v if isinstance(v, list) else [v]):
                if f.bits and x >= limit:
                    c.error(p.file, f.line, f"check {k} {x} can never hold in {f.bits} bits", f.name)


def _check_list_type(c, p, f):
    if f.list_type is None:
        return
    t = p.types.get(f.list_type)
    if t is None or t.switch:
        c.error(p.file, f.line, f"unknown list type '{f.list_type}' (define it under 'types:')", f.name)


def _layout_header(c, p, t, tables):
    """A `tlv: {header: …}` element: lays the header fields out and finds the kind and length."""
    where = f"type '{t.name}' header"
    for f in t.header:
        if f.kind == "bytes" and f.size == "rest" or f.repeat is not None or f.list_type or f.switch is not None:
            c.error(p.file, f.line, f"{where}: header fields have fixed sizes", f.name)
            return
    t.head = layout_case(c, p, t, "header", t.header, tables)
    by_name = {f.name: f for f in t.header}
    kinds = [by_name.get(k) for k in t.kind_fields]
    if any(k is None for k in kinds):
        missing = [n for n, k in zip(t.kind_fields, kinds) if k is None]
        c.error(p.file, t.line, f"type '{t.name}': kind names no header field ({', '.join(missing)})")
        return
    at = kinds[0].static_offset
    size = 0
    for k in kinds:
        if k.kind != "uint" or k.declared_bits or k.static_offset != at + size:
            c.error(p.file, k.line, f"type '{t.name}': the kind is whole-byte integer fields next to each other", k.name)
            size = None
            break
        size += k.bits // 8
    if size is not None and size > 4:
        c.error(p.file, t.line, f"type '{t.name}': the kind is at most 4 bytes, got {size}")
    elif size is not None:
        t.kind_at, t.kind_bytes = at, size
        if len(kinds) == 1 and kinds[0].enum and not t.kind_enum:
            t.kind_enum = kinds[0].enum
    ln = by_name.get(t.length_field)
    if ln is None or ln.kind != "uint" or ln.scale != 1:
        c.error(p.file, t.line, f"type '{t.name}': length names no unscaled integer header field ('{t.length_field}')")
        return
    nbytes = ln.group_bytes
    if nbytes not in (1, 2):
        c.error(p.file, ln.line, f"type '{t.name}': the length sits in 1 or 2 bytes", ln.name)
        return
    t.length_at, t.length_bytes = ln.static_offset, nbytes
    if ln.declared_bits and ln.bits < nbytes * 8:
        t.length_mask, t.length_shift = (1 << ln.bits) - 1, ln.shift


def layout_case(c, p, t, kind, fields, tables):
    """Lays out the fields of one case (a TLV element's data, a switch's extent, an element
    header) from offset 0: fixed sizes, bit groups allowed; the last field may be `bytes: rest`
    (a `list:` too) or repeated to the end; a counted repeat may be followed by `bytes: rest`.
    Fills f.static_offset / group_bytes / shift; returns the fixed size the case needs."""
    where = f"type '{t.name}' case {kind}" if not t.switch else f"field '{t.name}' case {kind}"
    off = 0
    i = 0
    counted = None   # the counted repeat seen, if any: the fields after it start at run time
    earlier = {}
    while i < len(fields):
        f = fields[i]
        last = i == len(fields) - 1
        if f.cond is not None:
            c.error(p.file, f.line, f"{where}: fields of a case cannot be conditional", f.name)
        if f.switch is not None:
            c.error(p.file, f.line, f"{where}: a switch field belongs to the protocol's fields", f.name)
        if f.repeat == "to_end" and not last:
            c.error(p.file, f.line, f"{where}: only the last field can repeat to the end", f.name)
        if counted is not None:
            if not (f.kind == "bytes" and f.size == "rest" and last):
                c.error(p.file, f.line, f"{where}: after a counted repeat ('{counted.name}') only a last 'bytes: rest' may follow", f.name)
            f.after_count = True
        if f.repeat not in (None, "to_end"):
            f.count_fields = {}
            for n in expr.names(f.repeat):
                target = earlier.get(n[1])
                if n[0] != "name" or target is None or target.kind != "uint" or target.repeat is not None:
                    c.error(p.file, f.line, f"{where}: the count may use earlier integer fields of the case, not '{n[1]}'", f.name)
                else:
                    f.count_fields[n[1]] = target
            counted = f
        _check_list_type(c, p, f)
        if f.list_type and not (f.kind == "bytes" and f.size == "rest"):
            c.error(p.file, f.line, f"{where}: a list in a case must be 'bytes: rest'", f.name)
        if f.enum and f.enum not in tables and f.enum not in p.enums:
            c.error(p.file, f.line, f"unknown enum table '{f.enum}'", f.name)
        if _is_bitfield(f):
            run, total, j = _bit_run(fields, i)
            if total % 8 or total > 64:
                c.error(p.file, f.line, f"{where}: bit fields starting here add up to {total} bits, not whole bytes (at most 64)", f.name)
                return off
            used = 0
            for m in run:
                m.static_offset, m.group_bytes, m.shift = off, total // 8, total - used - m.bits
                used += m.bits
                earlier[m.name] = m
            off += total // 8
            i = j
            continue
        earlier[f.name] = f
        f.static_offset = off
        if f.kind == "uint":
            f.group_bytes, f.shift = f.bits // 8, 0
            off += f.bits // 8
        elif f.kind in FIXED_BYTES:
            off += FIXED_BYTES[f.kind]
        elif f.kind == "struct":
            size = 0
            for m in f.children:
                if m.kind == "uint" and not _is_bitfield(m):
                    m.static_offset, m.group_bytes, m.shift = size, m.bits // 8, 0
                    size += m.bits // 8
                elif m.kind in FIXED_BYTES:
                    m.static_offset = size
                    size += FIXED_BYTES[m.kind]
                else:
                    c.error(p.file, m.line, f"{where}: struct members in a case must be whole-byte integers or addresses", m.name)
            f.elem_size = size
            off += 0 if f.repeat else size
        elif f.kind == "bytes":
            if f.size == "rest":
                if not last:
                    c.error(p.file, f.line, f"{where}: 'bytes: rest' must be the last field", f.name)
            else:
                size = expr.const_value(f.size) if f.size is not None else None
                if size is None:
                    c.error(p.file, f.line, f"{where}: a bytes field of a case needs a constant size or rest", f.name)
                    return off
                f.const_size = size
                off += size
        if f.repeat is not None and f.kind not in ("uint", "struct") + tuple(FIXED_BYTES):
            c.error(p.file, f.line, f"{where}: repeat applies to integers, addresses and structs", f.name)
        if f.repeat is not None and f.kind != "struct":
            f.elem_size = f.bits // 8 if f.kind == "uint" else FIXED_BYTES[f.kind]
            off -= f.elem_size   # a repeated field may occur zero times
        i += 1
    return off


def _bit_run(fields, i):
    """The bit fields packed together from fields[i]: consecutive `bits:` fields up to the first
    byte boundary. Returns (the fields, their total bits, the index after them)."""
    run, total, j = [], 0, i
    while j < len(fields) and _is_bitfield(fields[j]) and (not run or total % 8):
        run.append(fields[j])
        total += fields[j].bits
        j += 1
    return run, total, j


def _is_bitfield(f):
    return f.kind == "uint" and f.declared_bits


def _all_fields(fields):
    for f in fields:
        yield f
        if f.kind == "struct":
            yield from _all_fields(f.children)
