# Configures communique's source tree without tests, examples or the communique command (a
# program, built before it is installed), installs it into a fresh prefix and checks what
# landed there.
#
#   cmake -DSOURCE_DIR=<communique> -DBUILD_DIR=<dir> -DPREFIX=<dir> -P install.cmake -- <options>...
#
# The <options> (a generator, a compiler, dependency locations) go to the configuration.

cmake_minimum_required(VERSION 3.23)

foreach(variable SOURCE_DIR BUILD_DIR PREFIX)
  if(NOT ${variable})
    message(FATAL_ERROR "install.cmake needs -D${variable}=...")
  endif()
endforeach()

set(configure_options)
set(after_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_separator)
    list(APPEND configure_options "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_separator TRUE)
  endif()
endforeach()

# Start from nothing, so that a file left by an earlier run cannot pass for an installed one.
file(REMOVE_RECURSE "${BUILD_DIR}" "${PREFIX}")

execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BUILD_DIR} -DCOMMUNIQUE_BUILD_TESTS=OFF
          -DCOMMUNIQUE_BUILD_EXAMPLES=OFF -DCOMMUNIQUE_BUILD_TOOLS=OFF ${configure_options} COMMAND_ERROR_IS_FATAL ANY)
# A header-only library has nothing to build before it is installed.
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} COMMAND_ERROR_IS_FATAL ANY)

foreach(
  file
  include/communique/communique.hpp
  include/communique/version.hpp
  include/communique/detail/traits.hpp
  share/cmake/communique/communique-config.cmake
  share/cmake/communique/communique-config-version.cmake
  share/cmake/communique/communique-targets.cmake
  share/pkgconfig/communique.pc)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "the install did not create ${PREFIX}/${file}")
  endif()
endforeach()
if(EXISTS "${PREFIX}/lib")
  message(FATAL_ERROR "a header-only library installed files under ${PREFIX}/lib")
endif()
