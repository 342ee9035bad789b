// SPDX-License-Identifier: BSL-1.0
// Small parsing helpers shared by the vocabulary types' from_string functions.
#pragma once

#include <array>
#include <charconv>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace communique::detail {

inline bool is_digit(char c) noexcept
{
    return c >= '0' && c <= '9';
}
inline bool is_upper(char c) noexcept
{
    return c >= 'A' && c <= 'Z';
}

// The value of text[pos, pos + count) when it is exactly `count` decimal digits.
inline std::optional<unsigned> fixed_digits(std::string_view text, std::size_t pos, std::size_t count)
{
    if (pos + count > text.size()) {
        return std::nullopt;
    }
    unsigned value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!is_digit(text[i])) {
            return std::nullopt;
        }
        value = value * 10 + static_cast<unsigned>(text[i] - '0');
    }
    return value;
}

// Writes `value` with at least `width` digits, padded with zeros. The digits go through a
// buffer on the stack: the writer calls this for every date it writes.
inline void append_padded(std::string& out, unsigned value, std::size_t width)
{
    std::array<char, std::numeric_limits<unsigned>::digits10 + 1> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    const auto count = static_cast<std::size_t>(end - digits.data());
    if (count < width) {
        out.append(width - count, '0');
    }
    out.append(digits.data(), count);
}

// Text quoted for an error message, cut short (on a UTF-8 character boundary) when long,
// so that a huge bad value does not make a huge message.
inline std::string quote(std::string_view text)
{
    constexpr std::size_t limit = 64;
    bool cut = false;
    if (text.size() > limit) {
        std::size_t end = limit;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
            --end;
        }
        text = text.substr(0, end);
        cut = true;
    }
    std::string out;
    out.reserve(text.size() + 5);
    out += '"';
    out += text;
    out += cut ? "...\"" : "\"";
    return out;
}

} // namespace communique::detail
