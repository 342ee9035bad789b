// communique::validate: each check on a small dossier built in code, with the exact path and
// severity of what it reports; a clean dossier reports nothing; several problems are all
// reported, in document order.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

using namespace communique;

namespace Catch {
template <>
struct StringMaker<communique::problem> {
    static std::string convert(const communique::problem& p)
    {
        return (p.severity == severity::error ? "error at " : "warning at ") + p.path + ": " + p.message;
    }
};
} // namespace Catch

namespace {

DateTime at_time(Date day, unsigned hour, int utc_offset_hours)
{
    return DateTime(day, hour, 0, 0, std::chrono::hours{utc_offset_hours});
}

// A small dossier with a record of every kind, each reference resolved and every check met.
Dossier clean_dossier()
{
    const Date day(2026, 2, 12);
    return Dossier{
        .sources = {Source{.id = SourceId("s1"),
                           .publisher = OrganizationId("o1"),
                           .url = "https://example.org/report",
                           .cites = {SourceId("s2")}},
                    Source{.id = SourceId("s2"), .kind = SourceKind::press_release}},
        .organizations = {Organization{.id = OrganizationId("o1"),
                                       .name = "Institute of Studies",
                                       .identifiers = {{.scheme = IdScheme::wikidata, .value = "Q42"}}},
                          Organization{
                              .id = OrganizationId("o2"), .name = "Study Centre", .parent = OrganizationId("o1")}},
        .people = {Speaker{.id = PersonId("p1"),
                           .name = "Amina Khan",
                           .positions = {{.title = "Director",
                                          .organization = OrganizationId("o1"),
                                          .current = false,
                                          .start = Date(2020),
                                          .end = Date(2024, 6)}}},
                   Speaker{.id = PersonId("p2"), .name = "Daulet Serikov"}},
        .events = {Event{.id = EventId("e1"),
                         .title = "State visit",
                         .kind = EventKind::state_visit,
                         .start_date = Date(2026, 2, 3),
                         .end_date = Date(2026, 2, 4),
                         .principals = {PersonId("p2")},
                         .sources = {SourceId("s1")}}},
        .conferences = {Conference{
            .id = EventId("c1"),
            .title = "Pakistan and Kazakhstan",
            .start_date = day,
            .organizers = {{.organization = OrganizationId("o1")}},
            .context = {EventId("e1")},
            .sessions = {Session{.kind = SessionKind::inaugural,
                                 .start = at_time(day, 10, 5),
                                 .end = at_time(day, 11, 5),
                                 .participants =
                                     {{.person = PersonId("p1"), .role = Role::chair},
                                      {.person = PersonId("p2"),
                                       .role = Role::keynote,
                                       .remarks = Remarks{.summary = "Trade can grow.",
                                                          .agreements = {AgreementId("a1")},
                                                          .corridors = {CorridorId("k1")},
                                                          .events = {EventId("e1")},
                                                          .organizations = {OrganizationId("o2")},
                                                          .figures = {Figure{.measure = "export potential",
                                                                             .money = Money{Decimal(1700000000),
                                                                                            CurrencyCode("USD")}}}}}}},
                         Session{.kind = SessionKind::working, .number = 1},
                         Session{.kind = SessionKind::working, .number = 2}},
            .outcomes = {AgreementId("a1")},
            .sources = {SourceId("s1")}}},
        .agreements = {Agreement{
            .id = AgreementId("a1"),
            .title = "Memorandum on trade",
            .kind = AgreementKind::memorandum_of_understanding,
            .parties = {{.country = CountryCode("PK")}, {.organization = OrganizationId("o1")}},
            .signatories = {{.person = PersonId("p1"), .on_behalf_of = {.country = CountryCode("PK")}, .date = day}},
            .status = AgreementStatus::signed_,
            .signed_date = day,
            .signed_at = EventId("c1"),
            .in_force_date = Date(2026, 3),
            .term = Quantity{Decimal(5), Unit::year},
            .sources = {SourceId("s1")}}},
        .corridors = {Corridor{
            .id = CorridorId("k1"),
            .name = "Trans-Afghan railway",
            .modes = {TransportMode::rail},
            .route = {{.name = "Peshawar", .country = CountryCode("PK")},
                      {.name = "Termez", .kind = WaypointKind::rail_station, .country = CountryCode("UZ")}},
            .countries = {CountryCode("PK"), CountryCode("AF"), CountryCode("UZ")},
            .figures = {{.measure = "length", .quantity = Quantity{Decimal(573), Unit::kilometre}}},
            .agreements = {AgreementId("a1")},
            .sources = {SourceId("s2")}}},
    };
}

std::string listing(const std::vector<problem>& problems)
{
    std::string out;
    for (const auto& p : problems) {
        out += Catch::StringMaker<problem>::convert(p) + "\n";
    }
    return out.empty() ? "(no problems)" : out;
}

// validate(), checking on the way that every path names a value of the dossier's JSON form.
std::vector<problem> problems_in(const Dossier& dossier)
{
    const auto problems = validate(dossier);
    const auto json = nlohmann::json::parse(write(dossier));
    for (const auto& p : problems) {
        INFO("path " << p.path);
        CHECK(json.contains(nlohmann::json::json_pointer(p.path)));
    }
    return problems;
}

// The dossier has exactly one problem, at `path`, whose message holds every one of `words`.
void check_one(const Dossier& dossier, const std::string& path, severity level,
               std::initializer_list<const char*> words)
{
    const auto problems = problems_in(dossier);
    INFO(listing(problems));
    REQUIRE(problems.size() == 1);
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

std::vector<std::string> paths_of(const std::vector<problem>& problems)
{
    std::vector<std::string> out;
    for (const auto& p : problems) {
        out.push_back(p.path);
    }
    return out;
}

Session& first_session(Dossier& d)
{
    return d.conferences[0].sessions[0];
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
    CHECK_FALSE(has_errors({}));
    CHECK_FALSE(has_errors({{.path = "/corridors/0", .message = "m", .severity = severity::warning}}));
    CHECK(has_errors({{.path = "/corridors/0", .message = "m", .severity = severity::warning},
                      {.path = "/people/0/id", .message = "m", .severity = severity::error}}));
}

TEST_CASE("problems convert to JSON like every other described type")
{
    const problem p{
        .path = "/people/0/name", .message = "person \"p1\" has an empty name", .severity = severity::warning};
    CHECK(write(p) == "{\n  \"path\": \"/people/0/name\",\n  \"message\": \"person \\\"p1\\\" has an empty name\",\n"
                      "  \"severity\": \"warning\"\n}\n");
    CHECK(read<problem>(write(p)) == p);
}

// ---- ids ----

TEST_CASE("ids: an empty id is an error")
{
    auto d = clean_dossier();
    d.people.push_back({.id = PersonId(""), .name = "Nameless"});
    check_one(d, "/people/2/id", severity::error, {"empty person id"});

    d = clean_dossier();
    d.corridors[0].id = CorridorId("");
    d.conferences[0].sessions[0].participants[1].remarks->corridors.clear();
    check_one(d, "/corridors/0/id", severity::error, {"empty corridor id"});
}

TEST_CASE("ids: a duplicate is reported at its second occurrence and names the first")
{
    auto d = clean_dossier();
    d.sources.push_back({.id = SourceId("s1")});
    d.organizations.push_back({.id = OrganizationId("o2"), .name = "Again"});
    d.people.push_back({.id = PersonId("p1"), .name = "Again"});
    d.agreements.push_back(d.agreements[0]);
    d.corridors.push_back(d.corridors[0]);
    d.corridors.push_back(d.corridors[0]); // a third occurrence names the first, too
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) == std::vector<std::string>{"/sources/2/id", "/organizations/2/id", "/people/2/id",
                                                         "/agreements/1/id", "/corridors/1/id", "/corridors/2/id"});
    REQUIRE(problems.size() == 6);
    CHECK(problems[0].message == "duplicate source id \"s1\": already used at /sources/0/id");
    CHECK(problems[1].message == "duplicate organization id \"o2\": already used at /organizations/1/id");
    CHECK(problems[2].message == "duplicate person id \"p1\": already used at /people/0/id");
    CHECK(problems[3].message == "duplicate agreement id \"a1\": already used at /agreements/0/id");
    CHECK(problems[5].message == "duplicate corridor id \"k1\": already used at /corridors/0/id");
    CHECK_FALSE(
        std::any_of(problems.begin(), problems.end(), [](const problem& p) { return p.severity != severity::error; }));
}

TEST_CASE("ids: events and conferences share one id space")
{
    auto d = clean_dossier();
    d.events.push_back({.id = EventId("c1"), .title = "Another event", .start_date = Date(2026)});
    // Events come before conferences in the document, so the conference is the duplicate.
    check_one(d, "/conferences/0/id", severity::error, {"duplicate event id \"c1\"", "/events/1/id"});

    d = clean_dossier();
    d.conferences.push_back(d.conferences[0]);
    d.conferences[1].id = EventId("e1");
    d.conferences[1].context.clear();
    check_one(d, "/conferences/1/id", severity::error, {"duplicate event id \"e1\"", "/events/0/id"});
}

TEST_CASE("references: every kind of id must name a record of the dossier")
{
    struct mutation {
        const char* what;
        std::function<void(Dossier&)> apply;
        std::vector<std::string> paths;
    };
    const std::vector<mutation> cases{
        {"a source's publisher",
         [](Dossier& d) { d.sources[0].publisher = OrganizationId("x"); },
         {"/sources/0/publisher"}},
        {"a cited source", [](Dossier& d) { d.sources[0].cites.emplace_back("x"); }, {"/sources/0/cites/1"}},
        {"a parent organisation",
         [](Dossier& d) { d.organizations[1].parent = OrganizationId("x"); },
         {"/organizations/1/parent"}},
        {"a position's organisation",
         [](Dossier& d) { d.people[0].positions[0].organization = OrganizationId("x"); },
         {"/people/0/positions/0/organization"}},
        {"an event's principal",
         [](Dossier& d) { d.events[0].principals.emplace_back("x"); },
         {"/events/0/principals/1"}},
        {"an event's source", [](Dossier& d) { d.events[0].sources.emplace_back("x"); }, {"/events/0/sources/1"}},
        {"an organizer",
         [](Dossier& d) { d.conferences[0].organizers[0].organization = OrganizationId("x"); },
         {"/conferences/0/organizers/0/organization"}},
        {"a conference's context",
         [](Dossier& d) { d.conferences[0].context.emplace_back("x"); },
         {"/conferences/0/context/1"}},
        {"a participant",
         [](Dossier& d) { first_session(d).participants[1].person = PersonId("x"); },
         {"/conferences/0/sessions/0/participants/1/person"}},
        {"an agreement in remarks",
         [](Dossier& d) { first_session(d).participants[1].remarks->agreements.emplace_back("x"); },
         {"/conferences/0/sessions/0/participants/1/remarks/agreements/1"}},
        {"a corridor in remarks",
         [](Dossier& d) { first_session(d).participants[1].remarks->corridors.emplace_back("x"); },
         {"/conferences/0/sessions/0/participants/1/remarks/corridors/1"}},
        {"an event in remarks",
         [](Dossier& d) { first_session(d).participants[1].remarks->events.emplace_back("x"); },
         {"/conferences/0/sessions/0/participants/1/remarks/events/1"}},
        {"an organisation in remarks",
         [](Dossier& d) { first_session(d).participants[1].remarks->organizations.emplace_back("x"); },
         {"/conferences/0/sessions/0/participants/1/remarks/organizations/1"}},
        {"an outcome", [](Dossier& d) { d.conferences[0].outcomes.emplace_back("x"); }, {"/conferences/0/outcomes/1"}},
        {"a conference's source",
         [](Dossier& d) { d.conferences[0].sources.emplace_back("x"); },
         {"/conferences/0/sources/1"}},
        {"a party's organisation",
         [](Dossier& d) { d.agreements[0].parties[1].organization = OrganizationId("x"); },
         {"/agreements/0/parties/1/organization"}},
        {"a signatory",
         [](Dossier& d) { d.agreements[0].signatories[0].person = PersonId("x"); },
         {"/agreements/0/signatories/0/person"}},
        {"a signatory's organisation",
         [](Dossier& d) {
             d.agreements[0].parties[1].organization = OrganizationId("x");
             d.agreements[0].signatories[0].on_behalf_of = {.organization = OrganizationId("x")};
         },
         {"/agreements/0/parties/1/organization", "/agreements/0/signatories/0/on_behalf_of/organization"}},
        {"the signing event",
         [](Dossier& d) { d.agreements[0].signed_at = EventId("x"); },
         {"/agreements/0/signed_at"}},
        {"an agreement's source",
         [](Dossier& d) { d.agreements[0].sources.emplace_back("x"); },
         {"/agreements/0/sources/1"}},
        {"a corridor's agreement",
         [](Dossier& d) { d.corridors[0].agreements.emplace_back("x"); },
         {"/corridors/0/agreements/1"}},
        {"a corridor's source",
         [](Dossier& d) { d.corridors[0].sources.emplace_back("x"); },
         {"/corridors/0/sources/1"}},
    };
    for (const auto& c : cases) {
        CAPTURE(c.what);
        auto d = clean_dossier();
        c.apply(d);
        const auto problems = problems_in(d);
        INFO(listing(problems));
        CHECK(paths_of(problems) == c.paths);
        for (const auto& p : problems) {
            CHECK(p.severity == severity::error);
            CHECK_THAT(p.message, Catch::StartsWith("unknown ") && Catch::Contains("\"x\""));
        }
    }
}

TEST_CASE("references: the message names the registry, and an empty reference is reported as such")
{
    auto d = clean_dossier();
    d.conferences[0].context[0] = EventId("e9");
    check_one(d, "/conferences/0/context/0", severity::error,
              {"unknown event \"e9\"", "no record in /events or /conferences"});

    d = clean_dossier();
    d.events[0].principals[0] = PersonId("");
    check_one(d, "/events/0/principals/0", severity::error, {"empty person reference", "/people"});
}

TEST_CASE("organisations: an organisation that is its own ancestor")
{
    auto d = clean_dossier();
    d.organizations[0].parent = OrganizationId("o2");
    // One cycle, reported once, at the member of it that comes first.
    check_one(d, "/organizations/0/parent", severity::error,
              {"organization \"o1\" is its own ancestor", "\"o1\" -> \"o2\" -> \"o1\""});

    d = clean_dossier();
    d.organizations.push_back({.id = OrganizationId("o3"), .name = "Loop", .parent = OrganizationId("o3")});
    check_one(d, "/organizations/2/parent", severity::error, {"\"o3\" -> \"o3\""});

    // o3 hangs below the cycle of o1 and o2 without being part of it.
    d = clean_dossier();
    d.organizations[0].parent = OrganizationId("o2");
    d.organizations.insert(d.organizations.begin(),
                           {.id = OrganizationId("o3"), .name = "Below", .parent = OrganizationId("o1")});
    check_one(d, "/organizations/1/parent", severity::error, {"\"o1\" -> \"o2\" -> \"o1\""});
}

// ---- dates ----

TEST_CASE("dates: an event or conference that ends before it starts")
{
    auto d = clean_dossier();
    d.events[0].end_date = Date(2026, 2, 2);
    check_one(d, "/events/0/end_date", severity::error, {"event \"e1\"", "ends (2026-02-02)", "starts (2026-02-03)"});

    d = clean_dossier();
    d.conferences[0].start_date = Date(2026, 2, 13);
    d.conferences[0].end_date = Date(2026, 2, 11);
    // Sessions are not also reported for falling outside a range that runs backwards.
    d.conferences[0].sessions[0].start.reset();
    d.conferences[0].sessions[0].end.reset();
    d.agreements[0].signed_at.reset();
    check_one(d, "/conferences/0/end_date", severity::error, {"conference \"c1\"", "before it starts"});
}

TEST_CASE("dates: imprecise dates are in order unless no reading of them is")
{
    auto d = clean_dossier();
    d.events[0].start_date = Date(2026, 2, 20);
    d.events[0].end_date = Date(2026, 2); // may mean 2026-02-28
    check_none(d);
    d.events[0].end_date = Date(2026, 1);
    check_one(d, "/events/0/end_date", severity::error, {"ends (2026-01)"});
    d.events[0].start_date = Date(2026);
    d.events[0].end_date = Date(2026, 1, 5);
    check_none(d);
}

TEST_CASE("dates: a position that ends before it starts")
{
    auto d = clean_dossier();
    d.people[0].positions[0].end = Date(2019, 12, 31);
    check_one(d, "/people/0/positions/0/end", severity::error, {"position \"Director\" of person \"p1\"", "ends"});
}

TEST_CASE("dates: a session that ends before it starts, compared in UTC")
{
    auto d = clean_dossier();
    auto& session = first_session(d);
    session.start = at_time(Date(2026, 2, 12), 10, 5);
    session.end = at_time(Date(2026, 2, 12), 9, 5);
    check_one(d, "/conferences/0/sessions/0/end", severity::error,
              {"session of conference \"c1\"", "2026-02-12T09:00:00+05:00", "before it starts"});

    // 09:00 at +03:00 is 06:00 UTC, an hour after 10:00 at +05:00.
    session.end = at_time(Date(2026, 2, 12), 9, 3);
    check_none(d);

    session.title = "Inaugural Session";
    session.end = at_time(Date(2026, 2, 12), 4, 0);
    check_one(d, "/conferences/0/sessions/0/end", severity::error, {"session \"Inaugural Session\""});
}

TEST_CASE("dates: a session outside the conference's dates, in the session's own offset")
{
    auto d = clean_dossier();
    auto& session = first_session(d);
    session.start = at_time(Date(2026, 2, 11), 22, 5);
    check_one(d, "/conferences/0/sessions/0/start", severity::error,
              {"session start 2026-02-11T22:00:00+05:00", "outside the dates of conference \"c1\"",
               "2026-02-12 to 2026-02-12"});

    // 23:00 at -05:00 is already the 13th in UTC, but the 12th where the session is held.
    session.start = at_time(Date(2026, 2, 12), 22, -5);
    session.end = at_time(Date(2026, 2, 12), 23, -5);
    check_none(d);

    session.end = at_time(Date(2026, 2, 13), 0, -5);
    check_one(d, "/conferences/0/sessions/0/end", severity::error, {"session end", "outside"});

    // A conference dated to the month covers every day of it.
    d.conferences[0].start_date = Date(2026, 2);
    check_none(d);
    d.conferences[0].start_date = Date(2026, 2, 10);
    d.conferences[0].end_date = Date(2026, 2, 14);
    check_none(d);
}

TEST_CASE("dates: an agreement that enters into force before it is signed")
{
    auto d = clean_dossier();
    d.agreements[0].in_force_date = Date(2026, 1);
    check_one(d, "/agreements/0/in_force_date", severity::error,
              {"agreement \"a1\"", "enters into force (2026-01)", "signed (2026-02-12)"});

    d.agreements[0].in_force_date = Date(2026, 2); // may be the 12th or later
    check_none(d);
}

TEST_CASE("dates: a signatory who signed before the agreement's signed_date")
{
    auto d = clean_dossier();
    d.agreements[0].signatories[0].date = Date(2026, 2, 11);
    check_one(d, "/agreements/0/signatories/0/date", severity::error,
              {"signatory \"p1\" of agreement \"a1\"", "2026-02-11", "signed_date 2026-02-12"});

    // Others may sign a multilateral agreement after it was first signed.
    d.agreements[0].signatories[0].date = Date(2026, 4, 1);
    check_none(d);
}

// ---- agreements ----

TEST_CASE("agreements: an agreement with no party")
{
    auto d = clean_dossier();
    d.agreements[0].parties.clear();
    // The signatory's party is not reported as well: without parties there is nothing to match.
    check_one(d, "/agreements/0", severity::error, {"agreement \"a1\" has no party"});
}

TEST_CASE("agreements: a party names exactly one of a country and an organisation")
{
    auto d = clean_dossier();
    d.agreements[0].parties[1].country = CountryCode("KZ");
    check_one(d, "/agreements/0/parties/1", severity::error,
              {"party of agreement \"a1\"", "both country KZ and organization \"o1\""});

    d = clean_dossier();
    d.agreements[0].parties.push_back({});
    check_one(d, "/agreements/0/parties/2", severity::error, {"neither a country nor an organization"});

    d = clean_dossier();
    d.agreements[0].signatories[0].on_behalf_of.organization = OrganizationId("o1");
    check_one(d, "/agreements/0/signatories/0/on_behalf_of", severity::error,
              {"signatory \"p1\"", "names both country PK and organization \"o1\""});
}

TEST_CASE("agreements: a party listed twice")
{
    auto d = clean_dossier();
    d.agreements[0].parties.push_back({.country = CountryCode("PK")});
    check_one(d, "/agreements/0/parties/2", severity::error,
              {"lists party country PK twice", "first at /agreements/0/parties/0"});
}

TEST_CASE("agreements: a signatory acting for a party the agreement does not have")
{
    auto d = clean_dossier();
    d.agreements[0].signatories[0].on_behalf_of = {.country = CountryCode("KZ")};
    check_one(d, "/agreements/0/signatories/0/on_behalf_of", severity::error,
              {"signatory \"p1\" of agreement \"a1\"", "acts for country KZ", "not a party"});

    d.agreements[0].signatories[0].on_behalf_of = {.organization = OrganizationId("o1")};
    check_none(d);
}

TEST_CASE("agreements: a signed agreement without a date or place of signing is fine")
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

TEST_CASE("agreements: a signed_date or in_force_date while still proposed or under negotiation")
{
    auto d = clean_dossier();
    d.agreements[0].in_force_date.reset();
    d.agreements[0].status = AgreementStatus::proposed;
    check_one(d, "/agreements/0/signed_date", severity::warning,
              {"agreement \"a1\" has a signed_date", "status is proposed"});

    d = clean_dossier();
    d.agreements[0].status = AgreementStatus::under_negotiation;
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(problems ==
          std::vector<problem>{
              {"/agreements/0/signed_date", "agreement \"a1\" has a signed_date but its status is under_negotiation",
               severity::warning},
              {"/agreements/0/in_force_date",
               "agreement \"a1\" has an in_force_date but its status is under_negotiation", severity::warning}});

    d.agreements[0].status = AgreementStatus::agreed;
    check_none(d);
}

TEST_CASE("agreements: a signed_date outside the dates of the event where it was signed")
{
    auto d = clean_dossier();
    d.agreements[0].signed_at = EventId("e1");
    check_one(d, "/agreements/0/signed_date", severity::warning,
              {"signed on 2026-02-12", "event \"e1\" (2026-02-03 to 2026-02-04)"});

    d.agreements[0].signed_date = Date(2026, 2); // may be the 3rd
    d.agreements[0].in_force_date.reset();
    d.agreements[0].signatories[0].date.reset();
    check_none(d);
}

TEST_CASE("agreements: a term is a positive duration")
{
    auto d = clean_dossier();
    d.agreements[0].term = Quantity{Decimal(5), Unit::kilometre};
    check_one(d, "/agreements/0/term/unit", severity::error, {"term of agreement \"a1\"", "kilometre"});

    d.agreements[0].term = Quantity{Decimal(0), Unit::month};
    check_one(d, "/agreements/0/term/value", severity::error, {"term of agreement \"a1\" is 0"});
}

// ---- corridors ----

TEST_CASE("corridors: a route of one waypoint; no route at all is allowed")
{
    auto d = clean_dossier();
    d.corridors[0].route.pop_back();
    check_one(d, "/corridors/0/route", severity::error, {"corridor \"k1\"", "one waypoint"});

    d.corridors[0].route.clear();
    check_none(d);
}

TEST_CASE("corridors: no transport mode, or one listed twice")
{
    auto d = clean_dossier();
    d.corridors[0].modes.clear();
    check_one(d, "/corridors/0", severity::warning, {"corridor \"k1\" has no transport mode"});

    d = clean_dossier();
    d.corridors[0].modes.push_back(TransportMode::rail);
    check_one(d, "/corridors/0/modes/1", severity::warning, {"lists mode rail twice", "/corridors/0/modes/0"});
}

TEST_CASE("corridors: a country listed twice")
{
    auto d = clean_dossier();
    d.corridors[0].countries.push_back(CountryCode("AF"));
    check_one(d, "/corridors/0/countries/3", severity::warning,
              {"corridor \"k1\" lists country AF twice", "first at /corridors/0/countries/1"});
}

TEST_CASE("corridors: a waypoint in a country the corridor does not list")
{
    auto d = clean_dossier();
    d.corridors[0].route[1].country = CountryCode("KZ");
    check_one(d, "/corridors/0/route/1/country", severity::warning,
              {"waypoint \"Termez\" of corridor \"k1\"", "KZ", "not among the corridor's countries"});

    // With no countries listed there is nothing to compare with.
    d.corridors[0].countries.clear();
    check_none(d);
}

TEST_CASE("corridors: a corridor or waypoint with an empty name")
{
    auto d = clean_dossier();
    d.corridors[0].name = "";
    check_one(d, "/corridors/0/name", severity::error, {"corridor \"k1\" has an empty name"});

    d = clean_dossier();
    d.corridors[0].route[0].name = " ";
    check_one(d, "/corridors/0/route/0/name", severity::error, {"waypoint of corridor \"k1\" has an empty name"});
}

// ---- figures ----

TEST_CASE("figures: both money and a quantity")
{
    auto d = clean_dossier();
    d.corridors[0].figures[0].money = Money{Decimal(100), CurrencyCode("USD")};
    check_one(d, "/corridors/0/figures/0", severity::error, {"figure \"length\"", "both money and a quantity"});

    d = clean_dossier();
    first_session(d).participants[1].remarks->figures[0].quantity = Quantity{Decimal(3), Unit::percent};
    check_one(d, "/conferences/0/sessions/0/participants/1/remarks/figures/0", severity::error,
              {"figure \"export potential\"", "both"});
}

TEST_CASE("figures: a negative quantity")
{
    auto d = clean_dossier();
    d.corridors[0].figures[0].quantity->value = Decimal(-573);
    check_one(d, "/corridors/0/figures/0/quantity/value", severity::warning,
              {"figure \"length\"", "negative quantity -573"});
}

TEST_CASE("figures: a figure with no value and no words for it")
{
    auto d = clean_dossier();
    d.corridors[0].figures.push_back({.measure = "capacity"});
    check_one(d, "/corridors/0/figures/1", severity::warning, {"figure \"capacity\"", "no money, no quantity"});

    d.corridors[0].figures[1].as_reported = "several million tonnes";
    check_none(d);
}

// ---- sessions ----

TEST_CASE("dates: a session's date outside the conference's dates, or unlike its start")
{
    auto d = clean_dossier();
    auto& session = first_session(d);
    session.date = Date(2026, 2, 12);
    check_none(d);

    session.date = Date(2026, 2, 13);
    const auto problems = validate(d);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].path == "/conferences/0/sessions/0/date");
    CHECK(problems[0].message.find("session date 2026-02-13 is outside the dates of conference \"c1\"") !=
          std::string::npos);
    CHECK(problems[1].path == "/conferences/0/sessions/0/start");
    CHECK(problems[1].message.find("on another day than its date (2026-02-13)") != std::string::npos);

    // A session dated only to the month is consistent with a start on any of its days.
    session.date = Date(2026, 2);
    check_none(d);
}

TEST_CASE("references: a person named in remarks must exist")
{
    auto d = clean_dossier();
    auto& remarks = *first_session(d).participants[1].remarks;
    remarks.people = {PersonId("p1")};
    check_none(d);
    remarks.people = {PersonId("nobody")};
    check_one(d, "/conferences/0/sessions/0/participants/1/remarks/people/0", severity::error, {"nobody"});
}

TEST_CASE("sessions: two sessions of the same kind with the same number")
{
    auto d = clean_dossier();
    d.conferences[0].sessions[2].number = 1;
    check_one(d, "/conferences/0/sessions/2/number", severity::error,
              {"duplicate number 1 for a working session of conference \"c1\"", "/conferences/0/sessions/1/number"});

    d.conferences[0].sessions[2].kind = SessionKind::panel;
    check_none(d);
}

TEST_CASE("sessions: role other without a role_label")
{
    auto d = clean_dossier();
    first_session(d).participants[0].role = Role::other;
    check_one(d, "/conferences/0/sessions/0/participants/0/role", severity::warning,
              {"person \"p1\"", "role other", "role_label"});

    first_session(d).participants[0].role_label = "Patron-in-Chief";
    check_none(d);
}

TEST_CASE("sessions: the same person twice in the same role")
{
    auto d = clean_dossier();
    first_session(d).participants.push_back({.person = PersonId("p1"), .role = Role::chair});
    check_one(d, "/conferences/0/sessions/0/participants/2", severity::warning,
              {"person \"p1\" takes part twice as chair", "first at /conferences/0/sessions/0/participants/0"});

    // Two roles in one session are two participations, as the model intends.
    first_session(d).participants[2].role = Role::concluding_remarks;
    check_none(d);
    // The same role in another session is another participation.
    d.conferences[0].sessions[1].participants.push_back({.person = PersonId("p1"), .role = Role::chair});
    check_none(d);
}

TEST_CASE("sessions: a conference with no sessions is fine")
{
    auto d = clean_dossier();
    d.conferences[0].sessions.clear();
    check_none(d);
}

// ---- names and titles ----

TEST_CASE("names: a person or organisation with an empty name")
{
    auto d = clean_dossier();
    d.people[1].name = "";
    check_one(d, "/people/1/name", severity::error, {"person \"p2\" has an empty name"});

    d = clean_dossier();
    d.organizations[1].name = "  ";
    check_one(d, "/organizations/1/name", severity::error, {"organization \"o2\" has an empty name"});
}

TEST_CASE("titles: an event, conference or agreement with an empty title")
{
    auto d = clean_dossier();
    d.events[0].title = "";
    d.conferences[0].title = "\t";
    d.agreements[0].title = "";
    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(problems ==
          std::vector<problem>{{"/events/0/title", "event \"e1\" has an empty title", severity::error},
                               {"/conferences/0/title", "conference \"c1\" has an empty title", severity::error},
                               {"/agreements/0/title", "agreement \"a1\" has an empty title", severity::error}});
}

// ---- external ids ----

TEST_CASE("external ids: a Wikidata identifier is Q followed by digits without a leading zero")
{
    for (const char* bad : {"q42", "Q", "Q042", "Q0", "Q42a", "42", "Q 42", "https://www.wikidata.org/wiki/Q42"}) {
        CAPTURE(bad);
        auto d = clean_dossier();
        d.organizations[0].identifiers[0].value = bad;
        check_one(d, "/organizations/0/identifiers/0/value", severity::error,
                  {"invalid Wikidata identifier", "organization \"o1\""});
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

TEST_CASE("external ids: an empty identifier of any scheme")
{
    auto d = clean_dossier();
    d.people[0].identifiers.push_back({.scheme = IdScheme::orcid, .value = ""});
    check_one(d, "/people/0/identifiers/0/value", severity::error, {"empty orcid identifier of person \"p1\""});
}

// ---- sources ----

TEST_CASE("sources: a source that cites itself")
{
    auto d = clean_dossier();
    d.sources[1].cites.emplace_back("s2");
    check_one(d, "/sources/1/cites/0", severity::error, {"source \"s2\" cites itself"});
}

TEST_CASE("sources: a url that is not an absolute web address")
{
    for (const char* bad : {"www.example.org/report", "/report", "https://", "ftp://example.org/report"}) {
        CAPTURE(bad);
        auto d = clean_dossier();
        d.sources[0].url = bad;
        check_one(d, "/sources/0/url", severity::warning, {"source \"s1\"", "not an absolute http or https URL"});
    }
    auto d = clean_dossier();
    d.sources[0].url = "http://example.org";
    check_none(d);
}

TEST_CASE("conferences: a conference in its own context")
{
    auto d = clean_dossier();
    d.conferences[0].context.emplace_back("c1");
    check_one(d, "/conferences/0/context/1", severity::error, {"conference \"c1\" names itself in its context"});
}

// ---- all together ----

TEST_CASE("several problems are all reported, in document order")
{
    auto d = clean_dossier();
    d.corridors[0].modes.clear();                                      // warning at the corridor itself
    d.corridors[0].route.pop_back();                                   // then its route
    d.agreements[0].parties.push_back({.country = CountryCode("PK")}); // a duplicate party
    d.agreements[0].in_force_date = Date(2025);                        // before it was signed
    first_session(d).participants[0].person = PersonId("nobody");      // a dangling person
    first_session(d).participants[1].role = Role::other;               // no label
    d.conferences[0].sessions[2].number = 1;                           // a duplicate number
    d.people[1].name = "";                                             // an empty name
    d.organizations[0].identifiers[0].value = "Q0";                    // a bad Wikidata id
    d.sources.push_back({.id = SourceId("s1"), .publisher = OrganizationId("nowhere")});

    const auto problems = problems_in(d);
    INFO(listing(problems));
    CHECK(paths_of(problems) == std::vector<std::string>{
                                    "/sources/2/id",
                                    "/sources/2/publisher",
                                    "/organizations/0/identifiers/0/value",
                                    "/people/1/name",
                                    "/conferences/0/sessions/0/participants/0/person",
                                    "/conferences/0/sessions/0/participants/1/role",
                                    "/conferences/0/sessions/2/number",
                                    "/agreements/0/parties/2",
                                    "/agreements/0/in_force_date",
                                    "/corridors/0",
                                    "/corridors/0/route",
                                });
    REQUIRE(problems.size() == 11);
    CHECK(problems[5].severity == severity::warning);
    CHECK(problems[9].severity == severity::warning);
    CHECK(has_errors(problems));
    // Validating twice gives the same answer.
    CHECK(validate(d) == problems);
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
