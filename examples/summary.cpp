// Prints a dossier as a journalist would read it: for each conference its title, kind,
// dates, venue and organisers, then the programme session by session (who spoke, in what
// role, holding what title, saying what), then the agreements and corridors. Records
// refer to one another by id; the ids are resolved through the dossier's registries, and
// an id that names no record prints as the id marked "[not in dossier]".
#include <communique/communique.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace communique;

constexpr std::size_t page_width = 90;
constexpr std::size_t label_width = 12; // "Attendance: "
constexpr std::size_t indent = 4;

// ---- the dossier's records by id ----

// Pointers into the dossier, which outlives the lookup.
struct lookup {
    std::map<std::string, const Speaker*> people;
    std::map<std::string, const Organization*> organizations;
    std::map<std::string, const Event*> events;
    std::map<std::string, const Conference*> conferences;
    std::map<std::string, const Agreement*> agreements;
};

template <class Record>
void index_by_id(std::map<std::string, const Record*>& index, const std::vector<Record>& records)
{
    for (const Record& record : records) {
        index.try_emplace(record.id.value(), &record);
    }
}

lookup make_lookup(const Dossier& dossier)
{
    lookup found;
    index_by_id(found.people, dossier.people);
    index_by_id(found.organizations, dossier.organizations);
    index_by_id(found.events, dossier.events);
    index_by_id(found.conferences, dossier.conferences);
    index_by_id(found.agreements, dossier.agreements);
    return found;
}

template <class Record, class Tag>
const Record* find_record(const std::map<std::string, const Record*>& index, const Id<Tag>& id)
{
    const auto it = index.find(id.value());
    return it == index.end() ? nullptr : it->second;
}

template <class Tag>
std::string not_found(const Id<Tag>& id)
{
    return id.value() + " [not in dossier]";
}

// ---- words ----

// An enumerator as words: AgreementStatus::signed_ is "signed", Role::vote_of_thanks is
// "vote of thanks".
template <class Enum>
std::string words(Enum value)
{
    std::string text = boost::describe::enum_to_string(value, "?");
    if (text.ends_with('_')) {
        text.pop_back();
    }
    for (char& c : text) {
        if (c == '_') {
            c = ' ';
        }
    }
    return text;
}

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

std::string dates_text(const Date& start, const std::optional<Date>& end)
{
    return end ? date_text(start) + " to " + date_text(*end) : date_text(start);
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
    return joined(parts);
}

std::string organization_text(const lookup& dossier, const OrganizationId& id)
{
    const Organization* organization = find_record(dossier.organizations, id);
    if (organization == nullptr) {
        return not_found(id);
    }
    if (organization->abbreviation) {
        return organization->name + " (" + *organization->abbreviation + ")";
    }
    return organization->name;
}

std::string person_name(const Speaker& person)
{
    return person.honorific ? *person.honorific + " " + person.name : person.name;
}

// The title a person holds now, with its organisation; failing that, the first one held.
std::string position_text(const lookup& dossier, const Speaker& person)
{
    if (person.positions.empty()) {
        return "";
    }
    const Position* shown = &person.positions.front();
    for (const Position& position : person.positions) {
        if (position.current) {
            shown = &position;
            break;
        }
    }
    std::string text = shown->current ? shown->title : "former " + shown->title;
    if (shown->organization) {
        text += ", " + organization_text(dossier, *shown->organization);
    }
    return text;
}

std::string role_text(const Participation& participation)
{
    return participation.role_label ? *participation.role_label : capitalized(words(participation.role));
}

std::string event_text(const lookup& dossier, const EventId& id)
{
    if (const Event* event = find_record(dossier.events, id)) {
        return event->title + " (" + dates_text(event->start_date, event->end_date) + ")";
    }
    if (const Conference* conference = find_record(dossier.conferences, id)) {
        return conference->title + " (" + dates_text(conference->start_date, conference->end_date) + ")";
    }
    return not_found(id);
}

std::string agreement_text(const lookup& dossier, const AgreementId& id)
{
    const Agreement* agreement = find_record(dossier.agreements, id);
    if (agreement == nullptr) {
        return not_found(id);
    }
    return agreement->abbreviation ? agreement->title + " (" + *agreement->abbreviation + ")" : agreement->title;
}

std::string party_text(const lookup& dossier, const Party& party)
{
    if (party.country) {
        return std::string(party.country->name());
    }
    if (party.organization) {
        return organization_text(dossier, *party.organization);
    }
    return "[no party named]";
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

std::string organizers_text(const lookup& dossier, const std::vector<Organizer>& organizers)
{
    std::vector<std::string> parts;
    for (const Organizer& organizer : organizers) {
        parts.push_back(organizer_phrase(organizer.role) + " " + organization_text(dossier, organizer.organization));
    }
    return joined(parts);
}

std::string figure_text(const Figure& figure)
{
    std::string value;
    if (figure.as_reported) {
        value = *figure.as_reported;
    } else if (figure.money) {
        value = figure.money->amount.to_string() + " " + figure.money->currency.to_string();
    } else if (figure.quantity) {
        value = figure.quantity->value.to_string() + " " + words(figure.quantity->unit);
    }
    std::string text = value.empty() ? figure.measure : figure.measure + ": " + value;
    if (figure.as_of) {
        text += " (as of " + date_text(*figure.as_of) + ")";
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
    if (!remarks.summary.empty()) {
        print_paragraph(out, indent, remarks.summary);
    }
    for (const Figure& figure : remarks.figures) {
        print_field(out, indent, "Figure", figure_text(figure));
    }
}

std::string participant_text(const lookup& dossier, const PersonId& id)
{
    const Speaker* person = find_record(dossier.people, id);
    return person == nullptr ? not_found(id) : person_name(*person);
}

std::string participant_position(const lookup& dossier, const PersonId& id)
{
    const Speaker* person = find_record(dossier.people, id);
    return person == nullptr ? "" : position_text(dossier, *person);
}

bool leads_session(Role role)
{
    return role == Role::chair || role == Role::co_chair || role == Role::moderator;
}

// "Moderator: Dr. Talat Shabbir, Director, China-Pakistan Study Centre (CPSC)"
void print_session_lead(std::ostream& out, const lookup& dossier, const Participation& participation)
{
    std::string text = participant_text(dossier, participation.person);
    const std::string position = participant_position(dossier, participation.person);
    if (!position.empty()) {
        text += ", " + position;
    }
    print_field(out, 0, role_text(participation), text);
    if (participation.remarks) {
        print_remarks(out, *participation.remarks);
    }
}

// "Chief Guest: Fahad Haroon", then the person's title and the gist of the remarks.
void print_participant(std::ostream& out, const lookup& dossier, const Participation& participation)
{
    out << '\n';
    print_wrapped(out, role_text(participation) + ": ", indent, participant_text(dossier, participation.person));
    const std::string position = participant_position(dossier, participation.person);
    if (!position.empty()) {
        print_paragraph(out, indent, capitalized(position));
    }
    if (participation.remarks) {
        print_remarks(out, *participation.remarks);
    }
}

std::string session_title(const Session& session)
{
    if (session.title) {
        return *session.title;
    }
    std::string title = capitalized(words(session.kind)) + " session";
    if (session.number) {
        title += " " + std::to_string(*session.number);
    }
    return title;
}

void print_session(std::ostream& out, const lookup& dossier, const Session& session)
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
        print_field(out, 0, "Time",
                    session.end ? session.start->to_string() + " to " + session.end->to_string()
                                : session.start->to_string());
    }
    for (const Participation& participation : session.participants) {
        if (leads_session(participation.role)) {
            print_session_lead(out, dossier, participation);
        }
    }
    for (const Participation& participation : session.participants) {
        if (!leads_session(participation.role)) {
            print_participant(out, dossier, participation);
        }
    }
}

void print_conference(std::ostream& out, const lookup& dossier, const Conference& conference)
{
    print_heading(out, conference.title, '=');
    print_field(out, 0, "Kind",
                conference.status ? words(conference.kind) + ", " + words(*conference.status) : words(conference.kind));
    print_field(out, 0, "When", dates_text(conference.start_date, conference.end_date));
    if (conference.venue) {
        print_field(out, 0, "Where", place_text(*conference.venue));
    }
    if (conference.attendance) {
        print_field(out, 0, "Attendance", words(*conference.attendance));
    }
    if (!conference.organizers.empty()) {
        print_field(out, 0, "Organisers", organizers_text(dossier, conference.organizers));
    }
    for (const EventId& id : conference.context) {
        print_field(out, 0, "Context", event_text(dossier, id));
    }
    for (const AgreementId& id : conference.outcomes) {
        print_field(out, 0, "Outcome", agreement_text(dossier, id));
    }
    for (const Session& session : conference.sessions) {
        print_session(out, dossier, session);
    }
}

// ---- agreements and corridors ----

void print_agreement(std::ostream& out, const lookup& dossier, const Agreement& agreement)
{
    out << '\n';
    print_wrapped(out, "", indent, agreement_text(dossier, agreement.id));
    print_field(out, indent, "Kind", words(agreement.kind));
    std::vector<std::string> parties;
    for (const Party& party : agreement.parties) {
        parties.push_back(party_text(dossier, party));
    }
    if (!parties.empty()) {
        print_field(out, indent, "Parties", joined(parties));
    }
    if (agreement.status) {
        print_field(out, indent, "Status", words(*agreement.status));
    }
    if (agreement.signed_date || agreement.signed_place) {
        std::vector<std::string> signature;
        if (agreement.signed_date) {
            signature.push_back(date_text(*agreement.signed_date));
        }
        if (agreement.signed_place) {
            signature.push_back(place_text(*agreement.signed_place));
        }
        print_field(out, indent, "Signed", joined(signature));
    }
}

void print_corridor(std::ostream& out, const lookup& dossier, const Corridor& corridor)
{
    out << '\n';
    print_wrapped(out, "", indent,
                  corridor.abbreviation ? corridor.name + " (" + *corridor.abbreviation + ")" : corridor.name);
    std::vector<std::string> modes;
    for (const TransportMode mode : corridor.modes) {
        modes.push_back(words(mode));
    }
    if (!modes.empty()) {
        print_field(out, indent, "Modes", joined(modes));
    }
    if (corridor.status) {
        print_field(out, indent, "Status", words(*corridor.status));
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
    for (const AgreementId& id : corridor.agreements) {
        print_field(out, indent, "Agreement", agreement_text(dossier, id));
    }
}

void print_dossier(std::ostream& out, const Dossier& dossier)
{
    const lookup index = make_lookup(dossier);
    for (std::size_t i = 0; i < dossier.conferences.size(); ++i) {
        if (i > 0) {
            out << '\n';
        }
        print_conference(out, index, dossier.conferences[i]);
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

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: summary DOSSIER.json\n";
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    if (!file) {
        std::cerr << "summary: cannot open " << argv[1] << '\n';
        return 2;
    }
    std::ostringstream text;
    text << file.rdbuf();
    Dossier dossier;
    try {
        dossier = read<Dossier>(text.str());
    } catch (const read_error& e) {
        std::cerr << argv[1] << ": " << e.path() << ": " << e.message() << '\n';
        return 1;
    }
    print_dossier(std::cout, dossier);
    return 0;
}
