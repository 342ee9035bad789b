// SPDX-License-Identifier: BSL-1.0
// A series of events that recur: "the X Strategic Dialogue", whose 12th round an event is,
// or "the Y Forum", whose 4th edition it is (schema.org EventSeries; Wikidata "part of the
// series" with "series ordinal"). An event names its series and its edition number.
#pragma once

#include <communique/external_id.hpp>
#include <communique/id.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

struct Series {
    SeriesId id{};
    std::string name{}; // "Pakistan-Kazakhstan Strategic Dialogue"
    std::optional<std::string> abbreviation{};
    std::vector<std::string> other_names{};   // "Asia Security Summit"
    std::vector<OrganizationId> organizers{}; // those who hold it, edition after edition
    std::optional<std::string> description{};
    std::vector<ExternalId> identifiers{};
    std::vector<SourceId> sources{};

    bool operator==(const Series&) const = default;
};
BOOST_DESCRIBE_STRUCT(Series, (), (id, name, abbreviation, other_names, organizers, description, identifiers, sources))

} // namespace communique
