# Compiles a client the way a Makefile or a shell user would, with nothing but the flags
# that pkg-config gives for communique, then runs it.
#
#   cmake -DPKG_CONFIG_EXECUTABLE=<pkg-config> -DCXX_COMPILER=<c++> -DPREFIX=<install prefix>
#         -DCLIENT_SOURCE=<main.cpp> -DBINARY_DIR=<dir> -DEXPECTED_VERSION=<x.y.z> -P pkg_config.cmake

cmake_minimum_required(VERSION 3.23)

foreach(variable PKG_CONFIG_EXECUTABLE CXX_COMPILER PREFIX CLIENT_SOURCE BINARY_DIR EXPECTED_VERSION)
  if(NOT ${variable})
    message(FATAL_ERROR "pkg_config.cmake needs -D${variable}=...")
  endif()
endforeach()

set(ENV{PKG_CONFIG_PATH} "${PREFIX}/share/pkgconfig")

execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --modversion communique OUTPUT_VARIABLE version
                        OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
if(NOT version STREQUAL EXPECTED_VERSION)
  message(FATAL_ERROR "pkg-config says communique ${version}, expected ${EXPECTED_VERSION}")
endif()

execute_process(COMMAND ${PKG_CONFIG_EXECUTABLE} --cflags communique OUTPUT_VARIABLE cflags
                        OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
message(STATUS "pkg-config --cflags communique: ${cflags}")
separate_arguments(cflags UNIX_COMMAND "${cflags}")
if(NOT "-std=c++20" IN_LIST cflags)
  message(FATAL_ERROR "pkg-config's flags for communique lack -std=c++20")
endif()

file(MAKE_DIRECTORY "${BINARY_DIR}")
set(client "${BINARY_DIR}/client")
file(REMOVE "${client}")
execute_process(COMMAND ${CXX_COMPILER} ${cflags} ${CLIENT_SOURCE} -o ${client} COMMAND_ECHO STDOUT
                        COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${client} COMMAND_ERROR_IS_FATAL ANY)
