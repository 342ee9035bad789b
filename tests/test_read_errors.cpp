// Bad documents and the ReadError each one gets: the JSON Pointer of the offending value
// and what was wrong with it.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <string>

using communique::Dossier;
using communique::read;
using communique::ReadError;

namespace {

struct bad_document {
    const char* what;
    std::string text;
    std::string path;
    std::string message;
};

// A valid dossier with one event of three sessions, the last with two speakers; `role` is
// substituted into the second speaker.
std::string dossier_with_role(const std::string& role)
{
    return R"({"format_version": "2",
  "people": [{"id": "p1", "name": "A"}, {"id": "p2", "name": "B"}],
  "events": [{"id": "e1", "title": "T", "kind": "conference", "start_date": "2026-02-12",
    "attendance": "in_person",
    "sessions": [{"kind": "inaugural"}, {"kind": "working"},
      {"kind": "concluding", "speakers": [{"person": "p1", "role": "chief_guest"},
                                          {"person": "p2", "role": )" +
           role + R"(}]}]}]})";
}

std::string event_with(const std::string& members)
{
    return R"({"format_version": "2", "events": [{"id": "e1", "title": "T", "kind": "conference",
              "attendance": "in_person", )" +
           members + "}]}";
}

} // namespace

TEST_CASE("a valid document reads")
{
    const auto dossier = read<Dossier>(dossier_with_role(R"("vote_of_thanks")"));
    REQUIRE(dossier.events.size() == 1);
    CHECK(dossier.events[0].sessions[2].speakers[1].role == communique::Role::vote_of_thanks);
    // A start date, a session's kind and a speaker's role may be left out.
    const auto sparse = read<Dossier>(event_with(R"("sessions": [{"speakers": [{"person": "p1"}]}])"));
    REQUIRE(sparse.events.size() == 1);
    CHECK_FALSE(sparse.events[0].start_date.has_value());
    CHECK_FALSE(sparse.events[0].sessions.at(0).kind.has_value());
    CHECK_FALSE(sparse.events[0].sessions.at(0).speakers.at(0).role.has_value());
}

TEST_CASE("each bad document gets a ReadError at the offending place")
{
    const std::vector<bad_document> cases{
        {"an enum string in the wrong case", dossier_with_role(R"("Vote_Of_Thanks")"),
         "/events/0/sessions/2/speakers/1/role", ""},
        {"an enum of the wrong type", dossier_with_role("3"), "/events/0/sessions/2/speakers/1/role",
         "expected a string, found an integer"},
        {"empty input", "", "", ""},
        {"not JSON", "{format_version: 2}", "", ""},
        {"a truncated document", R"({"format_version": "2", "people": [{"id": "p1")", "", ""},
        {"trailing garbage", R"({"format_version": "2"} x)", "", ""},
        {"a top-level array", "[]", "", "expected an object, found an array"},
        {"a top-level string", R"("dossier")", "", "expected an object, found a string"},
        {"no format version", "{}", "/format_version", "missing required member \"format_version\""},
        {"another format version", R"({"format_version": "1"})", "/format_version",
         "unsupported format version \"1\": this library reads version 2"},
        {"a format version as a number", R"({"format_version": 2})", "/format_version",
         "expected a string, found an integer"},
        {"an unknown member", R"({"format_version": "2", "peeple": []})", "/peeple", ""},
        {"a member of format version 1", R"({"format_version": "2", "conferences": []})", "/conferences",
         "unknown member \"conferences\": expected one of: format_version, sources, organizations, people, series, "
         "events, agreements, corridors"},
        {"an invalid date", event_with(R"("start_date": "2026-02-30")"), "/events/0/start_date",
         "invalid date \"2026-02-30\": expected a calendar date from 0001 to 9999 as YYYY, YYYY-MM or YYYY-MM-DD"},
        {"a missing required enum", R"({"format_version": "2", "events": [{"id": "e1", "title": "T"}]})",
         "/events/0/kind", "missing required member \"kind\""},
        {"a missing required decimal",
         R"({"format_version": "2", "agreements": [{"id": "a1", "title": "T", "kind": "roadmap",
            "term": {"unit": "year"}}]})",
         "/agreements/0/term/value", "missing required member \"value\""},
        {"an empty id", R"({"format_version": "2", "people": [{"id": "p1", "name": "A"}, {"id": "", "name": "B"}]})",
         "/people/1/id", "invalid id \"\": an id is a non-empty string"},
        {"an empty reference", dossier_with_role(R"("chair", "accompanying": "")"),
         "/events/0/sessions/2/speakers/1/accompanying", "invalid id \"\": an id is a non-empty string"},
        {"an invalid country code", event_with(R"("start_date": "2026-02-12", "participant_countries": ["PK", "XX"])"),
         "/events/0/participant_countries/1", ""},
        {"a session time with an impossible offset",
         event_with(R"("start_date": "2026-02-12", "sessions": [{"kind": "panel",
                             "start": "2026-02-12T10:00:00+25:00"}])"),
         "/events/0/sessions/0/start", ""},
        {"a session number out of range",
         event_with(R"("start_date": "2026-02-12", "sessions": [{"kind": "panel", "number": -1}])"),
         "/events/0/sessions/0/number", "integer -1 is out of range: expected an integer from 0 to 4294967295"},
        {"an invalid currency",
         R"({"format_version": "2", "corridors": [{"id": "x", "name": "X", "figures": [{"measure": "cost",
            "amount": {"value": "10"}, "currency": "ZZZ"}]}]})",
         "/corridors/0/figures/0/currency", ""},
        {"an amount as a JSON number",
         R"({"format_version": "2", "corridors": [{"id": "x", "name": "X", "figures": [{"measure": "cost",
            "amount": {"value": 1.7e9}, "currency": "USD"}]}]})",
         "/corridors/0/figures/0/amount/value", "expected a string, found a number with a fraction or exponent"},
        {"a key that needs escaping in the pointer", R"({"format_version": "2", "a/b~c": 1})", "/a~1b~0c", ""},
    };
    for (const auto& bad : cases) {
        CAPTURE(bad.what, bad.text);
        try {
            (void)read<Dossier>(bad.text);
            FAIL("no exception");
        } catch (const ReadError& e) {
            CHECK(e.path() == bad.path);
            if (!bad.message.empty()) {
                CHECK(e.message() == bad.message);
            }
            CHECK(std::string(e.what()).find(bad.path.empty() ? "at the document root" : "at " + bad.path) == 0);
        }
    }
}

TEST_CASE("a bad enum string lists the valid ones")
{
    try {
        (void)read<Dossier>(dossier_with_role(R"("sponsor")"));
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.message().find("expected one of: chair, co_chair, presiding, moderator, host, inaugurator") !=
              std::string::npos);
        CHECK(std::string(e.what()).rfind("at /events/0/sessions/2/speakers/1/role: invalid value \"sponsor\"", 0) ==
              0);
    }
}

TEST_CASE("a parse error says where in the text it is")
{
    try {
        (void)read<Dossier>(R"({"format_version": "2",})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.path().empty());
        CHECK(e.message() == "not valid JSON: line 1, column 24: expected a key after ',', found '}'");
    }
    // Lines are counted from 1, and the column in bytes from the start of the line.
    try {
        (void)read<Dossier>(
            "{\n  \"format_version\": \"2\",\n  \"people\": [{\"id\": \"p1\", \"name\": \"\xC3\xA9\"} {}]\n}");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.path().empty());
        CHECK(e.message() ==
              "not valid JSON: line 3, column 41: expected ',' or ']' after an array element, found '{'");
    }
}

TEST_CASE("a huge bad value is quoted only in part")
{
    const std::string huge(100000, 'Q');
    try {
        (void)read<Dossier>(R"({"format_version": ")" + huge + R"("})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.path() == "/format_version");
        CHECK(e.message().size() < 200);
    }
}

TEST_CASE("ReadError is a communique::Error")
{
    CHECK_THROWS_AS(read<Dossier>("[]"), communique::Error);
}
