#!/usr/bin/env bash
# The README's test command, and what CI runs. Installs what is missing, then runs three
# stages, each in its own build folder, and stops at the first failure. Tests come in tiers
# (CTest labels): quick, property, hostile, integration, interop, fuzz. Each test runs once
# where once is enough:
#   1. g++ Debug build: every tier, the quick one first; the property tests with their
#      full count of cases; the integration tests (client projects) and the interop tests
#      (independent tools, such as JSON Schema validators) only here       (build-test-g++)
#   2. clang++ with AddressSanitizer and UndefinedBehaviorSanitizer: every tier but
#      integration and interop; 30 cases a property. This is also the clang++ build: what
#      one compiler accepts and the other refuses shows here             (build-test-sanitizers)
#   3. the libFuzzer build: a fixed-time fuzzing run and the regression inputs (build-test-fuzz)
# The output ends with the last stage's ctest summary. While working, the quick tier alone
# is enough: `cmake --build build --target quick && ctest --test-dir build -L quick`.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-dependencies.sh

jobs="$(nproc)"
timings=""
stage_number=0
stage_start=$SECONDS

# Ends the stage before, if any, and prints the header of the next.
stage() {
  if [ "$stage_number" -gt 0 ]; then
    timings+="   stage ${stage_number}: $((SECONDS - stage_start)) s"$'\n'
  fi
  stage_number=$((stage_number + 1))
  stage_start=$SECONDS
  echo
  echo "======================================================================"
  echo "== Stage ${stage_number}: $1"
  echo "======================================================================"
}

# configure_and_build <build folder> <cmake option>...
configure_and_build() {
  local build="$1"
  shift
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug "$@" >/dev/null
  cmake --build "$build" -j "$jobs"
}

# run_tests <build folder> <ctest option>...
run_tests() {
  local build="$1"
  shift
  ctest --test-dir "$build" --output-on-failure -j "$jobs" "$@"
}

stage "g++, Debug: the quick tier, then property (full count), hostile, integration, interop and fuzz replay"
configure_and_build build-test-g++ -DCMAKE_CXX_COMPILER=g++
run_tests build-test-g++ -L quick
run_tests build-test-g++ -LE quick

# Where the g++ stage ran the properties in full, the sanitizer stage looks for memory errors,
# undefined behaviour and what clang++ sees differently, at ten times the cost of a case:
# 30 cases a property are enough there.
export RC_PARAMS="max_success=30"

stage "clang++ with AddressSanitizer and UndefinedBehaviorSanitizer: every tier but integration and interop, 30 cases a property"
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
configure_and_build build-test-sanitizers -DCMAKE_CXX_COMPILER=clang++ \
  "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
  -DCOMMUNIQUE_TEST_INTEGRATION=OFF -DCOMMUNIQUE_TEST_INTEROP=OFF
run_tests build-test-sanitizers
unset RC_PARAMS

stage "libFuzzer: fuzz_read_dossier for a fixed time, then over fuzz/regressions"
cmake -S . -B build-test-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCOMMUNIQUE_BUILD_FUZZERS=ON \
  -DCOMMUNIQUE_BUILD_TESTS=OFF -DCOMMUNIQUE_BUILD_EXAMPLES=OFF -DCOMMUNIQUE_BUILD_TOOLS=OFF >/dev/null
cmake --build build-test-fuzz -j "$jobs" --target fuzz_read_dossier
echo "Time taken so far:"
printf '%s' "$timings"
echo "   stage ${stage_number} (building): $((SECONDS - stage_start)) s"
run_tests build-test-fuzz
