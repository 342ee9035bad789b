// communique::validate: each check on a small dossier built in code, with the check id, path
// and severity of what it reports; what a real report leaves out or states legitimately is
// clean; several problems are all reported, in document order.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace communique;

namespace Catch {
template <>
struct StringMaker<communique::Problem> {
    static std::string convert(const communique::Problem& p)
    {
        return (p.severity == Severity::error ? "error " : "warning ") + p.check + " at " + p.path + ": " + p.message;
    }
};
} // namespace Catch

namespace {

DateTime at_time(Date day, unsigned hour, int utc_offset_hours, unsigned minute = 0)
{
    return DateTime(day, hour, minute, 0, std::chrono::hours{utc_offset_hours});
}

const Date conference_day(2026, 2, 12);

// A small dossier with a record of every kind and most members given, each reference
// resolved and every check met.
Dossier clean_dossier()
{
    const Date day = conference_day;
    return Dossier{
        .sources = {Source{.id = SourceId("s1"),
                           .kind = SourceKind::news_report,
                           .channel = Channel::website,
                           .publisher = OrganizationId("o1"),
                           .authors = {PersonId("p3")},
                           .published = day,
                           .url = "https://example.org/report",
                           .cites = {SourceId("s2")}},
                    Source{.id = SourceId("s2"), .kind = SourceKind::press_release}},
        .organizations = {Organization{.id = OrganizationId("o1"),
                                       .name = "Institute of Studies",
                                       .kind = OrganizationKind::think_tank,
                                       .country = CountryCode("PK"),
                                       .founded = Date(1973),
                                       .identifiers = {{.scheme = IdScheme::wikidata, .value = "Q42"}}},
                          Organization{.id = OrganizationId("o2"),
                                       .name = "Study Centre",
                                       .kind = OrganizationKind::research_centre,
                                       .parent = OrganizationId("o1")},
                          Organization{.id = OrganizationId("o3"),
                                       .name = "Embassy of Kazakhstan",
                                       .kind = OrganizationKind::embassy,
                                       .country = CountryCode("KZ")},
                          Organization{.id = OrganizationId("o4"),
                                       .name = "Think-tank network",
                                       .kind = OrganizationKind::network,
                                       .members = {{.party = party(OrganizationId("o1"))},
                                                   {.party = party(CountryCode("KZ")),
                                                    .status = MembershipStatus::founding_member,
                                                    .since = Date(2026, 2, 3)}},
                                       .founded = Date(2026, 2, 3),
                                       .founded_at = EventId("e1")}},
        .people = {Person{.id = PersonId("p1"),
                          .name = "Amina Khan",
                          .positions = {{.title = "Director",
                                         .organization = OrganizationId("o1"),
                                         .tenure = Tenure::former,
                                         .start = Date(2020),
                                         .end = Date(2024, 6)}}},
                   Person{.id = PersonId("p2"),
                          .name = "Daulet Serikov",
                          .positions = {{.title = "Ambassador",
                                         .organization = OrganizationId("o3"),
                                         .tenure = Tenure::current,
                                         .as_of = day,
                                         .start = Date(2023)}}},
                   Person{.id = PersonId("p3"), .name = "Sara Ali"}},
        .series = {Series{.id = SeriesId("r1"),
                          .name = "Pakistan-Kazakhstan Dialogue",
                          .other_names = {"Islamabad Dialogue"},
                          .organizers = {OrganizationId("o1")},
                          .sources = {SourceId("s2")}}},
        .events = {Event{.id = EventId("e1"),
                         .title = "State visit",
                         .kind = EventKind::state_visit,
                         .start_date = Date(2026, 2, 3),
                         .end_date = Date(2026, 2, 4),
                         .sides = {party(CountryCode("PK")), party(CountryCode("KZ"))},
                         .speakers = {{.person = PersonId("p2"),
                                       .role = Role::head_of_delegation,
                                       .on_behalf_of = party(CountryCode("KZ"))},
                                      {.person = PersonId("p3"),
                                       .role = Role::delegation_member,
                                       .accompanying = PersonId("p2")}},
                         .sources = {SourceId("s1")}},
                   Event{.id = EventId("c1"),
                         .title = "Pakistan and Kazakhstan",
                         .kind = EventKind::conference,
                         .status = EventStatus::held,
                         .start_date = day,
                         .start = at_time(day, 9, 5),
                         .end = at_time(day, 18, 5),
                         .series = SeriesId("r1"),
                         .edition = 3,
                         .related = {{.relation = EventRelation::follows_up, .event = EventId("e1")}},
                         .organizers = {{.organization = OrganizationId("o1"), .role = OrganizerRole::host},
                                        {.organization = OrganizationId("o3"), .role = OrganizerRole::co_host}},
                         .chair = party(CountryCode("PK")),
                         .participant_count = hedged(Qualifier::approximately, Decimal(300)),
                         .sessions = {Session{
                                          .kind = SessionKind::inaugural,
                                          .start = at_time(day, 10, 5),
                                          .end = at_time(day, 11, 5),
                                          .speakers = {{.person = PersonId("p1"), .role = Role::chair},
                                                       {.person = PersonId("p2"),
                                                        .role = Role::keynote,
                                                        .on_behalf_of = party(OrganizationId("o3")),
                                                        .remarks = Remarks{.title = "Trade and transit",
                                                                           .summary = "Trade can grow.",
                                                                           .agreements = {AgreementId("a1")},
                                                                           .corridors = {CorridorId("k1")},
                                                                           .events = {EventId("e1")},
                                                                           .people = {PersonId("p1")},
                                                                           .organizations = {OrganizationId("o2")},
                                                                           .figures = {Figure{.measure =
                                                                                                  "export potential",
                                                                                              .amount = exactly(
                                                                                                  Decimal(1700000000)),
                                                                                              .currency = CurrencyCode(
                                                                                                  "USD"),
                                                                                              .as_of = Date(2025),
                                                                                              .previous = exactly(
                                                                                                  Decimal(900000000)),
                                                                                              .previous_as_of = Date(
                                                                                                  2020)}},
                                                                           .sources = {SourceId("s1")}}}}},
                                      Session{.kind = SessionKind::working, .number = 1},
                                      Session{.kind = SessionKind::working, .number = 2}},
                         .outcomes = {AgreementId("a1")},
                         .sources = {SourceId("s1")}}},
        .agreements = {Agreement{.id = AgreementId("a1"),
                                 .title = "Memorandum on trade",
                                 .kind = AgreementKind::memorandum_of_understanding,
                                 .parties = {party(CountryCode("PK")), party(OrganizationId("o1"))},
                                 .signatories = {{.person = PersonId("p1"),
                                                  .on_behalf_of = party(CountryCode("PK")),
                                                  .date = day}},
                                 .witnesses = {PersonId("p2")},
                                 .depositary = party(CountryCode("PK")),
                                 .status = AgreementStatus::signed_,
                                 .announced_date = Date(2026, 2, 10),
                                 .history = {{.kind = MilestoneKind::negotiation,
                                              .date = Date(2025),
                                              .end_date = Date(2026, 1),
                                              .by = {party(CountryCode("PK")), party(OrganizationId("o1"))}},
                                             {.kind = MilestoneKind::agreed, .date = day, .at = EventId("c1")}},
                                 .signed_date = day,
                                 .signed_at = EventId("c1"),
                                 .ratifications = {{.party = party(CountryCode("PK")),
                                                    .kind = ConsentKind::ratification,
                                                    .date = Date(2026, 3, 1),
                                                    .people = {PersonId("p1")}}},
                                 .in_force_date = Date(2026, 3),
                                 .term = Quantity{Decimal(5), Unit::year},
                                 .applies_from = Date(2026),
                                 .applies_until = Date(2030),
                                 .related = {{.relation = AgreementRelation::implements,
                                              .agreement = AgreementId("a2")}},
                                 .figures = {{.measure = "trade target",
                                              .amount = exactly(Decimal(1000000000)),
                                              .currency = CurrencyCode("USD"),
                                              .target_date = Date(2030)}},
                                 .sources = {SourceId("s1")}},
                       Agreement{.id = AgreementId("a2"),
                                 .title = "Framework agreement on trade",
                                 .kind = AgreementKind::framework_agreement}},
        .corridors = {Corridor{
            .id = CorridorId("k1"),
            .name = "Trans-Afghan railway",
            .other_names = {"Uzbekistan-Afghanistan-Pakistan railway"},
            .modes = {TransportMode::rail},
            .carries = {Traffic::freight, Traffic::passengers},
            .route = {{.name = "Peshawar", .kind = WaypointKind::city, .country = CountryCode("PK")},
                      {.name = "Termez", .kind = WaypointKind::rail_station, .country = CountryCode("UZ")}},
            .status = CorridorStatus::planned,
            .history = {{.kind = MilestoneKind::proposed, .date = Date(2018), .by = {party(CountryCode("UZ"))}},
                        {.kind = MilestoneKind::agreed,
                         .date = Date(2026, 2, 12),
                         .people = {PersonId("p1")},
                         .at = EventId("c1")}},
            .target_completion = Date(2030),
            .countries = {CountryCode("PK"), CountryCode("AF"), CountryCode("UZ")},
            .figures = {{.measure = "length",
                         .amount = hedged(Qualifier::approximately, Decimal(573)),
                         .unit = Unit::kilometre},
                        {.measure = "cost",
                         .amount = between(Decimal(46, 1), Decimal(5)),
                         .currency = CurrencyCode("USD"),
                         .as_reported = "US$4.6-5 billion"}},
            .agreements = {AgreementId("a1")},
            .sources = {SourceId("s2")}}},
    };
}

Session& first_session(Dossier& d)
{
    return d.events[1].sessions[0];
}

Remarks& keynote_remarks(Dossier& d)
{
    return *first_session(d).speakers[1].remarks;
}

std::string listing(const std::vector<Problem>& problems)
{
    std::string out;
    for (const auto& p : problems) {
        out += Catch::StringMaker<Problem>::convert(p) + "\n";
    }
    return out.empty() ? "(no problems)" : out;
}

// validate(), checking on the way that every problem has the severity of its check and a
// path that names a value of the dossier's JSON form.
std::vector<Problem> problems_in(const Dossier& dossier)
{
    const auto problems = validate(dossier);
    const auto json = nlohmann::json::parse(write(dossier));
    for (const auto& p : problems) {
        INFO("path " << p.path);
        CHECK(json.contains(nlohmann::json::json_pointer(p.path)));
        CHECK(p.severity == checks::severity_of(p.check));
    }
    return problems;
}

// The dossier has exactly one problem: `check` at `path` with `level`, its message holding
// every one of `words`.
void check_one(const Dossier& dossier, std::string_view check, Severity level, const std::string& path,
               std::initializer_list<const char*> words = {})
{
    const auto problems = problems_in(dossier);
    INFO(listing(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].check == check);
    CHECK(problems[0].path == path);
    CHECK(problems[0].severity == level);
    for (const char* word : words) {
        CHECK_THAT(problems[0].message, Catch::Contains(word));
    }
}

void check_none(const Dossier& dossier)
{
    const auto problems = problems_in(dossier);
    INFO(listing(problems));
    CHECK(problems.empty());
}

std::vector<std::string> paths_of(const std::vector<Problem>& problems)
{
    std::vector<std::string> out;
    for (const auto& p : problems) {
        out.push_back(p.path);
    }
    return out;
}

// A dossier with a value never set, which write() refuses: the one problem is unset-value at
// the path where write() stops.
void check_unset(const Dossier& dossier, const std::string& path)
{
    const auto problems = validate(dossier);
    INFO(listing(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].check == checks::unset_value);
    CHECK(problems[0].path == path);
    CHECK(problems[0].severity == Severity::error);
    try {
        write(dossier);
        FAIL("write() took a value that was never set");
    } catch (const WriteError& e) {
        CHECK(e.path() == path);
    }
}

// What a command-line checker does with a document (docs/validation.md shows it): print
// every problem but those of a check it does not care about, and fail only on errors.
int check_document(std::string_view text, std::ostream& out)
{
    const auto dossier = communique::read<communique::Dossier>(text); // throws ReadError on bad JSON
    const auto problems = communique::validate(dossier);
    for (const communique::Problem& problem : problems) {
        if (problem.check == communique::checks::repeated_entry) {
            continue; // this tool does not mind a thing listed twice
        }
        out << (problem.severity == communique::Severity::error ? "error " : "warning ") << problem.check << " at "
            << problem.path << ": " << problem.message << '\n';
    }
    return communique::has_errors(problems) ? 1 : 0;
}

} // namespace

TEST_CASE("a clean dossier has no problems")
{
    check_none(clean_dossier());
    check_none(Dossier{});
    CHECK_FALSE(has_errors(validate(clean_dossier())));
}

TEST_CASE("has_errors is true only when a problem is an error")
{
    const Problem warning{
        .check = "repeated-entry", .path = "/corridors/0", .message = "m", .severity = Severity::warning};
    const Problem error{.check = "dangling-reference", .path = "/people/0/id", .message = "m"};
    CHECK_FALSE(has_errors({}));
    CHECK_FALSE(has_errors({warning}));
    CHECK(has_errors({warning, error}));
}

TEST_CASE("problems convert to JSON like every other described type, the check first")
{
    const Problem p{.check = "empty-text",
                    .path = "/people/0/name",
                    .message = "person \"p1\" has an empty name",
                    .severity = Severity::error};
    CHECK(write(p) == "{\n  \"check\": \"empty-text\",\n  \"path\": \"/people/0/name\",\n"
                      "  \"message\": \"person \\\"p1\\\" has an empty name\",\n  \"severity\": \"error\"\n}\n");
    CHECK(read<Problem>(write(p)) == p);
}

TEST_CASE("check ids are distinct kebab-case names, each with one severity")
{
    std::set<std::string_view> ids;
    for (const auto& check : checks::all) {
        CAPTURE(check.id);
        CHECK(ids.insert(check.id).second);
        CHECK_FALSE(check.id.empty());
        CHECK(std::ranges::all_of(check.id, [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }));
        CHECK(checks::severity_of(check.id) == check.severity);
    }
    CHECK(checks::severity_of(checks::dangling_reference) == Severity::error);
    CHECK(checks::severity_of(checks::repeated_entry) == Severity::warning);
}

TEST_CASE("docs/validation.md lists every check with its severity")
{
    std::ifstream file(COMMUNIQUE_TEST_DATA_DIR "/../../docs/validation.md");
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    for (const auto& check : checks::all) {
        CAPTURE(check.id);
        const std::string row =
            "| `" + std::string(check.id) + "` | " + (check.severity == Severity::error ? "error" : "warning") + " |";
        CHECK(text.str().find(row) != std::string::npos);
    }
}

TEST_CASE("a caller prints problems, filters them by check id and fails on errors")
{
    auto d = clean_dossier();
    CHECK(check_document(write(d), std::cout) == 0);

    d.sources[0].url = "www.example.org";
    d.events[1].related[0].event = EventId("e9");
    d.corridors[0].modes.push_back(TransportMode::rail);
    std::ostringstream out;
    CHECK(check_document(write(d), out) == 1);
    CHECK(out.str() == "warning invalid-url at /sources/0/url: url \"www.example.org\" of source \"s1\" is not an "
                       "absolute http or https URL\n"
                       "error dangling-reference at /events/1/related/0/event: unknown event \"e9\": no record in "
                       "/events has this id\n");
}

// ---- unset-value ----

TEST_CASE("unset-value: an id, a reference, a date, a number or an enum that was never set")
{
    auto d = clean_dossier();
    d.people.push_back({.id = PersonId(), .name = "Nameless"});
    check_unset(d, "/people/3/id");

    // An empty reference is unset, not dangling.
    d = clean_dossier();
    d.events[0].sources[0] = SourceId();
    check_unset(d, "/events/0/sources/0");

    // A default Date in a present optional is unset; it is not compared with other dates either.
    d = clean_dossier();
    d.events[0].end_date = Date();
    check_unset(d, "/events/0/end_date");

    d = clean_dossier();
    first_session(d).start = DateTime();
    check_unset(d, "/events/1/sessions/0/start");

    d = clean_dossier();
    d.corridors[0].figures[0].amount->value = Decimal();
    check_unset(d, "/corridors/0/figures/0/amount/value");

    // A required enum left at 0, and a value that is no enumerator at all.
    d = clean_dossier();
    d.agreements[1].kind = AgreementKind{};
    check_unset(d, "/agreements/1/kind");

    d = clean_dossier();
    d.events[1].related[0].relation = static_cast<EventRelation>(99);
    check_unset(d, "/events/1/related/0/relation");

    d = clean_dossier();
    keynote_remarks(d).figures[0].previous->qualifier = Qualifier{};
    check_unset(d, "/events/1/sessions/0/speakers/1/remarks/figures/0/previous/qualifier");
}

TEST_CASE("unset-value: every value never set is reported, where write() would stop first")
{
    auto d = clean_dossier();
    d.corridors[0].modes.push_back(TransportMode{});
    d.sources[1].kind = SourceKind{};
    d.agreements[0].signatories[0].person = PersonId();
    d.organizations[3].id = OrganizationId();
    const auto problems = validate(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) == std::vector<std::string>{"/sources/1/kind", "/organizations/3/id",
                                                         "/agreements/0/signatories/0/person", "/corridors/0/modes/1"});
    CHECK(std::ranges::all_of(problems, [](const Problem& p) { return p.check == checks::unset_value; }));
    CHECK_THROWS_MATCHES(write(d), WriteError, Catch::Predicate<WriteError>([](const WriteError& e) {
                             return e.path() == "/sources/1/kind";
                         }));
}

// ---- duplicate-id ----

TEST_CASE("duplicate-id: reported at each later occurrence, naming the first")
{
    auto d = clean_dossier();
    d.sources.push_back({.id = SourceId("s1"), .kind = SourceKind::web_page});
    d.organizations.push_back({.id = OrganizationId("o2"), .name = "Again"});
    d.people.push_back({.id = PersonId("p1"), .name = "Again"});
    d.series.push_back({.id = SeriesId("r1"), .name = "Again"});
    d.agreements.push_back(d.agreements[1]);
    d.corridors.push_back(d.corridors[0]);
    d.corridors.push_back(d.corridors[0]); // a third occurrence names the first, too
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) == std::vector<std::string>{"/sources/2/id", "/organizations/4/id", "/people/3/id",
                                                         "/series/1/id", "/agreements/2/id", "/corridors/1/id",
                                                         "/corridors/2/id"});
    REQUIRE(problems.size() == 7);
    CHECK(problems[0].message == "duplicate source id \"s1\": already used at /sources/0/id");
    CHECK(problems[1].message == "duplicate organization id \"o2\": already used at /organizations/1/id");
    CHECK(problems[3].message == "duplicate series id \"r1\": already used at /series/0/id");
    CHECK(problems[6].message == "duplicate corridor id \"k1\": already used at /corridors/0/id");
    for (const auto& p : problems) {
        CHECK(p.check == checks::duplicate_id);
        CHECK(p.severity == Severity::error);
    }
}

TEST_CASE("duplicate-id: every event, whatever its kind, shares one id space")
{
    auto d = clean_dossier();
    d.events.push_back({.id = EventId("c1"), .title = "A workshop", .kind = EventKind::workshop});
    check_one(d, checks::duplicate_id, Severity::error, "/events/2/id", {"duplicate event id \"c1\"", "/events/1/id"});
}

// ---- dangling-reference ----

TEST_CASE("dangling-reference: every kind of reference must name a record of the dossier")
{
    struct mutation {
        const char* what;
        std::function<void(Dossier&)> apply;
        std::string path;
    };
    const std::vector<mutation> cases{
        {"a source's publisher", [](Dossier& d) { d.sources[0].publisher = OrganizationId("x"); },
         "/sources/0/publisher"},
        {"a source's author", [](Dossier& d) { d.sources[0].authors = {PersonId("x")}; }, "/sources/0/authors/0"},
        {"a cited source", [](Dossier& d) { d.sources[0].cites.emplace_back("x"); }, "/sources/0/cites/1"},
        {"a parent organisation", [](Dossier& d) { d.organizations[1].parent = OrganizationId("x"); },
         "/organizations/1/parent"},
        {"an organisation's member",
         [](Dossier& d) { d.organizations[3].members[0].party = party(OrganizationId("x")); },
         "/organizations/3/members/0/party/organization"},
        {"where an organisation was founded", [](Dossier& d) { d.organizations[3].founded_at = EventId("x"); },
         "/organizations/3/founded_at"},
        {"a position's organisation", [](Dossier& d) { d.people[0].positions[0].organization = OrganizationId("x"); },
         "/people/0/positions/0/organization"},
        {"a series' organiser", [](Dossier& d) { d.series[0].organizers.emplace_back("x"); }, "/series/0/organizers/1"},
        {"a series' source", [](Dossier& d) { d.series[0].sources.emplace_back("x"); }, "/series/0/sources/1"},
        {"an event's series", [](Dossier& d) { d.events[1].series = SeriesId("x"); }, "/events/1/series"},
        {"a related event", [](Dossier& d) { d.events[1].related[0].event = EventId("x"); },
         "/events/1/related/0/event"},
        {"an organiser", [](Dossier& d) { d.events[1].organizers[0].organization = OrganizationId("x"); },
         "/events/1/organizers/0/organization"},
        {"an event's side", [](Dossier& d) { d.events[0].sides[1] = party(OrganizationId("x")); },
         "/events/0/sides/1/organization"},
        {"an event's chair", [](Dossier& d) { d.events[1].chair = party(OrganizationId("x")); },
         "/events/1/chair/organization"},
        {"an event's speaker", [](Dossier& d) { d.events[0].speakers[0].person = PersonId("x"); },
         "/events/0/speakers/0/person"},
        {"the principal a delegation member accompanies",
         [](Dossier& d) { d.events[0].speakers[1].accompanying = PersonId("x"); }, "/events/0/speakers/1/accompanying"},
        {"a session's speaker", [](Dossier& d) { first_session(d).speakers[1].person = PersonId("x"); },
         "/events/1/sessions/0/speakers/1/person"},
        {"whom a speaker acts for",
         [](Dossier& d) { first_session(d).speakers[1].on_behalf_of = party(OrganizationId("x")); },
         "/events/1/sessions/0/speakers/1/on_behalf_of/organization"},
        {"an agreement in remarks", [](Dossier& d) { keynote_remarks(d).agreements.emplace_back("x"); },
         "/events/1/sessions/0/speakers/1/remarks/agreements/1"},
        {"a corridor in remarks", [](Dossier& d) { keynote_remarks(d).corridors.emplace_back("x"); },
         "/events/1/sessions/0/speakers/1/remarks/corridors/1"},
        {"an event in remarks", [](Dossier& d) { keynote_remarks(d).events.emplace_back("x"); },
         "/events/1/sessions/0/speakers/1/remarks/events/1"},
        {"a person in remarks", [](Dossier& d) { keynote_remarks(d).people.emplace_back("x"); },
         "/events/1/sessions/0/speakers/1/remarks/people/1"},
        {"an organisation in remarks", [](Dossier& d) { keynote_remarks(d).organizations.emplace_back("x"); },
         "/events/1/sessions/0/speakers/1/remarks/organizations/1"},
        {"the sources of remarks", [](Dossier& d) { keynote_remarks(d).sources.emplace_back("x"); },
         "/events/1/sessions/0/speakers/1/remarks/sources/1"},
        {"the sources of a figure", [](Dossier& d) { keynote_remarks(d).figures[0].sources.emplace_back("x"); },
         "/events/1/sessions/0/speakers/1/remarks/figures/0/sources/0"},
        {"an outcome", [](Dossier& d) { d.events[1].outcomes.emplace_back("x"); }, "/events/1/outcomes/1"},
        {"an event's source", [](Dossier& d) { d.events[0].sources.emplace_back("x"); }, "/events/0/sources/1"},
        {"an agreement's party", [](Dossier& d) { d.agreements[0].parties[1] = party(OrganizationId("x")); },
         "/agreements/0/parties/1/organization"},
        {"a signatory", [](Dossier& d) { d.agreements[0].signatories[0].person = PersonId("x"); },
         "/agreements/0/signatories/0/person"},
        {"a witness", [](Dossier& d) { d.agreements[0].witnesses.emplace_back("x"); }, "/agreements/0/witnesses/1"},
        {"the depositary", [](Dossier& d) { d.agreements[0].depositary = party(OrganizationId("x")); },
         "/agreements/0/depositary/organization"},
        {"who took an agreement's step",
         [](Dossier& d) { d.agreements[0].history[0].by[1] = party(OrganizationId("x")); },
         "/agreements/0/history/0/by/1/organization"},
        {"the people of an agreement's step", [](Dossier& d) { d.agreements[0].history[0].people.emplace_back("x"); },
         "/agreements/0/history/0/people/0"},
        {"the event of an agreement's step", [](Dossier& d) { d.agreements[0].history[1].at = EventId("x"); },
         "/agreements/0/history/1/at"},
        {"the signing event", [](Dossier& d) { d.agreements[0].signed_at = EventId("x"); }, "/agreements/0/signed_at"},
        {"a ratifying party", [](Dossier& d) { d.agreements[0].ratifications[0].party = party(OrganizationId("x")); },
         "/agreements/0/ratifications/0/party/organization"},
        {"the body that ratified", [](Dossier& d) { d.agreements[0].ratifications[0].by = OrganizationId("x"); },
         "/agreements/0/ratifications/0/by"},
        {"the person who approved", [](Dossier& d) { d.agreements[0].ratifications[0].people.emplace_back("x"); },
         "/agreements/0/ratifications/0/people/1"},
        {"the sources of a ratification",
         [](Dossier& d) { d.agreements[0].ratifications[0].sources.emplace_back("x"); },
         "/agreements/0/ratifications/0/sources/0"},
        {"a related agreement", [](Dossier& d) { d.agreements[0].related[0].agreement = AgreementId("x"); },
         "/agreements/0/related/0/agreement"},
        {"the sources of an agreement's figure",
         [](Dossier& d) { d.agreements[0].figures[0].sources.emplace_back("x"); }, "/agreements/0/figures/0/sources/0"},
        {"an agreement's source", [](Dossier& d) { d.agreements[0].sources.emplace_back("x"); },
         "/agreements/0/sources/1"},
        {"who took a corridor's step",
         [](Dossier& d) { d.corridors[0].history[0].by.push_back(party(OrganizationId("x"))); },
         "/corridors/0/history/0/by/1/organization"},
        {"the people of a milestone", [](Dossier& d) { d.corridors[0].history[1].people.emplace_back("x"); },
         "/corridors/0/history/1/people/1"},
        {"the event of a milestone", [](Dossier& d) { d.corridors[0].history[1].at = EventId("x"); },
         "/corridors/0/history/1/at"},
        {"the sources of a milestone", [](Dossier& d) { d.corridors[0].history[1].sources.emplace_back("x"); },
         "/corridors/0/history/1/sources/0"},
        {"a corridor's agreement", [](Dossier& d) { d.corridors[0].agreements.emplace_back("x"); },
         "/corridors/0/agreements/1"},
        {"a corridor's source", [](Dossier& d) { d.corridors[0].sources.emplace_back("x"); }, "/corridors/0/sources/1"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        auto d = clean_dossier();
        c.apply(d);
        const auto problems = problems_in(d);
        INFO(listing(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].check == checks::dangling_reference);
        CHECK(problems[0].path == c.path);
        CHECK(problems[0].severity == Severity::error);
        CHECK_THAT(problems[0].message, Catch::StartsWith("unknown ") && Catch::Contains("\"x\""));
    }
}

TEST_CASE("dangling-reference: the message names the registry it looked in")
{
    auto d = clean_dossier();
    d.events[1].related[0].event = EventId("e9");
    check_one(d, checks::dangling_reference, Severity::error, "/events/1/related/0/event",
              {"unknown event \"e9\": no record in /events has this id"});

    d = clean_dossier();
    d.events[1].series = SeriesId("r9");
    check_one(d, checks::dangling_reference, Severity::error, "/events/1/series",
              {"unknown series \"r9\": no record in /series has this id"});
}

// ---- self-reference and reference-cycle ----

TEST_CASE("self-reference: a record that names itself where it must name another")
{
    auto d = clean_dossier();
    d.sources[1].cites.emplace_back("s2");
    check_one(d, checks::self_reference, Severity::error, "/sources/1/cites/0", {"source \"s2\" cites itself"});

    d = clean_dossier();
    d.events[1].related.push_back({.relation = EventRelation::follows_up, .event = EventId("c1")});
    check_one(d, checks::self_reference, Severity::error, "/events/1/related/1/event",
              {"event \"c1\" is related to itself"});

    d = clean_dossier();
    d.agreements[0].related.push_back({.relation = AgreementRelation::amends, .agreement = AgreementId("a1")});
    check_one(d, checks::self_reference, Severity::error, "/agreements/0/related/1/agreement",
              {"agreement \"a1\" is related to itself"});

    d = clean_dossier();
    d.events[0].speakers[1].accompanying = PersonId("p3");
    check_one(d, checks::self_reference, Severity::error, "/events/0/speakers/1/accompanying",
              {"person \"p3\" accompanies themselves"});

    d = clean_dossier();
    d.organizations[3].members.push_back({.party = party(OrganizationId("o4"))});
    check_one(d, checks::self_reference, Severity::error, "/organizations/3/members/2/party/organization",
              {"organization \"o4\" is a member of itself"});
}

TEST_CASE("reference-cycle: an organisation that is its own ancestor")
{
    auto d = clean_dossier();
    d.organizations[0].parent = OrganizationId("o2");
    // One cycle, reported once, at the member of it that comes first.
    check_one(d, checks::reference_cycle, Severity::error, "/organizations/0/parent",
              {"organization \"o1\" is its own ancestor", "\"o1\" -> \"o2\" -> \"o1\""});

    d = clean_dossier();
    d.organizations.push_back({.id = OrganizationId("o5"), .name = "Loop", .parent = OrganizationId("o5")});
    check_one(d, checks::reference_cycle, Severity::error, "/organizations/4/parent", {"\"o5\" -> \"o5\""});

    // o5 hangs below the cycle of o1 and o2 without being part of it.
    d = clean_dossier();
    d.organizations[0].parent = OrganizationId("o2");
    d.organizations.insert(d.organizations.begin(),
                           {.id = OrganizationId("o5"), .name = "Below", .parent = OrganizationId("o1")});
    check_one(d, checks::reference_cycle, Severity::error, "/organizations/1/parent", {"\"o1\" -> \"o2\" -> \"o1\""});
}

// ---- dates-out-of-order ----

TEST_CASE("dates-out-of-order: an event that ends before it starts")
{
    auto d = clean_dossier();
    d.events[0].end_date = Date(2026, 2, 2);
    // The event's days no longer hold anything, so o4's founding is not compared with them.
    check_one(d, checks::dates_out_of_order, Severity::error, "/events/0/end_date",
              {"event \"e1\" ends (2026-02-02) before it starts (2026-02-03)"});

    // Imprecise dates are in order unless no reading of them is.
    d.events[0].start_date = Date(2026, 2, 3);
    d.events[0].end_date = Date(2026, 2); // may mean 2026-02-28
    check_none(d);
    d.events[0].start_date = Date(2026);
    d.events[0].end_date = Date(2026, 1, 5);
    d.organizations[3].founded = Date(2026, 1);
    check_none(d);
    // An end with no start is compared with nothing.
    d.events[0].start_date.reset();
    check_none(d);
}

TEST_CASE("dates-out-of-order: a position that ends before it starts")
{
    auto d = clean_dossier();
    d.people[0].positions[0].end = Date(2019, 12, 31);
    check_one(d, checks::dates_out_of_order, Severity::error, "/people/0/positions/0/end",
              {"position \"Director\" of person \"p1\" ends (2019-12-31) before it starts (2020)"});
}

TEST_CASE("dates-out-of-order: a session that ends before it starts, compared in UTC")
{
    auto d = clean_dossier();
    auto& session = first_session(d);
    session.end = at_time(conference_day, 9, 5);
    check_one(d, checks::dates_out_of_order, Severity::error, "/events/1/sessions/0/end",
              {"session ends (2026-02-12T09:00:00+05:00) before it starts (2026-02-12T10:00:00+05:00)"});

    // 09:00 at +03:00 is 06:00 UTC, an hour after 10:00 at +05:00.
    session.end = at_time(conference_day, 9, 3);
    check_none(d);

    session.title = "Inaugural Session";
    session.end = at_time(conference_day, 4, 0);
    check_one(d, checks::dates_out_of_order, Severity::error, "/events/1/sessions/0/end",
              {"session \"Inaugural Session\" ends"});
}

TEST_CASE("dates-out-of-order: an agreement that enters into force before it is signed or adopted")
{
    auto d = clean_dossier();
    d.agreements[0].in_force_date = Date(2026, 1);
    check_one(d, checks::dates_out_of_order, Severity::error, "/agreements/0/in_force_date",
              {"agreement \"a1\" enters into force (2026-01) before it is signed (2026-02-12)"});

    d.agreements[0].in_force_date = Date(2026, 2); // may be the 12th or later
    check_none(d);

    d = clean_dossier();
    d.agreements[0].adopted_date = Date(2026, 4, 1);
    check_one(d, checks::dates_out_of_order, Severity::error, "/agreements/0/in_force_date",
              {"enters into force (2026-03) before it is adopted (2026-04-01)"});
}

TEST_CASE("dates-out-of-order: the dates an agreement bears or was announced on are not ordered")
{
    // A report may announce an agreement before or after it is signed, and the date an
    // instrument bears may differ from the day of signature either way.
    auto d = clean_dossier();
    d.agreements[0].announced_date = Date(2026, 2, 20);
    d.agreements[0].dated = Date(2026, 2, 1);
    check_none(d);
    d.agreements[0].announced_date = Date(2025, 12);
    d.agreements[0].dated = Date(2026, 4, 1);
    check_none(d);
}

TEST_CASE("dates-out-of-order: a signatory who signed before the agreement's signed_date")
{
    auto d = clean_dossier();
    d.agreements[0].signatories[0].date = Date(2026, 2, 11);
    check_one(d, checks::dates_out_of_order, Severity::error, "/agreements/0/signatories/0/date",
              {"signatory \"p1\" of agreement \"a1\" signed on 2026-02-11, before its signed_date 2026-02-12"});

    // Others may sign a multilateral agreement after it was first signed, or accede after it
    // entered into force.
    d.agreements[0].signatories[0].date = Date(2026, 4, 1);
    check_none(d);
}

TEST_CASE("dates-out-of-order: a ratification before the signature")
{
    auto d = clean_dossier();
    d.agreements[0].ratifications[0].date = Date(2026, 1, 20);
    check_one(d, checks::dates_out_of_order, Severity::error, "/agreements/0/ratifications/0/date",
              {"the ratification of agreement \"a1\" by country PK (2026-01-20) is before its signed_date 2026-02-12"});

    // After entry into force is fine: later ratifications and accessions.
    d.agreements[0].ratifications[0].date = Date(2027);
    d.agreements[0].ratifications[0].kind = ConsentKind::accession;
    check_none(d);
}

TEST_CASE("dates-out-of-order: a figure's previous amount dated after its amount")
{
    auto d = clean_dossier();
    keynote_remarks(d).figures[0].previous_as_of = Date(2025, 6);
    check_none(d); // the amount holds in 2025, which may be later in the year
    keynote_remarks(d).figures[0].previous_as_of = Date(2026, 1);
    check_one(d, checks::dates_out_of_order, Severity::error,
              "/events/1/sessions/0/speakers/1/remarks/figures/0/previous_as_of",
              {"figure \"export potential\" held its previous amount on 2026-01, after its amount (2025)"});
}

TEST_CASE("dates-out-of-order: an event's own times that run backwards, compared in UTC")
{
    auto d = clean_dossier();
    d.events[1].end = at_time(conference_day, 8, 5);
    check_one(d, checks::dates_out_of_order, Severity::error, "/events/1/end",
              {"event \"c1\" ends (2026-02-12T08:00:00+05:00) before it starts (2026-02-12T09:00:00+05:00)"});

    // 08:00 at +03:00 is 05:00 UTC, an hour after 09:00 at +05:00.
    d.events[1].end = at_time(conference_day, 8, 3);
    check_none(d);
    // A start with no end, or an end with no start, is compared with nothing.
    d.events[1].end = at_time(conference_day, 8, 5);
    d.events[1].start.reset();
    check_none(d);
}

TEST_CASE("dates-out-of-order: a membership that ends before it begins")
{
    auto d = clean_dossier();
    d.organizations[3].members[1].until = Date(2025);
    check_one(d, checks::dates_out_of_order, Severity::error, "/organizations/3/members/1/until",
              {"the membership of country KZ in organization \"o4\" ends (2025) before it starts (2026-02-03)"});

    d.organizations[3].members[1].until = Date(2026, 2); // may be the 3rd or later
    check_none(d);
}

TEST_CASE("dates-out-of-order: a milestone that ends before it begins")
{
    auto d = clean_dossier();
    d.agreements[0].history[0].end_date = Date(2024, 12);
    check_one(d, checks::dates_out_of_order, Severity::error, "/agreements/0/history/0/end_date",
              {"the negotiation milestone ends (2024-12) before it starts (2025)"});

    d = clean_dossier();
    d.corridors[0].history[0].end_date = Date(2017);
    check_one(d, checks::dates_out_of_order, Severity::error, "/corridors/0/history/0/end_date",
              {"the proposed milestone ends (2017) before it starts (2018)"});

    // "negotiated in 2025": one year for both is in order.
    d.corridors[0].history[0].end_date = Date(2018);
    check_none(d);
}

TEST_CASE("dates-out-of-order: an agreement that applies until a date before it applies from")
{
    auto d = clean_dossier();
    d.agreements[0].applies_from = Date(2027);
    d.agreements[0].applies_until = Date(2025);
    check_one(d, checks::dates_out_of_order, Severity::error, "/agreements/0/applies_until",
              {"agreement \"a1\" applies until 2025, before it applies from 2027"});

    // "for 2025": one year for both is in order; either alone is compared with nothing.
    d.agreements[0].applies_from = Date(2025);
    check_none(d);
    d.agreements[0].applies_from.reset();
    check_none(d);
}

TEST_CASE("an agreement's history may run on after its signature, in force or not")
{
    // Steps before the signature are its history, but reports also record what came after:
    // talks on a protocol, a proposal to amend it. None of them is compared with the
    // signature, the entry into force or the period the agreement applies to.
    auto d = clean_dossier();
    d.agreements[0].history.push_back({.kind = MilestoneKind::negotiation, .date = Date(2027), .end_date = Date(2028)});
    d.agreements[0].history.push_back({.kind = MilestoneKind::proposed, .date = Date(2031)});
    check_none(d);
}

// ---- outside-event-dates ----

TEST_CASE("outside-event-dates: an event's own start or end outside its days")
{
    auto d = clean_dossier();
    d.events[1].start = at_time(Date(2026, 2, 11), 9, 5);
    check_one(d, checks::outside_event_dates, Severity::error, "/events/1/start",
              {"the start 2026-02-11T09:00:00+05:00 of event \"c1\" is outside its dates (2026-02-12 to 2026-02-12)"});

    // An evening that ends after midnight ends on the night after the last day, no later.
    d = clean_dossier();
    d.events[1].end = at_time(Date(2026, 2, 13), 0, 5, 30);
    check_none(d);
    d.events[1].end = at_time(Date(2026, 2, 14), 0, 5, 30);
    check_one(d, checks::outside_event_dates, Severity::error, "/events/1/end",
              {"the end 2026-02-14T00:30:00+05:00 of event \"c1\" is outside its dates", "or the night after them"});

    // Times are local, as the report gives them: 22:00 at -05:00 is the 12th where it is held.
    d = clean_dossier();
    d.events[1].start = at_time(conference_day, 22, -5);
    d.events[1].end = at_time(conference_day, 23, -5);
    check_none(d);
    // An event dated to the month covers every day of it; one with no dates, nothing.
    d.events[1].start = at_time(Date(2026, 2, 20), 9, 5);
    d.events[1].end = at_time(Date(2026, 2, 20), 18, 5);
    d.events[1].start_date = Date(2026, 2);
    check_none(d);
    d.events[1].start_date.reset();
    check_none(d);
}

TEST_CASE("outside-event-dates: a session start outside the event's days, in the session's own offset")
{
    auto d = clean_dossier();
    auto& session = first_session(d);
    session.start = at_time(Date(2026, 2, 11), 22, 5);
    session.end.reset();
    check_one(
        d, checks::outside_event_dates, Severity::error, "/events/1/sessions/0/start",
        {"session start 2026-02-11T22:00:00+05:00 is outside the dates of event \"c1\" (2026-02-12 to 2026-02-12)"});

    // 22:00 at -05:00 is already the 13th in UTC, but the 12th where the session is held.
    session.start = at_time(conference_day, 22, -5);
    session.end = at_time(conference_day, 23, -5);
    check_none(d);

    // An event dated to the month covers every day of it.
    session.start = at_time(Date(2026, 2, 20), 10, 5);
    session.end.reset();
    d.events[1].start_date = Date(2026, 2);
    check_none(d);
    // An event with no dates is compared with nothing.
    d.events[1].start_date.reset();
    check_none(d);
}

TEST_CASE("outside-event-dates: a session may end after midnight, on the day after the event's last day")
{
    auto d = clean_dossier();
    auto& dinner = d.events[1].sessions.emplace_back(Session{.kind = SessionKind::dinner,
                                                             .start = at_time(conference_day, 20, 5),
                                                             .end = at_time(Date(2026, 2, 13), 0, 5, 30)});
    check_none(d);

    // More than a day after the last day, or before the first, is outside.
    dinner.end = at_time(Date(2026, 2, 14), 0, 5, 30);
    check_one(d, checks::outside_event_dates, Severity::error, "/events/1/sessions/3/end",
              {"session end 2026-02-14T00:30:00+05:00 is outside the dates of event \"c1\""});
    dinner.start = at_time(Date(2026, 2, 11), 20, 5);
    dinner.end = at_time(Date(2026, 2, 11), 23, 5);
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) == std::vector<std::string>{"/events/1/sessions/3/start", "/events/1/sessions/3/end"});

    // The start must still lie within the event's days.
    dinner.start = at_time(Date(2026, 2, 13), 0, 5, 30);
    dinner.end = at_time(Date(2026, 2, 13), 1, 5);
    check_one(d, checks::outside_event_dates, Severity::error, "/events/1/sessions/3/start");
}

TEST_CASE("outside-event-dates: a session's date outside the event's days, or unlike its start")
{
    auto d = clean_dossier();
    auto& session = first_session(d);
    session.date = conference_day;
    check_none(d);

    session.date = Date(2026, 2, 13);
    const auto problems = problems_in(d);
    INFO(listing(problems));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].check == checks::outside_event_dates);
    CHECK(problems[0].path == "/events/1/sessions/0/date");
    CHECK_THAT(problems[0].message, Catch::Contains("session date 2026-02-13 is outside the dates of event \"c1\""));
    CHECK(problems[1].check == checks::outside_event_dates);
    CHECK(problems[1].path == "/events/1/sessions/0/start");
    CHECK_THAT(problems[1].message, Catch::Contains("on another day than its date (2026-02-13)"));

    // A session dated only to the month is consistent with a start on any of its days.
    session.date = Date(2026, 2);
    check_none(d);
}

TEST_CASE("outside-event-dates: sessions are not compared with dates that run backwards")
{
    auto d = clean_dossier();
    d.events[1].start_date = Date(2026, 2, 13);
    d.events[1].end_date = Date(2026, 2, 11);
    d.agreements[0].signed_at.reset();
    d.corridors[0].history[1].at.reset();
    check_one(d, checks::dates_out_of_order, Severity::error, "/events/1/end_date");
}

// ---- event-date-mismatch ----

TEST_CASE("event-date-mismatch: a date outside the event it is tied to")
{
    auto d = clean_dossier();
    d.agreements[0].signed_at = EventId("e1");
    check_one(
        d, checks::event_date_mismatch, Severity::warning, "/agreements/0/signed_date",
        {"agreement \"a1\" was signed on 2026-02-12, outside the dates of event \"e1\" (2026-02-03 to 2026-02-04)"});
    d.agreements[0].signed_date = Date(2026, 2); // may be the 3rd
    d.agreements[0].signatories[0].date.reset();
    check_none(d);

    d = clean_dossier();
    d.corridors[0].history[1].date = Date(2026, 3);
    check_one(d, checks::event_date_mismatch, Severity::warning, "/corridors/0/history/1/date",
              {"the agreed milestone is dated 2026-03, outside the dates of event \"c1\""});

    d = clean_dossier();
    d.organizations[3].founded = Date(2025);
    check_one(d, checks::event_date_mismatch, Severity::warning, "/organizations/3/founded",
              {"organization \"o4\" was founded on 2025"});
}

// ---- history-out-of-order ----

TEST_CASE("history-out-of-order: a corridor's milestones or target date running backwards")
{
    auto d = clean_dossier();
    d.corridors[0].history[0].date = Date(2027);
    // The agreed milestone, listed second, is now dated before the first.
    check_one(d, checks::history_out_of_order, Severity::warning, "/corridors/0/history/1/date",
              {"a milestone of corridor \"k1\" is dated 2026-02-12, before the one listed before it (2027)"});

    d = clean_dossier();
    d.corridors[0].target_completion = Date(2017);
    check_one(d, checks::history_out_of_order, Severity::warning, "/corridors/0/target_completion",
              {"corridor \"k1\" is due for completion by 2017, before its proposed milestone (2018)"});

    // A target already passed is a delay, not a contradiction.
    d.corridors[0].target_completion = Date(2020);
    check_none(d);
    // Undated milestones are in no order.
    d.corridors[0].history.insert(d.corridors[0].history.begin() + 1, {.kind = MilestoneKind::feasibility_study});
    check_none(d);
}

// ---- empty-text ----

TEST_CASE("empty-text: a required name, title or text that is blank")
{
    auto d = clean_dossier();
    d.people[1].name = "";
    check_one(d, checks::empty_text, Severity::error, "/people/1/name", {"person \"p2\" has an empty name"});

    d = clean_dossier();
    d.organizations[1].name = "  ";
    check_one(d, checks::empty_text, Severity::error, "/organizations/1/name",
              {"organization \"o2\" has an empty name"});

    d = clean_dossier();
    d.series[0].name = "\n";
    check_one(d, checks::empty_text, Severity::error, "/series/0/name", {"series \"r1\" has an empty name"});

    d = clean_dossier();
    d.people[0].positions[0].title = "";
    check_one(d, checks::empty_text, Severity::error, "/people/0/positions/0/title", {"position", "empty title"});

    d = clean_dossier();
    d.corridors[0].name = "";
    check_one(d, checks::empty_text, Severity::error, "/corridors/0/name", {"corridor \"k1\" has an empty name"});

    d = clean_dossier();
    d.corridors[0].route[0].name = " ";
    check_one(d, checks::empty_text, Severity::error, "/corridors/0/route/0/name",
              {"waypoint of corridor \"k1\" has an empty name"});

    d = clean_dossier();
    d.corridors[0].figures[0].measure = "";
    check_one(d, checks::empty_text, Severity::error, "/corridors/0/figures/0/measure", {"empty measure"});

    d = clean_dossier();
    d.people[0].identifiers.push_back({.scheme = IdScheme::orcid, .value = ""});
    check_one(d, checks::empty_text, Severity::error, "/people/0/identifiers/0/value", {"empty value"});

    d = clean_dossier();
    d.events[0].title = "";
    d.events[1].title = "\t";
    d.agreements[0].title = "";
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(problems ==
          std::vector<Problem>{
              {"empty-text", "/events/0/title", "event \"e1\" has an empty title", Severity::error},
              {"empty-text", "/events/1/title", "event \"c1\" has an empty title", Severity::error},
              {"empty-text", "/agreements/0/title", "agreement \"a1\" has an empty title", Severity::error}});
}

// ---- invalid-party and not-a-party ----

TEST_CASE("invalid-party: a party names exactly one of a country and an organisation, wherever it appears")
{
    const Party both{.country = CountryCode("KZ"), .organization = OrganizationId("o1")};
    const Party neither{};
    struct mutation {
        const char* what;
        std::function<void(Dossier&, const Party&)> apply;
        std::string path;
    };
    const std::vector<mutation> cases{
        {"an agreement's party", [](Dossier& d, const Party& p) { d.agreements[0].parties.push_back(p); },
         "/agreements/0/parties/2"},
        {"a signatory's side", [](Dossier& d, const Party& p) { d.agreements[0].signatories[0].on_behalf_of = p; },
         "/agreements/0/signatories/0/on_behalf_of"},
        {"a ratifying party", [](Dossier& d, const Party& p) { d.agreements[0].ratifications[0].party = p; },
         "/agreements/0/ratifications/0/party"},
        {"an event's side", [](Dossier& d, const Party& p) { d.events[0].sides.push_back(p); }, "/events/0/sides/2"},
        {"a speaker's side", [](Dossier& d, const Party& p) { d.events[0].speakers[0].on_behalf_of = p; },
         "/events/0/speakers/0/on_behalf_of"},
        {"an organisation's member",
         [](Dossier& d, const Party& p) { d.organizations[3].members.push_back({.party = p}); },
         "/organizations/3/members/2/party"},
        {"an event's chair", [](Dossier& d, const Party& p) { d.events[1].chair = p; }, "/events/1/chair"},
        {"an agreement's depositary", [](Dossier& d, const Party& p) { d.agreements[0].depositary = p; },
         "/agreements/0/depositary"},
        {"who took an agreement's step", [](Dossier& d, const Party& p) { d.agreements[0].history[0].by.push_back(p); },
         "/agreements/0/history/0/by/2"},
        {"who took a corridor's step", [](Dossier& d, const Party& p) { d.corridors[0].history[0].by.push_back(p); },
         "/corridors/0/history/0/by/1"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        auto d = clean_dossier();
        c.apply(d, both);
        check_one(d, checks::invalid_party, Severity::error, c.path,
                  {"party names both country KZ and organization \"o1\": expected exactly one"});
        d = clean_dossier();
        c.apply(d, neither);
        check_one(d, checks::invalid_party, Severity::error, c.path,
                  {"party names neither a country nor an organization"});
    }
}

TEST_CASE("not-a-party: a signatory acting for a side that is no party to the agreement")
{
    auto d = clean_dossier();
    d.agreements[0].signatories[0].on_behalf_of = party(CountryCode("KZ"));
    check_one(d, checks::not_a_party, Severity::error, "/agreements/0/signatories/0/on_behalf_of",
              {"signatory \"p1\" of agreement \"a1\" acts for country KZ, which is not a party to it"});

    // An organisation that is neither above nor below a party, nor a state body of one.
    d.agreements[0].signatories[0].on_behalf_of = party(OrganizationId("o4"));
    check_one(d, checks::not_a_party, Severity::error, "/agreements/0/signatories/0/on_behalf_of",
              {"acts for organization \"o4\""});
}

TEST_CASE("not-a-party: acting for an organisation above or below a party, or for its state, is acting for it")
{
    auto d = clean_dossier();
    auto& signatory = d.agreements[0].signatories[0];
    // The centre o2 belongs to o1, a party.
    signatory.on_behalf_of = party(OrganizationId("o2"));
    check_none(d);

    // Deeper: a unit of the centre.
    d.organizations.push_back({.id = OrganizationId("o5"), .name = "Unit", .parent = OrganizationId("o2")});
    signatory.on_behalf_of = party(OrganizationId("o5"));
    check_none(d);

    // The party is the centre, and the institute above it signs.
    d.agreements[0].parties[1] = party(OrganizationId("o5"));
    signatory.on_behalf_of = party(OrganizationId("o1"));
    check_none(d);

    // The embassy of Kazakhstan is a state body of a party, Kazakhstan.
    d.agreements[0].parties.push_back(party(CountryCode("KZ")));
    signatory.on_behalf_of = party(OrganizationId("o3"));
    check_none(d);
    // A think tank of Pakistan is not Pakistan.
    d.agreements[0].parties = {party(CountryCode("PK"))};
    signatory.on_behalf_of = party(OrganizationId("o1"));
    check_one(d, checks::not_a_party, Severity::error, "/agreements/0/signatories/0/on_behalf_of");

    // No side given, or no parties given: nothing to compare.
    signatory.on_behalf_of.reset();
    check_none(d);
    signatory.on_behalf_of = party(CountryCode("KZ"));
    d.agreements[0].parties.clear();
    check_none(d);
}

TEST_CASE("not-a-party: cycles and unknown parents among organisations end the search")
{
    auto d = clean_dossier();
    d.organizations[0].parent = OrganizationId("o2"); // o1 and o2 are each other's parent
    d.agreements[0].parties = {party(OrganizationId("o3"))};
    d.agreements[0].signatories[0].on_behalf_of = party(OrganizationId("o2"));
    auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) ==
          std::vector<std::string>{"/organizations/0/parent", "/agreements/0/signatories/0/on_behalf_of"});

    d = clean_dossier();
    d.organizations[1].parent = OrganizationId("gone");
    d.agreements[0].signatories[0].on_behalf_of = party(OrganizationId("o2"));
    problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) ==
          std::vector<std::string>{"/organizations/1/parent", "/agreements/0/signatories/0/on_behalf_of"});
    CHECK(problems[0].check == checks::dangling_reference);
    CHECK(problems[1].check == checks::not_a_party);
}

// ---- repeated-entry ----

TEST_CASE("repeated-entry: a thing listed twice")
{
    struct mutation {
        const char* what;
        std::function<void(Dossier&)> apply;
        std::string path;
        const char* words;
    };
    const std::vector<mutation> cases{
        {"a party", [](Dossier& d) { d.agreements[0].parties.push_back(party(CountryCode("PK"))); },
         "/agreements/0/parties/2", "agreement \"a1\" lists party country PK twice: first at /agreements/0/parties/0"},
        {"a witness", [](Dossier& d) { d.agreements[0].witnesses.emplace_back("p2"); }, "/agreements/0/witnesses/1",
         "lists witness p2 twice"},
        {"a side", [](Dossier& d) { d.events[0].sides.push_back(party(CountryCode("KZ"))); }, "/events/0/sides/2",
         "event \"e1\" lists side country KZ twice: first at /events/0/sides/1"},
        {"a member", [](Dossier& d) { d.organizations[3].members.push_back({.party = party(OrganizationId("o1"))}); },
         "/organizations/3/members/2",
         "organization \"o4\" lists member organization \"o1\" twice: first at /organizations/3/members/0"},
        {"a mode", [](Dossier& d) { d.corridors[0].modes.push_back(TransportMode::rail); }, "/corridors/0/modes/1",
         "corridor \"k1\" lists mode rail twice: first at /corridors/0/modes/0"},
        {"a traffic", [](Dossier& d) { d.corridors[0].carries.push_back(Traffic::freight); }, "/corridors/0/carries/2",
         "lists traffic freight twice"},
        {"a country", [](Dossier& d) { d.corridors[0].countries.push_back(CountryCode("AF")); },
         "/corridors/0/countries/3", "lists country AF twice: first at /corridors/0/countries/1"},
        {"a part in a session",
         [](Dossier& d) { first_session(d).speakers.push_back({.person = PersonId("p1"), .role = Role::chair}); },
         "/events/1/sessions/0/speakers/2",
         "person \"p1\" has the same part twice (as chair) in one session: first at /events/1/sessions/0/speakers/0"},
        {"a part in an event",
         [](Dossier& d) {
             d.events[0].speakers.push_back({.person = PersonId("p2"), .role = Role::head_of_delegation});
         },
         "/events/0/speakers/2", "has the same part twice (as head_of_delegation) in event \"e1\""},
        {"a session number", [](Dossier& d) { d.events[1].sessions[2].number = 1; }, "/events/1/sessions/2/number",
         "event \"c1\" has two working sessions numbered 1: first at /events/1/sessions/1/number"},
        {"an edition",
         [](Dossier& d) {
             d.events.push_back({.id = EventId("c2"),
                                 .title = "Round 3 again",
                                 .kind = EventKind::dialogue,
                                 .series = SeriesId("r1"),
                                 .edition = 3});
         },
         "/events/2/edition", "event \"c2\" is edition 3 of series \"r1\", as is the event at /events/1/edition"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        auto d = clean_dossier();
        c.apply(d);
        check_one(d, checks::repeated_entry, Severity::warning, c.path, {c.words});
    }
}

TEST_CASE("repeated-entry: one person in two parts, or in the same part in two sessions, is no repeat")
{
    auto d = clean_dossier();
    first_session(d).speakers.push_back({.person = PersonId("p1"), .role = Role::concluding_remarks});
    d.events[1].sessions[1].speakers.push_back({.person = PersonId("p1"), .role = Role::chair});
    // Another edition of the series, and sessions of different kinds with one number.
    d.events.push_back(
        {.id = EventId("c2"), .title = "Round 4", .kind = EventKind::dialogue, .series = SeriesId("r1"), .edition = 4});
    d.events[1].sessions[2].kind = SessionKind::panel;
    d.events[1].sessions[2].number = 1;
    check_none(d);
}

TEST_CASE("repeated-entry: a member with two memberships, one after another, is no repeat")
{
    // "Belarus, an observer, became a member in 2024"; a state that left and rejoined.
    auto d = clean_dossier();
    d.organizations[3].members.push_back(
        {.party = party(CountryCode("BY")), .status = MembershipStatus::observer, .until = Date(2026, 2, 3)});
    d.organizations[3].members.push_back(
        {.party = party(CountryCode("BY")), .status = MembershipStatus::member, .since = Date(2026, 2, 3)});
    check_none(d);
}

// ---- amounts and figures ----

TEST_CASE("invalid-amount: exactly one of a value and a range, a range the right way up")
{
    struct mutation {
        const char* what;
        Amount amount;
        std::string path;
        const char* words;
    };
    const std::string at = "/corridors/0/figures/0/amount";
    const std::vector<mutation> cases{
        {"neither", Amount{}, at, "neither a value nor a range"},
        {"both", Amount{.value = Decimal(573), .min = Decimal(500), .max = Decimal(600)}, at,
         "both a value and a range"},
        {"a min alone", Amount{.min = Decimal(500)}, at, "a min without a max"},
        {"a max alone", Amount{.max = Decimal(600)}, at, "a max without a min"},
        {"upside down", between(Decimal(10), Decimal(95, 1)), at + "/max",
         "range runs backwards: max 9.5 is less than min 10"},
        {"a qualified range", Amount{.min = Decimal(500), .max = Decimal(600), .qualifier = Qualifier::more_than},
         at + "/qualifier", "range is qualified more_than"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        auto d = clean_dossier();
        d.corridors[0].figures[0].amount = c.amount;
        check_one(d, checks::invalid_amount, Severity::error, c.path, {c.words});
    }

    // Equal bounds written differently, and an approximate range, are fine.
    auto d = clean_dossier();
    d.corridors[0].figures[0].amount = between(Decimal(15, 1), Decimal(150, 2));
    check_none(d);
    d.corridors[0].figures[0].amount->qualifier = Qualifier::approximately;
    check_none(d);
    // Amounts are checked wherever they appear.
    d.events[1].participant_count = Amount{.max = Decimal(300)};
    check_one(d, checks::invalid_amount, Severity::error, "/events/1/participant_count", {"max without a min"});
}

TEST_CASE("invalid-figure: a currency and a unit, or a previous amount with no amount")
{
    auto d = clean_dossier();
    d.corridors[0].figures[0].currency = CurrencyCode("USD");
    check_one(d, checks::invalid_figure, Severity::error, "/corridors/0/figures/0",
              {"figure \"length\" has both currency USD and unit kilometre"});

    d = clean_dossier();
    auto& figure = keynote_remarks(d).figures[0];
    figure.amount.reset();
    const auto problems = problems_in(d);
    INFO(listing(problems));
    const std::string at = "/events/1/sessions/0/speakers/1/remarks/figures/0";
    CHECK(paths_of(problems) == std::vector<std::string>{at + "/previous", at + "/previous_as_of"});
    for (const auto& p : problems) {
        CHECK(p.check == checks::invalid_figure);
        CHECK(p.severity == Severity::error);
    }

    // A figure given in words only, or with no number at all, states nothing false.
    figure.previous.reset();
    figure.previous_as_of.reset();
    check_none(d);
    figure.as_reported = "a big potential";
    check_none(d);
}

TEST_CASE("negative-amount: a count or a measure below zero")
{
    auto d = clean_dossier();
    d.corridors[0].figures[0].amount = exactly(Decimal(-573));
    check_one(d, checks::negative_amount, Severity::warning, "/corridors/0/figures/0/amount/value",
              {"figure \"length\" is negative (-573)"});

    // Money (a trade balance) and percentages (a fall) may be negative.
    d.corridors[0].figures[0].unit = Unit::percent;
    check_none(d);
    keynote_remarks(d).figures[0].amount = exactly(Decimal(-200000000));
    check_none(d);
}

// ---- agreements ----

TEST_CASE("invalid-term: a term is a positive duration")
{
    auto d = clean_dossier();
    d.agreements[0].term = Quantity{Decimal(5), Unit::kilometre};
    check_one(d, checks::invalid_term, Severity::error, "/agreements/0/term/unit",
              {"term of agreement \"a1\" is in kilometre"});

    d.agreements[0].term = Quantity{Decimal(0), Unit::month};
    check_one(d, checks::invalid_term, Severity::error, "/agreements/0/term/value", {"term of agreement \"a1\" is 0"});

    // Every unit of time is a duration.
    for (const Unit unit : {Unit::minute, Unit::hour, Unit::day, Unit::week, Unit::month, Unit::year}) {
        CAPTURE(unit);
        d.agreements[0].term = Quantity{Decimal(2), unit};
        check_none(d);
    }
}

TEST_CASE("status-contradiction: a signed_date or in_force_date while still proposed or under negotiation")
{
    auto d = clean_dossier();
    d.agreements[0].in_force_date.reset();
    d.agreements[0].status = AgreementStatus::proposed;
    check_one(d, checks::status_contradiction, Severity::warning, "/agreements/0/signed_date",
              {"agreement \"a1\" has a signed_date but its status is proposed"});

    d = clean_dossier();
    d.agreements[0].status = AgreementStatus::under_negotiation;
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(problems ==
          std::vector<Problem>{
              {"status-contradiction", "/agreements/0/signed_date",
               "agreement \"a1\" has a signed_date but its status is under_negotiation", Severity::warning},
              {"status-contradiction", "/agreements/0/in_force_date",
               "agreement \"a1\" has an in_force_date but its status is under_negotiation", Severity::warning}});

    d.agreements[0].status = AgreementStatus::agreed;
    check_none(d);
}

TEST_CASE("status-contradiction: a current position that had ended when it was reported")
{
    auto d = clean_dossier();
    auto& position = d.people[1].positions[0];
    position.end = Date(2025, 12);
    check_one(d, checks::status_contradiction, Severity::warning, "/people/1/positions/0/tenure",
              {"position \"Ambassador\" of person \"p2\" is current as of 2026-02-12 but ended 2025-12"});

    // Due to end later, or with no date to compare with, it may well be current.
    position.end = Date(2026, 6);
    check_none(d);
    position.end = Date(2025, 12);
    position.as_of.reset();
    check_none(d);
}

TEST_CASE("status and signature: a signed agreement without a date or place of signing is fine")
{
    for (const auto status : {AgreementStatus::signed_, AgreementStatus::ratified, AgreementStatus::in_force}) {
        auto d = clean_dossier();
        d.agreements[0].status = status;
        d.agreements[0].signed_date.reset();
        d.agreements[0].signed_at.reset();
        d.agreements[0].signatories.clear();
        check_none(d);
    }
}

// ---- events ----

TEST_CASE("edition-without-series: an edition number of no series")
{
    auto d = clean_dossier();
    d.events[1].series.reset();
    check_one(d, checks::edition_without_series, Severity::warning, "/events/1/edition",
              {"event \"c1\" has edition 3 but no series"});

    // A series without an edition number is fine: the report may not count the rounds.
    d = clean_dossier();
    d.events[1].edition.reset();
    check_none(d);
}

TEST_CASE("unexplained-role: role other without a role_label")
{
    auto d = clean_dossier();
    first_session(d).speakers[0].role = Role::other;
    check_one(d, checks::unexplained_role, Severity::warning, "/events/1/sessions/0/speakers/0/role",
              {"person \"p1\" has role other and no role_label"});

    first_session(d).speakers[0].role_label = "Patron-in-Chief";
    check_none(d);
}

// ---- corridors ----

TEST_CASE("short-route: a route of one waypoint; no route at all is allowed")
{
    auto d = clean_dossier();
    d.corridors[0].route.pop_back();
    check_one(d, checks::short_route, Severity::error, "/corridors/0/route", {"corridor \"k1\"", "one waypoint"});

    d.corridors[0].route.clear();
    check_none(d);
}

TEST_CASE("country-not-listed: a waypoint in a country the corridor does not list")
{
    auto d = clean_dossier();
    d.corridors[0].route[1].country = CountryCode("KZ");
    check_one(d, checks::country_not_listed, Severity::warning, "/corridors/0/route/1/country",
              {"waypoint \"Termez\" of corridor \"k1\" is in KZ, which is not among the corridor's countries"});

    // With no countries listed there is nothing to compare with.
    d.corridors[0].countries.clear();
    check_none(d);
}

// ---- identifiers and sources ----

TEST_CASE("invalid-identifier: a Wikidata identifier is Q followed by digits without a leading zero")
{
    for (const char* bad : {"q42", "Q", "Q042", "Q0", "Q42a", "42", "Q 42", "https://www.wikidata.org/wiki/Q42"}) {
        CAPTURE(bad);
        auto d = clean_dossier();
        d.organizations[0].identifiers[0].value = bad;
        check_one(d, checks::invalid_identifier, Severity::error, "/organizations/0/identifiers/0/value",
                  {"invalid Wikidata identifier"});
    }
    for (const char* good : {"Q1", "Q42", "Q1234567890"}) {
        CAPTURE(good);
        auto d = clean_dossier();
        d.organizations[0].identifiers[0].value = good;
        check_none(d);
    }
    // Other schemes are not Wikidata's business.
    auto d = clean_dossier();
    d.people[0].identifiers.push_back({.scheme = IdScheme::orcid, .value = "0000-0002-1825-0097"});
    check_none(d);
}

TEST_CASE("invalid-url: a source url that is not an absolute web address")
{
    for (const char* bad : {"www.example.org/report", "/report", "https://", "ftp://example.org/report"}) {
        CAPTURE(bad);
        auto d = clean_dossier();
        d.sources[0].url = bad;
        check_one(d, checks::invalid_url, Severity::warning, "/sources/0/url",
                  {"source \"s1\"", "not an absolute http or https URL"});
    }
    auto d = clean_dossier();
    d.sources[0].url = "http://example.org";
    check_none(d);
}

// ---- what a report leaves out ----

TEST_CASE("absent optional members are never problems")
{
    // Every record with its required members only: no kind of organisation, no role, no
    // tenure, no parties, no dates, no transport mode, no figures.
    const Dossier d{
        .sources = {{.id = SourceId("s1"), .kind = SourceKind::news_report}},
        .organizations = {{.id = OrganizationId("o1"), .name = "Institute"}},
        .people = {{.id = PersonId("p1"), .name = "Amina Khan", .positions = {{.title = "Director"}}}},
        .series = {{.id = SeriesId("r1"), .name = "Dialogue"}},
        .events = {{.id = EventId("e1"),
                    .title = "Talks",
                    .kind = EventKind::dialogue,
                    .speakers = {{.person = PersonId("p1")}},
                    .sessions = {{.speakers = {{.person = PersonId("p1")}}}, {}},
                    .figures = {{.measure = "trade volume"}}}},
        .agreements = {{.id = AgreementId("a1"),
                        .title = "Roadmap",
                        .kind = AgreementKind::roadmap,
                        .signatories = {{.person = PersonId("p1")}}}},
        .corridors = {{.id = CorridorId("k1"), .name = "Corridor", .history = {{.kind = MilestoneKind::proposed}}}},
    };
    check_none(d);
}

TEST_CASE("an agreement with no parties is fine: a report often names only the instrument")
{
    auto d = clean_dossier();
    d.agreements[0].parties.clear();
    check_none(d);
    CHECK(d.agreements[1].parties.empty()); // and the clean dossier has one already
}

// ---- all together ----

TEST_CASE("several problems are all reported, in document order")
{
    auto d = clean_dossier();
    d.corridors[0].countries.push_back(CountryCode("PK"));       // a repeat, after the route
    d.corridors[0].route.pop_back();                             // a short route
    d.agreements[0].parties.push_back(party(CountryCode("PK"))); // a repeated party
    d.agreements[0].in_force_date = Date(2025);                  // before it was signed
    first_session(d).speakers[0].person = PersonId("nobody");    // a dangling person
    first_session(d).speakers[1].role = Role::other;             // no label
    d.events[1].sessions[2].number = 1;                          // a repeated number
    d.events[1].edition = 3;                                     // fine
    d.people[1].name = "";                                       // an empty name
    d.organizations[0].identifiers[0].value = "Q0";              // a bad Wikidata id
    d.sources.push_back({.id = SourceId("s1"), .kind = SourceKind::post, .publisher = OrganizationId("nowhere")});

    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) == std::vector<std::string>{
                                    "/sources/2/id",
                                    "/sources/2/publisher",
                                    "/organizations/0/identifiers/0/value",
                                    "/people/1/name",
                                    "/events/1/sessions/0/speakers/0/person",
                                    "/events/1/sessions/0/speakers/1/role",
                                    "/events/1/sessions/2/number",
                                    "/agreements/0/parties/2",
                                    "/agreements/0/in_force_date",
                                    "/corridors/0/route",
                                    "/corridors/0/countries/3",
                                });
    REQUIRE(problems.size() == 11);
    CHECK(problems[0].check == checks::duplicate_id);
    CHECK(problems[5].severity == Severity::warning);
    CHECK(problems[10].severity == Severity::warning);
    CHECK(has_errors(problems));
    // Validating twice gives the same answer.
    CHECK(validate(d) == problems);
}

TEST_CASE("problems at one path come in a fixed order, a whole value before what it holds")
{
    auto d = clean_dossier();
    auto& figure = d.corridors[0].figures[0];
    figure.currency = CurrencyCode("USD");
    figure.measure = "";
    figure.amount = between(Decimal(9), Decimal(8));
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) == std::vector<std::string>{"/corridors/0/figures/0", "/corridors/0/figures/0/measure",
                                                         "/corridors/0/figures/0/amount/max"});
}

TEST_CASE("the example dossier in tests/data has no errors")
{
    std::ifstream file(COMMUNIQUE_TEST_DATA_DIR "/issi-pakistan-kazakhstan-2026.json");
    REQUIRE(file);
    std::stringstream text;
    text << file.rdbuf();
    const auto problems = validate(read<Dossier>(text.str()));
    INFO(listing(problems));
    CHECK_FALSE(has_errors(problems));
}
