// SPDX-License-Identifier: BSL-1.0
// A person's part in an event or one of its sessions: who, in what role, for whom, saying
// what. Someone who presided or came with a delegation has a part as
// much as someone who spoke; `role` says which, and `remarks` what they said, if anything.
#pragma once

#include <communique/id.hpp>
#include <communique/party.hpp>
#include <communique/remarks.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>

namespace communique {

// The parts reports name. "inaugurated by": inaugurator; "opened by": opener; "presided
// over by": presiding; "led the delegation": head_of_delegation; "accompanied by":
// delegation_member (with `accompanying`). Those in whose presence an agreement was signed
// are its witnesses (Agreement::witnesses).
enum class Role {
    chair = 1,
    co_chair,
    presiding,
    moderator,
    host,
    inaugurator,
    opener,
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
    head_of_delegation,
    delegation_member,
    interpreter,
    other,
};
BOOST_DESCRIBE_ENUM(Role, chair, co_chair, presiding, moderator, host, inaugurator, opener, chief_guest,
                    guest_of_honour, keynote, speaker, panelist, discussant, welcome_remarks, introductory_remarks,
                    opening_remarks, concluding_remarks, vote_of_thanks, rapporteur, signatory, head_of_delegation,
                    delegation_member, interpreter, other)

// One person in one role. A person with two roles in a session (moderator, then
// introductory remarks) appears twice. A report that names someone among those present
// without saying what they did gives no role: leave it out.
struct Speaker {
    PersonId person{};
    std::optional<Role> role{};
    // The role in the report's words, kept when it says more than `role`: "Guest of Honor".
    std::optional<std::string> role_label{};
    std::optional<Party> on_behalf_of{};    // the side they spoke, signed or came for
    std::optional<PersonId> accompanying{}; // the principal a delegation member came with
    std::optional<Remarks> remarks{};

    bool operator==(const Speaker&) const = default;
};
BOOST_DESCRIBE_STRUCT(Speaker, (), (person, role, role_label, on_behalf_of, accompanying, remarks))

} // namespace communique
