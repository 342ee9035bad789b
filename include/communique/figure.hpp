// SPDX-License-Identifier: BSL-1.0
// A figure quoted in a report: what it measures, the number (exact, hedged or a range) in a
// unit or a currency, when it held or is due, what it was before a change, and the words
// the report used.
#pragma once

#include <communique/amount.hpp>
#include <communique/currency.hpp>
#include <communique/date.hpp>
#include <communique/id.hpp>
#include <communique/quantity.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

// "US$1.7 billion":           amount 1700000000, currency USD
// "about 1,200 km":           amount about 1200, unit kilometre
// "8-10 million tonnes a year": amount 8000000 to 10000000, unit tonne_per_year
// "trade of $10 bn by 2032":  amount 10000000000, currency USD, target_date 2032
// "rose from $2 bn to $3 bn": previous 2000000000, amount 3000000000, currency USD
// A money figure has a currency, a quantity a unit, and one given only in words neither
// (as_reported keeps the words); validate() reports a figure with both.
struct Figure {
    std::string measure{}; // "Pakistan's export potential to Kazakhstan"
    std::optional<Amount> amount{};
    std::optional<CurrencyCode> currency{};
    std::optional<Unit> unit{};
    std::optional<Date> as_of{};       // when the amount held: "in 2025"
    std::optional<Date> target_date{}; // a goal to reach by then: "by 2032"
    std::optional<Amount> previous{};  // the value before a change: "from 20 days"
    std::optional<Date> previous_as_of{};
    std::optional<std::string> as_reported{}; // "US$1.7 billion"
    std::vector<SourceId> sources{};          // when sources differ on it, which say it

    bool operator==(const Figure&) const = default;
};
BOOST_DESCRIBE_STRUCT(Figure, (),
                      (measure, amount, currency, unit, as_of, target_date, previous, previous_as_of, as_reported,
                       sources))

} // namespace communique
