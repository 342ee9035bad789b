// SPDX-License-Identifier: BSL-1.0
// Agreements, from treaties to memoranda of understanding and roadmaps, after the fields of
// the UN treaty register: parties, signatories and witnesses, the dates of each step (dated,
// adopted, announced, signed, ratified, in force), status, and how one instrument stands to
// another (a protocol amends a treaty, an agreement implements a framework).
#pragma once

#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/figure.hpp>
#include <communique/id.hpp>
#include <communique/milestone.hpp>
#include <communique/party.hpp>
#include <communique/place.hpp>
#include <communique/quantity.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class AgreementKind {
    treaty = 1,
    convention,
    charter,
    resolution,
    decision,
    agreement,
    framework_agreement,
    memorandum_of_understanding,
    declaration,
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
BOOST_DESCRIBE_ENUM(AgreementKind, treaty, convention, charter, resolution, decision, agreement, framework_agreement,
                    memorandum_of_understanding, declaration, joint_declaration, joint_statement, joint_communique,
                    protocol, exchange_of_notes, roadmap, action_plan, programme, contract, other)

enum class AgreementStatus {
    proposed = 1,
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

struct Signatory {
    PersonId person{};
    std::optional<Party> on_behalf_of{}; // left out when the report does not say for whom
    std::optional<Date> date{};

    bool operator==(const Signatory&) const = default;
};
BOOST_DESCRIBE_STRUCT(Signatory, (), (person, on_behalf_of, date))

// How a party consented to be bound, after the UN treaty register's actions.
enum class ConsentKind { ratification = 1, accession, acceptance, approval, definitive_signature };
BOOST_DESCRIBE_ENUM(ConsentKind, ratification, accession, acceptance, approval, definitive_signature)

// "ratified by Kazakhstan's parliament on 3 June".
struct Ratification {
    Party party{};
    std::optional<ConsentKind> kind{};
    std::optional<Date> date{};
    std::optional<OrganizationId> by{}; // the body that ratified: a parliament
    std::vector<PersonId> people{};     // who approved it: a president's decree
    std::vector<SourceId> sources{};

    bool operator==(const Ratification&) const = default;
};
BOOST_DESCRIBE_STRUCT(Ratification, (), (party, kind, date, by, people, sources))

// How this instrument stands to another: it implements a framework, amends or supersedes
// an earlier one, follows up a declaration, or was signed under an umbrella agreement.
enum class AgreementRelation { implements = 1, amends, supersedes, follows_up, extends, under, related };
BOOST_DESCRIBE_ENUM(AgreementRelation, implements, amends, supersedes, follows_up, extends, under, related)

struct AgreementLink {
    AgreementRelation relation{};
    AgreementId agreement{};

    bool operator==(const AgreementLink&) const = default;
};
BOOST_DESCRIBE_STRUCT(AgreementLink, (), (relation, agreement))

// A report that only names an instrument gives no parties: an agreement may have none.
struct Agreement {
    AgreementId id{};
    std::string title{};
    std::optional<std::string> abbreviation{};
    std::vector<std::string> other_names{}; // "Treaty of Semipalatinsk"
    AgreementKind kind{};
    std::vector<Party> parties{};
    std::vector<Signatory> signatories{};
    std::vector<PersonId> witnesses{}; // "signed in the presence of"
    std::optional<Party> depositary{};
    // Left out when the sources do not say.
    std::optional<AgreementStatus> status{};
    std::optional<Date> dated{};          // the date the instrument bears
    std::optional<Date> adopted_date{};   // a declaration adopted by a summit
    std::optional<Date> announced_date{}; // announced before (or without) a signature
    std::vector<Milestone> history{};     // the steps before: proposed, negotiated
    std::optional<Date> signed_date{};
    std::optional<Place> signed_place{};
    std::optional<EventId> signed_at{}; // the event at which it was signed
    std::vector<Ratification> ratifications{};
    std::optional<Date> in_force_date{};
    std::optional<Quantity> term{};      // {"value": "5", "unit": "year"} for a five-year roadmap
    std::optional<Date> applies_from{};  // "for 2025-2027": 2025
    std::optional<Date> applies_until{}; // "until 2035": 2035
    std::vector<AgreementLink> related{};
    std::vector<std::string> sectors{};
    std::vector<Figure> figures{}; // a project's capacity and cost
    std::optional<std::string> description{};
    std::vector<ExternalId> identifiers{};
    std::vector<SourceId> sources{};

    bool operator==(const Agreement&) const = default;
};
BOOST_DESCRIBE_STRUCT(Agreement, (),
                      (id, title, abbreviation, other_names, kind, parties, signatories, witnesses, depositary, status,
                       dated, adopted_date, announced_date, history, signed_date, signed_place, signed_at,
                       ratifications, in_force_date, term, applies_from, applies_until, related, sectors, figures,
                       description, identifiers, sources))

} // namespace communique
