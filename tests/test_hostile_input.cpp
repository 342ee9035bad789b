// Hostile input to communique::read: text that is not JSON, not UTF-8, truncated, huge,
// deeply nested, or JSON with values that no type admits. Each row names the input, the
// JSON Pointer of the ReadError it must get, and a part of its message. Where nlohmann's
// DOM reader can read the text at all, it must report the same error. And the reader's
// check of bare JSON (detail::check_json) accepts exactly what nlohmann's parser accepts.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <pthread.h>

#include <algorithm>
#include <cstddef>
#include <exception>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using communique::Dossier;
using communique::read;
using communique::ReadError;
using communique::ReadOptions;

namespace {

struct hostile_case {
    std::string name;
    std::string input;
    std::string path;    // the ReadError's path()
    std::string message; // a part of its message()
    ReadOptions options{};
};

std::string dossier_with(const std::string& members)
{
    return R"({"format_version": "2", )" + members + "}";
}

// A dossier with one event, which has `members` besides its required ones and a start date.
std::string event_with(const std::string& members)
{
    return dossier_with(R"("events": [{"id": "e1", "title": "T", "kind": "conference", "start_date": "2026-02-12", )" +
                        members + "}]");
}

// A dossier with one event of one session, which has `members` besides its kind.
std::string session_with(const std::string& members)
{
    return event_with(R"("sessions": [{"kind": "panel", )" + members + "}]");
}

// A dossier with one corridor of one money figure: `amount` is its exact value.
std::string figure_with(const std::string& amount, const std::string& currency)
{
    return dossier_with(R"("corridors": [{"id": "k1", "name": "K", "figures": [{"measure": "cost",
        "amount": {"value": )" +
                        amount + R"(}, "currency": )" + currency + "}]}]");
}

std::string repeated(std::string_view text, std::size_t count)
{
    std::string out;
    out.reserve(text.size() * count);
    for (std::size_t i = 0; i < count; ++i) {
        out += text;
    }
    return out;
}

// "/0/0/.../0": the place of the first array nested `levels` deep in arrays.
std::string zeros(std::size_t levels)
{
    return repeated("/0", levels);
}

constexpr std::size_t huge_size = 24 * 1024 * 1024;

std::vector<hostile_case> hostile_cases()
{
    const ReadOptions ignore_unknown{.ignore_unknown_keys = true};
    std::vector<hostile_case> cases{
        // ---- not JSON ----
        {"empty input", "", "", "not valid JSON"},
        {"only whitespace", " \t\r\n  \n", "", "not valid JSON"},
        {"a NUL byte", std::string(1, '\0'), "", "not valid JSON"},
        // nlohmann's lexer takes a NUL byte for the end of the input, and so ignores what follows.
        {"a NUL byte and garbage after the document",
         dossier_with(R"("sources": [])") + std::string(1, '\0') + R"(, "format_version": "1", {[)", "",
         "not valid JSON: line 1, column 39: expected nothing after the document, found a NUL byte"},
        {"a NUL byte between members", std::string(R"({"format_version": "2",)") + '\0' + R"( "sources": []})", "",
         "not valid JSON"},
        {"trailing garbage", dossier_with(R"("sources": [])") + " x", "", "not valid JSON"},
        {"two documents", R"({"format_version": "2"} {})", "", "expected nothing after the document, found '{'"},
        {"a line comment before the document", "// x\n" + dossier_with(R"("sources": [])"), "", "not valid JSON"},
        {"a block comment after a member", R"({"format_version": "2" /* x */})", "", "not valid JSON"},
        {"a block comment inside an array", dossier_with(R"("sources": [/* x */])"), "", "not valid JSON"},
        {"a line comment at the end", dossier_with(R"("sources": [])") + "// x", "", "not valid JSON"},
        {"single quotes", R"({'format_version': '2'})", "", "not valid JSON"},
        {"a trailing comma in an object", R"({"format_version": "2",})", "", "not valid JSON"},
        {"a trailing comma in an array", event_with(R"("themes": ["a",])"), "", "not valid JSON"},
        {"an unquoted key", R"({format_version: "2"})", "", "not valid JSON"},
        {"NaN", session_with(R"("number": NaN)"), "", "not valid JSON"},
        {"Infinity", session_with(R"("number": Infinity)"), "", "not valid JSON"},
        {"a number with a leading zero", session_with(R"("number": 01)"), "", "not valid JSON"},
        {"a number with a leading zero, in a string member", R"({"format_version": 02})", "",
         "not valid JSON: line 1, column 20: a number with a leading zero"},
        {"a number too large for a double", session_with(R"("number": 1e400)"), "",
         "the number 1e400 is too large for a double"},
        {"a number too large for a double, in a string member", R"({"format_version": -1.8e308})", "",
         "not valid JSON: line 1, column 20: the number -1.8e308 is too large for a double"},
        {"a number too large for a double, in a member ignored", dossier_with(R"("x": [1, 2e400])"), "",
         "the number 2e400 is too large for a double", ignore_unknown},
        {"a raw control character in a string", event_with("\"description\": \"a\x01z\""), "",
         "a string holds an unescaped control character U+0001"},
        {"a raw newline in a string", event_with("\"description\": \"a\nz\""), "",
         "a string holds an unescaped control character U+000A"},
        {"an unknown escape", event_with(R"("description": "a\qz")"), "",
         "invalid escape: a backslash followed by 'q'"},
        {"a short \\u escape", event_with(R"("description": "a\u12")"), "",
         "invalid \\u escape: expected four hexadecimal digits"},
        {"an unterminated string", R"({"format_version": "2)", "", "unexpected end of input in a string"},
        {"an unclosed object", R"({"format_version": "2")", "", "unexpected end of input; expected ',' or '}'"},
        {"an unclosed array", dossier_with(R"("people": [{"id": "p1", "name": "A"})"), "",
         "expected ',' or ']' after an array element, found '}'"},
        {"a missing colon", R"({"format_version" "2"})", "",
         "not valid JSON: line 1, column 19: expected ':' after an object key, found '\"'"},
        {"a missing comma between members", R"({"format_version": "2" "sources": []})", "",
         "not valid JSON: line 1, column 24: expected ',' or '}' after an object member, found '\"'"},
        {"a byte-order mark", "\xEF\xBB\xBF{}", "",
         "not valid JSON: line 1, column 1: expected a value, found the byte 0xEF"},

        // ---- not UTF-8 ----
        {"a byte that is never UTF-8", event_with("\"description\": \"a\xFFz\""), "", "a string holds invalid UTF-8"},
        {"a lone continuation byte", event_with("\"description\": \"a\x80z\""), "", "a string holds invalid UTF-8"},
        {"a truncated two-byte sequence", event_with("\"description\": \"a\xC3\""), "", "a string holds invalid UTF-8"},
        {"a truncated three-byte sequence", event_with("\"description\": \"\xE2\x82\""), "",
         "a string holds invalid UTF-8"},
        {"an overlong '/' in two bytes", event_with("\"description\": \"\xC0\xAF\""), "",
         "a string holds invalid UTF-8"},
        {"an overlong NUL in two bytes", event_with("\"description\": \"\xC0\x80\""), "",
         "a string holds invalid UTF-8"},
        {"an overlong '/' in three bytes", event_with("\"description\": \"\xE0\x80\xAF\""), "",
         "a string holds invalid UTF-8"},
        {"an overlong '/' in four bytes", event_with("\"description\": \"\xF0\x80\x80\xAF\""), "",
         "a string holds invalid UTF-8"},
        {"a surrogate encoded in UTF-8", event_with("\"description\": \"\xED\xA0\x80\""), "",
         "a string holds invalid UTF-8"},
        {"a code point above U+10FFFF", event_with("\"description\": \"\xF4\x90\x80\x80\""), "",
         "a string holds invalid UTF-8"},
        {"a five-byte sequence", event_with("\"description\": \"\xF8\x88\x80\x80\x80\""), "",
         "a string holds invalid UTF-8"},
        {"a lone high surrogate escape", event_with(R"("description": "\ud800")"), "",
         "the high surrogate U+D800 is not followed by a low surrogate"},
        {"a lone low surrogate escape", event_with(R"("description": "\udc00")"), "",
         "the low surrogate U+DC00 follows no high surrogate"},
        {"a high surrogate escape before a letter", event_with(R"("description": "\ud800\u0041")"), "",
         "the high surrogate U+D800 is not followed by a low surrogate"},
        {"two high surrogate escapes", event_with(R"("description": "\ud800\ud800")"), "",
         "the high surrogate U+D800 is not followed by a low surrogate"},
        {"invalid UTF-8 in a key", dossier_with("\"sour\xFF\": []"), "", "a string holds invalid UTF-8"},
        {"invalid UTF-8 in an unknown member's value", dossier_with("\"x\": \"\xFF\""), "",
         "a string holds invalid UTF-8", ignore_unknown},

        // ---- the wrong kind of document ----
        {"a top-level array", "[]", "", "expected an object, found an array"},
        {"a top-level string", R"("format_version")", "", "expected an object, found a string"},
        {"a top-level number", "1", "", "expected an object, found an integer"},
        {"a top-level boolean", "true", "", "expected an object, found a boolean"},
        {"a top-level null", "null", "", "expected an object, found null"},
        {"an empty object", "{}", "/format_version", "missing required member \"format_version\""},

        // ---- huge values ----
        {"a huge string as an enum",
         dossier_with(R"("sources": [{"id": "s1", "kind": ")" + std::string(huge_size, 'x') + R"("}])"),
         "/sources/0/kind", "invalid value \"xxxxxxxx"},
        {"a huge string as a date", event_with(R"("end_date": ")" + std::string(huge_size, '2') + R"(")"),
         "/events/0/end_date", "invalid date \"2222"},
        {"a huge string as a country code",
         event_with(R"("participant_countries": [")" + std::string(huge_size, 'P') + R"("])"),
         "/events/0/participant_countries/0", "invalid country code \"PPPP"},
        {"a million numbers for an array of strings",
         event_with(R"("themes": [)" + repeated("1234567,", 999'999) + "1]"), "/events/0/themes/0",
         "expected a string, found an integer"},

        // ---- vocabulary values that do not exist ----
        {"the 30th of February", event_with(R"("end_date": "2023-02-30")"), "/events/0/end_date",
         "invalid date \"2023-02-30\""},
        {"the 29th of February of a common year", event_with(R"("end_date": "2023-02-29")"), "/events/0/end_date",
         "invalid date \"2023-02-29\""},
        {"the 29th of February 1900", event_with(R"("end_date": "1900-02-29")"), "/events/0/end_date",
         "invalid date \"1900-02-29\""},
        {"month 13", event_with(R"("end_date": "2026-13")"), "/events/0/end_date", "invalid date \"2026-13\""},
        {"year 0", event_with(R"("end_date": "0000")"), "/events/0/end_date", "invalid date \"0000\""},
        {"a five-digit year", event_with(R"("end_date": "10000")"), "/events/0/end_date", "invalid date \"10000\""},
        {"24:00:60", session_with(R"("start": "2026-02-12T24:00:60Z")"), "/events/0/sessions/0/start",
         "invalid date-time \"2026-02-12T24:00:60Z\""},
        {"a leap second", session_with(R"("start": "2026-02-12T23:59:60Z")"), "/events/0/sessions/0/start",
         "invalid date-time \"2026-02-12T23:59:60Z\""},
        {"an offset of +25:00", session_with(R"("end": "2026-02-12T10:00:00+25:00")"), "/events/0/sessions/0/end",
         "invalid date-time \"2026-02-12T10:00:00+25:00\""},
        {"an offset of -18:01", session_with(R"("end": "2026-02-12T10:00:00-18:01")"), "/events/0/sessions/0/end",
         "invalid date-time \"2026-02-12T10:00:00-18:01\""},
        {"an offset of -00:00", session_with(R"("end": "2026-02-12T10:00:00-00:00")"), "/events/0/sessions/0/end",
         "-00:00 (an unknown offset) is not accepted"},
        {"a date-time without an offset", session_with(R"("end": "2026-02-12T10:00:00")"), "/events/0/sessions/0/end",
         "invalid date-time \"2026-02-12T10:00:00\""},
        {"country XX", event_with(R"("participant_countries": ["PK", "XX"])"), "/events/0/participant_countries/1",
         "invalid country code \"XX\""},
        {"a country in small letters", event_with(R"("participant_countries": ["pk"])"),
         "/events/0/participant_countries/0", "invalid country code \"pk\""},
        {"a three-letter country", dossier_with(R"("people": [{"id": "p1", "name": "N", "nationality": "PAK"}])"),
         "/people/0/nationality", "invalid country code \"PAK\""},
        {"currency ZZZ", figure_with(R"("10")", R"("ZZZ")"), "/corridors/0/figures/0/currency",
         "invalid currency code \"ZZZ\""},
        {"a currency in small letters", figure_with(R"("10")", R"("usd")"), "/corridors/0/figures/0/currency",
         "invalid currency code \"usd\""},
        {"an amount with an exponent", figure_with(R"("1e9")", R"("USD")"), "/corridors/0/figures/0/amount/value",
         "invalid decimal \"1e9\""},
        {"an amount of 19 digits", figure_with(R"("1234567890123456789")", R"("USD")"),
         "/corridors/0/figures/0/amount/value", "more than 18 significant digits"},
        {"an amount of 19 nines", figure_with(R"("9999999999999999999")", R"("USD")"),
         "/corridors/0/figures/0/amount/value", "more than 18 significant digits"},
        {"an amount of 30 digits", figure_with(R"("999999999999999999999999999999")", R"("USD")"),
         "/corridors/0/figures/0/amount/value", "more than 18 significant digits"},
        {"a negative zero amount", figure_with(R"("-0.00")", R"("USD")"), "/corridors/0/figures/0/amount/value",
         "negative zero"},
        {"an empty id", dossier_with(R"("people": [{"id": "", "name": "N"}])"), "/people/0/id",
         "invalid id \"\": an id is a non-empty string"},
        {"an empty reference", session_with(R"("speakers": [{"person": ""}])"),
         "/events/0/sessions/0/speakers/0/person", "invalid id \"\": an id is a non-empty string"},
        {"format version 1", R"({"format_version": "1"})", "/format_version", "unsupported format version \"1\""},

        // ---- enum strings ----
        {"an enum in capitals", session_with(R"("speakers": [{"person": "p1", "role": "CHAIR"}])"),
         "/events/0/sessions/0/speakers/0/role", "invalid value \"CHAIR\""},
        {"an enum with a capital", dossier_with(R"("events": [{"id": "e1", "title": "T", "kind": "Conference"}])"),
         "/events/0/kind", "invalid value \"Conference\""},
        {"an enum with its C++ underscore", dossier_with(R"("agreements": [{"id": "a1", "title": "A", "kind": "treaty",
             "status": "signed_"}])"),
         "/agreements/0/status", "invalid value \"signed_\""},
        {"an enum with a space", dossier_with(R"("events": [{"id": "e1", "title": "T", "kind": "round table"}])"),
         "/events/0/kind", "invalid value \"round table\""},

        // ---- integers ----
        {"session number -1", session_with(R"("number": -1)"), "/events/0/sessions/0/number",
         "integer -1 is out of range: expected an integer from 0 to 4294967295"},
        {"session number 2^32", session_with(R"("number": 4294967296)"), "/events/0/sessions/0/number",
         "integer 4294967296 is out of range"},
        {"session number 2^64 - 1", session_with(R"("number": 18446744073709551615)"), "/events/0/sessions/0/number",
         "integer 18446744073709551615 is out of range"},
        {"session number -2^63", session_with(R"("number": -9223372036854775808)"), "/events/0/sessions/0/number",
         "integer -9223372036854775808 is out of range"},
        {"session number 2^64", session_with(R"("number": 18446744073709551616)"), "/events/0/sessions/0/number",
         "expected an integer, found a number"},
        {"session number 1.5", session_with(R"("number": 1.5)"), "/events/0/sessions/0/number",
         "expected an integer, found a number with a fraction or exponent"},
        {"session number 2.0", session_with(R"("number": 2.0)"), "/events/0/sessions/0/number",
         "expected an integer, found a number with a fraction or exponent"},
        {"session number 1e300", session_with(R"("number": 1e300)"), "/events/0/sessions/0/number",
         "expected an integer, found a number with a fraction or exponent"},
        {"session number 1E2", session_with(R"("number": 1E2)"), "/events/0/sessions/0/number",
         "expected an integer, found a number with a fraction or exponent"},
        {"session number as a string", session_with(R"("number": "1")"), "/events/0/sessions/0/number",
         "expected an integer, found a string"},
        {"session number true", session_with(R"("number": true)"), "/events/0/sessions/0/number",
         "expected an integer, found a boolean"},

        // ---- duplicate keys ----
        {"a duplicate key at the root", R"({"format_version": "2", "format_version": "2"})", "/format_version",
         "duplicate key \"format_version\""},
        {"a duplicate key before a bad value", R"({"format_version": "2", "format_version": "1"})", "/format_version",
         "duplicate key \"format_version\""},
        {"a bad value before a duplicate key", R"({"format_version": "1", "format_version": "2"})", "/format_version",
         "unsupported format version \"1\""},
        {"a duplicate key deep inside", session_with(R"("speakers": [{"person": "p1", "role": "chair",
             "remarks": {"summary": "s", "summary": "t"}}])"),
         "/events/0/sessions/0/speakers/0/remarks/summary", "duplicate key \"summary\""},
        {"a duplicate unknown key", dossier_with(R"("x": 1, "x": 2)"), "/x", "duplicate key \"x\"", ignore_unknown},
        {"a duplicate key inside an unknown member", dossier_with(R"("x": {"a": 1, "a": 2})"), "/x/a",
         "duplicate key \"a\"", ignore_unknown},
        {"a duplicate key deep inside an unknown member", dossier_with(R"("x": {"b": [0, {"a": 1, "a": 2}]})"),
         "/x/b/1/a", "duplicate key \"a\"", ignore_unknown},
        // An unknown member that is not ignored, and a value of the wrong kind, are refused
        // where they start, before what is inside them.
        {"a duplicate key deep inside an unknown member, not ignored",
         dossier_with(R"("x": {"b": [0, {"a": 1, "a": 2}]})"), "/x", "unknown member \"x\""},
        {"a duplicate key inside a value of the wrong kind", event_with(R"("description": {"b": {"a": 1, "a": 2}})"),
         "/events/0/description", "expected a string, found an object"},
        {"a duplicate key after a problem earlier in the text",
         dossier_with(R"("agreements": [{"id": "a1"}], "corridors": [{"id": "k1", "name": "K",
             "figures": [{"measure": "m", "amount": {"value": "1", "value": "1"}, "currency": "USD"}]}])"),
         "/agreements/0/title", "missing required member \"title\""},
        {"a duplicate key before a problem later in the text",
         dossier_with(R"("corridors": [{"id": "k1", "name": "K", "figures": [{"measure": "m",
             "amount": {"value": "1", "value": "1"}, "currency": "USD"}]}], "agreements": [{"id": "a1"}])"),
         "/corridors/0/figures/0/amount/value", "duplicate key \"value\""},

        // ---- null ----
        {"null for a required string", dossier_with(R"("organizations": [{"id": "o1", "name": null}])"),
         "/organizations/0/name", "expected a string, found null; leave out a member that has no value"},
        {"null for an optional date", event_with(R"("end_date": null)"), "/events/0/end_date",
         "expected a string, found null; leave out a member that has no value"},
        {"null for an optional object", event_with(R"("venue": null)"), "/events/0/venue",
         "expected an object, found null"},
        {"null for an array", event_with(R"("themes": null)"), "/events/0/themes", "expected an array, found null"},
        {"null in an array", event_with(R"("participant_countries": ["PK", null])"),
         "/events/0/participant_countries/1", "expected a string, found null"},
        {"null for the format version", R"({"format_version": null})", "/format_version",
         "expected a string, found null"},

        // ---- nesting ----
        {"nesting deeper than max_depth",
         session_with(R"("speakers": [])"),
         "/events/0/sessions/0/speakers",
         "nesting deeper than 5 levels of objects and arrays",
         {.max_depth = 5}},
        {"nesting deeper than max_depth in an unknown member",
         dossier_with(R"("x": [[[]]])"),
         "/x/0/0",
         "nesting deeper than 3 levels",
         {.ignore_unknown_keys = true, .max_depth = 3}},
        {"a max_depth of 0", "{}", "", "nesting deeper than 0 levels", {.max_depth = 0}},
        {"129 arrays in a member ignored", dossier_with(R"("x": )" + repeated("[", 128) + repeated("]", 128)),
         "/x" + zeros(127), "nesting deeper than 128 levels", ignore_unknown},
        {"nesting deeper than max_depth, after a problem",
         dossier_with(R"("events": [1], "x": [[[]]])"),
         "/events/0",
         "expected an object, found an integer",
         {.ignore_unknown_keys = true, .max_depth = 3}},
    };
    return cases;
}

std::string golden_text()
{
    std::ifstream file(COMMUNIQUE_TEST_DATA_DIR "/issi-pakistan-kazakhstan-2026.json", std::ios::binary);
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// Runs `body` on a POSIX thread with a stack of `stack_size` bytes, which a reader that
// recursed once per level of nesting would overflow.
void run_on_small_stack(std::size_t stack_size, const std::function<void()>& body)
{
    pthread_attr_t attributes;
    REQUIRE(pthread_attr_init(&attributes) == 0);
    REQUIRE(pthread_attr_setstacksize(&attributes, stack_size) == 0);
    std::exception_ptr failure;
    std::pair<const std::function<void()>*, std::exception_ptr*> task{&body, &failure};
    pthread_t thread;
    const int created = pthread_create(
        &thread, &attributes,
        [](void* argument) -> void* {
            auto* t = static_cast<std::pair<const std::function<void()>*, std::exception_ptr*>*>(argument);
            try {
                (*t->first)();
            } catch (...) {
                *t->second = std::current_exception();
            }
            return nullptr;
        },
        &task);
    pthread_attr_destroy(&attributes);
    REQUIRE(created == 0);
    REQUIRE(pthread_join(thread, nullptr) == 0);
    if (failure) {
        std::rethrow_exception(failure);
    }
}

struct error_seen {
    std::string path;
    std::string message;
};

error_seen read_error_of(const std::string& text, const ReadOptions& options = {})
{
    try {
        (void)read<Dossier>(text, options);
    } catch (const ReadError& e) {
        return {e.path(), e.message()};
    }
    return {"(no error)", "(no error)"};
}

} // namespace

TEST_CASE("hostile input gets a ReadError at the offending place")
{
    for (const auto& row : hostile_cases()) {
        CAPTURE(row.name, row.input.size() < 300 ? row.input : row.input.substr(0, 300) + "...");
        const auto error = read_error_of(row.input, row.options);
        CHECK(error.path == row.path);
        CHECK(error.message.find(row.message) != std::string::npos);
        CHECK(error.message.size() < 1000);
        // Where the text is JSON that nlohmann's DOM holds as it is (no duplicate key, no
        // nesting too deep, which check_json finds), its reader agrees; the huge inputs are
        // left to communique::read, for time. nlohmann::json::parse accepts a NUL byte and
        // anything after it, so "not JSON" is not compared.
        const bool dom_reads = row.input.size() < 1'000'000 &&
                               !communique::detail::check_json(row.input, {.max_depth = row.options.max_depth});
        if (dom_reads) {
            try {
                (void)communique::detail::DomReader<nlohmann::json>(row.options)
                    .read<Dossier>(nlohmann::json::parse(row.input));
                FAIL_CHECK("the DOM reader read it");
            } catch (const ReadError& e) {
                CHECK(e.path() == error.path);
                CHECK(e.message() == error.message);
            }
        }
    }
}

TEST_CASE("every cut of the golden file is a ReadError, never a crash")
{
    const std::string text = golden_text();
    const std::size_t end = text.find_last_of('}');
    REQUIRE(end != std::string::npos);
    CHECK_NOTHROW(read<Dossier>(text.substr(0, end + 1)));
    // Every cut near either end, and one in every few bytes between.
    std::size_t cuts = 0;
    for (std::size_t cut = 0; cut <= end; cut += (cut < 400 || cut + 400 > end) ? 1 : 7) {
        CAPTURE(cut, text.substr(cut < 40 ? 0 : cut - 40, std::min<std::size_t>(cut, 40)));
        const auto error = read_error_of(text.substr(0, cut));
        CHECK(error.message.rfind("not valid JSON", 0) == 0);
        ++cuts;
    }
    CHECK(cuts > 5000);
}

TEST_CASE("a huge string in a string member reads")
{
    const std::string huge(huge_size, 'h');
    const auto dossier =
        read<Dossier>(dossier_with(R"("sources": [{"id": "s1", "kind": "report", "headline": ")" + huge + R"("}])"));
    REQUIRE(dossier.sources.size() == 1);
    CHECK(dossier.sources[0].headline == huge);
}

TEST_CASE("a million valid elements read")
{
    std::string codes;
    std::vector<std::string> expected;
    constexpr std::size_t count = 1'000'000;
    expected.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const auto code = communique::detail::iso3166_table[i % communique::detail::iso3166_table.size()].code;
        codes += (i == 0 ? "\"" : ", \"") + std::string(code) + "\"";
        expected.emplace_back(code);
    }
    const auto dossier = read<Dossier>(event_with(R"("participant_countries": [)" + codes + "]"));
    REQUIRE(dossier.events.size() == 1);
    const auto& countries = dossier.events[0].participant_countries;
    REQUIRE(countries.size() == count);
    CHECK(std::equal(countries.begin(), countries.end(), expected.begin(),
                     [](const communique::CountryCode& a, const std::string& b) { return a.code() == b; }));
}

TEST_CASE("a million levels of nesting fail at the depth limit, on a 256 KiB stack")
{
    constexpr std::size_t levels = 1'000'000;
    const std::string too_deep = "nesting deeper than 128 levels of objects and arrays";
    struct deep_case {
        std::string name;
        std::string input;
        std::string path;
        std::string message;
        ReadOptions options{};
    };
    // Read as a Dossier: the reader goes down only where a member is skipped; elsewhere the
    // first '[' of the wrong kind is the problem.
    const std::vector<deep_case> cases{
        {"arrays in an unknown member, ignored",
         dossier_with(R"("x": )" + repeated("[", levels)),
         "/x" + zeros(127),
         too_deep,
         {.ignore_unknown_keys = true}},
        {"objects in an unknown member, ignored",
         dossier_with(R"("x": )" + repeated(R"({"a": )", levels)),
         "/x" + repeated("/a", 127),
         too_deep,
         {.ignore_unknown_keys = true}},
        {"closed arrays in an unknown member, ignored",
         dossier_with(R"("x": )" + repeated("[", levels) + repeated("]", levels)),
         "/x" + zeros(127),
         too_deep,
         {.ignore_unknown_keys = true}},
        {"arrays in an unknown member", dossier_with(R"("x": )" + repeated("[", levels)), "/x", "unknown member \"x\""},
        {"arrays in a string member", event_with(R"("description": )" + repeated("[", levels)), "/events/0/description",
         "expected a string, found an array"},
        {"arrays at the root", repeated("[", levels), "", "expected an object, found an array"},
    };
    for (const auto& row : cases) {
        CAPTURE(row.name);
        std::optional<error_seen> error;
        run_on_small_stack(256 * 1024, [&] { error = read_error_of(row.input, row.options); });
        REQUIRE(error);
        CHECK(error->path == row.path);
        CHECK(error->message.find(row.message) != std::string::npos);
    }
    // Checked as JSON of any type, the reader goes down to the limit wherever it is.
    const std::vector<std::pair<std::string, std::string>> bare{
        {repeated("[", levels), zeros(128)},
        {repeated("[", levels) + repeated("]", levels), zeros(128)},
        {repeated(R"({"a":)", levels), repeated("/a", 128)},
        {"[1, " + repeated(R"({"b": [)", levels), "/1/b/0" + repeated("/b/0", 62) + "/b"},
    };
    for (const auto& [input, path] : bare) {
        CAPTURE(input.substr(0, 20));
        const std::string& text = input; // a lambda may not capture a structured binding in C++20
        std::optional<ReadError> error;
        run_on_small_stack(256 * 1024, [&] { error = communique::detail::check_json(text); });
        REQUIRE(error);
        CHECK(error->path() == path);
        CHECK(error->message() == too_deep);
    }
}

namespace {

// Whether nlohmann's parser takes `text` for one JSON document (it refuses 1e400 too).
bool nlohmann_accepts(const std::string& text)
{
    return nlohmann::json::accept(text);
}

// Compares detail::check_json with nlohmann's parser on `text`: they must agree, but where
// nlohmann is known to differ (a NUL byte ends its input; it keeps the last of duplicate keys).
void check_acceptance(const std::string& text)
{
    const auto error = communique::detail::check_json(text);
    if (text.find('\0') != std::string::npos) {
        CHECK(error);
        return;
    }
    if (error && error->message().starts_with("duplicate key")) {
        return;
    }
    CAPTURE(text, error ? error->message() : "accepted");
    CHECK(error.has_value() == !nlohmann_accepts(text));
    if (error) {
        CHECK(error->path().empty());
        CHECK(error->message().starts_with("not valid JSON: line "));
    }
}

} // namespace

TEST_CASE("check_json accepts exactly what nlohmann's parser accepts")
{
    const std::string valid =
        "{\"a\": [1, -2.5e3, 0, -0, 0.125E-2, 1e+2, true, false, null, [], {}],\n"
        " \"b\": {\"c\": \"x\\u00e9\\ud83d\\ude00\\n\\\"\\/\\\\\", \"d\": \"\xC3\xA9\xF0\x9F\x98\x80\"},\r\n"
        "\t\"e\": 18446744073709551616, \"f\": -9223372036854775809, \"g\": 1.7976931348623157e308}";
    REQUIRE_FALSE(communique::detail::check_json(valid));
    REQUIRE(nlohmann_accepts(valid));
    // Every cut, every byte replaced by one that JSON gives a meaning to or refuses, every
    // byte removed and every such byte put in.
    const std::string bytes = std::string("\"\\,:[]{} \t\n0129-+.eEtfnuxa/") + std::string(1, '\0') +
                              "\x01\x1F\x7F\x80\xBF\xC3\xA9\xED\xF0\xFF";
    std::size_t texts = 0;
    for (std::size_t at = 0; at <= valid.size(); ++at) {
        check_acceptance(valid.substr(0, at));
        if (at < valid.size()) {
            check_acceptance(valid.substr(0, at) + valid.substr(at + 1));
        }
        for (const char byte : bytes) {
            std::string inserted = valid;
            inserted.insert(at, 1, byte);
            check_acceptance(inserted);
            if (at < valid.size()) {
                std::string replaced = valid;
                replaced[at] = byte;
                check_acceptance(replaced);
            }
            texts += 2;
        }
    }
    CHECK(texts > 10'000);
    for (const std::string text : {"",
                                   " ",
                                   "1",
                                   "-",
                                   "01",
                                   "1.",
                                   ".5",
                                   "1e",
                                   "1e+",
                                   "+1",
                                   "0x1",
                                   "1e400",
                                   "-1e400",
                                   "1e-400",
                                   "2.4703282292062328e-324",
                                   "1.7976931348623159e308",
                                   "NaN",
                                   "Infinity",
                                   "tru",
                                   "nul",
                                   "\"\\x\"",
                                   "\"\\u12G4\"",
                                   "\"\\uDBFF\\uDFFF\"",
                                   "\"\\udc00\\ud800\"",
                                   "[1,]",
                                   "[,1]",
                                   "{\"a\"}",
                                   "{\"a\":}",
                                   "{,}",
                                   "{\"a\":1,}",
                                   "[1 2]",
                                   "{} {}",
                                   "\"a\" x"}) {
        check_acceptance(text);
    }
}

TEST_CASE("ReadOptions::max_depth: a document at the limit reads, one level deeper does not")
{
    // The session's object is the fifth level: dossier, events, event, sessions, session.
    const std::string five_levels = session_with(R"("title": "S")");
    const std::string six_levels = session_with(R"("focus": ["f"])");
    CHECK_NOTHROW(read<Dossier>(five_levels, {.max_depth = 5}));
    CHECK(read_error_of(five_levels, {.max_depth = 4}).path == "/events/0/sessions/0");
    CHECK(read_error_of(six_levels, {.max_depth = 5}).path == "/events/0/sessions/0/focus");
    CHECK_NOTHROW(read<Dossier>(six_levels, {.max_depth = 6}));

    // The same in a member that is skipped.
    const ReadOptions ignore{.ignore_unknown_keys = true, .max_depth = 4};
    CHECK_NOTHROW(read<Dossier>(dossier_with(R"("x": [[[1]]])"), ignore));
    CHECK(read_error_of(dossier_with(R"("x": [[[[1]]]])"), ignore).path == "/x/0/0/0");

    // The default limit, 128, in an unknown member.
    const ReadOptions ignore_default{.ignore_unknown_keys = true};
    CHECK_NOTHROW(read<Dossier>(dossier_with(R"("x": )" + repeated("[", 127) + repeated("]", 127)), ignore_default));
    CHECK(read_error_of(dossier_with(R"("x": )" + repeated("[", 128) + repeated("]", 128)), ignore_default).message ==
          "nesting deeper than 128 levels of objects and arrays");
}
