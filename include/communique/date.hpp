// SPDX-License-Identifier: BSL-1.0
// Calendar dates that may be known only to the year or the month ("2026", "2026-02",
// "2026-02-12"), and date-times with a UTC offset ("2026-02-12T10:00:00+05:00"), as news
// reports give them. Both validate on construction and have one canonical string form.
#pragma once

#include <communique/detail/text.hpp>
#include <communique/error.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace communique {

namespace detail {

// Regular expressions for JSON Schema's "pattern" (ECMA-262, which Python's re reads alike)
// that match exactly the texts Date::from_string and DateTime::from_string accept. Digits
// are [0-9], since \d may match other scripts' digits; a whole text is ^(?:...)$(?!\n),
// since Python's $ also matches before a final newline.
struct DatePatterns {
    // 0001 to 9999.
    static constexpr std::string_view year = "(?!0000)[0-9]{4}";
    static constexpr std::string_view month = "(?:0[1-9]|1[0-2])";
    // Divisible by 4, and not by 100 unless by 400.
    static constexpr std::string_view leap_year =
        "(?!0000)(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[048]|[2468][048]|[13579][26])00)";
    // Months of 31 days, months of 30, February, and 29 February of a leap year.
    static constexpr std::string_view month_and_day = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
                                                      "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
                                                      "|02-(?:0[1-9]|1[0-9]|2[0-8]))";

    // YYYY-MM-DD, a day of the calendar.
    static std::string day()
    {
        return "(?:" + std::string(year) + "-" + std::string(month_and_day) + "|" + std::string(leap_year) + "-02-29)";
    }

    static std::string whole_text(const std::string& pattern) { return "^(?:" + pattern + ")$(?!\\n)"; }
};

} // namespace detail

class Date {
public:
    enum class Precision : std::uint8_t { year, month, day };

    // No date: what a default-constructed Date holds until one is assigned. It is no value of
    // the format (to_string() gives ""), write refuses it and validate reports it, so a date
    // that no one set is never written as if a report had given it.
    Date() = default;

    explicit Date(int year) : Date(year, 0, 0, Precision::year) {}
    Date(int year, unsigned month) : Date(year, month, 0, Precision::month) {}
    Date(int year, unsigned month, unsigned day) : Date(year, month, day, Precision::day) {}
    explicit Date(std::chrono::year_month_day ymd)
        : Date(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()))
    {
    }

    // Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a four-digit year from 0001 to 9999.
    static Date from_string(std::string_view text)
    {
        const auto year = detail::fixed_digits(text, 0, 4);
        std::optional<Date> date;
        if (year && text.size() == 4) {
            date = checked(static_cast<int>(*year), 0, 0, Precision::year);
        } else if (year && text.size() == 7 && text[4] == '-') {
            if (const auto month = detail::fixed_digits(text, 5, 2)) {
                date = checked(static_cast<int>(*year), *month, 0, Precision::month);
            }
        } else if (year && text.size() == 10 && text[4] == '-' && text[7] == '-') {
            const auto month = detail::fixed_digits(text, 5, 2);
            const auto day = detail::fixed_digits(text, 8, 2);
            if (month && day) {
                date = checked(static_cast<int>(*year), *month, *day, Precision::day);
            }
        }
        if (!date) {
            throw InvalidValue("invalid date " + detail::quote(text) +
                               ": expected a calendar date from 0001 to 9999 as YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return *date;
    }

    [[nodiscard]] bool has_value() const noexcept { return year_ != 0; }

    [[nodiscard]] std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }

    // Appends the text form to `out` (nothing when there is no date), so that write puts a
    // date into a document without a string of its own.
    void append_to(std::string& out) const
    {
        if (!has_value()) {
            return;
        }
        detail::append_padded(out, static_cast<unsigned>(year_), 4);
        if (precision_ != Precision::year) {
            out += '-';
            detail::append_padded(out, month_, 2);
        }
        if (precision_ == Precision::day) {
            out += '-';
            detail::append_padded(out, day_, 2);
        }
    }

    [[nodiscard]] int year() const noexcept { return year_; }
    [[nodiscard]] std::optional<unsigned> month() const noexcept
    {
        return precision_ == Precision::year ? std::nullopt : std::optional<unsigned>(month_);
    }
    [[nodiscard]] std::optional<unsigned> day() const noexcept
    {
        return precision_ == Precision::day ? std::optional<unsigned>(day_) : std::nullopt;
    }
    [[nodiscard]] Precision precision() const noexcept { return precision_; }

    // The first and last days the date may stand for: 2026-02 spans 2026-02-01 to 2026-02-28.
    [[nodiscard]] std::chrono::year_month_day earliest() const noexcept
    {
        using namespace std::chrono;
        return year_month_day{std::chrono::year{year_}, std::chrono::month{month().value_or(1)},
                              std::chrono::day{day().value_or(1)}};
    }
    [[nodiscard]] std::chrono::year_month_day latest() const noexcept
    {
        using namespace std::chrono;
        if (precision_ == Precision::day) {
            return earliest();
        }
        const std::chrono::month last_month{month().value_or(12)};
        return year_month_day{year_month_day_last{std::chrono::year{year_}, month_day_last{last_month}}};
    }

    // The JSON Schema of the texts that from_string accepts (see json_schema.hpp), calendar
    // included: 2026-02-30 and 2025-02-29 do not match.
    template <class Json>
    static Json json_schema()
    {
        using P = detail::DatePatterns;
        return Json{
            {"description", "A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD, "
                            "from 0001 to 9999."},
            {"type", "string"},
            {"pattern", P::whole_text(std::string(P::year) + "(?:-" + std::string(P::month) + ")?|" + P::day())}};
    }

    friend bool operator==(const Date&, const Date&) = default;
    friend std::ostream& operator<<(std::ostream& os, const Date& date) { return os << date.to_string(); }

private:
    Date(int year, unsigned month, unsigned day, Precision precision)
    {
        const auto date = checked(year, month, day, precision);
        if (!date) {
            throw InvalidValue("invalid date: year " + std::to_string(year) + ", month " + std::to_string(month) +
                               ", day " + std::to_string(day) + " is not a calendar date from 0001 to 9999");
        }
        *this = *date;
    }

    static std::optional<Date> checked(int year, unsigned month, unsigned day, Precision precision)
    {
        if (year < 1 || year > 9999) {
            return std::nullopt;
        }
        if (precision != Precision::year && (month < 1 || month > 12)) {
            return std::nullopt;
        }
        if (precision == Precision::day &&
            !std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}
                 .ok()) {
            return std::nullopt;
        }
        Date date;
        date.year_ = static_cast<std::int16_t>(year);
        date.month_ = static_cast<std::uint8_t>(precision == Precision::year ? 0 : month);
        date.day_ = static_cast<std::uint8_t>(precision == Precision::day ? day : 0);
        date.precision_ = precision;
        return date;
    }

    std::int16_t year_ = 0; // 0: no date
    std::uint8_t month_ = 0;
    std::uint8_t day_ = 0;
    Precision precision_ = Precision::year;
};

// A UTC offset for a DateTime, as written: utc_offset(5, 30) is +05:30, utc_offset(-3, 30)
// is -03:30 (the sign of the hours is the offset's), utc_offset(0, -30) is -00:30. The
// hours run from -18 to 18, the minutes from 0 to 59 (negative only with 0 hours); anything
// else throws InvalidValue. DateTime checks that the offset lies within -18:00 and +18:00.
constexpr std::chrono::minutes utc_offset(int hours, int minutes = 0)
{
    if (hours < -18 || hours > 18 || minutes < -59 || minutes > 59 || (minutes < 0 && hours != 0)) {
        throw InvalidValue("invalid UTC offset: " + std::to_string(hours) + " hours and " + std::to_string(minutes) +
                           " minutes; the hours run from -18 to 18, the minutes from 0 to 59 (negative only "
                           "with 0 hours)");
    }
    const std::chrono::minutes magnitude =
        std::chrono::hours{hours < 0 ? -hours : hours} + std::chrono::minutes{minutes < 0 ? -minutes : minutes};
    return hours < 0 || minutes < 0 ? -magnitude : magnitude;
}

// A moment given as a local date and time with its offset from UTC, to the second.
// Canonical form: "YYYY-MM-DDTHH:MM:SS+HH:MM", with "Z" for a zero offset.
class DateTime {
public:
    // No date-time, as for Date: to_string() gives "", write refuses it, validate reports it.
    DateTime() = default;

    DateTime(Date date, unsigned hour, unsigned minute, unsigned second, std::chrono::minutes utc_offset)
        : date_(date), utc_offset_(utc_offset)
    {
        if (date.precision() != Date::Precision::day) {
            throw InvalidValue("invalid date-time: the date " + date.to_string() + " must give the day");
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw InvalidValue("invalid date-time: " + std::to_string(hour) + ":" + std::to_string(minute) + ":" +
                               std::to_string(second) + " is not a time of day (00:00:00 to 23:59:59)");
        }
        if (utc_offset < -max_offset || utc_offset > max_offset) {
            throw InvalidValue("invalid date-time: a UTC offset must lie within -18:00 and +18:00");
        }
        time_ = std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second};
    }

    static DateTime from_string(std::string_view text)
    {
        auto fail = [&](const char* why) -> DateTime {
            throw InvalidValue("invalid date-time " + detail::quote(text) + ": " + why);
        };
        constexpr const char* shape = "expected YYYY-MM-DDTHH:MM:SS followed by Z or an offset +HH:MM or -HH:MM";
        if (text.size() != 20 && text.size() != 25) {
            return fail(shape);
        }
        const auto hour = detail::fixed_digits(text, 11, 2);
        const auto minute = detail::fixed_digits(text, 14, 2);
        const auto second = detail::fixed_digits(text, 17, 2);
        if (text[10] != 'T' || text[13] != ':' || text[16] != ':' || !hour || !minute || !second) {
            return fail(shape);
        }
        std::chrono::minutes offset{0};
        if (text.size() == 20) {
            if (text[19] != 'Z') {
                return fail(shape);
            }
        } else {
            const auto offset_hours = detail::fixed_digits(text, 20, 2);
            const auto offset_minutes = detail::fixed_digits(text, 23, 2);
            if ((text[19] != '+' && text[19] != '-') || text[22] != ':' || !offset_hours || !offset_minutes) {
                return fail(shape);
            }
            if (*offset_minutes > 59) {
                return fail("the offset's minutes must be 00 to 59");
            }
            offset = std::chrono::hours{*offset_hours} + std::chrono::minutes{*offset_minutes};
            if (text[19] == '-') {
                if (offset.count() == 0) {
                    return fail("-00:00 (an unknown offset) is not accepted; write Z for UTC");
                }
                offset = -offset;
            }
        }
        try {
            return DateTime(Date::from_string(text.substr(0, 10)), *hour, *minute, *second, offset);
        } catch (const InvalidValue&) {
            return fail("not a real date, time of day (00:00:00 to 23:59:59) and offset (-18:00 to +18:00)");
        }
    }

    [[nodiscard]] std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }

    // Appends the text form to `out` (nothing when there is no date-time), as Date does.
    void append_to(std::string& out) const
    {
        if (!has_value()) {
            return;
        }
        const std::chrono::hh_mm_ss time{time_};
        date_.append_to(out);
        out += 'T';
        detail::append_padded(out, static_cast<unsigned>(time.hours().count()), 2);
        out += ':';
        detail::append_padded(out, static_cast<unsigned>(time.minutes().count()), 2);
        out += ':';
        detail::append_padded(out, static_cast<unsigned>(time.seconds().count()), 2);
        if (utc_offset_.count() == 0) {
            out += 'Z';
        } else {
            const auto magnitude = utc_offset_.count() < 0 ? -utc_offset_.count() : utc_offset_.count();
            out += utc_offset_.count() < 0 ? '-' : '+';
            detail::append_padded(out, static_cast<unsigned>(magnitude / 60), 2);
            out += ':';
            detail::append_padded(out, static_cast<unsigned>(magnitude % 60), 2);
        }
    }

    [[nodiscard]] bool has_value() const noexcept { return date_.has_value(); }
    [[nodiscard]] Date date() const noexcept { return date_; }
    [[nodiscard]] std::chrono::seconds time_of_day() const noexcept { return time_; }
    [[nodiscard]] std::chrono::minutes utc_offset() const noexcept { return utc_offset_; }

    // The same moment in UTC, for comparing date-times given with different offsets.
    [[nodiscard]] std::chrono::sys_seconds utc() const noexcept
    {
        return std::chrono::sys_days{date_.earliest()} + time_ - utc_offset_;
    }

    // The JSON Schema of the texts that from_string accepts (see json_schema.hpp): a day of
    // the calendar, a time of day to the second, and Z or an offset within -18:00 and +18:00
    // (+00:00 is accepted, -00:00 is not).
    template <class Json>
    static Json json_schema()
    {
        using P = detail::DatePatterns;
        const std::string time = "T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]";
        const std::string offset = "(?:Z|(?!-00:00)[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00))";
        return Json{{"description", "A date and time to the second with its UTC offset: YYYY-MM-DDTHH:MM:SS followed "
                                    "by Z or +HH:MM or -HH:MM."},
                    {"type", "string"},
                    {"pattern", P::whole_text(P::day() + time + offset)}};
    }

    friend bool operator==(const DateTime&, const DateTime&) = default;
    friend std::ostream& operator<<(std::ostream& os, const DateTime& value) { return os << value.to_string(); }

private:
    static constexpr std::chrono::minutes max_offset{18 * 60};

    Date date_;
    std::chrono::seconds time_{0};
    std::chrono::minutes utc_offset_{0};
};

} // namespace communique
