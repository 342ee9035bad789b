// RapidCheck generators for communique's types. One generic generator covers every described
// struct (each member from its own generator) and every described enum, so a new model type
// is generated without new code; the vocabulary types have a generator each that makes only
// valid values, from the whole of their range. Every generated value is one that write
// accepts: enums are always one of their enumerators (never the 0 of a member left unset),
// ids are never empty, and every Date, DateTime and Decimal is set. What validate would say
// of a value (an Amount with neither a value nor a range, a Figure with both a currency and
// a unit, a dangling id) does not matter here: such values are still written and read back.
// Vectors hold at most three elements, so that a generated Dossier stays small.
#pragma once

#include <communique/communique.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <rapidcheck.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace communique_test {

template <class T>
rc::Gen<T> gen_value();

namespace detail {

template <class T>
inline constexpr bool is_id = false;
template <class Tag>
inline constexpr bool is_id<communique::Id<Tag>> = true;

// A value in [min, end), from the whole range whatever RapidCheck's current size;
// it shrinks towards min.
template <class T>
rc::Gen<T> uniform(T min, T end)
{
    return rc::gen::resize(rc::kNominalSize, rc::gen::inRange<T>(min, end));
}

inline void append_utf8(std::string& out, std::uint32_t c)
{
    const auto byte = [&](std::uint32_t bits) { out += static_cast<char>(static_cast<unsigned char>(bits)); };
    if (c < 0x80) {
        byte(c);
    } else if (c < 0x800) {
        byte(0xC0 | (c >> 6));
        byte(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        byte(0xE0 | (c >> 12));
        byte(0x80 | ((c >> 6) & 0x3F));
        byte(0x80 | (c & 0x3F));
    } else {
        byte(0xF0 | (c >> 18));
        byte(0x80 | ((c >> 12) & 0x3F));
        byte(0x80 | ((c >> 6) & 0x3F));
        byte(0x80 | (c & 0x3F));
    }
}

inline std::uint64_t split_mix(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

// Any Unicode scalar value, weighted towards ASCII, towards what JSON escapes (quotes,
// backslashes, control characters) and towards what a JSON Pointer escapes ("~", "/").
inline std::uint32_t code_point(std::uint64_t random)
{
    static constexpr std::uint32_t specials[] = {'"', '\\', '/', '~', ' ', '\t', '\n', '\r', '\b', '\f', 0x7F};
    const auto below = [&](std::uint32_t min, std::uint32_t end) {
        return min + static_cast<std::uint32_t>((random >> 8U) % (end - min));
    };
    switch (random % 18) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 7: return below(0x20, 0x7F);
    case 8:
    case 9:
    case 10: return specials[(random >> 8U) % std::size(specials)];
    case 11: return below(0x00, 0x20);
    case 12:
    case 13: return below(0x80, 0x800);
    case 14:
    case 15: return below(0x800, 0xD800);
    case 16: return below(0xE000, 0x10000);
    default: return below(0x10000, 0x110000);
    }
}

// Valid UTF-8 text of `min_length` to 16 characters, longer as RapidCheck's size grows. The
// characters come from a seed rather than one generator each: that makes a Dossier several
// times faster to generate, and shrinking the seed and the length still finds short, simple
// strings.
inline rc::Gen<std::string> text(std::size_t min_length = 0)
{
    return rc::gen::apply(
        [](std::size_t length, std::uint64_t seed) {
            std::string out;
            for (std::size_t i = 0; i < length; ++i) {
                append_utf8(out, code_point(split_mix(seed)));
            }
            return out;
        },
        rc::gen::inRange<std::size_t>(min_length, 17), rc::gen::arbitrary<std::uint64_t>());
}

template <class T>
rc::Gen<T> integer()
{
    using limits = std::numeric_limits<T>;
    return rc::gen::weightedOneOf<T>({
        {3, rc::gen::arbitrary<T>()},
        {3, rc::gen::resize(rc::kNominalSize, rc::gen::arbitrary<T>())},
        {1, rc::gen::element<T>(limits::min(), limits::max(), T{0}, T{1})},
    });
}

inline unsigned last_day(int year, unsigned month)
{
    using namespace std::chrono;
    return static_cast<unsigned>(
        year_month_day_last{std::chrono::year{year}, month_day_last{std::chrono::month{month}}}.day());
}

// A date to the day: any day from 0001-01-01 to 9999-12-31, or often the 29th of February of
// a leap year.
inline rc::Gen<communique::Date> day()
{
    return rc::gen::exec([] {
        if (*rc::gen::weightedElement<bool>({{4, false}, {1, true}})) {
            int year = 4 * *uniform(1, 2500);
            if (year % 100 == 0 && year % 400 != 0) {
                year += 4;
            }
            return communique::Date(year, 2, 29);
        }
        const int year = *uniform(1, 10000);
        const auto month = *uniform(1U, 13U);
        return communique::Date(year, month, *uniform(1U, last_day(year, month) + 1));
    });
}

inline rc::Gen<communique::Date> date()
{
    return rc::gen::oneOf(rc::gen::map(uniform(1, 10000), [](int year) { return communique::Date(year); }),
                          rc::gen::apply([](int year, unsigned month) { return communique::Date(year, month); },
                                         uniform(1, 10000), uniform(1U, 13U)),
                          day());
}

// Offsets within -18:00 and +18:00 in whole minutes; zero (written "Z") and whole hours often.
inline rc::Gen<communique::DateTime> date_time()
{
    return rc::gen::exec([] {
        const auto date = *day();
        const auto hour = *uniform(0U, 24U);
        const auto minute = *uniform(0U, 60U);
        const auto second = *uniform(0U, 60U);
        const auto offset = *rc::gen::weightedOneOf<int>({
            {1, rc::gen::just(0)},
            {2, rc::gen::map(uniform(-18, 19), [](int hours) { return 60 * hours; })},
            {1, rc::gen::element(-18 * 60, 18 * 60, -1, 1)},
            {3, uniform(-18 * 60, 18 * 60 + 1)},
        });
        return communique::DateTime(date, hour, minute, second, std::chrono::minutes{offset});
    });
}

inline rc::Gen<communique::Decimal> decimal()
{
    return rc::gen::exec([] {
        constexpr std::int64_t max = 999'999'999'999'999'999;
        const auto coefficient = *rc::gen::weightedOneOf<std::int64_t>({
            {3, rc::gen::inRange<std::int64_t>(-max, max + 1)},
            {3, uniform<std::int64_t>(-max, max + 1)},
            {1, rc::gen::element<std::int64_t>(-max, max, 0, 1, -1)},
        });
        return communique::Decimal(coefficient, *uniform(0U, communique::Decimal::max_digits + 1));
    });
}

template <class Table, class Code>
rc::Gen<Code> code_from(const Table& table)
{
    return rc::gen::map(uniform<std::size_t>(0, table.size()), [&table](std::size_t i) { return Code(table[i].code); });
}

template <class E>
rc::Gen<E> enumerator()
{
    std::vector<E> all;
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
        [&](auto described) { all.push_back(described.value); });
    return rc::gen::elementOf(std::move(all));
}

template <class T>
rc::Gen<T> described_struct()
{
    return rc::gen::exec([] {
        T out{};
        boost::mp11::mp_for_each<communique::detail::public_members<T>>([&](auto member) {
            out.*member.pointer = *gen_value<communique::detail::member_type<T, decltype(member)>>();
        });
        return out;
    });
}

template <class T>
rc::Gen<T> make_gen_value()
{
    namespace cd = communique::detail;
    if constexpr (cd::is_optional<T>) {
        using U = typename T::value_type;
        return rc::gen::weightedOneOf<T>({
            {1, rc::gen::just(T())},
            {2, rc::gen::map(gen_value<U>(), [](U value) { return T(std::move(value)); })},
        });
    } else if constexpr (cd::is_vector<T>) {
        const auto lengths = rc::gen::weightedElement<std::size_t>({{3, 0}, {3, 1}, {2, 2}, {1, 3}});
        return rc::gen::mapcat(lengths, [](std::size_t length) {
            return rc::gen::container<T>(length, gen_value<typename T::value_type>());
        });
    } else if constexpr (cd::described_struct<T>) {
        return described_struct<T>();
    } else if constexpr (cd::described_enum<T>) {
        return enumerator<T>();
    } else if constexpr (std::same_as<T, std::string>) {
        return text();
    } else if constexpr (std::same_as<T, bool>) {
        return rc::gen::arbitrary<bool>();
    } else if constexpr (cd::integer<T>) {
        return integer<T>();
    } else if constexpr (std::same_as<T, communique::Date>) {
        return date();
    } else if constexpr (std::same_as<T, communique::DateTime>) {
        return date_time();
    } else if constexpr (std::same_as<T, communique::Decimal>) {
        return decimal();
    } else if constexpr (std::same_as<T, communique::CountryCode>) {
        return code_from<decltype(cd::iso3166_table), T>(cd::iso3166_table);
    } else if constexpr (std::same_as<T, communique::CurrencyCode>) {
        return code_from<decltype(cd::iso4217_table), T>(cd::iso4217_table);
    } else if constexpr (std::same_as<T, communique::FormatVersion>) {
        return rc::gen::just(T());
    } else if constexpr (is_id<T>) {
        // An empty id is one never set: write refuses it and reading refuses "".
        return rc::gen::map(text(1), [](std::string value) { return T(std::move(value)); });
    } else {
        static_assert(sizeof(T) == 0, "no generator for this type: add one to tests/arbitrary.hpp");
    }
}

} // namespace detail

// An arbitrary valid value of T: one that communique::write accepts.
template <class T>
rc::Gen<T> gen_value()
{
    static const rc::Gen<T> gen = detail::make_gen_value<T>();
    return gen;
}

} // namespace communique_test

// rc::gen::arbitrary<T>() and property arguments of communique's types.
template <class T>
requires(communique::detail::described_struct<T> || communique::detail::described_enum<T> ||
         communique::detail::string_form<T>) struct rc::Arbitrary<T> {
    static Gen<T> arbitrary() { return communique_test::gen_value<T>(); }
};
