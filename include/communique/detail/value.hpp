// SPDX-License-Identifier: BSL-1.0
// What both readers (the one over the text in detail/reader.hpp and the nlohmann::json one
// in json.hpp) share, so that they accept the same values and word their errors alike: the
// kinds of JSON value, the "expected ..., found ..." messages, and the conversion of one
// JSON scalar to a C++ value.
#pragma once

#include <communique/detail/text.hpp>
#include <communique/detail/traits.hpp>
#include <communique/error.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace communique::detail {

enum class JsonKind { null, boolean, integer, unsigned_integer, fractional_number, string, object, array };

inline const char* json_kind_name(JsonKind kind)
{
    switch (kind) {
    case JsonKind::null: return "null";
    case JsonKind::boolean: return "a boolean";
    case JsonKind::integer:
    case JsonKind::unsigned_integer: return "an integer";
    case JsonKind::fractional_number: return "a number with a fraction or exponent";
    case JsonKind::string: return "a string";
    case JsonKind::object: return "an object";
    case JsonKind::array: return "an array";
    }
    return "a value of another kind";
}

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

template <class T>
std::string mismatch_message(JsonKind found)
{
    std::string message = std::string("expected ") + expected_kind<T>() + ", found " + json_kind_name(found);
    if (found == JsonKind::null) {
        message += "; leave out a member that has no value";
    }
    return message;
}

// A JSON value that is not an object or an array. `text` is the string's text or, for a
// number, its digits as written.
struct Scalar {
    JsonKind kind = JsonKind::null;
    bool boolean = false;
    std::int64_t integer = 0;
    std::uint64_t unsigned_integer = 0;
    std::string_view text{};
};

// A C++ type that a JSON scalar holds, as opposed to an object or an array.
template <class T>
concept scalar_type = !described_struct<T> && !is_vector<T> && !is_optional<T>;

// "one of: a, b, c" for an enum's enumerators.
template <class E>
std::string enumerator_list()
{
    std::string out = "one of: ";
    bool first = true;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        out += first ? "" : ", ";
        out += json_name<E>(enumerator.name);
        first = false;
    });
    return out;
}

// A value of type T, or the message that says why there is none. Reading a bad document
// makes many of these: they are returned, not thrown.
template <class T>
class MaybeValue {
public:
    MaybeValue(T value) : value_(std::move(value)) {}
    static MaybeValue failure(std::string problem)
    {
        MaybeValue out;
        out.problem_ = std::move(problem);
        return out;
    }

    [[nodiscard]] bool has_value() const noexcept { return value_.has_value(); }
    [[nodiscard]] T& value() noexcept { return *value_; }
    [[nodiscard]] std::string& problem() noexcept { return problem_; }

private:
    MaybeValue() = default;

    std::optional<T> value_;
    std::string problem_;
};

template <class E>
MaybeValue<E> enum_from_text(std::string_view text)
{
    std::optional<E> value;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
        if (!value && text == json_name<E>(enumerator.name)) {
            value = enumerator.value;
        }
    });
    if (!value) {
        return MaybeValue<E>::failure("invalid value " + quote(text) + ": expected " + enumerator_list<E>());
    }
    return *value;
}

template <class T, class N>
MaybeValue<T> checked_integer(N value)
{
    if (!std::in_range<T>(value)) {
        return MaybeValue<T>::failure(
            "integer " + std::to_string(value) + " is out of range: expected an integer from " +
            std::to_string(std::numeric_limits<T>::min()) + " to " + std::to_string(std::numeric_limits<T>::max()));
    }
    return static_cast<T>(value);
}

// The value of type T that `value` holds, or the message a reader reports when it holds
// none. A JSON number with a fraction or an exponent is never an integer here, even 2.0.
// Nothing is thrown but by a vocabulary type's from_string, whose InvalidValue is caught
// here.
template <scalar_type T>
MaybeValue<T> scalar_value(const Scalar& value)
{
    if constexpr (std::same_as<T, bool>) {
        if (value.kind == JsonKind::boolean) {
            return value.boolean;
        }
    } else if constexpr (integer<T>) {
        if (value.kind == JsonKind::integer) {
            return checked_integer<T>(value.integer);
        }
        if (value.kind == JsonKind::unsigned_integer) {
            return checked_integer<T>(value.unsigned_integer);
        }
    } else if constexpr (std::same_as<T, std::string>) {
        if (value.kind == JsonKind::string) {
            return std::string(value.text);
        }
    } else if constexpr (described_enum<T>) {
        static_assert(check_enum<T>());
        if (value.kind == JsonKind::string) {
            return enum_from_text<T>(value.text);
        }
    } else if constexpr (string_form<T>) {
        if (value.kind == JsonKind::string) {
            try {
                return T::from_string(value.text);
            } catch (const InvalidValue& e) {
                return MaybeValue<T>::failure(e.what());
            }
        }
    } else {
        static_assert(unsupported<T>());
    }
    return MaybeValue<T>::failure(mismatch_message<T>(value.kind));
}

// The names of T's members, for "expected one of: ..." messages.
template <class T>
std::string member_list()
{
    std::string out;
    boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
        out += out.empty() ? "" : ", ";
        out += json_name<T>(member.name);
    });
    return out;
}

template <class T>
std::string unknown_member_message(std::string_view key)
{
    return "unknown member " + quote(key) + ": expected one of: " + member_list<T>();
}

inline std::string missing_member_message(std::string_view key)
{
    return "missing required member " + quote(key);
}

} // namespace communique::detail
