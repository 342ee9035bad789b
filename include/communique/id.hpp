// SPDX-License-Identifier: BSL-1.0
// Typed ids: a PersonId and an OrganizationId are both strings in JSON, but C++ will not
// let one stand where the other is expected. Records are cross-referenced by id; whether
// each id names a record of the dossier is for communique::validate to check.
#pragma once

#include <communique/error.hpp>
#include <communique/json_traits.hpp>

#include <compare>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace communique {

// A default-constructed id is empty: it names nothing, and write refuses it.
template <class Tag>
class Id {
public:
    Id() = default;
    explicit Id(std::string value) : value_(std::move(value)) {}
    explicit Id(std::string_view value) : value_(value) {}
    explicit Id(const char* value) : value_(value) {}

    // An id in a document is never empty: that is how write and validate tell an id that
    // was never set.
    static Id from_string(std::string_view text)
    {
        if (text.empty()) {
            throw InvalidValue("invalid id \"\": an id is a non-empty string");
        }
        return Id(text);
    }
    [[nodiscard]] std::string to_string() const
    {
        std::string out;
        append_to(out);
        return out;
    }
    // Appends the id to `out`, as it is; the writer escapes what JSON needs escaped.
    void append_to(std::string& out) const { out += value_; }
    [[nodiscard]] const std::string& value() const noexcept { return value_; }
    [[nodiscard]] bool has_value() const noexcept { return !value_.empty(); }

    // The JSON Schema of the texts that from_string accepts (see json_schema.hpp).
    template <class Json>
    static Json json_schema()
    {
        return Json{{"description", "An id: any non-empty string."}, {"type", "string"}, {"minLength", 1}};
    }

    friend bool operator==(const Id&, const Id&) = default;
    friend auto operator<=>(const Id&, const Id&) = default;
    friend std::ostream& operator<<(std::ostream& os, const Id& id) { return os << id.value_; }

private:
    std::string value_;
};

using PersonId = Id<struct person_tag>;
using OrganizationId = Id<struct organization_tag>;
using EventId = Id<struct event_tag>;
using SeriesId = Id<struct series_tag>;
using AgreementId = Id<struct agreement_tag>;
using CorridorId = Id<struct corridor_tag>;
using SourceId = Id<struct source_tag>;

// Their names in a JSON Schema, where "Id<person_tag>" would say less.
template <>
inline constexpr std::string_view json_schema_name<PersonId> = "PersonId";
template <>
inline constexpr std::string_view json_schema_name<OrganizationId> = "OrganizationId";
template <>
inline constexpr std::string_view json_schema_name<EventId> = "EventId";
template <>
inline constexpr std::string_view json_schema_name<SeriesId> = "SeriesId";
template <>
inline constexpr std::string_view json_schema_name<AgreementId> = "AgreementId";
template <>
inline constexpr std::string_view json_schema_name<CorridorId> = "CorridorId";
template <>
inline constexpr std::string_view json_schema_name<SourceId> = "SourceId";

} // namespace communique
