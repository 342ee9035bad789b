#include <communique/id.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>

using communique::OrganizationId;
using communique::PersonId;

TEST_CASE("ids of different kinds are different types")
{
    STATIC_REQUIRE_FALSE(std::is_convertible_v<PersonId, OrganizationId>);
    STATIC_REQUIRE_FALSE(std::is_convertible_v<const char*, PersonId>);
    STATIC_REQUIRE(std::is_constructible_v<PersonId, const char*>);
}

TEST_CASE("an id is its string")
{
    const PersonId id("khalid-mahmood");
    CHECK(id.value() == "khalid-mahmood");
    CHECK(id.to_string() == "khalid-mahmood");
    CHECK(PersonId::from_string("khalid-mahmood") == id);
    CHECK(PersonId("a") < PersonId("b"));
    CHECK(PersonId("a").has_value());
}

TEST_CASE("a default id is empty and holds no value")
{
    CHECK(PersonId().value().empty());
    CHECK(PersonId().to_string().empty());
    CHECK_FALSE(PersonId().has_value());
    CHECK(PersonId() == PersonId(""));
}

TEST_CASE("an empty id cannot be read from a string")
{
    CHECK_THROWS_AS(PersonId::from_string(""), communique::InvalidValue);
    CHECK_THROWS_AS(communique::SourceId::from_string(""), communique::InvalidValue);
    try {
        (void)OrganizationId::from_string("");
        FAIL("no exception");
    } catch (const communique::InvalidValue& e) {
        CHECK(std::string(e.what()) == "invalid id \"\": an id is a non-empty string");
    }
    // Any other string is an id, spaces and all.
    CHECK(PersonId::from_string(" ").value() == " ");
    CHECK(PersonId::from_string("a/b~c").value() == "a/b~c");
}
