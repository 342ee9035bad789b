// SPDX-License-Identifier: BSL-1.0
// The root of a communique document: one JSON file holds one Dossier, with the registries
// of every record that the others refer to by id.
#pragma once

#include <communique/agreement.hpp>
#include <communique/corridor.hpp>
#include <communique/detail/text.hpp>
#include <communique/error.hpp>
#include <communique/event.hpp>
#include <communique/organization.hpp>
#include <communique/person.hpp>
#include <communique/series.hpp>
#include <communique/source.hpp>

#include <boost/describe/class.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace communique {

// The version of the document format, "2". Reading a document of another version fails
// rather than guessing at what its members mean.
class FormatVersion {
public:
    static constexpr std::string_view current = "2";

    FormatVersion() = default;

    static FormatVersion from_string(std::string_view text)
    {
        if (text != current) {
            throw InvalidValue("unsupported format version " + detail::quote(text) + ": this library reads version " +
                               std::string(current));
        }
        return {};
    }
    [[nodiscard]] std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }
    // Appends "2" to `out`, so that write puts it into a document without a string of its own.
    void append_to(std::string& out) const { out += current; }

    // The JSON Schema of the texts that from_string accepts (see json_schema.hpp).
    template <class Json>
    static Json json_schema()
    {
        return Json{{"description", "The version of the document format."}, {"type", "string"}, {"const", current}};
    }

    friend bool operator==(const FormatVersion&, const FormatVersion&) = default;
    friend std::ostream& operator<<(std::ostream& os, const FormatVersion& v) { return os << v.to_string(); }
};

struct Dossier {
    FormatVersion format_version{};
    std::vector<Source> sources{};
    std::vector<Organization> organizations{};
    std::vector<Person> people{};
    std::vector<Series> series{};
    std::vector<Event> events{};
    std::vector<Agreement> agreements{};
    std::vector<Corridor> corridors{};

    bool operator==(const Dossier&) const = default;
};
BOOST_DESCRIBE_STRUCT(Dossier, (),
                      (format_version, sources, organizations, people, series, events, agreements, corridors))

} // namespace communique
