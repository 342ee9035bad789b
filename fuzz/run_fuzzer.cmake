# Runs a libFuzzer binary for SECONDS seconds with a fixed seed, from a fresh copy of the
# seed corpus SEEDS and of the example documents EXAMPLES/*.json, in WORK_DIR (emptied
# first), with the dictionary DICT. An input that fails is left in WORK_DIR/artifacts/:
# it belongs in fuzz/regressions/, where a test runs it from then on.
#
#   cmake -DFUZZER=<binary> -DSEEDS=<dir> -DEXAMPLES=<dir> -DWORK_DIR=<dir> -DDICT=<file>
#         -DSECONDS=<n> -P run_fuzzer.cmake
cmake_minimum_required(VERSION 3.23)

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/artifacts")
file(COPY "${SEEDS}/" DESTINATION "${WORK_DIR}/corpus")
file(GLOB examples "${EXAMPLES}/*.json")
if(examples)
  file(COPY ${examples} DESTINATION "${WORK_DIR}/corpus")
endif()

execute_process(
  COMMAND "${FUZZER}" -max_total_time=${SECONDS} -seed=1 -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 -print_funcs=0
          -dict=${DICT} -artifact_prefix=${WORK_DIR}/artifacts/ ${WORK_DIR}/corpus
  WORKING_DIRECTORY "${WORK_DIR}"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(GLOB found "${WORK_DIR}/artifacts/*")
  message(FATAL_ERROR "${FUZZER} failed (${status}); the input that failed: ${found}")
endif()
