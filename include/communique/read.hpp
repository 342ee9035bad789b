// Reading and writing whole documents: communique::read<T>(text) and communique::write(value).
#pragma once

#include <communique/error.hpp>
#include <communique/json.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace communique {

// Parses `text` as one JSON document holding a T. Throws read_error, with the JSON Pointer
// of the offending value, for text that is not JSON or does not hold a valid T.
template <class T>
T read(std::string_view text, const read_options& options = {})
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw read_error("", std::string("not valid JSON: ") + e.what());
    }
    return detail::dom_reader<nlohmann::json>(options).template read<T>(json);
}

// The canonical JSON text of `value`: members in declaration order, two-space indentation,
// a final newline. The same value always gives the same bytes.
template <class T>
std::string write(const T& value)
{
    try {
        return detail::encode<nlohmann::ordered_json>(value).dump(2) + "\n";
    } catch (const nlohmann::json::type_error& e) {
        throw write_error(std::string("cannot write JSON: ") + e.what());
    }
}

} // namespace communique
