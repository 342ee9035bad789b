#!/usr/bin/env bash
# Builds the benchmarks with -O2 in their own build folder (build-bench, or $BUILD_DIR) and
# runs them all, printing what docs/performance.md shows:
#   1. the corpus, checked with communique::validate (generate_corpus);
#   2. reading and writing it with each contestant, three repetitions, the medians in MB/s
#      and as ratios to communique's (json_benchmarks, then ratios.py);
#   3. peak heap use while reading a 100 MB corpus (peak_memory);
#   4. compile times (compile_time.sh).
# Extra arguments go to json_benchmarks (--benchmark_filter=read, for instance).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build-bench}

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DCOMMUNIQUE_BUILD_BENCHMARKS=ON -DCOMMUNIQUE_BUILD_TESTS=OFF -DCOMMUNIQUE_BUILD_EXAMPLES=OFF \
  -DCOMMUNIQUE_BUILD_TOOLS=OFF >/dev/null
cmake --build "$build" --target benchmarks -j "$(nproc)"

echo "== The corpus"
"$build/bench/generate_corpus" 10 "$build/bench/corpus.json"

echo
echo "== Reading and writing (medians of 3 repetitions)"
"$build/bench/json_benchmarks" --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
  --benchmark_out="$build/bench/results.json" --benchmark_out_format=json "$@"
echo
python3 "$root/bench/ratios.py" "$build/bench/results.json"

echo
echo "== Peak memory"
"$build/bench/peak_memory" 100

echo
echo "== Compile time"
"$root/bench/compile_time.sh"
