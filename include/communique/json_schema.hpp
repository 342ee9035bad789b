// SPDX-License-Identifier: BSL-1.0
// The JSON Schema (draft 2020-12) of a type's JSON form, generated from the Boost.Describe
// metadata that writing and reading use, by one generic mechanism: a described struct is an
// object whose required members are exactly those that read requires, a described enum is
// a string among its enumerators' names, and a vocabulary type gives the schema of its own
// string form (`template <class Json> static Json json_schema()`, next to its from_string).
// Each struct, enum and vocabulary type reached has one definition in "$defs", named by
// json_schema_name (json_traits.hpp). What a schema cannot say (a duplicate key, a
// reference to a record that is not there, 2.0 for an integer) is in docs/json-schema.md.
#pragma once

#include <communique/detail/traits.hpp>
#include <communique/dossier.hpp>
#include <communique/json_traits.hpp>

#include <boost/core/type_name.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <boost/mp11/utility.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <concepts>
#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace communique {

// The record types of the model that json_schema_by_name knows, the document's root first.
using JsonSchemaRecords =
    boost::mp11::mp_list<Dossier, Agreement, AgreementLink, Amount, Corridor, Event, EventLink, ExternalId, Figure,
                         Membership, Milestone, Organization, Organizer, Party, Person, Place, Position, Quantity,
                         Ratification, Remarks, Series, Session, Signatory, Source, Speaker, Waypoint>;

namespace detail {

// A type with a definition of its own in "$defs"; anything else is written in place.
template <class T>
concept schema_definition = described_struct<T> || described_enum<T> || string_form<T>;

template <class T>
concept has_json_schema = requires
{
    {
        T::template json_schema<nlohmann::ordered_json>()
        } -> std::same_as<nlohmann::ordered_json>;
};

// T's C++ name without namespaces: "communique::Event" is "Event", and
// "newsroom::Box<newsroom::Item>" is "Box<Item>". boost::core::type_name spells a type alike
// under every compiler, so the schema is the same whichever built it.
template <class T>
std::string unqualified_type_name()
{
    std::string name = boost::core::type_name<T>();
    const std::string anonymous = "(anonymous namespace)::";
    for (auto at = name.find(anonymous); at != std::string::npos; at = name.find(anonymous)) {
        name.erase(at, anonymous.size());
    }
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name.compare(i, 2, "::") == 0) {
            // Drop the qualifier just written: back to the start of the name it belongs to.
            while (!out.empty() && (std::isalnum(static_cast<unsigned char>(out.back())) != 0 || out.back() == '_')) {
                out.pop_back();
            }
            ++i;
        } else {
            out += name[i];
        }
    }
    return out;
}

template <class T>
std::string schema_name()
{
    if constexpr (!json_schema_name<T>.empty()) {
        return std::string(json_schema_name<T>);
    } else {
        return unqualified_type_name<T>();
    }
}

// "#/$defs/<name>": the name as a JSON Pointer token (RFC 6901), in a URI fragment, where
// anything but letters, digits and a few marks is percent-encoded (RFC 3986).
inline std::string definition_ref(std::string_view name)
{
    std::string out = "#/$defs/";
    constexpr std::string_view hex = "0123456789ABCDEF";
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else if (std::isalnum(byte) != 0 || std::string_view("-._").find(c) != std::string_view::npos) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4U];
            out += hex[byte & 0x0FU];
        }
    }
    return out;
}

// A stand-in for a type's identity, without run-time type information: one address per type.
template <class T>
inline constexpr char type_key = 0;

// Builds the definitions of every type reached from the one it starts with.
class SchemaBuilder {
public:
    using Json = nlohmann::ordered_json;

    // The schema of a value of type T where it appears: a "$ref" to its definition, which is
    // made on the way, or the schema itself for an array, a string, a boolean or an integer.
    template <class T>
    Json schema_of()
    {
        if constexpr (schema_definition<T>) {
            return Json{{"$ref", definition_ref(define<T>())}};
        } else if constexpr (is_vector<T>) {
            static_assert(check_not_optional<typename T::value_type>());
            return Json{{"type", "array"}, {"items", schema_of<typename T::value_type>()}};
        } else if constexpr (is_optional<T>) {
            static_assert(check_not_optional<T>());
        } else if constexpr (std::same_as<T, std::string>) {
            return Json{{"type", "string"}};
        } else if constexpr (std::same_as<T, bool>) {
            return Json{{"type", "boolean"}};
        } else if constexpr (integer<T>) {
            return Json{{"type", "integer"},
                        {"minimum", std::numeric_limits<T>::min()},
                        {"maximum", std::numeric_limits<T>::max()}};
        } else {
            static_assert(unsupported<T>());
        }
    }

    // Adds T's definition, unless it is there, and returns its name. Two types with one name
    // would make one of them describe the other: that throws std::logic_error.
    template <schema_definition T>
    std::string define()
    {
        std::string name = schema_name<T>();
        if (const auto it = definitions_.find(name); it != definitions_.end()) {
            if (it->second.type != &type_key<T>) {
                throw std::logic_error("two types have the JSON Schema name \"" + name +
                                       "\": specialise communique::json_schema_name for one of them");
            }
            return name;
        }
        // Entered before it is made, so that a type that holds itself refers to itself.
        definitions_.emplace(name, Definition{&type_key<T>, Json()});
        Json schema = definition<T>();
        definitions_[name].schema = std::move(schema);
        return name;
    }

    // Every definition made, by name.
    Json definitions() const
    {
        Json out = Json::object();
        for (const auto& [name, entry] : definitions_) {
            out[name] = entry.schema;
        }
        return out;
    }

private:
    template <class T>
    Json definition()
    {
        if constexpr (described_struct<T>) {
            static_assert(check_struct<T>());
            Json properties = Json::object();
            Json required = Json::array();
            boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
                using M = member_type<T, decltype(member)>;
                const std::string key(json_name<T>(member.name));
                if constexpr (is_optional<M>) {
                    static_assert(check_not_optional<typename M::value_type>());
                    properties[key] = schema_of<typename M::value_type>();
                } else {
                    properties[key] = schema_of<M>();
                }
                // Exactly what read requires: a member that is no std::optional and no std::vector.
                if constexpr (!is_omissible<M>) {
                    required.push_back(key);
                }
            });
            Json out{{"type", "object"}, {"properties", std::move(properties)}};
            if (!required.empty()) {
                out["required"] = std::move(required);
            }
            out["additionalProperties"] = false;
            return out;
        } else if constexpr (described_enum<T>) {
            static_assert(check_enum<T>());
            Json names = Json::array();
            boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>(
                [&](auto enumerator) { names.push_back(json_name<T>(enumerator.name)); });
            return Json{{"type", "string"}, {"enum", std::move(names)}};
        } else {
            static_assert(has_json_schema<T>,
                          "communique::json_schema needs the schema of this type's string form: give it a "
                          "`template <class Json> static Json json_schema()` that returns the schema of the texts "
                          "its from_string accepts, as communique::Date does");
            return T::template json_schema<Json>();
        }
    }

    struct Definition {
        const char* type = nullptr;
        Json schema;
    };
    std::map<std::string, Definition> definitions_;
};

} // namespace detail

// The "$id" of T's schema: a name that stands for the schema, not an address to fetch it
// from, with the format version of the documents it describes.
template <class T>
std::string json_schema_id()
{
    return "urn:communique:schema:" + std::string(FormatVersion::current) + ":" + detail::schema_name<T>();
}

// The whole JSON Schema document (draft 2020-12) of a JSON text holding a T, as
// communique::read<T> reads it with the default ReadOptions: "$schema", "$id", a "$ref"
// to T's definition, and "$defs" with one definition for each described struct, described
// enum and vocabulary type reached, sorted by name. The same T gives the same schema.
//
// Throws std::logic_error when two of the types reached have one name (see
// json_schema_name).
template <class T>
requires detail::schema_definition<T> nlohmann::ordered_json json_schema()
{
    detail::SchemaBuilder builder;
    const std::string root = builder.define<T>();
    return nlohmann::ordered_json{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                                  {"$id", json_schema_id<T>()},
                                  {"$ref", detail::definition_ref(root)},
                                  {"$defs", builder.definitions()}};
}

// The names that json_schema_by_name knows, those of JsonSchemaRecords: "Dossier", "Agreement", ...
inline std::vector<std::string> json_schema_names()
{
    std::vector<std::string> names;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, JsonSchemaRecords>>(
        [&](auto type) { names.push_back(detail::schema_name<typename decltype(type)::type>()); });
    return names;
}

// The schema of the record type of the model named `name` ("Dossier", "Event", as
// json_schema_names lists them), or nothing for a name that is none of them.
inline std::optional<nlohmann::ordered_json> json_schema_by_name(std::string_view name)
{
    std::optional<nlohmann::ordered_json> out;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, JsonSchemaRecords>>([&](auto type) {
        using T = typename decltype(type)::type;
        if (!out && detail::schema_name<T>() == name) {
            out = json_schema<T>();
        }
    });
    return out;
}

} // namespace communique
