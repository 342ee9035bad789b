// Small builders shared by the report dossiers (tests/reports/*.hpp). Each returns a record
// holding the members it is given and nothing else: every other member stays empty, so a
// builder never states a fact that the report does not give. Records are then completed by
// assigning members, which keeps the report headers free of designated initialisers that
// leave members out (and so of -Wmissing-field-initializers).
#pragma once

#include <communique/communique.hpp>

#include <string>
#include <utility>

namespace reports {

using namespace communique;

inline Source source(const SourceId& id, SourceKind kind)
{
    Source record;
    record.id = id;
    record.kind = kind;
    return record;
}

inline Organization organization(const OrganizationId& id, std::string name)
{
    Organization record;
    record.id = id;
    record.name = std::move(name);
    return record;
}

inline Organization organization(const OrganizationId& id, std::string name, OrganizationKind kind)
{
    Organization record = organization(id, std::move(name));
    record.kind = kind;
    return record;
}

inline Person person(const PersonId& id, std::string name)
{
    Person record;
    record.id = id;
    record.name = std::move(name);
    return record;
}

// Someone a report names only by office ("Afghanistan's Minister of Public Works signed"):
// a person with that position and no name.
inline Person office_holder(const PersonId& id, Position held)
{
    Person record;
    record.id = id;
    record.positions = {std::move(held)};
    return record;
}

// A title held at an organisation the dossier records.
inline Position position(std::string title, const OrganizationId& organization)
{
    Position held;
    held.title = std::move(title);
    held.organization = organization;
    return held;
}

// A title held for a country, when the dossier has no record of the office.
inline Position position(std::string title, const CountryCode& country)
{
    Position held;
    held.title = std::move(title);
    held.country = country;
    return held;
}

inline Position former(Position held)
{
    held.tenure = Tenure::former;
    return held;
}

inline Place city(std::string name, const CountryCode& country)
{
    Place place;
    place.city = std::move(name);
    place.country = country;
    return place;
}

inline Place venue(std::string name, std::string city_name, const CountryCode& country)
{
    Place place = city(std::move(city_name), country);
    place.name = std::move(name);
    return place;
}

inline Place platform(std::string name)
{
    Place place;
    place.platform = std::move(name);
    return place;
}

inline Event event(const EventId& id, std::string title, EventKind kind)
{
    Event record;
    record.id = id;
    record.title = std::move(title);
    record.kind = kind;
    return record;
}

inline Organizer organizer(const OrganizationId& organization, OrganizerRole role)
{
    return Organizer{.organization = organization, .role = role};
}

inline EventLink link(EventRelation relation, const EventId& other)
{
    return EventLink{.relation = relation, .event = other};
}

inline Session session(SessionKind kind)
{
    Session part;
    part.kind = kind;
    return part;
}

// Someone named among those present, with no part the report states.
inline Speaker present(const PersonId& person)
{
    Speaker part;
    part.person = person;
    return part;
}

inline Speaker speaker(const PersonId& person, Role role)
{
    Speaker part = present(person);
    part.role = role;
    return part;
}

inline Speaker speaker(const PersonId& person, Role role, const Party& on_behalf_of)
{
    Speaker part = speaker(person, role);
    part.on_behalf_of = on_behalf_of;
    return part;
}

// "accompanied by": a member of the principal's delegation.
inline Speaker accompanying(const PersonId& person, const PersonId& principal)
{
    Speaker part = speaker(person, Role::delegation_member);
    part.accompanying = principal;
    return part;
}

inline Agreement agreement(const AgreementId& id, std::string title, AgreementKind kind)
{
    Agreement record;
    record.id = id;
    record.title = std::move(title);
    record.kind = kind;
    return record;
}

inline AgreementLink agreement_link(AgreementRelation relation, const AgreementId& other)
{
    return AgreementLink{.relation = relation, .agreement = other};
}

inline Signatory signatory(const PersonId& person, const Party& on_behalf_of, const Date& date)
{
    return Signatory{.person = person, .on_behalf_of = on_behalf_of, .date = date};
}

inline Ratification ratification(const Party& by_party, ConsentKind kind)
{
    Ratification step;
    step.party = by_party;
    step.kind = kind;
    return step;
}

inline Ratification ratification(const Party& by_party, ConsentKind kind, const Date& date)
{
    Ratification step = ratification(by_party, kind);
    step.date = date;
    return step;
}

inline Corridor corridor(const CorridorId& id, std::string name)
{
    Corridor record;
    record.id = id;
    record.name = std::move(name);
    return record;
}

inline Waypoint waypoint(std::string name, const CountryCode& country)
{
    Waypoint point;
    point.name = std::move(name);
    point.country = country;
    return point;
}

inline Waypoint waypoint(std::string name, WaypointKind kind, const CountryCode& country)
{
    Waypoint point = waypoint(std::move(name), country);
    point.kind = kind;
    return point;
}

inline Milestone milestone(MilestoneKind kind, const Date& date)
{
    Milestone step;
    step.kind = kind;
    step.date = date;
    return step;
}

// A quantity: "about 760 km" is figure("length", hedged(approximately, 760), kilometre).
inline Figure figure(std::string measure, const Amount& amount, Unit unit)
{
    Figure quoted;
    quoted.measure = std::move(measure);
    quoted.amount = amount;
    quoted.unit = unit;
    return quoted;
}

// Money: "US$1.65 billion" is money("investment", exactly(1650000000), USD).
inline Figure money(std::string measure, const Amount& amount, const CurrencyCode& currency)
{
    Figure quoted;
    quoted.measure = std::move(measure);
    quoted.amount = amount;
    quoted.currency = currency;
    return quoted;
}

inline ExternalId external_id(IdScheme scheme, std::string value)
{
    return ExternalId{.scheme = scheme, .value = std::move(value)};
}

} // namespace reports
