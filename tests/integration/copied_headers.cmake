# Copies include/communique into a directory of its own, as a user who vendors the headers
# does, and compiles a client against the copy with nothing but -std=c++20 and -I, then
# runs it.
#
#   cmake -DSOURCE_DIR=<communique> -DCXX_COMPILER=<c++> -DCLIENT_SOURCE=<main.cpp>
#         -DBINARY_DIR=<dir> -P copied_headers.cmake

cmake_minimum_required(VERSION 3.23)

foreach(variable SOURCE_DIR CXX_COMPILER CLIENT_SOURCE BINARY_DIR)
  if(NOT ${variable})
    message(FATAL_ERROR "copied_headers.cmake needs -D${variable}=...")
  endif()
endforeach()

set(include_dir "${BINARY_DIR}/third_party/include")
file(REMOVE_RECURSE "${BINARY_DIR}")
file(COPY "${SOURCE_DIR}/include/communique" DESTINATION "${include_dir}")

set(client "${BINARY_DIR}/client")
execute_process(COMMAND ${CXX_COMPILER} -std=c++20 -I${include_dir} ${CLIENT_SOURCE} -o ${client} COMMAND_ECHO STDOUT
                        COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${client} COMMAND_ERROR_IS_FATAL ANY)
