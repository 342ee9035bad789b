// SPDX-License-Identifier: BSL-1.0
// What a type may say about its JSON form: whether its string form is its JSON form
// (json_string_form), how its members and enumerators are named (JsonNaming), and a check
// that its BOOST_DESCRIBE_STRUCT names every data member (describes_every_member). The
// library's own types use these exactly as a user's types do.
#pragma once

#include <boost/describe/bases.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/pfr/tuple_size.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace communique {

// ---- json_string_form ----

// True when T is written as the JSON string `value.to_string()` and read with
// `T::from_string(text)`. Only communique's vocabulary types are; a type of yours with
// from_string and to_string joins them when you say so, next to its definition:
//
//     template <> inline constexpr bool communique::json_string_form<paint::Color> = true;
//
// Without it, communique never touches your type, and a to_json/from_json of your own
// keeps converting it.
template <class T>
inline constexpr bool json_string_form = false;

class CountryCode;
class CurrencyCode;
class Date;
class DateTime;
class Decimal;
class FormatVersion;
template <class Tag>
class Id;

template <>
inline constexpr bool json_string_form<CountryCode> = true;
template <>
inline constexpr bool json_string_form<CurrencyCode> = true;
template <>
inline constexpr bool json_string_form<Date> = true;
template <>
inline constexpr bool json_string_form<DateTime> = true;
template <>
inline constexpr bool json_string_form<Decimal> = true;
template <>
inline constexpr bool json_string_form<FormatVersion> = true;
template <class Tag>
inline constexpr bool json_string_form<Id<Tag>> = true;

// ---- JsonNaming ----

// The naming rule unless a type chooses another: a C++ name loses one trailing underscore,
// so that a name can avoid a keyword (AgreementStatus::signed_ is "signed").
struct DropTrailingUnderscore {
    static constexpr std::string_view json_name(std::string_view cpp_name) noexcept
    {
        return cpp_name.ends_with('_') ? cpp_name.substr(0, cpp_name.size() - 1) : cpp_name;
    }
};

// Names exactly as in C++.
struct NamesAsDeclared {
    static constexpr std::string_view json_name(std::string_view cpp_name) noexcept { return cpp_name; }
};

// How the described members (its bases' included) or enumerators of T are named in JSON.
// Specialise it to derive from NamesAsDeclared, or to give a
// `static constexpr std::string_view json_name(std::string_view cpp_name)` of your own that
// renames some members; it must return a string literal or a part of cpp_name. Two members,
// or two enumerators, with one JSON name do not compile.
template <class T>
struct JsonNaming : DropTrailingUnderscore {
};

// ---- json_schema_name ----

// The name of T's definition in a JSON Schema (json_schema.hpp): its key in "$defs", which
// "$ref" points to. Empty, the default, stands for T's C++ name without its namespaces
// ("Event", "Box<Item>"). Specialise it for a type whose C++ name says too little, as the
// ids do ("PersonId" rather than "Id<person_tag>"), or for two types of yours that would
// otherwise share a name:
//
//     template <> inline constexpr std::string_view communique::json_schema_name<paint::Shade> = "PaintShade";
template <class T>
inline constexpr std::string_view json_schema_name{};

// ---- describes_every_member ----

namespace detail {

// Converts to a base class of T and to nothing else: T{base_probe<T>{}...} is valid with as
// many initialisers as T has bases, since an aggregate's bases come before its members.
template <class T>
struct base_probe {
    template <class U>
    requires(std::is_base_of_v<U, T> && !std::is_same_v<U, T>) operator U() const;
};

template <class T, std::size_t... I>
constexpr bool initialisable_with_probes(std::index_sequence<I...>)
{
    return requires
    {
        T{(static_cast<void>(I), base_probe<T>{})...};
    };
}

template <class T>
inline constexpr std::size_t described_base_count =
    boost::mp11::mp_size<boost::describe::describe_bases<T, boost::describe::mod_any_access>>::value;

// An aggregate with a base that its BOOST_DESCRIBE_STRUCT does not name.
template <class T>
inline constexpr bool
    has_undescribed_base = initialisable_with_probes<T>(std::make_index_sequence<described_base_count<T> + 1>());

template <class T>
consteval bool count_described_members();

template <template <class...> class L, class... B>
consteval bool bases_describe_every_member(L<B...>)
{
    return (count_described_members<typename B::type>() && ...);
}

template <class T>
consteval bool count_described_members()
{
    if constexpr (!boost::describe::has_describe_members<T>::value) {
        return false;
    } else if constexpr (!std::is_aggregate_v<T>) {
        return true;
    } else if constexpr (has_undescribed_base<T>) {
        return false;
    } else if constexpr (described_base_count<T> == 0) {
        // Boost.PFR counts an aggregate's data members; it does not work on one with bases.
        return boost::pfr::tuple_size_v<T> ==
               boost::mp11::mp_size<boost::describe::describe_members<T, boost::describe::mod_any_access>>::value;
    } else {
        return bases_describe_every_member(boost::describe::describe_bases<T, boost::describe::mod_any_access>());
    }
}

} // namespace detail

// False when T is not described with BOOST_DESCRIBE_STRUCT, or when T, an aggregate, has a
// data member or a base class that the macro does not name: one that communique would
// silently leave out of its JSON. communique checks this for every struct it converts; you
// may check your own types where you describe them:
//
//     static_assert(communique::describes_every_member<EditorNote>);
//
// What it cannot see: the data members of an aggregate with bases (Boost.PFR does not count
// them; the bases themselves are checked), and any class that is not an aggregate (one
// with a constructor of its own). For those it is true.
template <class T>
inline constexpr bool describes_every_member = detail::count_described_members<T>();

} // namespace communique
