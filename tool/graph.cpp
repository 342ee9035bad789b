// communique graph: writes a dossier as a Graphviz DOT graph on standard output: who
// holds a position where, which organisation belongs to which, who took part in which
// event or session in what role, which series an event belongs to and which events it
// relates to, who is party to which agreement, which countries a corridor crosses and
// which agreement governs it. Render it with
// `communique graph DOSSIER.json | dot -Tsvg > out.svg`. A reference to a record the
// dossier does not hold becomes a dashed node marked "[not in dossier]".
#include "command.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace command {
namespace {

using namespace communique;

// ---- DOT text ----

// `text` as a DOT quoted string. Graphviz reads \" as a quote and \\ as a backslash, and
// in a label \n breaks the line; any other byte, UTF-8 included, stands for itself.
std::string dot_string(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out + "\"";
}

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

// `text` broken into lines of about `width` columns, so that long titles make tall
// rather than wide boxes.
std::string wrapped(std::string_view text, std::size_t width = 26)
{
    std::istringstream in{std::string(text)};
    std::string out;
    std::string word;
    std::size_t line = 0;
    while (in >> word) {
        if (line > 0 && line + 1 + columns(word) > width) {
            out += '\n';
            line = 0;
        } else if (line > 0) {
            out += ' ';
            ++line;
        }
        out += word;
        line += columns(word);
    }
    return out;
}

// "2026-02-12", "2026-03 to 2026-04", or "" when the start is not known.
std::string date_range(const std::optional<Date>& start, const std::optional<Date>& end)
{
    if (!start) {
        return end ? "until " + end->to_string() : "";
    }
    return end ? start->to_string() + " to " + end->to_string() : start->to_string();
}

// ---- node names: one namespace per kind of record ----

std::string node(const PersonId& id)
{
    return "person:" + id.value();
}
std::string node(const OrganizationId& id)
{
    return "organization:" + id.value();
}
std::string node(const EventId& id)
{
    return "event:" + id.value();
}
std::string node(const SeriesId& id)
{
    return "series:" + id.value();
}
std::string node(const AgreementId& id)
{
    return "agreement:" + id.value();
}
std::string node(const CorridorId& id)
{
    return "corridor:" + id.value();
}
std::string node(const CountryCode& country)
{
    return "country:" + country.to_string();
}
std::string session_node(const Event& event, std::size_t index)
{
    return node(event.id) + "/session:" + std::to_string(index);
}
std::string waypoint_node(const Corridor& corridor, std::size_t index)
{
    return node(corridor.id) + "/waypoint:" + std::to_string(index);
}

// ---- how each kind of node looks ----

constexpr std::string_view person_style = R"(fillcolor="#fff2cc", color="#b7950b")";
constexpr std::string_view organization_style = R"(fillcolor="#d6e4f5", color="#2e6da4")";
constexpr std::string_view programme_style = R"(fillcolor="#f4cccc", color="#a61c00", penwidth=1.6, fontsize=12)";
constexpr std::string_view session_style = R"(fillcolor="#fce5cd", color="#b45f06")";
constexpr std::string_view event_style = R"(fillcolor="#ead1dc", color="#741b47")";
constexpr std::string_view series_style = R"(shape=box3d, style=filled, fillcolor="#ead1dc", color="#741b47")";
constexpr std::string_view agreement_style = R"(shape=note, style=filled, fillcolor="#d9ead3", color="#38761d")";
constexpr std::string_view corridor_style =
    R"(shape=cds, style=filled, margin="0.2,0.06", fillcolor="#d9d2e9", color="#351c75")";
constexpr std::string_view country_style = R"(shape=ellipse, style=filled, fillcolor="#eeeeee", color="#666666")";
constexpr std::string_view waypoint_style = R"(shape=ellipse, style=filled, fillcolor="#ffffff", color="#351c75")";
constexpr std::string_view missing_style = R"(style="rounded,dashed", color="#cc0000", fontcolor="#cc0000")";

// ---- the graph ----

// Collects nodes and edges, then writes them: nodes first, then a dashed node for every
// edge end that no record declared, then the edges.
class DotGraph {
public:
    // The nodes added until close_cluster() are drawn in one box.
    void open_cluster(const std::string& name)
    {
        nodes_ << "  subgraph " << dot_string("cluster " + name) << " {\n"
               << "    style=\"rounded,filled\"; fillcolor=\"#fdf3f2\"; color=\"#a61c00\";\n";
        indent_ = "    ";
    }
    void close_cluster()
    {
        nodes_ << "  }\n";
        indent_ = "  ";
    }

    void add_node(const std::string& name, std::string_view label, std::string_view style)
    {
        declared_.insert(name);
        nodes_ << indent_ << dot_string(name) << " [label=" << dot_string(label) << ", " << style << "];\n";
    }

    void add_edge(const std::string& from, const std::string& to, std::string_view label = {},
                  std::string_view style = {})
    {
        remember_end(from);
        remember_end(to);
        edges_ << "  " << dot_string(from) << " -> " << dot_string(to) << attributes(label, style) << ";\n";
    }

    // An edge from `from` to `to`, written as one from `to` with its arrow turned round so
    // that dot ranks `to` before `from` (left of it, with rankdir=LR).
    void add_edge_drawn_back(const std::string& from, const std::string& to, std::string_view label = {},
                             std::string_view style = {})
    {
        remember_end(to);
        remember_end(from);
        const std::string back = style.empty() ? "dir=back" : "dir=back, " + std::string(style);
        edges_ << "  " << dot_string(to) << " -> " << dot_string(from) << attributes(label, back) << ";\n";
    }

    void write(std::ostream& out) const
    {
        out << "digraph dossier {\n"
            << "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=13, labeljust=l, nodesep=0.2, ranksep=0.9];\n"
            << "  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\"];\n"
            << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\", fontcolor=\"#444444\"];\n"
            << nodes_.str();
        for (const std::string& name : ends_) {
            if (!declared_.contains(name)) {
                out << "  " << dot_string(name) << " [label=" << dot_string(name + "\n[not in dossier]") << ", "
                    << missing_style << "];\n";
            }
        }
        out << edges_.str() << "}\n";
    }

private:
    static std::string attributes(std::string_view label, std::string_view style)
    {
        std::string list;
        if (!label.empty()) {
            list += "label=" + dot_string(label);
        }
        if (!style.empty()) {
            list += (list.empty() ? "" : ", ") + std::string(style);
        }
        return list.empty() ? "" : " [" + list + "]";
    }

    void remember_end(const std::string& name)
    {
        if (seen_ends_.insert(name).second) {
            ends_.push_back(name);
        }
    }

    std::ostringstream nodes_;
    std::ostringstream edges_;
    std::string indent_ = "  ";
    std::set<std::string> declared_;
    std::set<std::string> seen_ends_;
    std::vector<std::string> ends_; // in the order first met, so the output is stable
};

// ---- nodes and edges for each kind of record ----

// Organisations are drawn left of the people who work there, the sessions right of them.
// Organisations are drawn left of the people who work there, the sessions right of them. A
// position held for a country, with no organisation, points at the country, which is drawn
// on the right with the other countries.
void add_person(DotGraph& graph, const Person& person)
{
    graph.add_node(node(person.id), display_name(person), person_style);
    for (const Position& position : person.positions) {
        const bool former = position.tenure == Tenure::former;
        const std::string label = wrapped(former ? "former " + position.title : position.title, 30);
        const std::string style = former ? "style=dashed" : "";
        if (position.organization) {
            graph.add_edge_drawn_back(node(person.id), node(*position.organization), label, style);
        } else if (position.country) {
            graph.add_edge(node(person.id), node(*position.country), label, style);
        }
    }
}

void add_organization(DotGraph& graph, const Organization& organization)
{
    std::string label = wrapped(organization.name);
    if (organization.abbreviation) {
        label += "\n(" + *organization.abbreviation + ")";
    }
    graph.add_node(node(organization.id), label, organization_style);
    if (organization.parent) {
        graph.add_edge_drawn_back(node(organization.id), node(*organization.parent), "part of", "style=dashed");
    }
}

void add_series(DotGraph& graph, const Series& series)
{
    std::string label = wrapped(series.name);
    if (series.abbreviation) {
        label += "\n(" + *series.abbreviation + ")";
    }
    graph.add_node(node(series.id), label, series_style);
}

std::string session_label(const Session& session)
{
    if (session.title) {
        return *session.title;
    }
    std::string label = session.kind ? enum_label(*session.kind) + " session" : "session";
    if (session.number) {
        label += " " + std::to_string(*session.number);
    }
    label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return label;
}

// The role on a person's edge: the report's words when kept, else the role's name; a part
// with no role is "taking part".
std::string role_label(const Speaker& speaker)
{
    if (speaker.role_label) {
        return *speaker.role_label;
    }
    return speaker.role ? enum_label(*speaker.role) : "taking part";
}

std::string party_node(const std::string& owner, const Party& party)
{
    if (party.country) {
        return node(*party.country);
    }
    if (party.organization) {
        return node(*party.organization);
    }
    return owner + "/party:none";
}

// The agreements signed at each event, by the event's id: their "signed at" edge says that
// they came out of it, with no "outcome" edge besides.
using Signings = std::set<std::pair<std::string, std::string>>; // {event, agreement}

Signings signed_at(const Dossier& dossier)
{
    Signings found;
    for (const Agreement& agreement : dossier.agreements) {
        if (agreement.signed_at) {
            found.emplace(agreement.signed_at->value(), agreement.id.value());
        }
    }
    return found;
}

// An event with a programme is drawn in a box with its sessions; one without, as a node.
// Around it: the people who took part, its organisers, sides and chair, its series, the
// events it relates to and the agreements that came out of it.
void add_event(DotGraph& graph, const Event& event, const Signings& signed_there)
{
    std::string label = wrapped(event.title, event.sessions.empty() ? 26 : 34);
    const std::string dates = date_range(event.start_date, event.end_date);
    if (!dates.empty()) {
        label += "\n" + dates;
    }
    if (event.sessions.empty()) {
        graph.add_node(node(event.id), label, event_style);
    } else {
        graph.open_cluster(node(event.id));
        graph.add_node(node(event.id), label, programme_style);
        for (std::size_t i = 0; i < event.sessions.size(); ++i) {
            graph.add_node(session_node(event, i), session_label(event.sessions[i]), session_style);
        }
        graph.close_cluster();
    }

    for (const Organizer& organizer : event.organizers) {
        graph.add_edge(node(organizer.organization), node(event.id), enum_label(organizer.role), "color=\"#a61c00\"");
    }
    for (const Speaker& speaker : event.speakers) {
        graph.add_edge(node(speaker.person), node(event.id), role_label(speaker));
    }
    for (std::size_t i = 0; i < event.sessions.size(); ++i) {
        graph.add_edge(session_node(event, i), node(event.id));
        for (const Speaker& speaker : event.sessions[i].speakers) {
            graph.add_edge(node(speaker.person), session_node(event, i), role_label(speaker));
        }
    }
    for (const Party& side : event.sides) {
        graph.add_edge(node(event.id), party_node(node(event.id), side), "side", "color=\"#741b47\"");
    }
    if (event.chair) {
        graph.add_edge(node(event.id), party_node(node(event.id), *event.chair), "chair", "color=\"#741b47\"");
    }
    if (event.series) {
        graph.add_edge(node(event.id), node(*event.series),
                       event.edition ? "edition " + std::to_string(*event.edition) : "part of", "color=\"#741b47\"");
    }
    for (const EventLink& link : event.related) {
        graph.add_edge(node(event.id), node(link.event), enum_label(link.relation));
    }
    for (const AgreementId& outcome : event.outcomes) {
        if (!signed_there.contains({event.id.value(), outcome.value()})) {
            graph.add_edge(node(event.id), node(outcome), "outcome");
        }
    }
}

void add_agreement(DotGraph& graph, const Agreement& agreement)
{
    std::string label = wrapped(agreement.title);
    if (agreement.abbreviation) {
        label += "\n(" + *agreement.abbreviation + ")";
    }
    graph.add_node(node(agreement.id), label, agreement_style);
    for (const Party& party : agreement.parties) {
        graph.add_edge(node(agreement.id), party_node(node(agreement.id), party), "party", R"(color="#38761d")");
    }
    if (agreement.signed_at) {
        graph.add_edge(node(agreement.id), node(*agreement.signed_at), "signed at");
    }
    for (const AgreementLink& link : agreement.related) {
        graph.add_edge(node(agreement.id), node(link.agreement), enum_label(link.relation), R"(color="#38761d")");
    }
}

// A corridor points at its countries in order (1, 2, ...) and, when the route is known,
// at its first waypoint, each waypoint at the next.
void add_corridor(DotGraph& graph, const Corridor& corridor)
{
    graph.add_node(node(corridor.id),
                   corridor.abbreviation ? *corridor.abbreviation + "\n" + wrapped(corridor.name)
                                         : wrapped(corridor.name),
                   corridor_style);
    for (std::size_t i = 0; i < corridor.countries.size(); ++i) {
        graph.add_edge(node(corridor.id), node(corridor.countries[i]), std::to_string(i + 1), "color=\"#351c75\"");
    }
    for (std::size_t i = 0; i < corridor.route.size(); ++i) {
        const Waypoint& waypoint = corridor.route[i];
        graph.add_node(waypoint_node(corridor, i), waypoint.name, waypoint_style);
        graph.add_edge(i == 0 ? node(corridor.id) : waypoint_node(corridor, i - 1), waypoint_node(corridor, i),
                       i == 0 ? "route" : "", "color=\"#351c75\"");
    }
    for (const AgreementId& agreement : corridor.agreements) {
        graph.add_edge(node(corridor.id), node(agreement), "governed by", "style=dashed");
    }
}

// Every country that a graph edge points at, in the order first named: an event's side or
// chair, a position's, an agreement's party, a corridor's.
std::vector<CountryCode> countries_named(const Dossier& dossier)
{
    std::vector<CountryCode> found;
    const auto add = [&found](const std::optional<CountryCode>& country) {
        if (country && std::ranges::find(found, *country) == found.end()) {
            found.push_back(*country);
        }
    };
    for (const Event& event : dossier.events) {
        for (const Party& side : event.sides) {
            add(side.country);
        }
        if (event.chair) {
            add(event.chair->country);
        }
    }
    for (const Person& person : dossier.people) {
        for (const Position& position : person.positions) {
            if (!position.organization) {
                add(position.country);
            }
        }
    }
    for (const Agreement& agreement : dossier.agreements) {
        for (const Party& party : agreement.parties) {
            add(party.country);
        }
    }
    for (const Corridor& corridor : dossier.corridors) {
        for (const CountryCode& country : corridor.countries) {
            add(country);
        }
    }
    return found;
}

DotGraph make_graph(const Dossier& dossier)
{
    DotGraph graph;
    const Signings signed_there = signed_at(dossier);
    for (const Event& event : dossier.events) {
        add_event(graph, event, signed_there);
    }
    for (const Series& series : dossier.series) {
        add_series(graph, series);
    }
    for (const Person& person : dossier.people) {
        add_person(graph, person);
    }
    for (const Organization& organization : dossier.organizations) {
        add_organization(graph, organization);
    }
    for (const Agreement& agreement : dossier.agreements) {
        add_agreement(graph, agreement);
    }
    for (const Corridor& corridor : dossier.corridors) {
        add_corridor(graph, corridor);
    }
    for (const CountryCode& country : countries_named(dossier)) {
        graph.add_node(node(country), std::string(country.name()), country_style);
    }
    return graph;
}

ExitStatus run(const std::string& file)
{
    const DossierInput input = read_dossier(file);
    if (!input.dossier) {
        return input.status;
    }
    make_graph(*input.dossier).write(std::cout);
    return ExitStatus::ok;
}

} // namespace

Subcommand add_graph(CLI::App& communique)
{
    auto file = std::make_shared<std::string>();
    CLI::App* graph = communique.add_subcommand("graph", "Write a dossier as a Graphviz DOT graph");
    graph->add_option("FILE", *file, "A dossier file, or - for standard input")->required();
    graph->footer("Render it with: communique graph FILE | dot -Tsvg > dossier.svg\n"
                  "A reference to a record the dossier does not hold becomes a dashed node\n"
                  "marked [not in dossier].\n\n" +
                  std::string(dossier_exit_statuses));
    return {graph, [file] { return run(*file); }};
}

} // namespace command
