// Checks that a dossier holds together beyond what reading it can check: that every id is
// defined once and every reference names a record, that dates run forwards, that agreements,
// corridors and figures say coherent things. Reading never calls validate(): a document may
// be read, repaired and written again, and what to do about a warning is the caller's choice.
#pragma once

#include <communique/detail/json_path.hpp>
#include <communique/detail/text.hpp>
#include <communique/detail/traits.hpp>
#include <communique/dossier.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>
#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace communique {

// An error is a statement the dossier cannot mean (a reference to no record, an end before
// its start); a warning is something that is probably a slip but may be what the sources say.
enum class severity { error, warning };
BOOST_DESCRIBE_ENUM(severity, error, warning)

struct problem {
    std::string path; // RFC 6901 JSON Pointer into the dossier's JSON form
    std::string message;
    communique::severity severity = communique::severity::error;

    bool operator==(const problem&) const = default;
};
BOOST_DESCRIBE_STRUCT(problem, (), (path, message, severity))

inline bool has_errors(const std::vector<problem>& problems)
{
    return std::ranges::any_of(problems, [](const problem& p) { return p.severity == severity::error; });
}

namespace detail {

// A JSON Pointer built one token at a time: `at / "sessions" / index / "number"`.
class pointer_path {
public:
    [[nodiscard]] pointer_path operator/(std::string_view key) const
    {
        pointer_path out = *this;
        append_pointer_token(out.text_, key);
        return out;
    }
    [[nodiscard]] pointer_path operator/(std::size_t index) const { return *this / std::to_string(index); }
    [[nodiscard]] const std::string& str() const noexcept { return text_; }

private:
    std::string text_;
};

// The ids of one id space, each with the path of the record that defines it first.
struct id_registry {
    std::string_view noun;  // "person", for messages
    std::string_view where; // "/people", for messages
    std::map<std::string, std::string, std::less<>> first_path;
};

// The days an event may have covered: from the first day its start may stand for to the
// last day its end (or, for a one-day event, its start) may stand for.
struct day_range {
    std::chrono::year_month_day first;
    std::chrono::year_month_day last;

    [[nodiscard]] bool inverted() const { return last < first; }
    [[nodiscard]] bool contains(std::chrono::year_month_day day) const { return first <= day && day <= last; }
    [[nodiscard]] bool overlaps(const Date& date) const
    {
        return !(date.latest() < first) && !(last < date.earliest());
    }
};

inline day_range days_of(const Date& start, const std::optional<Date>& end)
{
    return {start.earliest(), end.value_or(start).latest()};
}

inline std::string day_text(std::chrono::year_month_day day)
{
    return Date(day).to_string();
}

inline std::string days_text(const day_range& days)
{
    return day_text(days.first) + " to " + day_text(days.last);
}

// Imprecise dates compare by what they may stand for, so 2026-02 is not before 2026-02-12
// (it may mean 2026-02-20): `a` is surely before `b` only when no reading of the two
// dates puts it on or after `b`.
inline bool surely_before(const Date& a, const Date& b)
{
    return a.latest() < b.earliest();
}

template <class E>
std::string enum_name(E value)
{
    return std::string(json_name(boost::describe::enum_to_string(value, "?")));
}

// A value as a message shows it: an enumerator's JSON name, a vocabulary type's string form.
template <class T>
std::string label(const T& value)
{
    if constexpr (std::is_enum_v<T>) {
        return enum_name(value);
    } else {
        return value.to_string();
    }
}

inline std::string named(std::string_view noun, std::string_view id)
{
    return std::string(noun) + " " + quote(id);
}

inline bool is_blank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Everything validate() learns before the walk (which ids exist, where each first
// appears) and everything it finds during it.
class validation {
public:
    explicit validation(const Dossier& dossier) : dossier_(dossier)
    {
        const pointer_path root;
        collect(sources, root / "sources", dossier.sources);
        collect(organizations, root / "organizations", dossier.organizations);
        collect(people, root / "people", dossier.people);
        collect(events, root / "events", dossier.events);
        collect(events, root / "conferences", dossier.conferences);
        collect(agreements, root / "agreements", dossier.agreements);
        collect(corridors, root / "corridors", dossier.corridors);
        for (std::size_t i = 0; i < dossier.organizations.size(); ++i) {
            if (!dossier.organizations[i].id.value().empty()) {
                organization_index.try_emplace(dossier.organizations[i].id.value(), i);
            }
        }
        for (const auto& event : dossier.events) {
            add_event_days(event);
        }
        for (const auto& conference : dossier.conferences) {
            add_event_days(conference);
        }
    }

    void report(const pointer_path& at, std::string message, severity level = severity::error)
    {
        found.push_back({at.str(), std::move(message), level});
    }

    [[nodiscard]] const Dossier& dossier() const noexcept { return dossier_; }

    id_registry& registry(const SourceId&) { return sources; }
    id_registry& registry(const OrganizationId&) { return organizations; }
    id_registry& registry(const PersonId&) { return people; }
    id_registry& registry(const EventId&) { return events; }
    id_registry& registry(const AgreementId&) { return agreements; }
    id_registry& registry(const CorridorId&) { return corridors; }

    id_registry sources{"source", "/sources", {}};
    id_registry organizations{"organization", "/organizations", {}};
    id_registry people{"person", "/people", {}};
    id_registry events{"event", "/events or /conferences", {}}; // one id space for both
    id_registry agreements{"agreement", "/agreements", {}};
    id_registry corridors{"corridor", "/corridors", {}};
    std::map<std::string, std::size_t, std::less<>> organization_index; // first record of each id
    std::map<std::string, day_range, std::less<>> event_days;
    std::vector<problem> found;

private:
    template <class Record>
    static void collect(id_registry& into, const pointer_path& at, const std::vector<Record>& records)
    {
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (!records[i].id.value().empty()) {
                into.first_path.try_emplace(records[i].id.value(), (at / i / "id").str());
            }
        }
    }

    template <class Record>
    void add_event_days(const Record& record)
    {
        if (!record.id.value().empty()) {
            event_days.try_emplace(record.id.value(), days_of(record.start_date, record.end_date));
        }
    }

    const Dossier& dossier_;
};

// ---- ids and references ----

template <class Tag>
void check_id(validation& v, const pointer_path& at, const Id<Tag>& id)
{
    const id_registry& registry = v.registry(id);
    if (id.value().empty()) {
        v.report(at, "empty " + std::string(registry.noun) + " id");
        return;
    }
    const std::string& first = registry.first_path.find(id.value())->second;
    if (first != at.str()) {
        v.report(at,
                 "duplicate " + std::string(registry.noun) + " id " + quote(id.value()) + ": already used at " + first);
    }
}

template <class Tag>
void check_reference(validation& v, const pointer_path& at, const Id<Tag>& id)
{
    const id_registry& registry = v.registry(id);
    if (id.value().empty()) {
        v.report(at, "empty " + std::string(registry.noun) + " reference: expected the id of a record in " +
                         std::string(registry.where));
    } else if (!registry.first_path.contains(id.value())) {
        v.report(at, "unknown " + named(registry.noun, id.value()) + ": no record in " + std::string(registry.where) +
                         " has this id");
    }
}

template <class Tag>
void check_reference(validation& v, const pointer_path& at, const std::optional<Id<Tag>>& id)
{
    if (id) {
        check_reference(v, at, *id);
    }
}

template <class Tag>
void check_references(validation& v, const pointer_path& at, const std::vector<Id<Tag>>& ids)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        check_reference(v, at / i, ids[i]);
    }
}

// ---- pieces shared by several records ----

inline void check_text(validation& v, const pointer_path& at, std::string_view text, const std::string& owner,
                       std::string_view member)
{
    if (is_blank(text)) {
        v.report(at, owner + " has an empty " + std::string(member));
    }
}

inline void check_dates(validation& v, const pointer_path& end_at, const Date& start, const std::optional<Date>& end,
                        const std::string& owner)
{
    if (end && surely_before(*end, start)) {
        v.report(end_at, owner + " ends (" + end->to_string() + ") before it starts (" + start.to_string() + ")");
    }
}

inline bool is_wikidata_item(std::string_view value)
{
    return value.size() >= 2 && value[0] == 'Q' && value[1] != '0' &&
           std::ranges::all_of(value.substr(1), [](char c) { return is_digit(c); });
}

inline void check_identifiers(validation& v, const pointer_path& at, const std::vector<ExternalId>& identifiers,
                              const std::string& owner)
{
    for (std::size_t i = 0; i < identifiers.size(); ++i) {
        const ExternalId& identifier = identifiers[i];
        if (is_blank(identifier.value)) {
            v.report(at / i / "value", "empty " + enum_name(identifier.scheme) + " identifier of " + owner);
        } else if (identifier.scheme == IdScheme::wikidata && !is_wikidata_item(identifier.value)) {
            v.report(at / i / "value", "invalid Wikidata identifier " + quote(identifier.value) + " of " + owner +
                                           ": expected Q followed by digits without a leading zero, such as Q1");
        }
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

// Listing a country or a mode twice adds nothing, so the second is likely meant to be another.
template <class T>
void check_repeats(validation& v, const pointer_path& at, const std::vector<T>& values, const std::string& owner,
                   std::string_view noun)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (const auto first = earlier_occurrence(values, i)) {
            v.report(at / i,
                     owner + " lists " + std::string(noun) + " " + label(values[i]) + " twice: first at " +
                         (at / *first).str(),
                     severity::warning);
        }
    }
}

inline void validate_figure(validation& v, const pointer_path& at, const Figure& figure)
{
    const std::string name = named("figure", figure.measure);
    if (figure.money && figure.quantity) {
        v.report(at, name + " has both money and a quantity: expected at most one");
    }
    // A figure given only in words keeps the words; with none of the three it says nothing.
    if (!figure.money && !figure.quantity && !figure.as_reported) {
        v.report(at, name + " has no money, no quantity and no as_reported text", severity::warning);
    }
    if (figure.quantity && figure.quantity->value.coefficient() < 0) {
        v.report(at / "quantity" / "value", name + " has a negative quantity " + figure.quantity->value.to_string(),
                 severity::warning);
    }
}

inline void validate_figures(validation& v, const pointer_path& at, const std::vector<Figure>& figures)
{
    for (std::size_t i = 0; i < figures.size(); ++i) {
        validate_figure(v, at / i, figures[i]);
    }
}

// ---- sources ----

inline bool is_web_url(std::string_view url)
{
    for (std::string_view scheme : {"http://", "https://"}) {
        if (url.starts_with(scheme) && url.size() > scheme.size()) {
            return true;
        }
    }
    return false;
}

inline void validate_source(validation& v, const pointer_path& at, const Source& source)
{
    const std::string name = named("source", source.id.value());
    check_id(v, at / "id", source.id);
    check_reference(v, at / "publisher", source.publisher);
    // A reader follows a source's url to check the facts, so it must lead somewhere.
    if (source.url && !is_web_url(*source.url)) {
        v.report(at / "url", "url " + quote(*source.url) + " of " + name + " is not an absolute http or https URL",
                 severity::warning);
    }
    for (std::size_t i = 0; i < source.cites.size(); ++i) {
        check_reference(v, at / "cites" / i, source.cites[i]);
        if (!source.id.value().empty() && source.cites[i] == source.id) {
            v.report(at / "cites" / i, name + " cites itself");
        }
    }
}

// ---- organisations ----

// The ids from organisation `index` up through its parents and back to it, when it is its
// own ancestor and comes first in the dossier among the organisations of that cycle, so
// that each cycle is reported once.
inline std::optional<std::vector<std::string>> parent_cycle(const validation& v, std::size_t index)
{
    const auto& organizations = v.dossier().organizations;
    const std::string& start = organizations[index].id.value();
    const auto self = v.organization_index.find(start);
    if (self == v.organization_index.end() || self->second != index) {
        return std::nullopt;
    }
    std::vector<std::string> chain{start};
    std::optional<OrganizationId> parent = organizations[index].parent;
    while (parent && chain.size() <= organizations.size()) {
        if (parent->value() == start) {
            chain.push_back(start);
            return chain;
        }
        const auto next = v.organization_index.find(parent->value());
        // An unknown parent ends the chain; an earlier one reports the cycle, if any, itself.
        if (next == v.organization_index.end() || next->second < index) {
            return std::nullopt;
        }
        chain.push_back(parent->value());
        parent = organizations[next->second].parent;
    }
    return std::nullopt;
}

inline void validate_organization(validation& v, const pointer_path& at, const Organization& organization,
                                  std::size_t index)
{
    const std::string name = named("organization", organization.id.value());
    check_id(v, at / "id", organization.id);
    check_text(v, at / "name", organization.name, name, "name");
    check_reference(v, at / "parent", organization.parent);
    if (const auto cycle = parent_cycle(v, index)) {
        std::string chain;
        for (const auto& id : *cycle) {
            chain += (chain.empty() ? "" : " -> ") + quote(id);
        }
        v.report(at / "parent", name + " is its own ancestor: " + chain);
    }
    check_identifiers(v, at / "identifiers", organization.identifiers, name);
}

// ---- people ----

inline void validate_position(validation& v, const pointer_path& at, const Position& position,
                              const std::string& person)
{
    check_reference(v, at / "organization", position.organization);
    if (position.start) {
        check_dates(v, at / "end", *position.start, position.end,
                    "position " + quote(position.title) + " of " + person);
    }
}

inline void validate_person(validation& v, const pointer_path& at, const Speaker& person)
{
    const std::string name = named("person", person.id.value());
    check_id(v, at / "id", person.id);
    check_text(v, at / "name", person.name, name, "name");
    for (std::size_t i = 0; i < person.positions.size(); ++i) {
        validate_position(v, at / "positions" / i, person.positions[i], name);
    }
    check_identifiers(v, at / "identifiers", person.identifiers, name);
}

// ---- events ----

inline void validate_event(validation& v, const pointer_path& at, const Event& event)
{
    const std::string name = named("event", event.id.value());
    check_id(v, at / "id", event.id);
    check_text(v, at / "title", event.title, name, "title");
    check_dates(v, at / "end_date", event.start_date, event.end_date, name);
    check_references(v, at / "principals", event.principals);
    check_identifiers(v, at / "identifiers", event.identifiers, name);
    check_references(v, at / "sources", event.sources);
}

// ---- conferences and their sessions ----

inline void validate_remarks(validation& v, const pointer_path& at, const Remarks& remarks)
{
    check_references(v, at / "agreements", remarks.agreements);
    check_references(v, at / "corridors", remarks.corridors);
    check_references(v, at / "events", remarks.events);
    check_references(v, at / "people", remarks.people);
    check_references(v, at / "organizations", remarks.organizations);
    validate_figures(v, at / "figures", remarks.figures);
}

// What the sessions of one conference have seen so far, to find repeats.
using session_numbers = std::map<std::pair<SessionKind, std::uint32_t>, std::string>;
using session_roles = std::map<std::pair<std::string, Role>, std::string>;

inline void validate_participation(validation& v, const pointer_path& at, const Participation& participation,
                                   session_roles& seen)
{
    const std::string name = named("person", participation.person.value());
    const auto [first, inserted] = seen.try_emplace({participation.person.value(), participation.role}, at.str());
    if (!inserted) {
        v.report(at,
                 name + " takes part twice as " + enum_name(participation.role) + " in one session: first at " +
                     first->second,
                 severity::warning);
    }
    check_reference(v, at / "person", participation.person);
    if (participation.role == Role::other && !participation.role_label) {
        v.report(at / "role", name + " has role other and no role_label saying what the role is", severity::warning);
    }
    if (participation.remarks) {
        validate_remarks(v, at / "remarks", *participation.remarks);
    }
}

inline void check_session_time(validation& v, const pointer_path& at, const DateTime& time, std::string_view member,
                               const std::optional<day_range>& conference_days, const std::string& conference)
{
    if (conference_days && !conference_days->contains(time.date().earliest())) {
        v.report(at, "session " + std::string(member) + " " + time.to_string() + " is outside the dates of " +
                         conference + " (" + days_text(*conference_days) + ")");
    }
}

inline void validate_session(validation& v, const pointer_path& at, const Session& session,
                             const std::string& conference, const std::optional<day_range>& conference_days,
                             session_numbers& numbers)
{
    const std::string name =
        (session.title ? named("session", *session.title) : std::string("session")) + " of " + conference;
    if (session.number) {
        const auto [first, inserted] = numbers.try_emplace({session.kind, *session.number}, (at / "number").str());
        if (!inserted) {
            v.report(at / "number", "duplicate number " + std::to_string(*session.number) + " for a " +
                                        enum_name(session.kind) + " session of " + conference + ": already used at " +
                                        first->second);
        }
    }
    if (session.date && conference_days && !conference_days->overlaps(*session.date)) {
        v.report(at / "date", "session date " + session.date->to_string() + " is outside the dates of " + conference +
                                  " (" + days_text(*conference_days) + ")");
    }
    if (session.date && session.start &&
        !day_range{session.date->earliest(), session.date->latest()}.contains(session.start->date().earliest())) {
        v.report(at / "start", name + " starts (" + session.start->to_string() + ") on another day than its date (" +
                                   session.date->to_string() + ")");
    }
    if (session.start) {
        check_session_time(v, at / "start", *session.start, "start", conference_days, conference);
    }
    if (session.end) {
        if (session.start && session.end->utc() < session.start->utc()) {
            v.report(at / "end", name + " ends (" + session.end->to_string() + ") before it starts (" +
                                     session.start->to_string() + ")");
        }
        check_session_time(v, at / "end", *session.end, "end", conference_days, conference);
    }
    session_roles roles;
    for (std::size_t i = 0; i < session.participants.size(); ++i) {
        validate_participation(v, at / "participants" / i, session.participants[i], roles);
    }
}

inline void validate_conference(validation& v, const pointer_path& at, const Conference& conference)
{
    const std::string name = named("conference", conference.id.value());
    check_id(v, at / "id", conference.id);
    check_text(v, at / "title", conference.title, name, "title");
    check_dates(v, at / "end_date", conference.start_date, conference.end_date, name);
    for (std::size_t i = 0; i < conference.organizers.size(); ++i) {
        check_reference(v, at / "organizers" / i / "organization", conference.organizers[i].organization);
    }
    for (std::size_t i = 0; i < conference.context.size(); ++i) {
        check_reference(v, at / "context" / i, conference.context[i]);
        if (!conference.id.value().empty() && conference.context[i] == conference.id) {
            v.report(at / "context" / i, name + " names itself in its context");
        }
    }
    // Dates that run backwards are reported once, above, not again for every session.
    std::optional<day_range> days = days_of(conference.start_date, conference.end_date);
    if (days->inverted()) {
        days.reset();
    }
    session_numbers numbers;
    for (std::size_t i = 0; i < conference.sessions.size(); ++i) {
        validate_session(v, at / "sessions" / i, conference.sessions[i], name, days, numbers);
    }
    check_references(v, at / "outcomes", conference.outcomes);
    check_identifiers(v, at / "identifiers", conference.identifiers, name);
    check_references(v, at / "sources", conference.sources);
}

// ---- agreements ----

inline std::string party_text(const Party& party)
{
    if (party.country) {
        return "country " + party.country->to_string();
    }
    if (party.organization) {
        return named("organization", party.organization->value());
    }
    return "no one";
}

// Whether the party names exactly one of a country and an organisation, reporting it if not.
inline bool check_party(validation& v, const pointer_path& at, const Party& party, const std::string& owner)
{
    if (party.country && party.organization) {
        v.report(at, owner + " names both country " + party.country->to_string() + " and " +
                         named("organization", party.organization->value()) + ": expected exactly one");
    } else if (!party.country && !party.organization) {
        v.report(at, owner + " names neither a country nor an organization: expected exactly one");
    }
    check_reference(v, at / "organization", party.organization);
    return party.country.has_value() != party.organization.has_value();
}

inline void validate_parties(validation& v, const pointer_path& at, const Agreement& agreement, const std::string& name)
{
    for (std::size_t i = 0; i < agreement.parties.size(); ++i) {
        const Party& party = agreement.parties[i];
        const pointer_path party_at = at / i;
        const bool well_formed = party.country.has_value() != party.organization.has_value();
        const auto first = earlier_occurrence(agreement.parties, i);
        if (well_formed && first) {
            v.report(party_at, name + " lists party " + party_text(party) + " twice: first at " + (at / *first).str());
        }
        check_party(v, party_at, party, "party of " + name);
    }
}

inline void validate_signatory(validation& v, const pointer_path& at, const Signatory& signatory,
                               const Agreement& agreement, const std::string& name)
{
    const std::string who = "signatory " + quote(signatory.person.value()) + " of " + name;
    check_reference(v, at / "person", signatory.person);
    const pointer_path party_at = at / "on_behalf_of";
    // With no parties at all, that error alone says what is missing.
    if (check_party(v, party_at, signatory.on_behalf_of, "the party of " + who) && !agreement.parties.empty() &&
        std::ranges::find(agreement.parties, signatory.on_behalf_of) == agreement.parties.end()) {
        v.report(party_at, who + " acts for " + party_text(signatory.on_behalf_of) + ", which is not a party to it");
    }
    // A multilateral agreement is signed first on its signed_date and by others later, never earlier.
    if (signatory.date && agreement.signed_date && surely_before(*signatory.date, *agreement.signed_date)) {
        v.report(at / "date", who + " signed on " + signatory.date->to_string() + ", before its signed_date " +
                                  agreement.signed_date->to_string());
    }
}

inline bool is_before_signature(const std::optional<AgreementStatus>& status)
{
    return status == AgreementStatus::proposed || status == AgreementStatus::under_negotiation;
}

inline void validate_term(validation& v, const pointer_path& at, const Quantity& term, const std::string& name)
{
    if (term.unit != Unit::day && term.unit != Unit::month && term.unit != Unit::year) {
        v.report(at / "unit", "the term of " + name + " is in " + enum_name(term.unit) +
                                  ": expected a duration in day, month or year");
    }
    if (term.value.coefficient() <= 0) {
        v.report(at / "value", "the term of " + name + " is " + term.value.to_string() + ": expected more than 0");
    }
}

inline void validate_agreement(validation& v, const pointer_path& at, const Agreement& agreement)
{
    const std::string name = named("agreement", agreement.id.value());
    // An absent member has no path of its own, so the problem is reported at the record.
    if (agreement.parties.empty()) {
        v.report(at, name + " has no party");
    }
    check_id(v, at / "id", agreement.id);
    check_text(v, at / "title", agreement.title, name, "title");
    validate_parties(v, at / "parties", agreement, name);
    for (std::size_t i = 0; i < agreement.signatories.size(); ++i) {
        validate_signatory(v, at / "signatories" / i, agreement.signatories[i], agreement, name);
    }
    if (agreement.signed_date) {
        if (is_before_signature(agreement.status)) {
            v.report(at / "signed_date", name + " has a signed_date but its status is " + enum_name(*agreement.status),
                     severity::warning);
        }
        const auto event = agreement.signed_at ? v.event_days.find(agreement.signed_at->value()) : v.event_days.end();
        if (event != v.event_days.end() && !event->second.inverted() &&
            !event->second.overlaps(*agreement.signed_date)) {
            v.report(at / "signed_date",
                     name + " was signed on " + agreement.signed_date->to_string() + ", outside the dates of " +
                         named("event", agreement.signed_at->value()) + " (" + days_text(event->second) +
                         ") where it was signed",
                     severity::warning);
        }
    }
    check_reference(v, at / "signed_at", agreement.signed_at);
    if (agreement.in_force_date) {
        if (agreement.signed_date && surely_before(*agreement.in_force_date, *agreement.signed_date)) {
            v.report(at / "in_force_date", name + " enters into force (" + agreement.in_force_date->to_string() +
                                               ") before it is signed (" + agreement.signed_date->to_string() + ")");
        }
        if (is_before_signature(agreement.status)) {
            v.report(at / "in_force_date",
                     name + " has an in_force_date but its status is " + enum_name(*agreement.status),
                     severity::warning);
        }
    }
    if (agreement.term) {
        validate_term(v, at / "term", *agreement.term, name);
    }
    check_identifiers(v, at / "identifiers", agreement.identifiers, name);
    check_references(v, at / "sources", agreement.sources);
}

// ---- corridors ----

inline void validate_route(validation& v, const pointer_path& at, const Corridor& corridor, const std::string& name)
{
    // No route at all means the sources do not give it; one waypoint is a route cut short.
    if (corridor.route.size() == 1) {
        v.report(at, name + " has a route of one waypoint: expected at least two, or none when unknown");
    }
    for (std::size_t i = 0; i < corridor.route.size(); ++i) {
        const Waypoint& waypoint = corridor.route[i];
        check_text(v, at / i / "name", waypoint.name, "a waypoint of " + name, "name");
        if (waypoint.country && !corridor.countries.empty() &&
            std::ranges::find(corridor.countries, *waypoint.country) == corridor.countries.end()) {
            v.report(at / i / "country",
                     "waypoint " + quote(waypoint.name) + " of " + name + " is in " + waypoint.country->to_string() +
                         ", which is not among the corridor's countries",
                     severity::warning);
        }
    }
}

inline void validate_corridor(validation& v, const pointer_path& at, const Corridor& corridor)
{
    const std::string name = named("corridor", corridor.id.value());
    if (corridor.modes.empty()) {
        v.report(at, name + " has no transport mode", severity::warning);
    }
    check_id(v, at / "id", corridor.id);
    check_text(v, at / "name", corridor.name, name, "name");
    check_repeats(v, at / "modes", corridor.modes, name, "mode");
    validate_route(v, at / "route", corridor, name);
    check_repeats(v, at / "countries", corridor.countries, name, "country");
    validate_figures(v, at / "figures", corridor.figures);
    check_references(v, at / "agreements", corridor.agreements);
    check_identifiers(v, at / "identifiers", corridor.identifiers, name);
    check_references(v, at / "sources", corridor.sources);
}

} // namespace detail

// Every problem found in `dossier`, in the order of their paths in its JSON form. An empty
// result means the dossier is coherent as far as these checks go (docs/validation.md).
inline std::vector<problem> validate(const Dossier& dossier)
{
    detail::validation v(dossier);
    const detail::pointer_path root;
    for (std::size_t i = 0; i < dossier.sources.size(); ++i) {
        detail::validate_source(v, root / "sources" / i, dossier.sources[i]);
    }
    for (std::size_t i = 0; i < dossier.organizations.size(); ++i) {
        detail::validate_organization(v, root / "organizations" / i, dossier.organizations[i], i);
    }
    for (std::size_t i = 0; i < dossier.people.size(); ++i) {
        detail::validate_person(v, root / "people" / i, dossier.people[i]);
    }
    for (std::size_t i = 0; i < dossier.events.size(); ++i) {
        detail::validate_event(v, root / "events" / i, dossier.events[i]);
    }
    for (std::size_t i = 0; i < dossier.conferences.size(); ++i) {
        detail::validate_conference(v, root / "conferences" / i, dossier.conferences[i]);
    }
    for (std::size_t i = 0; i < dossier.agreements.size(); ++i) {
        detail::validate_agreement(v, root / "agreements" / i, dossier.agreements[i]);
    }
    for (std::size_t i = 0; i < dossier.corridors.size(); ++i) {
        detail::validate_corridor(v, root / "corridors" / i, dossier.corridors[i]);
    }
    return std::move(v.found);
}

} // namespace communique
