#!/usr/bin/env bash
# Installs what jspcap needs from Debian 12 when it is missing. Usage: scripts/deps.sh [--test]
# (--test adds tshark, the test oracle). Runs apt-get as root, or through sudo.
set -euo pipefail
pkgs=(cmake ninja-build g++ python3-jinja2 python3-yaml libyaml-cpp-dev libfmt-dev nlohmann-json3-dev doctest-dev)
if [[ "${1:-}" == "--test" ]]; then pkgs+=(tshark); fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
$sudo apt-get update -qq
# tshark asks whether non-root users may capture; answer "no" without a prompt.
echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
