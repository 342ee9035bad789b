// The generic mechanism on a client's own described types, as a user of the library would
// write them, and on the library's own types through nlohmann's ADL conversions.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace client {

enum class Mood { calm, tense, very_tense };
BOOST_DESCRIBE_ENUM(Mood, calm, tense, very_tense)

struct Reading {
    std::string label;
    std::uint8_t level = 0;
    std::int32_t delta = 0;
    bool confirmed = false;
    Mood mood = Mood::calm;
    std::optional<communique::Date> when;
    std::vector<communique::CountryCode> countries;
    std::optional<std::vector<std::int64_t>> samples;

    bool operator==(const Reading&) const = default;
};
BOOST_DESCRIBE_STRUCT(Reading, (), (label, level, delta, confirmed, mood, when, countries, samples))

struct Base {
    std::string id;
    bool operator==(const Base&) const = default;
};
BOOST_DESCRIBE_STRUCT(Base, (), (id))

struct Derived : Base {
    std::string default_; // a keyword-avoiding underscore, dropped in JSON
    bool operator==(const Derived&) const = default;
};
BOOST_DESCRIBE_STRUCT(Derived, (Base), (default_))

// What a client writes to get nlohmann's `json j = value;` and `j.get<T>()` for its types.
using communique::from_json;
using communique::to_json;

} // namespace client

using communique::read;
using communique::ReadError;
using communique::write;

namespace {

client::Reading sample_reading()
{
    return client::Reading{.label = "tension",
                           .level = 200,
                           .delta = -5,
                           .confirmed = true,
                           .mood = client::Mood::very_tense,
                           .when = communique::Date(2026, 2),
                           .countries = {communique::CountryCode("PK"), communique::CountryCode("KZ")},
                           .samples = std::vector<std::int64_t>{}};
}

std::string read_error_path(const std::string& text)
{
    try {
        (void)read<client::Reading>(text);
    } catch (const ReadError& e) {
        return e.path();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("a client's described struct is written in declaration order")
{
    CHECK(write(sample_reading()) == R"({
  "label": "tension",
  "level": 200,
  "delta": -5,
  "confirmed": true,
  "mood": "very_tense",
  "when": "2026-02",
  "countries": [
    "PK",
    "KZ"
  ],
  "samples": []
}
)");
}

TEST_CASE("empty optionals and empty vectors are left out; a present empty optional vector is kept")
{
    client::Reading reading;
    CHECK(write(reading) == R"({
  "label": "",
  "level": 0,
  "delta": 0,
  "confirmed": false,
  "mood": "calm"
}
)");
    CHECK(read<client::Reading>(write(reading)) == reading);
    CHECK(read<client::Reading>(write(sample_reading())) == sample_reading());
}

TEST_CASE("a missing required member is an error; missing optionals and vectors read as empty")
{
    CHECK(read_error_path(R"({"level": 1, "delta": 0, "confirmed": false, "mood": "calm"})") == "/label");
    const auto reading =
        read<client::Reading>(R"({"label": "x", "level": 1, "delta": 0, "confirmed": false, "mood": "calm"})");
    CHECK_FALSE(reading.when.has_value());
    CHECK(reading.countries.empty());
    CHECK_FALSE(reading.samples.has_value());
}

TEST_CASE("an empty array for a vector member is accepted and reads as empty")
{
    const auto reading = read<client::Reading>(
        R"({"label": "x", "level": 1, "delta": 0, "confirmed": false, "mood": "calm", "countries": []})");
    CHECK(reading.countries.empty());
}

TEST_CASE("integers are range-checked against the member's type")
{
    const std::string head = R"({"label": "x", "delta": 0, "confirmed": false, "mood": "calm", "level": )";
    CHECK(read<client::Reading>(head + "255}").level == 255);
    CHECK(read_error_path(head + "256}") == "/level");
    CHECK(read_error_path(head + "300}") == "/level");
    CHECK(read_error_path(head + "-1}") == "/level");
    CHECK(read_error_path(head + "1.9}") == "/level");
    CHECK(read_error_path(head + "2.0}") == "/level");
    CHECK(read_error_path(head + "1e300}") == "/level");
    CHECK(read_error_path(head + "\"7\"}") == "/level");
    CHECK(read_error_path(head + "true}") == "/level");
    const std::string delta = R"({"label": "x", "level": 0, "confirmed": false, "mood": "calm", "delta": )";
    CHECK(read<client::Reading>(delta + "-2147483648}").delta == -2147483648);
    CHECK(read_error_path(delta + "3000000000}") == "/delta");
    CHECK(read_error_path(delta + "-2147483649}") == "/delta");
    CHECK(read_error_path(delta + "18446744073709551615}") == "/delta");
}

TEST_CASE("an out-of-range integer names the range in the message")
{
    try {
        (void)read<client::Reading>(R"({"label": "x", "level": 300, "delta": 0, "confirmed": false, "mood": "calm"})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.message() == "integer 300 is out of range: expected an integer from 0 to 255");
    }
}

TEST_CASE("enum strings must match an enumerator exactly, and the message lists them")
{
    const std::string head = R"({"label": "x", "level": 0, "delta": 0, "confirmed": false, "mood": )";
    CHECK(read<client::Reading>(head + R"("very_tense"})").mood == client::Mood::very_tense);
    for (const char* bad : {R"("Calm")", R"("CALM")", R"("very tense")", R"("")", R"("calm ")", "0", "null"}) {
        CAPTURE(bad);
        CHECK(read_error_path(head + bad + "}") == "/mood");
    }
    try {
        (void)read<client::Reading>(head + R"("Calm"})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.message() == "invalid value \"Calm\": expected one of: calm, tense, very_tense");
    }
}

TEST_CASE("an enum string with an embedded NUL is not cut short")
{
    const std::string text =
        std::string(R"({"label": "x", "level": 0, "delta": 0, "confirmed": false, "mood": "calm)") + "\\u0000x\"}";
    CHECK(read_error_path(text) == "/mood");
}

TEST_CASE("unknown members are errors unless the reader is told to ignore them")
{
    const std::string text =
        R"({"label": "x", "level": 0, "delta": 0, "confirmed": false, "mood": "calm", "colour": "red"})";
    CHECK(read_error_path(text) == "/colour");
    const auto reading = read<client::Reading>(text, {.ignore_unknown_keys = true});
    CHECK(reading.label == "x");
}

TEST_CASE("null is never a value, not even for an optional")
{
    CHECK(read_error_path(
              R"({"label": "x", "level": 0, "delta": 0, "confirmed": false, "mood": "calm", "when": null})") ==
          "/when");
    CHECK(read_error_path(R"({"label": null, "level": 0, "delta": 0, "confirmed": false, "mood": "calm"})") ==
          "/label");
}

TEST_CASE("the first problem in the order of the text is the one reported")
{
    // "mood" comes first in the text, though "delta" and "level" come before it in the
    // struct and in key order.
    CHECK(read_error_path(R"({"mood": "x", "level": -1, "label": "x", "delta": "x", "confirmed": false})") == "/mood");
    CHECK(read_error_path(R"({"delta": "x", "level": -1, "label": "x", "mood": "x", "confirmed": false})") == "/delta");
    // A missing member is known only at the end of its object, after every member there.
    CHECK(read_error_path(R"({"level": -1, "label": "x", "delta": 0, "mood": "calm"})") == "/level");
    // Of several missing members, the first declared.
    CHECK(read_error_path(R"({"label": "x", "delta": 0, "mood": "calm"})") == "/level");
    // In an array, the first element with a problem; a later member does not come first.
    CHECK(read_error_path(R"({"countries": ["PK", "XX", "YY"], "label": 1, "level": 0, "delta": 0,
                              "confirmed": false, "mood": "calm"})") == "/countries/1");
}

TEST_CASE("the nlohmann route reports the first problem in the order its object holds the members")
{
    const std::string text = R"({"mood": "x", "level": -1, "label": "x", "delta": "x", "confirmed": false})";
    const auto path_of = [](const auto& json) {
        try {
            (void)json.template get<client::Reading>();
        } catch (const ReadError& e) {
            return e.path();
        }
        return std::string("(no error)");
    };
    // nlohmann::json keeps its keys sorted; ordered_json keeps the order of the text.
    CHECK(path_of(nlohmann::json::parse(text)) == "/delta");
    CHECK(path_of(nlohmann::ordered_json::parse(text)) == "/mood");
    // Missing members come after the members present, in declaration order.
    CHECK(path_of(nlohmann::json::parse(R"({"level": -1, "label": "x", "delta": 0, "mood": "calm"})")) == "/level");
    CHECK(path_of(nlohmann::json::parse(R"({"label": "x", "delta": 0, "mood": "calm"})")) == "/level");
}

TEST_CASE("described bases are read and written with the derived members; a trailing underscore is dropped")
{
    const client::Derived value{{.id = "a"}, "b"};
    CHECK(write(value) == "{\n  \"id\": \"a\",\n  \"default\": \"b\"\n}\n");
    CHECK(read<client::Derived>(write(value)) == value);
}

TEST_CASE("nlohmann's ADL conversions work for a client's described types")
{
    const nlohmann::json json = sample_reading();
    CHECK(json.at("mood") == "very_tense");
    CHECK(json.at("when") == "2026-02");
    CHECK(json.get<client::Reading>() == sample_reading());
    const nlohmann::json mood = client::Mood::tense;
    CHECK(mood == "tense");
    CHECK(mood.get<client::Mood>() == client::Mood::tense);
}

TEST_CASE("nlohmann's ADL conversions work for the library's types")
{
    const communique::Event event{
        .id = communique::EventId("e1"),
        .title = "Round table",
        .kind = communique::EventKind::round_table,
        .start_date = communique::Date(2026, 3, 1),
        .attendance = communique::AttendanceMode::online,
        .participant_count = communique::hedged(communique::Qualifier::approximately, communique::Decimal(300))};
    const nlohmann::json json = event;
    CHECK(json.at("kind") == "round_table");
    CHECK(json.at("attendance") == "online");
    CHECK(json.at("participant_count") == nlohmann::json::parse(R"({"value": "300", "qualifier": "approximately"})"));
    CHECK(json.get<communique::Event>() == event);
    const nlohmann::ordered_json ordered = event;
    CHECK(ordered.begin().key() == "id");
    CHECK(ordered.get<communique::Event>() == event);
    CHECK(nlohmann::json(communique::CountryCode("PK")) == "PK");
    CHECK(nlohmann::json("KZ").get<communique::CountryCode>() == communique::CountryCode("KZ"));
    CHECK(nlohmann::json("USD").get<communique::CurrencyCode>() == communique::CurrencyCode("USD"));
    CHECK(nlohmann::json(communique::AgreementStatus::signed_) == "signed");
    CHECK(nlohmann::json(communique::Party{.country = communique::CountryCode("KZ"), .organization = {}}) ==
          nlohmann::json::parse(R"({"country": "KZ"})"));
}

TEST_CASE("get<T>() on a bad value throws ReadError with a path relative to that value")
{
    const auto json = nlohmann::json::parse(R"({"id": "e1", "title": "T", "kind": "summit", "start_date": "2026-13",
                                                "attendance": "online"})");
    try {
        (void)json.get<communique::Event>();
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.path() == "/start_date");
    }
}

TEST_CASE("the same value always gives the same bytes")
{
    CHECK(write(sample_reading()) == write(sample_reading()));
    CHECK(write(read<client::Reading>(write(sample_reading()))) == write(sample_reading()));
}

TEST_CASE("a string that is not UTF-8 cannot be written")
{
    client::Reading reading;
    reading.label = "\xff\xfe";
    CHECK_THROWS_AS(write(reading), communique::WriteError);
}
