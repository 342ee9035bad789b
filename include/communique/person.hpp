// SPDX-License-Identifier: BSL-1.0
// People: everyone a report names, whether they spoke, presided, signed, witnessed or were
// only mentioned, with the positions they hold or held. A person is recorded once, in
// Dossier::people, and named elsewhere by PersonId.
#pragma once

#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/id.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

// Whether a report gives a position as held now or before ("former ambassador"). Left out
// when it does not say.
enum class Tenure { current = 1, former };
BOOST_DESCRIBE_ENUM(Tenure, current, former)

// A title held at an organisation, or for a country when the dossier has no record of the
// office ("Minister of State for External Affairs" of India).
struct Position {
    std::string title{}; // "Director General (Central Asia & ECO)"
    std::optional<OrganizationId> organization{};
    std::optional<CountryCode> country{};
    std::optional<Tenure> tenure{};
    std::optional<Date> as_of{}; // when the report says it was held: its own date, usually
    std::optional<Date> start{};
    std::optional<Date> end{};

    bool operator==(const Position&) const = default;
};
BOOST_DESCRIBE_STRUCT(Position, (), (title, organization, country, tenure, as_of, start, end))

struct Person {
    PersonId id{};
    // Left out for someone a report names only by office: "Afghanistan's Minister of Public
    // Works signed" is a person with that position and no name.
    std::optional<std::string> name{};      // "Talat Shabbir"
    std::optional<std::string> honorific{}; // "Dr.", "Ambassador", "Prof. Dr.", "Engineer"
    std::vector<Position> positions{};
    std::optional<CountryCode> nationality{};
    std::vector<ExternalId> identifiers{};

    bool operator==(const Person&) const = default;
};
BOOST_DESCRIBE_STRUCT(Person, (), (id, name, honorific, positions, nationality, identifiers))

// How to call the person in text: "Dr. Talat Shabbir"; someone named only by office, by the
// first title held ("Minister of Public Works"); failing both, by the id.
inline std::string display_name(const Person& person)
{
    if (person.name) {
        return person.honorific ? *person.honorific + " " + *person.name : *person.name;
    }
    if (!person.positions.empty()) {
        return person.positions.front().title;
    }
    return person.id.value();
}

} // namespace communique
