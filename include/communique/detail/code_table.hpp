// SPDX-License-Identifier: BSL-1.0
// Lookup in the sorted ISO code tables that the library ships.
#pragma once

#include <algorithm>
#include <string_view>

namespace communique::detail {

// The entry whose code is exactly `code`, or nullptr.
template <class Table>
constexpr const typename Table::value_type* find_code(const Table& table, std::string_view code) noexcept
{
    const auto it = std::lower_bound(table.begin(), table.end(), code,
                                     [](const auto& entry, std::string_view key) { return entry.code < key; });
    return it != table.end() && it->code == code ? &*it : nullptr;
}

} // namespace communique::detail
