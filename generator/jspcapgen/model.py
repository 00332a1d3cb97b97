"""The small in-memory model the templates render: protocols, fields, tables, enums."""

from dataclasses import dataclass, field as dc_field
from typing import Optional


@dataclass
class Field:
    name: str
    line: int
    kind: str                      # uint | bytes | mac | ipv4 | ipv6 | struct
    doc: str = ""
    bits: Optional[int] = None     # uint: width in bits
    declared_bits: bool = False    # declared with bits: (packed MSB-first with its neighbours)
    size: object = None            # bytes: AST of the size in bytes, or "rest"
    scale: int = 1
    enum: Optional[str] = None     # name of a table in specs/tables, or the protocol's own inline
    flags: dict = dc_field(default_factory=dict)   # flag name -> mask within the field
    fmt: str = "dec"               # dec | hex | bool
    show_as: Optional[str] = None  # bytes: hwaddr | ipaddr | text
    valid: dict = dc_field(default_factory=dict)
    byte_order: str = "big"        # big | little | either
    hidden: bool = False
    cond: object = None            # AST: present only when true
    children: list = dc_field(default_factory=list)   # struct members
    # Layout, filled by layout.py
    offset_cpp: str = ""           # C++ expression: byte offset of the field (or of its bit group)
    static_offset: Optional[int] = None   # byte offset when known at generation time
    group_bytes: int = 0           # bit fields: bytes of the enclosing bit group
    shift: int = 0                 # bit fields: right shift within the group
    size_cpp: str = ""             # C++ expression: size in bytes (bytes fields)
    end_cpp: str = ""              # C++ expression: offset just past the field (group)
    cpp_type: str = ""
    read_cpp: str = ""             # C++ expression reading the (scaled) value inside the view
    cond_cpp: Optional[str] = None
    list_type: Optional[str] = None  # bytes: a TLV list of this `types:` entry
    repeat: object = None            # case fields: "to_end" (to the end of the data) or a count (AST)
    switch: object = None            # bytes: AST of the value selecting one of the cases
    switch_type: object = None       # bytes with switch: the TlvType (switch=True) holding the cases
    after_count: bool = False        # case fields: comes after a counted repeat (offset known at run time)
    count_fields: dict = dc_field(default_factory=dict)   # counted repeat: name -> earlier case field
    elem_size: int = 0               # repeated case fields: bytes per element
    const_size: Optional[int] = None  # case bytes fields: the constant size
    # Building (builder.hpp.j2): how build() fills the field when the caller did not set it.
    default: object = None           # an integer, or an address as text
    derive: object = None            # "header" | "total" | "payload" | {checksum, over, pseudo}

    @property
    def is_leaf(self):
        return self.kind != "struct"


@dataclass
class TlvType:
    """A type-length-value element type (`types:` in a spec), used by `list:` fields."""
    name: str
    line: int
    kind_bytes: int = 1
    length_bytes: int = 1
    counts_header: bool = False
    align: int = 1
    unit: int = 1                  # the length counts units of this many bytes
    one_byte: list = dc_field(default_factory=list)
    end: list = dc_field(default_factory=list)
    kind_enum: Optional[str] = None
    cases: dict = dc_field(default_factory=dict)   # kind -> list[Field] (laid out from offset 0)
    case_sizes: dict = dc_field(default_factory=dict)   # kind -> fixed bytes the case needs
    ident: str = ""
    doc: str = ""
    # A `switch:` field's cases: no kind or length of its own, the kind is the switch value.
    switch: bool = False
    switch_text: str = ""
    default: Optional[list] = None  # fields of values no case names (else `data` as bytes)
    default_size: int = 0
    # `tlv: {header: [...]}`: the element header described as fields.
    header: list = dc_field(default_factory=list)
    kind_fields: list = dc_field(default_factory=list)   # header field names making the kind
    length_field: Optional[str] = None
    kind_at: int = 0
    length_at: int = 0
    length_mask: int = 0
    length_shift: int = 0
    head: int = 0


@dataclass
class Fragment:
    """A spec's `fragment:` entry (IPv4, the IPv6 Fragment header)."""
    line: int
    key: list = dc_field(default_factory=list)          # names of this protocol's fields
    scope: Optional[str] = None                          # protocol whose fields complete the key
    scope_key: list = dc_field(default_factory=list)     # names of that protocol's fields
    offset: object = None                                # AST: the payload's offset in bytes
    more: object = None                                  # AST: more fragments follow
    next_table: Optional[str] = None
    next_key: object = None                              # AST
    overlap: str = "first"
    scope_ident: Optional[str] = None   # filled by check: the scope protocol's ident and view
    scope_class: Optional[str] = None


@dataclass
class Stream:
    """A spec's `stream:` entry (TCP): how a layer of this protocol is a piece of a byte stream."""
    line: int
    scopes: list = dc_field(default_factory=list)        # protocols whose addresses are the ends
    scope_src: str = ""                                  # their source/destination address fields
    scope_dst: str = ""
    src: str = ""                                        # this protocol's source/destination ports
    dst: str = ""
    seq: str = ""                                        # the sequence number field
    seq_bits: int = 0
    syn: object = None                                   # AST: takes one sequence number, starts
    fin: object = None                                   # AST: takes one sequence number, ends
    reset: object = None                                 # AST: aborts the connection
    next_table: Optional[str] = None                     # where the stream's protocol is looked up
    heuristic: Optional[str] = None                      # or detected by content
    scope_info: list = dc_field(default_factory=list)    # filled by check: (ident, class, addr kind, size)


@dataclass
class Next:
    line: int
    table: Optional[str] = None
    keys: list = dc_field(default_factory=list)   # ASTs; several = try the lowest value first
    protocol: Optional[str] = None                # fixed next protocol instead of a table
    when: object = None                           # AST
    partial: object = None                        # AST: the payload is part of the child's data
    heuristic: Optional[str] = None               # try the protocols detected by content here


@dataclass
class Bind:
    table: str
    value: int
    line: int


@dataclass
class Protocol:
    name: str
    file: str
    line: int
    ident: str = ""                # C++ identifier stem: ipv4 -> Ipv4View, ProtocolId::ipv4
    alias: str = ""
    ref: str = ""
    doc: str = ""
    layer: str = "none"
    byte_order: str = "big"
    tshark: list = dc_field(default_factory=list)
    umbrella: list = dc_field(default_factory=list)
    transparent: bool = False
    fallback: bool = False
    fields: list = dc_field(default_factory=list)
    header_size: object = None     # AST, or "rest"
    total_size: object = None      # AST
    next: list = dc_field(default_factory=list)    # list[Next], tried in order
    binds: list = dc_field(default_factory=list)
    enums: dict = dc_field(default_factory=dict)   # inline enums: name -> {value: label}
    types: dict = dc_field(default_factory=dict)   # name -> TlvType
    message: Optional[list] = None # text message: start-line rules [{receipt, tokens: [...]}]
    message_body: list = dc_field(default_factory=list)  # text message: body-length rules
    heuristics: list = dc_field(default_factory=list)  # where it may be detected by content
    fragment: object = None        # Fragment: how a layer of this protocol is a datagram's piece
    stream: object = None          # Stream: how a layer of this protocol is a piece of a byte stream
    # Layout, filled by layout.py
    fixed_size: int = 0            # bytes readable without any length field
    header_cpp: str = ""
    fields_end_cpp: str = ""
    header_end_check_cpp: str = ""  # fields_end_cpp with `bytes: rest` bounded by the total

    def leaves(self):
        out = []

        def walk(fields):
            for f in fields:
                if f.kind == "struct":
                    walk(f.children)
                else:
                    out.append(f)
        walk(self.fields)
        return out


@dataclass
class EnumTable:
    name: str
    file: str
    doc: str
    values: dict                   # int -> label
    ident: str = ""
