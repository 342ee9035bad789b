// SPDX-License-Identifier: BSL-1.0
// Organisations: institutes, ministries, embassies, universities, intergovernmental bodies,
// and their centres and departments (a record's parent is the body it belongs to).
#pragma once

#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/id.hpp>
#include <communique/party.hpp>
#include <communique/place.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class OrganizationKind {
    think_tank = 1,
    research_centre,
    university,
    academy,
    government,
    ministry,
    government_agency,
    embassy,
    consulate,
    parliament,
    head_of_state_office,
    intergovernmental_organization,
    non_governmental_organization,
    company,
    state_owned_enterprise,
    news_agency,
    news_outlet,
    network,
    alliance,
    other,
};
BOOST_DESCRIBE_ENUM(OrganizationKind, think_tank, research_centre, university, academy, government, ministry,
                    government_agency, embassy, consulate, parliament, head_of_state_office,
                    intergovernmental_organization, non_governmental_organization, company, state_owned_enterprise,
                    news_agency, news_outlet, network, alliance, other)

// How a state or a body belongs to a bloc or a network: "Belarus joined in 2024",
// "Turkey, a dialogue partner".
enum class MembershipStatus { member = 1, observer, dialogue_partner, associate_member, founding_member };
BOOST_DESCRIBE_ENUM(MembershipStatus, member, observer, dialogue_partner, associate_member, founding_member)

struct Membership {
    Party party{};
    std::optional<MembershipStatus> status{}; // left out when the report does not say
    std::optional<Date> since{};
    std::optional<Date> until{};

    bool operator==(const Membership&) const = default;
};
BOOST_DESCRIBE_STRUCT(Membership, (), (party, status, since, until))

struct Organization {
    OrganizationId id{};
    std::string name{};                        // "Institute of Strategic Studies Islamabad"
    std::optional<std::string> abbreviation{}; // "ISSI"
    std::vector<std::string> other_names{};
    std::optional<OrganizationKind> kind{}; // left out when the report does not say
    // The country the organisation belongs to: Kazakhstan for Kazakhstan's embassy in Islamabad.
    std::optional<CountryCode> country{};
    // Where it is, when that says more than the country: Islamabad for that embassy.
    std::optional<Place> location{};
    std::optional<OrganizationId> parent{};
    std::vector<Membership> members{}; // the states or bodies of a bloc or a network
    std::optional<Date> founded{};
    std::optional<EventId> founded_at{}; // "launched at the summit"
    std::vector<ExternalId> identifiers{};

    bool operator==(const Organization&) const = default;
};
BOOST_DESCRIBE_STRUCT(Organization, (),
                      (id, name, abbreviation, other_names, kind, country, location, parent, members, founded,
                       founded_at, identifiers))

} // namespace communique
