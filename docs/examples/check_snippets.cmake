# Fails unless every fenced block of DOC that follows a line
#   <!-- snippet: <path> -->
# appears, verbatim, in the file at <path> (relative to SOURCE_DIR): the page's examples,
# code and output alike, are cut from real files and cannot drift from them.
#
#   cmake -DSOURCE_DIR=<communique> -DDOC=docs/errors.md -P check_snippets.cmake
cmake_minimum_required(VERSION 3.23)

set(doc_file "${SOURCE_DIR}/${DOC}")
file(READ "${doc_file}" rest)

set(checked 0)
set(failures "")
while(TRUE)
  string(FIND "${rest}" "<!-- snippet:" start)
  if(start EQUAL -1)
    break()
  endif()
  string(SUBSTRING "${rest}" ${start} -1 rest)
  string(FIND "${rest}" "-->" end)
  if(end EQUAL -1)
    message(FATAL_ERROR "${doc_file}: a snippet comment is not closed")
  endif()
  string(SUBSTRING "${rest}" 0 ${end} marker)
  string(REGEX REPLACE "^<!-- snippet:[ ]*([^ ]+)[ ]*$" "\\1" file "${marker}")
  math(EXPR end "${end} + 3")
  string(SUBSTRING "${rest}" ${end} -1 rest)

  # A fenced block must follow on the next line.
  if(NOT rest MATCHES "^[ \t]*\n```[a-z]*\n")
    message(FATAL_ERROR "${doc_file}: the snippet comment for ${file} is not followed by a fenced block")
  endif()
  string(LENGTH "${CMAKE_MATCH_0}" opening)
  string(SUBSTRING "${rest}" ${opening} -1 rest)
  string(FIND "${rest}" "\n```" close)
  if(close EQUAL -1)
    message(FATAL_ERROR "${doc_file}: the block for ${file} is not closed")
  endif()
  math(EXPR close "${close} + 1")
  string(SUBSTRING "${rest}" 0 ${close} block)
  string(SUBSTRING "${rest}" ${close} -1 rest)

  if(NOT EXISTS "${SOURCE_DIR}/${file}")
    string(APPEND failures "\n  ${file}: no such file")
  else()
    file(READ "${SOURCE_DIR}/${file}" content)
    string(FIND "${content}" "${block}" found)
    if(found EQUAL -1)
      string(SUBSTRING "${block}" 0 200 head)
      string(APPEND failures "\n  ${file} does not hold the block that begins:\n${head}")
    endif()
  endif()
  math(EXPR checked "${checked} + 1")
endwhile()

if(failures)
  message(FATAL_ERROR "${doc_file}: blocks that differ from their files:${failures}")
endif()
if(checked EQUAL 0)
  message(FATAL_ERROR "${doc_file}: no snippet comments found")
endif()
message(STATUS "${doc_file}: ${checked} blocks match their files")
