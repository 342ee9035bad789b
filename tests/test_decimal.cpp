#include <communique/decimal.hpp>

#include <catch2/catch.hpp>

#include <compare>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

using communique::Decimal;
using communique::InvalidValue;

TEST_CASE("a decimal writes exactly the digits it holds")
{
    CHECK(Decimal(1700000000).to_string() == "1700000000");
    CHECK(Decimal(1250, 2).to_string() == "12.50");
    CHECK(Decimal(-25, 2).to_string() == "-0.25");
    CHECK(Decimal(5, 3).to_string() == "0.005");
    CHECK(Decimal(0, 2).to_string() == "0.00");
    CHECK(Decimal(0).to_string() == "0");
}

TEST_CASE("a default decimal holds no value and has an empty string form")
{
    CHECK_FALSE(Decimal().has_value());
    CHECK(Decimal().to_string().empty());
    CHECK(Decimal() == Decimal());
    CHECK(Decimal() != Decimal(0));
    std::ostringstream printed;
    printed << Decimal();
    CHECK(printed.str().empty());
    CHECK(Decimal(0).has_value());
    CHECK(Decimal(0, 18).has_value());
    CHECK(Decimal::from_string("0").has_value());
    CHECK_THROWS_AS(Decimal::from_string(Decimal().to_string()), InvalidValue);
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
        CHECK_THROWS_AS(Decimal::from_string(text), InvalidValue);
    }
}

TEST_CASE("a decimal cannot be built beyond 18 digits")
{
    CHECK_THROWS_AS(Decimal(1000000000000000000), InvalidValue);
    CHECK_THROWS_AS(Decimal(1, 19), InvalidValue);
    CHECK(Decimal(999999999999999999, 18).to_string() == "0.999999999999999999");
}

namespace {

std::strong_ordering compared(const char* a, const char* b)
{
    return compare(Decimal::from_string(a), Decimal::from_string(b));
}

} // namespace

TEST_CASE("compare orders decimals by the numbers they mean, whatever their scale")
{
    // Equivalent, although == tells the texts apart.
    CHECK(Decimal::from_string("1.5") != Decimal::from_string("1.50"));
    CHECK(compared("1.5", "1.50") == std::strong_ordering::equal);
    CHECK(compared("1.50", "1.5") == std::strong_ordering::equal);
    CHECK(compared("0", "0.000") == std::strong_ordering::equal);
    CHECK(compared("-2.5", "-2.50000000000000000") == std::strong_ordering::equal);
    CHECK(compared("100", "100.0") == std::strong_ordering::equal);
    CHECK(compare(Decimal(15, 1), Decimal(150, 2)) == std::strong_ordering::equal);
    // Different scales.
    CHECK(compared("1.5", "1.49") == std::strong_ordering::greater);
    CHECK(compared("1.49", "1.5") == std::strong_ordering::less);
    CHECK(compared("2", "1.99999999999999999") == std::strong_ordering::greater);
    CHECK(compared("0.1", "0.099") == std::strong_ordering::greater);
    CHECK(compared("12.5", "125") == std::strong_ordering::less);
    CHECK(compared("0.000000000000000001", "0") == std::strong_ordering::greater);
    CHECK(compared("0.000000000000000001", "0.00000000000000001") == std::strong_ordering::less);
    // Negative values.
    CHECK(compared("-1", "1") == std::strong_ordering::less);
    CHECK(compared("-1.5", "-1.4") == std::strong_ordering::less);
    CHECK(compared("-1.4", "-1.5") == std::strong_ordering::greater);
    CHECK(compared("-0.5", "0") == std::strong_ordering::less);
    CHECK(compared("-0.5", "0.5") == std::strong_ordering::less);
    CHECK(compared("-0.25", "-0.3") == std::strong_ordering::greater);
    CHECK(compared("-2", "-1.999") == std::strong_ordering::less);
    CHECK(compared("-1.5", "-2") == std::strong_ordering::greater);
    CHECK(compared("-1.25", "-1.2") == std::strong_ordering::less);
    CHECK(compared("-0.000000000000000001", "0") == std::strong_ordering::less);
    // Large values with 18 digits.
    CHECK(compared("999999999999999999", "999999999999999998") == std::strong_ordering::greater);
    CHECK(compared("999999999999999999", "99999999999999999.9") == std::strong_ordering::greater);
    CHECK(compared("-999999999999999999", "999999999999999999") == std::strong_ordering::less);
    CHECK(compared("-999999999999999999", "-999999999999999998") == std::strong_ordering::less);
    CHECK(compared("0.999999999999999999", "0.99999999999999999") == std::strong_ordering::greater);
    CHECK(compared("0.999999999999999999", "1") == std::strong_ordering::less);
    CHECK(compared("-0.999999999999999999", "-1") == std::strong_ordering::greater);
    CHECK(compared("99999999.999999999", "99999999.9999999990") == std::strong_ordering::equal);
    CHECK(compared("123456789012345678", "12345678901234567.8") == std::strong_ordering::greater);
    CHECK(compared("1234567890123456.7", "1234567890123456.70") == std::strong_ordering::equal);
    CHECK(compare(Decimal(999999999999999999), Decimal(999999999999999999, 18)) == std::strong_ordering::greater);
    CHECK(compare(Decimal(-999999999999999999, 18), Decimal(-999999999999999999, 17)) == std::strong_ordering::greater);
}

TEST_CASE("compare is an order: antisymmetric and transitive over values of every scale")
{
    const std::vector<std::string> ascending{"-999999999999999999",
                                             "-1000",
                                             "-2",
                                             "-1.99999999999999999",
                                             "-1.5",
                                             "-1.49",
                                             "-1",
                                             "-0.5",
                                             "-0.000000000000000001",
                                             "0",
                                             "0.000000000000000001",
                                             "0.1",
                                             "0.5",
                                             "0.999999999999999999",
                                             "1",
                                             "1.5",
                                             "2",
                                             "12.5",
                                             "999999999999999998",
                                             "999999999999999999"};
    for (std::size_t i = 0; i < ascending.size(); ++i) {
        for (std::size_t j = 0; j < ascending.size(); ++j) {
            CAPTURE(ascending[i], ascending[j]);
            CHECK(compared(ascending[i].c_str(), ascending[j].c_str()) == (i <=> j));
        }
    }
}
