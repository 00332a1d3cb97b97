#!/usr/bin/env python3
"""Built packets read back by tshark: the example writes a pcap and a pcapng of several
protocols; tshark must decode every frame with no expert warning or error (checksums verified,
lengths right) and see the protocols that were built."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

EXPECT = ["eth:ethertype:ip:udp:dns", "eth:ethertype:ipv6:tcp", "eth:ethertype:ip:icmp:data",
          "eth:ethertype:vlan:ethertype:ip:udp:data", "eth:ethertype:arp", "eth:ethertype:ipv6:icmpv6:data"]
PREFS = ["-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--example", required=True)
    args = ap.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ext in ("pcap", "pcapng"):
            path = os.path.join(tmp, "built." + ext)
            subprocess.run([args.example, path], check=True, stdout=subprocess.DEVNULL)
            out = subprocess.run(["tshark", "-r", path, "-T", "json", *PREFS], check=True, capture_output=True, text=True).stdout
            frames = json.loads(out)
            chains = [f["_source"]["layers"]["frame"]["frame.protocols"] for f in frames]
            if chains != EXPECT:
                print(f"{ext}: protocols {chains}, expected {EXPECT}")
                bad += 1
            warn = subprocess.run(["tshark", "-r", path, "-q", "-z", "expert,warn", *PREFS], check=True,
                                  capture_output=True, text=True).stdout
            if any(w in warn for w in ("Errors (", "Warnings (")):
                print(f"{ext}: tshark expert warnings or errors:\n{warn}")
                bad += 1
            print(f"{ext}: {len(frames)} built frames, tshark expert: {'clean' if 'Errors (' not in warn and 'Warnings (' not in warn else 'NOT clean'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
