// Events: what a conference, a summit or a state visit has in common, and Event, the record
// of an event that other records refer to (the state visit a conference follows, the summit
// where an agreement was signed) without describing its programme.
#pragma once

#include <communique/country.hpp>
#include <communique/date.hpp>
#include <communique/external_id.hpp>
#include <communique/id.hpp>
#include <communique/place.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class EventKind {
    conference,
    seminar,
    symposium,
    workshop,
    webinar,
    round_table,
    dialogue,
    forum,
    summit,
    state_visit,
    official_visit,
    working_visit,
    bilateral_meeting,
    multilateral_meeting,
    signing_ceremony,
    commission_session,
    other,
};
BOOST_DESCRIBE_ENUM(EventKind, conference, seminar, symposium, workshop, webinar, round_table, dialogue, forum, summit,
                    state_visit, official_visit, working_visit, bilateral_meeting, multilateral_meeting,
                    signing_ceremony, commission_session, other)

// schema.org eventAttendanceMode.
enum class AttendanceMode { in_person, online, hybrid };
BOOST_DESCRIBE_ENUM(AttendanceMode, in_person, online, hybrid)

// schema.org eventStatus.
enum class EventStatus { scheduled, held, cancelled, postponed, rescheduled, moved_online };
BOOST_DESCRIBE_ENUM(EventStatus, scheduled, held, cancelled, postponed, rescheduled, moved_online)

struct Event {
    EventId id;
    std::string title; // "State visit of President Kassym-Jomart Tokayev to Pakistan"
    EventKind kind = EventKind::other;
    std::optional<EventStatus> status;
    Date start_date;
    std::optional<Date> end_date;
    std::optional<AttendanceMode> attendance; // left out when the sources do not say
    std::optional<Place> place;
    std::vector<PersonId> principals; // the visiting head of state, the leaders at a summit
    std::vector<CountryCode> countries;
    std::optional<std::string> description;
    std::vector<ExternalId> identifiers;
    std::vector<SourceId> sources;

    bool operator==(const Event&) const = default;
};
BOOST_DESCRIBE_STRUCT(Event, (),
                      (id, title, kind, status, start_date, end_date, attendance, place, principals, countries,
                       description, identifiers, sources))

} // namespace communique
