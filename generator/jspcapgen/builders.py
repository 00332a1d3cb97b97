"""What the builder templates need: per protocol, its leaf fields as build descriptors, the C++ of
its expressions over the builder's values (v[i]), the inversion of its size expressions for
`derive:` fields, and lint of the building keys (`derive:`, `default:`)."""

import re

from . import expr
from .render import class_name, tlv_ident

FIXED = {"mac": 6, "ipv4": 4, "ipv6": 16}
KIND = {"uint": "uint", "bytes": "bytes", "mac": "mac", "ipv4": "ipv4", "ipv6": "ipv6"}
MAX_FIELDS = 64
IDENT_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def builder_name(p):
    """The builder class: the protocol's display name when it is a C++ identifier (IPv4, UDP)."""
    return p.name if IDENT_RE.match(p.name) else class_name(p)[:-4]


def _leaves(p):
    if p.message is not None:
        return []
    return p.leaves()


def _resolver(index, leaves):
    def resolve(node):
        if node[0] == "name":
            if node[1] == "parent_len":
                return "parent_len"
            return f"v[{index[node[1]]}]"
        mask = leaves[index[node[1]]].flags[node[2]]
        return f"static_cast<std::int64_t>((v[{index[node[1]]}] & {mask:#x}) != 0)"
    return resolve


def _contains(node, name):
    return any(n[0] == "name" and n[1] == name for n in expr.names(node))


def _invert(node, name, target, resolve):
    """C++ for the value of `name` that makes `node` equal `target`, or None."""
    kind = node[0]
    if kind == "name" and node[1] == name:
        return target
    if kind == "cond":
        a, b = _contains(node[2], name), _contains(node[3], name)
        if a != b:
            return _invert(node[2] if a else node[3], name, target, resolve)
        return None
    if kind == "bin" and node[1] in "+-*/" and len(node[1]) == 1:
        op, lhs, rhs = node[1], node[2], node[3]
        in_l, in_r = _contains(lhs, name), _contains(rhs, name)
        if in_l and not in_r:
            o = expr.to_cpp(rhs, resolve)
            t = {"+": f"({target} - {o})", "-": f"({target} + {o})",
                 "*": f"jspcap::detail::safe_div({target}, {o})", "/": f"({target} * {o})"}[op]
            return _invert(lhs, name, t, resolve)
        if in_r and not in_l:
            o = expr.to_cpp(lhs, resolve)
            t = {"+": f"({target} - {o})", "-": f"({o} - {target})",
                 "*": f"jspcap::detail::safe_div({target}, {o})"}.get(op)
            return _invert(rhs, name, t, resolve) if t else None
    return None


def prepare(c, protocols, by_name):
    """Fills p.build (a dict the templates read) for every protocol; lint errors go to c."""
    for p in protocols:
        leaves = _leaves(p)
        if len(leaves) > MAX_FIELDS:
            c.error(p.file, p.line, f"more than {MAX_FIELDS} fields: the builder cannot hold them")
            continue
        index = {f.name: i for i, f in enumerate(leaves)}
        resolve = _resolver(index, leaves)
        next_keys = {}
        next_protocols = []
        first_table = None
        for n in p.next:
            if n.table and first_table is None:
                first_table = n.table
            if n.protocol:
                target = by_name.get(n.protocol.lower())
                if target:
                    next_protocols.append(target.ident)
            if n.table and n.keys:
                key = n.keys[-1]   # several keys (ports): the last is filled (the destination)
                if key[0] == "name" and key[1] in index:
                    next_keys.setdefault(key[1], n.table)
        fields, conds, sizes, solves = [], [], [], []
        pseudo = None
        group_bytes = 0
        for i, f in enumerate(leaves):
            d = dict(name=f.name, kind=KIND[f.kind], bits=f.bits or 0, group_bytes=f.group_bytes or 0,
                     shift=f.shift, group_start=False, little=f.byte_order == "little",
                     either=f.byte_order == "either", scale=f.scale, has_cond=f.cond is not None,
                     size_kind="fixed", fixed_size=FIXED.get(f.kind, 0), derive="none", over_header=False,
                     has_default=False, default_value=0, default_text=None, next_key=f.name in next_keys,
                     next_table=next_keys.get(f.name, "linktype"), list=None, size_text="", index=i,
                     setter_kind="uint", address_text=False, flags=sorted(f.flags.items()), doc=f.doc, line=f.line)
            if f.kind == "uint":
                prev = leaves[i - 1] if i else None
                d["group_start"] = not (f.declared_bits and prev is not None and prev.kind == "uint"
                                        and prev.declared_bits and prev.offset_cpp == f.offset_cpp
                                        and prev.group_bytes == f.group_bytes and prev.shift > f.shift)
                if f.fmt == "bool":
                    d["setter_kind"] = "bool"
            elif f.kind in FIXED:
                d["setter_kind"] = "address"
            else:
                d["setter_kind"] = "bytes"
                d["address_text"] = f.show_as in ("hwaddr", "ipaddr")
                if f.size == "rest":
                    d["size_kind"] = "rest"
                else:
                    const = expr.const_value(f.size)
                    if const is not None:
                        d["fixed_size"] = const
                    else:
                        d["size_kind"] = "expr"
                        d["size_text"] = expr.to_text(f.size)
                        sizes.append((i, expr.to_cpp(f.size, resolve)))
                if f.list_type and f.list_type in p.types and not p.types[f.list_type].header:
                    d["list"] = f"&{class_name(p)}::k{tlv_ident(p.types[f.list_type])}Format"
            if f.cond is not None:
                conds.append((i, expr.to_cpp(f.cond, resolve)))
            if f.valid.get("eq") is not None:
                d["has_default"], d["default_value"] = True, f.valid["eq"]
            if f.default is not None:
                if isinstance(f.default, str):
                    d["has_default"], d["default_text"] = True, f.default
                    if not _address_ok(f.kind, f.default):
                        c.error(p.file, f.line, f"default {f.default!r} is not a {f.kind} address", f.name)
                else:
                    limit = (1 << f.bits) * f.scale if f.bits else None
                    if limit is not None and f.default >= limit:
                        c.error(p.file, f.line, f"default {f.default} does not fit in {f.bits} bits", f.name)
                    d["has_default"], d["default_value"] = True, f.default
            dv = f.derive
            if isinstance(dv, str):
                d["derive"] = dv
                ast = {"header": p.header_size, "total": p.total_size}.get(dv)
                target = "size"
                if ast not in (None, "rest") and _contains(ast, f.name):
                    solved = _invert(ast, f.name, "size", resolve)
                    if solved is None:
                        c.error(p.file, f.line, f"derive: {dv}: cannot solve {dv}_size for '{f.name}' "
                                "(it must be + - * / of the field and constants)", f.name)
                        solved = "size"
                    target = solved
                solves.append((i, target))
            elif isinstance(dv, dict):
                d["derive"] = "checksum"
                d["over_header"] = dv["over"] == "header"
                if f.bits != 16 or f.declared_bits:
                    c.error(p.file, f.line, "derive: checksum: an inet checksum is a u16 field", f.name)
                if dv["pseudo"]:
                    ps = dv["pseudo"]
                    ids = []
                    for name in ps["protocol"]:
                        q = by_name.get(name.lower())
                        if q is None:
                            c.error(p.file, f.line, f"derive: pseudo: no spec defines protocol '{name}'", f.name)
                            continue
                        qf = {g.name: g for g in _leaves(q)}
                        for key in ("src", "dst"):
                            g = qf.get(ps[key])
                            if g is None or g.kind not in ("ipv4", "ipv6"):
                                c.error(p.file, f.line, f"derive: pseudo: {q.name} has no address field "
                                        f"'{ps[key]}'", f.name)
                        ids.append(q.ident)
                    pseudo = dict(ids=ids, src=ps["src"], dst=ps["dst"])
            fields.append(d)
        def first_field(ast):
            for n in expr.names(ast):
                if n[1] in index:
                    return index[n[1]]
            return len(fields)
        header = None
        if p.header_size not in (None, "rest") and p.message is None:
            header = (expr.to_cpp(p.header_size, resolve), expr.to_text(p.header_size), first_field(p.header_size))
        total = None
        if p.total_size is not None and p.message is None:
            total = (expr.to_cpp(p.total_size, resolve), expr.to_text(p.total_size), first_field(p.total_size))
        if p.message is not None:
            fields.append(dict(name="message", kind="bytes", bits=0, group_bytes=0, shift=0, group_start=False,
                               little=False, either=False, scale=1, has_cond=False, size_kind="rest",
                               fixed_size=0, derive="none", over_header=False, has_default=False,
                               default_value=0, default_text=None, next_key=False, next_table="linktype",
                               list=None, size_text="", index=0, setter_kind="bytes", flags=[],
                               address_text=False, doc="the whole message (start line, headers, body)", line=p.line))
        p.build = dict(cls=builder_name(p), fields=fields, conds=conds, sizes=sizes, solves=solves,
                       header=header, total=total, pseudo=pseudo, next_table=first_table,
                       next_protocols=next_protocols,
                       ctor_bytes=len(fields) == 1 and fields[0]["setter_kind"] == "bytes")
        del group_bytes


def _address_ok(kind, text):
    import ipaddress
    try:
        if kind == "mac":
            return bool(re.match(r"^([0-9a-fA-F]{1,2}[:-]){5}[0-9a-fA-F]{1,2}$", text))
        if kind == "ipv4":
            ipaddress.IPv4Address(text)
        else:
            ipaddress.IPv6Address(text)
        return True
    except ValueError:
        return False


def from_view_lines(p):
    """C++ lines setting builder `b` from view `v`: every field present in the layer."""
    if p.message is not None:
        return ["b->set_bytes(0, v.view_bytes());"]
    out = []
    leaves = _leaves(p)

    def resolve(node):
        if node[0] == "name":
            return f"static_cast<std::int64_t>(v.{node[1]}())"
        return f"static_cast<std::int64_t>(v.{node[1]}_{node[2]}())"
    for i, f in enumerate(leaves):
        if f.kind == "uint":
            line = f"b->set_uint({i}, static_cast<std::uint64_t>(v.{f.name}()));"
            if f.byte_order == "either" and f.static_offset is not None:
                line += (f" b->set_little({i}, jspcap::load_le(v.view_bytes().data() + {f.static_offset}, "
                         f"{f.group_bytes}) == static_cast<std::uint64_t>(v.{f.name}()));")
        elif f.kind in FIXED:
            line = f"b->set_bytes({i}, Bytes{{v.{f.name}().data(), v.{f.name}().size()}});"
        else:
            line = f"b->set_bytes({i}, v.{f.name}());"
        if f.cond is not None:
            line = f"if ({expr.to_cpp(f.cond, resolve)}) {{ {line} }}"
        out.append(line)
    return out


def first_binds(protocols, table_names):
    """Per table, the first value each protocol binds there: [(table, [(ident, value)])]."""
    out = []
    for t in table_names:
        seen = {}
        for p in protocols:
            for b in p.binds:
                if b.table == t and p.ident not in seen:
                    seen[p.ident] = b.value
        if seen:
            out.append((t, sorted(seen.items())))
    return out
