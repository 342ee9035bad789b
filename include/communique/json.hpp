// The one generic JSON mechanism. Any type the library knows how to convert (a described
// struct or enum, a vocabulary type with a string form, std::string, bool, an integer, and
// std::optional or std::vector of those) goes to and from nlohmann::json here; no type has
// a converter of its own.
//
// The mapping:
//   described struct   -> object, members in declaration order; empty optionals and empty
//                         vectors are left out, every other member is required
//   described enum     -> string, the enumerator's name ("round_table")
//   vocabulary type    -> string, its to_string() form ("2026-02-12", "PK")
//   std::string, bool, integers -> string, boolean, number (range-checked on reading)
//   std::vector<T>     -> array
//
// Reading is strict: a wrong kind of value, a missing required member, an unknown member
// (unless read_options::ignore_unknown_keys), a null, an enum string that is not an
// enumerator, an integer out of range or with a fraction, or an invalid vocabulary value
// throws communique::read_error with the JSON Pointer of the offending value. When a
// document has several problems, the one reported is the first met when members are
// visited in ascending key order and arrays in index order.
//
// The ADL functions at the bottom make `nlohmann::json j = value;` and `j.get<T>()` work
// for the library's types; a client's own described types get the same by saying
// `using communique::to_json; using communique::from_json;` in their namespace.
#pragma once

#include <communique/detail/json_path.hpp>
#include <communique/detail/text.hpp>
#include <communique/detail/traits.hpp>
#include <communique/error.hpp>

#include <boost/describe/enum_to_string.hpp>
#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace communique {

struct read_options {
    // Skip members that the type does not have instead of failing on them.
    bool ignore_unknown_keys = false;
};

namespace detail {

// ---- writing ----

template <class Json, class T>
Json encode(const T& value)
{
    if constexpr (described_struct<T>) {
        Json object = Json::object();
        boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
            const auto& field = value.*member.pointer;
            using M = std::remove_cvref_t<decltype(field)>;
            if constexpr (is_optional<M>) {
                if (field) {
                    object[json_name(member.name)] = encode<Json>(*field);
                }
            } else if constexpr (is_vector<M>) {
                if (!field.empty()) {
                    object[json_name(member.name)] = encode<Json>(field);
                }
            } else {
                object[json_name(member.name)] = encode<Json>(field);
            }
        });
        return object;
    } else if constexpr (described_enum<T>) {
        const char* name = boost::describe::enum_to_string(value, nullptr);
        if (name != nullptr) {
            return Json(json_name(name));
        }
        {
            throw write_error("cannot write enum value " +
                              std::to_string(static_cast<std::underlying_type_t<T>>(value)) +
                              ": it is not one of the described enumerators");
        }
    } else if constexpr (string_form<T>) {
        return Json(value.to_string());
    } else if constexpr (is_vector<T>) {
        Json array = Json::array();
        for (const auto& element : value) {
            array.push_back(encode<Json>(element));
        }
        return array;
    } else if constexpr (is_optional<T>) {
        return value ? encode<Json>(*value) : Json(nullptr);
    } else if constexpr (std::same_as<T, std::string> || std::same_as<T, bool> || integer<T>) {
        return Json(value);
    } else {
        static_assert(sizeof(T) == 0, "communique cannot convert this type to JSON: describe it with "
                                      "BOOST_DESCRIBE_STRUCT or BOOST_DESCRIBE_ENUM, or give it a string form");
    }
}

// ---- reading ----

// What a value of type T looks like in JSON, for "expected ..." messages.
template <class T>
constexpr const char* expected_kind()
{
    if constexpr (described_struct<T>) {
        return "an object";
    } else if constexpr (is_vector<T>) {
        return "an array";
    } else if constexpr (is_optional<T>) {
        return expected_kind<typename T::value_type>();
    } else if constexpr (std::same_as<T, bool>) {
        return "true or false";
    } else if constexpr (integer<T>) {
        return "an integer";
    } else {
        return "a string";
    }
}

inline const char* json_kind_name(nlohmann::json::value_t type)
{
    using value_t = nlohmann::json::value_t;
    switch (type) {
    case value_t::null: return "null";
    case value_t::object: return "an object";
    case value_t::array: return "an array";
    case value_t::string: return "a string";
    case value_t::boolean: return "a boolean";
    case value_t::number_integer:
    case value_t::number_unsigned: return "an integer";
    case value_t::number_float: return "a number with a fraction or exponent";
    default: return "a value of another kind";
    }
}

// "one of: a, b, c" for an enum's enumerators.
template <class E>
std::string enumerator_list()
{
    std::string out = "one of: ";
    bool first = true;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        out += first ? "" : ", ";
        out += json_name(enumerator.name);
        first = false;
    });
    return out;
}

template <class T>
std::string member_list()
{
    std::string out;
    boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
        out += out.empty() ? "" : ", ";
        out += json_name(member.name);
    });
    return out;
}

template <class E>
E enum_from_text(std::string_view text)
{
    std::optional<E> value;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        if (!value && text == json_name(enumerator.name)) {
            value = enumerator.value;
        }
    });
    if (!value) {
        throw invalid_value("invalid value " + quoted(text) + ": expected " + enumerator_list<E>());
    }
    return *value;
}

// An integer read from JSON, range-checked against T. A JSON number with a fraction or an
// exponent is never an integer here, even 2.0.
template <class T, class Json>
std::optional<T> integer_from_json(const Json& json)
{
    if (json.is_number_unsigned()) {
        const auto value = json.template get<std::uint64_t>();
        return std::in_range<T>(value) ? std::optional<T>(static_cast<T>(value)) : std::nullopt;
    }
    const auto value = json.template get<std::int64_t>();
    return std::in_range<T>(value) ? std::optional<T>(static_cast<T>(value)) : std::nullopt;
}

template <class T>
std::string integer_range()
{
    return "an integer from " + std::to_string(std::numeric_limits<T>::min()) + " to " +
           std::to_string(std::numeric_limits<T>::max());
}

// Reads one document (or part of one) held in a nlohmann::json value.
template <class Json>
class dom_reader {
public:
    explicit dom_reader(read_options options) : options_(options) {}

    template <class T>
    T read(const Json& json)
    {
        if (json.is_null()) {
            fail("expected " + std::string(expected_kind<T>()) + ", found null; leave out a member that has no value");
        }
        if constexpr (described_struct<T>) {
            return read_struct<T>(json);
        } else if constexpr (is_vector<T>) {
            expect(json.is_array(), expected_kind<T>(), json);
            T out;
            out.reserve(json.size());
            for (std::size_t i = 0; i < json.size(); ++i) {
                path_.push_index(i);
                out.push_back(read<typename T::value_type>(json[i]));
                path_.pop();
            }
            return out;
        } else if constexpr (is_optional<T>) {
            return T(read<typename T::value_type>(json));
        } else if constexpr (std::same_as<T, bool>) {
            expect(json.is_boolean(), expected_kind<T>(), json);
            return json.template get<bool>();
        } else if constexpr (integer<T>) {
            expect(json.is_number_integer(), expected_kind<T>(), json);
            if (const auto value = integer_from_json<T>(json)) {
                return *value;
            }
            fail("integer " + json.dump() + " is out of range: expected " + integer_range<T>());
        } else {
            expect(json.is_string(), expected_kind<T>(), json);
            const auto& text = json.template get_ref<const typename Json::string_t&>();
            if constexpr (std::same_as<T, std::string>) {
                return text;
            } else {
                try {
                    if constexpr (described_enum<T>) {
                        return enum_from_text<T>(text);
                    } else {
                        return T::from_string(text);
                    }
                } catch (const invalid_value& e) {
                    fail(e.what());
                }
            }
        }
    }

    [[noreturn]] void fail(std::string message) const { throw read_error(path_.pointer(), std::move(message)); }

private:
    void expect(bool ok, const char* expected, const Json& found) const
    {
        if (!ok) {
            fail(std::string("expected ") + expected + ", found " + json_kind_name(found.type()));
        }
    }

    template <class T>
    T read_struct(const Json& json)
    {
        expect(json.is_object(), "an object", json);
        // Visit the members present and the members missing in one ascending key order,
        // so that the first problem reported does not depend on how the keys were stored.
        std::vector<std::string_view> keys;
        keys.reserve(json.size());
        for (auto it = json.begin(); it != json.end(); ++it) {
            keys.emplace_back(it.key());
        }
        boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
            if (!json.contains(json_name(member.name))) {
                keys.emplace_back(json_name(member.name));
            }
        });
        std::sort(keys.begin(), keys.end());

        T out{};
        for (std::string_view key : keys) {
            bool known = false;
            boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
                if (known || key != json_name(member.name)) {
                    return;
                }
                known = true;
                using M = member_type<T, decltype(member)>;
                path_.push_key(std::string(key));
                const auto it = json.find(key);
                if (it != json.end()) {
                    out.*member.pointer = read<M>(*it);
                } else if constexpr (!is_omissible<M>) {
                    fail("missing required member " + quoted(key));
                }
                path_.pop();
            });
            if (!known && !options_.ignore_unknown_keys) {
                path_.push_key(std::string(key));
                fail("unknown member " + quoted(key) + ": expected one of: " + member_list<T>());
            }
        }
        return out;
    }

    read_options options_;
    json_path path_;
};

} // namespace detail

// ---- ADL hooks for nlohmann::json ----

template <class Json, class T>
requires(detail::described_struct<T> || detail::string_form<T>) void to_json(Json& json, const T& value)
{
    json = detail::encode<Json>(value);
}

template <class Json, class T>
requires(detail::described_struct<T> || detail::string_form<T>) void from_json(const Json& json, T& value)
{
    value = detail::dom_reader<Json>(read_options{}).template read<T>(json);
}

// nlohmann::json converts every enum to and from its underlying integer with templates of
// its own; naming the json types exactly makes these overloads the more specialised ones.
template <class E>
requires detail::described_enum<E>
void to_json(nlohmann::json& json, E value)
{
    json = detail::encode<nlohmann::json>(value);
}

template <class E>
requires detail::described_enum<E>
void to_json(nlohmann::ordered_json& json, E value)
{
    json = detail::encode<nlohmann::ordered_json>(value);
}

template <class E>
requires detail::described_enum<E>
void from_json(const nlohmann::json& json, E& value)
{
    value = detail::dom_reader<nlohmann::json>(read_options{}).read<E>(json);
}

template <class E>
requires detail::described_enum<E>
void from_json(const nlohmann::ordered_json& json, E& value)
{
    value = detail::dom_reader<nlohmann::ordered_json>(read_options{}).read<E>(json);
}

} // namespace communique

// nlohmann's get<T>() default-constructs T before filling it in, which a vocabulary type
// without a default value (CountryCode) does not allow; for such types this serializer
// builds the value directly.
template <class T>
    requires(communique::detail::string_form<T> && !std::is_default_constructible_v<T>)
struct nlohmann::adl_serializer<T, void> {
    template <class Json>
    static T from_json(const Json& json)
    {
        return communique::detail::dom_reader<Json>(communique::read_options{}).template read<T>(json);
    }

    template <class Json>
    static void to_json(Json& json, const T& value)
    {
        json = communique::detail::encode<Json>(value);
    }
};
