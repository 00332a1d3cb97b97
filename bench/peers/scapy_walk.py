#!/usr/bin/python3
"""scapy_walk.py FILE — the Scapy peer: PcapReader dissects every record (Ether() or the link
type's class; Scapy decodes every layer it knows eagerly), then the script walks .payload down
the chain. Scapy's HTTP layer is loaded and, besides its own ports 80/8080, bound to ports 8000
and 8001 (the benchmark traffic's other HTTP servers), so it decodes HTTP like the other tools.
Prints: packets N / bytes N / layer <class> N ... / key <layer key> N ... (frames holding it)."""
import logging
import sys
from collections import Counter

logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
from scapy.config import conf  # noqa: E402
from scapy.layers.http import HTTP  # noqa: E402
from scapy.layers.inet import TCP  # noqa: E402
import scapy.layers.l2  # noqa: F401,E402  (Ether, Dot1Q, ARP)
import scapy.layers.inet6  # noqa: F401,E402  (IPv6, ICMPv6)
from scapy.packet import bind_bottom_up, NoPayload  # noqa: E402
from scapy.utils import PcapReader  # noqa: E402

for port in (8000, 8001):
    bind_bottom_up(TCP, HTTP, sport=port)
    bind_bottom_up(TCP, HTTP, dport=port)

# Scapy classes -> the benchmark's layer keys (frames holding one); ICMPv6* is ICMPv6.
KEYS = {"Ether": "Ethernet", "Dot1Q": "VLAN", "Dot1AD": "VLAN", "ARP": "ARP", "IP": "IPv4", "IPerror": "IPv4",
        "IPv6": "IPv6", "IPerror6": "IPv6", "IPv6ExtHdrFragment": "IPv6-Frag", "ICMP": "ICMP",
        "ICMPerror": "ICMP", "TCP": "TCP", "TCPerror": "TCP", "UDP": "UDP", "UDPerror": "UDP", "HTTP": "HTTP"}


def main():
    conf.verb = 0
    counts = Counter()
    keys = Counter()
    packets = nbytes = 0
    with PcapReader(sys.argv[1]) as reader:
        for pkt in reader:
            packets += 1
            nbytes += len(pkt.original) if getattr(pkt, "original", None) is not None else len(pkt)
            seen = set()
            p = pkt
            while p is not None and not isinstance(p, NoPayload):
                seen.add(type(p).__name__)
                p = p.payload
            counts.update(seen)
            keys.update({KEYS.get(n) or ("ICMPv6" if n.startswith("ICMPv6") else None) for n in seen} - {None})
    print(f"packets {packets}\nbytes {nbytes}")
    for k, v in sorted(counts.items()):
        print(f"layer {k} {v}")
    for k, v in sorted(keys.items()):
        print(f"key {k} {v}")


if __name__ == "__main__":
    main()
