// SPDX-License-Identifier: BSL-1.0
// ISO 4217 alphabetic currency codes ("USD", "PKR"), checked against the list that the
// library ships (detail/iso4217_table.hpp).
#pragma once

#include <communique/detail/code_table.hpp>
#include <communique/detail/iso4217_table.hpp>
#include <communique/detail/text.hpp>
#include <communique/error.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace communique {

class CurrencyCode {
public:
    explicit CurrencyCode(std::string_view code) : entry_(detail::find_code(detail::iso4217_table, code))
    {
        if (entry_ == nullptr) {
            throw InvalidValue("invalid currency code " + detail::quote(code) +
                               ": expected an ISO 4217 alphabetic code in capitals, such as USD");
        }
    }

    static CurrencyCode from_string(std::string_view code) { return CurrencyCode(code); }

    [[nodiscard]] std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }
    // Appends the code to `out`, so that write puts it into a document without a string of its own.
    void append_to(std::string& out) const { out += entry_->code; }
    [[nodiscard]] std::string_view code() const noexcept { return entry_->code; }
    // The ISO 4217 English name: "US Dollar".
    [[nodiscard]] std::string_view name() const noexcept { return entry_->name; }

    // The JSON Schema of the texts that from_string accepts (see json_schema.hpp): the table's codes.
    template <class Json>
    static Json json_schema()
    {
        Json codes = Json::array();
        for (const auto& entry : detail::iso4217_table) {
            codes.push_back(entry.code);
        }
        return Json{{"description", "An ISO 4217 alphabetic currency code, in capitals."},
                    {"type", "string"},
                    {"enum", std::move(codes)}};
    }

    friend bool operator==(const CurrencyCode& a, const CurrencyCode& b) noexcept { return a.entry_ == b.entry_; }
    friend auto operator<=>(const CurrencyCode& a, const CurrencyCode& b) noexcept { return a.code() <=> b.code(); }
    friend std::ostream& operator<<(std::ostream& os, const CurrencyCode& value) { return os << value.code(); }

private:
    const detail::Iso4217Entry* entry_;
};

} // namespace communique
