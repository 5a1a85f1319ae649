#!/usr/bin/env bash
# Installs the Debian 12 packages dermasim needs to build and test, and the report's chart
# library from npm (report/package-lock.json). A no-op when all are present.
#   bash scripts/setup.sh            to build and run
#   bash scripts/setup.sh --browser  also Chromium, for the report's browser test
# Run as root (or with sudo available). README.md says why each dependency is there.
set -euo pipefail
cd "$(dirname "$0")/.."
browser=0
[ "${1:-}" = "--browser" ] && browser=1
packages=(
  build-essential cmake ninja-build clang-format
  libtomlplusplus-dev libcli11-dev nlohmann-json3-dev libfmt-dev libpng-dev
  librandom123-dev libeigen3-dev libsundials-dev libhdf5-dev libgtest-dev libgmock-dev
  libbenchmark-dev libsbml5-dev
  python3-dev pybind11-dev python3-pybind11 python3-numpy python3-pandas python3-pytest
  python3-matplotlib
)
# Node.js and npm: the machines have them; Debian's own (nodejs, npm) are the fallback.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
[ "$browser" -eq 1 ] && packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
else
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The report's chart library (and the browser test's driver), exactly as report/package-lock.json
# pins them. Installed again only when the lock file changes.
if ! cmp -s report/package-lock.json report/node_modules/.dermasim-installed-lock; then
  echo "setup: npm ci in report/"
  (cd report && npm ci --no-audit --no-fund --loglevel=error)
  cp report/package-lock.json report/node_modules/.dermasim-installed-lock
else
  echo "setup: report/node_modules up to date"
fi
