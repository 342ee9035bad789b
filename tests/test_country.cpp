#include <communique/country.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>

using communique::CountryCode;
using communique::InvalidValue;

TEST_CASE("officially assigned ISO 3166-1 alpha-2 codes are accepted")
{
    for (const char* code : {"PK", "KZ", "AF", "CN", "KG", "UZ", "US", "AD", "ZW"}) {
        CAPTURE(code);
        CHECK(CountryCode(code).code() == code);
        CHECK(CountryCode::from_string(code).to_string() == code);
    }
    CHECK(CountryCode("PK").name() == "Pakistan");
    CHECK(CountryCode("KZ").name() == "Kazakhstan");
}

TEST_CASE("unassigned, user-assigned and badly written codes are rejected")
{
    for (const char* code : {"XX", "ZZ", "AA", "QM", "XK", "UK", "pk", "Pk", "PAK", "P", "", "P1", " PK"}) {
        CAPTURE(code);
        CHECK_THROWS_AS(CountryCode(code), InvalidValue);
    }
}

TEST_CASE("an invalid country code is quoted in the message")
{
    try {
        (void)CountryCode("XX");
        FAIL("no exception");
    } catch (const InvalidValue& e) {
        CHECK(std::string(e.what()).find("\"XX\"") != std::string::npos);
    }
}

TEST_CASE("country codes compare by code")
{
    CHECK(CountryCode("KZ") == CountryCode("KZ"));
    CHECK(CountryCode("KZ") != CountryCode("PK"));
    CHECK(CountryCode("KZ") < CountryCode("PK"));
}

TEST_CASE("a country code has no default value")
{
    STATIC_REQUIRE_FALSE(std::is_default_constructible_v<CountryCode>);
}
