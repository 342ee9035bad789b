// SPDX-License-Identifier: BSL-1.0
// Reading and writing whole documents: communique::read<T>(text) and communique::write(value).
#pragma once

#include <communique/detail/sax_reader.hpp>
#include <communique/error.hpp>
#include <communique/json.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace communique {

// Parses `text` as one JSON document holding a T. Throws read_error, with the JSON Pointer
// of the offending value, for text that is not JSON or does not hold a valid T.
//
// The text is read in one pass, straight into the typed value, with no intermediate
// nlohmann::json document (see detail/sax_reader.hpp). A duplicate key and nesting deeper
// than options.max_depth are errors too. Reading a value with nlohmann::json::parse and
// get<T>() gives the same value or fails at the same path, but for those two checks.
template <class T>
T read(std::string_view text, const read_options& options = {})
{
    return detail::sax_reader(options).read<T>(text);
}

// The canonical JSON text of `value`: members in declaration order, two-space indentation,
// a final newline. The same value always gives the same bytes.
template <class T>
std::string write(const T& value)
{
    try {
        return detail::encode<nlohmann::ordered_json>(value).dump(2) + "\n";
    } catch (const nlohmann::json::type_error& e) {
        throw write_error("", std::string("cannot write JSON: ") + e.what());
    }
}

} // namespace communique
