// SPDX-License-Identifier: BSL-1.0
// Exact decimal numbers for money and quantities: "1700000000", "12.50", "-0.25". A
// Decimal keeps the digits it was given, including trailing zeros, and never passes
// through a binary floating-point value, so nothing is rounded.
#pragma once

#include <communique/detail/text.hpp>
#include <communique/error.hpp>

#include <array>
#include <charconv>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>

namespace communique {

// A coefficient of up to 18 decimal digits and a scale (digits after the point) of 0 to
// 18: the value is coefficient / 10^scale. Equality compares the written form, so 1.5 and
// 1.50 are different values, as they are different texts.
class Decimal {
public:
    static constexpr unsigned max_digits = 18;

    // No number: what a default-constructed Decimal holds until one is assigned. to_string()
    // gives "", write refuses it and validate reports it, so a number no one set is never
    // written as 0.
    Decimal() = default;

    explicit Decimal(std::int64_t coefficient, unsigned scale = 0) : coefficient_(coefficient), scale_(0)
    {
        if (scale > max_digits || coefficient > max_coefficient || coefficient < -max_coefficient) {
            throw InvalidValue("invalid decimal: at most " + std::to_string(max_digits) +
                               " digits, with at most that many after the point");
        }
        scale_ = static_cast<std::uint8_t>(scale);
    }

    // Reads -?(0|[1-9][0-9]*)(\.[0-9]+)? with at most 18 significant digits and 18 after the point; no exponent, no
    // '+', no leading zeros, no negative zero.
    static Decimal from_string(std::string_view text)
    {
        auto fail = [&](const char* why) -> Decimal {
            throw InvalidValue("invalid decimal " + detail::quote(text) + ": " + why);
        };
        constexpr const char* shape =
            "expected digits with an optional '-' and an optional fraction, such as 1700000000 or -12.50";
        std::size_t pos = 0;
        const bool negative = !text.empty() && text[0] == '-';
        pos += negative ? 1 : 0;
        const std::size_t integer_start = pos;
        while (pos < text.size() && detail::is_digit(text[pos])) {
            ++pos;
        }
        const std::size_t integer_digits = pos - integer_start;
        if (integer_digits == 0 || (integer_digits > 1 && text[integer_start] == '0')) {
            return fail(shape);
        }
        std::size_t fraction_digits = 0;
        if (pos < text.size() && text[pos] == '.') {
            ++pos;
            while (pos < text.size() && detail::is_digit(text[pos])) {
                ++pos;
                ++fraction_digits;
            }
            if (fraction_digits == 0) {
                return fail(shape);
            }
        }
        if (pos != text.size()) {
            return fail(shape);
        }
        std::int64_t coefficient = 0;
        unsigned significant_digits = 0;
        for (char c : text.substr(integer_start)) {
            if (c == '.') {
                continue;
            }
            // Counted before the digit is taken in, so that a 19th digit never overflows.
            significant_digits += coefficient != 0 || c != '0' ? 1 : 0;
            if (significant_digits > max_digits) {
                return fail("more than 18 significant digits");
            }
            coefficient = coefficient * 10 + (c - '0');
        }
        if (fraction_digits > max_digits) {
            return fail("more than 18 digits after the point");
        }
        if (negative && coefficient == 0) {
            return fail("negative zero; write 0");
        }
        return Decimal(negative ? -coefficient : coefficient, static_cast<unsigned>(fraction_digits));
    }

    [[nodiscard]] std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }

    // Appends the text form to `out` (nothing when there is no number), so that write puts a
    // number into a document without a string of its own.
    void append_to(std::string& out) const
    {
        if (!has_value()) {
            return;
        }
        const std::uint64_t magnitude =
            coefficient_ < 0 ? static_cast<std::uint64_t>(-coefficient_) : static_cast<std::uint64_t>(coefficient_);
        std::array<char, std::numeric_limits<std::uint64_t>::digits10 + 1> buffer{};
        const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude).ptr;
        const std::string_view digits(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
        const std::size_t scale = scale_;
        if (coefficient_ < 0) {
            out += '-';
        }
        if (digits.size() <= scale) {
            // 0.05: a zero before the point, and zeros between the point and the digits.
            out += "0.";
            out.append(scale - digits.size(), '0');
            out += digits;
        } else {
            const std::size_t whole = digits.size() - scale;
            out += digits.substr(0, whole);
            if (scale > 0) {
                out += '.';
                out += digits.substr(whole);
            }
        }
    }

    [[nodiscard]] bool has_value() const noexcept { return scale_ != no_value; }
    [[nodiscard]] std::int64_t coefficient() const noexcept { return coefficient_; }
    [[nodiscard]] unsigned scale() const noexcept { return scale_; }

    // The JSON Schema of the texts that from_string accepts (see json_schema.hpp). The
    // pattern's three cases: 0 with up to 18 digits after the point; a negative number below
    // 1, with a digit other than 0 among its 18 after the point; and a number from 1 up,
    // either sign, whose digits number at most 18 in all (the lookahead refuses 19).
    template <class Json>
    static Json json_schema()
    {
        return Json{{"description", "An exact decimal number: digits with an optional '-' and an optional fraction, "
                                    "at most 18 significant digits and 18 after the point, no exponent."},
                    {"type", "string"},
                    {"pattern", "^(?:0(?:\\.[0-9]{1,18})?"
                                "|-0\\.(?=0{0,17}[1-9])[0-9]{1,18}"
                                "|-?(?!(?:[0-9]\\.?){19})[1-9][0-9]*(?:\\.[0-9]+)?)$(?!\\n)"}};
    }

    friend bool operator==(const Decimal&, const Decimal&) = default;

    // Orders by the numbers meant, so that 1.5 and 1.50 are equivalent here although == tells
    // the two texts apart. Both must have a value.
    friend std::strong_ordering compare(const Decimal& a, const Decimal& b) noexcept
    {
        // Whole parts first, then the fractions, both scaled to 18 digits (below 10^18).
        const std::int64_t a_unit = power_of_ten(a.scale_);
        const std::int64_t b_unit = power_of_ten(b.scale_);
        if (const auto whole = a.coefficient_ / a_unit <=> b.coefficient_ / b_unit; whole != 0) {
            return whole;
        }
        return (a.coefficient_ % a_unit) * power_of_ten(max_digits - a.scale_) <=>
               (b.coefficient_ % b_unit) * power_of_ten(max_digits - b.scale_);
    }
    friend std::ostream& operator<<(std::ostream& os, const Decimal& value) { return os << value.to_string(); }

private:
    static constexpr std::int64_t max_coefficient = 999'999'999'999'999'999;

    static constexpr std::uint8_t no_value = 0xFF;

    static constexpr std::int64_t power_of_ten(unsigned exponent) noexcept
    {
        std::int64_t value = 1;
        for (unsigned i = 0; i < exponent; ++i) {
            value *= 10;
        }
        return value;
    }

    std::int64_t coefficient_ = 0;
    std::uint8_t scale_ = no_value;
};

} // namespace communique
