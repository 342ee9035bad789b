// communique::to_jsonld: a dossier as schema.org JSON-LD.
//
// Two golden files hold what it writes: tests/data/jsonld/issi-pakistan-kazakhstan-2026.jsonld
// (the seed report's dossier) and tests/data/jsonld/every-property.jsonld (a dossier, built
// below, that gives every member to_jsonld exports). The interop tests check those files
// with independent tools: the jsonld processor and the TypeScript compiler with schema-dts
// (tests/interop). Regenerating them, after a deliberate change:
//     COMMUNIQUE_UPDATE_GOLDEN=1 ./build/tests/test_jsonld
// With COMMUNIQUE_UPDATE_GOLDEN set (to anything), the test first writes the files, then
// checks as usual. Run the program itself, not through ctest, and review the change with
// `git diff` before committing it.
#include <communique/file.hpp>
#include <communique/jsonld.hpp>
#include <communique/literals.hpp>

#include "golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace communique;
using Json = nlohmann::ordered_json;

namespace {

const std::filesystem::path data_dir(COMMUNIQUE_TEST_DATA_DIR);
constexpr const char* base = "https://issi.org.pk/dossier/";

Dossier seed()
{
    return read_file<Dossier>(data_dir / "issi-pakistan-kazakhstan-2026.json");
}

// A dossier that gives every member that to_jsonld exports, and some that it cannot.
Dossier every_property()
{
    Dossier d;
    d.sources = {
        Source{.id = "report"_source,
               .kind = SourceKind::news_report,
               .channel = Channel::website,
               .publisher = "agency"_org,
               .authors = {"reporter"_person},
               .headline = "Leaders meet in Astana",
               .section = "World",
               .dateline = "ASTANA, July 4",
               .dateline_place = Place{.city = "Astana", .country = "KZ"_country},
               .published = Date(2024, 7, 4),
               .url = "https://news.example.org/2024/07/04/astana",
               .language = "en",
               .cites = {"statement"_source}},
        Source{.id = "statement"_source, .kind = SourceKind::official_statement},
        Source{.id = "post"_source, .kind = SourceKind::post, .section = "not an article's"},
    };
    d.organizations = {
        Organization{.id = "institute"_org,
                     .name = "Institute of Example Studies",
                     .abbreviation = "IES",
                     .other_names = {"Example Institute"},
                     .kind = OrganizationKind::think_tank,
                     .country = "KZ"_country,
                     .location = Place{.name = "Institute House", .city = "Astana", .country = "KZ"_country},
                     .founded = Date(1993, 6),
                     .identifiers = {{IdScheme::website, "https://institute.example.org"},
                                     {IdScheme::wikidata, "Q100000001"},
                                     {IdScheme::ror, "0abcdef12"}}},
        Organization{.id = "university"_org,
                     .name = "Example University",
                     .kind = OrganizationKind::university,
                     .parent = "institute"_org,
                     .founded = Date(1973)},
        Organization{.id = "bloc"_org,
                     .name = "Example Cooperation Organisation",
                     .kind = OrganizationKind::intergovernmental_organization,
                     .members = {Membership{.party = party("institute"_org),
                                            .status = MembershipStatus::dialogue_partner,
                                            .since = Date(2021)},
                                 Membership{.party = party("KZ"_country), .status = MembershipStatus::member},
                                 Membership{.party = party("university"_org)}},
                     .founded_at = "summit"_event},
        Organization{.id = "agency"_org, .name = "Example News Agency", .kind = OrganizationKind::news_agency},
        Organization{.id = "embassy"_org, .name = "Embassy of Kazakhstan", .kind = OrganizationKind::embassy},
    };
    d.people = {
        Person{
            .id = "director"_person,
            .name = "Aigerim Example",
            .honorific = "Dr.",
            .positions = {Position{.title = "Director", .organization = "institute"_org, .start = Date(2020, 3)},
                          Position{.title = "Ambassador to Austria", .country = "KZ"_country, .tenure = Tenure::former},
                          Position{.title = "Adviser", .organization = "bloc"_org, .end = Date(2019)}},
            .nationality = "KZ"_country,
            .identifiers = {{IdScheme::orcid, "0000-0002-1825-0097"},
                            {IdScheme::isni, "0000 0001 2103 2683"},
                            {IdScheme::other, "staff-42"}}},
        Person{.id = "minister"_person, .positions = {Position{.title = "Minister of Public Works"}}},
        Person{.id = "reporter"_person, .name = "Daniyar Example"},
        Person{.id = "delegate"_person, .name = "Saule Example"},
    };
    d.series = {Series{.id = "dialogue"_series,
                       .name = "Astana Example Dialogue",
                       .abbreviation = "AED",
                       .other_names = {"Example Dialogue"},
                       .organizers = {"institute"_org},
                       .description = "A yearly dialogue.",
                       .identifiers = {{IdScheme::website, "https://dialogue.example.org"}},
                       .sources = {"report"_source}}};

    const DateTime opening_start(Date(2024, 7, 4), 10, 0, 0, utc_offset(5));
    const DateTime opening_end(Date(2024, 7, 4), 11, 30, 0, utc_offset(5));
    Event summit{.id = "summit"_event,
                 .title = "Example Summit",
                 .kind = EventKind::summit,
                 .status = EventStatus::held,
                 .start_date = Date(2024, 7, 3),
                 .end_date = Date(2024, 7, 4),
                 .attendance = AttendanceMode::in_person,
                 .venue = Place{.name = "Palace of Independence",
                                .city = "Astana",
                                .region = "Akmola",
                                .country = "KZ"_country,
                                .url = "https://palace.example.org"}};
    Event round_table{
        .id = "round-table"_event,
        .title = "Round table on connectivity",
        .kind = EventKind::round_table,
        .status = EventStatus::moved_online,
        .start_date = Date(2024, 7, 4),
        .start = opening_start,
        .end = DateTime(Date(2024, 7, 4), 17, 0, 0, utc_offset(5)),
        .attendance = AttendanceMode::hybrid,
        .venue =
            Place{.city = "Astana", .country = "KZ"_country, .platform = "Zoom", .url = "https://zoom.example.org/j/1"},
        .series = "dialogue"_series,
        .edition = 12,
        .related = {{EventRelation::on_sidelines_of, "summit"_event}, {EventRelation::follows_up, "month-event"_event}},
        .organizers = {{"institute"_org, OrganizerRole::host},
                       {"embassy"_org, OrganizerRole::in_collaboration_with},
                       {"agency"_org, OrganizerRole::sponsor}},
        .sides = {party("bloc"_org), party("KZ"_country)},
        .chair = party("KZ"_country),
        .description = "Experts on regional connectivity.",
        .themes = {"connectivity", "transit trade"},
        .audience = {"diplomats", "scholars"},
        .participant_count = Amount{.value = Decimal::from_string("300")},
        .speakers = {Speaker{.person = "delegate"_person, .role = Role::delegation_member}},
        .sessions = {Session{.kind = SessionKind::opening,
                             .title = "Opening session",
                             .number = 1,
                             .start = opening_start,
                             .end = opening_end,
                             .venue = Place{.platform = "Zoom"},
                             .attendance = AttendanceMode::online,
                             .focus = {"rail links"},
                             .speakers = {Speaker{.person = "director"_person, .role = Role::moderator},
                                          Speaker{.person = "director"_person, .role = Role::opening_remarks},
                                          Speaker{.person = "minister"_person, .role = Role::chief_guest}}},
                     Session{.title = "Working session", .date = Date(2024, 7, 4)}},
        .outcomes = {"charter"_agreement},
        .identifiers = {{IdScheme::wikidata, "Q100000002"}, {IdScheme::website, "https://dialogue.example.org/12"}},
        .sources = {"report"_source}};
    d.events = {summit,
                round_table,
                Event{.id = "month-event"_event,
                      .title = "A meeting in June",
                      .kind = EventKind::bilateral_meeting,
                      .status = EventStatus::cancelled,
                      .start_date = Date(2024, 6),
                      .attendance = AttendanceMode::online},
                Event{.id = "year-event"_event,
                      .title = "A forum in 2025",
                      .kind = EventKind::forum,
                      .status = EventStatus::postponed,
                      .start_date = Date(2025)},
                Event{.id = "rescheduled"_event,
                      .title = "A rescheduled seminar",
                      .kind = EventKind::seminar,
                      .status = EventStatus::rescheduled},
                Event{.id = "scheduled"_event,
                      .title = "A scheduled webinar",
                      .kind = EventKind::webinar,
                      .status = EventStatus::scheduled,
                      .venue = Place{.url = "https://meet.example.org/webinar"}}};
    d.agreements = {
        Agreement{.id = "charter"_agreement,
                  .title = "Charter of the Example Cooperation Organisation",
                  .abbreviation = "ECO Charter",
                  .other_names = {"Astana Charter"},
                  .kind = AgreementKind::charter,
                  .parties = {party("KZ"_country)},
                  .status = AgreementStatus::in_force,
                  .dated = Date(2002, 6, 7),
                  .signed_date = Date(2002, 6, 7),
                  .applies_from = Date(2025),
                  .sectors = {"security", "trade"},
                  .description = "The founding charter.",
                  .identifiers = {{IdScheme::un_treaty_series, "I-54321"}},
                  .sources = {"report"_source}},
        Agreement{.id = "roadmap"_agreement,
                  .title = "Roadmap to 2035",
                  .kind = AgreementKind::roadmap,
                  .applies_until = Date(2035)},
    };
    d.corridors = {Corridor{.id = "railway"_corridor, .name = "Example railway"}};
    return d;
}

// The golden text, written first from `document` when COMMUNIQUE_UPDATE_GOLDEN is set.
std::string golden_text(const std::string& name, const Json& document)
{
    return ::golden_text(data_dir / "jsonld" / name, document.dump(2) + "\n");
}

// The node of the graph with this IRI.
const Json& node(const Json& document, const std::string& iri)
{
    for (const Json& candidate : document.at("@graph")) {
        if (candidate.value("@id", "") == iri) {
            return candidate;
        }
    }
    FAIL("no node has the @id " << iri);
    throw std::logic_error("unreachable");
}

const Json& event(const Json& document, const std::string& id)
{
    return node(document, std::string(base) + "events/" + id);
}

Json reference(const std::string& iri)
{
    return Json{{"@id", iri}};
}

std::set<std::string> keys_of(const Json& object)
{
    std::set<std::string> keys;
    for (const auto& item : object.items()) {
        keys.insert(item.key());
    }
    return keys;
}

} // namespace

TEST_CASE("the seed dossier's JSON-LD is the golden file")
{
    const Json document = to_jsonld(seed(), base);
    CHECK(document.dump(2) + '\n' == golden_text("issi-pakistan-kazakhstan-2026.jsonld", document));
}

TEST_CASE("a dossier with every exported member gives the golden file")
{
    const Json document = to_jsonld(every_property(), base);
    CHECK(document.dump(2) + '\n' == golden_text("every-property.jsonld", document));
}

TEST_CASE("the document is a schema.org graph of the records, each with its type and its IRI under the base")
{
    const Dossier dossier = seed();
    const Json document = to_jsonld(dossier, base);
    CHECK(keys_of(document) == std::set<std::string>{"@context", "@graph"});
    CHECK(document.begin().key() == "@context");
    CHECK(document.at("@context") == "https://schema.org");

    // Every source, organisation, person, series, event and agreement, in that order;
    // corridors have no schema.org type.
    const Json& graph = document.at("@graph");
    REQUIRE(graph.size() == dossier.sources.size() + dossier.organizations.size() + dossier.people.size() +
                                dossier.series.size() + dossier.events.size() + dossier.agreements.size());
    std::vector<std::string> expected_ids;
    for (const Source& source : dossier.sources) {
        expected_ids.push_back(std::string(base) + "sources/" + source.id.value());
    }
    for (const Organization& organization : dossier.organizations) {
        expected_ids.push_back(std::string(base) + "organizations/" + organization.id.value());
    }
    for (const Person& person : dossier.people) {
        expected_ids.push_back(std::string(base) + "people/" + person.id.value());
    }
    for (const Event& e : dossier.events) {
        expected_ids.push_back(std::string(base) + "events/" + e.id.value());
    }
    for (const Agreement& agreement : dossier.agreements) {
        expected_ids.push_back(std::string(base) + "agreements/" + agreement.id.value());
    }
    std::vector<std::string> ids;
    for (const Json& n : graph) {
        CHECK(n.begin().key() == "@type");
        ids.push_back(n.at("@id").get<std::string>());
    }
    CHECK(ids == expected_ids);

    // Every reference, however deep, is an IRI under the base.
    std::vector<const Json*> pending{&graph};
    std::size_t references = 0;
    while (!pending.empty()) {
        const Json* value = pending.back();
        pending.pop_back();
        if (value->is_object() && value->contains("@id")) {
            CHECK(value->at("@id").get<std::string>().rfind(base, 0) == 0);
            ++references;
        }
        if (value->is_structured()) {
            for (const Json& child : *value) {
                pending.push_back(&child);
            }
        }
    }
    CHECK(references > graph.size());

    const Json& conference = event(document, "issi-pakistan-kazakhstan-conference-2026");
    CHECK(conference.at("@type") == "Event");
    CHECK(conference.at("organizer") ==
          Json::array({reference(std::string(base) + "organizations/issi"),
                       reference(std::string(base) + "organizations/kazakhstan-embassy-islamabad")}));
    CHECK(node(document, std::string(base) + "people/talat-shabbir").at("@type") == "Person");
    CHECK(node(document, std::string(base) + "agreements/qtta").at("@type") == "CreativeWork");
}

TEST_CASE("the seed's conference has what web search asks of an event")
{
    const Json document = to_jsonld(seed(), base);
    const Json& conference = event(document, "issi-pakistan-kazakhstan-conference-2026");

    // Required: name, startDate, and a location that, being a Place, has an address.
    CHECK(conference.at("name") ==
          "Pakistan–Kazakhstan Relations: Post-Visit Reflections and Pathways for Strategic Cooperation");
    CHECK(conference.at("startDate") == "2026-02-12");
    const Json& location = conference.at("location");
    CHECK(location.at("@type") == "Place");
    CHECK(location.at("address") ==
          Json{{"@type", "PostalAddress"}, {"addressLocality", "Islamabad"}, {"addressCountry", "PK"}});

    // Recommended, and given by the report: a description, the status (held is schema.org's
    // EventScheduled), the organisers, and the performers (those of its sessions).
    CHECK(conference.at("description").get<std::string>().starts_with("Organized in the context"));
    CHECK(conference.at("eventStatus") == "https://schema.org/EventScheduled");
    CHECK(conference.at("organizer").size() == 2);
    CHECK(conference.at("performer").size() == 16); // 18 parts in its sessions, two people twice
    CHECK(conference.at("performer").front() == reference(std::string(base) + "people/talat-shabbir"));

    // Recommended, and not given: a one-day event has no end date, and the report does not
    // say how it was attended. The model has no images, offers or previous start dates.
    for (const char* absent : {"endDate", "eventAttendanceMode", "image", "offers", "previousStartDate"}) {
        CAPTURE(absent);
        CHECK_FALSE(conference.contains(absent));
    }
}

TEST_CASE("dates are written at the precision the dossier gives, date-times in full")
{
    const Json document = to_jsonld(every_property(), base);
    CHECK(event(document, "summit").at("startDate") == "2024-07-03");
    CHECK(event(document, "summit").at("endDate") == "2024-07-04");
    CHECK(event(document, "month-event").at("startDate") == "2024-06");
    CHECK(event(document, "year-event").at("startDate") == "2025");

    // A date-time, when given, is preferred to the day alone.
    const Json& round_table = event(document, "round-table");
    CHECK(round_table.at("startDate") == "2024-07-04T10:00:00+05:00");
    CHECK(round_table.at("endDate") == "2024-07-04T17:00:00+05:00");
    const Json& sessions = round_table.at("subEvent");
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0].at("startDate") == "2024-07-04T10:00:00+05:00");
    CHECK(sessions[0].at("endDate") == "2024-07-04T11:30:00+05:00");
    CHECK(sessions[1].at("startDate") == "2024-07-04");
    CHECK_FALSE(sessions[1].contains("endDate"));

    const Json seed_document = to_jsonld(seed(), base);
    CHECK(event(seed_document, "tokayev-state-visit-2026").at("startDate") == "2026-02");
    CHECK(node(document, std::string(base) + "organizations/institute").at("foundingDate") == "1993-06");
    CHECK(node(document, std::string(base) + "organizations/university").at("foundingDate") == "1973");
    CHECK(node(document, std::string(base) + "agreements/charter").at("dateCreated") == "2002-06-07");
}

TEST_CASE("members that a dossier leaves out leave their properties out")
{
    Dossier d;
    d.sources = {Source{.id = "s"_source, .kind = SourceKind::other}};
    d.organizations = {Organization{.id = "o"_org, .name = "O"}};
    d.people = {Person{.id = "p"_person}};
    d.series = {Series{.id = "r"_series, .name = "R"}};
    d.events = {Event{.id = "e"_event, .title = "E", .kind = EventKind::conference, .sessions = {Session{}}}};
    d.agreements = {Agreement{.id = "a"_agreement, .title = "A", .kind = AgreementKind::treaty}};
    const Json document = to_jsonld(d, base);
    const Json& graph = document.at("@graph");
    REQUIRE(graph.size() == 6);
    CHECK(keys_of(graph[0]) == std::set<std::string>{"@type", "@id"});
    CHECK(graph[0].at("@type") == "CreativeWork");
    CHECK(keys_of(graph[1]) == std::set<std::string>{"@type", "@id", "name"});
    CHECK(graph[1].at("@type") == "Organization");
    CHECK(keys_of(graph[2]) == std::set<std::string>{"@type", "@id"});
    CHECK(graph[2].at("@type") == "Person");
    CHECK(keys_of(graph[3]) == std::set<std::string>{"@type", "@id", "name"});
    CHECK(graph[3].at("@type") == "EventSeries");
    CHECK(keys_of(graph[4]) == std::set<std::string>{"@type", "@id", "name", "subEvent"});
    CHECK(graph[4].at("subEvent") == Json::array({Json{{"@type", "Event"}}}));
    CHECK(keys_of(graph[5]) == std::set<std::string>{"@type", "@id", "name"});

    // What schema.org cannot say is left out even when given: the kind of an event, its
    // edition, chair, counts and outcomes, an organisation's country, the parties to an
    // agreement, and corridors.
    const Json full = to_jsonld(every_property(), base);
    const Json& round_table = event(full, "round-table");
    for (const char* key : {"edition", "chair", "participant_count", "outcomes", "maximumAttendeeCapacity", "kind"}) {
        CAPTURE(key);
        CHECK_FALSE(round_table.contains(key));
    }
    CHECK_FALSE(node(full, std::string(base) + "organizations/institute").contains("address"));
    for (const Json& n : full.at("@graph")) {
        CHECK(n.at("@id").get<std::string>().find("/corridors/") == std::string::npos);
    }
}

TEST_CASE("status, attendance and location follow schema.org's vocabulary")
{
    const Json document = to_jsonld(every_property(), base);
    CHECK(event(document, "summit").at("eventStatus") == "https://schema.org/EventScheduled"); // held
    CHECK(event(document, "scheduled").at("eventStatus") == "https://schema.org/EventScheduled");
    CHECK(event(document, "month-event").at("eventStatus") == "https://schema.org/EventCancelled");
    CHECK(event(document, "year-event").at("eventStatus") == "https://schema.org/EventPostponed");
    CHECK(event(document, "rescheduled").at("eventStatus") == "https://schema.org/EventRescheduled");
    CHECK(event(document, "round-table").at("eventStatus") == "https://schema.org/EventMovedOnline");

    CHECK(event(document, "summit").at("eventAttendanceMode") == "https://schema.org/OfflineEventAttendanceMode");
    CHECK(event(document, "month-event").at("eventAttendanceMode") == "https://schema.org/OnlineEventAttendanceMode");
    CHECK(event(document, "round-table").at("eventAttendanceMode") == "https://schema.org/MixedEventAttendanceMode");
    CHECK_FALSE(event(document, "year-event").contains("eventAttendanceMode"));

    // A venue: a Place with its address, and its url when it has no platform.
    CHECK(event(document, "summit").at("location") == Json{{"@type", "Place"},
                                                           {"name", "Palace of Independence"},
                                                           {"address",
                                                            {{"@type", "PostalAddress"},
                                                             {"addressLocality", "Astana"},
                                                             {"addressRegion", "Akmola"},
                                                             {"addressCountry", "KZ"}}},
                                                           {"url", "https://palace.example.org"}});
    // A hybrid event's: the Place and the VirtualLocation, which has the url.
    CHECK(event(document, "round-table").at("location") ==
          Json::array(
              {Json{{"@type", "Place"},
                    {"address", {{"@type", "PostalAddress"}, {"addressLocality", "Astana"}, {"addressCountry", "KZ"}}}},
               Json{{"@type", "VirtualLocation"}, {"name", "Zoom"}, {"url", "https://zoom.example.org/j/1"}}}));
    // An address alone is an online one.
    CHECK(event(document, "scheduled").at("location") ==
          Json{{"@type", "VirtualLocation"}, {"url", "https://meet.example.org/webinar"}});
}

TEST_CASE("organisers, performers, attendees, series and related events")
{
    const Json document = to_jsonld(every_property(), base);
    const std::string people = std::string(base) + "people/";
    const std::string organizations = std::string(base) + "organizations/";
    const Json& round_table = event(document, "round-table");

    // Hosts and collaborators organise, sponsors sponsor.
    CHECK(round_table.at("organizer") ==
          Json::array({reference(organizations + "institute"), reference(organizations + "embassy")}));
    CHECK(round_table.at("sponsor") == Json::array({reference(organizations + "agency")}));

    // Those who spoke or ran a session perform, each once; a chief guest without remarks
    // and a delegation's member attend, as does an organisation among the sides (a state
    // side has no schema.org property).
    CHECK(round_table.at("performer") == Json::array({reference(people + "director")}));
    CHECK(round_table.at("attendee") == Json::array({reference(organizations + "bloc"), reference(people + "delegate"),
                                                     reference(people + "minister")}));
    const Json& opening = round_table.at("subEvent").at(0);
    CHECK(opening.at("performer") == Json::array({reference(people + "director")}));
    CHECK(opening.at("attendee") == Json::array({reference(people + "minister")}));
    CHECK(opening.at("keywords") == Json::array({"rail links"}));
    CHECK(opening.at("location") == Json{{"@type", "VirtualLocation"}, {"name", "Zoom"}});
    CHECK(opening.at("eventAttendanceMode") == "https://schema.org/OnlineEventAttendanceMode");

    // Its series and the summit it was held on the sidelines of are its super-events; that
    // it follows up another event schema.org cannot say.
    CHECK(round_table.at("superEvent") == Json::array({reference(std::string(base) + "series/dialogue"),
                                                       reference(std::string(base) + "events/summit")}));
    CHECK(node(document, std::string(base) + "series/dialogue").at("@type") == "EventSeries");

    CHECK(round_table.at("keywords") == Json::array({"connectivity", "transit trade"}));
    CHECK(round_table.at("audience") == Json::array({Json{{"@type", "Audience"}, {"audienceType", "diplomats"}},
                                                     Json{{"@type", "Audience"}, {"audienceType", "scholars"}}}));
    CHECK(round_table.at("subjectOf") == Json::array({reference(std::string(base) + "sources/report")}));
}

TEST_CASE("people, organisations and their external identifiers")
{
    const Json document = to_jsonld(every_property(), base);
    const std::string organizations = std::string(base) + "organizations/";

    const Json& director = node(document, std::string(base) + "people/director");
    CHECK(director.at("name") == "Aigerim Example");
    CHECK(director.at("honorificPrefix") == "Dr.");
    // Titles held now; a former one, or one that ended, is no job title.
    CHECK(director.at("jobTitle") == Json::array({"Director"}));
    CHECK(director.at("affiliation") == Json::array({Json{{"@type", "OrganizationRole"},
                                                          {"affiliation", reference(organizations + "institute")},
                                                          {"roleName", "Director"},
                                                          {"startDate", "2020-03"}},
                                                     Json{{"@type", "OrganizationRole"},
                                                          {"affiliation", reference(organizations + "bloc")},
                                                          {"roleName", "Adviser"},
                                                          {"endDate", "2019"}}}));
    CHECK(director.at("nationality") == Json{{"@type", "Country"}, {"name", "Kazakhstan"}, {"identifier", "KZ"}});
    CHECK(director.at("sameAs") == Json::array({"https://orcid.org/0000-0002-1825-0097"}));
    CHECK(director.at("identifier") ==
          Json::array({Json{{"@type", "PropertyValue"}, {"propertyID", "isni"}, {"value", "0000 0001 2103 2683"}},
                       Json{{"@type", "PropertyValue"}, {"value", "staff-42"}}}));
    const Json& minister = node(document, std::string(base) + "people/minister");
    CHECK(keys_of(minister) == std::set<std::string>{"@type", "@id", "jobTitle"});

    const Json& institute = node(document, organizations + "institute");
    CHECK(institute.at("@type") == "ResearchOrganization");
    CHECK(institute.at("alternateName") == Json::array({"IES", "Example Institute"}));
    CHECK(institute.at("url") == "https://institute.example.org");
    CHECK(institute.at("sameAs") ==
          Json::array({"https://www.wikidata.org/wiki/Q100000001", "https://ror.org/0abcdef12"}));
    CHECK(node(document, organizations + "university").at("@type") == "CollegeOrUniversity");
    CHECK(node(document, organizations + "university").at("parentOrganization") ==
          reference(organizations + "institute"));
    CHECK(node(document, organizations + "embassy").at("@type") == "GovernmentOrganization");
    CHECK(node(document, organizations + "agency").at("@type") == "NewsMediaOrganization");
    const Json& bloc = node(document, organizations + "bloc");
    CHECK(bloc.at("@type") == "Organization");
    // Organisations are members; a state is not an Organization in schema.org.
    CHECK(bloc.at("member") == Json::array({Json{{"@type", "OrganizationRole"},
                                                 {"member", reference(organizations + "institute")},
                                                 {"roleName", "dialogue partner"},
                                                 {"startDate", "2021"}},
                                            reference(organizations + "university")}));

    const Json& charter = node(document, std::string(base) + "agreements/charter");
    CHECK(charter.at("creativeWorkStatus") == "in force");
    CHECK(charter.at("temporalCoverage") == "2025/..");
    CHECK(charter.at("keywords") == Json::array({"security", "trade"}));
    CHECK(charter.at("identifier") ==
          Json::array({Json{{"@type", "PropertyValue"}, {"propertyID", "un_treaty_series"}, {"value", "I-54321"}}}));
    CHECK(node(document, std::string(base) + "agreements/roadmap").at("temporalCoverage") == "../2035");

    const Json& report = node(document, std::string(base) + "sources/report");
    CHECK(report.at("@type") == "NewsArticle");
    CHECK(report.at("isBasedOn") == Json::array({reference(std::string(base) + "sources/statement")}));
    CHECK(report.at("dateline") == "ASTANA, July 4");
    const Json& post = node(document, std::string(base) + "sources/post");
    CHECK(post.at("@type") == "SocialMediaPosting");
    CHECK(post.at("articleSection") == "not an article's");
    CHECK_FALSE(post.contains("dateline"));
}

TEST_CASE("ids are percent-encoded into one path segment under the base")
{
    Dossier d;
    d.events = {Event{.id = EventId("a b/c#d?é"), .title = "E", .kind = EventKind::other}};
    CHECK(to_jsonld(d, base).at("@graph").at(0).at("@id") == std::string(base) + "events/a%20b%2Fc%23d%3F%C3%A9");
    CHECK(to_jsonld(d, "urn:example:dossier#").at("@graph").at(0).at("@id") ==
          "urn:example:dossier#events/a%20b%2Fc%23d%3F%C3%A9");
}

TEST_CASE("a base that is no absolute IRI ending in / or # is refused")
{
    const Dossier d = seed();
    for (const char* bad :
         {"", "issi.org.pk/dossier/", "/dossier/", "1http://x.org/", "https:", "https://issi.org.pk/dossier",
          "https://issi.org.pk/my dossier/", "https://issi.org.pk/?dossier=/", "https://issi.org.pk/#dossier/",
          "https://issi.org.pk/<dossier>/"}) {
        CAPTURE(bad);
        CHECK_THROWS_AS(to_jsonld(d, bad), InvalidValue);
    }
    CHECK_THROWS_WITH(to_jsonld(d, "https://issi.org.pk/dossier"),
                      Catch::Contains("invalid JSON-LD base \"https://issi.org.pk/dossier\"") &&
                          Catch::Contains("must end with / or #"));
    CHECK_THROWS_WITH(to_jsonld(d, "issi.org.pk/"), Catch::Contains("expected an absolute IRI"));

    for (const char* good : {"https://issi.org.pk/dossier/", "https://issi.org.pk/#", "urn:example:dossier#",
                             "http://localhost:8080/dossiers/2026/"}) {
        CAPTURE(good);
        CHECK_NOTHROW(to_jsonld(d, good));
    }
}

namespace {

// docs/jsonld.md: a JSON text inside a web page's <script> element. '<' appears in JSON
// text only within strings, where \u003c means the same, so that no "</script>" or "<!--"
// in the data can end the element early.
std::string script_element(const std::string& json_text)
{
    std::string escaped;
    for (const char c : json_text) {
        escaped += c == '<' ? std::string("\\u003c") : std::string(1, c);
    }
    return "<script type=\"application/ld+json\">\n" + escaped + "\n</script>\n";
}

} // namespace

TEST_CASE("the JSON-LD in a web page, as docs/jsonld.md shows it")
{
    const std::filesystem::path file = data_dir / "issi-pakistan-kazakhstan-2026.json";

    const communique::Dossier dossier = communique::read_file<communique::Dossier>(file);
    const nlohmann::ordered_json document = communique::to_jsonld(dossier, "https://issi.org.pk/dossier/");
    const std::string html = script_element(document.dump(2));

    CHECK(html.starts_with("<script type=\"application/ld+json\">\n{\n  \"@context\": \"https://schema.org\","));
    CHECK(html.ends_with("}\n</script>\n"));

    // Text that would end the element early is escaped, and reads back as it was.
    Dossier tricky;
    tricky.events = {Event{.id = "e"_event, .title = "A </script><!-- title", .kind = EventKind::other}};
    const std::string json_text = to_jsonld(tricky, base).dump();
    const std::string element = script_element(json_text);
    const std::string inside =
        element.substr(element.find('\n') + 1, element.rfind("\n</script>") - element.find('\n') - 1);
    CHECK(inside.find('<') == std::string::npos);
    CHECK(Json::parse(inside) == Json::parse(json_text));
    CHECK(Json::parse(inside).at("@graph").at(0).at("name") == "A </script><!-- title");
}
