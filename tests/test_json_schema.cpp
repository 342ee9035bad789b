// The JSON Schema that json_schema<T>() generates: the committed schema/dossier.schema.json
// is the one the library makes (regenerate it with COMMUNIQUE_UPDATE_GOLDEN=1, as for the
// reports' golden files), the schema of every record says what read requires, a user's own
// types get theirs with no code, and each vocabulary type's pattern or list accepts exactly
// what its from_string accepts. The independent validators run in the interop tier
// (schema_validators.py).
#include <communique/communique.hpp>
#include <communique/json_schema.hpp>

#include "golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// ---- a user's own types ----

namespace studio {

enum class Medium { oil = 1, watercolour, ink_ };
BOOST_DESCRIBE_ENUM(Medium, oil, watercolour, ink_)

// A vocabulary type of the user's: "#rrggbb", with its schema next to its from_string.
class Colour {
public:
    static Colour from_string(std::string_view text)
    {
        const bool ok = text.size() == 7 && text[0] == '#' &&
                        text.substr(1).find_first_not_of("0123456789abcdef") == std::string_view::npos;
        if (!ok) {
            throw communique::InvalidValue("invalid colour");
        }
        Colour colour;
        colour.text_ = std::string(text);
        return colour;
    }
    [[nodiscard]] std::string to_string() const { return text_; }

    template <class Json>
    static Json json_schema()
    {
        return Json{{"type", "string"}, {"pattern", "^#[0-9a-f]{6}$(?!\\n)"}};
    }

    bool operator==(const Colour&) const = default;

private:
    std::string text_;
};

template <class T>
struct Box {
    T content{};
    std::string label{};
    bool operator==(const Box&) const = default;
};
BOOST_DESCRIBE_STRUCT(Box<int>, (), (content, label))

struct Painting {
    std::string title{};
    Medium medium{};
    std::int16_t year = 0;
    bool signed_ = false;
    Colour ground{};
    std::optional<communique::Date> finished{};
    std::vector<std::string> owners{};
    std::vector<Box<int>> boxes{};
    std::optional<communique::PersonId> painter{};
    bool operator==(const Painting&) const = default;
};
BOOST_DESCRIBE_STRUCT(Painting, (), (title, medium, year, signed_, ground, finished, owners, boxes, painter))

} // namespace studio

template <>
inline constexpr bool communique::json_string_form<studio::Colour> = true;

// Two types that would both be "Note" in a schema, and a name that tells one from the other.
namespace desk_a {
struct Note {
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(Note, (), (text))
} // namespace desk_a
namespace desk_b {
struct Note {
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(Note, (), (text))
struct Pair {
    desk_a::Note first{};
    Note second{};
};
BOOST_DESCRIBE_STRUCT(Pair, (), (first, second))
struct Memo {
    std::string text{};
};
BOOST_DESCRIBE_STRUCT(Memo, (), (text))
struct MemoPair {
    desk_a::Note first{};
    Memo second{};
};
BOOST_DESCRIBE_STRUCT(MemoPair, (), (first, second))
} // namespace desk_b
template <>
inline constexpr std::string_view communique::json_schema_name<desk_b::Memo> = "Note";

namespace {

using Json = nlohmann::ordered_json;

const Json& dossier_schema()
{
    static const Json schema = communique::json_schema<communique::Dossier>();
    return schema;
}

const Json& definition(const std::string& name)
{
    return dossier_schema().at("$defs").at(name);
}

std::vector<std::string> property_names(const Json& object_schema)
{
    std::vector<std::string> names;
    for (const auto& [name, _] : object_schema.at("properties").items()) {
        names.push_back(name);
    }
    return names;
}

template <class T>
bool accepts(const std::string& text)
{
    try {
        (void)T::from_string(text);
        return true;
    } catch (const communique::InvalidValue&) {
        return false;
    }
}

// Fails for every text where the pattern of T's schema and T::from_string disagree.
template <class T>
void check_pattern_against_from_string(const std::vector<std::string>& texts)
{
    const std::regex pattern(T::template json_schema<Json>().at("pattern").template get<std::string>(),
                             std::regex::ECMAScript);
    std::size_t accepted = 0;
    for (const std::string& text : texts) {
        const bool matches = std::regex_search(text, pattern);
        INFO(Json(text).dump());
        CHECK(matches == accepts<T>(text));
        accepted += matches ? 1 : 0;
    }
    // Both answers occur, or the texts prove little.
    CHECK(accepted > 0);
    CHECK(accepted < texts.size());
}

// `text` with one character changed, removed or added at each place, in every way `alphabet` allows.
std::vector<std::string> near_misses(const std::string& text, std::string_view alphabet)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            out.push_back(text.substr(0, i) + text.substr(i + 1));
        }
        for (const char c : alphabet) {
            out.push_back(text.substr(0, i) + c + text.substr(i));
            if (i < text.size()) {
                std::string changed = text;
                changed[i] = c;
                out.push_back(changed);
            }
        }
    }
    return out;
}

std::string padded(unsigned value, std::size_t width)
{
    std::string digits = std::to_string(value);
    return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
}

const std::vector<std::string> sample_years{"0000", "0001", "0004", "0100", "0400", "1600", "1700", "1800", "1900",
                                            "2000", "2023", "2024", "2026", "2100", "2400", "9996", "9999"};

} // namespace

TEST_CASE("the committed schema/dossier.schema.json is the schema the library generates")
{
    // The same bytes under g++ and clang++: tools/test.sh runs this test with both.
    const std::filesystem::path path = std::filesystem::path(COMMUNIQUE_SOURCE_DIR) / "schema" / "dossier.schema.json";
    const std::string generated = communique::json_schema<communique::Dossier>().dump(2) + "\n";
    // Regenerate with: COMMUNIQUE_UPDATE_GOLDEN=1 ./build/tests/test_json_schema
    CHECK(golden_text(path, generated) == generated);
}

TEST_CASE("the schema document names its dialect, its id and its root")
{
    // The example of docs/json-schema.md.
    nlohmann::ordered_json schema = communique::json_schema<communique::Dossier>();
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["$id"] == "urn:communique:schema:2:Dossier");
    CHECK(schema["$ref"] == "#/$defs/Dossier");
    std::vector<std::string> names;
    for (const auto& [name, _] : schema["$defs"].items()) {
        names.push_back(name);
    }
    CHECK(std::is_sorted(names.begin(), names.end()));
    for (const char* name : {"Dossier", "Event", "EventKind", "Date", "DateTime", "Decimal", "CountryCode",
                             "CurrencyCode", "FormatVersion", "PersonId", "EventId", "Amount"}) {
        CHECK(schema["$defs"].contains(name));
    }
    CHECK_FALSE(schema["$defs"].contains("Problem")); // validate's, not the document's
}

TEST_CASE("a record's schema: members in declaration order, required exactly when read requires them")
{
    const Json& dossier = definition("Dossier");
    CHECK(dossier["type"] == "object");
    CHECK(dossier["additionalProperties"] == false);
    CHECK(property_names(dossier) == std::vector<std::string>{"format_version", "sources", "organizations", "people",
                                                              "series", "events", "agreements", "corridors"});
    CHECK(dossier["required"] == Json{"format_version"});
    CHECK(dossier["properties"]["events"] == Json{{"type", "array"}, {"items", {{"$ref", "#/$defs/Event"}}}});

    const Json& event = definition("Event");
    CHECK(event["required"] == Json{"id", "title", "kind"});
    CHECK(event["properties"]["start_date"] == Json{{"$ref", "#/$defs/Date"}});
    CHECK(event["properties"]["edition"] ==
          Json{{"type", "integer"}, {"minimum", 0}, {"maximum", std::numeric_limits<std::uint32_t>::max()}});
    CHECK(definition("Organizer")["required"] == Json{"organization", "role"});
    CHECK_FALSE(definition("Party").contains("required")); // every member may be left out

    // Every record, generically: what read says of each member left out is what the schema says.
    boost::mp11::mp_for_each<boost::mp11::mp_transform<boost::mp11::mp_identity, communique::JsonSchemaRecords>>(
        [](auto type) {
            using T = typename decltype(type)::type;
            const Json schema = communique::json_schema<T>();
            const std::string name = schema["$ref"].get<std::string>().substr(8);
            const Json& record = schema["$defs"][name];
            const Json required = record.value("required", Json::array());
            boost::mp11::mp_for_each<communique::detail::public_members<T>>([&](auto member) {
                using M = communique::detail::member_type<T, decltype(member)>;
                const std::string key(communique::detail::json_name<T>(member.name));
                INFO(name << '.' << key);
                CHECK(record["properties"].contains(key));
                const bool listed = std::find(required.begin(), required.end(), key) != required.end();
                CHECK(listed == !communique::detail::is_omissible<M>);
            });
            CHECK(record["properties"].size() == boost::mp11::mp_size<communique::detail::public_members<T>>::value);
        });
}

TEST_CASE("an enum's schema lists its JSON names, in order")
{
    CHECK(definition("AgreementStatus")["type"] == "string");
    const Json names = definition("AgreementStatus")["enum"];
    CHECK(std::find(names.begin(), names.end(), "signed") != names.end()); // AgreementStatus::signed_
    CHECK(std::find(names.begin(), names.end(), "signed_") == names.end());
    CHECK(definition("EventKind")["enum"].front() == "conference");
    CHECK(definition("EventKind")["enum"].size() ==
          boost::mp11::mp_size<boost::describe::describe_enumerators<communique::EventKind>>::value);
}

TEST_CASE("a user's own described types get their schema with no code")
{
    const Json schema = communique::json_schema<studio::Painting>();
    CHECK(schema["$ref"] == "#/$defs/Painting");
    CHECK(schema["$id"] == "urn:communique:schema:2:Painting");
    const Json& painting = schema["$defs"]["Painting"];
    CHECK(painting["required"] == Json{"title", "medium", "year", "signed", "ground"});
    CHECK(painting["properties"]["year"] == Json{{"type", "integer"}, {"minimum", -32768}, {"maximum", 32767}});
    CHECK(painting["properties"]["signed"] == Json{{"type", "boolean"}});
    CHECK(painting["properties"]["owners"] == Json{{"type", "array"}, {"items", {{"type", "string"}}}});
    CHECK(painting["properties"]["finished"] == Json{{"$ref", "#/$defs/Date"}});
    CHECK(painting["properties"]["painter"] == Json{{"$ref", "#/$defs/PersonId"}});
    CHECK(schema["$defs"]["Medium"] == Json{{"type", "string"}, {"enum", {"oil", "watercolour", "ink"}}});
    CHECK(schema["$defs"]["Colour"] == studio::Colour::json_schema<Json>());
    CHECK(schema["$defs"]["Date"] == communique::Date::json_schema<Json>());

    // A class template's name keeps its arguments, without namespaces, and the "$ref" encodes it.
    CHECK(painting["properties"]["boxes"]["items"] == Json{{"$ref", "#/$defs/Box%3Cint%3E"}});
    CHECK(schema["$defs"]["Box<int>"]["required"] == Json{"content", "label"});
    CHECK(schema["$defs"].size() == 6);
}

TEST_CASE("two types with one schema name are refused; json_schema_name tells them apart")
{
    CHECK_THROWS_WITH(communique::json_schema<desk_b::Pair>(),
                      Catch::Contains("two types have the JSON Schema name \"Note\""));
    CHECK_THROWS_WITH(communique::json_schema<desk_b::MemoPair>(),
                      Catch::Contains("specialise communique::json_schema_name"));
    CHECK(communique::json_schema<desk_b::Memo>()["$ref"] == "#/$defs/Note");
    CHECK(communique::detail::definition_ref("a/b~c d") == "#/$defs/a~1b~0c%20d");
}

TEST_CASE("json_schema_by_name gives the schema of a record of the model by its name")
{
    const std::vector<std::string> names = communique::json_schema_names();
    REQUIRE(names.size() == boost::mp11::mp_size<communique::JsonSchemaRecords>::value);
    CHECK(names.front() == "Dossier");
    CHECK(std::find(names.begin(), names.end(), "Event") != names.end());
    for (const std::string& name : names) {
        const auto schema = communique::json_schema_by_name(name);
        REQUIRE(schema);
        CHECK((*schema)["$ref"] == "#/$defs/" + name);
    }
    CHECK(communique::json_schema_by_name("Dossier") == dossier_schema());
    CHECK(communique::json_schema_by_name("Event") == communique::json_schema<communique::Event>());
    CHECK_FALSE(communique::json_schema_by_name("event"));
    CHECK_FALSE(communique::json_schema_by_name("Date"));
    CHECK_FALSE(communique::json_schema_by_name(""));
}

TEST_CASE("the Date pattern accepts exactly what Date::from_string accepts, calendar included")
{
    std::vector<std::string> texts;
    for (unsigned year = 0; year <= 9999; ++year) {
        texts.push_back(padded(year, 4));
        texts.push_back(padded(year, 4) + "-02-29");
    }
    for (const std::string& year : sample_years) {
        for (unsigned month = 0; month <= 13; ++month) {
            texts.push_back(year + "-" + padded(month, 2));
            for (unsigned day = 0; day <= 32; ++day) {
                texts.push_back(year + "-" + padded(month, 2) + "-" + padded(day, 2));
            }
        }
    }
    for (const char* good : {"2026", "2026-02", "2024-02-29"}) {
        for (std::string& text : near_misses(good, "09-T: \n")) {
            texts.push_back(std::move(text));
        }
    }
    for (const char* text : {"", "2026\n", "\n2026", "10000", "+2026", "-2026", "2026-02-12T10:00:00Z",
                             "\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6" /* Arabic-Indic digits */}) {
        texts.emplace_back(text);
    }
    check_pattern_against_from_string<communique::Date>(texts);
}

TEST_CASE("the DateTime pattern accepts exactly what DateTime::from_string accepts")
{
    std::vector<std::string> texts;
    const std::vector<std::string> days{"2026-02-12", "2024-02-29", "2025-02-29", "2026-04-31", "0000-01-01",
                                        "9999-12-31", "2026-13-01", "2026-02",    "2026"};
    const std::vector<std::string> times{"00:00:00", "23:59:59", "24:00:00", "12:60:00",
                                         "12:00:60", "9:00:00",  "12:00"};
    const std::vector<std::string> offsets{"Z",      "z",      "+00:00", "-00:00", "+18:00", "-18:00",
                                           "+18:01", "-18:30", "+17:59", "+05:30", "+05:60", "-03:30",
                                           "+99:00", "+0530",  "",       "+5:30",  "Z\n",    "+05:30\n"};
    for (const std::string& day : days) {
        for (const std::string& time : times) {
            for (const std::string& offset : offsets) {
                texts.push_back(day + "T" + time + offset);
            }
        }
    }
    for (std::string& text : near_misses("2026-02-12T10:00:00+05:00", "019-+:TZ ")) {
        texts.push_back(std::move(text));
    }
    check_pattern_against_from_string<communique::DateTime>(texts);
}

TEST_CASE("the Decimal pattern accepts exactly what Decimal::from_string accepts")
{
    std::vector<std::string> texts;
    // Every shape near the limits: up to 20 digits before the point and 20 after, led by 0 or not.
    for (std::size_t whole = 0; whole <= 20; ++whole) {
        for (std::size_t fraction = 0; fraction <= 20; ++fraction) {
            for (const std::string_view lead : {"0", "1", "00"}) {
                for (const std::string_view sign : {"", "-", "+"}) {
                    for (const char last : {'0', '7'}) {
                        std::string text(sign);
                        if (whole > 0) {
                            text += std::string(lead) + std::string(whole - 1, '9');
                        }
                        if (fraction > 0) {
                            text += "." + std::string(fraction - 1, '0') + last;
                        }
                        texts.push_back(text);
                        texts.push_back(text + ".");
                    }
                }
            }
        }
    }
    std::mt19937 random(2026);
    const std::string alphabet = "0000123456789.-+e ";
    for (int i = 0; i < 3000; ++i) {
        std::string text(random() % 12 + 1, ' ');
        for (char& c : text) {
            c = alphabet[random() % alphabet.size()];
        }
        texts.push_back(text);
    }
    for (const char* text : {"", "-", ".", "1.5\n", "NaN", "0x10", "1,5", "-0.000000000000000001",
                             "-0.0000000000000000001", "999999999999999999", "1000000000000000000"}) {
        texts.emplace_back(text);
    }
    check_pattern_against_from_string<communique::Decimal>(texts);
}

TEST_CASE("the code lists are exactly the tables the codes are checked against")
{
    const Json countries = definition("CountryCode")["enum"];
    CHECK(countries.size() == communique::detail::iso3166_table.size());
    for (const Json& code : countries) {
        CHECK(accepts<communique::CountryCode>(code.get<std::string>()));
    }
    const Json currencies = definition("CurrencyCode")["enum"];
    CHECK(currencies.size() == communique::detail::iso4217_table.size());
    for (const Json& code : currencies) {
        CHECK(accepts<communique::CurrencyCode>(code.get<std::string>()));
    }
    CHECK_FALSE(accepts<communique::CountryCode>("pk"));
    CHECK(std::find(countries.begin(), countries.end(), "pk") == countries.end());

    CHECK(definition("PersonId") ==
          Json{{"description", "An id: any non-empty string."}, {"type", "string"}, {"minLength", 1}});
    CHECK_FALSE(accepts<communique::PersonId>(""));
    CHECK(definition("FormatVersion")["const"] == "2");
}
