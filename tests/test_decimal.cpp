#include <communique/decimal.hpp>

#include <catch2/catch.hpp>

using communique::Decimal;
using communique::invalid_value;

TEST_CASE("a decimal writes exactly the digits it holds")
{
    CHECK(Decimal(1700000000).to_string() == "1700000000");
    CHECK(Decimal(1250, 2).to_string() == "12.50");
    CHECK(Decimal(-25, 2).to_string() == "-0.25");
    CHECK(Decimal(5, 3).to_string() == "0.005");
    CHECK(Decimal(0, 2).to_string() == "0.00");
    CHECK(Decimal().to_string() == "0");
}

TEST_CASE("a decimal reads back from its string form, trailing zeros kept")
{
    for (const char* text : {"0", "1", "-1", "12.50", "0.005", "-0.25", "1700000000", "999999999999999999",
                             "-999999999999999999", "0.000000000000000001", "0.999999999999999999", "0.0"}) {
        CAPTURE(text);
        CHECK(Decimal::from_string(text).to_string() == text);
    }
    CHECK(Decimal::from_string("12.50") == Decimal(1250, 2));
    CHECK(Decimal::from_string("12.50") != Decimal::from_string("12.5"));
}

TEST_CASE("non-canonical and inexact decimals are rejected")
{
    for (const char* text : {"",
                             "-",
                             ".5",
                             "5.",
                             "+5",
                             "05",
                             "00",
                             "-0",
                             "-0.0",
                             "1e9",
                             "1E9",
                             "1,000",
                             " 1",
                             "1 ",
                             "0x10",
                             "NaN",
                             "inf",
                             "1.2.3",
                             "1000000000000000000",
                             "0.0000000000000000001"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(Decimal::from_string(text), invalid_value);
    }
}

TEST_CASE("a decimal cannot be built beyond 18 digits")
{
    CHECK_THROWS_AS(Decimal(1000000000000000000), invalid_value);
    CHECK_THROWS_AS(Decimal(1, 19), invalid_value);
    CHECK(Decimal(999999999999999999, 18).to_string() == "0.999999999999999999");
}
