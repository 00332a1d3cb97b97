"""Checks that span specs: names, bindings, tables, the fallback protocol."""

from .builders import prepare as prepare_builders
from .layout import layout_protocol

BUILTIN_TABLES = {"linktype"}   # the runtime looks up a frame's link type here


def check_all(c, protocols, tables):
    by_name = {}
    by_alias = {}
    for p in protocols:
        key = p.name.lower()
        if key in by_name:
            c.error(p.file, p.line, f"protocol '{p.name}' is also defined in {by_name[key].file}")
        by_name[key] = p
        if p.alias in by_alias:
            c.error(p.file, p.line, f"alias '{p.alias}' is also used by {by_alias[p.alias].file}")
        by_alias[p.alias] = p
        if p.message is None:
            layout_protocol(c, p, tables)
        else:
            p.fixed_size, p.fields_end_cpp = 0, "0"
        if p.transparent and p.layer != "none":
            c.error(p.file, p.line, "a transparent protocol is not shown, so it has no layer")
        for um in p.umbrella:
            if not isinstance(um, str) or not um:
                c.error(p.file, p.line, f"umbrella names must be strings, got {um!r}")
    umbrellas = {u.lower() for p in protocols for u in p.umbrella}
    for u in umbrellas & set(by_name):
        c.error(by_name[u].file, by_name[u].line, f"'{by_name[u].name}' is also used as an umbrella name")

    fallbacks = [p for p in protocols if p.fallback]
    if len(fallbacks) != 1:
        files = ", ".join(p.file for p in fallbacks) or "none"
        c.error("specs", 0, f"exactly one spec must say 'fallback: true' (the Raw protocol); found {files}")

    for p in protocols:
        fr = p.fragment
        if fr is None:
            continue
        fields = {f.name: f for f in p.leaves()}
        for k in fr.key:
            if k not in fields or fields[k].kind not in ("uint", "mac", "ipv4", "ipv6"):
                c.error(p.file, fr.line, f"fragment: key '{k}' is no integer or address field of {p.name}")
        if fr.scope is not None:
            sp = by_name.get(fr.scope.lower())
            if sp is None:
                c.error(p.file, fr.line, f"fragment: no spec defines scope protocol '{fr.scope}'")
            else:
                sfields = {f.name: f for f in sp.leaves()}
                for k in fr.scope_key:
                    f = sfields.get(k)
                    if f is None or f.kind not in ("uint", "mac", "ipv4", "ipv6") or f.static_offset is None:
                        c.error(p.file, fr.line, f"fragment: scope key '{k}' is no fixed-place integer or address field of {sp.name}")
                fr.scope_ident = sp.ident
                fr.scope_class = "".join(part.capitalize() for part in sp.ident.split("_")) + "View"
    for p in protocols:
        st = p.stream
        if st is None:
            continue
        fields = {f.name: f for f in p.leaves()}
        for k in (st.src, st.dst, st.seq):
            if k and (k not in fields or fields[k].kind != "uint"):
                c.error(p.file, st.line, f"stream: '{k}' is no integer field of {p.name}")
        if st.seq in fields and fields[st.seq].kind == "uint":
            st.seq_bits = fields[st.seq].bits
        for name in st.scopes:
            sp = by_name.get(name.lower())
            if sp is None:
                c.error(p.file, st.line, f"stream: no spec defines scope protocol '{name}'")
                continue
            sfields = {f.name: f for f in sp.leaves()}
            kinds = set()
            for k in (st.scope_src, st.scope_dst):
                f = sfields.get(k)
                if f is None or f.kind not in ("ipv4", "ipv6", "mac") or f.static_offset is None:
                    c.error(p.file, st.line, f"stream: scope field '{k}' is no fixed-place address field of {sp.name}")
                else:
                    kinds.add(f.kind)
            if len(kinds) == 1:
                kind = kinds.pop()
                st.scope_info.append((sp.ident, "".join(part.capitalize() for part in sp.ident.split("_")) + "View", kind))
    used_tables = set(BUILTIN_TABLES)
    for p in protocols:
        if p.fragment is not None and p.fragment.next_table:
            used_tables.add(p.fragment.next_table)
        if p.stream is not None and p.stream.next_table:
            used_tables.add(p.stream.next_table)
        for n in p.next:
            if n.heuristic is not None:
                continue
            if n.protocol is not None:
                if n.protocol.lower() not in by_name:
                    c.error(p.file, n.line, f"next: no spec defines protocol '{n.protocol}'")
            else:
                used_tables.add(n.table)
    seen = {}
    for p in protocols:
        for b in p.binds:
            if b.table not in used_tables:
                c.error(p.file, b.line, f"binds into table '{b.table}', which no spec's 'next' looks up"
                        f" (known: {', '.join(sorted(used_tables))})")
            key = (b.table, b.value)
            if key in seen and seen[key] is not p:
                c.error(p.file, b.line, f"{b.table} {b.value:#x} is already bound by {seen[key].name} ({seen[key].file})")
            seen[key] = p
    if not c.errors:
        prepare_builders(c, protocols, by_name)
    return by_name
