// Organisations: institutes, ministries, embassies, universities, intergovernmental bodies,
// and their centres and departments (a record's parent is the body it belongs to).
#pragma once

#include <communique/country.hpp>
#include <communique/external_id.hpp>
#include <communique/id.hpp>
#include <communique/place.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class OrganizationKind {
    think_tank,
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
    other,
};
BOOST_DESCRIBE_ENUM(OrganizationKind, think_tank, research_centre, university, academy, government, ministry,
                    government_agency, embassy, consulate, parliament, head_of_state_office,
                    intergovernmental_organization, non_governmental_organization, company, state_owned_enterprise,
                    news_agency, news_outlet, other)

struct Organization {
    OrganizationId id;
    std::string name;                        // "Institute of Strategic Studies Islamabad"
    std::optional<std::string> abbreviation; // "ISSI"
    std::vector<std::string> other_names;
    OrganizationKind kind = OrganizationKind::other;
    // The country the organisation belongs to: Kazakhstan for Kazakhstan's embassy in Islamabad.
    std::optional<CountryCode> country;
    // Where it is, when that says more than the country: Islamabad for that embassy.
    std::optional<Place> location;
    std::optional<OrganizationId> parent;
    std::vector<ExternalId> identifiers;

    bool operator==(const Organization&) const = default;
};
BOOST_DESCRIBE_STRUCT(Organization, (),
                      (id, name, abbreviation, other_names, kind, country, location, parent, identifiers))

} // namespace communique
