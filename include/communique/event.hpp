// SPDX-License-Identifier: BSL-1.0
// Events of every kind (a conference, a summit, a state visit, a signing ceremony, an online
// round table): when and where, who organised it, its sides, who took part and how, its
// sessions in order, what came out of it, and how it relates to other events and to its
// series. A mere mention ("on the sidelines of the SCO summit") is an Event too, with only
// what the report gives.
#pragma once

#include <communique/amount.hpp>
#include <communique/attendance.hpp>
#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/figure.hpp>
#include <communique/id.hpp>
#include <communique/party.hpp>
#include <communique/place.hpp>
#include <communique/session.hpp>
#include <communique/speaker.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class EventKind {
    conference = 1,
    seminar,
    symposium,
    workshop,
    webinar,
    round_table,
    dialogue,
    forum,
    summit,
    visit,
    state_visit,
    official_visit,
    working_visit,
    bilateral_meeting,
    multilateral_meeting,
    signing_ceremony,
    commission_session,
    inauguration,
    other,
};
BOOST_DESCRIBE_ENUM(EventKind, conference, seminar, symposium, workshop, webinar, round_table, dialogue, forum, summit,
                    visit, state_visit, official_visit, working_visit, bilateral_meeting, multilateral_meeting,
                    signing_ceremony, commission_session, inauguration, other)

// schema.org eventStatus, and `held` for an event that reports say took place.
enum class EventStatus { scheduled = 1, held, cancelled, postponed, rescheduled, moved_online };
BOOST_DESCRIBE_ENUM(EventStatus, scheduled, held, cancelled, postponed, rescheduled, moved_online)

enum class OrganizerRole { host = 1, co_host, in_collaboration_with, partner, sponsor, supporter };
BOOST_DESCRIBE_ENUM(OrganizerRole, host, co_host, in_collaboration_with, partner, sponsor, supporter)

struct Organizer {
    OrganizationId organization{};
    OrganizerRole role{};

    bool operator==(const Organizer&) const = default;
};
BOOST_DESCRIBE_STRUCT(Organizer, (), (organization, role))

// How an event stands to another. "held during" a visit: during; "on the sidelines of" a
// summit: on_sidelines_of; "following up" a state visit: follows_up; a preparatory meeting:
// prepares; "to mark" an anniversary or another event: marks.
enum class EventRelation { during = 1, on_sidelines_of, follows_up, prepares, marks, related };
BOOST_DESCRIBE_ENUM(EventRelation, during, on_sidelines_of, follows_up, prepares, marks, related)

struct EventLink {
    EventRelation relation{};
    EventId event{};

    bool operator==(const EventLink&) const = default;
};
BOOST_DESCRIBE_STRUCT(EventLink, (), (relation, event))

struct Event {
    EventId id{};
    std::string title{}; // "Pakistan-Kazakhstan: Building Bridges ..."
    EventKind kind{};
    std::optional<EventStatus> status{};
    // At the precision the report gives; left out when it gives none.
    std::optional<Date> start_date{};
    std::optional<Date> end_date{};  // left out for a one-day event
    std::optional<DateTime> start{}; // when the report gives the time too
    std::optional<DateTime> end{};
    std::optional<AttendanceMode> attendance{}; // left out when the sources do not say
    std::optional<Place> venue{};
    std::optional<SeriesId> series{};
    std::optional<std::uint32_t> edition{}; // 12 for "the 12th round" of the series
    std::vector<EventLink> related{};
    std::vector<Organizer> organizers{};
    std::vector<Party> sides{};   // the states or bodies that met: both countries of a state visit
    std::optional<Party> chair{}; // "under Kazakhstan's chairmanship"
    std::optional<std::string> description{};
    std::vector<std::string> themes{};
    std::vector<std::string> audience{};       // "diplomats", "scholars"
    std::optional<Amount> participant_count{}; // "some 300 participants"
    std::optional<Amount> country_count{};     // "delegates from over 40 countries"
    std::vector<CountryCode> participant_countries{};
    std::vector<Speaker> speakers{}; // parts played outside any session
    std::vector<Session> sessions{};
    std::vector<AgreementId> outcomes{}; // agreements announced or signed there
    std::vector<Figure> figures{};
    std::vector<ExternalId> identifiers{};
    std::vector<SourceId> sources{};

    bool operator==(const Event&) const = default;
};
BOOST_DESCRIBE_STRUCT(Event, (),
                      (id, title, kind, status, start_date, end_date, start, end, attendance, venue, series, edition,
                       related, organizers, sides, chair, description, themes, audience, participant_count,
                       country_count, participant_countries, speakers, sessions, outcomes, figures, identifiers,
                       sources))

} // namespace communique
