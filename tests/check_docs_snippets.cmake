# Fails unless every fenced code block of a documentation page that follows a line
#   <!-- snippet: path/of/a/file/in/the/repository -->
# appears, whole lines and verbatim, in the file the comment names: the code a page shows
# is code that the tests build or run.
#
#   cmake -DSOURCE_DIR=<communique> -DDOC=<page, relative to SOURCE_DIR> -P check_docs_snippets.cmake

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

  # The block must follow on the next line.
  if(NOT rest MATCHES "^[ \t]*\n```[a-z]*\n")
    message(FATAL_ERROR "${doc_file}: the snippet comment for ${file} is not followed by a fenced code block")
  endif()
  string(LENGTH "${CMAKE_MATCH_0}" opening)
  string(SUBSTRING "${rest}" ${opening} -1 rest)
  string(FIND "${rest}" "\n```" close)
  if(close EQUAL -1)
    message(FATAL_ERROR "${doc_file}: the code block for ${file} is not closed")
  endif()
  math(EXPR close "${close} + 1")
  string(SUBSTRING "${rest}" 0 ${close} block)
  string(SUBSTRING "${rest}" ${close} -1 rest)

  if(NOT EXISTS "${SOURCE_DIR}/${file}")
    string(APPEND failures "\n  ${file} does not exist")
  else()
    file(READ "${SOURCE_DIR}/${file}" content)
    # Compare whole lines: the block must start at the beginning of a line.
    string(FIND "\n${content}" "\n${block}" found)
    if(found EQUAL -1)
      string(APPEND failures "\n  ${file} does not contain the block:\n${block}")
    else()
      message(STATUS "${file}: the documented block is there")
    endif()
  endif()
  math(EXPR checked "${checked} + 1")
endwhile()

if(failures)
  message(FATAL_ERROR "${doc_file} shows code that its tests do not use:${failures}")
endif()
if(checked EQUAL 0)
  message(FATAL_ERROR "${doc_file} has no <!-- snippet: ... --> blocks to check")
endif()
message(STATUS "${checked} snippets of ${doc_file} match their files")
