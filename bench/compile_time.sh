#!/usr/bin/env bash
# What a program pays at compile time for reading and writing JSON: compiles, with one
# compiler and the same flags, five small programs (bench/compile_time/):
#   (a) nlohmann_parse.cpp         includes <nlohmann/json.hpp> alone, parses and dumps;
#   (b) communique_read_write.cpp  calls communique::read<Dossier> and communique::write;
#   (c) boost_json_mirror.cpp      Boost.JSON value_to / value_from on the mirror structs;
#   (d) communique_separate.cpp    (b) with COMMUNIQUE_SEPARATE_COMPILATION;
#   (e) communique_src.cpp         the one file that compiles what (d) only declares;
# each three times, and prints the best CPU time (user + system, the compiler's
# subprocesses included) and the ratios b/a, c/a and d/a.
#
#   bench/compile_time.sh [flag...]    one column per flag, -O0 and -O2 unless given
#
# CXX names the compiler (g++ unless set). Every compilation is -std=c++20 -c, with the
# flag of its column and nothing else.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cxx=${CXX:-g++}
flags=("$@")
if [ ${#flags[@]} -eq 0 ]; then
  flags=(-O0 -O2)
fi
programs=(nlohmann_parse communique_read_write boost_json_mirror communique_separate communique_src)

# The best CPU seconds of three compilations of bench/compile_time/$1.cpp with flag $2.
best_of_three() {
  local best="" seconds
  for _ in 1 2 3; do
    seconds=$( { TIMEFORMAT='%3U %3S'; time "$cxx" -std=c++20 "$2" -I"$root/include" -I"$root/bench" \
                   -c "$root/bench/compile_time/$1.cpp" -o /dev/null; } 2>&1 | awk '{ print $1 + $2 }')
    best=$(awk -v a="$seconds" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  echo "$best"
}

declare -A seconds
for flag in "${flags[@]}"; do
  for program in "${programs[@]}"; do
    seconds[$program$flag]=$(best_of_three "$program" "$flag")
  done
done

echo "$("$cxx" --version | head -n 1); -std=c++20 -c; CPU seconds, best of 3"
echo
header="| program |"
rule="|---|"
for flag in "${flags[@]}"; do
  header+=" $flag |"
  rule+="---:|"
done
echo "$header"
echo "$rule"
labels=("(a) nlohmann::json::parse alone" "(b) communique::read and write" "(c) Boost.JSON on the mirror"
  "(d) (b) with COMMUNIQUE_SEPARATE_COMPILATION" "(e) <communique/src.hpp>, once a program")
for i in "${!programs[@]}"; do
  row="| ${labels[$i]} |"
  for flag in "${flags[@]}"; do
    row+=" ${seconds[${programs[$i]}$flag]} s |"
  done
  echo "$row"
done
for ratio in "b/a communique_read_write" "c/a boost_json_mirror" "d/a communique_separate"; do
  read -r name program <<<"$ratio"
  row="| ratio $name |"
  for flag in "${flags[@]}"; do
    row+=" $(awk -v x="${seconds[$program$flag]}" -v a="${seconds[nlohmann_parse$flag]}" \
               'BEGIN { printf "%.1f", x / a }') |"
  done
  echo "$row"
done
