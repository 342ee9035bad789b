// A conference, seminar, round table, summit or dialogue: who organised it, when and where,
// its sessions in order, what was announced there, and who reported it.
#pragma once

#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/event.hpp>
#include <communique/id.hpp>
#include <communique/place.hpp>
#include <communique/session.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class OrganizerRole { host, co_host, in_collaboration_with, partner, sponsor, supporter };
BOOST_DESCRIBE_ENUM(OrganizerRole, host, co_host, in_collaboration_with, partner, sponsor, supporter)

struct Organizer {
    OrganizationId organization;
    OrganizerRole role = OrganizerRole::host;

    bool operator==(const Organizer&) const = default;
};
BOOST_DESCRIBE_STRUCT(Organizer, (), (organization, role))

struct Conference {
    EventId id;
    std::string title;
    EventKind kind = EventKind::conference;
    std::optional<EventStatus> status;
    Date start_date;
    std::optional<Date> end_date;             // left out for a one-day event
    std::optional<AttendanceMode> attendance; // left out when the sources do not say
    std::optional<Place> venue;
    std::vector<Organizer> organizers;
    std::optional<std::string> description;
    std::vector<std::string> themes;
    std::vector<std::string> audience; // "diplomats", "scholars"
    std::vector<CountryCode> participant_countries;
    std::vector<EventId> context; // the events it follows up or belongs to
    std::vector<Session> sessions;
    std::vector<AgreementId> outcomes; // agreements announced or signed there
    std::vector<ExternalId> identifiers;
    std::vector<SourceId> sources;

    bool operator==(const Conference&) const = default;
};
BOOST_DESCRIBE_STRUCT(Conference, (),
                      (id, title, kind, status, start_date, end_date, attendance, venue, organizers, description,
                       themes, audience, participant_countries, context, sessions, outcomes, identifiers, sources))

} // namespace communique
