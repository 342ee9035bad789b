// libFuzzer target: any bytes, read as a Dossier by both routes, must give the same answer.
//
// The properties checked, each ending in __builtin_trap() when broken:
//   - when communique::read accepts the text, nlohmann::json::parse + get<Dossier>() accepts
//     it too, with an equal value;
//   - read<Dossier> never accepts text with a NUL byte, which JSON text cannot hold (nlohmann
//     takes one for the end of the input);
//   - when nlohmann::json::parse accepts the text and the text has no duplicate key, nests
//     no deeper than ReadOptions{}.max_depth and has no NUL byte (what only communique::read
//     sees), both routes accept it with equal values, or both throw a ReadError (each for
//     the first problem in the order it visits the document, which need not be the same
//     one when there are several);
//   - every ReadError of read<Dossier> on text that nlohmann::json::parse accepts and that
//     has no duplicate key names a real place in the document: the offending value, or for
//     a missing member the object it is missing from; a value nested too deep is max_depth
//     levels down;
//   - an accepted value writes, reads back to itself, and writes to the same bytes again;
//   - the parser alone (detail::check_json, whatever type the text would be read as)
//     accepts exactly the texts nlohmann::json::parse accepts, but for those with a
//     duplicate key, nesting deeper than max_depth, a NUL byte or a byte order mark, which
//     only communique refuses.
// An exception of any other type escapes, for libFuzzer to report: it is a bug too.
#include <communique/communique.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace {

using communique::Dossier;
using communique::ReadError;

[[noreturn]] void violation(const char* what, const std::string& detail = {})
{
    std::fprintf(stderr, "\n*** fuzz_read_dossier: %s\n%s\n", what, detail.c_str());
    std::fflush(stderr);
    __builtin_trap();
}

std::string describe(const std::optional<ReadError>& error)
{
    return error ? "ReadError at \"" + error->path() + "\": " + error->message() : "no error";
}

// A SAX pass over text that nlohmann::json::parse accepted: does it repeat a key within
// one object, and how deep do its objects and arrays nest?
class shape_probe {
public:
    bool duplicate_key = false;
    std::size_t max_depth = 0;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(std::int64_t) { return true; }
    bool number_unsigned(std::uint64_t) { return true; }
    bool number_float(double, const std::string&) { return true; }
    bool string(std::string&) { return true; }
    bool binary(nlohmann::json::binary_t&) { return true; }
    bool start_object(std::size_t) { return open(); }
    bool start_array(std::size_t) { return open(); }
    bool key(std::string& key)
    {
        if (!keys_.back().insert(key).second) {
            duplicate_key = true;
        }
        return true;
    }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception&) { return false; }

private:
    bool open()
    {
        keys_.emplace_back();
        max_depth = std::max(max_depth, keys_.size());
        return true;
    }
    bool close()
    {
        keys_.pop_back();
        return true;
    }

    std::vector<std::set<std::string>> keys_;
};

// The value that `pointer` names in `document`, or null when it names none.
const nlohmann::json* find(const nlohmann::json& document, const nlohmann::json::json_pointer& pointer)
{
    try {
        return &document.at(pointer);
    } catch (const nlohmann::json::exception&) {
        return nullptr;
    }
}

// Checks that the error read<Dossier> gave for `document` names a place in it.
void check_error_place(const nlohmann::json& document, const ReadError& error)
{
    std::optional<nlohmann::json::json_pointer> pointer;
    try {
        pointer.emplace(error.path());
    } catch (const nlohmann::json::exception&) {
        violation("the error's path is not a JSON Pointer", describe(error));
    }
    const std::string& message = error.message();
    if (pointer->empty()) {
        return;
    }
    const std::string last = pointer->back();
    const nlohmann::json* parent = find(document, pointer->parent_pointer());
    if (message.starts_with("missing required member ")) {
        if (parent == nullptr || !parent->is_object() || parent->contains(last)) {
            violation("a missing member's path is not a member missing from an object", describe(error));
        }
        return;
    }
    const nlohmann::json* value = find(document, *pointer);
    if (value == nullptr) {
        violation("the error's path names no value of the document", describe(error));
    }
    if (message.starts_with("nesting deeper than ")) {
        std::size_t tokens = 0;
        for (auto p = *pointer; !p.empty(); p.pop_back()) {
            ++tokens;
        }
        if (!value->is_structured() || tokens != communique::ReadOptions{}.max_depth) {
            violation("a too deep value's path is not the value one level too deep", describe(error));
        }
    }
}

// Writes an accepted value and checks that the text reads back to it and is canonical.
void check_round_trip(const Dossier& value)
{
    const std::string written = communique::write(value);
    const auto reread = communique::read<Dossier>(written);
    if (!(reread == value)) {
        violation("write then read changed the value", written);
    }
    const std::string rewritten = communique::write(reread);
    if (rewritten != written) {
        violation("write is not stable", written + "\n--- then ---\n" + rewritten);
    }
    if (!(nlohmann::json::parse(written).get<Dossier>() == value)) {
        violation("the DOM route reads the written text to another value", written);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    // The streaming route.
    std::optional<Dossier> streamed;
    std::optional<ReadError> stream_error;
    try {
        streamed = communique::read<Dossier>(text);
    } catch (const ReadError& e) {
        stream_error = e;
    }

    // The DOM route. parse() throws parse_error for text that is not JSON, and out_of_range
    // (406) for a number too large for a double: both mean "the DOM failed to parse".
    std::optional<nlohmann::json> document;
    try {
        document = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error&) {
    } catch (const nlohmann::json::out_of_range& e) {
        if (e.id != 406) {
            throw;
        }
    }

    const bool has_nul = text.find('\0') != std::string_view::npos;
    if (streamed && has_nul) {
        violation("read<Dossier> accepted text with a NUL byte");
    }

    const bool parsed = !communique::detail::check_json(text).has_value();
    if (!document) {
        if (streamed) {
            violation("read<Dossier> accepted text that nlohmann::json::parse refuses");
        }
        if (parsed) {
            violation("the parser accepted text that nlohmann::json::parse refuses");
        }
        return 0;
    }

    shape_probe probe;
    nlohmann::json::sax_parse(text, &probe);
    const bool only_communique_refuses = probe.duplicate_key || probe.max_depth > communique::ReadOptions{}.max_depth ||
                                         has_nul || text.starts_with("\xEF\xBB\xBF");
    if (parsed == only_communique_refuses) {
        violation(parsed ? "the parser accepted text it must refuse" : "the parser refused text nlohmann accepts",
                  describe(communique::detail::check_json(text)));
    }

    std::optional<Dossier> from_dom;
    std::optional<ReadError> dom_error;
    try {
        from_dom = document->get<Dossier>();
    } catch (const ReadError& e) {
        dom_error = e;
    }

    if (streamed) {
        if (!from_dom) {
            violation("read<Dossier> accepted text that get<Dossier>() refuses", describe(dom_error));
        }
        if (!(*from_dom == *streamed)) {
            violation("the two routes read different values",
                      "streaming:\n" + communique::write(*streamed) + "DOM:\n" + communique::write(*from_dom));
        }
    } else {
        // nlohmann's document keeps one of each duplicated key, so a path into the copy it
        // dropped need not name anything in it: only a document without duplicates shows
        // where an error must be.
        if (!probe.duplicate_key) {
            check_error_place(*document, *stream_error);
        }
        const bool comparable =
            !probe.duplicate_key && probe.max_depth <= communique::ReadOptions{}.max_depth && !has_nul;
        if (comparable) {
            if (from_dom) {
                violation("get<Dossier>() accepted text that read<Dossier> refuses", describe(stream_error));
            }
        }
    }

    if (streamed) {
        check_round_trip(*streamed);
    } else if (from_dom) {
        check_round_trip(*from_dom);
    }
    return 0;
}
