// Real reports of diplomatic events, of different kinds, and the dossiers that hold them.
//
// Each report is three files named alike:
//   tests/data/reports/NAME.md    the report as a list of facts, one a line, each naming
//                                 where the dossier holds it and what it holds there:
//                                 - The summit opened on 3 July 2024. | /events/0/start_date | "2024-07-03"
//                                 (a sentence, an RFC 6901 JSON Pointer into the golden file,
//                                 and the JSON value expected there, separated by " | ")
//   tests/reports/NAME.hpp        the dossier built in code: NAME_dossier()
//   tests/data/reports/NAME.json  the golden file: communique::write(NAME_dossier())
//
// For every report this checks that the dossier writes exactly the golden file, that the
// golden file reads back to the dossier, that validate() finds no error in it, and that
// every fact of the report holds in the golden file, in a typed member: a fact whose
// pointer ends in a free-text member (a description, a summary, the words a figure was
// reported in) fails, since free text would hold any fact. A fact line that does not parse
// fails too, naming its file and line.
//
// Regenerating a golden file, after a deliberate change to a dossier or to the format:
//     COMMUNIQUE_UPDATE_GOLDEN=1 ./build/tests/test_reports
// With COMMUNIQUE_UPDATE_GOLDEN set (to anything), the test first writes every NAME.json
// from its dossier, then checks as usual. Run the program itself, as above, not through
// ctest, whose parallel runs would write the same files at once. Review the change with
// `git diff` before committing it: the golden files are what the reports say the model
// holds, and a fact line that no longer holds fails until the report or the dossier is
// put right.
#include "reports/canwfz_treaty.hpp"
#include "reports/cpc_caspian_webinar_2020.hpp"
#include "reports/sco_astana_summit_2024.hpp"
#include "reports/shangri_la_dialogue_2024.hpp"
#include "reports/uap_railway_corridor.hpp"
#include "reports/xi_state_visit_pakistan_2015.hpp"

#include <communique/communique.hpp>

#include "golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct report {
    std::string_view name;
    communique::Dossier (*dossier)();
};

constexpr std::array all_reports{
    report{"sco_astana_summit_2024", sco_astana_summit_2024_dossier},
    report{"xi_state_visit_pakistan_2015", xi_state_visit_pakistan_2015_dossier},
    report{"shangri_la_dialogue_2024", shangri_la_dialogue_2024_dossier},
    report{"cpc_caspian_webinar_2020", cpc_caspian_webinar_2020_dossier},
    report{"uap_railway_corridor", uap_railway_corridor_dossier},
    report{"canwfz_treaty", canwfz_treaty_dossier},
};

const std::filesystem::path reports_dir = std::filesystem::path(COMMUNIQUE_TEST_DATA_DIR) / "reports";

// The golden text of a report, written first from its dossier when COMMUNIQUE_UPDATE_GOLDEN
// is set.
std::string golden_text(const report& r)
{
    return ::golden_text(reports_dir / (std::string(r.name) + ".json"), communique::write(r.dossier()));
}

// ---- fact lists ----

struct fact {
    int line = 0;
    std::string sentence;
    std::string pointer;
    nlohmann::json expected;
};

struct fact_list {
    std::vector<fact> facts;
    std::vector<std::string> errors; // "file:line: what is wrong"
};

// Every line that starts with "- " is a fact: "- sentence | /json/pointer | json value".
// The sentence holds no " | "; the value is any JSON text.
fact_list parse_facts(const std::string& file, const std::string& text)
{
    fact_list out;
    std::istringstream lines(text);
    std::string line;
    int number = 0;
    constexpr std::string_view separator = " | ";
    while (std::getline(lines, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.rfind("- ", 0) != 0) {
            continue;
        }
        const std::string where = file + ":" + std::to_string(number) + ": ";
        const auto first = line.find(separator);
        const auto second = first == std::string::npos ? first : line.find(separator, first + separator.size());
        if (second == std::string::npos) {
            out.errors.push_back(where + "expected \"- sentence | /pointer | value\", found: " + line);
            continue;
        }
        fact f;
        f.line = number;
        f.sentence = line.substr(2, first - 2);
        f.pointer = line.substr(first + separator.size(), second - first - separator.size());
        const std::string value = line.substr(second + separator.size());
        if (f.sentence.find_first_not_of(' ') == std::string::npos) {
            out.errors.push_back(where + "the fact has no sentence");
            continue;
        }
        if (f.pointer.empty() || f.pointer.front() != '/' || f.pointer.find(' ') != std::string::npos) {
            out.errors.push_back(where + "\"" + f.pointer + "\" is not a JSON Pointer into the dossier");
            continue;
        }
        try {
            (void)nlohmann::json::json_pointer(f.pointer);
        } catch (const nlohmann::json::exception& e) {
            out.errors.push_back(where + "\"" + f.pointer + "\" is not a JSON Pointer: " + e.what());
            continue;
        }
        f.expected = nlohmann::json::parse(value, nullptr, false);
        if (f.expected.is_discarded()) {
            out.errors.push_back(where + "the expected value is not JSON: " + value);
            continue;
        }
        out.facts.push_back(std::move(f));
    }
    return out;
}

// Members whose text could hold any fact, in a report's own words.
const std::set<std::string, std::less<>> free_text_members{
    "description", "summary", "as_reported", "quotes", "topics", "themes", "focus", "audience", "sectors",
};

// The member a pointer ends in: its last token, or for an array element the token before.
std::string member_of(const std::string& pointer)
{
    std::vector<std::string> tokens;
    std::size_t start = 1;
    while (start <= pointer.size()) {
        const auto end = pointer.find('/', start);
        tokens.push_back(pointer.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    while (!tokens.empty() && !tokens.back().empty() &&
           std::all_of(tokens.back().begin(), tokens.back().end(), [](char c) { return c >= '0' && c <= '9'; })) {
        tokens.pop_back();
    }
    return tokens.empty() ? std::string() : tokens.back();
}

// What is wrong with `f` against the golden document, or nothing.
std::string check_fact(const std::string& file, const fact& f, const nlohmann::json& golden)
{
    const std::string where = file + ":" + std::to_string(f.line) + ": ";
    const std::string member = member_of(f.pointer);
    if (free_text_members.contains(member)) {
        return where + f.pointer + " is free text (" + member + "): the fact must live in a typed member";
    }
    const nlohmann::json::json_pointer pointer(f.pointer);
    if (!golden.contains(pointer)) {
        return where + f.pointer + " is not in the dossier";
    }
    const nlohmann::json& actual = golden.at(pointer);
    if (actual != f.expected) {
        return where + f.pointer + " holds " + actual.dump() + ", not " + f.expected.dump();
    }
    return {};
}

std::vector<std::string> markdown_reports()
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(reports_dir)) {
        if (entry.path().extension() == ".md") {
            names.push_back(entry.path().stem().string());
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST_CASE("every report has a fact list, a dossier and a golden file, and nothing else is there")
{
    std::vector<std::string> registered;
    for (const report& r : all_reports) {
        registered.emplace_back(r.name);
        (void)golden_text(r); // writes it first when COMMUNIQUE_UPDATE_GOLDEN is set
        CHECK(std::filesystem::exists(reports_dir / (std::string(r.name) + ".json")));
    }
    std::sort(registered.begin(), registered.end());
    CHECK(markdown_reports() == registered);
    CHECK(all_reports.size() >= 6);
}

TEST_CASE("a fact line that does not parse is an error naming its file and line")
{
    const std::string text = "# A report\n"
                             "\n"
                             "Text, and a source list:\n"
                             "1. https://example.org/report\n"
                             "- The summit opened on 3 July 2024. | /events/0/start_date | \"2024-07-03\"\n"
                             "- No pointer and no value.\n"
                             "- A pointer that is not one. | events/0/kind | \"summit\"\n"
                             "- A value that is not JSON. | /events/0/kind | summit\n"
                             "-  | /events/0/kind | \"summit\"\n"
                             "- An escape that is not one. | /events/~2 | 1\n"
                             "- An object is a value too. | /events/0/country_count | {\"value\": \"40\", "
                             "\"qualifier\": \"more_than\"}\n";
    const fact_list parsed = parse_facts("made-up.md", text);
    REQUIRE(parsed.facts.size() == 2);
    CHECK(parsed.facts[0].line == 5);
    CHECK(parsed.facts[0].sentence == "The summit opened on 3 July 2024.");
    CHECK(parsed.facts[0].pointer == "/events/0/start_date");
    CHECK(parsed.facts[0].expected == "2024-07-03");
    CHECK(parsed.facts[1].expected.at("qualifier") == "more_than");
    REQUIRE(parsed.errors.size() == 5);
    CHECK(parsed.errors[0].rfind("made-up.md:6: ", 0) == 0);
    CHECK(parsed.errors[1].rfind("made-up.md:7: ", 0) == 0);
    CHECK(parsed.errors[2].rfind("made-up.md:8: ", 0) == 0);
    CHECK(parsed.errors[3].rfind("made-up.md:9: ", 0) == 0);
    CHECK(parsed.errors[4].rfind("made-up.md:10: ", 0) == 0);
}

TEST_CASE("a fact must be in the dossier, hold the expected value and live in a typed member")
{
    const auto golden = nlohmann::json::parse(R"({"events": [{"kind": "summit", "description": "a summit",
        "themes": ["peace"], "figures": [{"measure": "delegates", "as_reported": "some 300"}]}]})");
    auto one = [&](const std::string& line) {
        const fact_list parsed = parse_facts("made-up.md", line);
        REQUIRE(parsed.facts.size() == 1);
        return check_fact("made-up.md", parsed.facts.front(), golden);
    };
    CHECK(one("- It was a summit. | /events/0/kind | \"summit\"").empty());
    CHECK(one("- It was a summit. | /events/0/kind | \"forum\"") ==
          "made-up.md:1: /events/0/kind holds \"summit\", not \"forum\"");
    CHECK(one("- It was in Astana. | /events/0/venue | {}") == "made-up.md:1: /events/0/venue is not in the dossier");
    CHECK(one("- It was a summit. | /events/0/description | \"a summit\"").find("is free text") != std::string::npos);
    CHECK(one("- It was about peace. | /events/0/themes/0 | \"peace\"").find("is free text (themes)") !=
          std::string::npos);
    CHECK(one("- Some 300 came. | /events/0/figures/0/as_reported | \"some 300\"").find("is free text") !=
          std::string::npos);
}

TEST_CASE("every fact line of every report parses")
{
    for (const std::string& name : markdown_reports()) {
        const std::string file = "tests/data/reports/" + name + ".md";
        const fact_list parsed = parse_facts(file, read_text(reports_dir / (name + ".md")));
        for (const std::string& error : parsed.errors) {
            FAIL_CHECK(error);
        }
        INFO(file);
        CHECK(parsed.facts.size() >= 15);
    }
}

TEST_CASE("each report's dossier writes exactly its golden file and reads back from it")
{
    for (const report& r : all_reports) {
        INFO("report " << r.name);
        const communique::Dossier dossier = r.dossier();
        const std::string golden = golden_text(r);
        CHECK(communique::write(dossier) == golden);
        CHECK(communique::read<communique::Dossier>(golden) == dossier);
    }
}

TEST_CASE("validate finds no error in any report's dossier")
{
    for (const report& r : all_reports) {
        INFO("report " << r.name);
        for (const communique::Problem& p : communique::validate(r.dossier())) {
            if (p.severity == communique::Severity::error) {
                FAIL_CHECK(p.path << ": " << p.message);
            } else {
                WARN(r.name << ": warning at " << p.path << ": " << p.message);
            }
        }
    }
}

TEST_CASE("every fact of every report holds in its golden file, in a typed member")
{
    for (const report& r : all_reports) {
        const std::string file = "tests/data/reports/" + std::string(r.name) + ".md";
        const fact_list parsed = parse_facts(file, read_text(reports_dir / (std::string(r.name) + ".md")));
        const auto golden = nlohmann::json::parse(golden_text(r));
        for (const fact& f : parsed.facts) {
            const std::string problem = check_fact(file, f, golden);
            if (!problem.empty()) {
                FAIL_CHECK(problem << "\n  (" << f.sentence << ")");
            }
        }
    }
}

// docs/model.md shows code from these reports; each block after a <!-- snippet: path -->
// line must appear, whole lines and verbatim, in the file it names (as
// tests/check_docs_snippets.cmake checks for the other pages).
TEST_CASE("the model reference's snippets are verbatim copies of tested code")
{
    const std::filesystem::path root(COMMUNIQUE_SOURCE_DIR);
    const std::string page = read_text(root / "docs" / "model.md");
    const std::string marker = "<!-- snippet: ";
    std::size_t at = 0;
    int checked = 0;
    while ((at = page.find(marker, at)) != std::string::npos) {
        const auto end = page.find(" -->", at);
        REQUIRE(end != std::string::npos);
        const std::string file = page.substr(at + marker.size(), end - at - marker.size());
        const auto open = page.find("\n```", end);
        REQUIRE(open != std::string::npos);
        const auto body = page.find('\n', open + 1) + 1;
        const auto close = page.find("\n```", body - 1);
        REQUIRE(close != std::string::npos);
        const std::string block = page.substr(body, close + 1 - body);
        INFO("snippet of " << file << ":\n" << block);
        CHECK(("\n" + read_text(root / file)).find("\n" + block) != std::string::npos);
        ++checked;
        at = close;
    }
    CHECK(checked > 0);
}
