// An exact amount of money in an ISO 4217 currency: {"amount": "1700000000", "currency": "USD"}.
#pragma once

#include <communique/currency.hpp>
#include <communique/decimal.hpp>

#include <boost/describe/class.hpp>

namespace communique {

struct Money {
    Decimal amount;
    CurrencyCode currency;

    bool operator==(const Money&) const = default;
};
BOOST_DESCRIBE_STRUCT(Money, (), (amount, currency))

} // namespace communique
