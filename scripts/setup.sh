#!/usr/bin/env bash
# Installs the Debian 12 packages dermasim needs to build and test. A no-op when all are present.
# Run as root (or with sudo available). README.md says why each dependency is there.
set -euo pipefail
packages=(
  build-essential cmake ninja-build clang-format
  libtomlplusplus-dev libcli11-dev nlohmann-json3-dev libfmt-dev libpng-dev
  librandom123-dev libeigen3-dev libsundials-dev libhdf5-dev libgtest-dev libgmock-dev
  libbenchmark-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi
echo "setup: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
