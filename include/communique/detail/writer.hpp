// SPDX-License-Identifier: BSL-1.0
// The one JSON writer. It appends the JSON text of any value that the generic mechanism
// converts (the mapping is in json.hpp) straight onto one std::string, with no document
// tree in between, and prints exactly the bytes that nlohmann's dump(2), or dump() for
// compact text, would print for the same document. communique::write and the nlohmann
// to_json hooks both go through it, so the two routes cannot disagree.
//
// What is fixed at compile time is made once: each member's `"name": ` and each
// enumerator's `"name"`, already quoted and escaped, and the run of spaces that indentation
// is cut from. Strings are copied in runs: the longest stretch of bytes that needs no escape
// goes in with one append. A value that cannot be written throws WriteError; its JSON
// Pointer is put together only then, on the way out, one key or index a level.
#pragma once

#include <communique/detail/traits.hpp>
#include <communique/detail/utf8.hpp>
#include <communique/error.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace communique::detail {

// A vocabulary type whose default value is "not set" (an empty Id, a default Date): write
// refuses such a value rather than put it in a document as if a report had given it.
template <class T>
concept may_be_unset = string_form<T> && requires(const T& value)
{
    {
        value.has_value()
        } -> std::same_as<bool>;
};

// A type with a string form that can also append it to a std::string, as every vocabulary
// type of communique does; the writer then needs no string of the value's own. A type
// without it is written through to_string().
template <class T>
concept appends_string_form = string_form<T> && requires(const T& value, std::string& out)
{
    value.append_to(out);
};

// ---- escaping ----

// How an ASCII byte is written inside a JSON string, the way nlohmann's dump writes it with
// ensure_ascii false: `"` and `\` escaped, the control characters as their short escape
// where JSON has one and as \u00XX in lowercase hex otherwise; every other byte as is,
// `/`, DEL and all non-ASCII bytes included.
struct AsciiEscape {
    std::array<char, 6> text{};
    std::size_t size = 0; // 0: the byte needs no escape
};

inline constexpr std::array<AsciiEscape, 128> ascii_escapes = [] {
    std::array<AsciiEscape, 128> table{};
    constexpr std::string_view hex = "0123456789abcdef";
    for (std::size_t c = 0; c < 0x20; ++c) {
        table[c] = AsciiEscape{{'\\', 'u', '0', '0', hex[c >> 4U], hex[c & 0xFU]}, 6};
    }
    const auto short_form = [&](char c, char letter) {
        table[static_cast<unsigned char>(c)] = AsciiEscape{{'\\', letter}, 2};
    };
    short_form('"', '"');
    short_form('\\', '\\');
    short_form('\b', 'b');
    short_form('\f', 'f');
    short_form('\n', 'n');
    short_form('\r', 'r');
    short_form('\t', 't');
    return table;
}();

// Whether a byte may not be copied into a JSON string unchecked: it needs an escape, or it
// is part of a multi-byte character, which must be checked as UTF-8.
constexpr bool needs_care(char c) noexcept
{
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || ascii_escapes[byte].size != 0;
}

[[noreturn]] inline void throw_invalid_utf8(std::size_t at)
{
    throw WriteError("", "cannot write a string that is not valid UTF-8: byte " + std::to_string(at + 1) +
                             " begins no UTF-8 character");
}

// Appends `text` as a JSON string, quoted and escaped. The bytes between two escapes go in
// with one append; a non-ASCII character is checked as UTF-8 on the way past, with the rule
// of utf8_sequence_length, so that the first ill-formed byte is the one invalid_utf8_at
// names. Throws WriteError at the document root, which the callers complete.
inline void append_quoted(std::string& out, std::string_view text)
{
    out += '"';
    std::size_t run = 0; // the first byte not yet appended
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            const std::size_t length = utf8_sequence_length(text.substr(i));
            if (length == 0) {
                throw_invalid_utf8(i);
            }
            i += length;
        } else if (ascii_escapes[byte].size == 0) {
            ++i;
        } else {
            out.append(text.data() + run, i - run);
            out.append(ascii_escapes[byte].text.data(), ascii_escapes[byte].size);
            run = ++i;
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

// ---- text fixed at compile time ----

// Characters computed at compile time, such as a member's `"name": `.
template <std::size_t N>
struct FixedText {
    std::array<char, N> chars{};

    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars.data(), N}; }
};

// The size of `text` once quoted and escaped as a JSON string.
constexpr std::size_t quoted_size(std::string_view text) noexcept
{
    std::size_t size = 2;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        size += byte < 0x80 && ascii_escapes[byte].size != 0 ? ascii_escapes[byte].size : 1;
    }
    return size;
}

// `text` quoted and escaped as append_quoted does it, then `suffix`; N is the size of the
// whole.
template <std::size_t N>
constexpr FixedText<N> quoted_text(std::string_view text, std::string_view suffix) noexcept
{
    FixedText<N> out;
    std::size_t at = 0;
    out.chars[at++] = '"';
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && ascii_escapes[byte].size != 0) {
            for (std::size_t k = 0; k < ascii_escapes[byte].size; ++k) {
                out.chars[at++] = ascii_escapes[byte].text[k];
            }
        } else {
            out.chars[at++] = c;
        }
    }
    out.chars[at++] = '"';
    for (char c : suffix) {
        out.chars[at++] = c;
    }
    return out;
}

// The JSON name of the member or enumerator of T that the Boost.Describe descriptor D names.
template <class T, class D>
consteval std::string_view checked_json_name()
{
    constexpr std::string_view name = json_name<T>(D::name);
    static_assert(!invalid_utf8_at(name).has_value(),
                  "a JSON name (of a member or an enumerator, as communique::JsonNaming gives it) is not valid "
                  "UTF-8: no JSON text can hold it");
    return name;
}

template <class T, class D>
inline constexpr std::string_view described_json_name = checked_json_name<T, D>();

// `"name": ` for the member D of the struct T; compact output leaves off the final space.
template <class T, class D>
inline constexpr auto member_key = quoted_text<quoted_size(described_json_name<T, D>) + 2>(described_json_name<T, D>,
                                                                                           ": ");

// `"name"` for the enumerator D of the enum E.
template <class E, class D>
inline constexpr auto enumerator_text = quoted_text<quoted_size(described_json_name<E, D>)>(described_json_name<E, D>,
                                                                                            "");

// A newline and the indentation of a few levels, which line breaks are cut from; deeper
// levels take the spaces more than once.
inline constexpr std::string_view newline_and_spaces =
    "\n                                                                ";

// ---- the writer ----

// Appends JSON text to one string. With `indent`, it lays the text out as nlohmann's
// dump(2) does: each member and element on a line of its own, two spaces a level deeper
// than its object or array, `"key": value`, and `{}` and `[]` for an empty object or
// array. Without, it writes no whitespace at all, as dump() does.
class JsonWriter {
public:
    JsonWriter(std::string& out, bool indent) noexcept : out_(out), indent_(indent) {}

    template <class T>
    void write(const T& value)
    {
        if constexpr (described_struct<T>) {
            static_assert(check_struct<T>());
            write_struct(value);
        } else if constexpr (described_enum<T>) {
            static_assert(check_enum<T>());
            write_enum(value);
        } else if constexpr (string_form<T>) {
            write_string_form(value);
        } else if constexpr (is_vector<T>) {
            static_assert(check_not_optional<typename T::value_type>());
            write_array(value);
        } else if constexpr (is_optional<T>) {
            static_assert(check_not_optional<T>());
        } else if constexpr (std::same_as<T, std::string>) {
            append_quoted(out_, value);
        } else if constexpr (std::same_as<T, bool>) {
            out_ += value ? "true" : "false";
        } else if constexpr (integer<T>) {
            std::array<char, std::numeric_limits<T>::digits10 + 3> digits{};
            const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
            out_.append(digits.data(), end);
        } else {
            static_assert(unsupported<T>());
        }
    }

private:
    static constexpr std::size_t indent_step = 2;

    // Starts the line of a member or an element, or of the closing bracket, at depth_.
    void new_line()
    {
        if (!indent_) {
            return;
        }
        std::size_t spaces = indent_step * depth_;
        const std::size_t first = std::min(spaces, newline_and_spaces.size() - 1);
        out_.append(newline_and_spaces.data(), first + 1);
        spaces -= first;
        while (spaces > 0) {
            const std::size_t more = std::min(spaces, newline_and_spaces.size() - 1);
            out_.append(newline_and_spaces.data() + 1, more);
            spaces -= more;
        }
    }

    template <class T>
    void write_struct(const T& value)
    {
        out_ += '{';
        ++depth_;
        bool empty = true;
        boost::mp11::mp_for_each<public_members<T>>([&](auto member) {
            using D = decltype(member);
            const auto& field = value.*member.pointer;
            using M = std::remove_cvref_t<decltype(field)>;
            // A member that a report does not give is left out.
            if constexpr (is_optional<M>) {
                static_assert(check_not_optional<typename M::value_type>());
                if (field) {
                    write_member<T, D>(*field, empty);
                }
            } else if constexpr (is_vector<M>) {
                if (!field.empty()) {
                    write_member<T, D>(field, empty);
                }
            } else {
                write_member<T, D>(field, empty);
            }
        });
        --depth_;
        if (!empty) {
            new_line();
        }
        out_ += '}';
    }

    template <class T, class D, class M>
    void write_member(const M& field, bool& empty)
    {
        if (!empty) {
            out_ += ',';
        }
        empty = false;
        new_line();
        constexpr std::string_view key = member_key<T, D>.view();
        out_ += indent_ ? key : key.substr(0, key.size() - 1);
        try {
            write(field);
        } catch (const WriteError& e) {
            throw e.within(described_json_name<T, D>);
        }
    }

    template <class V>
    void write_array(const V& value)
    {
        out_ += '[';
        ++depth_;
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i > 0) {
                out_ += ',';
            }
            new_line();
            try {
                write<typename V::value_type>(value[i]);
            } catch (const WriteError& e) {
                throw e.within(std::to_string(i));
            }
        }
        --depth_;
        if (!value.empty()) {
            new_line();
        }
        out_ += ']';
    }

    template <class E>
    void write_enum(E value)
    {
        bool written = false;
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto enumerator) {
            if (!written && value == enumerator.value) {
                out_ += enumerator_text<E, decltype(enumerator)>.view();
                written = true;
            }
        });
        if (!written) {
            throw WriteError("", "cannot write enum value " +
                                     std::to_string(static_cast<std::underlying_type_t<E>>(value)) +
                                     ": it is not one of the described enumerators (a member never set is 0)");
        }
    }

    template <class T>
    void write_string_form(const T& value)
    {
        if constexpr (may_be_unset<T>) {
            if (!value.has_value()) {
                throw WriteError("", "no value was set: a member that a report does not give must be "
                                     "an empty std::optional, not a default value");
            }
        }
        if constexpr (appends_string_form<T>) {
            const std::size_t start = out_.size();
            out_ += '"';
            value.append_to(out_);
            const std::string_view text = std::string_view(out_).substr(start + 1);
            if (std::none_of(text.begin(), text.end(), needs_care)) {
                out_ += '"';
                return;
            }
            // Rare: an id or a type of a user's with a character to escape or to check.
            const std::string raw(text);
            out_.resize(start);
            append_quoted(out_, raw);
        } else {
            append_quoted(out_, value.to_string());
        }
    }

    std::string& out_;
    bool indent_;
    std::size_t depth_ = 0;
};

// Appends the JSON text of `value` to `out`, indented or compact, with no final newline.
// Throws WriteError, with the JSON Pointer the offending value would have had, for a value
// that cannot be written; `out` then holds a part of the text.
template <class T>
void append_json(std::string& out, const T& value, bool indent)
{
    static_assert(check_not_optional<T>());
    JsonWriter(out, indent).write(value);
}

} // namespace communique::detail
