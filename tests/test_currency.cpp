#include <communique/currency.hpp>

#include <catch2/catch.hpp>

#include <type_traits>

using communique::CurrencyCode;
using communique::InvalidValue;

TEST_CASE("ISO 4217 currency codes are accepted")
{
    for (const char* code : {"USD", "PKR", "KZT", "EUR", "CNY", "XDR", "XXX"}) {
        CAPTURE(code);
        CHECK(CurrencyCode(code).code() == code);
        CHECK(CurrencyCode::from_string(code).to_string() == code);
    }
    CHECK(CurrencyCode("USD").name() == "US Dollar");
}

TEST_CASE("unknown and badly written currency codes are rejected")
{
    for (const char* code : {"ZZZ", "usd", "Usd", "US", "USDD", "", "$", "US$", "DEM"}) {
        CAPTURE(code);
        CHECK_THROWS_AS(CurrencyCode(code), InvalidValue);
    }
}

TEST_CASE("a currency code has no default value; XXX, ISO 4217's 'no currency', is a code like any other")
{
    STATIC_REQUIRE_FALSE(std::is_default_constructible_v<CurrencyCode>);
    CHECK(CurrencyCode("XXX").name() == "The codes assigned for transactions where no currency is involved");
}
