// SPDX-License-Identifier: BSL-1.0
// RFC 6901 JSON Pointers: the escaping of one reference token, and a place in a document
// kept as a list of object keys and array indices (the place being read in a
// nlohmann::json document, a place that validate reports), turned into a JSON Pointer only
// when it is reported.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace communique::detail {

// Escapes one reference token of a JSON Pointer: "~" becomes "~0" and "/" becomes "~1".
inline void append_pointer_token(std::string& pointer, std::string_view token)
{
    pointer += '/';
    for (char c : token) {
        if (c == '~') {
            pointer += "~0";
        } else if (c == '/') {
            pointer += "~1";
        } else {
            pointer += c;
        }
    }
}

class JsonPath {
public:
    // An object member's key, or an array element's index.
    struct Segment {
        std::string key;
        std::size_t index = 0;
        bool is_index = false;
    };

    void push_key(std::string key) { segments_.push_back(Segment{std::move(key), 0, false}); }
    void push_index(std::size_t index) { segments_.push_back(Segment{std::string(), index, true}); }
    void pop() { segments_.pop_back(); }
    [[nodiscard]] const std::vector<Segment>& segments() const noexcept { return segments_; }

    [[nodiscard]] std::string pointer() const { return pointer(segments_); }

    static std::string pointer(const std::vector<Segment>& segments)
    {
        std::string out;
        for (const auto& segment : segments) {
            append_pointer_token(out, segment.is_index ? std::to_string(segment.index) : segment.key);
        }
        return out;
    }

private:
    std::vector<Segment> segments_;
};

} // namespace communique::detail
