// The seed report, built in code by the example (examples/issi_dossier.hpp), against the
// committed golden JSON file.
#include "issi_dossier.hpp"

#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace {

std::string golden_text()
{
    std::ifstream file(COMMUNIQUE_TEST_DATA_DIR "/issi-pakistan-kazakhstan-2026.json", std::ios::binary);
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("the example's dossier writes exactly the golden file")
{
    CHECK(communique::write(issi_example::dossier()) == golden_text());
}

TEST_CASE("the golden file reads back to the example's dossier")
{
    const auto dossier = communique::read<communique::Dossier>(golden_text());
    CHECK(dossier == issi_example::dossier());
}

TEST_CASE("the golden file is canonical: reading and writing it changes no byte")
{
    const std::string text = golden_text();
    CHECK(communique::write(communique::read<communique::Dossier>(text)) == text);
}

TEST_CASE("the nlohmann route reads the golden file to the same dossier")
{
    const auto json = nlohmann::json::parse(golden_text());
    CHECK(json.get<communique::Dossier>() == issi_example::dossier());
}

TEST_CASE("the seed dossier holds every person and the shape of the conference")
{
    const auto dossier = issi_example::dossier();
    CHECK(dossier.people.size() == 17);
    REQUIRE(dossier.conferences.size() == 1);
    const auto& conference = dossier.conferences.front();
    CHECK(conference.start_date == communique::Date(2026, 2, 12));
    REQUIRE(conference.sessions.size() == 4);
    CHECK(conference.sessions[1].title == "Working Session I");
    CHECK(conference.sessions[1].participants.front().role == communique::Role::moderator);

    // Khalid Mahmood appears twice, by id, with one record in the registry.
    const communique::PersonId khalid("khalid-mahmood");
    CHECK(std::count_if(dossier.people.begin(), dossier.people.end(),
                        [&](const communique::Speaker& s) { return s.id == khalid; }) == 1);
    int appearances = 0;
    for (const auto& session : conference.sessions) {
        appearances += static_cast<int>(std::count_if(session.participants.begin(), session.participants.end(),
                                                      [&](const auto& p) { return p.person == khalid; }));
    }
    CHECK(appearances == 2);

    // The quoted figure is exact money, not a rounded double.
    bool found_figure = false;
    for (const auto& session : conference.sessions) {
        for (const auto& participation : session.participants) {
            if (!participation.remarks) {
                continue;
            }
            for (const auto& figure : participation.remarks->figures) {
                if (figure.money && figure.money->currency == communique::CurrencyCode("USD")) {
                    CHECK(figure.money->amount.to_string() == "1700000000");
                    found_figure = true;
                }
            }
        }
    }
    CHECK(found_figure);
}
