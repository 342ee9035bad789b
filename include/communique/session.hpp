// The sessions of a conference and who took part in each, in what role, saying what.
#pragma once

#include <communique/date.hpp>
#include <communique/id.hpp>
#include <communique/remarks.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class SessionKind {
    inaugural,
    opening,
    keynote,
    plenary,
    working,
    panel,
    round_table,
    breakout,
    signing,
    press_conference,
    closing,
    concluding,
    other,
};
BOOST_DESCRIBE_ENUM(SessionKind, inaugural, opening, keynote, plenary, working, panel, round_table, breakout, signing,
                    press_conference, closing, concluding, other)

enum class Role {
    chair,
    co_chair,
    moderator,
    chief_guest,
    guest_of_honour,
    keynote,
    speaker,
    panelist,
    discussant,
    welcome_remarks,
    introductory_remarks,
    opening_remarks,
    concluding_remarks,
    vote_of_thanks,
    rapporteur,
    signatory,
    other,
};
BOOST_DESCRIBE_ENUM(Role, chair, co_chair, moderator, chief_guest, guest_of_honour, keynote, speaker, panelist,
                    discussant, welcome_remarks, introductory_remarks, opening_remarks, concluding_remarks,
                    vote_of_thanks, rapporteur, signatory, other)

// One person in one role. A person with two roles in a session (moderator, then
// introductory remarks) takes part twice.
struct Participation {
    PersonId person;
    Role role = Role::speaker;
    // The role in the report's words, kept when it says more than `role`: "Guest of Honor".
    std::optional<std::string> role_label;
    std::optional<Remarks> remarks;

    bool operator==(const Participation&) const = default;
};
BOOST_DESCRIBE_STRUCT(Participation, (), (person, role, role_label, remarks))

struct Session {
    SessionKind kind = SessionKind::other;
    std::optional<std::string> title;    // "Working Session I"
    std::optional<std::uint32_t> number; // 1 for "Working Session I"
    // The day it was held, for a multi-day event whose session times are not known.
    std::optional<Date> date;
    std::vector<std::string> focus;
    std::optional<DateTime> start;
    std::optional<DateTime> end;
    std::vector<Participation> participants;

    bool operator==(const Session&) const = default;
};
BOOST_DESCRIBE_STRUCT(Session, (), (kind, title, number, date, focus, start, end, participants))

} // namespace communique
