// SPDX-License-Identifier: BSL-1.0
// UTF-8 checking, shared by the reader and the writer.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace communique::detail {

// The index of the first byte of `text` that does not belong to a well-formed UTF-8
// sequence (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
inline std::optional<std::size_t> invalid_utf8_at(std::string_view text) noexcept
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        const unsigned lead = byte(i);
        std::size_t length = 0;
        unsigned low = 0x80;
        unsigned high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
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
            return i;
        }
        if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high) {
            return i;
        }
        for (std::size_t k = i + 2; k < i + length; ++k) {
            if (byte(k) < 0x80 || byte(k) > 0xBF) {
                return i;
            }
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace communique::detail
