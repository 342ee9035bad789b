// SPDX-License-Identifier: BSL-1.0
// Checks that a dossier holds together beyond what reading it can check: that every value
// was set, every id is defined once and every reference names a record, that dates run
// forwards, and that parties, amounts, figures, agreements and corridors say coherent
// things. Reading never calls validate(): a document may be read, repaired and written
// again, and what to do about a warning is the caller's choice.
//
// What a report leaves out is never a problem: validate() reports what a dossier states
// that cannot be true (an error) or is probably a slip (a warning), never an absence.
#pragma once

#include <communique/detail/json_path.hpp>
#include <communique/detail/text.hpp>
#include <communique/detail/traits.hpp>
#include <communique/detail/value.hpp>
#include <communique/dossier.hpp>
#include <communique/enum_names.hpp>
#include <communique/json.hpp>
#include <communique/query.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_to_string.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace communique {

// An error is a statement the dossier cannot mean (a reference to no record, an end before
// its start); a warning is something that is probably a slip but may be what the sources say.
enum class Severity { error = 1, warning };
BOOST_DESCRIBE_ENUM(Severity, error, warning)

// The id of every check, stable across versions, so that tools can filter problems by it.
// docs/validation.md says what each one means.
namespace checks {

inline constexpr std::string_view unset_value = "unset-value";
inline constexpr std::string_view duplicate_id = "duplicate-id";
inline constexpr std::string_view dangling_reference = "dangling-reference";
inline constexpr std::string_view self_reference = "self-reference";
inline constexpr std::string_view reference_cycle = "reference-cycle";
inline constexpr std::string_view dates_out_of_order = "dates-out-of-order";
inline constexpr std::string_view outside_event_dates = "outside-event-dates";
inline constexpr std::string_view event_date_mismatch = "event-date-mismatch";
inline constexpr std::string_view history_out_of_order = "history-out-of-order";
inline constexpr std::string_view empty_text = "empty-text";
inline constexpr std::string_view invalid_party = "invalid-party";
inline constexpr std::string_view not_a_party = "not-a-party";
inline constexpr std::string_view repeated_entry = "repeated-entry";
inline constexpr std::string_view invalid_amount = "invalid-amount";
inline constexpr std::string_view invalid_figure = "invalid-figure";
inline constexpr std::string_view negative_amount = "negative-amount";
inline constexpr std::string_view invalid_term = "invalid-term";
inline constexpr std::string_view invalid_identifier = "invalid-identifier";
inline constexpr std::string_view invalid_url = "invalid-url";
inline constexpr std::string_view status_contradiction = "status-contradiction";
inline constexpr std::string_view edition_without_series = "edition-without-series";
inline constexpr std::string_view short_route = "short-route";
inline constexpr std::string_view country_not_listed = "country-not-listed";
inline constexpr std::string_view unexplained_role = "unexplained-role";

struct CheckInfo {
    std::string_view id{};
    communique::Severity severity{};
};

// Every check with the severity of every problem it reports.
inline constexpr std::array all{
    CheckInfo{unset_value, Severity::error},
    CheckInfo{duplicate_id, Severity::error},
    CheckInfo{dangling_reference, Severity::error},
    CheckInfo{self_reference, Severity::error},
    CheckInfo{reference_cycle, Severity::error},
    CheckInfo{dates_out_of_order, Severity::error},
    CheckInfo{outside_event_dates, Severity::error},
    CheckInfo{event_date_mismatch, Severity::warning},
    CheckInfo{history_out_of_order, Severity::warning},
    CheckInfo{empty_text, Severity::error},
    CheckInfo{invalid_party, Severity::error},
    CheckInfo{not_a_party, Severity::error},
    CheckInfo{repeated_entry, Severity::warning},
    CheckInfo{invalid_amount, Severity::error},
    CheckInfo{invalid_figure, Severity::error},
    CheckInfo{negative_amount, Severity::warning},
    CheckInfo{invalid_term, Severity::error},
    CheckInfo{invalid_identifier, Severity::error},
    CheckInfo{invalid_url, Severity::warning},
    CheckInfo{status_contradiction, Severity::warning},
    CheckInfo{edition_without_series, Severity::warning},
    CheckInfo{short_route, Severity::error},
    CheckInfo{country_not_listed, Severity::warning},
    CheckInfo{unexplained_role, Severity::warning},
};

// The severity of check `id`; error for an id that names no check.
constexpr communique::Severity severity_of(std::string_view id) noexcept
{
    for (const CheckInfo& check : all) {
        if (check.id == id) {
            return check.severity;
        }
    }
    return Severity::error;
}

} // namespace checks

struct Problem {
    std::string check{}; // one of communique::checks, such as "dangling-reference"
    std::string path{};  // RFC 6901 JSON Pointer into the dossier's JSON form
    std::string message{};
    communique::Severity severity = communique::Severity::error;

    bool operator==(const Problem&) const = default;
};
BOOST_DESCRIBE_STRUCT(Problem, (), (check, path, message, severity))

inline bool has_errors(const std::vector<Problem>& problems)
{
    return std::ranges::any_of(problems, [](const Problem& p) { return p.severity == Severity::error; });
}

namespace detail {

// A place in the dossier's JSON form, built one token at a time: `at / "sessions" / index`.
class PointerPath {
public:
    [[nodiscard]] PointerPath operator/(std::string_view key) const
    {
        PointerPath out = *this;
        out.segments_.push_back({std::string(key), 0, false});
        return out;
    }
    [[nodiscard]] PointerPath operator/(std::size_t index) const
    {
        PointerPath out = *this;
        out.segments_.push_back({std::string(), index, true});
        return out;
    }
    [[nodiscard]] std::string str() const { return JsonPath::pointer(segments_); }
    [[nodiscard]] const std::vector<JsonPath::Segment>& segments() const noexcept { return segments_; }

private:
    std::vector<JsonPath::Segment> segments_;
};

// Where `path` comes in a document of type T written by write(): the declaration index of
// each member and the index of each array element on the way. Comparing two positions
// lexicographically orders paths as the JSON text does, a value before what it contains.
template <class T>
void append_position(std::span<const JsonPath::Segment> path, std::vector<std::size_t>& position)
{
    if (path.empty()) {
        return;
    }
    if constexpr (is_optional<T>) {
        append_position<typename T::value_type>(path, position);
    } else if constexpr (is_vector<T>) {
        position.push_back(path.front().index);
        append_position<typename T::value_type>(path.subspan(1), position);
    } else if constexpr (described_struct<T>) {
        std::size_t index = 0;
        boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
            if (json_name<T>(member.name) == path.front().key) {
                position.push_back(index);
                append_position<member_type<T, decltype(member)>>(path.subspan(1), position);
            }
            ++index;
        });
    }
}

template <class T>
inline constexpr bool is_id = false;
template <class Tag>
inline constexpr bool is_id<Id<Tag>> = true;

template <class E>
bool is_enumerator(E value)
{
    return boost::describe::enum_to_string(value, nullptr) != nullptr;
}

// Whether a value holds something a check can compare: an unset value or a malformed party
// has its own problem, and is not reported again as a repeat or a mismatch.
template <class T>
bool is_set(const T& value)
{
    if constexpr (std::is_enum_v<T>) {
        return is_enumerator(value);
    } else if constexpr (std::same_as<T, Party>) {
        return value.country.has_value() != value.organization.has_value() &&
               (!value.organization || value.organization->has_value());
    } else if constexpr (may_be_unset<T>) {
        return value.has_value();
    } else {
        return true;
    }
}

inline std::string named(std::string_view noun, std::string_view id)
{
    return std::string(noun) + " " + quote(id);
}

inline std::string party_text(const Party& party)
{
    if (party.country) {
        return "country " + party.country->to_string();
    }
    return named("organization", party.organization ? party.organization->value() : "");
}

// A value as a message shows it: an enumerator's JSON name, a vocabulary type's string form.
template <class T>
std::string label(const T& value)
{
    if constexpr (std::is_enum_v<T>) {
        return std::string(enum_name(value));
    } else if constexpr (std::same_as<T, Party>) {
        return party_text(value);
    } else {
        return value.to_string();
    }
}

inline bool is_blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// ---- dates ----

// Imprecise dates compare by what they may stand for, so 2026-02 is not before 2026-02-12
// (it may mean 2026-02-20): `a` is surely before `b` only when no reading of the two dates
// puts it on or after `b`. A date that is not given (or not set) is before nothing.
inline bool surely_before(const std::optional<Date>& a, const std::optional<Date>& b)
{
    return a && b && a->has_value() && b->has_value() && a->latest() < b->earliest();
}

inline bool both_set(const std::optional<DateTime>& a, const std::optional<DateTime>& b)
{
    return a && b && a->has_value() && b->has_value();
}

// The days something may have covered: from the first day its start may stand for to the
// last day its end (or, for a one-day event, its start) may stand for.
struct DayRange {
    std::chrono::year_month_day first{};
    std::chrono::year_month_day last{};

    [[nodiscard]] bool inverted() const { return last < first; }
    [[nodiscard]] bool contains(std::chrono::year_month_day day) const { return first <= day && day <= last; }
    [[nodiscard]] bool overlaps(const Date& date) const
    {
        return !(date.latest() < first) && !(last < date.earliest());
    }
    [[nodiscard]] std::string text() const { return Date(first).to_string() + " to " + Date(last).to_string(); }
};

// The days of an event that gives its start_date. None when its dates run backwards: that
// is reported once, as dates-out-of-order, and not again for everything compared with them.
inline std::optional<DayRange> days_of(const std::optional<Date>& start, const std::optional<Date>& end)
{
    if (!start || !start->has_value() || (end && !end->has_value())) {
        return std::nullopt;
    }
    const DayRange days{start->earliest(), end.value_or(*start).latest()};
    return days.inverted() ? std::nullopt : std::optional<DayRange>(days);
}

inline std::chrono::year_month_day next_day(std::chrono::year_month_day day)
{
    return std::chrono::year_month_day{std::chrono::sys_days{day} + std::chrono::days{1}};
}

// ---- what validate() knows and finds ----

// The ids of one id space, each with the index of the record that defines it first.
struct IdRegistry {
    std::string_view noun{};  // "person", for messages
    std::string_view where{}; // "/people", for messages
    std::map<std::string, std::size_t, std::less<>> first_index{};
};

class Validation {
public:
    // Collecting the ids of the registries is also where duplicates show.
    explicit Validation(const Dossier& dossier) : dossier_(dossier), index_(dossier)
    {
        collect(sources, "sources", dossier.sources);
        collect(organizations, "organizations", dossier.organizations);
        collect(people, "people", dossier.people);
        collect(series, "series", dossier.series);
        collect(events, "events", dossier.events);
        collect(agreements, "agreements", dossier.agreements);
        collect(corridors, "corridors", dossier.corridors);
    }

    void report(std::string_view check, const PointerPath& at, std::string message)
    {
        std::vector<std::size_t> position;
        append_position<Dossier>(at.segments(), position);
        found_.push_back({std::move(position),
                          Problem{std::string(check), at.str(), std::move(message), checks::severity_of(check)}});
    }

    // The problems in document order; those at one path in the order they were found.
    std::vector<Problem> problems() &&
    {
        std::ranges::stable_sort(found_, {}, &Found::position);
        std::vector<Problem> out;
        out.reserve(found_.size());
        for (auto& f : found_) {
            out.push_back(std::move(f.what));
        }
        return out;
    }

    [[nodiscard]] const Dossier& dossier() const noexcept { return dossier_; }

    const IdRegistry& registry(const SourceId&) const { return sources; }
    const IdRegistry& registry(const OrganizationId&) const { return organizations; }
    const IdRegistry& registry(const PersonId&) const { return people; }
    const IdRegistry& registry(const SeriesId&) const { return series; }
    const IdRegistry& registry(const EventId&) const { return events; }
    const IdRegistry& registry(const AgreementId&) const { return agreements; }
    const IdRegistry& registry(const CorridorId&) const { return corridors; }

    // Look-ups by id; the first record of an id used twice.
    [[nodiscard]] const DossierIndex& index() const noexcept { return index_; }

    // Editions of each series met so far, with the path of the first event of each.
    std::map<std::pair<std::string, std::uint32_t>, std::string> editions;

private:
    struct Found {
        std::vector<std::size_t> position;
        Problem what;
    };

    template <class Record>
    void collect(IdRegistry& into, std::string_view member, const std::vector<Record>& records)
    {
        for (std::size_t i = 0; i < records.size(); ++i) {
            const auto& id = records[i].id;
            if (!id.has_value()) {
                continue; // unset-value
            }
            const auto [first, inserted] = into.first_index.try_emplace(id.value(), i);
            if (!inserted) {
                const PointerPath records_at = PointerPath() / member;
                report(checks::duplicate_id, records_at / i / "id",
                       "duplicate " + std::string(into.noun) + " id " + quote(id.value()) + ": already used at " +
                           (records_at / first->second / "id").str());
            }
        }
    }

    const Dossier& dossier_;
    DossierIndex index_;
    std::vector<Found> found_;

    IdRegistry sources{"source", "/sources", {}};
    IdRegistry organizations{"organization", "/organizations", {}};
    IdRegistry people{"person", "/people", {}};
    IdRegistry series{"series", "/series", {}};
    IdRegistry events{"event", "/events", {}};
    IdRegistry agreements{"agreement", "/agreements", {}};
    IdRegistry corridors{"corridor", "/corridors", {}};
};

// ---- organisations above and below one another ----

inline bool is_state_body(const std::optional<OrganizationKind>& kind)
{
    using enum OrganizationKind;
    // A body of unknown kind may be one: the report did not say otherwise.
    return !kind || *kind == government || *kind == ministry || *kind == government_agency || *kind == embassy ||
           *kind == consulate || *kind == parliament || *kind == head_of_state_office;
}

// Whether organisation `id`, or one it belongs to, is a state body of `country`: a
// ministry or an embassy signs for its state.
inline bool is_organ_of(const Validation& v, const OrganizationId& id, const CountryCode& country)
{
    std::vector<OrganizationId> chain = v.index().ancestors(id);
    chain.insert(chain.begin(), id);
    return std::ranges::any_of(chain, [&](const OrganizationId& link) {
        const Organization* organization = v.index().find(link);
        return organization && organization->country == country && is_state_body(organization->kind);
    });
}

// Whether someone acting for `side` acts for `party`: the same party, an organisation
// above or below it (a centre signing for its institute, or an institute for its centre),
// or a state body of a country that is the party.
inline bool acts_for(const Validation& v, const Party& side, const Party& party)
{
    if (side == party) {
        return true;
    }
    if (side.organization && party.organization) {
        const auto above_side = v.index().ancestors(*side.organization);
        const auto above_party = v.index().ancestors(*party.organization);
        return std::ranges::find(above_side, *party.organization) != above_side.end() ||
               std::ranges::find(above_party, *side.organization) != above_party.end();
    }
    if (side.organization && party.country) {
        return is_organ_of(v, *side.organization, *party.country);
    }
    if (side.country && party.organization) {
        return is_organ_of(v, *party.organization, *side.country);
    }
    return false;
}

// The ids from organisation `index` up through its parents and back to it, when it is its
// own ancestor and comes first in the dossier among the organisations of that cycle, so
// that each cycle is reported once.
inline std::optional<std::vector<std::string>> parent_cycle(const Validation& v, std::size_t index)
{
    const auto& organizations = v.dossier().organizations;
    const OrganizationId& start = organizations[index].id;
    if (v.index().find(start) != &organizations[index]) {
        return std::nullopt; // unset or a duplicate: reported as such
    }
    std::vector<std::string> chain{start.value()};
    std::optional<OrganizationId> parent = organizations[index].parent;
    while (parent && chain.size() <= organizations.size()) {
        if (*parent == start) {
            chain.push_back(start.value());
            return chain;
        }
        const Organization* next = v.index().find(*parent);
        // An unknown parent ends the chain; an earlier one reports the cycle, if any, itself.
        if (next == nullptr || next < &organizations[index]) {
            return std::nullopt;
        }
        chain.push_back(parent->value());
        parent = next->parent;
    }
    return std::nullopt;
}

inline void check_parent_cycles(Validation& v)
{
    const auto& organizations = v.dossier().organizations;
    for (std::size_t i = 0; i < organizations.size(); ++i) {
        if (const auto cycle = parent_cycle(v, i)) {
            std::string chain;
            for (const auto& id : *cycle) {
                chain += (chain.empty() ? "" : " -> ") + quote(id);
            }
            v.report(checks::reference_cycle, PointerPath() / "organizations" / i / "parent",
                     named("organization", organizations[i].id.value()) + " is its own ancestor: " + chain);
        }
    }
}

// ---- pieces shared by several records ----

inline void check_text(Validation& v, const PointerPath& at, std::string_view text, const std::string& owner,
                       std::string_view member)
{
    if (is_blank(text)) {
        v.report(checks::empty_text, at, owner + " has an empty " + std::string(member));
    }
}

inline void check_end(Validation& v, const PointerPath& end_at, const std::optional<Date>& start,
                      const std::optional<Date>& end, const std::string& owner)
{
    if (surely_before(end, start)) {
        v.report(checks::dates_out_of_order, end_at,
                 owner + " ends (" + end->to_string() + ") before it starts (" + start->to_string() + ")");
    }
}

// A date tied to an event ("signed at", "founded at") that falls outside the event's days
// points to the wrong event or a wrong date; but an event record may cover only the main
// day of a longer visit, so it is only a warning.
inline void check_during_event(Validation& v, const PointerPath& at, const std::optional<Date>& date,
                               const std::optional<EventId>& event_id, const std::string& what)
{
    const Event* event = event_id ? v.index().find(*event_id) : nullptr;
    if (!event || !date || !date->has_value()) {
        return;
    }
    if (const auto days = days_of(event->start_date, event->end_date); days && !days->overlaps(*date)) {
        v.report(checks::event_date_mismatch, at,
                 what + " " + date->to_string() + ", outside the dates of " + named("event", event_id->value()) + " (" +
                     days->text() + ")");
    }
}

// The index of the first element equal to values[index], if one comes before it.
template <class T>
std::optional<std::size_t> earlier_occurrence(const std::vector<T>& values, std::size_t index)
{
    const auto end = values.begin() + static_cast<std::ptrdiff_t>(index);
    const auto first = std::find(values.begin(), end, values[index]);
    return first == end ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(first - values.begin()));
}

// Listing a thing twice adds nothing, so the second entry was probably meant to be another.
template <class T>
void check_repeats(Validation& v, const PointerPath& at, const std::vector<T>& values, const std::string& owner,
                   std::string_view noun)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!is_set(values[i])) {
            continue;
        }
        if (const auto first = earlier_occurrence(values, i)) {
            v.report(checks::repeated_entry, at / i,
                     owner + " lists " + std::string(noun) + " " + label(values[i]) + " twice: first at " +
                         (at / *first).str());
        }
    }
}

// One person in two roles is two parts, as the model intends; the same part twice is a slip.
inline void check_speakers(Validation& v, const PointerPath& at, const std::vector<Speaker>& speakers,
                           const std::string& owner)
{
    std::map<std::pair<std::string, std::optional<Role>>, std::size_t> seen;
    for (std::size_t i = 0; i < speakers.size(); ++i) {
        const Speaker& speaker = speakers[i];
        if (!speaker.person.has_value() || (speaker.role && !is_enumerator(*speaker.role))) {
            continue;
        }
        const auto [first, inserted] = seen.try_emplace({speaker.person.value(), speaker.role}, i);
        if (!inserted) {
            v.report(checks::repeated_entry, at / i,
                     named("person", speaker.person.value()) + " has the same part twice (" +
                         (speaker.role ? "as " + label(*speaker.role) : std::string("with no role")) + ") in " + owner +
                         ": first at " + (at / first->second).str());
        }
    }
}

inline bool is_wikidata_item(std::string_view value)
{
    return value.size() >= 2 && value[0] == 'Q' && value[1] != '0' &&
           std::ranges::all_of(value.substr(1), [](char c) { return is_digit(c); });
}

inline bool is_web_url(std::string_view url)
{
    for (std::string_view scheme : {"http://", "https://"}) {
        if (url.starts_with(scheme) && url.size() > scheme.size()) {
            return true;
        }
    }
    return false;
}

// ---- the checks of each type, wherever a value of it appears ----

// Values with no checks of their own, and the leaves of the dossier: a value that write()
// refuses as never set, and a reference to no record.
template <class T>
void check(Validation& v, const PointerPath& at, const T& value)
{
    if constexpr (described_enum<T>) {
        if (!is_enumerator(value)) {
            v.report(checks::unset_value, at,
                     "enum value " + std::to_string(static_cast<std::underlying_type_t<T>>(value)) +
                         " is no enumerator (expected " + enumerator_list<T>() + "): a member never set is 0");
        }
    } else if constexpr (is_id<T>) {
        const IdRegistry& registry = v.registry(value);
        if (!value.has_value()) {
            v.report(checks::unset_value, at,
                     "empty " + std::string(registry.noun) + " id: an id that was never set names nothing");
        } else if (!registry.first_index.contains(value.value())) {
            // A record's own id is in its registry, so only references can be unknown.
            v.report(checks::dangling_reference, at,
                     "unknown " + named(registry.noun, value.value()) + ": no record in " +
                         std::string(registry.where) + " has this id");
        }
    } else if constexpr (may_be_unset<T>) {
        if (!value.has_value()) {
            v.report(checks::unset_value, at,
                     "no value was set: a member that the sources do not give is left out, not default-constructed");
        }
    }
}

// "Exactly one of the two", wherever a party appears: to an agreement, a side of an event,
// a member of an organisation, those a person acts for.
inline void check(Validation& v, const PointerPath& at, const Party& party)
{
    if (party.country && party.organization) {
        v.report(checks::invalid_party, at,
                 "party names both country " + party.country->to_string() + " and " +
                     named("organization", party.organization->value()) + ": expected exactly one");
    } else if (!party.country && !party.organization) {
        v.report(checks::invalid_party, at, "party names neither a country nor an organization: expected exactly one");
    }
}

inline void check(Validation& v, const PointerPath& at, const Amount& amount)
{
    const bool range = amount.min || amount.max;
    if (!amount.value && !range) {
        v.report(checks::invalid_amount, at, "amount has neither a value nor a range: expected one");
    } else if (amount.value && range) {
        v.report(checks::invalid_amount, at, "amount has both a value and a range: expected one");
    } else if (range && !(amount.min && amount.max)) {
        v.report(checks::invalid_amount, at,
                 std::string("amount has a ") + (amount.min ? "min without a max" : "max without a min") +
                     ": a range has both; \"at least 40\" is a value with the qualifier at_least");
    } else if (range) {
        if (amount.min->has_value() && amount.max->has_value() && compare(*amount.min, *amount.max) > 0) {
            v.report(checks::invalid_amount, at / "max",
                     "amount range runs backwards: max " + amount.max->to_string() + " is less than min " +
                         amount.min->to_string());
        }
        // "about 8-10" is a range; "more than 8-10" says nothing a range can hold.
        if (amount.qualifier && is_enumerator(*amount.qualifier) && *amount.qualifier != Qualifier::approximately) {
            v.report(checks::invalid_amount, at / "qualifier",
                     "amount range is qualified " + label(*amount.qualifier) + ": a range may only be approximately");
        }
    }
}

// Counts, lengths and capacities are never below zero; money (a balance) and percentages
// (a change) may be.
inline bool may_be_negative(const Figure& figure)
{
    return !figure.unit || *figure.unit == Unit::percent;
}

inline void check_not_negative(Validation& v, const PointerPath& at, const std::optional<Amount>& amount,
                               const std::string& name)
{
    if (!amount) {
        return;
    }
    for (const auto& [member, bound] :
         {std::pair{"value", &amount->value}, std::pair{"min", &amount->min}, std::pair{"max", &amount->max}}) {
        if (*bound && (*bound)->has_value() && (*bound)->coefficient() < 0) {
            v.report(checks::negative_amount, at / member,
                     name + " is negative (" + (*bound)->to_string() + ") in a unit that counts or measures");
        }
    }
}

inline void check(Validation& v, const PointerPath& at, const Figure& figure)
{
    const std::string name = named("figure", figure.measure);
    if (is_blank(figure.measure)) {
        v.report(checks::empty_text, at / "measure", "figure has an empty measure");
    }
    if (figure.currency && figure.unit) {
        v.report(checks::invalid_figure, at,
                 name + " has both currency " + figure.currency->to_string() + " and unit " + label(*figure.unit) +
                     ": money has a currency, a quantity a unit");
    }
    // What a number was before a change says nothing without the number after it.
    if (!figure.amount) {
        if (figure.previous) {
            v.report(checks::invalid_figure, at / "previous", name + " has a previous amount but no amount");
        }
        if (figure.previous_as_of) {
            v.report(checks::invalid_figure, at / "previous_as_of", name + " has a previous_as_of but no amount");
        }
    }
    if (surely_before(figure.as_of, figure.previous_as_of)) {
        v.report(checks::dates_out_of_order, at / "previous_as_of",
                 name + " held its previous amount on " + figure.previous_as_of->to_string() + ", after its amount (" +
                     figure.as_of->to_string() + ")");
    }
    if (!may_be_negative(figure)) {
        check_not_negative(v, at / "amount", figure.amount, name);
        check_not_negative(v, at / "previous", figure.previous, name);
    }
}

inline void check(Validation& v, const PointerPath& at, const ExternalId& identifier)
{
    if (is_blank(identifier.value)) {
        v.report(checks::empty_text, at / "value", "identifier has an empty value");
    } else if (identifier.scheme == IdScheme::wikidata && !is_wikidata_item(identifier.value)) {
        v.report(checks::invalid_identifier, at / "value",
                 "invalid Wikidata identifier " + quote(identifier.value) +
                     ": expected Q followed by digits without a leading zero, such as Q1");
    }
}

inline void check(Validation& v, const PointerPath& at, const Speaker& speaker)
{
    const std::string name = named("person", speaker.person.value());
    if (speaker.role == Role::other && !speaker.role_label) {
        v.report(checks::unexplained_role, at / "role",
                 name + " has role other and no role_label saying what the role is");
    }
    if (speaker.accompanying && speaker.person.has_value() && *speaker.accompanying == speaker.person) {
        v.report(checks::self_reference, at / "accompanying", name + " accompanies themselves");
    }
}

inline void check(Validation& v, const PointerPath& at, const Source& source)
{
    const std::string name = named("source", source.id.value());
    // A reader follows a source's url to check the facts, so it must lead somewhere.
    if (source.url && !is_web_url(*source.url)) {
        v.report(checks::invalid_url, at / "url",
                 "url " + quote(*source.url) + " of " + name + " is not an absolute http or https URL");
    }
    for (std::size_t i = 0; i < source.cites.size(); ++i) {
        if (source.id.has_value() && source.cites[i] == source.id) {
            v.report(checks::self_reference, at / "cites" / i, name + " cites itself");
        }
    }
}

inline void check(Validation& v, const PointerPath& at, const Organization& organization)
{
    const std::string name = named("organization", organization.id.value());
    check_text(v, at / "name", organization.name, name, "name");
    for (std::size_t i = 0; i < organization.members.size(); ++i) {
        const Membership& membership = organization.members[i];
        const PointerPath member_at = at / "members" / i;
        // A state that was an observer and then a member, or a member twice over two spells,
        // has two memberships; the same membership twice is a slip.
        if (is_set(membership.party)) {
            if (const auto first = earlier_occurrence(organization.members, i)) {
                v.report(checks::repeated_entry, member_at,
                         name + " lists member " + party_text(membership.party) + " twice: first at " +
                             (at / "members" / *first).str());
            }
        }
        if (organization.id.has_value() && membership.party.organization == organization.id) {
            v.report(checks::self_reference, member_at / "party" / "organization", name + " is a member of itself");
        }
        check_end(v, member_at / "until", membership.since, membership.until,
                  "the membership of " + party_text(membership.party) + " in " + name);
    }
    check_during_event(v, at / "founded", organization.founded, organization.founded_at, name + " was founded on");
}

inline void check_position(Validation& v, const PointerPath& at, const Position& position, const std::string& person)
{
    const std::string name = "position " + quote(position.title) + " of " + person;
    check_text(v, at / "title", position.title, person + "'s position", "title");
    check_end(v, at / "end", position.start, position.end, name);
    if (position.tenure == Tenure::current && surely_before(position.end, position.as_of)) {
        v.report(checks::status_contradiction, at / "tenure",
                 name + " is current as of " + position.as_of->to_string() + " but ended " + position.end->to_string());
    }
}

inline void check(Validation& v, const PointerPath& at, const Person& person)
{
    const std::string name = named("person", person.id.value());
    if (person.name) {
        check_text(v, at / "name", *person.name, name, "name");
    }
    for (std::size_t i = 0; i < person.positions.size(); ++i) {
        check_position(v, at / "positions" / i, person.positions[i], name);
    }
}

inline void check(Validation& v, const PointerPath& at, const Series& series)
{
    check_text(v, at / "name", series.name, named("series", series.id.value()), "name");
}

// ---- events and their sessions ----

// A session's times are compared with the event's days as local dates, as the report gives
// them. A session may run past midnight (a dinner on the last day), so its end may fall on
// the day after the event's last day, but no later.
inline void check_session_dates(Validation& v, const PointerPath& at, const Session& session, const std::string& event,
                                const DayRange& days)
{
    const std::string within = " is outside the dates of " + event + " (" + days.text() + ")";
    if (session.date && session.date->has_value() && !days.overlaps(*session.date)) {
        v.report(checks::outside_event_dates, at / "date", "session date " + session.date->to_string() + within);
    }
    if (session.start && session.start->has_value() && !days.contains(session.start->date().earliest())) {
        v.report(checks::outside_event_dates, at / "start", "session start " + session.start->to_string() + within);
    }
    if (session.end && session.end->has_value() &&
        !DayRange{days.first, next_day(days.last)}.contains(session.end->date().earliest())) {
        v.report(checks::outside_event_dates, at / "end",
                 "session end " + session.end->to_string() + within + " or the night after it");
    }
}

// An event's own times are local date-times within its days, as a session's are: its start
// on one of them, its end on one of them or the night after the last.
inline void check_event_times(Validation& v, const PointerPath& at, const Event& event, const std::string& name,
                              const DayRange& days)
{
    const std::string within = " is outside its dates (" + days.text() + ")";
    if (event.start && event.start->has_value() && !days.contains(event.start->date().earliest())) {
        v.report(checks::outside_event_dates, at / "start",
                 "the start " + event.start->to_string() + " of " + name + within);
    }
    if (event.end && event.end->has_value() &&
        !DayRange{days.first, next_day(days.last)}.contains(event.end->date().earliest())) {
        v.report(checks::outside_event_dates, at / "end",
                 "the end " + event.end->to_string() + " of " + name + within + " or the night after them");
    }
}

inline void check(Validation& v, const PointerPath& at, const Session& session)
{
    const std::string name = session.title ? named("session", *session.title) : std::string("session");
    if (session.date && session.date->has_value() && session.start && session.start->has_value() &&
        !DayRange{session.date->earliest(), session.date->latest()}.contains(session.start->date().earliest())) {
        v.report(checks::outside_event_dates, at / "start",
                 name + " starts (" + session.start->to_string() + ") on another day than its date (" +
                     session.date->to_string() + ")");
    }
    if (both_set(session.start, session.end) && session.end->utc() < session.start->utc()) {
        v.report(checks::dates_out_of_order, at / "end",
                 name + " ends (" + session.end->to_string() + ") before it starts (" + session.start->to_string() +
                     ")");
    }
    check_speakers(v, at / "speakers", session.speakers, "one " + name);
}

inline void check(Validation& v, const PointerPath& at, const Event& event)
{
    const std::string name = named("event", event.id.value());
    check_text(v, at / "title", event.title, name, "title");
    check_end(v, at / "end_date", event.start_date, event.end_date, name);
    if (both_set(event.start, event.end) && event.end->utc() < event.start->utc()) {
        v.report(checks::dates_out_of_order, at / "end",
                 name + " ends (" + event.end->to_string() + ") before it starts (" + event.start->to_string() + ")");
    }
    if (event.series && event.series->has_value() && event.edition) {
        const auto [first, inserted] =
            v.editions.try_emplace({event.series->value(), *event.edition}, (at / "edition").str());
        if (!inserted) {
            v.report(checks::repeated_entry, at / "edition",
                     name + " is edition " + std::to_string(*event.edition) + " of " +
                         named("series", event.series->value()) + ", as is the event at " + first->second);
        }
    } else if (event.edition && !event.series) {
        v.report(checks::edition_without_series, at / "edition",
                 name + " has edition " + std::to_string(*event.edition) + " but no series it is an edition of");
    }
    for (std::size_t i = 0; i < event.related.size(); ++i) {
        if (event.id.has_value() && event.related[i].event == event.id) {
            v.report(checks::self_reference, at / "related" / i / "event", name + " is related to itself");
        }
    }
    check_repeats(v, at / "sides", event.sides, name, "side");
    check_speakers(v, at / "speakers", event.speakers, name);
    // Sessions numbered alike ("Working Session I" twice) are probably one session entered twice.
    std::map<std::pair<std::optional<SessionKind>, std::uint32_t>, std::size_t> numbers;
    const auto days = days_of(event.start_date, event.end_date);
    if (days) {
        check_event_times(v, at, event, name, *days);
    }
    for (std::size_t i = 0; i < event.sessions.size(); ++i) {
        const Session& session = event.sessions[i];
        const PointerPath session_at = at / "sessions" / i;
        if (session.number && (!session.kind || is_enumerator(*session.kind))) {
            const auto [first, inserted] = numbers.try_emplace({session.kind, *session.number}, i);
            if (!inserted) {
                v.report(checks::repeated_entry, session_at / "number",
                         name + " has two " + (session.kind ? label(*session.kind) + " sessions" : "sessions") +
                             " numbered " + std::to_string(*session.number) + ": first at " +
                             (at / "sessions" / first->second / "number").str());
            }
        }
        if (days) {
            check_session_dates(v, session_at, session, name, *days);
        }
    }
}

// ---- agreements ----

inline bool is_before_signature(const std::optional<AgreementStatus>& status)
{
    return status == AgreementStatus::proposed || status == AgreementStatus::under_negotiation;
}

inline void check_signatory(Validation& v, const PointerPath& at, const Signatory& signatory,
                            const Agreement& agreement, const std::string& name)
{
    const std::string who = "signatory " + quote(signatory.person.value()) + " of " + name;
    // Not saying for whom someone signed, or which parties an agreement has, is no problem.
    if (signatory.on_behalf_of && is_set(*signatory.on_behalf_of) && !agreement.parties.empty() &&
        std::ranges::none_of(agreement.parties,
                             [&](const Party& party) { return acts_for(v, *signatory.on_behalf_of, party); })) {
        v.report(checks::not_a_party, at / "on_behalf_of",
                 who + " acts for " + party_text(*signatory.on_behalf_of) +
                     ", which is not a party to it (nor above, below or a state body of one)");
    }
    // A multilateral agreement is signed first on its signed_date and by others later, never earlier.
    if (surely_before(signatory.date, agreement.signed_date)) {
        v.report(checks::dates_out_of_order, at / "date",
                 who + " signed on " + signatory.date->to_string() + ", before its signed_date " +
                     agreement.signed_date->to_string());
    }
}

inline bool is_duration(Unit unit)
{
    using enum Unit;
    return unit == minute || unit == hour || unit == day || unit == week || unit == month || unit == year;
}

inline void check_term(Validation& v, const PointerPath& at, const Quantity& term, const std::string& name)
{
    if (is_enumerator(term.unit) && !is_duration(term.unit)) {
        v.report(checks::invalid_term, at / "unit",
                 "the term of " + name + " is in " + label(term.unit) +
                     ": expected a duration in minute, hour, day, week, month or year");
    }
    if (term.value.has_value() && term.value.coefficient() <= 0) {
        v.report(checks::invalid_term, at / "value",
                 "the term of " + name + " is " + term.value.to_string() + ": expected more than 0");
    }
}

inline void check(Validation& v, const PointerPath& at, const Agreement& agreement)
{
    const std::string name = named("agreement", agreement.id.value());
    check_text(v, at / "title", agreement.title, name, "title");
    check_repeats(v, at / "parties", agreement.parties, name, "party");
    for (std::size_t i = 0; i < agreement.signatories.size(); ++i) {
        check_signatory(v, at / "signatories" / i, agreement.signatories[i], agreement, name);
    }
    check_repeats(v, at / "witnesses", agreement.witnesses, name, "witness");
    if (agreement.signed_date && is_before_signature(agreement.status)) {
        v.report(checks::status_contradiction, at / "signed_date",
                 name + " has a signed_date but its status is " + label(*agreement.status));
    }
    check_during_event(v, at / "signed_date", agreement.signed_date, agreement.signed_at, name + " was signed on");
    // Consent to be bound follows the signature (or, for accession, comes without one).
    for (std::size_t i = 0; i < agreement.ratifications.size(); ++i) {
        const Ratification& ratification = agreement.ratifications[i];
        if (surely_before(ratification.date, agreement.signed_date)) {
            v.report(checks::dates_out_of_order, at / "ratifications" / i / "date",
                     "the " + label(ratification.kind.value_or(ConsentKind::ratification)) + " of " + name + " by " +
                         party_text(ratification.party) + " (" + ratification.date->to_string() +
                         ") is before its signed_date " + agreement.signed_date->to_string());
        }
    }
    // A text enters into force after it is adopted and signed. Its other dates (the date it
    // bears, its announcement) come before or after the signature, as reports show.
    for (const auto& [step, date] :
         {std::pair{"signed", &agreement.signed_date}, std::pair{"adopted", &agreement.adopted_date}}) {
        if (surely_before(agreement.in_force_date, *date)) {
            v.report(checks::dates_out_of_order, at / "in_force_date",
                     name + " enters into force (" + agreement.in_force_date->to_string() + ") before it is " + step +
                         " (" + (*date)->to_string() + ")");
        }
    }
    if (agreement.in_force_date && is_before_signature(agreement.status)) {
        v.report(checks::status_contradiction, at / "in_force_date",
                 name + " has an in_force_date but its status is " + label(*agreement.status));
    }
    if (agreement.term) {
        check_term(v, at / "term", *agreement.term, name);
    }
    // The period it applies to runs forwards ("for 2025-2027"). Neither end is compared with
    // the signature or the entry into force (a programme may be adopted for years already
    // begun), nor is any milestone of its history (reports record steps after the signature).
    if (surely_before(agreement.applies_until, agreement.applies_from)) {
        v.report(checks::dates_out_of_order, at / "applies_until",
                 name + " applies until " + agreement.applies_until->to_string() + ", before it applies from " +
                     agreement.applies_from->to_string());
    }
    for (std::size_t i = 0; i < agreement.related.size(); ++i) {
        if (agreement.id.has_value() && agreement.related[i].agreement == agreement.id) {
            v.report(checks::self_reference, at / "related" / i / "agreement", name + " is related to itself");
        }
    }
}

// ---- milestones and corridors ----

// A milestone of a corridor's history or of an agreement's: "negotiated from 2002 to 2005".
inline void check(Validation& v, const PointerPath& at, const Milestone& milestone)
{
    check_end(v, at / "end_date", milestone.date, milestone.end_date, "the " + label(milestone.kind) + " milestone");
    check_during_event(v, at / "date", milestone.date, milestone.at,
                       "the " + label(milestone.kind) + " milestone is dated");
}

// The history is in order, so a milestone dated before the one listed before it is out of
// place, or misdated; and a project cannot be due for completion before it was first
// proposed or its construction began.
inline void check_history(Validation& v, const PointerPath& at, const Corridor& corridor, const std::string& name)
{
    std::optional<std::size_t> previous;
    std::optional<std::size_t> beginning; // the first milestone of kind proposed or construction_start
    for (std::size_t i = 0; i < corridor.history.size(); ++i) {
        const Milestone& milestone = corridor.history[i];
        if (!milestone.date || !milestone.date->has_value()) {
            continue;
        }
        if (previous && surely_before(milestone.date, corridor.history[*previous].date)) {
            v.report(checks::history_out_of_order, at / "history" / i / "date",
                     "a milestone of " + name + " is dated " + milestone.date->to_string() +
                         ", before the one listed before it (" + corridor.history[*previous].date->to_string() + ")");
        }
        previous = i;
        if ((milestone.kind == MilestoneKind::proposed || milestone.kind == MilestoneKind::construction_start) &&
            (!beginning || surely_before(milestone.date, corridor.history[*beginning].date))) {
            beginning = i;
        }
    }
    if (beginning && surely_before(corridor.target_completion, corridor.history[*beginning].date)) {
        const Milestone& milestone = corridor.history[*beginning];
        v.report(checks::history_out_of_order, at / "target_completion",
                 name + " is due for completion by " + corridor.target_completion->to_string() + ", before its " +
                     label(milestone.kind) + " milestone (" + milestone.date->to_string() + ")");
    }
}

inline void check(Validation& v, const PointerPath& at, const Corridor& corridor)
{
    const std::string name = named("corridor", corridor.id.value());
    check_text(v, at / "name", corridor.name, name, "name");
    check_repeats(v, at / "modes", corridor.modes, name, "mode");
    check_repeats(v, at / "carries", corridor.carries, name, "traffic");
    // No route at all means the sources do not give it; one waypoint is a route cut short.
    if (corridor.route.size() == 1) {
        v.report(checks::short_route, at / "route",
                 name + " has a route of one waypoint: expected at least two, or none when unknown");
    }
    for (std::size_t i = 0; i < corridor.route.size(); ++i) {
        const Waypoint& waypoint = corridor.route[i];
        check_text(v, at / "route" / i / "name", waypoint.name, "a waypoint of " + name, "name");
        if (waypoint.country && !corridor.countries.empty() &&
            std::ranges::find(corridor.countries, *waypoint.country) == corridor.countries.end()) {
            v.report(checks::country_not_listed, at / "route" / i / "country",
                     "waypoint " + quote(waypoint.name) + " of " + name + " is in " + waypoint.country->to_string() +
                         ", which is not among the corridor's countries");
        }
    }
    check_history(v, at, corridor, name);
    check_repeats(v, at / "countries", corridor.countries, name, "country");
}

// Visits every value of the dossier as write() does (members in declaration order, present
// optionals, array elements), checking each with the `check` for its type.
template <class T>
void walk(Validation& v, const PointerPath& at, const T& value)
{
    if constexpr (is_optional<T>) {
        if (value) {
            walk(v, at, *value);
        }
    } else if constexpr (is_vector<T>) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            walk(v, at / i, value[i]);
        }
    } else {
        check(v, at, value);
        if constexpr (described_struct<T>) {
            boost::mp11::mp_for_each<public_members<T>>(
                [&](auto member) { walk(v, at / json_name<T>(member.name), value.*member.pointer); });
        }
    }
}

} // namespace detail

// Every problem found in `dossier`, in the order of their paths in its JSON form. An empty
// result means the dossier is coherent as far as these checks go (docs/validation.md).
inline std::vector<Problem> validate(const Dossier& dossier)
{
    detail::Validation v(dossier);
    detail::check_parent_cycles(v);
    detail::walk(v, detail::PointerPath(), dossier);
    return std::move(v).problems();
}

} // namespace communique
