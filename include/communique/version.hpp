// SPDX-License-Identifier: BSL-1.0
// The library's version, the same as the CMake project's.
#pragma once

#define COMMUNIQUE_VERSION_MAJOR 0
#define COMMUNIQUE_VERSION_MINOR 2
#define COMMUNIQUE_VERSION_PATCH 0
#define COMMUNIQUE_VERSION_STRING "0.2.0"
// MAJOR * 10000 + MINOR * 100 + PATCH, for comparisons in #if.
#define COMMUNIQUE_VERSION                                                                                             \
    (COMMUNIQUE_VERSION_MAJOR * 10000 + COMMUNIQUE_VERSION_MINOR * 100 + COMMUNIQUE_VERSION_PATCH)
