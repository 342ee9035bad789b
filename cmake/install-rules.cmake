# What `cmake --install` puts under the prefix: the headers, a CMake package for
# find_package(communique) and a pkg-config file. A header-only library has nothing
# architecture-specific, so the package files go under share/ rather than lib/.
include(CMakePackageConfigHelpers)
include(GNUInstallDirs)

set(COMMUNIQUE_INSTALL_CMAKEDIR
    "${CMAKE_INSTALL_DATADIR}/cmake/communique"
    CACHE STRING "Where communique's CMake package files are installed, relative to the prefix")
set(COMMUNIQUE_INSTALL_PKGCONFIGDIR
    "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where communique.pc is installed, relative to the prefix")
mark_as_advanced(COMMUNIQUE_INSTALL_CMAKEDIR COMMUNIQUE_INSTALL_PKGCONFIGDIR)

# The file set gives the exported target its include directory in CMake 3.23 and later;
# INCLUDES DESTINATION gives it to older consumers too.
install(
  TARGETS communique
  EXPORT communique-targets
  FILE_SET HEADERS
  INCLUDES
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS communique_separate EXPORT communique-targets)
install(FILES "${PROJECT_SOURCE_DIR}/src/communique.cpp" DESTINATION "${CMAKE_INSTALL_DATADIR}/communique/src")
install(
  EXPORT communique-targets
  NAMESPACE communique::
  DESTINATION "${COMMUNIQUE_INSTALL_CMAKEDIR}")

write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/communique-config-version.cmake"
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_SOURCE_DIR}/cmake/communique-config.cmake"
              "${PROJECT_BINARY_DIR}/communique-config-version.cmake"
        DESTINATION "${COMMUNIQUE_INSTALL_CMAKEDIR}")

# communique.pc finds the prefix from its own location, so that `cmake --install --prefix`
# to any directory gives a working file.
if(IS_ABSOLUTE "${COMMUNIQUE_INSTALL_PKGCONFIGDIR}")
  set(COMMUNIQUE_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _communique_pc_to_prefix "/${COMMUNIQUE_INSTALL_PKGCONFIGDIR}" "/")
  string(REGEX REPLACE "/$" "" _communique_pc_to_prefix "${_communique_pc_to_prefix}")
  set(COMMUNIQUE_PC_PREFIX "\${pcfiledir}/${_communique_pc_to_prefix}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(COMMUNIQUE_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(COMMUNIQUE_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/communique.pc.in" "${PROJECT_BINARY_DIR}/communique.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/communique.pc" DESTINATION "${COMMUNIQUE_INSTALL_PKGCONFIGDIR}")

# The licence travels with the headers.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/communique")
# The JSON Schema of a dossier, for validators in other languages (docs/json-schema.md).
install(FILES "${PROJECT_SOURCE_DIR}/schema/dossier.schema.json" DESTINATION "${CMAKE_INSTALL_DATADIR}/communique/schema")
