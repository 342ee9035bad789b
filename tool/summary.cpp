// communique summary: prints a dossier as a journalist would read it: for each event its
// title, kind, dates, venue, series, organisers, sides, counts and related events, who
// took part outside any session, then the programme session by session (who spoke, in
// what role, holding what title, saying what), then the agreements and corridors. Records
// refer to one another by id; the ids are resolved through a communique::DossierIndex,
// and an id that names no record prints as the id marked "[not in dossier]".
#include "command.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace command {
namespace {

using namespace communique;

constexpr std::size_t page_width = 90;
constexpr std::size_t label_width = 12; // "Attendance: "
constexpr std::size_t indent = 4;

// ---- ids that name no record ----

template <class Tag>
std::string not_found(const Id<Tag>& id)
{
    return id.value() + " [not in dossier]";
}

// ---- words ----

std::string capitalized(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    }
    return text;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator = ", ")
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        out += (i == 0 ? "" : separator);
        out += parts[i];
    }
    return out;
}

std::string date_text(const Date& date)
{
    static constexpr std::array<std::string_view, 12> months{"January",   "February", "March",    "April",
                                                             "May",       "June",     "July",     "August",
                                                             "September", "October",  "November", "December"};
    std::string out;
    if (date.day()) {
        out += std::to_string(*date.day()) + " ";
    }
    if (date.month()) {
        out += std::string(months.at(*date.month() - 1)) + " ";
    }
    return out + std::to_string(date.year());
}

// "12 February 2026", "February 2026 to March 2026", or "" when the start is not known.
std::string dates_text(const std::optional<Date>& start, const std::optional<Date>& end)
{
    if (!start) {
        return end ? "until " + date_text(*end) : "";
    }
    return end ? date_text(*start) + " to " + date_text(*end) : date_text(*start);
}

std::string place_text(const Place& place)
{
    std::vector<std::string> parts;
    for (const auto& part : {place.name, place.city, place.region}) {
        if (part) {
            parts.push_back(*part);
        }
    }
    if (place.country) {
        parts.emplace_back(place.country->name());
    }
    if (place.platform) {
        parts.push_back("online on " + *place.platform);
    }
    if (place.url) {
        parts.push_back(*place.url);
    }
    return joined(parts);
}

std::string organization_text(const DossierIndex& index, const OrganizationId& id)
{
    const Organization* organization = index.find(id);
    if (organization == nullptr) {
        return not_found(id);
    }
    if (organization->abbreviation) {
        return organization->name + " (" + *organization->abbreviation + ")";
    }
    return organization->name;
}

// The title a person holds, with where or for whom: the first position not known to be
// former, failing that the first one.
std::string position_text(const DossierIndex& index, const Person& person)
{
    if (person.positions.empty()) {
        return "";
    }
    const Position* shown = &person.positions.front();
    for (const Position& position : person.positions) {
        if (position.tenure != Tenure::former) {
            shown = &position;
            break;
        }
    }
    std::string text = shown->tenure == Tenure::former ? "former " + shown->title : shown->title;
    if (shown->organization) {
        text += ", " + organization_text(index, *shown->organization);
    } else if (shown->country) {
        text += ", " + std::string(shown->country->name());
    }
    return text;
}

// The role in the report's words when kept, else the role's name; a part the report gives
// no role for is "Taking part".
std::string role_text(const Speaker& speaker)
{
    if (speaker.role_label) {
        return *speaker.role_label;
    }
    return speaker.role ? capitalized(enum_label(*speaker.role)) : "Taking part";
}

std::string event_text(const DossierIndex& index, const EventId& id)
{
    const Event* event = index.find(id);
    if (event == nullptr) {
        return not_found(id);
    }
    const std::string dates = dates_text(event->start_date, event->end_date);
    return dates.empty() ? event->title : event->title + " (" + dates + ")";
}

std::string agreement_text(const DossierIndex& index, const AgreementId& id)
{
    const Agreement* agreement = index.find(id);
    if (agreement == nullptr) {
        return not_found(id);
    }
    return agreement->abbreviation ? agreement->title + " (" + *agreement->abbreviation + ")" : agreement->title;
}

std::string series_text(const DossierIndex& index, const SeriesId& id, const std::optional<std::uint32_t>& edition)
{
    const Series* series = index.find(id);
    std::string text = series == nullptr ? not_found(id) : series->name;
    if (series != nullptr && series->abbreviation) {
        text += " (" + *series->abbreviation + ")";
    }
    return edition ? text + ", edition " + std::to_string(*edition) : text;
}

std::string party_text(const DossierIndex& index, const Party& party)
{
    if (party.country) {
        return std::string(party.country->name());
    }
    if (party.organization) {
        return organization_text(index, *party.organization);
    }
    return "[no party named]";
}

std::string parties_text(const DossierIndex& index, const std::vector<Party>& parties)
{
    std::vector<std::string> names;
    for (const Party& party : parties) {
        names.push_back(party_text(index, party));
    }
    return joined(names);
}

// "hosted by A, in collaboration with B": a phrase for each organiser's role.
std::string organizer_phrase(OrganizerRole role)
{
    switch (role) {
    case OrganizerRole::host: return "hosted by";
    case OrganizerRole::co_host: return "co-hosted by";
    case OrganizerRole::in_collaboration_with: return "in collaboration with";
    case OrganizerRole::partner: return "in partnership with";
    case OrganizerRole::sponsor: return "sponsored by";
    case OrganizerRole::supporter: return "supported by";
    }
    return "organised by";
}

std::string organizers_text(const DossierIndex& index, const std::vector<Organizer>& organizers)
{
    std::vector<std::string> parts;
    for (const Organizer& organizer : organizers) {
        parts.push_back(organizer_phrase(organizer.role) + " " + organization_text(index, organizer.organization));
    }
    return joined(parts);
}

// A number as the report hedged it: "1200", "about 300", "more than 40", "8 to 10".
std::string amount_text(const Amount& amount)
{
    std::string text;
    if (amount.value) {
        text = amount.value->to_string();
    } else if (amount.min && amount.max) {
        text = amount.min->to_string() + " to " + amount.max->to_string();
    } else if (amount.min) {
        text = "from " + amount.min->to_string();
    } else if (amount.max) {
        text = "up to " + amount.max->to_string();
    }
    if (!amount.qualifier) {
        return text;
    }
    switch (*amount.qualifier) {
    case Qualifier::approximately: return "about " + text;
    case Qualifier::at_least: return "at least " + text;
    case Qualifier::more_than: return "more than " + text;
    case Qualifier::at_most: return "at most " + text;
    case Qualifier::less_than: return "less than " + text;
    }
    return text;
}

// The amount with its currency or unit: "1700000000 USD", "about 1200 kilometre".
std::string measured_text(const Amount& amount, const Figure& figure)
{
    std::string text = amount_text(amount);
    if (figure.currency) {
        text += " " + figure.currency->to_string();
    }
    if (figure.unit) {
        text += " " + enum_label(*figure.unit);
    }
    return text;
}

// "Trade: about 2.5 USD (as of 2025); before: 1.5 USD (as of 2020)", the report's own
// words standing for the amount when it kept them.
std::string figure_text(const Figure& figure)
{
    std::string value;
    if (figure.as_reported) {
        value = *figure.as_reported;
    } else if (figure.amount) {
        value = measured_text(*figure.amount, figure);
    }
    std::string text = value.empty() ? figure.measure : figure.measure + ": " + value;
    if (figure.target_date) {
        text += " by " + date_text(*figure.target_date);
    }
    if (figure.as_of) {
        text += " (as of " + date_text(*figure.as_of) + ")";
    }
    if (figure.previous) {
        text += "; before: " + measured_text(*figure.previous, figure);
        if (figure.previous_as_of) {
            text += " (as of " + date_text(*figure.previous_as_of) + ")";
        }
    }
    return text;
}

// ---- layout ----

// The width of UTF-8 text in columns, taking every code point as one column.
std::size_t columns(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

std::vector<std::string> split_words(std::string_view text)
{
    std::vector<std::string> found;
    std::istringstream in{std::string(text)};
    std::string word;
    while (in >> word) {
        found.push_back(word);
    }
    return found;
}

// Prints `text` wrapped to the page: the first line starts with `first`, the others with
// `margin` spaces.
void print_wrapped(std::ostream& out, const std::string& first, std::size_t margin, std::string_view text)
{
    std::string line = first;
    std::size_t width = columns(first);
    bool line_has_words = false;
    for (const std::string& word : split_words(text)) {
        if (line_has_words && width + 1 + columns(word) > page_width) {
            out << line << '\n';
            line = std::string(margin, ' ');
            width = margin;
            line_has_words = false;
        }
        if (line_has_words) {
            line += ' ';
            ++width;
        }
        line += word;
        width += columns(word);
        line_has_words = true;
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
}

void print_paragraph(std::ostream& out, std::size_t margin, std::string_view text)
{
    print_wrapped(out, std::string(margin, ' '), margin, text);
}

// "Where:      Islamabad, Pakistan", the value aligned after the label (or after a label
// too long to align).
void print_field(std::ostream& out, std::size_t margin, std::string_view label, std::string_view value)
{
    std::string first = std::string(margin, ' ') + std::string(label) + ": ";
    const std::size_t value_margin = std::max(margin + label_width, columns(first));
    first.resize(first.size() + value_margin - columns(first), ' ');
    print_wrapped(out, first, value_margin, value);
}

// The heading on one line, however the text breaks, underlined to its width.
void print_heading(std::ostream& out, std::string_view text, char underline)
{
    const std::string line = joined(split_words(text), " ");
    out << line << '\n' << std::string(columns(line), underline) << '\n';
}

// ---- the programme ----

void print_remarks(std::ostream& out, const Remarks& remarks)
{
    if (remarks.summary) {
        print_paragraph(out, indent, *remarks.summary);
    }
    for (const Figure& figure : remarks.figures) {
        print_field(out, indent, "Figure", figure_text(figure));
    }
}

// "Dr. Talat Shabbir", and ", for Kazakhstan" when the report says for whom.
std::string speaker_name(const DossierIndex& index, const Speaker& speaker)
{
    const Person* person = index.find(speaker.person);
    std::string text = person == nullptr ? not_found(speaker.person) : display_name(*person);
    if (speaker.on_behalf_of) {
        text += ", for " + party_text(index, *speaker.on_behalf_of);
    }
    return text;
}

std::string speaker_position(const DossierIndex& index, const Speaker& speaker)
{
    const Person* person = index.find(speaker.person);
    return person == nullptr ? "" : position_text(index, *person);
}

bool leads_session(const std::optional<Role>& role)
{
    return role == Role::chair || role == Role::co_chair || role == Role::moderator;
}

// "Moderator: Dr. Talat Shabbir, Director, China-Pakistan Study Centre (CPSC)"
void print_session_lead(std::ostream& out, const DossierIndex& index, const Speaker& speaker)
{
    std::string text = speaker_name(index, speaker);
    const std::string position = speaker_position(index, speaker);
    if (!position.empty()) {
        text += ", " + position;
    }
    print_field(out, 0, role_text(speaker), text);
    if (speaker.remarks) {
        print_remarks(out, *speaker.remarks);
    }
}

// "Chief Guest: Fahad Haroon", then the person's title and the gist of the remarks.
void print_speaker(std::ostream& out, const DossierIndex& index, const Speaker& speaker)
{
    out << '\n';
    print_wrapped(out, role_text(speaker) + ": ", indent, speaker_name(index, speaker));
    const std::string position = speaker_position(index, speaker);
    if (!position.empty()) {
        print_paragraph(out, indent, capitalized(position));
    }
    if (speaker.remarks) {
        print_remarks(out, *speaker.remarks);
    }
}

std::string session_title(const Session& session)
{
    if (session.title) {
        return *session.title;
    }
    std::string title = session.kind ? capitalized(enum_label(*session.kind)) + " session" : "Session";
    if (session.number) {
        title += " " + std::to_string(*session.number);
    }
    return title;
}

// "2026-03-05T10:00:00+05:00 to 2026-03-05T12:30:00+05:00"
std::string times_text(const DateTime& start, const std::optional<DateTime>& end)
{
    return end ? start.to_string() + " to " + end->to_string() : start.to_string();
}

void print_session(std::ostream& out, const DossierIndex& index, const Session& session)
{
    out << '\n';
    print_heading(out, session_title(session), '-');
    if (!session.focus.empty()) {
        print_field(out, 0, "Focus", joined(session.focus));
    }
    if (session.date) {
        print_field(out, 0, "Date", date_text(*session.date));
    }
    if (session.start) {
        print_field(out, 0, "Time", times_text(*session.start, session.end));
    }
    if (session.venue) {
        print_field(out, 0, "Where", place_text(*session.venue));
    }
    if (session.attendance) {
        print_field(out, 0, "Attendance", enum_label(*session.attendance));
    }
    for (const Speaker& speaker : session.speakers) {
        if (leads_session(speaker.role)) {
            print_session_lead(out, index, speaker);
        }
    }
    for (const Speaker& speaker : session.speakers) {
        if (!leads_session(speaker.role)) {
            print_speaker(out, index, speaker);
        }
    }
}

// "some 300", "from more than 40 countries: Pakistan, Kazakhstan": what the report counts.
void print_counts(std::ostream& out, const Event& event)
{
    if (event.participant_count) {
        print_field(out, 0, "Attendees", amount_text(*event.participant_count));
    }
    std::vector<std::string> countries;
    for (const CountryCode& country : event.participant_countries) {
        countries.emplace_back(country.name());
    }
    if (event.country_count && !countries.empty()) {
        print_field(out, 0, "Countries", amount_text(*event.country_count) + ", among them " + joined(countries));
    } else if (event.country_count) {
        print_field(out, 0, "Countries", amount_text(*event.country_count));
    } else if (!countries.empty()) {
        print_field(out, 0, "Countries", joined(countries));
    }
}

void print_event(std::ostream& out, const DossierIndex& index, const Event& event)
{
    print_heading(out, event.title, '=');
    print_field(out, 0, "Kind",
                event.status ? enum_label(event.kind) + ", " + enum_label(*event.status) : enum_label(event.kind));
    const std::string dates = dates_text(event.start_date, event.end_date);
    if (!dates.empty()) {
        print_field(out, 0, "When", dates);
    }
    if (event.start) {
        print_field(out, 0, "Time", times_text(*event.start, event.end));
    }
    if (event.venue) {
        print_field(out, 0, "Where", place_text(*event.venue));
    }
    if (event.attendance) {
        print_field(out, 0, "Attendance", enum_label(*event.attendance));
    }
    if (event.series) {
        print_field(out, 0, "Series", series_text(index, *event.series, event.edition));
    }
    if (!event.organizers.empty()) {
        print_field(out, 0, "Organisers", organizers_text(index, event.organizers));
    }
    if (!event.sides.empty()) {
        print_field(out, 0, "Sides", parties_text(index, event.sides));
    }
    if (event.chair) {
        print_field(out, 0, "Chair", party_text(index, *event.chair));
    }
    print_counts(out, event);
    // "Follows up: State visit of ...", the relation in words.
    for (const EventLink& link : event.related) {
        print_field(out, 0, capitalized(enum_label(link.relation)), event_text(index, link.event));
    }
    for (const AgreementId& id : event.outcomes) {
        print_field(out, 0, "Outcome", agreement_text(index, id));
    }
    for (const Figure& figure : event.figures) {
        print_field(out, 0, "Figure", figure_text(figure));
    }
    for (const Speaker& speaker : event.speakers) {
        print_speaker(out, index, speaker);
    }
    for (const Session& session : event.sessions) {
        print_session(out, index, session);
    }
}

// ---- agreements and corridors ----

// "1993: proposed by Pakistan", a step of a corridor's or an agreement's history as the
// report dates it.
std::string milestone_text(const DossierIndex& index, const Milestone& milestone)
{
    std::string text = enum_label(milestone.kind);
    if (milestone.date) {
        text = dates_text(milestone.date, milestone.end_date) + ": " + text;
    }
    if (!milestone.by.empty()) {
        text += " by " + parties_text(index, milestone.by);
    }
    if (milestone.at) {
        text += ", at " + event_text(index, *milestone.at);
    }
    if (milestone.description) {
        text += " (" + *milestone.description + ")";
    }
    return text;
}

void print_agreement(std::ostream& out, const DossierIndex& index, const Agreement& agreement)
{
    out << '\n';
    print_wrapped(out, "", indent, agreement_text(index, agreement.id));
    if (!agreement.other_names.empty()) {
        print_field(out, indent, "Also", joined(agreement.other_names));
    }
    print_field(out, indent, "Kind", enum_label(agreement.kind));
    if (!agreement.parties.empty()) {
        print_field(out, indent, "Parties", parties_text(index, agreement.parties));
    }
    if (agreement.status) {
        print_field(out, indent, "Status", enum_label(*agreement.status));
    }
    for (const Milestone& milestone : agreement.history) {
        print_field(out, indent, "History", milestone_text(index, milestone));
    }
    if (agreement.announced_date) {
        print_field(out, indent, "Announced", date_text(*agreement.announced_date));
    }
    if (agreement.signed_date || agreement.signed_place || agreement.signed_at) {
        std::vector<std::string> signature;
        if (agreement.signed_date) {
            signature.push_back(date_text(*agreement.signed_date));
        }
        if (agreement.signed_place) {
            signature.push_back(place_text(*agreement.signed_place));
        }
        if (agreement.signed_at) {
            signature.push_back("at " + event_text(index, *agreement.signed_at));
        }
        print_field(out, indent, "Signed", joined(signature));
    }
    for (const Signatory& signatory : agreement.signatories) {
        const Person* person = index.find(signatory.person);
        std::string text = person == nullptr ? not_found(signatory.person) : display_name(*person);
        if (signatory.on_behalf_of) {
            text += ", for " + party_text(index, *signatory.on_behalf_of);
        }
        print_field(out, indent, "Signatory", text);
    }
    if (agreement.term) {
        // A term is in days, months or years: "5 years".
        const std::string value = agreement.term->value.to_string();
        print_field(out, indent, "Term", value + " " + enum_label(agreement.term->unit) + (value == "1" ? "" : "s"));
    }
    // "Implements: Framework Agreement ...", the relation in words.
    for (const AgreementLink& link : agreement.related) {
        print_field(out, indent, capitalized(enum_label(link.relation)), agreement_text(index, link.agreement));
    }
    for (const Figure& figure : agreement.figures) {
        print_field(out, indent, "Figure", figure_text(figure));
    }
}

void print_corridor(std::ostream& out, const DossierIndex& index, const Corridor& corridor)
{
    out << '\n';
    print_wrapped(out, "", indent,
                  corridor.abbreviation ? corridor.name + " (" + *corridor.abbreviation + ")" : corridor.name);
    if (!corridor.other_names.empty()) {
        print_field(out, indent, "Also", joined(corridor.other_names));
    }
    std::vector<std::string> modes;
    for (const TransportMode mode : corridor.modes) {
        modes.push_back(enum_label(mode));
    }
    if (!modes.empty()) {
        print_field(out, indent, "Modes", joined(modes));
    }
    std::vector<std::string> traffic;
    for (const Traffic carried : corridor.carries) {
        traffic.push_back(enum_label(carried));
    }
    if (!traffic.empty()) {
        print_field(out, indent, "Carries", joined(traffic));
    }
    if (corridor.status) {
        print_field(out, indent, "Status", enum_label(*corridor.status));
    }
    std::vector<std::string> countries;
    for (const CountryCode& country : corridor.countries) {
        countries.emplace_back(country.name());
    }
    if (!countries.empty()) {
        print_field(out, indent, "Countries", joined(countries));
    }
    std::vector<std::string> route;
    for (const Waypoint& waypoint : corridor.route) {
        route.push_back(waypoint.name);
    }
    if (!route.empty()) {
        print_field(out, indent, "Route", joined(route, " - "));
    }
    for (const Milestone& milestone : corridor.history) {
        print_field(out, indent, "History", milestone_text(index, milestone));
    }
    if (corridor.target_completion) {
        print_field(out, indent, "Due", date_text(*corridor.target_completion));
    }
    for (const Figure& figure : corridor.figures) {
        print_field(out, indent, "Figure", figure_text(figure));
    }
    for (const AgreementId& id : corridor.agreements) {
        print_field(out, indent, "Agreement", agreement_text(index, id));
    }
}

void print_dossier(std::ostream& out, const Dossier& dossier)
{
    const DossierIndex index(dossier);
    for (std::size_t i = 0; i < dossier.events.size(); ++i) {
        if (i > 0) {
            out << '\n';
        }
        print_event(out, index, dossier.events[i]);
    }
    if (!dossier.agreements.empty()) {
        out << '\n';
        print_heading(out, "Agreements", '=');
        for (const Agreement& agreement : dossier.agreements) {
            print_agreement(out, index, agreement);
        }
    }
    if (!dossier.corridors.empty()) {
        out << '\n';
        print_heading(out, "Corridors", '=');
        for (const Corridor& corridor : dossier.corridors) {
            print_corridor(out, index, corridor);
        }
    }
}

ExitStatus run(const std::string& file)
{
    const DossierInput input = read_dossier(file);
    if (!input.dossier) {
        return input.status;
    }
    print_dossier(std::cout, *input.dossier);
    return ExitStatus::ok;
}

} // namespace

Subcommand add_summary(CLI::App& communique)
{
    auto file = std::make_shared<std::string>();
    CLI::App* summary = communique.add_subcommand("summary", "Print a dossier as a readable programme");
    summary->add_option("FILE", *file, "A dossier file, or - for standard input")->required();
    summary->footer("Prints each event with its sessions, speakers and remarks, then the agreements and corridors.\n"
                    "An id that names no record prints as the id marked [not in dossier].\n\n" +
                    std::string(dossier_exit_statuses));
    return {summary, [file] { return run(*file); }};
}

} // namespace command
