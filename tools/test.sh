#!/usr/bin/env bash
# The README's test command, and what CI runs. Installs what is missing, then runs four
# stages, each in its own build folder, and stops at the first failure:
#   1. g++ Debug build, the whole test suite                                (build-test-g++)
#   2. clang++ Debug build, the whole test suite                            (build-test-clang++)
#   3. clang++ with AddressSanitizer and UndefinedBehaviorSanitizer, the whole test suite
#      but the integration tests, which only build client projects         (build-test-sanitizers)
#   4. the libFuzzer build: a fixed-time fuzzing run and the regression inputs (build-test-fuzz)
# The output ends with the last stage's ctest summary.
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

run_tests() {
  ctest --test-dir "$1" --output-on-failure -j "$jobs"
}

stage "g++, Debug, the whole test suite"
configure_and_build build-test-g++ -DCMAKE_CXX_COMPILER=g++
run_tests build-test-g++

stage "clang++, Debug, the whole test suite"
configure_and_build build-test-clang++ -DCMAKE_CXX_COMPILER=clang++
run_tests build-test-clang++

stage "clang++ with AddressSanitizer and UndefinedBehaviorSanitizer, the whole test suite but integration"
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The property tests run their full count of cases in stages 1 and 2; here, where they look
# for memory errors and undefined behaviour rather than for rare values, at ten times the
# cost, 30 each.
export RC_PARAMS="max_success=30"
configure_and_build build-test-sanitizers -DCMAKE_CXX_COMPILER=clang++ \
  "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
  -DCOMMUNIQUE_TEST_INTEGRATION=OFF
run_tests build-test-sanitizers
unset RC_PARAMS

stage "libFuzzer: fuzz_read_dossier for a fixed time, then over fuzz/regressions"
cmake -S . -B build-test-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DCOMMUNIQUE_BUILD_FUZZERS=ON \
  -DCOMMUNIQUE_BUILD_TESTS=OFF -DCOMMUNIQUE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build build-test-fuzz -j "$jobs" --target fuzz_read_dossier
echo "Time taken so far:"
printf '%s' "$timings"
echo "   stage ${stage_number} (building): $((SECONDS - stage_start)) s"
run_tests build-test-fuzz
