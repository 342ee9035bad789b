// SPDX-License-Identifier: BSL-1.0
// Literals for building a dossier in code: typed ids ("issi"_org, "talat-shabbir"_person)
// codes ("KZ"_country, "USD"_currency) and exact decimals (1.5_dec, 5'000'000'000_dec). They live in
// communique::literals, an inline namespace, so that `using namespace communique;` brings them as well as `using
// namespace communique::literals;` alone.
#pragma once

#include <communique/country.hpp>
#include <communique/currency.hpp>
#include <communique/decimal.hpp>
#include <communique/id.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace communique {

namespace detail {

// The coefficient and scale of a decimal literal's characters (digits, one '.', and the
// digit separator '\''), or ok = false for anything else: an exponent, a hexadecimal,
// octal or binary literal, a leading zero, more than Decimal::max_digits digits.
struct DecimalLiteral {
    bool ok = false;
    std::int64_t coefficient = 0;
    unsigned scale = 0;
};

template <char... Chars>
consteval DecimalLiteral parse_decimal_literal()
{
    constexpr char text[] = {Chars..., '\0'};
    DecimalLiteral result;
    unsigned integer_digits = 0;
    unsigned significant_digits = 0;
    bool fraction = false;
    for (std::size_t i = 0; i + 1 < sizeof text; ++i) {
        const char c = text[i];
        if (c == '\'') {
            continue;
        }
        if (c == '.' && !fraction) {
            fraction = true;
            continue;
        }
        if (c < '0' || c > '9') {
            return {};
        }
        if (!fraction && integer_digits++ == 1 && text[0] == '0') {
            return {};
        }
        significant_digits += result.coefficient != 0 || c != '0' ? 1 : 0;
        if (significant_digits > Decimal::max_digits || result.scale >= Decimal::max_digits) {
            return {};
        }
        result.coefficient = result.coefficient * 10 + (c - '0');
        result.scale += fraction ? 1 : 0;
    }
    result.ok = integer_digits > 0 && (!fraction || result.scale > 0);
    return result;
}

} // namespace detail

inline namespace literals {

// The ids of records: "issi"_org is OrganizationId("issi").
inline PersonId operator""_person(const char* text, std::size_t size)
{
    return PersonId(std::string_view(text, size));
}
inline OrganizationId operator""_org(const char* text, std::size_t size)
{
    return OrganizationId(std::string_view(text, size));
}
inline EventId operator""_event(const char* text, std::size_t size)
{
    return EventId(std::string_view(text, size));
}
inline SeriesId operator""_series(const char* text, std::size_t size)
{
    return SeriesId(std::string_view(text, size));
}
inline AgreementId operator""_agreement(const char* text, std::size_t size)
{
    return AgreementId(std::string_view(text, size));
}
inline CorridorId operator""_corridor(const char* text, std::size_t size)
{
    return CorridorId(std::string_view(text, size));
}
inline SourceId operator""_source(const char* text, std::size_t size)
{
    return SourceId(std::string_view(text, size));
}

// Codes, checked as their constructors check them: "KZ"_country is CountryCode("KZ"), and
// "XX"_country throws InvalidValue.
inline CountryCode operator""_country(const char* text, std::size_t size)
{
    return CountryCode(std::string_view(text, size));
}
inline CurrencyCode operator""_currency(const char* text, std::size_t size)
{
    return CurrencyCode(std::string_view(text, size));
}

// An exact Decimal from the digits as written, never through a double: 1.50_dec keeps its
// two decimals, 5'000'000'000_dec is five billion. A literal that is no plain decimal
// (1e9_dec, 0x10_dec, 007_dec) or has more than 18 digits does not compile.
template <char... Chars>
Decimal operator""_dec()
{
    constexpr detail::DecimalLiteral parsed = detail::parse_decimal_literal<Chars...>();
    static_assert(parsed.ok, "a _dec literal is decimal digits with an optional fraction, at most 18 digits, "
                             "no exponent and no leading zero");
    return Decimal(parsed.coefficient, parsed.scale);
}

} // namespace literals

} // namespace communique
