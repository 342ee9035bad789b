# The package file behind find_package(communique): it finds communique's dependencies
# first, so that communique::communique can name their targets.
include(CMakeFindDependencyMacro)
find_dependency(nlohmann_json 3.11)
find_dependency(Boost 1.81 CONFIG)

include("${CMAKE_CURRENT_LIST_DIR}/communique-targets.cmake")
