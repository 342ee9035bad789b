# Renders the dossier DOSSIER as a picture: runs `COMMUNIQUE graph` on it and pipes
# its DOT output through DOT (Graphviz) into the SVG file OUTPUT. With COMPARE_WITH, fails
# unless OUTPUT is byte for byte that file: the committed picture is stale otherwise.
get_filename_component(directory "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${directory}")
execute_process(
  COMMAND "${COMMUNIQUE}" graph "${DOSSIER}"
  COMMAND "${DOT}" -Tsvg -o "${OUTPUT}"
  RESULTS_VARIABLE statuses)
foreach(status IN LISTS statuses)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "rendering ${DOSSIER} failed: ${COMMUNIQUE} graph | ${DOT} -Tsvg exited with ${statuses}")
  endif()
endforeach()
if(DEFINED COMPARE_WITH)
  file(READ "${OUTPUT}" rendered)
  file(READ "${COMPARE_WITH}" committed)
  if(NOT rendered STREQUAL committed)
    message(FATAL_ERROR "${COMPARE_WITH} is not what the docs target renders now (${OUTPUT}): "
                        "build the target docs-update-images to refresh it. The SVG text depends on the "
                        "Graphviz version too; the committed file says which one made it.")
  endif()
endif()
