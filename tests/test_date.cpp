#include <communique/date.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <sstream>
#include <string>

using communique::Date;
using communique::DateTime;
using communique::InvalidValue;
using namespace std::chrono_literals;

TEST_CASE("a date keeps the precision it was given")
{
    CHECK(Date(2026).precision() == Date::Precision::year);
    CHECK(Date(2026, 2).precision() == Date::Precision::month);
    CHECK(Date(2026, 2, 12).precision() == Date::Precision::day);
    CHECK(Date(2026).to_string() == "2026");
    CHECK(Date(2026, 2).to_string() == "2026-02");
    CHECK(Date(2026, 2, 12).to_string() == "2026-02-12");
    CHECK(Date(2026, 2).month() == 2U);
    CHECK_FALSE(Date(2026, 2).day().has_value());
    CHECK_FALSE(Date(2026).month().has_value());
}

TEST_CASE("dates of different precision are different values")
{
    CHECK(Date(2026) != Date(2026, 1));
    CHECK(Date(2026, 1) != Date(2026, 1, 1));
    CHECK(Date(2026, 2, 12) == Date::from_string("2026-02-12"));
}

TEST_CASE("a date reads back from its string form")
{
    for (const char* text : {"0001", "2026", "9999", "2026-01", "2026-12", "2024-02-29", "2026-02-28", "1970-01-01"}) {
        CAPTURE(text);
        CHECK(Date::from_string(text).to_string() == text);
    }
}

TEST_CASE("invalid dates are rejected")
{
    for (const char* text : {"", "0000", "10000", "2026-00", "2026-13", "2026-02-30", "2023-02-29", "2026-04-31",
                             "2026-2-12", "2026-02-1", "26-02-12", "2026/02/12", "2026-02-12T00:00:00Z", " 2026",
                             "2026 ", "+2026", "-2026", "2026-1a", "２０２６"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(Date::from_string(text), InvalidValue);
    }
    CHECK_THROWS_AS(Date(2026, 2, 30), InvalidValue);
    CHECK_THROWS_AS(Date(2026, 13), InvalidValue);
    CHECK_THROWS_AS(Date(0), InvalidValue);
    CHECK_THROWS_AS(Date(10000), InvalidValue);
}

TEST_CASE("the message of an invalid date quotes it and gives the expected form")
{
    try {
        (void)Date::from_string("2026-02-30");
        FAIL("no exception");
    } catch (const InvalidValue& e) {
        CHECK(std::string(e.what()) ==
              "invalid date \"2026-02-30\": expected a calendar date from 0001 to 9999 as YYYY, YYYY-MM or YYYY-MM-DD");
    }
}

TEST_CASE("a reduced-precision date spans its first to its last day")
{
    using namespace std::chrono;
    CHECK(Date(2026, 2).earliest() == 2026y / February / 1d);
    CHECK(Date(2026, 2).latest() == 2026y / February / 28d);
    CHECK(Date(2024, 2).latest() == 2024y / February / 29d);
    CHECK(Date(2026).earliest() == 2026y / January / 1d);
    CHECK(Date(2026).latest() == 2026y / December / 31d);
    CHECK(Date(2026, 2, 12).earliest() == Date(2026, 2, 12).latest());
}

TEST_CASE("a default date and date-time hold no value and have an empty string form")
{
    CHECK_FALSE(Date().has_value());
    CHECK(Date().to_string().empty());
    CHECK(Date() == Date());
    CHECK(Date() != Date(1970, 1, 1));
    CHECK_FALSE(DateTime().has_value());
    CHECK(DateTime().to_string().empty());
    CHECK(DateTime() == DateTime());
    CHECK(DateTime() != DateTime(Date(1970, 1, 1), 0, 0, 0, 0min));
    std::ostringstream printed;
    printed << Date() << DateTime();
    CHECK(printed.str().empty());
}

TEST_CASE("every built or read date and date-time holds a value")
{
    CHECK(Date(1).has_value());
    CHECK(Date(2026, 2).has_value());
    CHECK(Date(2026, 2, 12).has_value());
    CHECK(Date::from_string("0001").has_value());
    CHECK(Date(std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{2}, std::chrono::day{12}})
              .has_value());
    CHECK(DateTime(Date(2026, 2, 12), 0, 0, 0, 0min).has_value());
    CHECK(DateTime::from_string("0001-01-01T00:00:00Z").has_value());
    CHECK(DateTime::from_string("0001-01-01T00:00:00Z").to_string() == "0001-01-01T00:00:00Z");
}

TEST_CASE("a date that was never set is not the empty string's date")
{
    CHECK_THROWS_AS(Date::from_string(Date().to_string()), InvalidValue);
    CHECK_THROWS_AS(DateTime::from_string(DateTime().to_string()), InvalidValue);
}

TEST_CASE("a date-time has one canonical form with its UTC offset")
{
    const DateTime morning(Date(2026, 2, 12), 10, 30, 0, 5h);
    CHECK(morning.to_string() == "2026-02-12T10:30:00+05:00");
    CHECK(DateTime::from_string("2026-02-12T10:30:00+05:00") == morning);
    CHECK(DateTime(Date(2026, 2, 12), 23, 59, 59, -(3h + 30min)).to_string() == "2026-02-12T23:59:59-03:30");
    CHECK(DateTime(Date(2026, 2, 12), 0, 0, 0, 0min).to_string() == "2026-02-12T00:00:00Z");
    CHECK(DateTime::from_string("2026-02-12T05:30:00Z").utc() == morning.utc());
}

TEST_CASE("+00:00 reads as Z")
{
    CHECK(DateTime::from_string("2026-02-12T10:00:00+00:00") == DateTime::from_string("2026-02-12T10:00:00Z"));
    CHECK(DateTime::from_string("2026-02-12T10:00:00+00:00").to_string() == "2026-02-12T10:00:00Z");
}

TEST_CASE("invalid date-times are rejected")
{
    for (const char* text :
         {"2023-02-30T10:00:00Z", "2026-02-12T24:00:00Z", "2026-02-12T23:60:00Z", "2026-02-12T23:59:60Z",
          "2026-02-12T24:00:60+05:00", "2026-02-12T10:00:00+25:00", "2026-02-12T10:00:00+18:01",
          "2026-02-12T10:00:00+05:60", "2026-02-12T10:00:00-00:00", "2026-02-12T10:00:00", "2026-02-12 10:00:00Z",
          "2026-02-12T10:00Z", "2026-02-12T10:00:00.5Z", "2026-02-12T10:00:00z", "2026-02-12T10:00:00+0500",
          "2026-02T10:00:00Z", ""}) {
        CAPTURE(text);
        CHECK_THROWS_AS(DateTime::from_string(text), InvalidValue);
    }
    CHECK_THROWS_AS(DateTime(Date(2026, 2), 10, 0, 0, 0min), InvalidValue);
    CHECK_THROWS_AS(DateTime(Date(2026, 2, 12), 24, 0, 0, 0min), InvalidValue);
    CHECK_THROWS_AS(DateTime(Date(2026, 2, 12), 10, 0, 0, 19h), InvalidValue);
}

TEST_CASE("the widest offsets are accepted")
{
    CHECK(DateTime::from_string("2026-02-12T10:00:00+18:00").utc_offset() == 18h);
    CHECK(DateTime::from_string("2026-02-12T10:00:00-18:00").utc_offset() == -18h);
}
