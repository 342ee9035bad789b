// SPDX-License-Identifier: BSL-1.0
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
// (unless ReadOptions::ignore_unknown_keys), a null, an enum string that is not an
// enumerator, an integer out of range or with a fraction, or an invalid vocabulary value
// throws communique::ReadError with the JSON Pointer of the offending value. When a
// document has several problems, the one reported is the first met when members are
// visited in ascending key order and arrays in index order.
//
// Types it would silently get wrong do not compile (see detail/traits.hpp): two members
// with one JSON name, a member or base left out of BOOST_DESCRIBE_STRUCT, a std::optional
// anywhere but as a struct member, a floating-point number.
//
// The ADL functions at the bottom make `nlohmann::json j = value;` and `j.get<T>()` work
// for the library's types; a client's own described types get the same by saying
// `using communique::to_json; using communique::from_json;` in their namespace. None of
// them applies to a client's type that did not ask (json_traits.hpp).
#pragma once

#include <communique/detail/json_path.hpp>
#include <communique/detail/text.hpp>
#include <communique/detail/traits.hpp>
#include <communique/detail/utf8.hpp>
#include <communique/detail/value.hpp>
#include <communique/error.hpp>
#include <communique/json_traits.hpp>

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

struct ReadOptions {
    // Skip members that the type does not have instead of failing on them.
    bool ignore_unknown_keys = false;
    // The deepest nesting of objects and arrays that communique::read accepts. A dossier
    // needs about ten levels; the limit keeps hostile input from costing unbounded memory.
    std::size_t max_depth = 128;
};

namespace detail {

// ---- writing ----

// A vocabulary type whose default value is "not set" (an empty Id, a default Date): write
// refuses such a value rather than put it in a document as if a report had given it.
template <class T>
concept may_be_unset = string_form<T> && requires(const T& value)
{
    {
        value.has_value()
        } -> std::same_as<bool>;
};

// Runs `encode_member`, and gives a WriteError from inside it the path it arose at.
template <class F>
decltype(auto) at_token(std::string_view token, F&& encode_member)
{
    try {
        return std::forward<F>(encode_member)();
    } catch (const WriteError& e) {
        throw e.within(token);
    }
}

template <class Json, class T>
Json encode(const T& value)
{
    if constexpr (described_struct<T>) {
        static_assert(check_struct<T>());
        Json object = Json::object();
        boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
            const auto& field = value.*member.pointer;
            using M = std::remove_cvref_t<decltype(field)>;
            const std::string_view key = json_name<T>(member.name);
            if constexpr (is_optional<M>) {
                static_assert(check_not_optional<typename M::value_type>());
                if (field) {
                    object[key] = at_token(key, [&] { return encode<Json>(*field); });
                }
            } else if constexpr (is_vector<M>) {
                if (!field.empty()) {
                    object[key] = at_token(key, [&] { return encode<Json>(field); });
                }
            } else {
                object[key] = at_token(key, [&] { return encode<Json>(field); });
            }
        });
        return object;
    } else if constexpr (described_enum<T>) {
        static_assert(check_enum<T>());
        const char* name = boost::describe::enum_to_string(value, nullptr);
        if (name == nullptr) {
            throw WriteError("", "cannot write enum value " +
                                      std::to_string(static_cast<std::underlying_type_t<T>>(value)) +
                                      ": it is not one of the described enumerators (a member never set is 0)");
        }
        return Json(json_name<T>(name));
    } else if constexpr (string_form<T>) {
        if constexpr (may_be_unset<T>) {
            if (!value.has_value()) {
                throw WriteError("", "no value was set: a member that a report does not give must be "
                                      "an empty std::optional, not a default value");
            }
        }
        return Json(value.to_string());
    } else if constexpr (is_vector<T>) {
        static_assert(check_not_optional<typename T::value_type>());
        Json array = Json::array();
        for (std::size_t i = 0; i < value.size(); ++i) {
            array.push_back(at_token(std::to_string(i), [&] { return encode<Json>(value[i]); }));
        }
        return array;
    } else if constexpr (is_optional<T>) {
        static_assert(check_not_optional<T>());
    } else if constexpr (std::same_as<T, std::string>) {
        if (const auto at = invalid_utf8_at(value)) {
            throw WriteError("", "cannot write a string that is not valid UTF-8: byte " + std::to_string(*at + 1) +
                                      " begins no UTF-8 character");
        }
        return Json(value);
    } else if constexpr (std::same_as<T, bool> || integer<T>) {
        return Json(value);
    } else {
        static_assert(unsupported<T>());
    }
}

// ---- reading ----

template <class Json>
JsonKind kind_of(const Json& json)
{
    switch (json.type()) {
    case Json::value_t::boolean: return JsonKind::boolean;
    case Json::value_t::number_integer: return JsonKind::integer;
    case Json::value_t::number_unsigned: return JsonKind::unsigned_integer;
    case Json::value_t::number_float: return JsonKind::fractional_number;
    case Json::value_t::string: return JsonKind::string;
    case Json::value_t::object: return JsonKind::object;
    case Json::value_t::array: return JsonKind::array;
    default: return JsonKind::null;
    }
}

// Reads a value held in a nlohmann::json (or ordered_json) document.
template <class Json>
class dom_reader {
public:
    explicit dom_reader(ReadOptions options) : options_(options) {}

    template <class T>
    T read(const Json& json)
    {
        if constexpr (is_optional<T>) {
            static_assert(check_not_optional<T>());
        } else if constexpr (described_struct<T>) {
            static_assert(check_struct<T>());
            expect<T>(json, JsonKind::object);
            return read_struct<T>(json);
        } else if constexpr (is_vector<T>) {
            static_assert(check_not_optional<typename T::value_type>());
            expect<T>(json, JsonKind::array);
            T out;
            out.reserve(json.size());
            for (std::size_t i = 0; i < json.size(); ++i) {
                path_.push_index(i);
                out.push_back(read<typename T::value_type>(json[i]));
                path_.pop();
            }
            return out;
        } else {
            const JsonKind kind = kind_of(json);
            if (kind == JsonKind::object || kind == JsonKind::array) {
                fail(mismatch_message<T>(kind));
            }
            scalar value{.kind = kind};
            if (kind == JsonKind::boolean) {
                value.boolean = json.template get<bool>();
            } else if (kind == JsonKind::integer) {
                value.integer = json.template get<std::int64_t>();
            } else if (kind == JsonKind::unsigned_integer) {
                value.unsigned_integer = json.template get<std::uint64_t>();
            } else if (kind == JsonKind::string) {
                value.text = json.template get_ref<const typename Json::string_t&>();
            }
            MaybeValue<T> out = scalar_value<T>(value);
            if (!out.has_value()) {
                fail(std::move(out.problem()));
            }
            return std::move(out.value());
        }
    }

    [[noreturn]] void fail(std::string message) const { throw ReadError(path_.pointer(), std::move(message)); }

private:
    template <class T>
    void expect(const Json& json, JsonKind expected) const
    {
        const JsonKind kind = kind_of(json);
        if (kind != expected) {
            fail(mismatch_message<T>(kind));
        }
    }

    template <class T>
    T read_struct(const Json& json)
    {
        // Visit the members present and the members missing in one ascending key order,
        // so that the first problem reported does not depend on how the keys were stored.
        std::vector<std::string_view> keys;
        keys.reserve(json.size());
        for (auto it = json.begin(); it != json.end(); ++it) {
            keys.emplace_back(it.key());
        }
        boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
            if (!json.contains(json_name<T>(member.name))) {
                keys.emplace_back(json_name<T>(member.name));
            }
        });
        std::sort(keys.begin(), keys.end());

        T out{};
        for (std::string_view key : keys) {
            bool known = false;
            boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
                if (known || key != json_name<T>(member.name)) {
                    return;
                }
                known = true;
                using M = member_type<T, decltype(member)>;
                path_.push_key(std::string(key));
                const auto it = json.find(key);
                if (it == json.end()) {
                    // Left out means empty, whatever default the member's declaration gives.
                    if constexpr (is_omissible<M>) {
                        out.*member.pointer = M{};
                    } else {
                        fail(missing_member_message(key));
                    }
                } else if constexpr (is_optional<M>) {
                    static_assert(check_not_optional<typename M::value_type>());
                    out.*member.pointer = M(read<typename M::value_type>(*it));
                } else {
                    out.*member.pointer = read<M>(*it);
                }
                path_.pop();
            });
            if (!known && !options_.ignore_unknown_keys) {
                path_.push_key(std::string(key));
                fail(unknown_member_message<T>(key));
            }
        }
        return out;
    }

    ReadOptions options_;
    JsonPath path_;
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
    value = detail::dom_reader<Json>(ReadOptions{}).template read<T>(json);
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
    value = detail::dom_reader<nlohmann::json>(ReadOptions{}).read<E>(json);
}

template <class E>
requires detail::described_enum<E>
void from_json(const nlohmann::ordered_json& json, E& value)
{
    value = detail::dom_reader<nlohmann::ordered_json>(ReadOptions{}).read<E>(json);
}

} // namespace communique

// nlohmann's get<T>() default-constructs T before filling it in, which a vocabulary type
// without a default value (CountryCode) does not allow; for such types this serializer
// builds the value directly. It applies to no type that json_string_form does not name.
template <class T>
requires(communique::detail::string_form<T> &&
         !std::is_default_constructible_v<T>) struct nlohmann::adl_serializer<T, void> {
    template <class Json>
    static T from_json(const Json& json)
    {
        return communique::detail::dom_reader<Json>(communique::ReadOptions{}).template read<T>(json);
    }

    template <class Json>
    static void to_json(Json& json, const T& value)
    {
        json = communique::detail::encode<Json>(value);
    }
};
