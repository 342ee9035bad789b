// SPDX-License-Identifier: BSL-1.0
// The kinds of C++ type that the generic JSON mechanism knows how to convert, and the
// compile-time checks that refuse a type it would silently get wrong.
#pragma once

#include <communique/json_traits.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace communique::detail {

template <class T>
inline constexpr bool dependent_false = false;

// A struct or class described with BOOST_DESCRIBE_STRUCT or BOOST_DESCRIBE_CLASS: a JSON
// object with one member per described public data member, bases' members included.
template <class T>
concept described_struct = std::is_class_v<T> && !std::is_union_v<T> && boost::describe::has_describe_members<T>::value;

template <class T>
using public_members =
    boost::describe::describe_members<T, boost::describe::mod_public | boost::describe::mod_inherited>;

// An enum described with BOOST_DESCRIBE_ENUM: a JSON string, the enumerator's name.
template <class T>
concept described_enum = std::is_enum_v<T> && boost::describe::has_describe_enumerators<T>::value;

// A type with one canonical string form.
template <class T>
concept has_string_form = requires(const T& value, std::string_view text)
{
    {
        T::from_string(text)
        } -> std::same_as<T>;
    {
        value.to_string()
        } -> std::same_as<std::string>;
};

// A type whose JSON form is its string form: communique's vocabulary types, and a user's
// type only when json_string_form says so.
template <class T>
concept string_form = has_string_form<T> && json_string_form<T>;

template <class T>
concept character = std::same_as<T, char> || std::same_as<T, char8_t> || std::same_as<T, char16_t> ||
    std::same_as<T, char32_t> || std::same_as<T, wchar_t>;

template <class T>
concept integer = std::integral<T> && !std::same_as<T, bool> && !character<T>;

template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;

template <class T>
inline constexpr bool is_vector = false;
template <class T, class A>
inline constexpr bool is_vector<std::vector<T, A>> = true;

// A member that may be left out of a JSON object: it reads as empty when missing.
template <class T>
inline constexpr bool is_omissible = is_optional<T> || is_vector<T>;

// The type of the data member that a Boost.Describe member descriptor points to.
template <class T, class Descriptor>
using member_type = std::remove_cvref_t<decltype(std::declval<T&>().*Descriptor::pointer)>;

// The JSON name of a described member or enumerator of T, as JsonNaming<T> says.
template <class T>
constexpr std::string_view json_name(std::string_view cpp_name)
{
    return JsonNaming<T>::json_name(cpp_name);
}

// ---- compile-time checks ----

// The JSON names that T gives the members or enumerators in `Descriptors`.
template <class T, class Descriptors>
constexpr auto json_names()
{
    std::array<std::string_view, boost::mp11::mp_size<Descriptors>::value> names{};
    std::size_t i = 0;
    boost::mp11::mp_for_each<Descriptors>([&](auto descriptor) { names[i++] = json_name<T>(descriptor.name); });
    return names;
}

template <class T, class Descriptors>
constexpr bool json_names_distinct()
{
    const auto names = json_names<T, Descriptors>();
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = i + 1; j < names.size(); ++j) {
            if (names[i] == names[j]) {
                return false;
            }
        }
    }
    return true;
}

template <class T, class Descriptors>
constexpr bool json_names_nonempty()
{
    for (std::string_view name : json_names<T, Descriptors>()) {
        if (name.empty()) {
            return false;
        }
    }
    return true;
}

// What a described struct must be for its JSON to hold all of it and read back.
template <class T>
consteval bool check_struct()
{
    static_assert(
        boost::mp11::mp_empty<boost::describe::describe_members<
            T, boost::describe::mod_protected | boost::describe::mod_private | boost::describe::mod_inherited>>::value,
        "communique converts the public data members of a described class, and this one describes a "
        "private or protected member (or inherits one through a private or protected base), which its "
        "JSON would silently leave out: make it public, or do not describe it");
    static_assert(json_names_distinct<T, public_members<T>>(),
                  "two members of this struct have the same JSON name, such as `a` and `a_` (a trailing underscore "
                  "is dropped): its JSON could not be read back; rename one, or specialise communique::JsonNaming "
                  "for the struct");
    static_assert(json_names_nonempty<T, public_members<T>>(), "a member of this struct has an empty JSON name");
    static_assert(describes_every_member<T>,
                  "this struct has a data member or a base class that its BOOST_DESCRIBE_STRUCT does not name: "
                  "communique would silently leave it out of its JSON; name it in the macro");
    return true;
}

template <class E>
consteval bool check_enum()
{
    static_assert(json_names_distinct<E, boost::describe::describe_enumerators<E>>(),
                  "two enumerators of this enum have the same JSON name, such as `a` and `a_` (a trailing underscore "
                  "is dropped): its JSON could not be read back; rename one, or specialise communique::JsonNaming "
                  "for the enum");
    static_assert(json_names_nonempty<E, boost::describe::describe_enumerators<E>>(),
                  "an enumerator of this enum has an empty JSON name");
    return true;
}

// T as a whole value: the document, an element of a std::vector, the content of an optional.
template <class T>
consteval bool check_not_optional()
{
    static_assert(!is_optional<T>,
                  "std::optional is only meaningful as a member of a described struct, where an empty one is left "
                  "out of the object: anywhere else (an element of a std::vector, inside another std::optional, or "
                  "the whole document) an empty one would have to be written as null, which communique never "
                  "writes nor reads");
    return true;
}

// Fails to compile, saying why, for a type that the mechanism does not convert.
template <class T>
consteval bool unsupported()
{
    if constexpr (std::is_floating_point_v<T>) {
        static_assert(dependent_false<T>, "communique does not convert floating-point numbers, which do not hold "
                                          "every decimal number exactly: use communique::Decimal");
    } else if constexpr (character<T>) {
        static_assert(dependent_false<T>, "communique does not convert a character type such as char: use "
                                          "std::string for text, or an integer type such as std::uint8_t");
    } else if constexpr (std::is_enum_v<T>) {
        static_assert(dependent_false<T>, "communique converts an enum only when it is described with "
                                          "BOOST_DESCRIBE_ENUM");
    } else if constexpr (has_string_form<T>) {
        static_assert(dependent_false<T>,
                      "this type has from_string and to_string, but communique converts a type through its string "
                      "form only when it opts in: specialise communique::json_string_form<T> as true");
    } else if constexpr (json_string_form<T>) {
        static_assert(dependent_false<T>, "communique::json_string_form<T> is true, but T lacks a `static T "
                                          "from_string(std::string_view)` or a `std::string to_string() const`");
    } else {
        static_assert(dependent_false<T>,
                      "communique cannot convert this type: it converts structs described with "
                      "BOOST_DESCRIBE_STRUCT, enums described with BOOST_DESCRIBE_ENUM, std::string, bool, "
                      "integers, std::vector, std::optional as a struct member, and types with json_string_form");
    }
    return true;
}

} // namespace communique::detail
