// Bad documents and the read_error each one gets: the JSON Pointer of the offending value
// and what was wrong with it.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <string>

using communique::Dossier;
using communique::read;
using communique::read_error;

namespace {

struct bad_document {
    const char* what;
    std::string text;
    std::string path;
    std::string message;
};

// A valid dossier with one conference of three sessions, the last with two participants;
// `role` is substituted into the second participant.
std::string dossier_with_role(const std::string& role)
{
    return R"({"format_version": "1",
  "people": [{"id": "p1", "name": "A"}, {"id": "p2", "name": "B"}],
  "conferences": [{"id": "c1", "title": "T", "kind": "conference", "start_date": "2026-02-12",
    "attendance": "in_person",
    "sessions": [{"kind": "inaugural"}, {"kind": "working"},
      {"kind": "concluding", "participants": [{"person": "p1", "role": "chief_guest"},
                                              {"person": "p2", "role": )" +
           role + R"(}]}]}]})";
}

std::string conference_with(const std::string& members)
{
    return R"({"format_version": "1", "conferences": [{"id": "c1", "title": "T", "kind": "conference",
              "attendance": "in_person", )" +
           members + "}]}";
}

} // namespace

TEST_CASE("a valid document reads")
{
    const auto dossier = read<Dossier>(dossier_with_role(R"("vote_of_thanks")"));
    REQUIRE(dossier.conferences.size() == 1);
    CHECK(dossier.conferences[0].sessions[2].participants[1].role == communique::Role::vote_of_thanks);
}

TEST_CASE("each bad document gets a read_error at the offending place")
{
    const std::vector<bad_document> cases{
        {"an enum string in the wrong case", dossier_with_role(R"("Vote_Of_Thanks")"),
         "/conferences/0/sessions/2/participants/1/role", ""},
        {"an enum of the wrong type", dossier_with_role("3"), "/conferences/0/sessions/2/participants/1/role",
         "expected a string, found an integer"},
        {"empty input", "", "", ""},
        {"not JSON", "{format_version: 1}", "", ""},
        {"a truncated document", R"({"format_version": "1", "people": [{"id": "p1")", "", ""},
        {"trailing garbage", R"({"format_version": "1"} x)", "", ""},
        {"a top-level array", "[]", "", "expected an object, found an array"},
        {"a top-level string", R"("dossier")", "", "expected an object, found a string"},
        {"no format version", "{}", "/format_version", "missing required member \"format_version\""},
        {"another format version", R"({"format_version": "2"})", "/format_version",
         "unsupported format version \"2\": this library reads version 1"},
        {"a format version as a number", R"({"format_version": 1})", "/format_version",
         "expected a string, found an integer"},
        {"an unknown member", R"({"format_version": "1", "peeple": []})", "/peeple", ""},
        {"an invalid date", conference_with(R"("start_date": "2026-02-30")"), "/conferences/0/start_date",
         "invalid date \"2026-02-30\": expected a calendar date from 0001 to 9999 as YYYY, YYYY-MM or YYYY-MM-DD"},
        {"a missing required date", conference_with(R"("end_date": "2026-02-13")"), "/conferences/0/start_date",
         "missing required member \"start_date\""},
        {"an invalid country code",
         conference_with(R"("start_date": "2026-02-12", "participant_countries": ["PK", "XX"])"),
         "/conferences/0/participant_countries/1", ""},
        {"a session time with an impossible offset",
         conference_with(R"("start_date": "2026-02-12", "sessions": [{"kind": "panel",
                             "start": "2026-02-12T10:00:00+25:00"}])"),
         "/conferences/0/sessions/0/start", ""},
        {"a session number out of range",
         conference_with(R"("start_date": "2026-02-12", "sessions": [{"kind": "panel", "number": -1}])"),
         "/conferences/0/sessions/0/number", "integer -1 is out of range: expected an integer from 0 to 4294967295"},
        {"an invalid currency",
         R"({"format_version": "1", "corridors": [{"id": "x", "name": "X", "figures": [{"measure": "cost",
            "money": {"amount": "10", "currency": "ZZZ"}}]}]})",
         "/corridors/0/figures/0/money/currency", ""},
        {"money as a JSON number",
         R"({"format_version": "1", "corridors": [{"id": "x", "name": "X", "figures": [{"measure": "cost",
            "money": {"amount": 1.7e9, "currency": "USD"}}]}]})",
         "/corridors/0/figures/0/money/amount", "expected a string, found a number with a fraction or exponent"},
        {"a key that needs escaping in the pointer", R"({"format_version": "1", "a/b~c": 1})", "/a~1b~0c", ""},
    };
    for (const auto& bad : cases) {
        CAPTURE(bad.what, bad.text);
        try {
            (void)read<Dossier>(bad.text);
            FAIL("no exception");
        } catch (const read_error& e) {
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
        (void)read<Dossier>(dossier_with_role(R"("host")"));
        FAIL("no exception");
    } catch (const read_error& e) {
        CHECK(e.message().find("expected one of: chair, co_chair, moderator, chief_guest") != std::string::npos);
        CHECK(std::string(e.what()).rfind("at /conferences/0/sessions/2/participants/1/role: invalid value \"host\"",
                                          0) == 0);
    }
}

TEST_CASE("a parse error says where in the text it is")
{
    try {
        (void)read<Dossier>(R"({"format_version": "1",})");
        FAIL("no exception");
    } catch (const read_error& e) {
        CHECK(e.path().empty());
        CHECK(e.message().find("not valid JSON") == 0);
        CHECK(e.message().find("column 24") != std::string::npos);
    }
}

TEST_CASE("a huge bad value is quoted only in part")
{
    const std::string huge(100000, 'Q');
    try {
        (void)read<Dossier>(R"({"format_version": ")" + huge + R"("})");
        FAIL("no exception");
    } catch (const read_error& e) {
        CHECK(e.path() == "/format_version");
        CHECK(e.message().size() < 200);
    }
}

TEST_CASE("read_error is a communique::error")
{
    CHECK_THROWS_AS(read<Dossier>("[]"), communique::error);
}
