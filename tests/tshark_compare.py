#!/usr/bin/env python3
"""Compare jspcapy's dissection with tshark's on capture files.

For every capture file this runs `jspcapy FILE -f jsonl -o OUT.jsonl` and one
tshark pass, then checks

  1. the frame count (and that both refuse the same files),
  2. each frame's protocol chain, position by position up to the first tshark
     protocol that none of our specs claims,
  3. a table of key header fields (KEY_FIELDS below) on frames whose chain
     agreed,

and exits 1 when agreement is below the bar (see --help and the summary).
The tshark <-> jspcapy protocol-name mapping is read from the specs at run
time, so a newly added spec is compared without editing this script.

Standard library only, plus PyYAML (Debian: python3-yaml).
"""

import argparse
import concurrent.futures
import csv
import ipaddress
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

# Key fields compared on every frame whose chain agreed: (tshark field, our
# field, how to compare). The tshark protocol of a field is the one
# `tshark -G fields` names as its parent (not always the part before the first
# dot: "ipv6.fraghdr.offset" is ipv6.fraghdr's, "mip6.mhtype" is mipv6's);
# "frame" means the top-level keys of our frame object.
# Any other protocol selects the layer at the position where that tshark
# protocol first occurs in tshark's chain (so "vlan.id" and "ieee8021ad.id"
# pick the right one of two stacked VLAN layers, and "arp.opcode" works for
# both ARP and RARP); the first value tshark prints is the one compared.
# Our field is a dotted path inside that layer's object.
# Comparisons: "int" (enum names, "0x.." strings and flag objects are turned
# into numbers using the layer's spec), "int*N" (tshark counts in units of N
# where ours is scaled to bytes: ours = tshark × N), "bool" (tshark prints 1/0,
# later versions True/False; ours is a JSON boolean), "ip" (address
# equality), "mac", "text" (text, case-insensitive), "hexbytes" (tshark prints the raw bytes as hex digits,
# ours is an address in text form).
KEY_FIELDS = [
    ("frame.len", "len", "int"),
    ("frame.cap_len", "cap_len", "int"),
    ("eth.src", "src", "mac"),
    ("eth.dst", "dst", "mac"),
    ("ieee8021ad.id", "tci.vid", "int"),
    ("vlan.id", "tci.vid", "int"),
    ("arp.opcode", "oper", "int"),
    ("arp.src.proto_ipv4", "spa", "ip"),
    ("ip.src", "src", "ip"),
    ("ip.dst", "dst", "ip"),
    ("ip.ttl", "ttl", "int"),
    ("ip.id", "id", "int"),
    ("ip.len", "len", "int"),
    ("ip.proto", "proto", "int"),
    ("ipv6.src", "src", "ip"),
    ("ipv6.dst", "dst", "ip"),
    ("ipv6.hlim", "limit", "int"),
    ("ipv6.plen", "payload", "int"),
    ("icmp.type", "type", "int"),
    ("icmp.code", "code", "int"),
    ("icmpv6.type", "type", "int"),
    ("icmpv6.code", "code", "int"),
    ("icmpv6.mtu", "mtu", "int"),
    ("icmpv6.nd.ns.target_address", "target", "ip"),
    ("icmpv6.nd.na.target_address", "target", "ip"),
    ("icmpv6.nd.ra.cur_hop_limit", "cur_hop_limit", "int"),
    ("icmpv6.nd.ra.router_lifetime", "router_lifetime", "int"),
    ("tcp.srcport", "srcport", "int"),
    ("tcp.dstport", "dstport", "int"),
    ("tcp.seq_raw", "seq", "int"),
    ("tcp.ack_raw", "ack", "int"),
    ("tcp.flags", "flags", "int"),
    ("tcp.hdr_len", "hdr_len", "int"),
    ("tcp.window_size_value", "window_size", "int"),
    ("udp.srcport", "srcport", "int"),
    ("udp.dstport", "dstport", "int"),
    ("udp.length", "len", "int"),
    # IPv6 extension headers. tshark's *.len is the raw 8-octet count (its
    # *.len_oct is in bytes), like ours.
    ("ipv6.hopopts.nxt", "next", "int"),
    ("ipv6.hopopts.len", "length", "int"),
    ("ipv6.dstopts.nxt", "next", "int"),
    ("ipv6.dstopts.len", "length", "int"),
    ("ipv6.routing.nxt", "next", "int"),
    ("ipv6.routing.len", "length", "int"),
    ("ipv6.routing.type", "type", "int"),
    ("ipv6.routing.segleft", "seg_left", "int"),
    ("ipv6.fraghdr.nxt", "next", "int"),
    ("ipv6.fraghdr.offset", "offset", "int*8"),  # tshark: 8-octet units; ours: bytes
    ("ipv6.fraghdr.more", "mf", "bool"),
    ("ipv6.fraghdr.ident", "id", "int"),
    # IPsec
    ("ah.next_header", "next", "int"),
    ("ah.length", "length", "int"),  # raw: 4-octet units minus 2
    ("ah.spi", "spi", "int"),
    ("ah.sequence", "seq", "int"),
    ("esp.spi", "spi", "int"),
    ("esp.sequence", "seq", "int"),
    # Mobility Header: tshark's protocol is "mipv6", its fields "mip6.*".
    ("mip6.proto", "next", "int"),
    ("mip6.hlen", "length", "int"),
    ("mip6.mhtype", "type", "int"),
    ("mip6.csum", "chksum", "int"),
    # HIP ("hip.type" is a parameter's type, not the packet type)
    ("hip.proto", "next", "int"),
    ("hip.hdr_len", "length", "int"),
    ("hip.packet_type", "type", "int"),
    ("hip.version", "version", "int"),
    ("hip.checksum", "chksum", "int"),
    ("hip.controls", "control", "int"),
    ("hip.hit_sndr", "shit", "hexbytes"),
    ("hip.hit_rcvr", "rhit", "hexbytes"),
    # IPX (tshark prints networks as 0x…, nodes as MACs)
    ("ipx.checksum", "chksum", "int"),
    ("ipx.len", "len", "int"),
    ("ipx.hops", "count", "int"),
    ("ipx.packet_type", "type", "int"),
    ("ipx.dst.net", "dst.dst_network", "int"),
    ("ipx.dst.node", "dst.dst_node", "mac"),
    ("ipx.dst.socket", "dst.dst_socket", "int"),
    ("ipx.src.net", "src.src_network", "int"),
    ("ipx.src.node", "src.src_node", "mac"),
    ("ipx.src.socket", "src.src_socket", "int"),
    # L2TP: tshark's l2tp.flags is the whole first word (flags and version),
    # so the flag bits are compared one by one.
    ("l2tp.type", "flags.type", "int"),  # FT_UINT16 with mask 0x8000: 0 or 1
    ("l2tp.length_bit", "flags.len", "bool"),
    ("l2tp.seq_bit", "flags.seq", "bool"),
    ("l2tp.offset_bit", "flags.offset", "bool"),
    ("l2tp.priority", "flags.prio", "bool"),
    ("l2tp.version", "ver", "int"),
    ("l2tp.length", "length", "int"),
    ("l2tp.tunnel", "tunnelid", "int"),
    ("l2tp.session", "sessionid", "int"),
    ("l2tp.ccid", "ccid", "int"),
    ("l2tp.sid", "session_id", "int"),
    ("l2tp.Ns", "ns", "int"),
    ("l2tp.Nr", "nr", "int"),
    ("l2tp.offset", "offset", "int"),
    # OSPF
    ("ospf.version", "version", "int"),
    ("ospf.msg", "type", "int"),
    ("ospf.packet_length", "len", "int"),
    ("ospf.srcrouter", "router_id", "ip"),
    ("ospf.area_id", "area_id", "ip"),
    ("ospf.checksum", "chksum", "int"),
    ("ospf.auth.type", "autype", "int"),
    ("ospf.instance_id", "instance_id", "int"),
    ("ospf.hello.network_mask", "body.netmask", "ip"),
    ("ospf.hello.interface_id", "body.interface_id", "int"),
    ("ospf.hello.hello_interval", "body.hello_interval", "int"),
    ("ospf.hello.router_priority", "body.priority", "int"),
    ("ospf.hello.router_dead_interval", "body.dead_interval", "int"),
    ("ospf.hello.designated_router", "body.dr", "ip"),
    ("ospf.hello.backup_designated_router", "body.bdr", "ip"),
    ("ospf.hello.active_neighbor", "body.neighbors", "ip"),
    ("ospf.db.interface_mtu", "body.mtu", "int"),
    ("ospf.db.dd_sequence", "body.seq", "int"),
    ("ospf.ls.number_of_lsas", "body.count", "int"),
    ("ospf.advrouter", "body.requests.adv_router|body.lsa_headers.adv_router|body.lsas.adv_router", "ip"),
    ("ospf.lsa.seqnum", "body.lsa_headers.seq|body.lsas.seq", "int"),
    ("ospf.lsa.length", "body.lsa_headers.length|body.lsas.length", "int"),
    # Mobility Header messages and options (lifetimes: tshark counts 4-second units)
    ("mip6.hoti.cookie", "message.cookie", "int"),
    ("mip6.coti.cookie", "message.cookie", "int"),
    ("mip6.hot.nindex", "message.nonce_index", "int"),
    ("mip6.hot.token", "message.token", "int"),
    ("mip6.bu.seqnr", "message.seq", "int"),
    ("mip6.bu.lifetime", "message.lifetime", "int*4"),
    ("mip6.ba.status", "message.status", "int"),
    ("mip6.ba.seqnr", "message.seq", "int"),
    ("mip6.ba.lifetime", "message.lifetime", "int*4"),
    ("mip6.be.status", "message.status", "int"),
    ("mip6.be.haddr", "message.home_address", "ip"),
    ("mip6.bra.interval", "message.options.interval", "int*4"),
    ("mip6.acoa.acoa", "message.options.address", "ip"),
    ("mip6.ni.hni", "message.options.home_nonce_index", "int"),
    ("mip6.ni.cni", "message.options.careof_nonce_index", "int"),
    # IPv6 routing header data
    ("ipv6.routing.srh.last_entry", "data.last_entry", "int"),
    ("ipv6.routing.srh.addr", "data.segments", "ip"),
    ("ipv6.routing.mipv6.home_address", "data.home_address", "ip"),
    # HTTP/1.x start lines ("text": compared as text, case-insensitive)
    ("http.request.method", "header.request.method", "text"),
    ("http.request.uri", "header.request.target", "text"),
    ("http.request.version", "header.request.version", "text"),
    ("http.response.version", "header.response.version", "text"),
    ("http.response.code", "header.response.status", "int"),
    ("http.response.phrase", "header.response.phrase", "text"),
    # L2TP control message AVPs (the first AVP's)
    ("l2tp.avp.mandatory", "avps.mandatory", "bool"),
    ("l2tp.avp.length", "avps.length", "int"),
    ("l2tp.avp.vendor_id", "avps.vendor_id", "int"),
    ("l2tp.avp.type", "avps.type", "int"),
    ("l2tp.avp.message_type", "avps.message_type", "int"),
    ("l2tp.avp.assigned_tunnel_id", "avps.assigned_tunnel_id", "int"),
    # VXLAN: tshark's vxlan.flags is the first 16 bits, as ours
    ("vxlan.flags", "flags", "int"),
    ("vxlan.gbp", "gbp", "int"),
    ("vxlan.vni", "vni", "int"),
    # GRE
    ("gre.flags.checksum", "flags.checksum", "bool"),
    ("gre.flags.routing", "flags.routing", "bool"),
    ("gre.flags.key", "flags.key", "bool"),
    ("gre.flags.sequence_number", "flags.sequence", "bool"),
    ("gre.flags.recursion_control", "recursion", "int"),
    ("gre.flags.ack", "ack", "bool"),
    ("gre.flags.version", "version", "int"),
    ("gre.proto", "proto", "int"),
    ("gre.key", "key", "int"),
    ("gre.key.payload_length", "payload_length", "int"),
    ("gre.key.call_id", "call_id", "int"),
    ("gre.sequence_number", "sequence_number", "int"),
    ("gre.ack_number", "ack_number", "int"),
    # PPPoE: tshark's fields belong to "pppoe", which its chain calls pppoes or pppoed
    # (PARENT_ALIASES below)
    ("pppoe.version", "version", "int"),
    ("pppoe.type", "type", "int"),
    ("pppoe.code", "code", "int"),
    ("pppoe.session_id", "session_id", "int"),
    ("pppoe.payload_length", "payload_length", "int"),
    # PPP and LCP (tshark's ppp.code/ppp.identifier/ppp.length are LCP's, under "ppp")
    ("ppp.protocol", "protocol", "int"),
    ("lcp.magic_number", "body.magic_number", "int"),
    ("lcp.opt.magic_number", "body.options.magic_number", "int"),
    ("lcp.opt.mru", "body.options.mru", "int"),
    ("lcp.opt.mrru", "body.options.mrru", "int"),
    # DHCP/BOOTP header and options (the first option carrying the field)
    ("dhcp.type", "op", "int"),
    ("dhcp.hw.type", "htype", "int"),
    ("dhcp.hw.len", "hlen", "int"),
    ("dhcp.hops", "hops", "int"),
    ("dhcp.id", "xid", "int"),
    ("dhcp.secs", "secs", "int"),
    ("dhcp.flags", "flags", "int"),
    ("dhcp.flags.bc", "flags.broadcast", "bool"),
    ("dhcp.ip.client", "ciaddr", "ip"),
    ("dhcp.ip.your", "yiaddr", "ip"),
    ("dhcp.ip.server", "siaddr", "ip"),
    ("dhcp.ip.relay", "giaddr", "ip"),
    ("dhcp.hw.mac_addr", "chaddr", "mac"),
    ("dhcp.option.dhcp", "options.message_type", "int"),
    ("dhcp.option.subnet_mask", "options.subnet_mask", "ip"),
    ("dhcp.option.router", "options.router", "ip"),
    ("dhcp.option.domain_name_server", "options.domain_name_server", "ip"),
    ("dhcp.option.hostname", "options.hostname", "text"),
    ("dhcp.option.requested_ip_address", "options.requested_ip_address", "ip"),
    ("dhcp.option.ip_address_lease_time", "options.lease_time", "int"),
    ("dhcp.option.dhcp_server_id", "options.server_id", "ip"),
    ("dhcp.option.request_list_item", "options.parameter_request_list", "int"),
    ("dhcp.option.dhcp_max_message_size", "options.max_message_size", "int"),
    ("dhcp.option.renewal_time_value", "options.renewal_time", "int"),
    ("dhcp.option.rebinding_time_value", "options.rebinding_time", "int"),
    ("dhcp.option.vendor_class_id", "options.vendor_class_id", "text"),
    ("dhcp.client_id.type", "options.client_id_type", "int"),
    # NTP (tshark 4.0 prints poll and precision as the raw byte, as ours)
    ("ntp.flags.li", "li", "int"),
    ("ntp.flags.vn", "vn", "int"),
    ("ntp.flags.mode", "mode", "int"),
    ("ntp.stratum", "stratum", "int"),
    ("ntp.ppoll", "poll", "int"),
    ("ntp.precision", "precision", "int"),
    ("ntp.rootdelay", "root_delay", "int"),
    ("ntp.rootdispersion", "root_dispersion", "int"),
    # IGMP: tshark's chain says igmp twice (the common header, then the message of its
    # version); its fields select the first, our IGMP layer, whose message layer is inside it.
    ("igmp.type", "type", "int"),
    ("igmp.max_resp", "max_resp", "int"),
    ("igmp.checksum", "checksum", "int"),
    ("igmp.maddr", "igmpv2.group|igmpv3_query.group|igmpv3_report.records.group", "ip"),
    ("igmp.s", "igmpv3_query.suppress", "bool"),
    ("igmp.qrv", "igmpv3_query.qrv", "int"),
    ("igmp.qqic", "igmpv3_query.qqic", "int"),
    ("igmp.num_src", "igmpv3_query.num_src|igmpv3_report.records.num_src", "int"),
    ("igmp.saddr", "igmpv3_query.sources.address|igmpv3_report.records.sources", "ip"),
    ("igmp.num_grp_recs", "igmpv3_report.num_grp_recs", "int"),
    ("igmp.aux_data_len", "igmpv3_report.records.aux_len", "int"),
]

# tshark protocols that own fields but never appear in frame.protocols under their own name:
# the names they appear as instead (the first of these in the chain is the field's layer).
PARENT_ALIASES = {"pppoe": ("pppoes", "pppoed")}

TSHARK_OPTIONS = [
    "-n",
    "-o", "ip.defragment:FALSE",
    "-o", "ipv6.defragment:FALSE",
    "-o", "tcp.desegment_tcp_streams:FALSE",
    "-o", "tcp.analyze_sequence_numbers:FALSE",
    "-T", "fields",
    "-E", "separator=/t",
    # Repeated fields (IP in IP, ICMP quotes, LSAs): only the first occurrence, which belongs
    # to the first occurrence of the protocol (and values keep their commas, as URIs have).
    "-E", "occurrence=f",
]

# tshark pseudo layers that are never ours. Transparent specs add their own
# tshark names. ("frame" does not appear in tshark 4.0's -T fields output;
# it is listed in case another version prints it.)
ALWAYS_SKIPPED = {"ethertype", "frame"}

# Files whose manifest notes contain one of these are robustness inputs.
LENIENT_NOTES = ("malformed on purpose", "fuzz regression")

CAPTURE_SUFFIXES = (".pcap", ".pcapng", ".cap", ".ntar")

# Top-level keys every frame object of jspcapy's JSON Lines output has.
FRAME_KEYS = ("number", "time_epoch", "time", "len", "cap_len", "linktype", "interface",
              "protocols", "error", "packet", "layers")

# How many disagreements per file the text report shows.
DEFAULT_SHOW = 5


# --------------------------------------------------------------------------
# Specs: protocol names and field definitions


class Specs:
    """What the comparison needs from specs/*.yaml and specs/tables/*.yaml."""

    def __init__(self, spec_dir):
        self.by_protocol = {}
        self.protocol_of_alias = {}
        self.tshark_to_ours = defaultdict(set)  # one tshark name may be two of ours
        self.skipped_tshark = set(ALWAYS_SKIPPED)
        self.fallback_tshark = set()  # tshark's "data"
        self.hidden = set()  # ours that never appear in the protocols string
        self.tables = {}
        for path in sorted(Path(spec_dir).glob("*.yaml")):
            self._add_spec(yaml.safe_load(path.read_text()), path)
        for path in sorted(Path(spec_dir, "tables").glob("*.yaml")):
            table = yaml.safe_load(path.read_text()) or {}
            self.tables[table.get("name", path.stem)] = table.get("values") or {}
        if not self.by_protocol:
            raise SystemExit(f"tshark_compare: no specs found in {spec_dir}")

    def _add_spec(self, spec, path):
        if not isinstance(spec, dict) or "protocol" not in spec:
            raise SystemExit(f"tshark_compare: {path} has no 'protocol' key")
        name = str(spec["protocol"])
        tshark_names = spec.get("tshark") or []
        if isinstance(tshark_names, str):
            tshark_names = [tshark_names]
        self.by_protocol[name] = spec
        self.protocol_of_alias[str(spec.get("alias", name.lower()))] = name
        if spec.get("transparent"):
            self.hidden.add(name)
            self.skipped_tshark.update(tshark_names)
        elif spec.get("fallback"):
            self.hidden.add(name)
            self.fallback_tshark.update(tshark_names)
        else:
            for tshark_name in tshark_names:
                self.tshark_to_ours[tshark_name].add(name)

    def fields_of(self, protocol):
        """The field list of a protocol, following `fields_from`."""
        seen = set()
        spec = self.by_protocol.get(protocol)
        while spec is not None and "fields" not in spec and "fields_from" in spec:
            if protocol in seen:
                return []
            seen.add(protocol)
            protocol = spec["fields_from"]
            spec = self.by_protocol.get(protocol)
        return (spec or {}).get("fields") or []

    def field_def(self, protocol, path):
        """The spec entry of a dotted field path: struct members, the fields of a switch's
        cases and of a list's elements (header and cases) included."""
        fields, found = self.fields_of(protocol), None
        for part in path.split("."):
            found = next((f for f in fields if f.get("name") == part), None)
            if found is None:
                return None
            fields = self._members(protocol, found)
        return found

    def _members(self, protocol, field):
        """The fields one level inside `field`, in spec order."""
        if field.get("struct"):
            return field["struct"]
        out = []
        for case in (field.get("cases") or {}).values():
            out += case or []
        if field.get("switch") is not None:   # elsewhere `default:` is a build default, not a case
            out += field.get("default") or []
        if field.get("list"):
            spec = self.by_protocol.get(protocol) or {}
            element = (spec.get("types") or {}).get(field["list"]) or {}
            out += (element.get("tlv") or {}).get("header") or []
            for case in (element.get("cases") or {}).values():
                out += case or []
        return out

    def enum_numbers(self, table, name):
        """All numbers that a table names `name` (names are not unique)."""
        values = self.tables.get(table, {})
        return {int(number) for number, text in values.items() if str(text) == name}


# --------------------------------------------------------------------------
# Value conversion


_INT_RE = re.compile(r"-?(0x[0-9a-f]+|[0-9]+)$", re.IGNORECASE)


def parse_int(text):
    """'0x0800' or '2048' -> 2048; anything else -> None."""
    text = text.strip()
    if not _INT_RE.match(text):
        return None
    return int(text, 16) if "x" in text.lower() else int(text)


def our_numbers(value, fdef, specs):
    """The set of numbers our JSON value may stand for (enum names can be shared)."""
    fdef = fdef or {}
    if isinstance(value, bool):
        return {int(value)}
    if isinstance(value, int):
        return {value}
    if isinstance(value, dict) and isinstance(fdef.get("flags"), dict):
        return {sum(int(mask) for flag, mask in fdef["flags"].items() if value.get(flag))}
    if isinstance(value, str):
        # A known enum value is its name; an unknown one is its number as a string.
        if fdef.get("enum"):
            numbers = specs.enum_numbers(fdef["enum"], value)
            if numbers:
                return numbers
        number = parse_int(value)
        if number is not None:
            return {number}
    return set()


def parse_bool(text):
    """tshark's boolean: '1'/'0' (4.0) or 'True'/'False' (later); else None."""
    return {"1": True, "0": False, "true": True, "false": False}.get(text.strip().lower())


def values_agree(kind, ours, theirs, fdef, specs):
    """Whether our JSON value equals tshark's text for one key field."""
    if kind.startswith("int*"):
        number = parse_int(theirs)
        return number is not None and number * int(kind[4:]) in our_numbers(ours, fdef, specs)
    if kind == "bool":
        flag = parse_bool(theirs)
        return flag is not None and isinstance(ours, bool) and ours == flag
    if kind == "int":
        number = parse_int(theirs)
        if number is not None and isinstance((fdef or {}).get("flags"), dict):
            # tshark's value may hold bits we keep elsewhere (tcp.flags has
            # the 3 reserved bits too): compare the bits of our flags only.
            number &= sum(int(mask) for mask in fdef["flags"].values())
        return number is not None and number in our_numbers(ours, fdef, specs)
    if not isinstance(ours, str):
        return False
    if kind == "ip":
        # Compared as addresses: the text form of IPv4-mapped IPv6 addresses
        # differs between tools even when both follow RFC 5952.
        try:
            return ipaddress.ip_address(ours) == ipaddress.ip_address(theirs.strip())
        except ValueError:
            return ours == theirs.strip()
    if kind == "hexbytes":
        try:
            packed = ipaddress.ip_address(ours).packed.hex()
        except ValueError:
            return False
        return packed == theirs.strip().replace(":", "").lower()
    return ours.lower() == theirs.strip().lower()


# --------------------------------------------------------------------------
# Protocol chains


def our_chain(protocols, specs):
    """Our protocols string as a list, without the layers tshark cannot show."""
    return [p for p in (protocols or "").split(":") if p and p not in specs.hidden]


def tshark_chain(protocols, specs):
    """tshark's frame.protocols as a list, without pseudo layers and "data"."""
    drop = specs.skipped_tshark | specs.fallback_tshark
    return [p for p in protocols.split(":") if p and p not in drop]


def compare_chains(ours, theirs, specs):
    """(agreed, compared, position): `compared` tshark positions were checked.

    Comparison stops at the first tshark protocol that is not one of ours
    (this includes tshark's "_ws.malformed", "_ws.short", ...); beyond it our
    chain may be longer or shorter. Up to there ours must name, position by
    position, a protocol that tshark's name maps to.
    """
    for position, name in enumerate(theirs):
        candidates = specs.tshark_to_ours.get(name)
        if not candidates:
            return True, position, None
        if position >= len(ours) or ours[position] not in candidates:
            return False, position, position
    if len(ours) > len(theirs):
        return False, len(theirs), len(theirs)
    return True, len(theirs), None


def our_layers(frame, specs):
    """[(protocol, layer object)] in nesting order, hidden layers left out.

    A layer object holds its fields, then the next layer under its alias key;
    fields can be objects too, so the next layer is the last key that is an
    alias of a spec and holds an object.
    """
    layers, node = [], frame.get("layers")
    while isinstance(node, dict):
        child = next((key for key in reversed(list(node))
                      if key in specs.protocol_of_alias and isinstance(node[key], dict)), None)
        if child is None:
            break
        protocol = specs.protocol_of_alias[child]
        if protocol not in specs.hidden:
            layers.append((protocol, node[child]))
        node = node[child]
    return layers


def lookup(obj, path):
    """obj['a']['b'] for path 'a.b'; KeyError when missing. Inside a list, the first element
    that has the rest of the path (tshark prints a repeated field's first occurrence); a list
    of plain values gives its first value."""
    parts = path.split(".")
    for i, part in enumerate(parts):
        if isinstance(obj, list):
            for item in obj:
                try:
                    return lookup(item, ".".join(parts[i:]))
                except KeyError:
                    continue
            raise KeyError(path)
        if not isinstance(obj, dict) or part not in obj:
            raise KeyError(path)
        obj = obj[part]
    if isinstance(obj, list):
        if not obj or isinstance(obj[0], (dict, list)):
            raise KeyError(path)
        return obj[0]
    return obj


# --------------------------------------------------------------------------
# Inputs: allow list, manifest, capture list


@dataclass
class AllowEntry:
    file: str
    frame: str  # a frame number or "*"
    reason: str
    line: int
    used: bool = False

    def matches(self, file, frame):
        return self.file == file and self.frame in ("*", str(frame))


def read_allow_list(path):
    if not path:
        return []
    entries = []
    with open(path, newline="") as stream:
        for number, row in enumerate(csv.reader(stream, delimiter="\t"), 1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if number == 1 and row[0].strip() == "file":
                continue  # header
            if len(row) < 2 or not (row[1].strip() == "*" or row[1].strip().isdigit()):
                raise SystemExit(f"tshark_compare: {path}:{number}: want file<TAB>frame<TAB>reason")
            reason = row[2].strip() if len(row) > 2 else ""
            entries.append(AllowEntry(row[0].strip(), row[1].strip(), reason, number))
    return entries


def read_lenient_files(manifest):
    """Names of manifest files that are malformed or fuzz inputs on purpose."""
    if not manifest:
        return set()
    with open(manifest, newline="") as stream:
        rows = csv.DictReader(stream, delimiter="\t")
        return {row["file"] for row in rows
                if any(note in (row.get("notes") or "") for note in LENIENT_NOTES)}


def capture_files(captures_dir, files):
    paths = [Path(f) for f in files]
    if captures_dir:
        paths += [p for p in Path(captures_dir).iterdir()
                  if p.is_file() and p.name.lower().endswith(CAPTURE_SUFFIXES)]
    unique = sorted({p.resolve(): p for p in paths}.values(), key=lambda p: p.name)
    for path in unique:
        if not path.is_file():
            raise SystemExit(f"tshark_compare: no such capture file: {path}")
    return unique


# --------------------------------------------------------------------------
# Running the tools


@dataclass
class Run:
    status: int | None = None  # None: timed out or could not start
    stderr: str = ""
    problem: str = ""


def run(command, timeout, env=None, stdout=subprocess.DEVNULL):
    try:
        done = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE,
                              timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return Run(problem=f"timed out after {timeout} s"), b""
    except OSError as error:
        return Run(problem=f"cannot run: {error}"), b""
    stderr = done.stderr.decode("utf-8", "replace")
    return Run(done.returncode, stderr), done.stdout or b""


def tshark_env(workdir):
    # An empty configuration directory, so that a personal profile (Decode As,
    # changed preferences) cannot change what tshark shows.
    env = dict(os.environ)
    env["WIRESHARK_CONFIG_DIR"] = str(Path(workdir, "wireshark-config"))
    Path(env["WIRESHARK_CONFIG_DIR"]).mkdir(exist_ok=True)
    return env


def check_tshark_fields(tshark, env):
    """{key field: its tshark protocol}, from `tshark -G fields`.

    Stops early on a field tshark does not know: tshark would refuse every file.
    """
    result, out = run([tshark, "-G", "fields"], 120, env, stdout=subprocess.PIPE)
    if result.status != 0:
        raise SystemExit(f"tshark_compare: `{tshark} -G fields` failed: "
                         f"{result.problem or result.stderr}")
    # Field lines: F<TAB>name<TAB>abbreviation<TAB>type<TAB>parent protocol<TAB>...
    parent = {}
    for line in out.decode("utf-8", "replace").splitlines():
        columns = line.split("\t")
        if len(columns) >= 3:
            parent[columns[2]] = columns[4] if columns[0] == "F" and len(columns) > 4 else ""
    unknown = [name for name, _, _ in KEY_FIELDS if name not in parent]
    if unknown:
        raise SystemExit(f"tshark_compare: tshark does not know field(s): {', '.join(unknown)}")
    bad_kinds = [f"{name} ({kind})" for name, _, kind in KEY_FIELDS
                 if not re.fullmatch(r"int|int\*[1-9][0-9]*|bool|ip|mac|hexbytes|text", kind)]
    if bad_kinds:
        raise SystemExit(f"tshark_compare: unknown comparison for: {', '.join(bad_kinds)}")
    return {name: parent[name] or name.split(".")[0] for name, _, _ in KEY_FIELDS}


def decode_as_args(decode_as):
    """tshark's and jspcapy's shared spelling: -d TABLE==VALUE,PROTOCOL per override."""
    return [arg for spec in decode_as for arg in ("-d", spec)]


def run_tshark(tshark, capture, env, timeout, decode_as=()):
    """(Run, {frame number: (frame.protocols, {field: first value})})."""
    names = [name for name, _, _ in KEY_FIELDS]
    command = [tshark, "-r", str(capture), *TSHARK_OPTIONS, *decode_as_args(decode_as),
               "-e", "frame.number", "-e", "frame.protocols"]
    for name in names:
        command += ["-e", name]
    result, out = run(command, timeout, env, stdout=subprocess.PIPE)
    frames = {}
    for line in out.decode("utf-8", "replace").splitlines():
        columns = line.split("\t")
        if not columns[0].isdigit():
            continue
        columns += [""] * (2 + len(names) - len(columns))
        values = {name: text for name, text in zip(names, columns[2:]) if text}
        frames[int(columns[0])] = (columns[1], values)
    return result, frames


def run_jspcapy(jspcapy, capture, out_path, timeout, decode_as=(), extra=()):
    """(Run, [frame objects], problem reading the output or "")."""
    result, _ = run([jspcapy, str(capture), "-f", "jsonl", "-o", str(out_path), *decode_as_args(decode_as),
                     *extra], timeout)
    frames = []
    if not out_path.exists():
        return result, frames, ""
    with open(out_path, encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                frame = json.loads(line)
            except ValueError as error:
                return result, frames, f"output line {number} is not JSON: {error}"
            if not isinstance(frame, dict) or not isinstance(frame.get("number"), int):
                return result, frames, f"output line {number} has no integer 'number'"
            missing = [key for key in FRAME_KEYS if key not in frame]
            if missing:
                return result, frames, f"output line {number} lacks {', '.join(missing)}"
            frames.append(frame)
    return result, frames, ""


# --------------------------------------------------------------------------
# Comparing one file


@dataclass
class FileResult:
    file: str
    lenient: bool
    tshark_status: int | None = None
    tshark_frames: int = 0
    tshark_stderr: str = ""
    jspcapy_status: int | None = None
    jspcapy_frames: int = 0
    jspcapy_stderr: str = ""
    problems: list = field(default_factory=list)  # each one fails the run
    notes: list = field(default_factory=list)  # reported, not failing (lenient files)
    compared: int = 0
    agreed: int = 0
    fields_compared: int = 0
    chain_disagreements: list = field(default_factory=list)
    field_mismatches: list = field(default_factory=list)

    def complain(self, text, always=False):
        (self.notes if self.lenient and not always else self.problems).append(text)


def check_exit(res, run_result):
    """Robustness contract: no crash, no hang, 1/2 come with one stderr line."""
    status = run_result.status
    if run_result.problem:
        res.complain(f"jspcapy {run_result.problem}", always=True)
    elif status < 0 or status >= 128:
        res.complain(f"jspcapy crashed (exit status {status})", always=True)
    elif status not in (0, 1, 2):
        res.complain(f"jspcapy exit status {status} (want 0, 1 or 2)", always=True)
    elif status != 0:
        lines = [line for line in run_result.stderr.splitlines() if line.strip()]
        if len(lines) != 1:
            res.complain(f"jspcapy exit status {status} with {len(lines)} stderr lines (want 1)",
                         always=True)


def check_counts(res, tshark_run, jspcapy_run):
    tshark_failed = tshark_run.status != 0
    tshark_read = not tshark_failed or res.tshark_frames > 0
    if tshark_run.problem:
        res.complain(f"tshark {tshark_run.problem}", always=True)
        return
    if (tshark_read or not res.lenient) and res.jspcapy_frames != res.tshark_frames:
        res.complain(f"frame count {res.jspcapy_frames}, tshark {res.tshark_frames}", always=True)
    if res.lenient or jspcapy_run.status is None or not 0 <= jspcapy_run.status < 128:
        return  # timeouts and crashes are reported by check_exit
    # tshark exits 2 on a file cut short (after printing its frames) and on a
    # file it refuses; jspcapy must fail too, and succeed where tshark does.
    if (jspcapy_run.status != 0) != tshark_failed:
        res.complain(f"jspcapy exit status {jspcapy_run.status}, tshark {tshark_run.status}")


def compare_frame(res, frame, tshark_frame, specs, allow, field_protocols):
    tshark_protocols, values = tshark_frame
    ours = our_chain(frame.get("protocols"), specs)
    theirs = tshark_chain(tshark_protocols, specs)
    agreed, compared, position = compare_chains(ours, theirs, specs)
    number = frame["number"]
    res.compared += 1
    if agreed:
        res.agreed += 1
    else:
        res.chain_disagreements.append({
            "frame": number, "position": position,
            "ours": frame.get("protocols"), "tshark": tshark_protocols,
            "allowed": allowed(allow, res.file, number)})
    layers = our_layers(frame, specs)
    if [protocol for protocol, _ in layers] != ours:
        # Not a tshark comparison: our own output contradicts itself, and the
        # fields cannot be matched to layers by position.
        mismatch(res, allow, number, None, "layer nesting",
                 ":".join(protocol for protocol, _ in layers), frame.get("protocols"))
        layers = []
    # Layer fields only where the chains agreed; frame.len and frame.cap_len
    # come from the file reader, so they are compared on every frame.
    prefix = theirs[:compared] if agreed else []
    compare_fields(res, frame, number, layers, prefix, values, specs, allow, field_protocols)


def compare_fields(res, frame, number, layers, theirs, values, specs, allow, field_protocols):
    """Key fields of the layers in tshark's chain `theirs`, and the frame fields."""
    for tshark_field, our_field, kind in KEY_FIELDS:
        text = values.get(tshark_field)
        if text is None:
            continue  # tshark left it empty
        tshark_protocol = field_protocols.get(tshark_field) or tshark_field.split(".")[0]
        if tshark_protocol == "frame":
            protocol, obj = None, frame
        else:
            names = (tshark_protocol,) + PARENT_ALIASES.get(tshark_protocol, ())
            position = min((theirs.index(name) for name in names if name in theirs), default=None)
            if position is None or position >= len(layers):
                continue
            protocol, obj = layers[position]
        # Alternatives "a.b|c.d": the first path the layer has (an OSPF LSA header sits in
        # lsa_headers or lsas depending on the packet type).
        paths = our_field.split("|")
        label = f"{protocol}.{our_field}" if protocol else our_field
        ours, path = None, None
        for candidate in paths:
            try:
                ours, path = lookup(obj, candidate), candidate
                break
            except KeyError:
                continue
        if path is None:
            res.fields_compared += 1
            mismatch(res, allow, number, tshark_field, label, None, text)
            continue
        fdef = specs.field_def(protocol, path) if protocol else None
        res.fields_compared += 1
        if not values_agree(kind, ours, text, fdef, specs):
            mismatch(res, allow, number, tshark_field, label, ours, text)


def mismatch(res, allow, number, tshark_field, our_field, ours, theirs):
    """Record a field mismatch; tshark_field None: our layers vs our protocols."""
    res.field_mismatches.append({
        "frame": number, "tshark_field": tshark_field, "field": our_field,
        "ours": ours, "tshark": theirs, "allowed": allowed(allow, res.file, number)})


def allowed(allow, file, frame):
    """The reason of the first matching allow entry (marked used), else None."""
    hits = [entry for entry in allow if entry.matches(file, frame)]
    for entry in hits:
        entry.used = True
    return (hits[0].reason or "allowed") if hits else None


def compare_file(index, capture, args, specs, allow, lenient, workdir, env, field_protocols):
    res = FileResult(capture.name, capture.name in lenient)
    tshark_run, tshark_frames = run_tshark(args.tshark, capture, env, args.tshark_timeout, args.decode_as)
    out_path = Path(workdir, f"{index}-{capture.name}.jsonl")  # two dirs may share a name
    jspcapy_run, frames, output_problem = run_jspcapy(args.jspcapy, capture, out_path,
                                                      args.timeout, args.decode_as, args.jspcapy_arg)
    res.tshark_status, res.tshark_frames = tshark_run.status, len(tshark_frames)
    res.tshark_stderr = "\n".join(line for line in tshark_run.stderr.splitlines()
                                  if "Running as user" not in line)
    res.jspcapy_status, res.jspcapy_frames = jspcapy_run.status, len(frames)
    res.jspcapy_stderr = jspcapy_run.stderr
    check_exit(res, jspcapy_run)
    if output_problem:
        res.complain(f"jspcapy {output_problem}", always=True)
    numbers = [frame["number"] for frame in frames]
    if numbers != list(range(1, len(frames) + 1)):
        res.complain("jspcapy frame numbers are not 1, 2, 3, ...", always=True)
    check_counts(res, tshark_run, jspcapy_run)
    for frame in frames:
        if frame["number"] in tshark_frames:
            compare_frame(res, frame, tshark_frames[frame["number"]], specs, allow,
                          field_protocols)
    for name in args.expect_protocol:
        seen = sum(1 for chain, _ in tshark_frames.values() if name in chain.split(":"))
        if not seen:
            res.complain(f"tshark shows no '{name}' frame: the decode-as override did not take effect",
                         always=True)
        else:
            res.notes.append(f"{seen} frames with '{name}' in tshark's chain")
    return res


# --------------------------------------------------------------------------
# Report


def percent(agreed, total):
    return 100.0 * agreed / total if total else 100.0


def counts(items):
    """'N' or 'N (A allowed)'."""
    allowed_count = sum(1 for item in items if item["allowed"])
    return f"{len(items)} ({allowed_count} allowed)" if allowed_count else str(len(items))


def file_failed(res):
    return bool(res.problems) or (not res.lenient and any(
        not item["allowed"] for item in res.field_mismatches))


def print_table(results):
    width = max([len("file")] + [len(res.file) for res in results])
    print(f"{'file':<{width}}  {'frames':>11}  {'chains ok':>9}  {'disagree':>14}  "
          f"{'field mism.':>14}  status")
    for res in results:
        frames = f"{res.jspcapy_frames}/{res.tshark_frames}"
        status = "FAIL" if file_failed(res) else ("lenient" if res.lenient else "ok")
        print(f"{res.file:<{width}}  {frames:>11}  {res.agreed:>9}  "
              f"{counts(res.chain_disagreements):>14}  {counts(res.field_mismatches):>14}  "
              f"{status}")


def first_line(text):
    lines = text.strip().splitlines()
    return lines[0] if lines else "(no message)"


def print_details(res, show):
    if not (res.problems or res.notes or res.chain_disagreements or res.field_mismatches
            or res.tshark_status != 0):
        return
    print(f"\n== {res.file}" + (" (malformed/fuzz input: mismatches do not fail)"
                                if res.lenient else ""))
    for problem in res.problems:
        print(f"  FAIL: {problem}")
    for note in res.notes:
        print(f"  note: {note}")
    if res.tshark_status != 0:
        print(f"  tshark exit status {res.tshark_status}: "
              + first_line(res.tshark_stderr))
    if res.jspcapy_status is not None and (res.jspcapy_status != 0 or res.jspcapy_stderr.strip()):
        print(f"  jspcapy exit status {res.jspcapy_status}: " + first_line(res.jspcapy_stderr))
    for item in res.chain_disagreements[:show]:
        tag = f"  [allowed: {item['allowed']}]" if item["allowed"] else ""
        print(f"  frame {item['frame']}: chain differs at position {item['position']}{tag}\n"
              f"      ours:   {item['ours']}\n      tshark: {item['tshark']}")
    if len(res.chain_disagreements) > show:
        print(f"  ... {len(res.chain_disagreements) - show} more chain disagreement(s)")
    for item in res.field_mismatches[:show]:
        tag = f"  [allowed: {item['allowed']}]" if item["allowed"] else ""
        if item["tshark_field"] is None:
            print(f"  frame {item['frame']}: our layers nest {item['ours']!r} "
                  f"but our protocols say {item['tshark']!r}{tag}")
            continue
        print(f"  frame {item['frame']}: {item['field']} = {json.dumps(item['ours'])}, "
              f"tshark {item['tshark_field']} = {item['tshark']!r}{tag}")
    if len(res.field_mismatches) > show:
        print(f"  ... {len(res.field_mismatches) - show} more field mismatch(es)")


def summarize(results, allow, min_agreement):
    """Totals over the files that must agree, and the reasons to fail."""
    strict = [res for res in results if not res.lenient]
    compared = sum(res.compared for res in strict)
    agreed = sum(res.agreed for res in strict)
    stale = [entry for entry in allow
             if not entry.used and entry.file in {res.file for res in results}]
    failures = [f"{res.file}: {problem}" for res in results for problem in res.problems]
    failures += [f"{res.file}: frame {item['frame']}: {item['field']} differs from "
                 + (f"tshark {item['tshark_field']}" if item["tshark_field"]
                    else "our protocols string")
                 for res in strict for item in res.field_mismatches if not item["allowed"]]
    failures += [f"allow list line {entry.line}: stale entry {entry.file} frame {entry.frame}"
                 for entry in stale]
    if percent(agreed, compared) < 100.0 * min_agreement:
        failures.append(f"chain agreement {percent(agreed, compared):.2f}% is below "
                        f"{100.0 * min_agreement:.2f}%")
    return {
        "files": len(results), "frames_compared": compared, "chains_agreed": agreed,
        "chain_agreement_percent": round(percent(agreed, compared), 2),
        "min_agreement_percent": round(100.0 * min_agreement, 2),
        "chain_disagreements": sum(len(res.chain_disagreements) for res in strict),
        "fields_compared": sum(res.fields_compared for res in strict),
        "field_mismatches": sum(len(res.field_mismatches) for res in strict),
        "stale_allow_entries": [asdict(entry) for entry in stale],
        "failures": failures,
    }


def print_totals(totals):
    print(f"\nfiles: {totals['files']}  frames compared: {totals['frames_compared']}  "
          f"(malformed/fuzz inputs excluded)")
    print(f"chain agreement: {totals['chain_agreement_percent']:.2f}% "
          f"({totals['chains_agreed']}/{totals['frames_compared']}), "
          f"minimum {totals['min_agreement_percent']:.2f}%")
    print(f"chain disagreements: {totals['chain_disagreements']}  "
          f"field mismatches: {totals['field_mismatches']} "
          f"(of {totals['fields_compared']} fields compared)")
    if totals["failures"]:
        print(f"\nFAILED ({len(totals['failures'])} reason(s)):")
        for failure in totals["failures"]:
            print(f"  {failure}")
    else:
        print("\nPASSED")


# --------------------------------------------------------------------------
# Main


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Compare jspcapy's dissection with tshark's on capture files.")
    parser.add_argument("files", nargs="*", help="capture files (besides --captures)")
    parser.add_argument("--jspcapy", required=True, help="the jspcapy executable")
    parser.add_argument("--specs", required=True, help="the specs directory")
    parser.add_argument("--captures", help="compare every capture file in this directory")
    parser.add_argument("--manifest", help="MANIFEST.tsv: marks malformed/fuzz inputs")
    parser.add_argument("--allow", help="allow list: file<TAB>frame<TAB>reason")
    parser.add_argument("--min-agreement", type=float, default=0.99,
                        help="minimum fraction of frames whose chains agree (default 0.99)")
    parser.add_argument("--json", help="write the full results to this file")
    parser.add_argument("--decode-as", action="append", default=[], metavar="TABLE==VALUE,PROTOCOL",
                        help="a decode-as override given to both tools (-d); repeatable")
    parser.add_argument("--expect-protocol", action="append", default=[], metavar="NAME",
                        help="fail unless this tshark protocol occurs in the agreeing chains "
                             "(proves an override took effect); repeatable")
    parser.add_argument("--jspcapy-arg", action="append", default=[], metavar="ARG",
                        help="one more jspcapy argument (e.g. --jspcapy-arg=--spec --jspcapy-arg=DIR)")
    parser.add_argument("--tshark", default="tshark", help="the tshark executable")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per jspcapy run")
    parser.add_argument("--tshark-timeout", type=float, default=300,
                        help="seconds per tshark run")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1),
                        help="files compared in parallel")
    parser.add_argument("--show", type=int, default=DEFAULT_SHOW,
                        help="disagreements shown per file")
    args = parser.parse_args(argv)
    if not args.files and not args.captures:
        parser.error("give --captures DIR or capture files")
    if not 0.0 <= args.min_agreement <= 1.0:
        parser.error("--min-agreement is a fraction between 0 and 1 (0.99, not 99)")
    return args


def main(argv=None):
    args = parse_args(argv)
    specs = Specs(args.specs)
    allow = read_allow_list(args.allow)
    lenient = read_lenient_files(args.manifest)
    captures = capture_files(args.captures, args.files)
    with tempfile.TemporaryDirectory(prefix="tshark_compare.") as workdir:
        env = tshark_env(workdir)
        field_protocols = check_tshark_fields(args.tshark, env)
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(
                lambda item: compare_file(*item, args, specs, allow, lenient, workdir, env,
                                          field_protocols),
                enumerate(captures)))
    print_table(results)
    for res in results:
        print_details(res, args.show)
    totals = summarize(results, allow, args.min_agreement)
    print_totals(totals)
    if args.json:
        with open(args.json, "w") as stream:
            json.dump({"totals": totals, "files": [asdict(res) for res in results]},
                      stream, indent=1)
    return 1 if totals["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
