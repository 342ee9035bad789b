// SPDX-License-Identifier: BSL-1.0
// ISO 3166-1 alpha-2 country codes ("PK", "KZ"), checked against the officially assigned
// codes that the library ships (detail/iso3166_table.hpp).
#pragma once

#include <communique/detail/code_table.hpp>
#include <communique/detail/iso3166_table.hpp>
#include <communique/detail/text.hpp>
#include <communique/error.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace communique {

// ISO 3166 has no code for "no country", so a CountryCode has no default value: a member
// that may be unknown is a std::optional<CountryCode>.
class CountryCode {
public:
    explicit CountryCode(std::string_view code) : entry_(detail::find_code(detail::iso3166_table, code))
    {
        if (entry_ == nullptr) {
            throw InvalidValue("invalid country code " + detail::quote(code) +
                               ": expected an officially assigned ISO 3166-1 alpha-2 code in capitals, such as PK");
        }
    }

    static CountryCode from_string(std::string_view code) { return CountryCode(code); }

    [[nodiscard]] std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }
    // Appends the code to `out`, so that write puts it into a document without a string of its own.
    void append_to(std::string& out) const { out += entry_->code; }
    [[nodiscard]] std::string_view code() const noexcept { return entry_->code; }
    // The ISO 3166 English short name: "Pakistan".
    [[nodiscard]] std::string_view name() const noexcept { return entry_->name; }

    // The JSON Schema of the texts that from_string accepts (see json_schema.hpp): the table's codes.
    template <class Json>
    static Json json_schema()
    {
        Json codes = Json::array();
        for (const auto& entry : detail::iso3166_table) {
            codes.push_back(entry.code);
        }
        return Json{{"description", "An officially assigned ISO 3166-1 alpha-2 country code, in capitals."},
                    {"type", "string"},
                    {"enum", std::move(codes)}};
    }

    friend bool operator==(const CountryCode& a, const CountryCode& b) noexcept { return a.entry_ == b.entry_; }
    friend auto operator<=>(const CountryCode& a, const CountryCode& b) noexcept { return a.code() <=> b.code(); }
    friend std::ostream& operator<<(std::ostream& os, const CountryCode& value) { return os << value.code(); }

private:
    const detail::Iso3166Entry* entry_;
};

} // namespace communique
