// SPDX-License-Identifier: BSL-1.0
// A side: a state, by its country code, or an organisation (a bloc, an intergovernmental
// body, an institute). Parties to agreements, sides of a meeting, members of a network and
// those a person acts for are all parties.
#pragma once

#include <communique/country.hpp>
#include <communique/id.hpp>

#include <boost/describe/class.hpp>

#include <optional>
#include <utility>

namespace communique {

// Exactly one of the two; validate() reports a party with neither or both. Each member has
// `{}`, so that `Party{.country = ...}` leaves the other out without a
// -Wmissing-field-initializers warning; party() says it shorter.
struct Party {
    std::optional<CountryCode> country{};
    std::optional<OrganizationId> organization{};

    bool operator==(const Party&) const = default;
};
BOOST_DESCRIBE_STRUCT(Party, (), (country, organization))

inline Party party(CountryCode country)
{
    return Party{.country = country, .organization = {}};
}

inline Party party(OrganizationId organization)
{
    return Party{.country = {}, .organization = std::move(organization)};
}

} // namespace communique
