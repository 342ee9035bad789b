#!/usr/bin/env bash
# Installs what is missing, then builds and runs the whole test suite, once with g++ and
# once with clang++, each in its own build folder (build-test-g++, build-test-clang++).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-dependencies.sh

for compiler in g++ clang++; do
  build="build-test-${compiler}"
  echo "== ${compiler}"
  cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_BUILD_TYPE=Debug >/dev/null
  cmake --build "$build" -j "$(nproc)"
  ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
done
