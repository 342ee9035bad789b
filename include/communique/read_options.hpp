// SPDX-License-Identifier: BSL-1.0
// The options of communique::read and try_read, in a header of their own so that what
// reads text need not include what converts nlohmann::json documents.
#pragma once

#include <cstddef>

namespace communique {

struct ReadOptions {
    // Skip members that the type does not have instead of failing on them.
    bool ignore_unknown_keys = false;
    // The deepest nesting of objects and arrays that communique::read accepts. A dossier
    // needs about ten levels; the limit keeps hostile input from costing unbounded memory
    // and the reader, which recurses once per level, from running out of stack.
    std::size_t max_depth = 128;
};

} // namespace communique
