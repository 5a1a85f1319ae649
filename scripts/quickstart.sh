#!/usr/bin/env bash
# Sets up, builds, and runs dermasim on its built-in default scenario into results/default.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
./build/release/apps/dermasim/dermasim run -o results/default
