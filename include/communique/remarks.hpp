// SPDX-License-Identifier: BSL-1.0
// What a participant said: a summary, the topics, the records it refers to, and the
// figures and phrases quoted.
#pragma once

#include <communique/country.hpp>
#include <communique/figure.hpp>
#include <communique/id.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

struct Remarks {
    std::optional<std::string> title{};   // a speech's own title
    std::optional<std::string> summary{}; // left out when a report quotes without summing up
    std::vector<std::string> topics{};
    std::vector<std::string> quotes{}; // words quoted verbatim: "new chapter"
    std::vector<AgreementId> agreements{};
    std::vector<CorridorId> corridors{};
    std::vector<EventId> events{};
    std::vector<PersonId> people{};
    std::vector<OrganizationId> organizations{};
    std::vector<CountryCode> countries{};
    std::vector<Figure> figures{};
    std::vector<SourceId> sources{}; // when only some of the sources report these words

    bool operator==(const Remarks&) const = default;
};
BOOST_DESCRIBE_STRUCT(Remarks, (),
                      (title, summary, topics, quotes, agreements, corridors, events, people, organizations, countries,
                       figures, sources))

} // namespace communique
