// What write refuses: a value that was never set (an empty id, a default Date, DateTime or
// Decimal, an enum member left at 0) or an enum value that is no enumerator. Each refusal is a
// WriteError whose path() is the JSON Pointer the value would have had in the document and
// whose message() says what is wrong; nothing is written in its place.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

using namespace communique;

namespace {

const std::string unset_message = "no value was set: a member that a report does not give must be an empty "
                                  "std::optional, not a default value";

std::string unset_enum_message(int value)
{
    return "cannot write enum value " + std::to_string(value) +
           ": it is not one of the described enumerators (a member never set is 0)";
}

struct refusal {
    std::string path;
    std::string message;
    std::string what;
};

template <class T>
refusal refusal_of(const T& value)
{
    try {
        (void)write(value);
    } catch (const WriteError& e) {
        return {e.path(), e.message(), e.what()};
    }
    return {"(written)", "(written)", "(written)"};
}

// `path` names a place in the JSON of `fixed`, the same value with the unset member set: the
// error points where the value would have been.
template <class T>
bool names_a_place_in(const std::string& path, const T& fixed)
{
    const auto json = nlohmann::json::parse(write(fixed));
    return json.contains(nlohmann::json::json_pointer(path));
}

Event valid_event()
{
    Event e;
    e.id = EventId("e1");
    e.title = "Pakistan-Kazakhstan: Building Bridges";
    e.kind = EventKind::conference;
    return e;
}

} // namespace

TEST_CASE("an event whose id was never set is refused at /id")
{
    Event e = valid_event();
    e.id = EventId();
    const auto error = refusal_of(e);
    CHECK(error.path == "/id");
    CHECK(error.message == unset_message);
    CHECK(error.what == "at /id: " + unset_message);
    CHECK(names_a_place_in(error.path, valid_event()));
}

TEST_CASE("an enum member left at 0 is refused at its path")
{
    Event e;
    e.id = EventId("e1");
    e.title = "T";
    const auto error = refusal_of(e);
    CHECK(error.path == "/kind");
    CHECK(error.message == unset_enum_message(0));
    CHECK(error.what == "at /kind: " + unset_enum_message(0));

    SECTION("inside a dossier, the path goes through /events/<index>")
    {
        Dossier d;
        d.events = {valid_event(), e};
        d.events[1].id = EventId("e2");
        CHECK(refusal_of(d).path == "/events/1/kind");
        d.events = {e};
        const auto in_dossier = refusal_of(d);
        CHECK(in_dossier.path == "/events/0/kind");
        CHECK(in_dossier.message == unset_enum_message(0));
        CHECK(in_dossier.what == "at /events/0/kind: " + unset_enum_message(0));
        d.events[0].kind = EventKind::dialogue;
        CHECK(names_a_place_in(in_dossier.path, d));
    }
}

TEST_CASE("an enum value that is no enumerator is refused, with its number")
{
    Event e = valid_event();
    e.kind = static_cast<EventKind>(999);
    CHECK(refusal_of(e).path == "/kind");
    CHECK(refusal_of(e).message == unset_enum_message(999));
    e.kind = EventKind::summit;
    e.status = static_cast<EventStatus>(-1);
    CHECK(refusal_of(e).path == "/status");
    CHECK(refusal_of(e).message == unset_enum_message(-1));
}

TEST_CASE("a default Date inside an optional is refused; an empty optional is left out")
{
    Event e = valid_event();
    e.start_date = Date();
    auto error = refusal_of(e);
    CHECK(error.path == "/start_date");
    CHECK(error.message == unset_message);
    e.start_date = std::nullopt;
    CHECK(nlohmann::json::parse(write(e)).contains("start_date") == false);
    e.start_date = Date(2026, 2, 12);
    CHECK(names_a_place_in(error.path, e));

    e.end_date = Date();
    CHECK(refusal_of(e).path == "/end_date");

    Dossier d;
    d.people = {Person{.id = PersonId("p1"), .name = "A"}};
    d.people[0].positions = {Position{.title = "Director"}, Position{.title = "Minister"}};
    d.people[0].positions[1].as_of = Date();
    error = refusal_of(d);
    CHECK(error.path == "/people/0/positions/1/as_of");
    CHECK(error.message == unset_message);
    d.people[0].positions[1].as_of = Date(2026);
    CHECK(names_a_place_in(error.path, d));
}

TEST_CASE("a default Decimal in a Quantity is refused at /.../value; a default unit at /.../unit")
{
    Agreement a{.id = AgreementId("a1"), .title = "Roadmap", .kind = AgreementKind::roadmap};
    a.term = Quantity{.value = Decimal(), .unit = Unit::year};
    auto error = refusal_of(a);
    CHECK(error.path == "/term/value");
    CHECK(error.message == unset_message);
    CHECK(error.what == "at /term/value: " + unset_message);

    a.term = Quantity{.value = Decimal(5), .unit = Unit{}};
    error = refusal_of(a);
    CHECK(error.path == "/term/unit");
    CHECK(error.message == unset_enum_message(0));

    // The first unset member in declaration order is the one reported: value before unit.
    a.term = Quantity{};
    CHECK(refusal_of(a).path == "/term/value");
    CHECK(refusal_of(Quantity{}).path == "/value");

    Dossier d;
    a.term = Quantity{.value = Decimal(), .unit = Unit::year};
    d.agreements = {a};
    CHECK(refusal_of(d).path == "/agreements/0/term/value");
    d.agreements[0].term->value = Decimal(5);
    CHECK(names_a_place_in("/agreements/0/term/value", d));
}

TEST_CASE("a default DateTime is refused")
{
    Session s{.kind = SessionKind::panel};
    s.start = DateTime();
    auto error = refusal_of(s);
    CHECK(error.path == "/start");
    CHECK(error.message == unset_message);

    Event e = valid_event();
    e.sessions = {Session{}, s};
    e.sessions[1].start = DateTime(Date(2026, 2, 12), 10, 0, 0, std::chrono::hours{5});
    e.sessions[1].end = DateTime();
    Dossier d;
    d.events = {e};
    error = refusal_of(d);
    CHECK(error.path == "/events/0/sessions/1/end");
    CHECK(error.what == "at /events/0/sessions/1/end: " + unset_message);
    d.events[0].sessions[1].end = DateTime(Date(2026, 2, 12), 11, 0, 0, std::chrono::hours{5});
    CHECK(names_a_place_in(error.path, d));
}

TEST_CASE("a vocabulary value written on its own is refused at the document root")
{
    CHECK(refusal_of(Date()).path.empty());
    CHECK(refusal_of(Date()).what == "at the document root: " + unset_message);
    CHECK(refusal_of(DateTime()).path.empty());
    CHECK(refusal_of(Decimal()).path.empty());
    CHECK(refusal_of(PersonId()).path.empty());
    CHECK(refusal_of(EventKind{}).path.empty());
    CHECK(refusal_of(EventKind{}).message == unset_enum_message(0));
    CHECK(refusal_of(std::vector<Date>{Date(2026), Date()}).path == "/1");
}

TEST_CASE("path tokens through vectors and nested structs name the unset value")
{
    // A valid dossier with something of everything; each row below unsets one member deep inside.
    Dossier d;
    d.people = {Person{.id = PersonId("p1"), .name = "A"}, Person{.id = PersonId("p2"), .name = "B"}};
    d.organizations = {Organization{.id = OrganizationId("o1"), .name = "O"}};
    Remarks remarks{.summary = "S"};
    remarks.figures = {
        Figure{.measure = "trade", .amount = exactly(Decimal(17, 1)), .currency = CurrencyCode("USD")},
        Figure{.measure = "length", .amount = between(Decimal(8), Decimal(10)), .unit = Unit::kilometre}};
    Speaker speaker{.person = PersonId("p1"), .role = Role::chair, .remarks = remarks};
    Event e = valid_event();
    e.sessions = {Session{.kind = SessionKind::inaugural}, Session{.kind = SessionKind::working},
                  Session{.kind = SessionKind::concluding}};
    e.sessions[2].speakers = {speaker, speaker};
    e.organizers = {Organizer{.organization = OrganizationId("o1"), .role = OrganizerRole::host}};
    e.related = {EventLink{.relation = EventRelation::during, .event = EventId("e0")}};
    e.participant_count = hedged(Qualifier::more_than, Decimal(300));
    d.events = {Event{.id = EventId("e0"), .title = "Visit", .kind = EventKind::state_visit}, e};
    Agreement a{.id = AgreementId("a1"), .title = "MoU", .kind = AgreementKind::memorandum_of_understanding};
    a.witnesses = {PersonId("p1"), PersonId("p2")};
    a.ratifications = {Ratification{
        .party = party(OrganizationId("o1")), .kind = ConsentKind::ratification, .date = Date(2026, 6, 3)}};
    a.related = {AgreementLink{.relation = AgreementRelation::implements, .agreement = AgreementId("a0")}};
    d.agreements = {a};
    Corridor k{.id = CorridorId("k1"), .name = "Trans-Afghan Railway"};
    k.modes = {TransportMode::rail, TransportMode::road};
    k.history = {Milestone{.kind = MilestoneKind::proposed, .date = Date(1993)},
                 Milestone{.kind = MilestoneKind::agreed, .by = {party(CountryCode("PK"))}}};
    k.target_completion = Date(2030);
    k.identifiers = {ExternalId{.scheme = IdScheme::wikidata, .value = "Q1"}};
    d.corridors = {k};
    d.sources = {Source{.id = SourceId("s1"), .kind = SourceKind::news_report}};
    d.series = {Series{.id = SeriesId("x1"), .name = "Dialogue", .organizers = {OrganizationId("o1")}}};
    REQUIRE_NOTHROW(write(d));

    struct unset_case {
        const char* what;
        std::function<void(Dossier&)> unset;
        std::string path;
        std::string message;
    };
    const std::vector<unset_case> cases{
        {"a figure's exact amount",
         [](Dossier& x) { x.events[1].sessions[2].speakers[1].remarks->figures[0].amount->value = Decimal(); },
         "/events/1/sessions/2/speakers/1/remarks/figures/0/amount/value", unset_message},
        {"a range's upper bound",
         [](Dossier& x) { x.events[1].sessions[2].speakers[0].remarks->figures[1].amount->max = Decimal(); },
         "/events/1/sessions/2/speakers/0/remarks/figures/1/amount/max", unset_message},
        {"a speaker's person", [](Dossier& x) { x.events[1].sessions[2].speakers[1].person = PersonId(); },
         "/events/1/sessions/2/speakers/1/person", unset_message},
        {"a speaker's role", [](Dossier& x) { x.events[1].sessions[2].speakers[0].role = Role{}; },
         "/events/1/sessions/2/speakers/0/role", unset_enum_message(0)},
        {"an organizer's role", [](Dossier& x) { x.events[1].organizers[0].role = OrganizerRole{}; },
         "/events/1/organizers/0/role", unset_enum_message(0)},
        {"an organizer's organization", [](Dossier& x) { x.events[1].organizers[0].organization = OrganizationId(); },
         "/events/1/organizers/0/organization", unset_message},
        {"a related event's relation", [](Dossier& x) { x.events[1].related[0].relation = EventRelation{}; },
         "/events/1/related/0/relation", unset_enum_message(0)},
        {"a participant count's qualifier", [](Dossier& x) { x.events[1].participant_count->qualifier = Qualifier{}; },
         "/events/1/participant_count/qualifier", unset_enum_message(0)},
        {"a session's kind", [](Dossier& x) { x.events[1].sessions[1].kind = SessionKind{}; },
         "/events/1/sessions/1/kind", unset_enum_message(0)},
        {"a witness", [](Dossier& x) { x.agreements[0].witnesses[1] = PersonId(); }, "/agreements/0/witnesses/1",
         unset_message},
        {"a ratification's kind", [](Dossier& x) { x.agreements[0].ratifications[0].kind = ConsentKind{}; },
         "/agreements/0/ratifications/0/kind", unset_enum_message(0)},
        {"a ratification's date", [](Dossier& x) { x.agreements[0].ratifications[0].date = Date(); },
         "/agreements/0/ratifications/0/date", unset_message},
        {"a party's organization",
         [](Dossier& x) { x.agreements[0].ratifications[0].party.organization = OrganizationId(); },
         "/agreements/0/ratifications/0/party/organization", unset_message},
        {"a related agreement's id", [](Dossier& x) { x.agreements[0].related[0].agreement = AgreementId(); },
         "/agreements/0/related/0/agreement", unset_message},
        {"an agreement's kind", [](Dossier& x) { x.agreements[0].kind = AgreementKind{}; }, "/agreements/0/kind",
         unset_enum_message(0)},
        {"a transport mode in a vector", [](Dossier& x) { x.corridors[0].modes[1] = TransportMode{}; },
         "/corridors/0/modes/1", unset_enum_message(0)},
        {"a milestone's kind", [](Dossier& x) { x.corridors[0].history[1].kind = MilestoneKind{}; },
         "/corridors/0/history/1/kind", unset_enum_message(0)},
        {"a milestone's date", [](Dossier& x) { x.corridors[0].history[0].date = Date(); },
         "/corridors/0/history/0/date", unset_message},
        {"a corridor's target completion", [](Dossier& x) { x.corridors[0].target_completion = Date(); },
         "/corridors/0/target_completion", unset_message},
        {"an identifier's scheme", [](Dossier& x) { x.corridors[0].identifiers[0].scheme = IdScheme{}; },
         "/corridors/0/identifiers/0/scheme", unset_enum_message(0)},
        {"a source's kind", [](Dossier& x) { x.sources[0].kind = SourceKind{}; }, "/sources/0/kind",
         unset_enum_message(0)},
        {"a series' organizer", [](Dossier& x) { x.series[0].organizers[0] = OrganizationId(); },
         "/series/0/organizers/0", unset_message},
        {"a person's id", [](Dossier& x) { x.people[1].id = PersonId(); }, "/people/1/id", unset_message},
        {"an organization's id", [](Dossier& x) { x.organizations[0].id = OrganizationId(); }, "/organizations/0/id",
         unset_message},
    };
    for (const auto& row : cases) {
        CAPTURE(row.what);
        Dossier broken = d;
        row.unset(broken);
        const auto error = refusal_of(broken);
        CHECK(error.path == row.path);
        CHECK(error.message == row.message);
        CHECK(error.what == "at " + row.path + ": " + row.message);
        // The path names the place of the value in the dossier as written.
        CHECK(names_a_place_in(row.path, d));
    }
}

TEST_CASE("of several unset members, the first in declaration order is reported")
{
    CHECK(refusal_of(Event{}).path == "/id");
    Event e;
    e.id = EventId("e1");
    e.start_date = Date();
    CHECK(refusal_of(e).path == "/kind"); // kind comes before start_date
    Dossier d;
    d.events = {e};
    d.sources = {Source{}};
    CHECK(refusal_of(d).path == "/sources/0/id"); // sources come before events
}

TEST_CASE("WriteError escapes keys as JSON Pointer reference tokens")
{
    const WriteError inner("/value", "m");
    CHECK(inner.within("a/b~c").path() == "/a~1b~0c/value");
    CHECK(inner.within("~1").path() == "/~01/value");
    CHECK(inner.within("/").path() == "/~1/value");
    CHECK(inner.within("~").path() == "/~0/value");
    CHECK(inner.within("").path() == "//value");
    CHECK(inner.within("0").path() == "/0/value");
    CHECK(inner.within("a/b~c").message() == "m");
    CHECK(std::string(inner.within("a/b~c").what()) == "at /a~1b~0c/value: m");
    CHECK(WriteError("", "m").within("x~y").path() == "/x~0y");
    CHECK(inner.within("k").within("a/b").path() == "/a~1b/k/value");

    // nlohmann reads the escaped pointer back to the key.
    const auto json = nlohmann::json::parse(R"({"a/b~c": {"value": 1}, "~1": {"value": 2}})");
    CHECK(json.at(nlohmann::json::json_pointer(inner.within("a/b~c").path())) == 1);
    CHECK(json.at(nlohmann::json::json_pointer(inner.within("~1").path())) == 2);
}

TEST_CASE("WriteError is a communique::Error and names its path in what()")
{
    Event e;
    e.id = EventId("e1");
    CHECK_THROWS_AS(write(e), communique::Error);
    CHECK_THROWS_WITH(write(e), "at /kind: " + unset_enum_message(0));
}

TEST_CASE("nlohmann's conversions refuse an unset value the same way")
{
    Event e;
    e.id = EventId("e1");
    try {
        const nlohmann::json json = e;
        FAIL("no exception");
    } catch (const WriteError& error) {
        CHECK(error.path() == "/kind");
        CHECK(error.message() == unset_enum_message(0));
    }
    Dossier d;
    d.events = {valid_event()};
    d.events[0].end_date = Date();
    try {
        const nlohmann::ordered_json json = d;
        FAIL("no exception");
    } catch (const WriteError& error) {
        CHECK(error.path() == "/events/0/end_date");
    }
}

TEST_CASE("a default dossier and values with every member set or left out are written")
{
    CHECK(write(Dossier{}) == "{\n  \"format_version\": \"2\"\n}\n");
    CHECK(write(valid_event()) == R"({
  "id": "e1",
  "title": "Pakistan-Kazakhstan: Building Bridges",
  "kind": "conference"
}
)");
    CHECK(write(Amount{}) == "{}\n");
    CHECK(write(Party{}) == "{}\n");
    CHECK(write(Decimal(0)) == "\"0\"\n");
}

TEST_CASE("an empty id is a read error at its path, from both readers")
{
    struct empty_id_case {
        const char* what;
        std::string text;
        std::string path;
    };
    const std::vector<empty_id_case> cases{
        {"a record's id", R"({"format_version": "2", "people": [{"id": "p1", "name": "A"}, {"id": "", "name": "B"}]})",
         "/people/1/id"},
        {"a reference", R"({"format_version": "2", "events": [{"id": "e1", "title": "T", "kind": "forum",
              "organizers": [{"organization": "", "role": "host"}]}]})",
         "/events/0/organizers/0/organization"},
        {"an id in an array", R"({"format_version": "2", "agreements": [{"id": "a1", "title": "T", "kind": "treaty",
              "witnesses": ["p1", ""]}]})",
         "/agreements/0/witnesses/1"},
    };
    const std::string message = "invalid id \"\": an id is a non-empty string";
    for (const auto& row : cases) {
        CAPTURE(row.what);
        try {
            (void)read<Dossier>(row.text);
            FAIL_CHECK("no exception");
        } catch (const ReadError& e) {
            CHECK(e.path() == row.path);
            CHECK(e.message() == message);
        }
        try {
            (void)nlohmann::json::parse(row.text).get<Dossier>();
            FAIL_CHECK("no exception");
        } catch (const ReadError& e) {
            CHECK(e.path() == row.path);
            CHECK(e.message() == message);
        }
    }
}
