// SPDX-License-Identifier: BSL-1.0
// Names for the enumerators of any described enum, the library's and a user's alike: the
// name a JSON document uses (`chief_guest`, `signed`) and a label for people ("chief
// guest", "signed"), and the way back from a JSON name.
#pragma once

#include <communique/detail/traits.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace communique {

// The enumerator's name in JSON: its C++ name without a trailing underscore, so
// AgreementStatus::signed_ is "signed". "" for a value that is no enumerator.
template <class E>
requires detail::described_enum<E>
constexpr std::string_view enum_name(E value) noexcept
{
    std::string_view name;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        if (enumerator.value == value) {
            name = detail::json_name<E>(enumerator.name);
        }
    });
    return name;
}

// The JSON name as words: Role::vote_of_thanks is "vote of thanks".
template <class E>
requires detail::described_enum<E> std::string enum_label(E value)
{
    std::string label(enum_name(value));
    for (char& c : label) {
        if (c == '_') {
            c = ' ';
        }
    }
    return label;
}

// The enumerator whose JSON name is `name`, or nothing.
template <class E>
requires detail::described_enum<E>
constexpr std::optional<E> enum_from_name(std::string_view name) noexcept
{
    std::optional<E> found;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        if (detail::json_name<E>(enumerator.name) == name) {
            found = enumerator.value;
        }
    });
    return found;
}

} // namespace communique
