# Fails the configuration when include/communique/version.hpp and project(VERSION) disagree.
file(READ "${PROJECT_SOURCE_DIR}/include/communique/version.hpp" _communique_version_header)
foreach(_part MAJOR MINOR PATCH)
  string(REGEX MATCH "#define COMMUNIQUE_VERSION_${_part} ([0-9]+)" _ "${_communique_version_header}")
  if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION_${_part})
    message(FATAL_ERROR "version.hpp says COMMUNIQUE_VERSION_${_part} ${CMAKE_MATCH_1}, "
                        "but project(VERSION) is ${PROJECT_VERSION}")
  endif()
endforeach()
if(NOT _communique_version_header MATCHES "#define COMMUNIQUE_VERSION_STRING \"${PROJECT_VERSION}\"")
  message(FATAL_ERROR "version.hpp's COMMUNIQUE_VERSION_STRING is not \"${PROJECT_VERSION}\"")
endif()
