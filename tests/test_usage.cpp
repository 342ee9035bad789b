// The construction helpers: UTC offsets (date.hpp), id and decimal literals (literals.hpp),
// parties (party.hpp) and amounts (amount.hpp).
#include <communique/communique.hpp>
#include <communique/literals.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <type_traits>

using namespace communique;

TEST_CASE("utc_offset reads as an offset is written, negative ones too")
{
    using std::chrono::minutes;
    CHECK(utc_offset(5, 30) == minutes{330});
    CHECK(utc_offset(5) == minutes{300});
    CHECK(utc_offset(0) == minutes{0});
    CHECK(utc_offset(-3, 30) == minutes{-210}); // -03:30, the sign of the hours is the offset's
    CHECK(utc_offset(-5) == minutes{-300});
    CHECK(utc_offset(0, -30) == minutes{-30});
    CHECK(utc_offset(14) == minutes{14 * 60});
    CHECK(utc_offset(-18) == minutes{-18 * 60});
    static_assert(utc_offset(5, 45) == minutes{345});

    CHECK(DateTime(Date(2026, 3, 5), 10, 0, 0, utc_offset(5, 30)).to_string() == "2026-03-05T10:00:00+05:30");
    CHECK(DateTime(Date(2026, 3, 5), 10, 0, 0, utc_offset(-3, 30)).to_string() == "2026-03-05T10:00:00-03:30");
    CHECK(DateTime(Date(2026, 3, 5), 10, 0, 0, utc_offset(0)).to_string() == "2026-03-05T10:00:00Z");

    CHECK_THROWS_AS(utc_offset(5, 60), InvalidValue);
    CHECK_THROWS_AS(utc_offset(-3, -30), InvalidValue); // which of -03:30 and -02:30?
    CHECK_THROWS_AS(utc_offset(19), InvalidValue);
    CHECK_THROWS_AS(utc_offset(-19), InvalidValue);
    CHECK_THROWS_WITH(utc_offset(5, 75), Catch::Contains("invalid UTC offset"));
    // Within the hours a DateTime admits, 18:30 is not.
    CHECK_THROWS_AS(DateTime(Date(2026, 3, 5), 10, 0, 0, utc_offset(18, 30)), InvalidValue);
}

TEST_CASE("id literals give typed ids")
{
    static_assert(std::is_same_v<decltype("p"_person), PersonId>);
    static_assert(std::is_same_v<decltype("o"_org), OrganizationId>);
    static_assert(std::is_same_v<decltype("e"_event), EventId>);
    static_assert(std::is_same_v<decltype("s"_series), SeriesId>);
    static_assert(std::is_same_v<decltype("a"_agreement), AgreementId>);
    static_assert(std::is_same_v<decltype("c"_corridor), CorridorId>);
    static_assert(std::is_same_v<decltype("r"_source), SourceId>);
    CHECK("issi"_org == OrganizationId("issi"));
    CHECK("talat-shabbir"_person.value() == "talat-shabbir");
    CHECK("kz-pk-transit"_agreement == AgreementId("kz-pk-transit"));
    CHECK("cpec"_corridor.value() == "cpec");
    CHECK("app"_source.value() == "app");
    CHECK("dialogue"_series.value() == "dialogue");
    CHECK("seminar"_event.value() == "seminar");
    // As with the constructors, an empty id is an id never set.
    CHECK_FALSE(""_org.has_value());
}

TEST_CASE("code literals are checked like the codes' constructors")
{
    static_assert(std::is_same_v<decltype("KZ"_country), CountryCode>);
    static_assert(std::is_same_v<decltype("USD"_currency), CurrencyCode>);
    CHECK("KZ"_country == CountryCode("KZ"));
    CHECK("USD"_currency.to_string() == "USD");
    CHECK_THROWS_AS("XX"_country, InvalidValue);
    CHECK_THROWS_AS("kz"_country, InvalidValue);
    CHECK_THROWS_AS("US"_currency, InvalidValue);
}

TEST_CASE("decimal literals are exact, as written")
{
    CHECK(5'000'000'000_dec == Decimal(5'000'000'000));
    CHECK((1.50_dec).to_string() == "1.50");
    CHECK(1.50_dec != 1.5_dec); // 1.50 and 1.5 are different texts
    CHECK((0.1_dec).to_string() == "0.1");
    CHECK((0_dec).to_string() == "0");
    CHECK((0.000'001_dec).to_string() == "0.000001");
    CHECK((999'999'999'999'999'999_dec).to_string() == "999999999999999999");
    CHECK((0.123456789012345678_dec).to_string() == "0.123456789012345678");
    // What does not compile, checked on the parser the literal uses.
    CHECK(detail::parse_decimal_literal<'1', '2', '.', '5'>().ok);
    static_assert(!detail::parse_decimal_literal<'1', 'e', '3'>().ok);      // an exponent
    static_assert(!detail::parse_decimal_literal<'0', 'x', '1', '0'>().ok); // hexadecimal
    static_assert(!detail::parse_decimal_literal<'0', '0', '7'>().ok);      // octal
    static_assert(!detail::parse_decimal_literal<'1', '.'>().ok);           // no fraction digits
    static_assert(!detail::parse_decimal_literal<'1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '1', '2', '3', '4',
                                                 '5', '6', '7', '8', '9'>()
                       .ok); // 19 digits
}

TEST_CASE("the literals come with `using namespace communique` or on their own")
{
    CHECK(communique::literals::operator""_org("issi", 4) == OrganizationId("issi"));
    {
        using namespace communique::literals;
        CHECK("kz"_org.value() == "kz");
    }
}

TEST_CASE("amounts, quantities and money from literals")
{
    CHECK(exactly(300_dec) == Amount{.value = Decimal(300), .min = {}, .max = {}, .qualifier = {}});
    CHECK(hedged(Qualifier::approximately, 1'200_dec).qualifier == Qualifier::approximately);
    CHECK(between(8_dec, 10_dec).min == Decimal(8));
    CHECK(between(8_dec, 10_dec).max == Decimal(10));
    const Quantity term{5_dec, Unit::year};
    CHECK(read<Quantity>(R"({"value": "5", "unit": "year"})") == term);

    Figure money;
    money.measure = "trade target";
    money.amount = exactly(5'000'000'000_dec);
    money.currency = CurrencyCode("USD");
    CHECK(read<Figure>(R"({"measure": "trade target", "amount": {"value": "5000000000"}, "currency": "USD"})") ==
          money);
}

TEST_CASE("parties from a country or an organisation")
{
    CHECK(party(CountryCode("KZ")) == Party{.country = CountryCode("KZ"), .organization = {}});
    CHECK(party("issi"_org) == Party{.country = {}, .organization = OrganizationId("issi")});
    Agreement mou;
    mou.parties = {party("issi"_org), party("fpri"_org)};
    mou.signatories = {{"talat-shabbir"_person, party("issi"_org), {}}};
    CHECK(mou.signatories.front().on_behalf_of == mou.parties.front());
}
