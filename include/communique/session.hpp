// SPDX-License-Identifier: BSL-1.0
// The sessions of an event, in order: a programme item with its kind, time, place and the
// people who had a part in it.
#pragma once

#include <communique/attendance.hpp>
#include <communique/date.hpp>
#include <communique/place.hpp>
#include <communique/speaker.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class SessionKind {
    inaugural = 1,
    opening,
    keynote,
    plenary,
    working,
    panel,
    round_table,
    breakout,
    question_and_answer,
    signing,
    press_conference,
    closing,
    concluding,
    meeting,
    one_on_one,
    delegation_level_talks,
    dinner,
    lunch,
    reception,
    cultural_programme,
    field_visit,
    other,
};
BOOST_DESCRIBE_ENUM(SessionKind, inaugural, opening, keynote, plenary, working, panel, round_table, breakout,
                    question_and_answer, signing, press_conference, closing, concluding, meeting, one_on_one,
                    delegation_level_talks, dinner, lunch, reception, cultural_programme, field_visit, other)

struct Session {
    std::optional<SessionKind> kind{};     // left out when the report does not say
    std::optional<std::string> title{};    // "Working Session I"
    std::optional<std::uint32_t> number{}; // 1 for "Working Session I"
    // The day it was held, for a multi-day event whose session times are not known.
    std::optional<Date> date{};
    std::optional<DateTime> start{};
    std::optional<DateTime> end{};
    // Where it was held, when not where the event was: a dinner at another hotel.
    std::optional<Place> venue{};
    // How it was attended, when not as the event was: one online session of an in-person event.
    std::optional<AttendanceMode> attendance{};
    std::vector<std::string> focus{};
    std::vector<Speaker> speakers{};

    bool operator==(const Session&) const = default;
};
BOOST_DESCRIBE_STRUCT(Session, (), (kind, title, number, date, start, end, venue, attendance, focus, speakers))

} // namespace communique
