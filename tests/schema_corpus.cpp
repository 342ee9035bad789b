// Makes the corpus on which the schema tests run independent JSON Schema validators: good
// dossiers, and dossiers with one defect each, every one checked against communique::read.
//
//     schema_corpus <output folder> <count> <dossier.json>...
//
// Each given file that read<Dossier> accepts is a good document and a seed; one that read
// refuses but that is JSON is a bad document (a file that is not JSON at all is no
// validator's business, and is left out). From the seeds, guided by the schema of Dossier,
// come variants:
//   - a defect that read refuses and the schema must refuse: a required member left out,
//     an unknown member, a value of the wrong kind or null, a name that is no enumerator or
//     code, a malformed date, date-time, decimal or format version, an empty id, an integer
//     out of range or with a fraction;
//   - a change that read accepts and the schema must accept: a member that may be left out
//     left out, an empty array, another good value of a vocabulary type;
//   - a defect that read refuses but no JSON Schema can see (a duplicate key, an unpaired
//     UTF-16 surrogate, 2.0 for an integer), which docs/json-schema.md lists: the validators
//     must accept it, which shows what only read checks.
// The program fails when read disagrees with what a variant is said to be: the schema's
// "required", "enum" and patterns are thereby checked against read in both directions.
//
// Variants are grouped by what they change and where in the schema (a required member of
// Event, a malformed Date, ...), and taken one from each group in turn, from the smallest
// seed first, until <count> are taken, so that every group is in the corpus when <count>
// allows. The output folder gets the documents, docs/NNNN.json, and manifest.json: one
// entry per document, {"file", "expect": "valid" | "invalid" | "read only", "what"}.
#include <communique/json_schema.hpp>
#include <communique/read.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Json = nlohmann::ordered_json;

enum class Expect { valid, invalid, read_only };

const char* expect_name(Expect expect)
{
    switch (expect) {
    case Expect::valid: return "valid";
    case Expect::invalid: return "invalid";
    case Expect::read_only: return "read only";
    }
    return "";
}

struct Variant {
    std::string group; // what is changed, and where in the schema
    std::string what;  // the same, with the document's JSON Pointer and the value
    Expect expect = Expect::valid;
    // Makes the document's text: only for the variants taken, since most are not.
    std::function<std::string()> text;
};

std::string read_file(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw std::runtime_error("cannot read " + path.string());
    }
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

void write_file(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream file(path, std::ios::binary);
    file << text;
    if (!file) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

// Texts that the vocabulary type named `definition` refuses, and others that it accepts.
struct VocabularyValues {
    std::vector<std::string> bad;
    std::vector<std::string> good;
};

const std::map<std::string, VocabularyValues>& vocabulary_values()
{
    static const std::map<std::string, VocabularyValues> values{
        {"Date",
         {{"2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13", "2026-00", "2026-02-00", "0000", "10000",
           "2026-2-1", "2026-02-1", "26", "2026-02-12T10:00:00Z", "2026\n", " 2026", "2026-",
           "\u0662\u0660\u0662\u0666", ""},
          {"2024-02-29", "2000-02-29", "0001", "9999-12-31", "2026", "2026-02"}}},
        {"DateTime",
         {{"2026-02-12T10:00:00", "2026-02-12T24:00:00Z", "2026-02-12T10:60:00Z", "2026-02-12T10:00:60Z",
           "2026-02-12T10:00:00-00:00", "2026-02-12T10:00:00+18:01", "2026-02-12T10:00:00+19:00",
           "2026-02-12T10:00:00+05:60", "2026-02-12T10:00Z", "2026-02-12 10:00:00Z", "2026-02-12T10:00:00.5Z",
           "2026-02-12t10:00:00z", "2026-02-30T10:00:00Z", "2026-02-12T10:00:00+0500", "2026-02T10:00:00Z",
           "2026-02-12T10:00:00Z\n", ""},
          {"2026-02-12T10:00:00+00:00", "2026-02-12T23:59:59-18:00", "2024-02-29T00:00:00+18:00",
           "2026-02-12T10:00:00-03:30"}}},
        {"Decimal",
         {{"01", "1e3", "-0", "-0.0", "+1", "1.", ".5", "1,5", "1234567890123456789", "0.0000000000000000001",
           "1.000000000000000000", "-1234567890123456789", " 1", "0x10", "NaN", "-", "1.5\n", ""},
          {"-0.000000000000000001", "999999999999999999", "-99999999.9999999999", "0.000000000000000001", "0", "0.00",
           "-12.50"}}},
        {"FormatVersion", {{"1", "3", "2.0", " 2", "2\n", ""}, {}}},
    };
    return values;
}

// One pass over a seed: every variant, with the schema guiding where to make which change.
class VariantMaker {
public:
    VariantMaker(const Json& schema, const Json& seed) : schema_(schema), seed_(seed) {}

    std::vector<Variant> make()
    {
        visit(seed_, schema_["$ref"], "", "the document");
        add_read_only_variants();
        return std::move(variants_);
    }

private:
    // The definition a "$ref" names, and that name.
    // `schema` is a schema, or the text of a "$ref".
    std::pair<const Json*, std::string> resolve(const Json& schema) const
    {
        if (!schema.is_string() && !schema.contains("$ref")) {
            return {&schema, ""};
        }
        const Json& ref = schema.is_string() ? schema : schema["$ref"];
        const std::string name = ref.get<std::string>().substr(std::string("#/$defs/").size());
        return {&schema_["$defs"][name], name};
    }

    void add(std::string group, std::string what, Expect expect, const nlohmann::json_pointer<std::string>& at,
             const std::optional<Json>& replacement)
    {
        variants_.push_back({std::move(group), std::move(what), expect, [seed = &seed_, at, replacement] {
                                 Json document = *seed;
                                 if (replacement) {
                                     document[at] = *replacement;
                                 } else {
                                     document[at.parent_pointer()].erase(at.back());
                                 }
                                 return document.dump(2) + "\n";
                             }});
    }

    // `where` says where in the schema the value is, for grouping: "Event/kind", "Date".
    void visit(const Json& value, const Json& schema_ref, const std::string& pointer, const std::string& where)
    {
        const auto [schema, name] = resolve(schema_ref);
        const std::string place = name.empty() ? where : name;
        const nlohmann::json_pointer<std::string> at(pointer);
        const std::string in = " at " + (pointer.empty() ? "/" : pointer);

        // A value of another kind, and null, wherever a value is.
        if (!pointer.empty()) {
            add("wrong kind: " + std::string(value.type_name()) + " in " + place,
                std::string(value.type_name()) + " replaced by another kind" + in, Expect::invalid, at,
                other_kind(value));
            add("null in " + place, "null" + in, Expect::invalid, at, Json(nullptr));
        }
        if (schema->contains("enum") && value.is_string()) {
            std::string text = value.get<std::string>();
            add("no such name in " + place, "\"no_such_name\"" + in, Expect::invalid, at, Json("no_such_name"));
            std::string other_case = text;
            for (char& c : other_case) {
                c = static_cast<char>(std::isupper(static_cast<unsigned char>(c)) != 0 ? std::tolower(c)
                                                                                       : std::toupper(c));
            }
            add("a name in another case in " + place, "\"" + other_case + "\"" + in, Expect::invalid, at,
                Json(other_case));
        }
        if (const auto it = vocabulary_values().find(name); it != vocabulary_values().end()) {
            for (const std::string& bad : it->second.bad) {
                add("malformed " + name + " " + Json(bad).dump(), Json(bad).dump() + in, Expect::invalid, at,
                    Json(bad));
            }
            for (const std::string& good : it->second.good) {
                add("another good " + name + " " + Json(good).dump(), Json(good).dump() + in, Expect::valid, at,
                    Json(good));
            }
        }
        if (schema->contains("minLength")) {
            add("empty " + place, "\"\"" + in, Expect::invalid, at, Json(""));
        }
        if (schema->value("type", "") == "integer") {
            const Json& minimum = (*schema)["minimum"];
            const Json& maximum = (*schema)["maximum"];
            add("integer above the maximum in " + place, "maximum + 1" + in, Expect::invalid, at,
                Json(maximum.get<std::uint64_t>() + 1));
            add("integer below the minimum in " + place, "minimum - 1" + in, Expect::invalid, at,
                Json(minimum.get<std::int64_t>() - 1));
            add("integer with a fraction in " + place, "1.5" + in, Expect::invalid, at, Json(1.5));
        }
        if (value.is_object()) {
            visit_object(value, *schema, pointer, place);
        } else if (value.is_array()) {
            if (!value.empty()) {
                add("empty array in " + where, "[]" + in, Expect::valid, at, Json::array());
            }
            for (std::size_t i = 0; i < value.size(); ++i) {
                visit(value[i], (*schema)["items"], pointer + "/" + std::to_string(i), where);
            }
        }
    }

    void visit_object(const Json& value, const Json& schema, const std::string& pointer, const std::string& place)
    {
        const Json& required = schema.contains("required") ? schema["required"] : Json::array();
        add("unknown member in " + place, "an unknown member" + (" in " + (pointer.empty() ? "/" : pointer)),
            Expect::invalid, nlohmann::json_pointer<std::string>(pointer + "/unknown_member"), Json(true));
        for (const auto& [key, member] : value.items()) {
            const std::string member_pointer = pointer + "/" + key;
            const bool is_required = std::find(required.begin(), required.end(), key) != required.end();
            if (is_required) {
                add("required member left out: " + place + "/" + key, "left out: " + member_pointer, Expect::invalid,
                    nlohmann::json_pointer<std::string>(member_pointer), std::nullopt);
            } else {
                add("member that may be left out, left out: " + place + "/" + key, "left out: " + member_pointer,
                    Expect::valid, nlohmann::json_pointer<std::string>(member_pointer), std::nullopt);
            }
            visit(member, schema["properties"][key], member_pointer, place + "/" + key);
        }
    }

    static Json other_kind(const Json& value)
    {
        if (value.is_string()) {
            return 1;
        }
        if (value.is_number()) {
            return Json(value.dump());
        }
        if (value.is_boolean()) {
            return 0;
        }
        if (value.is_object()) {
            return Json::array();
        }
        return Json::object();
    }

    // What read refuses and JSON Schema cannot see.
    void add_read_only_variants()
    {
        // A duplicate key: JSON Schema validators see the last value only.
        std::string text = seed_.dump(2) + "\n";
        text.insert(1, "\n  \"format_version\": \"2\",");
        variants_.push_back(
            {"duplicate key", "a duplicate key: format_version", Expect::read_only, [text] { return text; }});

        // An unpaired UTF-16 surrogate, which is no Unicode character, in the first free text.
        if (const auto pointer = first_free_text(seed_, schema_["$ref"], "")) {
            Json document = seed_;
            const std::string marker = "UNPAIRED-SURROGATE-HERE";
            document[nlohmann::json_pointer<std::string>(*pointer)] = marker;
            std::string escaped = document.dump(2) + "\n";
            escaped.replace(escaped.find(marker), marker.size(), "\\ud800");
            variants_.push_back(
                {"unpaired surrogate", "\"\\ud800\" at " + *pointer, Expect::read_only, [escaped] { return escaped; }});
        }

        // 2.0 and 1e2 for an integer: JSON Schema's integers are numbers whose fraction is zero.
        if (const auto pointer = first_integer(seed_, schema_["$ref"], "")) {
            for (const std::string number : {"2.0", "1e2"}) {
                Json document = seed_;
                const std::string marker = "NUMBER-HERE";
                document[nlohmann::json_pointer<std::string>(*pointer)] = marker;
                std::string with_number = document.dump(2) + "\n";
                with_number.replace(with_number.find('"' + marker + '"'), marker.size() + 2, number);
                variants_.push_back({"integer written as " + number, number + " at " + *pointer, Expect::read_only,
                                     [with_number] { return with_number; }});
            }
        }
    }

    template <class Found>
    std::optional<std::string> first_where(const Json& value, const Json& schema_ref, const std::string& pointer,
                                           Found found) const
    {
        const Json* schema = resolve(schema_ref).first;
        if (found(value, *schema)) {
            return pointer;
        }
        if (value.is_object()) {
            for (const auto& [key, member] : value.items()) {
                if (auto at = first_where(member, (*schema)["properties"][key], pointer + "/" + key, found)) {
                    return at;
                }
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (auto at = first_where(value[i], (*schema)["items"], pointer + "/" + std::to_string(i), found)) {
                    return at;
                }
            }
        }
        return std::nullopt;
    }

    std::optional<std::string> first_free_text(const Json& value, const Json& schema, const std::string& pointer) const
    {
        return first_where(value, schema, pointer, [](const Json& v, const Json& s) {
            return v.is_string() && s == Json{{"type", "string"}};
        });
    }

    std::optional<std::string> first_integer(const Json& value, const Json& schema, const std::string& pointer) const
    {
        return first_where(value, schema, pointer, [](const Json& v, const Json& s) {
            return v.is_number() && s.value("type", "") == "integer";
        });
    }

    const Json& schema_;
    const Json& seed_;
    std::vector<Variant> variants_;
};

// Whether read<Dossier> agrees with what the variant is said to be; if not, says why.
std::optional<std::string> disagreement(const Variant& variant, const std::string& text)
{
    try {
        (void)communique::read<communique::Dossier>(text);
        if (variant.expect != Expect::valid) {
            return "read accepts it";
        }
    } catch (const communique::ReadError& e) {
        if (variant.expect == Expect::valid) {
            return std::string("read refuses it: ") + e.what();
        }
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::cerr << "usage: schema_corpus <output folder> <count> <dossier.json>...\n";
        return 2;
    }
    try {
        const std::filesystem::path out = argv[1];
        const std::size_t count = std::stoul(argv[2]);
        const Json schema = communique::json_schema<communique::Dossier>();
        std::filesystem::remove_all(out);
        std::filesystem::create_directories(out / "docs");

        Json manifest = Json::array();
        std::vector<std::pair<std::uintmax_t, std::filesystem::path>> seeds;
        for (int i = 3; i < argc; ++i) {
            const std::filesystem::path path = std::filesystem::absolute(argv[i]);
            const std::string text = read_file(path);
            if (!Json::accept(text)) {
                continue;
            }
            const bool accepted = communique::try_read<communique::Dossier>(text).has_value();
            manifest.push_back({{"file", path.string()},
                                {"expect", accepted ? "valid" : "invalid"},
                                {"what", accepted ? "a dossier that read accepts" : "a dossier that read refuses"}});
            if (accepted) {
                seeds.emplace_back(std::filesystem::file_size(path), path);
            }
        }
        std::sort(seeds.begin(), seeds.end());
        std::deque<Json> seed_documents; // where the variants' seeds stay while they are made

        // Groups in the order first met, from the smallest seed on; each group's variants in order.
        std::vector<std::string> group_order;
        std::map<std::string, std::vector<Variant>> groups;
        for (const auto& seed : seeds) {
            const Json& document = seed_documents.emplace_back(Json::parse(read_file(seed.second)));
            for (Variant& variant : VariantMaker(schema, document).make()) {
                if (!groups.contains(variant.group)) {
                    group_order.push_back(variant.group);
                }
                variant.what += " (from " + seed.second.filename().string() + ")";
                groups[variant.group].push_back(std::move(variant));
            }
        }

        std::size_t taken = 0;
        std::size_t failures = 0;
        for (std::size_t round = 0; taken < count; ++round) {
            bool any = false;
            for (const std::string& group : group_order) {
                const auto& variants = groups[group];
                if (round >= variants.size() || taken == count) {
                    continue;
                }
                any = true;
                const Variant& variant = variants[round];
                const std::string text = variant.text();
                if (const auto why = disagreement(variant, text)) {
                    std::cerr << "schema_corpus: " << expect_name(variant.expect) << " variant " << variant.what
                              << ", but " << *why << '\n';
                    ++failures;
                }
                char name[32];
                std::snprintf(name, sizeof name, "%04zu.json", taken);
                write_file(out / "docs" / name, text);
                manifest.push_back({{"file", (out / "docs" / name).string()},
                                    {"expect", expect_name(variant.expect)},
                                    {"what", variant.what}});
                ++taken;
            }
            if (!any) {
                break;
            }
        }
        write_file(out / "manifest.json", manifest.dump(2) + "\n");
        std::cout << "schema_corpus: " << taken << " variants in " << group_order.size() << " groups, from "
                  << seeds.size() << " seeds\n";
        if (taken < group_order.size()) {
            std::cerr << "schema_corpus: " << count << " documents leave out some of the " << group_order.size()
                      << " groups\n";
            return 1;
        }
        return failures == 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "schema_corpus: " << e.what() << '\n';
        return 2;
    }
}
