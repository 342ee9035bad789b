// SPDX-License-Identifier: BSL-1.0
// The kinds of C++ type that the generic JSON mechanism knows how to convert.
#pragma once

#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>

#include <concepts>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace communique::detail {

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

// A vocabulary type with one canonical string form: a JSON string.
template <class T>
concept string_form = requires(const T& value, std::string_view text)
{
    {
        T::from_string(text)
        } -> std::same_as<T>;
    {
        value.to_string()
        } -> std::same_as<std::string>;
};

template <class T>
concept integer = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char> && !std::same_as<T, char8_t> &&
                  !std::same_as<T, char16_t> && !std::same_as<T, char32_t> && !std::same_as<T, wchar_t>;

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

// The JSON name of a described member or enumerator: its C++ name without the trailing
// underscore that lets a name such as `signed_` avoid a C++ keyword.
constexpr std::string_view json_name(std::string_view cpp_name) noexcept
{
    return cpp_name.ends_with('_') ? cpp_name.substr(0, cpp_name.size() - 1) : cpp_name;
}

} // namespace communique::detail
