// Each kind of bad input, read as a Dossier, and exactly what the reader throws, then each
// kind of value that write refuses: the program behind docs/errors.md. The tests run it
// and compare what it prints with docs/examples/bad_input.txt, so the page quotes real
// messages.
#include <communique/communique.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

namespace {

using communique::Dossier;
using communique::ReadOptions;

// Text as the page shows it: valid UTF-8 as it is, but control characters and bytes that
// are not UTF-8 as \xNN; and cut short, with its length, when longer than `limit` bytes.
std::string shown(std::string_view text, std::size_t limit = 240)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size() && i < limit) {
        const auto byte = static_cast<unsigned char>(text[i]);
        // The length of the multi-byte character starting here, else 1.
        std::size_t length = 1;
        if (byte >= 0xC2 && byte <= 0xF4) {
            length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
            for (std::size_t k = 1; k < length; ++k) {
                if (i + k >= text.size() || (static_cast<unsigned char>(text[i + k]) & 0xC0U) != 0x80U) {
                    length = 1;
                }
            }
        }
        if (length > 1) {
            out += text.substr(i, length);
        } else if (byte < 0x20 || byte >= 0x7F) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned>(byte));
            out += escaped;
        } else {
            out += text[i];
        }
        i += length;
    }
    if (i < text.size()) {
        out += "... (" + std::to_string(text.size()) + " bytes)";
    }
    return out;
}

// A message as the page shows it: nlohmann quotes the bytes it stopped at, which may not
// be UTF-8.
std::string shown_message(std::string_view message)
{
    return shown(message, message.size());
}

// Reads `text` with communique::read and prints what happens.
void show(std::string_view title, std::string_view text, const ReadOptions& options = {})
{
    std::cout << "== " << title << "\n";
    std::cout << "input:     " << shown(text) << "\n";
    try {
        const auto dossier = communique::read<Dossier>(text, options);
        std::cout << "result:    accepted, " << dossier.people.size() << " people, " << dossier.events.size()
                  << " events\n";
    } catch (const communique::ReadError& e) {
        std::cout << "throws:    communique::ReadError\n";
        std::cout << "path():    \"" << e.path() << "\"\n";
        std::cout << "message(): " << shown_message(e.message()) << "\n";
    }
    std::cout << "\n";
}

// Reads `text` the nlohmann way, nlohmann::json::parse then get<Dossier>(), and prints
// what happens.
void show_dom(std::string_view title, std::string_view text)
{
    std::cout << "== " << title << " (nlohmann::json::parse + get<Dossier>())\n";
    std::cout << "input:     " << shown(text) << "\n";
    try {
        const auto dossier = nlohmann::json::parse(text).get<Dossier>();
        std::cout << "result:    accepted, " << dossier.people.size() << " people";
        if (!dossier.people.empty()) {
            std::cout << ", the first named \"" << display_name(dossier.people.front()) << "\"";
        }
        std::cout << "\n";
    } catch (const communique::ReadError& e) {
        std::cout << "throws:    communique::ReadError\n";
        std::cout << "path():    \"" << e.path() << "\"\n";
        std::cout << "message(): " << shown_message(e.message()) << "\n";
    } catch (const nlohmann::json::parse_error& e) {
        std::cout << "throws:    nlohmann::json::parse_error\n";
        std::cout << "what():    " << shown_message(e.what()) << "\n";
    } catch (const nlohmann::json::out_of_range& e) {
        std::cout << "throws:    nlohmann::json::out_of_range\n";
        std::cout << "what():    " << shown_message(e.what()) << "\n";
    }
    std::cout << "\n";
}

// A dossier whose one event has `members` besides the required ones.
std::string event(std::string_view members)
{
    return R"({"format_version": "2", "events": [{"id": "e1", "title": "T", "kind": "seminar", )" +
           std::string(members) + "}]}";
}

// A dossier whose one corridor quotes a figure with `members`.
std::string figure(std::string_view members)
{
    return R"({"format_version": "2", "corridors": [{"id": "k1", "name": "K", "figures": [{"measure": "cost", )" +
           std::string(members) + "}]}]}";
}

// `depth` arrays, one inside the other, as the value of an unknown member.
std::string nested(std::size_t depth)
{
    return R"({"format_version": "2", "x": )" + std::string(depth, '[') + std::string(depth, ']') + "}";
}

// Writes `dossier` with communique::write and prints what happens.
void show_write(std::string_view title, const Dossier& dossier)
{
    std::cout << "== " << title << " (communique::write)\n";
    try {
        const std::string text = communique::write(dossier);
        std::cout << "result:    written, " << text.size() << " bytes\n";
    } catch (const communique::WriteError& e) {
        std::cout << "throws:    communique::WriteError\n";
        std::cout << "path():    \"" << e.path() << "\"\n";
        std::cout << "message(): " << shown_message(e.message()) << "\n";
    }
    std::cout << "\n";
}

// A dossier of one event, with its id and title but its kind never set.
Dossier event_without_kind()
{
    communique::Event event;
    event.id = communique::EventId("e1");
    event.title = "T";
    Dossier dossier;
    dossier.events = {event};
    return dossier;
}

// A dossier of one person whose id was never set.
Dossier person_without_id()
{
    communique::Person person;
    person.name = "A";
    Dossier dossier;
    dossier.people = {person};
    return dossier;
}

// A dossier whose one event has a start date that holds no date: a default Date.
Dossier event_with_unset_date()
{
    Dossier dossier = event_without_kind();
    dossier.events.front().kind = communique::EventKind::seminar;
    dossier.events.front().start_date = communique::Date();
    return dossier;
}

} // namespace

int main()
{
    std::cout << "# Generated by docs/examples/bad_input.cpp; docs/errors.md quotes it.\n\n";

    // Malformed JSON, and the empty input.
    show("malformed JSON: a comma before the closing brace", R"({"format_version": "2",})");
    show("malformed JSON: the text ends early", R"({"format_version": "2", "people": [)");
    show("malformed JSON: text after the document", R"({"format_version": "2"} {})");
    show("malformed JSON: a number too large for a double", R"({"format_version": 1e400})");
    show("malformed JSON: a raw line break in a string",
         "{\"format_version\": \"2\", \"people\": [{\"id\": \"p1\",\n  \"name\": \"A\nB\"}]}");
    const std::string nul_after = std::string(R"({"format_version": "2"})") + '\0' + R"(, "format_version": "3")";
    show("malformed JSON: a NUL byte after the document", nul_after);
    show("empty input", "");
    show("only whitespace", " \n");

    // The top level must be an object.
    show("wrong top-level kind: an array", "[]");
    show("wrong top-level kind: a string", R"("dossier")");
    show("wrong top-level kind: null", "null");

    // Wrong kinds of value, and null.
    show("wrong type: a number for a string", R"({"format_version": 2})");
    show("wrong type: an object for an array", R"({"format_version": "2", "people": {}})");
    show("wrong type: a string for an object", event(R"("venue": "Islamabad")"));
    show("wrong type: a string for an integer", event(R"("sessions": [{"kind": "panel", "number": "1"}])"));
    show("null for an array", R"({"format_version": "2", "events": null})");
    show("null for an optional string",
         R"({"format_version": "2", "people": [{"id": "p1", "name": "A", "honorific": null}]})");

    // Members missing or unknown.
    show("missing required member", "{}");
    show("missing required member in a record", R"({"format_version": "2", "events": [{"id": "e1", "title": "T"}]})");
    show("unknown member", R"({"format_version": "2", "peeple": []})");
    show("unknown member with ignore_unknown_keys = true", R"({"format_version": "2", "peeple": []})",
         {.ignore_unknown_keys = true});

    // What only communique::read sees in the text itself.
    show("duplicate key", R"({"format_version": "2", "people": [{"id": "p1", "name": "A", "name": "B"}]})");
    show("nesting deeper than max_depth (128), in a member skipped with ignore_unknown_keys = true", nested(200),
         {.ignore_unknown_keys = true});
    show("nesting deeper than max_depth = 4",
         R"({"format_version": "2", "events": [{"sessions": [{"speakers": [{}]}]}]})", {.max_depth = 4});

    // Integers.
    show("integer out of range", event(R"("sessions": [{"kind": "panel", "number": -1}])"));
    show("integer too large", event(R"("sessions": [{"kind": "panel", "number": 4294967296}])"));
    show("integer with a fraction", event(R"("sessions": [{"kind": "panel", "number": 1.0}])"));
    show("integer with an exponent", event(R"("sessions": [{"kind": "panel", "number": 1e2}])"));

    // Enumerations.
    show("invalid enum string", event(R"("attendance": "virtual")"));
    show("enum string in the wrong case", event(R"("status": "Held")"));

    // Dates, date-times and offsets.
    show("invalid date: no such day", event(R"("start_date": "2026-02-30")"));
    show("invalid date: not zero-padded", event(R"("start_date": "2026-2-12")"));
    show("invalid date-time: no offset", event(R"("sessions": [{"kind": "panel", "start": "2026-02-12T10:00:00"}])"));
    show("invalid date-time: no such time",
         event(R"("sessions": [{"kind": "panel", "start": "2026-02-12T24:00:00Z"}])"));
    show("invalid date-time: offset beyond 18 hours",
         event(R"("sessions": [{"kind": "panel", "start": "2026-02-12T10:00:00+19:00"}])"));
    show("invalid date-time: -00:00",
         event(R"("sessions": [{"kind": "panel", "start": "2026-02-12T10:00:00-00:00"}])"));

    // Country and currency codes.
    show("country code not assigned", event(R"("participant_countries": ["PK", "XX"])"));
    show("country code in lower case", event(R"("participant_countries": ["pk"])"));
    show("currency code not in ISO 4217", figure(R"("amount": {"value": "10"}, "currency": "ZZZ")"));
    show("currency code in lower case", figure(R"("amount": {"value": "10"}, "currency": "usd")"));

    // Decimals: amounts and quantities are strings.
    show("amount as a JSON number", figure(R"("amount": {"value": 1700000000}, "currency": "USD")"));
    show("amount as a JSON number with a fraction", figure(R"("amount": {"value": 12.5}, "currency": "USD")"));
    show("decimal with an exponent", figure(R"("amount": {"value": "1.7e9"}, "currency": "USD")"));
    show("decimal with a leading zero", figure(R"("amount": {"min": "007", "max": "10"}, "unit": "count")"));
    show("decimal with more than 18 digits", figure(R"("amount": {"value": "1000000000000000000"}, "unit": "count")"));
    show("decimal negative zero", figure(R"("amount": {"value": "-0.0"}, "unit": "percent")"));

    // The format version.
    show("unsupported format_version", R"({"format_version": "3"})");

    // Invalid UTF-8: "\xC3" starts a two-byte character that "(" does not continue.
    show("invalid UTF-8", "{\"format_version\": \"2\", \"people\": [{\"id\": \"p\xC3(\", \"name\": \"A\"}]}");

    // Huge values are quoted only in part: at most 64 bytes, then "...".
    show("huge string", R"({"format_version": ")" + std::string(100000, '9') + R"("})");
    std::string accents = "x";
    for (int i = 0; i < 5000; ++i) {
        accents += "\xC3\xA9"; // "é", two bytes: the cut falls between characters, not inside one
    }
    show("huge string of multi-byte characters", event(R"("start_date": ")" + accents + R"(")"));

    // Several problems: the one reported is the first in the order of the text.
    show("several problems",
         R"({"people": [{"name": 1}], "format_version": "3", "events": [{"title": "E", "id": 5}]})");
    show("several problems, the first one fixed",
         R"({"people": [{"name": "A"}], "format_version": "3", "events": [{"title": "E", "id": 5}]})");
    show("several problems, the first two fixed",
         R"({"people": [{"id": "p1", "name": "A"}], "format_version": "3", "events": [{"title": "E", "id": 5}]})");
    show("several problems, the first three fixed",
         R"({"people": [{"id": "p1", "name": "A"}], "format_version": "2", "events": [{"title": "E", "id": 5}]})");

    // How the nlohmann route differs.
    show_dom("malformed JSON", R"({"format_version": "2",})");
    show_dom("empty input", "");
    show_dom("a number too large for a double", R"({"format_version": "2", "x": 1e400})");
    show_dom("a NUL byte after the document", nul_after);
    show_dom("duplicate key", R"({"format_version": "2", "people": [{"id": "p1", "name": "A", "name": "B"}]})");
    show_dom("nesting deeper than 128", nested(200));
    show_dom("wrong type", R"({"format_version": 2})");

    // Writing: what was never set is not written.
    show_write("an enum member never set", event_without_kind());
    show_write("an id never set", person_without_id());
    show_write("a date never set", event_with_unset_date());
    return 0;
}
