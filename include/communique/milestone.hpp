// SPDX-License-Identifier: BSL-1.0
// A dated step in the history of a project or an instrument: a corridor first proposed,
// studied, financed, begun and inaugurated; a treaty proposed and negotiated before its
// signature.
#pragma once

#include <communique/date.hpp>
#include <communique/id.hpp>
#include <communique/party.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

// The stages of a project's history, after OSM's lifecycle and the corridor programmes.
enum class MilestoneKind {
    proposed = 1,
    negotiation,
    feasibility_study,
    agreed,
    financing,
    construction_start,
    completion,
    inauguration,
    trial_run,
    suspension,
    other,
};
BOOST_DESCRIBE_ENUM(MilestoneKind, proposed, negotiation, feasibility_study, agreed, financing, construction_start,
                    completion, inauguration, trial_run, suspension, other)

// "first proposed in 1993 by Pakistan": {kind proposed, date 1993, by [PK]}.
struct Milestone {
    MilestoneKind kind{};
    std::optional<Date> date{};
    std::optional<Date> end_date{}; // for a step that took time: "negotiated from 2002 to 2005"
    std::vector<Party> by{};
    std::vector<PersonId> people{}; // who proposed, inaugurated or announced it
    std::optional<EventId> at{};    // the event where it happened
    std::optional<std::string> description{};
    std::vector<SourceId> sources{};

    bool operator==(const Milestone&) const = default;
};
BOOST_DESCRIBE_STRUCT(Milestone, (), (kind, date, end_date, by, people, at, description, sources))

} // namespace communique
