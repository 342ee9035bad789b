// SPDX-License-Identifier: BSL-1.0
// An exact quantity with a unit: an agreement's term in years. A figure that a report hedges
// ("about 1,200 km") is a Figure, whose Amount says how.
#pragma once

#include <communique/decimal.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

namespace communique {

// Rates are per the unit after "per". `count` is a plain number of things (participants,
// countries, projects), named by the figure that quotes it. Like every enum of the library,
// the first enumerator is 1, so a unit never set is no enumerator and write refuses it.
enum class Unit {
    count = 1,
    percent,
    kilometre,
    metre,
    tonne,
    tonne_per_year,
    teu,
    teu_per_year,
    passenger,
    passenger_per_year,
    vehicle_per_day,
    train_per_week,
    flight_per_week,
    cubic_metre_per_year,
    barrel_per_day,
    megawatt,
    gigawatt_hour_per_year,
    gigabit_per_second,
    minute,
    hour,
    day,
    week,
    month,
    year,
};
BOOST_DESCRIBE_ENUM(Unit, count, percent, kilometre, metre, tonne, tonne_per_year, teu, teu_per_year, passenger,
                    passenger_per_year, vehicle_per_day, train_per_week, flight_per_week, cubic_metre_per_year,
                    barrel_per_day, megawatt, gigawatt_hour_per_year, gigabit_per_second, minute, hour, day, week,
                    month, year)

struct Quantity {
    Decimal value{};
    Unit unit{};

    bool operator==(const Quantity&) const = default;
};
BOOST_DESCRIBE_STRUCT(Quantity, (), (value, unit))

} // namespace communique
