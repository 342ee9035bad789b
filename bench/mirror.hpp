// SPDX-License-Identifier: BSL-1.0
// The model's records as plain structs, for the Boost.JSON contestant of the benchmark: the
// same members in the same order as communique's, with std::string in place of every
// vocabulary type (ids, dates, date-times, decimals, country and currency codes, the format
// version), so that nothing is checked beyond the JSON's shape. The enums are communique's
// own, which are plain described enums, but for AgreementStatus, whose `signed_` is
// "signed" in JSON.
//
// Boost.JSON 1.81 converts described structs and enums by itself, but a described struct
// must then have every member in the JSON, and a std::optional is written as null; a
// communique document leaves out empty optionals and empty vectors. The two tag_invoke
// overloads below convert every mirror struct the way communique does: empty optionals and
// vectors left out, every other member required, and no member the struct does not have.
#pragma once

#include <communique/agreement.hpp>
#include <communique/attendance.hpp>
#include <communique/corridor.hpp>
#include <communique/event.hpp>
#include <communique/external_id.hpp>
#include <communique/milestone.hpp>
#include <communique/organization.hpp>
#include <communique/person.hpp>
#include <communique/quantity.hpp>
#include <communique/session.hpp>
#include <communique/source.hpp>
#include <communique/speaker.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_from_string.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/describe/members.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace mirror {

using communique::AgreementKind;
using communique::AgreementRelation;
using communique::AttendanceMode;
using communique::Channel;
using communique::ConsentKind;
using communique::CorridorStatus;
using communique::EventKind;
using communique::EventRelation;
using communique::EventStatus;
using communique::IdScheme;
using communique::MembershipStatus;
using communique::MilestoneKind;
using communique::OrganizationKind;
using communique::OrganizerRole;
using communique::Qualifier;
using communique::Role;
using communique::SessionKind;
using communique::SourceKind;
using communique::Tenure;
using communique::Traffic;
using communique::TransportMode;
using communique::Unit;
using communique::WaypointKind;

enum class AgreementStatus {
    proposed = 1,
    under_negotiation,
    agreed,
    announced,
    signed_,
    ratified,
    in_force,
    suspended,
    expired,
    terminated
};
BOOST_DESCRIBE_ENUM(AgreementStatus, proposed, under_negotiation, agreed, announced, signed_, ratified, in_force,
                    suspended, expired, terminated)

struct Place {
    std::optional<std::string> name, city, region, country, platform, url;
};
BOOST_DESCRIBE_STRUCT(Place, (), (name, city, region, country, platform, url))

struct Party {
    std::optional<std::string> country, organization;
};
BOOST_DESCRIBE_STRUCT(Party, (), (country, organization))

struct ExternalId {
    IdScheme scheme{};
    std::string value;
};
BOOST_DESCRIBE_STRUCT(ExternalId, (), (scheme, value))

struct Amount {
    std::optional<std::string> value, min, max;
    std::optional<Qualifier> qualifier;
};
BOOST_DESCRIBE_STRUCT(Amount, (), (value, min, max, qualifier))

struct Quantity {
    std::string value;
    Unit unit{};
};
BOOST_DESCRIBE_STRUCT(Quantity, (), (value, unit))

struct Figure {
    std::string measure;
    std::optional<Amount> amount;
    std::optional<std::string> currency;
    std::optional<Unit> unit;
    std::optional<std::string> as_of, target_date;
    std::optional<Amount> previous;
    std::optional<std::string> previous_as_of, as_reported;
    std::vector<std::string> sources;
};
BOOST_DESCRIBE_STRUCT(Figure, (),
                      (measure, amount, currency, unit, as_of, target_date, previous, previous_as_of, as_reported,
                       sources))

struct Milestone {
    MilestoneKind kind{};
    std::optional<std::string> date, end_date;
    std::vector<Party> by;
    std::vector<std::string> people;
    std::optional<std::string> at, description;
    std::vector<std::string> sources;
};
BOOST_DESCRIBE_STRUCT(Milestone, (), (kind, date, end_date, by, people, at, description, sources))

struct Source {
    std::string id;
    SourceKind kind{};
    std::optional<Channel> channel;
    std::optional<std::string> publisher;
    std::vector<std::string> authors;
    std::optional<std::string> headline, section, dateline;
    std::optional<Place> dateline_place;
    std::optional<std::string> published, url, language;
    std::vector<std::string> cites;
};
BOOST_DESCRIBE_STRUCT(Source, (),
                      (id, kind, channel, publisher, authors, headline, section, dateline, dateline_place, published,
                       url, language, cites))

struct Membership {
    Party party;
    std::optional<MembershipStatus> status;
    std::optional<std::string> since, until;
};
BOOST_DESCRIBE_STRUCT(Membership, (), (party, status, since, until))

struct Organization {
    std::string id, name;
    std::optional<std::string> abbreviation;
    std::vector<std::string> other_names;
    std::optional<OrganizationKind> kind;
    std::optional<std::string> country;
    std::optional<Place> location;
    std::optional<std::string> parent;
    std::vector<Membership> members;
    std::optional<std::string> founded, founded_at;
    std::vector<ExternalId> identifiers;
};
BOOST_DESCRIBE_STRUCT(Organization, (),
                      (id, name, abbreviation, other_names, kind, country, location, parent, members, founded,
                       founded_at, identifiers))

struct Position {
    std::string title;
    std::optional<std::string> organization, country;
    std::optional<Tenure> tenure;
    std::optional<std::string> as_of, start, end;
};
BOOST_DESCRIBE_STRUCT(Position, (), (title, organization, country, tenure, as_of, start, end))

struct Person {
    std::string id;
    std::optional<std::string> name, honorific;
    std::vector<Position> positions;
    std::optional<std::string> nationality;
    std::vector<ExternalId> identifiers;
};
BOOST_DESCRIBE_STRUCT(Person, (), (id, name, honorific, positions, nationality, identifiers))

struct Series {
    std::string id, name;
    std::optional<std::string> abbreviation;
    std::vector<std::string> other_names, organizers;
    std::optional<std::string> description;
    std::vector<ExternalId> identifiers;
    std::vector<std::string> sources;
};
BOOST_DESCRIBE_STRUCT(Series, (), (id, name, abbreviation, other_names, organizers, description, identifiers, sources))

struct Remarks {
    std::optional<std::string> title, summary;
    std::vector<std::string> topics, quotes, agreements, corridors, events, people, organizations, countries;
    std::vector<Figure> figures;
    std::vector<std::string> sources;
};
BOOST_DESCRIBE_STRUCT(Remarks, (),
                      (title, summary, topics, quotes, agreements, corridors, events, people, organizations, countries,
                       figures, sources))

struct Speaker {
    std::string person;
    std::optional<Role> role;
    std::optional<std::string> role_label;
    std::optional<Party> on_behalf_of;
    std::optional<std::string> accompanying;
    std::optional<Remarks> remarks;
};
BOOST_DESCRIBE_STRUCT(Speaker, (), (person, role, role_label, on_behalf_of, accompanying, remarks))

struct Session {
    std::optional<SessionKind> kind;
    std::optional<std::string> title;
    std::optional<std::uint32_t> number;
    std::optional<std::string> date, start, end;
    std::optional<Place> venue;
    std::optional<AttendanceMode> attendance;
    std::vector<std::string> focus;
    std::vector<Speaker> speakers;
};
BOOST_DESCRIBE_STRUCT(Session, (), (kind, title, number, date, start, end, venue, attendance, focus, speakers))

struct Organizer {
    std::string organization;
    OrganizerRole role{};
};
BOOST_DESCRIBE_STRUCT(Organizer, (), (organization, role))

struct EventLink {
    EventRelation relation{};
    std::string event;
};
BOOST_DESCRIBE_STRUCT(EventLink, (), (relation, event))

struct Event {
    std::string id, title;
    EventKind kind{};
    std::optional<EventStatus> status;
    std::optional<std::string> start_date, end_date, start, end;
    std::optional<AttendanceMode> attendance;
    std::optional<Place> venue;
    std::optional<std::string> series;
    std::optional<std::uint32_t> edition;
    std::vector<EventLink> related;
    std::vector<Organizer> organizers;
    std::vector<Party> sides;
    std::optional<Party> chair;
    std::optional<std::string> description;
    std::vector<std::string> themes, audience;
    std::optional<Amount> participant_count, country_count;
    std::vector<std::string> participant_countries;
    std::vector<Speaker> speakers;
    std::vector<Session> sessions;
    std::vector<std::string> outcomes;
    std::vector<Figure> figures;
    std::vector<ExternalId> identifiers;
    std::vector<std::string> sources;
};
BOOST_DESCRIBE_STRUCT(Event, (),
                      (id, title, kind, status, start_date, end_date, start, end, attendance, venue, series, edition,
                       related, organizers, sides, chair, description, themes, audience, participant_count,
                       country_count, participant_countries, speakers, sessions, outcomes, figures, identifiers,
                       sources))

struct Signatory {
    std::string person;
    std::optional<Party> on_behalf_of;
    std::optional<std::string> date;
};
BOOST_DESCRIBE_STRUCT(Signatory, (), (person, on_behalf_of, date))

struct Ratification {
    Party party;
    std::optional<ConsentKind> kind;
    std::optional<std::string> date, by;
    std::vector<std::string> people, sources;
};
BOOST_DESCRIBE_STRUCT(Ratification, (), (party, kind, date, by, people, sources))

struct AgreementLink {
    AgreementRelation relation{};
    std::string agreement;
};
BOOST_DESCRIBE_STRUCT(AgreementLink, (), (relation, agreement))

struct Agreement {
    std::string id, title;
    std::optional<std::string> abbreviation;
    std::vector<std::string> other_names;
    AgreementKind kind{};
    std::vector<Party> parties;
    std::vector<Signatory> signatories;
    std::vector<std::string> witnesses;
    std::optional<Party> depositary;
    std::optional<AgreementStatus> status;
    std::optional<std::string> dated, adopted_date, announced_date;
    std::vector<Milestone> history;
    std::optional<std::string> signed_date;
    std::optional<Place> signed_place;
    std::optional<std::string> signed_at;
    std::vector<Ratification> ratifications;
    std::optional<std::string> in_force_date;
    std::optional<Quantity> term;
    std::optional<std::string> applies_from, applies_until;
    std::vector<AgreementLink> related;
    std::vector<std::string> sectors;
    std::vector<Figure> figures;
    std::optional<std::string> description;
    std::vector<ExternalId> identifiers;
    std::vector<std::string> sources;
};
BOOST_DESCRIBE_STRUCT(Agreement, (),
                      (id, title, abbreviation, other_names, kind, parties, signatories, witnesses, depositary, status,
                       dated, adopted_date, announced_date, history, signed_date, signed_place, signed_at,
                       ratifications, in_force_date, term, applies_from, applies_until, related, sectors, figures,
                       description, identifiers, sources))

struct Waypoint {
    std::string name;
    std::optional<WaypointKind> kind;
    std::optional<std::string> region, country;
};
BOOST_DESCRIBE_STRUCT(Waypoint, (), (name, kind, region, country))

struct Corridor {
    std::string id, name;
    std::optional<std::string> abbreviation;
    std::vector<std::string> other_names;
    std::vector<TransportMode> modes;
    std::vector<Traffic> carries;
    std::vector<Waypoint> route;
    std::optional<CorridorStatus> status;
    std::vector<Milestone> history;
    std::optional<std::string> target_completion;
    std::vector<std::string> countries;
    std::vector<Figure> figures;
    std::vector<std::string> agreements;
    std::optional<std::string> description;
    std::vector<ExternalId> identifiers;
    std::vector<std::string> sources;
};
BOOST_DESCRIBE_STRUCT(Corridor, (),
                      (id, name, abbreviation, other_names, modes, carries, route, status, history, target_completion,
                       countries, figures, agreements, description, identifiers, sources))

struct Dossier {
    std::string format_version;
    std::vector<Source> sources;
    std::vector<Organization> organizations;
    std::vector<Person> people;
    std::vector<Series> series;
    std::vector<Event> events;
    std::vector<Agreement> agreements;
    std::vector<Corridor> corridors;
};
BOOST_DESCRIBE_STRUCT(Dossier, (),
                      (format_version, sources, organizations, people, series, events, agreements, corridors))

// ---- conversions ----

template <class T>
inline constexpr bool may_be_left_out = false;
template <class T>
inline constexpr bool may_be_left_out<std::optional<T>> = true;
template <class T>
inline constexpr bool may_be_left_out<std::vector<T>> = true;

template <class T>
bool is_empty(const std::optional<T>& field)
{
    return !field.has_value();
}
template <class T>
bool is_empty(const std::vector<T>& field)
{
    return field.empty();
}

template <class T>
concept mirror_struct = boost::describe::has_describe_members<T>::value;

template <mirror_struct T>
void tag_invoke(boost::json::value_from_tag, boost::json::value& json, const T& record)
{
    boost::json::object& object = json.emplace_object();
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
        const auto& field = record.*member.pointer;
        using M = std::remove_cvref_t<decltype(field)>;
        if constexpr (may_be_left_out<M>) {
            if (is_empty(field)) {
                return;
            }
        }
        object.emplace(member.name, boost::json::value_from(field, object.storage()));
    });
}

template <mirror_struct T>
T tag_invoke(boost::json::value_to_tag<T>, const boost::json::value& json)
{
    const boost::json::object& object = json.as_object();
    T record{};
    std::size_t found = 0;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto member) {
        using M = std::remove_cvref_t<decltype(record.*member.pointer)>;
        if (const boost::json::value* value = object.if_contains(member.name)) {
            record.*member.pointer = boost::json::value_to<M>(*value);
            ++found;
        } else if constexpr (!may_be_left_out<M>) {
            throw std::invalid_argument(std::string("missing member \"") + member.name + "\"");
        }
    });
    if (found != object.size()) {
        throw std::invalid_argument("a member that the struct does not have");
    }
    return record;
}

// "signed", not "signed_": the JSON name drops the trailing underscore, as communique's does.
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& json, AgreementStatus status)
{
    const std::string_view name = boost::describe::enum_to_string(status, "");
    json = name.ends_with('_') ? name.substr(0, name.size() - 1) : name;
}

inline AgreementStatus tag_invoke(boost::json::value_to_tag<AgreementStatus>, const boost::json::value& json)
{
    const boost::json::string& name = json.as_string();
    AgreementStatus status{};
    if (!boost::describe::enum_from_string(name == "signed" ? "signed_" : name.c_str(), status)) {
        throw std::invalid_argument("not an agreement status");
    }
    return status;
}

} // namespace mirror
