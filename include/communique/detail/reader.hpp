// SPDX-License-Identifier: BSL-1.0
// The reader behind communique::read and try_read: a recursive-descent JSON parser over the
// text itself that fills a typed value as Boost.Describe tells it, with no document tree,
// no token buffer and no frames on the heap. Each level of nesting is one C++ call, so
// ReadOptions::max_depth also bounds the stack it takes.
//
// A string without escapes goes from the text straight into its value, and an object's key
// without escapes is compared with the members' compile-time JSON names where it stands.
// The reading stops at the first problem in the order of the text. The problem's JSON
// Pointer is built only then: each level that the failure leaves adds its key or index, so
// the happy path keeps no path at all.
//
// The reader throws nothing on bad input: it returns the problem. (A vocabulary type's
// from_string throws InvalidValue, which scalar_value in value.hpp catches where it arises.)
#pragma once

#include <communique/detail/json_path.hpp>
#include <communique/detail/text.hpp>
#include <communique/detail/traits.hpp>
#include <communique/detail/utf8.hpp>
#include <communique/detail/value.hpp>
#include <communique/error.hpp>
#include <communique/read_options.hpp>

#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <bitset>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace communique::detail {

// "U+000A": a code point below U+0100, for messages.
inline std::string code_point_name(unsigned value)
{
    constexpr std::string_view digits = "0123456789ABCDEF";
    std::string out = "U+";
    for (int shift = 12; shift >= 0; shift -= 4) {
        out += digits[(value >> static_cast<unsigned>(shift)) & 0xFU];
    }
    return out;
}

// The value of the four hexadecimal digits at text[at], if there are four.
inline std::optional<unsigned> hex4(std::string_view text, std::size_t at) noexcept
{
    if (at + 4 > text.size()) {
        return std::nullopt;
    }
    unsigned value = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const char c = text[i];
        unsigned digit = 0;
        if (c >= '0' && c <= '9') {
            digit = static_cast<unsigned>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            digit = static_cast<unsigned>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            digit = static_cast<unsigned>(c - 'A' + 10);
        } else {
            return std::nullopt;
        }
        value = value * 16 + digit;
    }
    return value;
}

inline void append_utf8(std::string& out, std::uint32_t code_point)
{
    const auto byte = [&](std::uint32_t value) { out += static_cast<char>(static_cast<unsigned char>(value)); };
    if (code_point < 0x80) {
        byte(code_point);
    } else if (code_point < 0x800) {
        byte(0xC0 | (code_point >> 6));
        byte(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
        byte(0xE0 | (code_point >> 12));
        byte(0x80 | ((code_point >> 6) & 0x3F));
        byte(0x80 | (code_point & 0x3F));
    } else {
        byte(0xF0 | (code_point >> 18));
        byte(0x80 | ((code_point >> 12) & 0x3F));
        byte(0x80 | ((code_point >> 6) & 0x3F));
        byte(0x80 | (code_point & 0x3F));
    }
}

// Appends to `out` the text of a JSON string's content whose escapes have been checked.
inline void unescape(std::string_view raw, std::string& out)
{
    std::size_t i = 0;
    while (i < raw.size()) {
        const std::size_t backslash = raw.find('\\', i);
        out.append(raw.substr(i, backslash - i));
        if (backslash == std::string_view::npos) {
            return;
        }
        const char kind = raw[backslash + 1];
        i = backslash + 2;
        switch (kind) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            std::uint32_t code_point = *hex4(raw, i);
            i += 4;
            if (code_point >= 0xD800 && code_point <= 0xDBFF) {
                const std::uint32_t low = *hex4(raw, i + 2);
                i += 6;
                code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
            }
            append_utf8(out, code_point);
            break;
        }
        default: out += kind; break; // '"', '\\' and '/' stand for themselves
        }
    }
}

// True when the JSON number `text`, well-formed, is beyond the range of a double. JSON sets
// no limit, but most readers, nlohmann's among them, hold such a number in a double and
// refuse it, so communique refuses it too, even where no number is expected.
inline bool too_large_for_double(std::string_view text)
{
    // The power of ten of the first significant digit tells, but near the largest double.
    std::size_t i = text.front() == '-' ? 1 : 0;
    const std::size_t integer_begin = i;
    while (i < text.size() && is_digit(text[i])) {
        ++i;
    }
    const bool integer_part_zero = text[integer_begin] == '0';
    const auto integer_digits = static_cast<long long>(i - integer_begin);
    long long leading_fraction_zeros = 0;
    bool fraction_nonzero = false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] == '0') {
            ++leading_fraction_zeros;
            ++i;
        }
        fraction_nonzero = i < text.size() && is_digit(text[i]);
        while (i < text.size() && is_digit(text[i])) {
            ++i;
        }
    }
    long long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        const bool negative = text[i] == '-';
        if (text[i] == '-' || text[i] == '+') {
            ++i;
        }
        for (; i < text.size(); ++i) {
            exponent = std::min<long long>(exponent * 10 + (text[i] - '0'), 1'000'000'000);
        }
        exponent = negative ? -exponent : exponent;
    }
    long long leading_power = 0;
    if (!integer_part_zero) {
        leading_power = integer_digits - 1 + exponent;
    } else if (fraction_nonzero) {
        leading_power = exponent - leading_fraction_zeros - 1;
    } else {
        return false; // zero
    }
    if (leading_power < 307) {
        return false;
    }
    if (leading_power > 309) {
        return true;
    }
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc::result_out_of_range;
}

class Reader {
public:
    Reader(std::string_view text, const ReadOptions& options) noexcept : text_(text), options_(options) {}

    // Reads the one document of the text as a T into `out`, or returns the first problem.
    template <class T>
    std::optional<ReadError> read_document(std::optional<T>& out)
    {
        static_assert(check_not_optional<T>());
        bool read = false;
        if constexpr (scalar_type<T>) {
            // A T without a default value (CountryCode) is made whole from its scalar.
            read = read_scalar<T>([&](T&& value) { out = std::move(value); });
        } else {
            read = read_value(out.emplace());
        }
        if (read && end_of_document()) {
            return std::nullopt;
        }
        out.reset();
        return error();
    }

    // Checks that the text is one JSON document as read accepts it, whatever it holds.
    std::optional<ReadError> check_document()
    {
        if (skip_value() && end_of_document()) {
            return std::nullopt;
        }
        return error();
    }

private:
    // The content of a string in the text, between its quotes.
    struct StringToken {
        std::string_view raw;
        bool escaped = false;
    };

    // ---- failing ----

    // A problem with the typed value: the levels it leaves add its place.
    bool fail(std::string message)
    {
        message_ = std::move(message);
        return false;
    }

    // Text that is not JSON: its place is the whole document, and the message says the
    // line and the column (in bytes, from 1) where the text goes wrong.
    bool fail_syntax_at(std::size_t offset, std::string_view what)
    {
        const std::string_view before = text_.substr(0, offset);
        const auto line = 1 + std::count(before.begin(), before.end(), '\n');
        const std::size_t line_start = before.find_last_of('\n') + 1; // npos + 1 is 0
        message_ = "not valid JSON: line " + std::to_string(line) + ", column " +
                   std::to_string(offset - line_start + 1) + ": " + std::string(what);
        syntax_error_ = true;
        return false;
    }

    bool fail_syntax(std::string_view what) { return fail_syntax_at(pos_, what); }

    // The text at the current place is not `what` it should be.
    bool fail_expected(std::string_view what)
    {
        if (at_end()) {
            return fail_syntax("unexpected end of input; expected " + std::string(what));
        }
        return fail_syntax("expected " + std::string(what) + ", found " + found());
    }

    // What the byte at the current place is, for messages that must stay valid UTF-8.
    [[nodiscard]] std::string found() const
    {
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c == 0) {
            return "a NUL byte";
        }
        if (c < 0x20 || c == 0x7F) {
            return "the control character " + code_point_name(c);
        }
        if (c >= 0x80) {
            constexpr std::string_view digits = "0123456789ABCDEF";
            return std::string("the byte 0x") + digits[static_cast<std::size_t>(c >> 4U)] + digits[c & 0xFU];
        }
        return std::string("'") + static_cast<char>(c) + "'";
    }

    // On the way out of a failure, adds the place of the value it is in. Text that is not
    // JSON stays at the root.
    bool within(std::string token)
    {
        if (!syntax_error_) {
            tokens_.push_back(std::move(token));
        }
        return false;
    }
    bool within_key(const StringToken& key) { return within(std::string(text_of(key))); }
    bool within_index(std::size_t index) { return within(std::to_string(index)); }

    [[nodiscard]] ReadError error() const
    {
        std::string pointer;
        for (auto token = tokens_.rbegin(); token != tokens_.rend(); ++token) {
            append_pointer_token(pointer, *token);
        }
        return ReadError(std::move(pointer), message_);
    }

    // ---- the text ----

    [[nodiscard]] bool at_end() const noexcept { return pos_ >= text_.size(); }
    [[nodiscard]] bool at(char c) const noexcept { return pos_ < text_.size() && text_[pos_] == c; }

    void skip_whitespace() noexcept
    {
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t')) {
            ++pos_;
        }
    }

    bool end_of_document()
    {
        skip_whitespace();
        return at_end() || fail_expected("nothing after the document");
    }

    bool expect_colon()
    {
        skip_whitespace();
        if (!at(':')) {
            return fail_expected("':' after an object key");
        }
        ++pos_;
        return true;
    }

    // Enters the object or array that starts here. Nesting deeper than max_depth ends the
    // reading before it can cost unbounded stack.
    bool open()
    {
        if (++depth_ > options_.max_depth) {
            return fail("nesting deeper than " + std::to_string(options_.max_depth) + " levels of objects and arrays");
        }
        ++pos_;
        return true;
    }

    void close() noexcept
    {
        --depth_;
        ++pos_;
    }

    // ---- scalars ----

    // The string that starts here, checked: escapes, no raw control character, UTF-8.
    bool lex_string(StringToken& out)
    {
        ++pos_; // the opening quote
        const std::size_t begin = pos_;
        bool escaped = false;
        while (true) {
            if (at_end()) {
                return fail_syntax("unexpected end of input in a string");
            }
            const auto c = static_cast<unsigned char>(text_[pos_]);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (!lex_escape()) {
                    return false;
                }
                escaped = true;
            } else if (c < 0x20) {
                return fail_syntax("a string holds an unescaped control character " + code_point_name(c));
            } else if (c < 0x80) {
                ++pos_;
            } else if (const std::size_t length = utf8_sequence_length(text_.substr(pos_)); length != 0) {
                pos_ += length;
            } else {
                return fail_syntax("a string holds invalid UTF-8: " + found() + " begins no UTF-8 character");
            }
        }
        out = StringToken{text_.substr(begin, pos_ - begin), escaped};
        ++pos_; // the closing quote
        return true;
    }

    bool lex_escape()
    {
        const std::size_t start = pos_;
        ++pos_;
        if (at_end()) {
            return fail_syntax("unexpected end of input in a string");
        }
        switch (text_[pos_]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't': ++pos_; return true;
        case 'u': break;
        default: return fail_syntax("invalid escape: a backslash followed by " + found());
        }
        const auto unit = hex4(text_, pos_ + 1);
        if (!unit) {
            return fail_syntax_at(start, "invalid \\u escape: expected four hexadecimal digits");
        }
        pos_ += 5;
        // A code point above U+FFFF is two escapes, a high surrogate then a low one; a
        // surrogate alone is no character, and UTF-8 cannot hold it.
        if (*unit >= 0xDC00 && *unit <= 0xDFFF) {
            return fail_syntax_at(start, "invalid \\u escape: the low surrogate " + code_point_name(*unit) +
                                             " follows no high surrogate (U+D800 to U+DBFF)");
        }
        if (*unit >= 0xD800 && *unit <= 0xDBFF) {
            std::optional<unsigned> low;
            if (pos_ + 1 < text_.size() && text_[pos_] == '\\' && text_[pos_ + 1] == 'u') {
                low = hex4(text_, pos_ + 2);
            }
            if (!low || *low < 0xDC00 || *low > 0xDFFF) {
                return fail_syntax_at(start, "invalid \\u escape: the high surrogate " + code_point_name(*unit) +
                                                 " is not followed by a low surrogate (U+DC00 to U+DFFF)");
            }
            pos_ += 6;
        }
        return true;
    }

    // The text of a string: in place when it has no escape, else decoded into a buffer that
    // the next decoded string reuses.
    std::string_view text_of(const StringToken& token)
    {
        if (!token.escaped) {
            return token.raw;
        }
        scratch_.clear();
        unescape(token.raw, scratch_);
        return scratch_;
    }

    bool lex_number(Scalar& out)
    {
        const std::size_t begin = pos_;
        const bool negative = at('-');
        if (negative) {
            ++pos_;
        }
        if (at_end() || !is_digit(text_[pos_])) {
            return fail_expected("a digit after '-'");
        }
        std::uint64_t magnitude = 0;
        bool fits = true; // in a std::uint64_t
        if (at('0')) {
            ++pos_;
            if (!at_end() && is_digit(text_[pos_])) {
                return fail_syntax_at(begin, "a number with a leading zero");
            }
        } else {
            for (; !at_end() && is_digit(text_[pos_]); ++pos_) {
                const auto digit = static_cast<std::uint64_t>(text_[pos_] - '0');
                fits = fits && magnitude <= (std::numeric_limits<std::uint64_t>::max() - digit) / 10;
                magnitude = magnitude * 10 + digit;
            }
        }
        bool integral = true;
        if (at('.')) {
            ++pos_;
            if (at_end() || !is_digit(text_[pos_])) {
                return fail_expected("a digit after the decimal point");
            }
            while (!at_end() && is_digit(text_[pos_])) {
                ++pos_;
            }
            integral = false;
        }
        if (at('e') || at('E')) {
            ++pos_;
            if (at('+') || at('-')) {
                ++pos_;
            }
            if (at_end() || !is_digit(text_[pos_])) {
                return fail_expected("a digit in the exponent");
            }
            while (!at_end() && is_digit(text_[pos_])) {
                ++pos_;
            }
            integral = false;
        }
        out.text = text_.substr(begin, pos_ - begin);
        // As in nlohmann's reader: an integer is one that a 64-bit integer holds, any other
        // number one with a fraction or exponent.
        constexpr auto int64_limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + 1;
        if (integral && fits && !negative) {
            out.kind = JsonKind::unsigned_integer;
            out.unsigned_integer = magnitude;
        } else if (integral && fits && magnitude <= int64_limit) {
            out.kind = JsonKind::integer;
            out.integer = magnitude == int64_limit ? std::numeric_limits<std::int64_t>::min()
                                                   : -static_cast<std::int64_t>(magnitude);
        } else {
            out.kind = JsonKind::fractional_number;
            if (too_large_for_double(out.text)) {
                const bool cut = out.text.size() > 64;
                return fail_syntax_at(begin, "the number " + std::string(out.text.substr(0, 64)) + (cut ? "..." : "") +
                                                 " is too large for a double");
            }
        }
        return true;
    }

    bool lex_literal(Scalar& out)
    {
        const std::string_view rest = text_.substr(pos_);
        if (rest.starts_with("true") || rest.starts_with("false")) {
            out.kind = JsonKind::boolean;
            out.boolean = rest.front() == 't';
            pos_ += out.boolean ? 4 : 5;
            return true;
        }
        if (rest.starts_with("null")) {
            out.kind = JsonKind::null;
            pos_ += 4;
            return true;
        }
        return fail_syntax("invalid literal: expected true, false or null");
    }

    // The string, number or literal that starts here (whitespace skipped).
    bool lex_scalar(Scalar& out)
    {
        if (at('"')) {
            StringToken token;
            if (!lex_string(token)) {
                return false;
            }
            out.kind = JsonKind::string;
            out.text = text_of(token);
            return true;
        }
        if (at('-') || (!at_end() && is_digit(text_[pos_]))) {
            return lex_number(out);
        }
        if (at('t') || at('f') || at('n')) {
            return lex_literal(out);
        }
        return fail_expected("a value");
    }

    // ---- typed values ----

    // The value that starts here is not what a T needs. An object or an array is refused
    // at its first byte; a scalar once it is known to be well-formed.
    template <class T>
    bool refuse_kind()
    {
        if (at('{')) {
            return fail(mismatch_message<T>(JsonKind::object));
        }
        if (at('[')) {
            return fail(mismatch_message<T>(JsonKind::array));
        }
        Scalar token;
        if (!lex_scalar(token)) {
            return false; // not JSON: the kind cannot be named
        }
        return fail(mismatch_message<T>(token.kind));
    }

    // Reads a scalar of type T and hands it to `store`, so that a T without a default value
    // never has to be made empty first.
    template <scalar_type T, class Store>
    bool read_scalar(Store&& store)
    {
        skip_whitespace();
        if (at('{') || at('[')) {
            return refuse_kind<T>();
        }
        Scalar token;
        if (!lex_scalar(token)) {
            return false;
        }
        MaybeValue<T> value = scalar_value<T>(token);
        if (!value.has_value()) {
            return fail(std::move(value.problem()));
        }
        std::invoke(std::forward<Store>(store), std::move(value.value()));
        return true;
    }

    template <class T>
    bool read_value(T& target)
    {
        skip_whitespace();
        if constexpr (is_optional<T>) {
            static_assert(check_not_optional<T>());
            return false;
        } else if constexpr (described_struct<T>) {
            static_assert(check_struct<T>());
            return at('{') ? read_object(target) : refuse_kind<T>();
        } else if constexpr (is_vector<T>) {
            static_assert(check_not_optional<typename T::value_type>());
            return at('[') ? read_array(target) : refuse_kind<T>();
        } else {
            return read_scalar<T>([&](T&& value) { target = std::move(value); });
        }
    }

    // A struct member's value; a std::optional one is given a value only when one comes.
    template <class M>
    bool read_member_value(M& member)
    {
        if constexpr (is_optional<M>) {
            using V = typename M::value_type;
            static_assert(check_not_optional<V>());
            if constexpr (scalar_type<V>) {
                return read_scalar<V>([&](V&& value) { member = std::move(value); });
            } else {
                return read_value(member.emplace());
            }
        } else {
            return read_value(member);
        }
    }

    template <class T>
    bool read_object(T& target)
    {
        using Members = public_members<T>;
        constexpr std::size_t count = boost::mp11::mp_size<Members>::value;
        if (!open()) {
            return false;
        }
        std::bitset<count> seen;
        // The keys of members skipped with ignore_unknown_keys, which may not repeat either.
        std::set<std::string, std::less<>> unknown_keys;
        skip_whitespace();
        if (at('}')) {
            close();
        } else {
            for (bool first = true;; first = false) {
                skip_whitespace();
                if (!at('"')) {
                    return fail_expected(first ? "a key or '}'" : "a key after ','");
                }
                StringToken key;
                if (!lex_string(key)) {
                    return false;
                }
                if (!read_member(target, text_of(key), seen, unknown_keys)) {
                    return within_key(key);
                }
                skip_whitespace();
                if (at('}')) {
                    close();
                    break;
                }
                if (!at(',')) {
                    return fail_expected("',' or '}' after an object member");
                }
                ++pos_;
            }
        }
        // Required members that never came are problems at the place where they belong;
        // optional ones are empty, whatever default the member's declaration gives.
        bool complete = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<count>>([&](auto index) {
            using Member = boost::mp11::mp_at_c<Members, index>;
            using M = member_type<T, Member>;
            if (!complete || seen.test(index)) {
                return;
            }
            if constexpr (is_omissible<M>) {
                target.*Member::pointer = M{};
            } else {
                const std::string_view name = json_name<T>(Member::name);
                fail(missing_member_message(name));
                complete = within(std::string(name));
            }
        });
        return complete;
    }

    // The member of T named `key` (its text, which the next decoded string may overwrite),
    // from its colon to the end of its value.
    template <class T, class Seen>
    bool read_member(T& target, std::string_view key, Seen& seen, std::set<std::string, std::less<>>& unknown_keys)
    {
        using Members = public_members<T>;
        bool known = false;
        bool read = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<boost::mp11::mp_size<Members>::value>>([&](auto index) {
            using Member = boost::mp11::mp_at_c<Members, index>;
            if (known || key != json_name<T>(Member::name)) {
                return;
            }
            known = true;
            if (seen.test(index)) {
                read = fail("duplicate key " + quote(key));
                return;
            }
            seen.set(index);
            read = expect_colon() && read_member_value(target.*Member::pointer);
        });
        if (known) {
            return read;
        }
        if (!options_.ignore_unknown_keys) {
            return fail(unknown_member_message<T>(key));
        }
        if (!unknown_keys.emplace(key).second) {
            return fail("duplicate key " + quote(key));
        }
        return expect_colon() && skip_value();
    }

    template <class E>
    bool read_array(std::vector<E>& target)
    {
        if (!open()) {
            return false;
        }
        // The array is all the vector holds, whatever default the member's declaration gives.
        target.clear();
        skip_whitespace();
        if (at(']')) {
            close();
            return true;
        }
        for (std::size_t index = 0;; ++index) {
            bool read = false;
            if constexpr (scalar_type<E>) {
                read = read_scalar<E>([&](E&& value) { target.push_back(std::move(value)); });
            } else {
                read = read_value(target.emplace_back());
            }
            if (!read) {
                return within_index(index);
            }
            skip_whitespace();
            if (at(']')) {
                close();
                return true;
            }
            if (!at(',')) {
                return fail_expected("',' or ']' after an array element");
            }
            ++pos_;
        }
    }

    // ---- values that no type holds ----

    // Reads past one value of any kind, as strictly as a typed one: well-formed, no
    // duplicate key, no deeper than max_depth.
    bool skip_value()
    {
        skip_whitespace();
        if (at('{')) {
            return skip_object();
        }
        if (at('[')) {
            return skip_array();
        }
        Scalar ignored;
        return lex_scalar(ignored);
    }

    bool skip_object()
    {
        if (!open()) {
            return false;
        }
        std::set<std::string, std::less<>> keys;
        skip_whitespace();
        if (at('}')) {
            close();
            return true;
        }
        for (bool first = true;; first = false) {
            skip_whitespace();
            if (!at('"')) {
                return fail_expected(first ? "a key or '}'" : "a key after ','");
            }
            StringToken key;
            if (!lex_string(key)) {
                return false;
            }
            if (!keys.emplace(text_of(key)).second) {
                fail("duplicate key " + quote(text_of(key)));
                return within_key(key);
            }
            if (!expect_colon() || !skip_value()) {
                return within_key(key);
            }
            skip_whitespace();
            if (at('}')) {
                close();
                return true;
            }
            if (!at(',')) {
                return fail_expected("',' or '}' after an object member");
            }
            ++pos_;
        }
    }

    bool skip_array()
    {
        if (!open()) {
            return false;
        }
        skip_whitespace();
        if (at(']')) {
            close();
            return true;
        }
        for (std::size_t index = 0;; ++index) {
            if (!skip_value()) {
                return within_index(index);
            }
            skip_whitespace();
            if (at(']')) {
                close();
                return true;
            }
            if (!at(',')) {
                return fail_expected("',' or ']' after an array element");
            }
            ++pos_;
        }
    }

    std::string_view text_;
    ReadOptions options_;
    std::size_t pos_ = 0;
    std::size_t depth_ = 0;
    std::string scratch_; // decoded strings that had escapes
    // The failure: its message, whether it is the text that is not JSON, and the keys and
    // indices of its place from the innermost out.
    std::string message_;
    bool syntax_error_ = false;
    std::vector<std::string> tokens_;
};

// Reads `text` as one JSON document holding a T, into `out`; returns the first problem in
// the order of the text instead, and leaves `out` empty.
template <class T>
std::optional<ReadError> read_json(std::string_view text, std::optional<T>& out, const ReadOptions& options = {})
{
    return Reader(text, options).read_document(out);
}

// Checks that `text` is one JSON document that read would parse, whatever type it were read
// as: well-formed (RFC 8259), no duplicate key, no deeper than options.max_depth. Returns
// the problem otherwise, as read would report it.
inline std::optional<ReadError> check_json(std::string_view text, const ReadOptions& options = {})
{
    return Reader(text, options).check_document();
}

} // namespace communique::detail
