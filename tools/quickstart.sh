#!/usr/bin/env bash
# Installs what is missing, builds the issi_conference example and runs it: it prints the
# seed report's dossier as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-dependencies.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCOMMUNIQUE_BUILD_TESTS=OFF >/dev/null
cmake --build build --target issi_conference -j "$(nproc)"
./build/examples/issi_conference
