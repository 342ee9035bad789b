// The JSON parser against JSONTestSuite's parsing tests (tests/data/JSONTestSuite): every
// y_ file is accepted but those with a duplicate key, which communique refuses by design;
// every n_ file is refused; each i_ file as the table below says; and all of them as
// nlohmann::json's strict parser does but for the differences listed.
#include "golden.hpp"

#include <communique/communique.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace {

const std::filesystem::path suite_dir =
    std::filesystem::path(COMMUNIQUE_TEST_DATA_DIR) / "JSONTestSuite" / "test_parsing";

std::vector<std::filesystem::path> suite_files(const std::string& prefix)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(suite_dir)) {
        if (entry.path().filename().string().starts_with(prefix)) {
            files.push_back(entry.path());
        }
    }
    std::ranges::sort(files);
    return files;
}

bool accepted(const std::string& text)
{
    return !communique::detail::check_json(text).has_value();
}

// What the parser does with the files whose outcome RFC 8259 leaves open, and why.
const std::map<std::string, bool> implementation_defined{
    // Numbers beyond a double's range or precision are well-formed; a number too large for
    // a double is refused as nlohmann refuses it, and a too small one is read as zero.
    {"i_number_double_huge_neg_exp.json", true},
    {"i_number_huge_exp.json", false},
    {"i_number_neg_int_huge_exp.json", false},
    {"i_number_pos_double_huge_exp.json", false},
    {"i_number_real_neg_overflow.json", false},
    {"i_number_real_pos_overflow.json", false},
    {"i_number_real_underflow.json", true},
    // Integers beyond 64 bits are well-formed JSON; a member that holds an integer refuses
    // them as out of range.
    {"i_number_too_big_neg_int.json", true},
    {"i_number_too_big_pos_int.json", true},
    {"i_number_very_big_negative_int.json", true},
    // Text must be UTF-8, and an escape must name a Unicode scalar value: lone or inverted
    // surrogates, invalid or overlong sequences, Latin-1 and UTF-16 are refused.
    {"i_object_key_lone_2nd_surrogate.json", false},
    {"i_string_1st_surrogate_but_2nd_missing.json", false},
    {"i_string_1st_valid_surrogate_2nd_invalid.json", false},
    {"i_string_UTF-16LE_with_BOM.json", false},
    {"i_string_UTF-8_invalid_sequence.json", false},
    {"i_string_UTF8_surrogate_U+D800.json", false},
    {"i_string_incomplete_surrogate_and_escape_valid.json", false},
    {"i_string_incomplete_surrogate_pair.json", false},
    {"i_string_incomplete_surrogates_escape_valid.json", false},
    {"i_string_invalid_lonely_surrogate.json", false},
    {"i_string_invalid_surrogate.json", false},
    {"i_string_invalid_utf-8.json", false},
    {"i_string_inverted_surrogates_U+1D11E.json", false},
    {"i_string_iso_latin_1.json", false},
    {"i_string_lone_second_surrogate.json", false},
    {"i_string_lone_utf8_continuation_byte.json", false},
    {"i_string_not_in_unicode_range.json", false},
    {"i_string_overlong_sequence_2_bytes.json", false},
    {"i_string_overlong_sequence_6_bytes.json", false},
    {"i_string_overlong_sequence_6_bytes_null.json", false},
    {"i_string_truncated-utf-8.json", false},
    {"i_string_utf16BE_no_BOM.json", false},
    {"i_string_utf16LE_no_BOM.json", false},
    // Nesting deeper than ReadOptions::max_depth (128 unless the caller says otherwise).
    {"i_structure_500_nested_arrays.json", false},
    // A byte order mark is no part of JSON text (RFC 8259, section 8.1).
    {"i_structure_UTF-8_BOM_empty_object.json", false},
};

// Where the parser and nlohmann::json::accept part ways, and why.
const std::map<std::string, std::string> differences_from_nlohmann{
    {"i_structure_500_nested_arrays.json", "nlohmann has no nesting limit"},
    {"i_structure_UTF-8_BOM_empty_object.json", "nlohmann skips a UTF-8 byte order mark"},
    {"n_multidigit_number_then_00.json", "nlohmann ends the text at a NUL byte"},
    {"y_object_duplicated_key.json", "nlohmann keeps the last value of a duplicate key"},
    {"y_object_duplicated_key_and_value.json", "nlohmann keeps the last value of a duplicate key"},
};

// The y_ files that communique refuses: a duplicate key, which RFC 8259 allows but makes
// the document mean different things to different readers.
bool has_duplicate_key(const std::filesystem::path& file)
{
    return file.filename().string().starts_with("y_object_duplicated_key");
}

} // namespace

TEST_CASE("every y_ file of JSONTestSuite is accepted, but for a duplicate key")
{
    const auto files = suite_files("y_");
    CHECK(files.size() == 95);
    for (const auto& file : files) {
        INFO(file.filename().string());
        CHECK(accepted(read_text(file)) != has_duplicate_key(file));
    }
}

TEST_CASE("every n_ file of JSONTestSuite is refused: not valid JSON, or nested too deep")
{
    const auto files = suite_files("n_");
    CHECK(files.size() == 188);
    for (const auto& file : files) {
        INFO(file.filename().string());
        const auto problem = communique::detail::check_json(read_text(file));
        REQUIRE(problem.has_value());
        INFO(problem->what());
        const bool syntax = problem->path().empty() && problem->message().starts_with("not valid JSON");
        const bool too_deep = problem->message().find("nest") != std::string::npos;
        CHECK((syntax || too_deep));
    }
}

TEST_CASE("every i_ file of JSONTestSuite has the outcome the table gives")
{
    const auto files = suite_files("i_");
    CHECK(files.size() == implementation_defined.size());
    for (const auto& file : files) {
        const std::string name = file.filename().string();
        INFO(name);
        REQUIRE(implementation_defined.contains(name));
        CHECK(accepted(read_text(file)) == implementation_defined.at(name));
    }
}

TEST_CASE("the parser accepts and refuses what nlohmann::json's strict parser does, but for the differences listed")
{
    for (const auto& file : suite_files("")) {
        const std::string name = file.filename().string();
        INFO(name);
        const std::string text = read_text(file);
        const bool same = accepted(text) == nlohmann::json::accept(text);
        CHECK(same != differences_from_nlohmann.contains(name));
    }
}

TEST_CASE("a well-formed document read as the wrong type is a type problem, never a syntax one")
{
    for (const auto& file : suite_files("y_")) {
        INFO(file.filename().string());
        const auto result = communique::try_read<communique::Party>(read_text(file));
        if (!result && !has_duplicate_key(file)) {
            CHECK_FALSE(result.error().message().starts_with("not valid JSON"));
        }
    }
}
