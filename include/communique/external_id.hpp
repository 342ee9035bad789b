// SPDX-License-Identifier: BSL-1.0
// Identifiers that other registries give a record: a Wikidata item, a UN treaty
// registration number, an OpenStreetMap relation.
#pragma once

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <string>

namespace communique {

enum class IdScheme { wikidata = 1, viaf, isni, orcid, ror, un_treaty_series, osm_relation, website, other };
BOOST_DESCRIBE_ENUM(IdScheme, wikidata, viaf, isni, orcid, ror, un_treaty_series, osm_relation, website, other)

struct ExternalId {
    IdScheme scheme{};
    std::string value{}; // "Q12345", "I-54321", "https://issi.org.pk"

    bool operator==(const ExternalId&) const = default;
};
BOOST_DESCRIBE_STRUCT(ExternalId, (), (scheme, value))

} // namespace communique
