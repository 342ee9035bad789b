// A figure quoted in a report: what it measures, its exact value as money or as a quantity,
// and the words the report used ("US$1.7 billion").
#pragma once

#include <communique/date.hpp>
#include <communique/money.hpp>
#include <communique/quantity.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace communique {

// A figure has a money value, a quantity, or (for a figure given only in words) neither.
struct Figure {
    std::string measure; // "Pakistan's export potential to Kazakhstan"
    std::optional<Money> money;
    std::optional<Quantity> quantity;
    std::optional<Date> as_of;
    std::optional<std::string> as_reported; // "US$1.7 billion"

    bool operator==(const Figure&) const = default;
};
BOOST_DESCRIBE_STRUCT(Figure, (), (measure, money, quantity, as_of, as_reported))

} // namespace communique
