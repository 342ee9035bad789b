# Included by a client project that added communique's source tree to its own build: fails
# the configuration if communique brought along its tests, its examples, its command or its
# flags.

if(COMMUNIQUE_BUILD_TESTS OR COMMUNIQUE_BUILD_EXAMPLES OR COMMUNIQUE_BUILD_TOOLS)
  message(FATAL_ERROR "communique as a subproject has COMMUNIQUE_BUILD_TESTS=${COMMUNIQUE_BUILD_TESTS}, "
                      "COMMUNIQUE_BUILD_EXAMPLES=${COMMUNIQUE_BUILD_EXAMPLES}, "
                      "COMMUNIQUE_BUILD_TOOLS=${COMMUNIQUE_BUILD_TOOLS}; all should be OFF")
endif()

# Tests and examples live in subdirectories, whatever their programs are called.
get_target_property(_communique_dir communique SOURCE_DIR)
get_property(
  _communique_subdirectories
  DIRECTORY ${_communique_dir}
  PROPERTY SUBDIRECTORIES)
if(_communique_subdirectories)
  message(FATAL_ERROR "communique as a subproject added ${_communique_subdirectories}")
endif()
foreach(_target test_json communique_catch_main issi_conference communique_command)
  if(TARGET ${_target})
    message(FATAL_ERROR "communique as a subproject defined its target ${_target}")
  endif()
endforeach()

# The warning flags are for communique's own programs, never for a client's.
get_target_property(_communique_options communique INTERFACE_COMPILE_OPTIONS)
get_target_property(_communique_libraries communique INTERFACE_LINK_LIBRARIES)
if(_communique_options OR communique_warnings IN_LIST _communique_libraries)
  message(FATAL_ERROR "communique passes compile options to its users: ${_communique_options} "
                      "${_communique_libraries}")
endif()

# Verifying communique's headers is communique's own business.
get_target_property(_communique_verify communique VERIFY_INTERFACE_HEADER_SETS)
if(_communique_verify)
  message(FATAL_ERROR "communique as a subproject verifies its header sets in the client's build")
endif()

message(STATUS "communique as a subproject: no tests, no examples, no flags")
