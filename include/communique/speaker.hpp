// People who take part in events or sign agreements, with the positions they hold or held.
// A person is recorded once, in Dossier::people, and named elsewhere by PersonId.
#pragma once

#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/id.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

// A title held at an organisation: "Director General (Central Asia & ECO)" at the
// Ministry of Foreign Affairs; `current` is false for a former position.
struct Position {
    std::string title;
    std::optional<OrganizationId> organization;
    bool current = true;
    std::optional<Date> start;
    std::optional<Date> end;

    bool operator==(const Position&) const = default;
};
BOOST_DESCRIBE_STRUCT(Position, (), (title, organization, current, start, end))

struct Speaker {
    PersonId id;
    std::string name;                     // "Talat Shabbir"
    std::optional<std::string> honorific; // "Dr.", "Ambassador", "Prof. Dr.", "Engineer"
    std::vector<Position> positions;
    std::optional<CountryCode> nationality;
    std::vector<ExternalId> identifiers;

    bool operator==(const Speaker&) const = default;
};
BOOST_DESCRIBE_STRUCT(Speaker, (), (id, name, honorific, positions, nationality, identifiers))

} // namespace communique
