// SPDX-License-Identifier: BSL-1.0
// The one generic JSON mechanism. Any type the library knows how to convert (a described
// struct or enum, a vocabulary type with a string form, std::string, bool, an integer, and
// std::optional or std::vector of those) is written by detail/writer.hpp and read from
// nlohmann::json here; no type has a converter of its own.
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
// document has several problems, the one reported is the first met when an object's members
// are visited in the order the nlohmann::json object holds them, then its missing members,
// and arrays in index order.
//
// Types it would silently get wrong do not compile (see detail/traits.hpp): two members
// with one JSON name, a member or base left out of BOOST_DESCRIBE_STRUCT, a std::optional
// anywhere but as a struct member, a floating-point number.
//
// The ADL functions at the bottom make `nlohmann::json j = value;` and `j.get<T>()` work
// for the library's types (the first parses the writer's text, so that it holds exactly what
// communique::write writes); a client's own described types get the same by saying
// `using communique::to_json; using communique::from_json;` in their namespace. None of
// them applies to a client's type that did not ask (json_traits.hpp).
#pragma once

#include <communique/detail/json_path.hpp>
#include <communique/detail/text.hpp>
#include <communique/detail/traits.hpp>
#include <communique/detail/value.hpp>
#include <communique/detail/writer.hpp>
#include <communique/error.hpp>
#include <communique/json_traits.hpp>
#include <communique/read_options.hpp>

#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace communique {

namespace detail {

// The DOM of `value`, parsed from the writer's compact text, so that nlohmann's conversions
// give exactly the document that communique::write writes. A WriteError keeps its path.
template <class Json, class T>
Json written_json(const T& value)
{
    std::string text;
    append_json(text, value, false);
    return Json::parse(text);
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
class DomReader {
public:
    explicit DomReader(ReadOptions options) : options_(options) {}

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
            Scalar value{.kind = kind};
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
        T out{};
        std::size_t found = 0; // members of T that the object has
        for (auto it = json.begin(); it != json.end(); ++it) {
            const std::string& key = it.key();
            bool known = false;
            boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
                if (known || key != json_name<T>(member.name)) {
                    return;
                }
                known = true;
                using M = member_type<T, decltype(member)>;
                path_.push_key(key);
                if constexpr (is_optional<M>) {
                    static_assert(check_not_optional<typename M::value_type>());
                    out.*member.pointer = M(read<typename M::value_type>(*it));
                } else {
                    out.*member.pointer = read<M>(*it);
                }
                path_.pop();
            });
            if (known) {
                ++found;
            } else if (!options_.ignore_unknown_keys) {
                path_.push_key(key);
                fail(unknown_member_message<T>(key));
            }
        }
        // A nlohmann::json object holds no key twice, so it lacks a member exactly when it
        // has fewer than T. Left out means empty, whatever default the declaration gives.
        if (found < boost::mp11::mp_size<public_members<T>>::value) {
            boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
                using M = member_type<T, decltype(member)>;
                const std::string_view name = json_name<T>(member.name);
                if (json.contains(name)) {
                    return;
                }
                if constexpr (is_omissible<M>) {
                    out.*member.pointer = M{};
                } else {
                    path_.push_key(std::string(name));
                    fail(missing_member_message(name));
                }
            });
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
    json = detail::written_json<Json>(value);
}

template <class Json, class T>
requires(detail::described_struct<T> || detail::string_form<T>) void from_json(const Json& json, T& value)
{
    value = detail::DomReader<Json>(ReadOptions{}).template read<T>(json);
}

// nlohmann::json converts every enum to and from its underlying integer with templates of
// its own; naming the json types exactly makes these overloads the more specialised ones.
template <class E>
requires detail::described_enum<E>
void to_json(nlohmann::json& json, E value)
{
    json = detail::written_json<nlohmann::json>(value);
}

template <class E>
requires detail::described_enum<E>
void to_json(nlohmann::ordered_json& json, E value)
{
    json = detail::written_json<nlohmann::ordered_json>(value);
}

template <class E>
requires detail::described_enum<E>
void from_json(const nlohmann::json& json, E& value)
{
    value = detail::DomReader<nlohmann::json>(ReadOptions{}).read<E>(json);
}

template <class E>
requires detail::described_enum<E>
void from_json(const nlohmann::ordered_json& json, E& value)
{
    value = detail::DomReader<nlohmann::ordered_json>(ReadOptions{}).read<E>(json);
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
        return communique::detail::DomReader<Json>(communique::ReadOptions{}).template read<T>(json);
    }

    template <class Json>
    static void to_json(Json& json, const T& value)
    {
        json = communique::detail::written_json<Json>(value);
    }
};
