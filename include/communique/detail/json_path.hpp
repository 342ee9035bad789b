// The place being read in a JSON document, kept as a stack of object keys and array
// indices and turned into an RFC 6901 JSON Pointer only when an error is reported.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
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

class json_path {
public:
    void push_key(std::string key) { segments_.emplace_back(std::move(key)); }
    void push_index(std::size_t index) { segments_.emplace_back(index); }
    void pop() { segments_.pop_back(); }
    [[nodiscard]] std::size_t depth() const noexcept { return segments_.size(); }

    [[nodiscard]] std::string pointer() const
    {
        std::string out;
        for (const auto& segment : segments_) {
            if (const auto* key = std::get_if<std::string>(&segment)) {
                append_pointer_token(out, *key);
            } else {
                append_pointer_token(out, std::to_string(std::get<std::size_t>(segment)));
            }
        }
        return out;
    }

private:
    std::vector<std::variant<std::string, std::size_t>> segments_;
};

} // namespace communique::detail
