// SPDX-License-Identifier: BSL-1.0
// Where something happened: a venue, a city, a region, a country, or for an online event
// the platform it used, any of which a report may omit.
#pragma once

#include <communique/country.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>

namespace communique {

struct Place {
    std::optional<std::string> name{}; // the venue: "ISSI auditorium"
    std::optional<std::string> city{}; // "Islamabad"
    std::optional<std::string> region{};
    std::optional<CountryCode> country{};
    std::optional<std::string> platform{}; // for an online event or session: "Zoom"
    std::optional<std::string> url{};      // its address, when published

    bool operator==(const Place&) const = default;
};
BOOST_DESCRIBE_STRUCT(Place, (), (name, city, region, country, platform, url))

} // namespace communique
