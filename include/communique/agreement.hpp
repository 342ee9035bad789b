// Agreements, from treaties to memoranda of understanding and roadmaps, after the fields of
// the UN treaty register: parties, signatories, status, date and place of signature.
#pragma once

#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/id.hpp>
#include <communique/place.hpp>
#include <communique/quantity.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class AgreementKind {
    treaty,
    convention,
    agreement,
    framework_agreement,
    memorandum_of_understanding,
    joint_declaration,
    joint_statement,
    joint_communique,
    protocol,
    exchange_of_notes,
    roadmap,
    action_plan,
    programme,
    contract,
    other,
};
BOOST_DESCRIBE_ENUM(AgreementKind, treaty, convention, agreement, framework_agreement, memorandum_of_understanding,
                    joint_declaration, joint_statement, joint_communique, protocol, exchange_of_notes, roadmap,
                    action_plan, programme, contract, other)

enum class AgreementStatus {
    proposed,
    under_negotiation,
    agreed,
    announced,
    signed_, // "signed": the trailing underscore only avoids the C++ keyword
    ratified,
    in_force,
    suspended,
    expired,
    terminated,
};
BOOST_DESCRIBE_ENUM(AgreementStatus, proposed, under_negotiation, agreed, announced, signed_, ratified, in_force,
                    suspended, expired, terminated)

// A party is a state (by country code) or an organisation: exactly one of the two.
struct Party {
    std::optional<CountryCode> country;
    std::optional<OrganizationId> organization;

    bool operator==(const Party&) const = default;
};
BOOST_DESCRIBE_STRUCT(Party, (), (country, organization))

struct Signatory {
    PersonId person;
    Party on_behalf_of;
    std::optional<Date> date;

    bool operator==(const Signatory&) const = default;
};
BOOST_DESCRIBE_STRUCT(Signatory, (), (person, on_behalf_of, date))

struct Agreement {
    AgreementId id;
    std::string title;
    std::optional<std::string> abbreviation;
    AgreementKind kind = AgreementKind::agreement;
    std::vector<Party> parties;
    std::vector<Signatory> signatories;
    // Left out when the sources do not say.
    std::optional<AgreementStatus> status;
    std::optional<Date> signed_date;
    std::optional<Place> signed_place;
    std::optional<EventId> signed_at; // the event at which it was signed
    std::optional<Date> in_force_date;
    std::optional<Quantity> term; // {"value": "5", "unit": "year"} for a five-year roadmap
    std::vector<std::string> sectors;
    std::optional<std::string> description;
    std::vector<ExternalId> identifiers;
    std::vector<SourceId> sources;

    bool operator==(const Agreement&) const = default;
};
BOOST_DESCRIBE_STRUCT(Agreement, (),
                      (id, title, abbreviation, kind, parties, signatories, status, signed_date, signed_place,
                       signed_at, in_force_date, term, sectors, description, identifiers, sources))

} // namespace communique
