# Runs PROGRAM and fails unless its standard output is byte for byte the file EXPECTED.
execute_process(COMMAND "${PROGRAM}" OUTPUT_VARIABLE actual RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  file(WRITE "${CMAKE_CURRENT_BINARY_DIR}/actual-output.txt" "${actual}")
  message(FATAL_ERROR "${PROGRAM} printed something other than ${EXPECTED}; "
                      "its output is in ${CMAKE_CURRENT_BINARY_DIR}/actual-output.txt")
endif()
