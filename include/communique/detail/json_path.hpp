// SPDX-License-Identifier: BSL-1.0
// The place being read in a JSON document, kept as a stack of object keys and array
// indices and turned into an RFC 6901 JSON Pointer only when an error is reported.
#pragma once

#include <algorithm>
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
    struct segment {
        std::string key;
        std::size_t index = 0;
        bool is_index = false;
    };

    void push_key(std::string key) { segments_.push_back(segment{std::move(key), 0, false}); }
    void push_index(std::size_t index) { segments_.push_back(segment{std::string(), index, true}); }
    void pop() { segments_.pop_back(); }
    [[nodiscard]] const std::vector<segment>& segments() const noexcept { return segments_; }

    [[nodiscard]] std::string pointer() const { return pointer(segments_); }

    static std::string pointer(const std::vector<segment>& segments)
    {
        std::string out;
        for (const auto& segment : segments) {
            append_pointer_token(out, segment.is_index ? std::to_string(segment.index) : segment.key);
        }
        return out;
    }

private:
    std::vector<segment> segments_;
};

// True when the place `a` comes before the place `b` in a walk of the document that takes
// object members in ascending key order and array elements in index order, and a value
// before what it contains.
inline bool path_before(const std::vector<JsonPath::segment>& a, const std::vector<JsonPath::segment>& b)
{
    const std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (a[i].is_index != b[i].is_index) {
            return a[i].is_index; // cannot happen in one document; any fixed order will do
        }
        if (a[i].is_index ? a[i].index != b[i].index : a[i].key != b[i].key) {
            return a[i].is_index ? a[i].index < b[i].index : a[i].key < b[i].key;
        }
    }
    return a.size() < b.size();
}

} // namespace communique::detail
