// SPDX-License-Identifier: BSL-1.0
// Reading and writing whole documents: communique::read<T>(text), which throws on bad
// input, communique::try_read<T>(text), which returns the problem instead, and
// communique::write(value).
#pragma once

#include <communique/detail/reader.hpp>
#include <communique/detail/writer.hpp>
#include <communique/error.hpp>
#include <communique/read_options.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace communique {

// What try_read gives: the value read, or the ReadError that read would have thrown.
template <class T>
class ReadResult {
public:
    ReadResult(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    ReadResult(ReadError error) : state_(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    // The value; throws the ReadError when there is none.
    [[nodiscard]] T& value() &
    {
        throw_if_error();
        return std::get<0>(state_);
    }
    [[nodiscard]] const T& value() const&
    {
        throw_if_error();
        return std::get<0>(state_);
    }
    [[nodiscard]] T&& value() &&
    {
        throw_if_error();
        return std::get<0>(std::move(state_));
    }

    // The problem; throws std::bad_variant_access when there is a value.
    [[nodiscard]] const ReadError& error() const { return std::get<1>(state_); }

private:
    void throw_if_error() const
    {
        if (!has_value()) {
            throw std::get<1>(state_);
        }
    }

    std::variant<T, ReadError> state_;
};

// Parses `text` as one JSON document holding a T. Throws ReadError, with the JSON Pointer
// of the offending value, for text that is not JSON or does not hold a valid T.
//
// The text is read in one pass, straight into the typed value, with no intermediate
// document (see detail/reader.hpp), and the first problem in the order of the text is the
// one reported. A duplicate key and nesting deeper than options.max_depth are errors too.
// Reading a value with nlohmann::json::parse and get<T>() gives the same value, or for a
// document with one problem the same error, but for those two checks.
template <class T>
T read(std::string_view text, const ReadOptions& options = {})
{
    std::optional<T> value;
    if (auto error = detail::read_json<T>(text, value, options)) {
        throw std::move(*error);
    }
    return std::move(*value);
}

// read without throwing: the same value, or the same ReadError returned. Bad input throws
// nothing on the way, but for the InvalidValue that a vocabulary type's from_string
// throws and the reader catches; running out of memory still throws std::bad_alloc.
template <class T>
ReadResult<T> try_read(std::string_view text, const ReadOptions& options = {})
{
    std::optional<T> value;
    if (auto error = detail::read_json<T>(text, value, options)) {
        return ReadResult<T>(std::move(*error));
    }
    return ReadResult<T>(std::move(*value));
}

// How write lays out its text. Either way the text holds the same document.
struct WriteOptions {
    // true: one member or element a line, two spaces a level, `"key": value`, and a final
    // newline, as nlohmann's dump(2) lays a document out. false: no whitespace at all and no
    // final newline, as nlohmann's dump(), for a document on one line of a larger text
    // (JSON Lines, a message) that says itself where the line ends.
    bool indent = true;
};

// The canonical JSON text of `value`: members in declaration order, empty optionals and
// vectors left out. The same value always gives the same bytes. Throws WriteError, with the
// JSON Pointer the value would have had, for a value that was never set, an enum value that
// is no enumerator and a string that is not UTF-8 (see detail/writer.hpp).
template <class T>
std::string write(const T& value, const WriteOptions& options = {})
{
    std::string out;
    detail::append_json(out, value, options.indent);
    if (options.indent) {
        out += '\n';
    }
    return out;
}

// With COMMUNIQUE_SEPARATE_COMPILATION defined for a whole program, reading and writing a
// Dossier are compiled once, in the one source file that includes <communique/src.hpp>,
// rather than in every file that calls them; a file that only calls them then compiles in a
// fraction of the time. The CMake target communique::separate does both (docs/performance.md).
#ifdef COMMUNIQUE_SEPARATE_COMPILATION
struct Dossier;
extern template Dossier read<Dossier>(std::string_view, const ReadOptions&);
extern template ReadResult<Dossier> try_read<Dossier>(std::string_view, const ReadOptions&);
extern template std::string write<Dossier>(const Dossier&, const WriteOptions&);
#endif

} // namespace communique
