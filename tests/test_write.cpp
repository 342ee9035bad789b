// What write writes and what it refuses. The text is byte for byte what nlohmann's dump(2)
// prints for the same document (dump() for compact text): its layout, its escapes, `{}` and
// `[]`. A value that was never set (an empty id, a default Date, DateTime or Decimal, an enum
// member left at 0), an enum value that is no enumerator and a string that is not UTF-8 are
// refused, each with a WriteError whose path() is the JSON Pointer the value would have had
// in the document and whose message() says what is wrong; nothing is written in its place.
#include <communique/communique.hpp>

#include <boost/describe/class.hpp>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <random>
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

// ---- the text: layout and escapes, byte for byte as nlohmann prints the same document ----

namespace writing {

struct Note {
    std::optional<std::string> text{};

    bool operator==(const Note&) const = default;
};
BOOST_DESCRIBE_STRUCT(Note, (), (text))

// Every kind of container: an object that may be empty, arrays of objects, of arrays (which
// may be empty: only an empty vector that is a member is left out) and of numbers.
struct Sheet {
    Note note{};
    std::vector<Note> notes{};
    std::vector<std::vector<std::int32_t>> grid{};
    std::optional<Note> extra{};
    std::vector<bool> flags{};

    bool operator==(const Sheet&) const = default;
};
BOOST_DESCRIBE_STRUCT(Sheet, (), (note, notes, grid, extra, flags))

// Nests as deep as a value makes it, deeper than any model type.
struct Tree {
    std::string name{};
    std::vector<Tree> children{};

    bool operator==(const Tree&) const = default;
};
BOOST_DESCRIBE_STRUCT(Tree, (), (name, children))

enum class Mood { calm = 1, tense };
BOOST_DESCRIBE_ENUM(Mood, calm, tense)

// Its JSON names hold characters that JSON and JSON Pointer escape.
struct Odd {
    Mood mood{};
    std::optional<std::string> tab{};

    bool operator==(const Odd&) const = default;
};
BOOST_DESCRIBE_STRUCT(Odd, (), (mood, tab))

} // namespace writing

template <>
struct communique::JsonNaming<writing::Odd> {
    static constexpr std::string_view json_name(std::string_view cpp_name)
    {
        return cpp_name == "mood" ? "a/b~\"c\"" : "tab\there";
    }
};

template <>
struct communique::JsonNaming<writing::Mood> {
    static constexpr std::string_view json_name(std::string_view cpp_name)
    {
        return cpp_name == "calm" ? "calm \\ \"quiet\"" : cpp_name;
    }
};

namespace {

const WriteOptions compact{.indent = false};

// nlohmann's own text for the document that `text` holds, indented as write indents.
std::string nlohmann_indented(const std::string& text)
{
    return nlohmann::ordered_json::parse(text).dump(2) + "\n";
}

// nlohmann's own text for the document that `text` holds, with no whitespace.
std::string nlohmann_compact(const std::string& text)
{
    return nlohmann::ordered_json::parse(text).dump();
}

std::string invalid_utf8_message(std::size_t byte)
{
    return "cannot write a string that is not valid UTF-8: byte " + std::to_string(byte) + " begins no UTF-8 character";
}

std::string file_text(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void append_utf8(std::string& out, char32_t c)
{
    const auto byte = [&](char32_t bits) { out += static_cast<char>(static_cast<unsigned char>(bits)); };
    if (c < 0x80) {
        byte(c);
    } else if (c < 0x800) {
        byte(0xC0 | (c >> 6U));
        byte(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        byte(0xE0 | (c >> 12U));
        byte(0x80 | ((c >> 6U) & 0x3F));
        byte(0x80 | (c & 0x3F));
    } else {
        byte(0xF0 | (c >> 18U));
        byte(0x80 | ((c >> 12U) & 0x3F));
        byte(0x80 | ((c >> 6U) & 0x3F));
        byte(0x80 | (c & 0x3F));
    }
}

// Valid UTF-8 made of runs: long stretches of plain ASCII, runs of characters that JSON
// escapes, runs of two- to four-byte characters, in any order and of any length, so that
// runs start and end everywhere, the ends of the string included.
std::string mixed_runs(std::mt19937& random, std::size_t runs)
{
    const auto below = [&](std::uint32_t end) {
        return std::uniform_int_distribution<std::uint32_t>(0, end - 1)(random);
    };
    std::string out;
    for (std::size_t r = 0; r < runs; ++r) {
        const std::uint32_t length = below(4) == 0 ? below(400) : below(8);
        const std::uint32_t kind = below(4);
        for (std::uint32_t i = 0; i < length; ++i) {
            switch (kind) {
            case 0: out += static_cast<char>(0x20 + below(0x60)); break; // printable ASCII and DEL
            case 1: out += "\"\\\b\f\n\r\t\x01\x1f"[below(9)]; break;
            case 2: out += static_cast<char>(below(0x20)); break;
            default: {
                const char32_t starts[] = {0x80, 0x800, 0xE000, 0x10000};
                const char32_t ends[] = {0x800, 0xD800, 0x10000, 0x110000};
                const std::uint32_t width = below(4);
                append_utf8(out, static_cast<char32_t>(starts[width] +
                                                       below(static_cast<std::uint32_t>(ends[width] - starts[width]))));
            }
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("every control character is escaped as nlohmann escapes it")
{
    for (int c = 0; c < 0x20; ++c) {
        const std::string text(1, static_cast<char>(c));
        std::string escape;
        switch (c) {
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default: {
            std::array<char, 16> hex{};
            std::snprintf(hex.data(), hex.size(), "\\u%04x", static_cast<unsigned>(c));
            escape = hex.data();
        }
        }
        CAPTURE(c, escape);
        CHECK(write(text) == "\"" + escape + "\"\n");
        CHECK(write(text, compact) == "\"" + escape + "\"");
        CHECK(write(text, compact) == nlohmann::json(text).dump());
        CHECK(read<std::string>(write(text)) == text);
    }
    // Lowercase hex, as nlohmann writes it, and no short form that JSON does not have.
    CHECK(write(std::string("\x1f\x0b", 2), compact) == R"("\u001f\u000b")");
    CHECK(write(std::string("a\0b", 3), compact) == R"("a\u0000b")");
}

TEST_CASE("quotes and backslashes are escaped; every other character is written as it is")
{
    CHECK(write(std::string("say \"hi\""), compact) == R"("say \"hi\"")");
    CHECK(write(std::string("C:\\dir\\"), compact) == R"("C:\\dir\\")");
    CHECK(write(std::string("\\\""), compact) == R"("\\\"")");
    for (int c = 0x20; c < 0x80; ++c) {
        if (c == '"' || c == '\\') {
            continue;
        }
        const std::string text(1, static_cast<char>(c));
        CAPTURE(c);
        CHECK(write(text, compact) == "\"" + text + "\""); // `/` and DEL included
    }
    const std::string non_ascii = "Zo\xC3\xAB \xC3\x98rsted \xE2\x80\x93 \xE5\xB1\xB1\xE7\x94\xB0 \xF0\x9F\x8C\x8D";
    CHECK(write(non_ascii, compact) == "\"" + non_ascii + "\"");
    CHECK(write(non_ascii, compact) == nlohmann::json(non_ascii).dump());
}

TEST_CASE("long strings of mixed runs are written as nlohmann writes them, and read back")
{
    std::mt19937 random(20260212);
    for (int i = 0; i < 200; ++i) {
        const std::string text = mixed_runs(random, 1 + static_cast<std::size_t>(i % 40));
        CAPTURE(i, text.size());
        CHECK(write(text, compact) == nlohmann::json(text).dump());
        CHECK(write(text) == nlohmann::json(text).dump(2) + "\n");
        CHECK(read<std::string>(write(text, compact)) == text);
        const writing::Note note{.text = text};
        CHECK(write(note) == nlohmann_indented(write(note)));
        CHECK(read<writing::Note>(write(note, compact)) == note);
    }
}

TEST_CASE("a string that is not UTF-8 is refused at its first bad byte, wherever it stands in a run")
{
    struct bad_case {
        const char* what;
        std::string text;
        std::size_t byte; // counted from 1
    };
    const std::string long_run(5000, 'a');
    const std::vector<bad_case> cases{
        {"alone", "\xFF", 1},
        {"at the start of a run",
         "\xFF"
         "abc",
         1},
        {"in the middle of a run",
         "abc\xFF"
         "def",
         4},
        {"at the end of a run", "abcdef\x80", 7},
        {"after an escape", "ab\ncd\x80", 6},
        {"right after an escape", "\t\xC0\xAF", 2},
        {"cut short at the end", "\n\xC3", 2},
        {"cut short after a character", "\xC3\xA9\xE2\x82", 3},
        {"a surrogate after characters", "ok\xC3\xA9\xED\xA0\x80", 5},
        {"above U+10FFFF", "\xF0\x9F\x8C\x8D\xF4\x90\x80\x80", 5},
        {"after a long run", long_run + "\xC0\xAF" + "b", 5001},
        {"after a long run with escapes", long_run + "\"" + long_run + "\xE2\x28\xA1", 10002},
    };
    for (const auto& row : cases) {
        CAPTURE(row.what);
        REQUIRE(detail::invalid_utf8_at(row.text) == row.byte - 1);
        for (const bool indent : {true, false}) {
            CAPTURE(indent);
            try {
                (void)write(row.text, WriteOptions{.indent = indent});
                FAIL_CHECK("no exception");
            } catch (const WriteError& e) {
                CHECK(e.path().empty());
                CHECK(e.message() == invalid_utf8_message(row.byte));
            }
            try {
                (void)write(writing::Note{.text = row.text}, WriteOptions{.indent = indent});
                FAIL_CHECK("no exception");
            } catch (const WriteError& e) {
                CHECK(e.path() == "/text");
                CHECK(e.message() == invalid_utf8_message(row.byte));
            }
        }
        // nlohmann refuses the same strings.
        CHECK_THROWS_AS(nlohmann::json(row.text).dump(), nlohmann::json::type_error);
    }
}

TEST_CASE("member and enumerator names are escaped as strings are; a path names the member as it is")
{
    const writing::Odd odd{.mood = writing::Mood::calm, .tab = "x"};
    const std::string text = write(odd, compact);
    CHECK(text == R"({"a/b~\"c\"":"calm \\ \"quiet\"","tab\there":"x"})");
    CHECK(text == nlohmann_compact(text));
    CHECK(write(odd) == nlohmann_indented(text));
    CHECK(read<writing::Odd>(text) == odd);

    const auto error = refusal_of(writing::Odd{});
    CHECK(error.path == "/a~1b~0\"c\"");
    CHECK(error.message == unset_enum_message(0));
}

TEST_CASE("an id is escaped and checked as any string is")
{
    Event e = valid_event();
    e.id = EventId("c\"1\\\n");
    CHECK(write(e, compact) ==
          R"({"id":"c\"1\\\n","title":"Pakistan-Kazakhstan: Building Bridges","kind":"conference"})");
    CHECK(read<Event>(write(e)) == e);
    e.id = EventId("e\xFF");
    const auto error = refusal_of(e);
    CHECK(error.path == "/id");
    CHECK(error.message == invalid_utf8_message(2));
}

TEST_CASE("vocabulary values are written as their to_string() form")
{
    const auto written_as = [](const auto& value, const std::string& text) {
        CHECK(value.to_string() == text);
        CHECK(write(value, compact) == "\"" + text + "\"");
        CHECK(write(value) == "\"" + text + "\"\n");
    };
    written_as(Date(2026), "2026");
    written_as(Date(2026, 2), "2026-02");
    written_as(Date(7, 2, 3), "0007-02-03");
    written_as(DateTime(Date(2026, 2, 12), 9, 5, 0, utc_offset(5, 30)), "2026-02-12T09:05:00+05:30");
    written_as(DateTime(Date(2026, 2, 12), 23, 59, 59, utc_offset(0, -30)), "2026-02-12T23:59:59-00:30");
    written_as(DateTime(Date(2026, 2, 12), 0, 0, 0, std::chrono::minutes{0}), "2026-02-12T00:00:00Z");
    written_as(Decimal(0), "0");
    written_as(Decimal(0, 2), "0.00");
    written_as(Decimal(5, 2), "0.05");
    written_as(Decimal(-1250, 2), "-12.50");
    written_as(Decimal(17, 1), "1.7");
    written_as(Decimal(-5, 18), "-0.000000000000000005");
    written_as(Decimal(999'999'999'999'999'999), "999999999999999999");
    written_as(Decimal(-999'999'999'999'999'999, 18), "-0.999999999999999999");
    written_as(Decimal(1'700'000'000), "1700000000");
    written_as(PersonId("p1"), "p1");
    written_as(CountryCode("KZ"), "KZ");
    written_as(CurrencyCode("PKR"), "PKR");
    written_as(FormatVersion{}, "2");
}

TEST_CASE("empty objects and arrays are written as {} and [], as nlohmann writes them")
{
    CHECK(write(Amount{}) == "{}\n");
    CHECK(write(Amount{}, compact) == "{}");
    CHECK(write(std::vector<Date>{}) == "[]\n");
    CHECK(write(std::vector<Date>{}, compact) == "[]");
    CHECK(write(writing::Sheet{}) == "{\n  \"note\": {}\n}\n");
    CHECK(write(writing::Sheet{}, compact) == R"({"note":{}})");

    const writing::Sheet sheet{.note = {},
                               .notes = {writing::Note{}, writing::Note{.text = "x"}},
                               .grid = {{}, {1, -2}, {}},
                               .extra = writing::Note{},
                               .flags = {true, false}};
    const std::string text = write(sheet);
    CHECK(text == R"({
  "note": {},
  "notes": [
    {},
    {
      "text": "x"
    }
  ],
  "grid": [
    [],
    [
      1,
      -2
    ],
    []
  ],
  "extra": {},
  "flags": [
    true,
    false
  ]
}
)");
    CHECK(text == nlohmann_indented(text));
    CHECK(write(sheet, compact) ==
          R"({"note":{},"notes":[{},{"text":"x"}],"grid":[[],[1,-2],[]],"extra":{},"flags":[true,false]})");
    CHECK(read<writing::Sheet>(text) == sheet);
}

TEST_CASE("compact output is the same document with no whitespace and no final newline")
{
    CHECK(write(valid_event(), compact) ==
          R"({"id":"e1","title":"Pakistan-Kazakhstan: Building Bridges","kind":"conference"})");
    CHECK(write(Dossier{}, WriteOptions{.indent = false}) == R"({"format_version":"2"})");
    CHECK(write(EventKind::round_table, compact) == R"("round_table")");
    CHECK(write(std::uint64_t{18446744073709551615U}, compact) == "18446744073709551615");
    CHECK(write(std::int64_t{-9223372036854775807 - 1}, compact) == "-9223372036854775808");
    CHECK(write(true, compact) == "true");

    const auto d = read<Dossier>(file_text(COMMUNIQUE_TEST_DATA_DIR "/issi-pakistan-kazakhstan-2026.json"));
    const std::string text = write(d, compact);
    CHECK(text.find('\n') == std::string::npos);
    CHECK(text.back() == '}');
    CHECK(text == nlohmann_compact(write(d)));
    CHECK(read<Dossier>(text) == d);
    CHECK(nlohmann::json::parse(text) == nlohmann::json::parse(write(d)));

    SECTION("and refuses what the indented output refuses, at the same path")
    {
        Dossier broken = d;
        broken.events.back().kind = EventKind{};
        const auto indented = refusal_of(broken);
        try {
            (void)write(broken, compact);
            FAIL("no exception");
        } catch (const WriteError& e) {
            CHECK(e.path() == indented.path);
            CHECK(e.message() == indented.message);
            CHECK(e.path().starts_with("/events/"));
        }
    }
}

TEST_CASE("the documents of the tests are written byte for byte as nlohmann writes them")
{
    std::vector<std::filesystem::path> files{COMMUNIQUE_TEST_DATA_DIR "/issi-pakistan-kazakhstan-2026.json",
                                             COMMUNIQUE_TEST_DATA_DIR "/tricky-text.json"};
    for (const auto& entry : std::filesystem::directory_iterator(COMMUNIQUE_TEST_DATA_DIR "/reports")) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    REQUIRE(files.size() > 4);
    for (const auto& file : files) {
        CAPTURE(file.filename().string());
        const auto d = read<Dossier>(file_text(file));
        const std::string text = write(d);
        CHECK(text == nlohmann_indented(text));
        CHECK(write(d, compact) == nlohmann_compact(text));
        CHECK(read<Dossier>(write(d, compact)) == d);
    }
}

TEST_CASE("generated events are written byte for byte as nlohmann writes them")
{
    std::mt19937 random(12022026);
    Dossier d;
    for (int i = 0; i < 60; ++i) {
        Event e{.id = EventId(mixed_runs(random, 2) + "#" + std::to_string(i)),
                .title = mixed_runs(random, 3),
                .kind = static_cast<EventKind>(1 + i % 3)};
        if (i % 2 == 0) {
            e.description = mixed_runs(random, 12);
        }
        e.sessions = {Session{.kind = SessionKind::panel, .title = mixed_runs(random, 1)}};
        e.themes = {mixed_runs(random, 1), mixed_runs(random, 5)};
        d.events.push_back(e);
        d.people.push_back(Person{.id = PersonId("p" + std::to_string(i)), .name = mixed_runs(random, 2)});
    }
    const std::string text = write(d);
    CHECK(text == nlohmann_indented(text));
    CHECK(write(d, compact) == nlohmann_compact(text));
    CHECK(read<Dossier>(text) == d);
}

TEST_CASE("deep nesting is indented as nlohmann indents it")
{
    writing::Tree tree{.name = "leaf"};
    for (int depth = 0; depth < 45; ++depth) {
        tree = writing::Tree{.name = "level " + std::to_string(depth), .children = {tree, writing::Tree{.name = "x"}}};
    }
    const std::string text = write(tree);
    CHECK(text.find("\n" + std::string(2 * 91, ' ') + "\"name\": \"leaf\"") != std::string::npos);
    CHECK(text == nlohmann_indented(text));
    CHECK(write(tree, compact) == nlohmann_compact(text));
    CHECK(read<writing::Tree>(text) == tree);
}

TEST_CASE("nlohmann's conversions give the document that write writes, for every kind of value")
{
    const auto same_document = [](const auto& value) {
        CHECK(nlohmann::ordered_json(value).dump() == write(value, compact));
        CHECK(nlohmann::json(value) == nlohmann::json::parse(write(value)));
    };
    same_document(valid_event());
    same_document(Dossier{});
    same_document(EventKind::state_visit);
    same_document(Date(2026, 2, 12));
    same_document(CountryCode("PK"));
    same_document(Decimal(-1250, 2));
    same_document(std::vector<Date>{Date(2026), Date(2026, 2)});
    same_document(std::vector<EventKind>{EventKind::summit, EventKind::forum});
    same_document(std::vector<Event>{valid_event(), valid_event()});
    CHECK(nlohmann::json(EventKind::round_table) == "round_table");
    CHECK(nlohmann::json(std::vector<CountryCode>{CountryCode("PK"), CountryCode("KZ")}) ==
          nlohmann::json::parse(R"(["PK", "KZ"])"));
}
