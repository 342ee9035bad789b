#include <communique/id.hpp>

#include <catch2/catch.hpp>

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
    CHECK(PersonId().value().empty());
}
