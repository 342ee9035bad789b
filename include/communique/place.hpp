// Where something happened: a venue, a city, a country, any of which a report may omit.
#pragma once

#include <communique/country.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace communique {

struct Place {
    std::optional<std::string> name; // the venue: "ISSI auditorium"
    std::optional<std::string> city; // "Islamabad"
    std::optional<std::string> region;
    std::optional<CountryCode> country;

    bool operator==(const Place&) const = default;
};
BOOST_DESCRIBE_STRUCT(Place, (), (name, city, region, country))

} // namespace communique
