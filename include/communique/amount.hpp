// SPDX-License-Identifier: BSL-1.0
// A number as a report gives it: exact ("1,200"), hedged ("about 300", "more than 40",
// "up to 600", "600+") or a range ("8-10", "four or five"). Every bound is an exact
// Decimal; the report's own words belong in the Figure that quotes the number.
#pragma once

#include <communique/decimal.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>

namespace communique {

// How a report hedges a number. "some", "about", "around", "nearly": approximately;
// "over", "more than": more_than; "600+", "at least": at_least; "up to", "at most":
// at_most; "under", "less than": less_than.
enum class Qualifier { approximately = 1, at_least, more_than, at_most, less_than };
BOOST_DESCRIBE_ENUM(Qualifier, approximately, at_least, more_than, at_most, less_than)

// Either `value` (perhaps qualified) or a range from `min` to `max` (perhaps approximate):
//   "1,200"          {"value": "1200"}
//   "about 1,200"    {"value": "1200", "qualifier": "approximately"}
//   "more than 40"   {"value": "40", "qualifier": "more_than"}
//   "8-10 million"   {"min": "8000000", "max": "10000000"}
// validate() reports an amount with neither, with both, or with a range upside down. Each
// member has `{}`, so that a designated initialiser may leave it out without a
// -Wmissing-field-initializers warning.
struct Amount {
    std::optional<Decimal> value{};
    std::optional<Decimal> min{};
    std::optional<Decimal> max{};
    std::optional<Qualifier> qualifier{};

    bool operator==(const Amount&) const = default;
};
BOOST_DESCRIBE_STRUCT(Amount, (), (value, min, max, qualifier))

// The common case, an exact number: exactly(Decimal(300)), or exactly(300_dec) with
// <communique/literals.hpp>.
inline Amount exactly(Decimal value)
{
    return Amount{.value = value, .min = {}, .max = {}, .qualifier = {}};
}

// A hedged number: hedged(Qualifier::approximately, Decimal(300)) for "some 300"; the
// qualifier says how.
inline Amount hedged(Qualifier qualifier, Decimal value)
{
    return Amount{.value = value, .min = {}, .max = {}, .qualifier = qualifier};
}

// A range: between(Decimal(8), Decimal(10)) for "8-10".
inline Amount between(Decimal min, Decimal max)
{
    return Amount{.value = {}, .min = min, .max = max, .qualifier = {}};
}

} // namespace communique
