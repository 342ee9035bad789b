// SPDX-License-Identifier: BSL-1.0
// Transport, energy and digital corridors, after OpenStreetMap route relations and the
// corridor programmes (CAREC, TRACECA, INSTC): modes, what they carry, an ordered route, a
// lifecycle status and history, a target date, figures, governing agreements. Direct
// flights between two countries are a corridor too.
#pragma once

#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/figure.hpp>
#include <communique/id.hpp>
#include <communique/milestone.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class TransportMode { rail = 1, road, air, maritime, inland_waterway, pipeline, power, digital, multimodal };
BOOST_DESCRIBE_ENUM(TransportMode, rail, road, air, maritime, inland_waterway, pipeline, power, digital, multimodal)

enum class Traffic { passengers = 1, freight, oil, gas, electricity, data };
BOOST_DESCRIBE_ENUM(Traffic, passengers, freight, oil, gas, electricity, data)

enum class CorridorStatus { proposed = 1, planned, under_construction, operational, suspended, disused, abandoned };
BOOST_DESCRIBE_ENUM(CorridorStatus, proposed, planned, under_construction, operational, suspended, disused, abandoned)

enum class WaypointKind { city = 1, port, airport, rail_station, dry_port, border_crossing, other };
BOOST_DESCRIBE_ENUM(WaypointKind, city, port, airport, rail_station, dry_port, border_crossing, other)

struct Waypoint {
    std::string name{};                  // "Torkham"
    std::optional<WaypointKind> kind{};  // left out when the report does not say
    std::optional<std::string> region{}; // a province, an oblast: "Khyber Pakhtunkhwa"
    std::optional<CountryCode> country{};

    bool operator==(const Waypoint&) const = default;
};
BOOST_DESCRIBE_STRUCT(Waypoint, (), (name, kind, region, country))

struct Corridor {
    CorridorId id{};
    std::string name{};                        // "China-Pakistan Economic Corridor"
    std::optional<std::string> abbreviation{}; // "CPEC"
    std::vector<std::string> other_names{};    // "Trans-Afghan Railway"
    std::vector<TransportMode> modes{};
    std::vector<Traffic> carries{};
    std::vector<Waypoint> route{};          // in order, from one end to the other
    std::optional<CorridorStatus> status{}; // left out when the sources do not say
    std::vector<Milestone> history{};       // in order
    std::optional<Date> target_completion{};
    std::vector<CountryCode> countries{};
    std::vector<Figure> figures{};         // length, capacity, cost
    std::vector<AgreementId> agreements{}; // the agreements that govern it
    std::optional<std::string> description{};
    std::vector<ExternalId> identifiers{};
    std::vector<SourceId> sources{};

    bool operator==(const Corridor&) const = default;
};
BOOST_DESCRIBE_STRUCT(Corridor, (),
                      (id, name, abbreviation, other_names, modes, carries, route, status, history, target_completion,
                       countries, figures, agreements, description, identifiers, sources))

} // namespace communique
