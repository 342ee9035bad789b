// SPDX-License-Identifier: BSL-1.0
// UTF-8 checking, shared by the reader and the writer.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace communique::detail {

// The length of the well-formed UTF-8 sequence that `text` starts with (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or 0 when it starts with none.
constexpr std::size_t utf8_sequence_length(std::string_view text) noexcept
{
    if (text.empty()) {
        return 0;
    }
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned lead = byte(0);
    std::size_t length = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    if (lead < 0x80) {
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (length > text.size() || byte(1) < low || byte(1) > high) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(k) < 0x80 || byte(k) > 0xBF) {
            return 0;
        }
    }
    return length;
}

// The index of the first byte of `text` that does not belong to a well-formed UTF-8
// sequence.
constexpr std::optional<std::size_t> invalid_utf8_at(std::string_view text) noexcept
{
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = utf8_sequence_length(text.substr(i));
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace communique::detail
