#!/usr/bin/python3
"""dpkt_walk.py FILE — the dpkt peer: every record through dpkt's Ethernet (or the link type's)
decoder, which unpacks each layer it knows eagerly (VLAN tags, ARP, IP/IP6 with extension
headers, ICMP/ICMP6 with the quoted IP of errors, TCP, UDP); then walks .data down the chain.
dpkt does not dispatch HTTP by itself: a TCP payload that starts with an HTTP method or "HTTP/"
is given to dpkt.http.Request/Response (a parse that stops at a short body still counts).
Prints: packets N / bytes N / malformed N / layer <class> N ... (frames holding that layer)."""
import sys
from collections import Counter

import dpkt

METHODS = (b"GET ", b"POST ", b"HEAD ", b"PUT ", b"DELETE ", b"OPTIONS ", b"PATCH ", b"TRACE ", b"CONNECT ")


def main():
    path = sys.argv[1]
    counts = Counter()
    packets = nbytes = malformed = 0
    with open(path, "rb") as f:
        reader = dpkt.pcap.UniversalReader(f) if hasattr(dpkt.pcap, "UniversalReader") else dpkt.pcap.Reader(f)
        dlt = reader.datalink()
        decode = {dpkt.pcap.DLT_EN10MB: dpkt.ethernet.Ethernet, dpkt.pcap.DLT_LINUX_SLL: dpkt.sll.SLL,
                  dpkt.pcap.DLT_NULL: dpkt.loopback.Loopback}.get(dlt, dpkt.ethernet.Ethernet)
        for _ts, buf in reader:
            packets += 1
            nbytes += len(buf)
            try:
                pkt = decode(buf)
            except (dpkt.UnpackError, dpkt.NeedData, Exception):
                malformed += 1
                continue
            seen = set()
            if getattr(pkt, "vlan_tags", None):
                seen.add("VLAN")
            p = pkt
            while isinstance(p, dpkt.Packet):
                name = type(p).__name__
                seen.add(name)
                if name == "IP6":
                    for h in getattr(p, "extension_hdrs", {}).values():
                        if h is not None:
                            seen.add(type(h).__name__)
                elif name == "TCP":
                    data = p.data
                    if isinstance(data, bytes) and data and (data.startswith(b"HTTP/1.") or data.startswith(METHODS)):
                        try:
                            (dpkt.http.Response if data[0:5] == b"HTTP/" else dpkt.http.Request)(data)
                            seen.add("HTTP")
                        except dpkt.NeedData:
                            seen.add("HTTP")
                        except Exception:
                            pass
                p = p.data
            counts.update(seen)
    print(f"packets {packets}\nbytes {nbytes}\nmalformed {malformed}")
    for k, v in sorted(counts.items()):
        print(f"layer {k} {v}")


if __name__ == "__main__":
    main()
