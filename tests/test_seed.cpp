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
    CHECK(dossier.organizations.size() == 16);
    CHECK(dossier.series.empty());
    REQUIRE(dossier.events.size() == 2);
    const auto& conference = dossier.events.front();
    CHECK(conference.kind == communique::EventKind::conference);
    CHECK(conference.start_date == communique::Date(2026, 2, 12));
    REQUIRE(conference.sessions.size() == 4);
    CHECK(conference.sessions[1].title == "Working Session I");
    CHECK(conference.sessions[1].speakers.front().role == communique::Role::moderator);

    // The conference follows up the state visit, the other event of the dossier.
    const auto& visit = dossier.events.back();
    CHECK(visit.kind == communique::EventKind::state_visit);
    CHECK(visit.start_date == communique::Date(2026, 2));
    REQUIRE(conference.related.size() == 1);
    CHECK(conference.related.front().relation == communique::EventRelation::follows_up);
    CHECK(conference.related.front().event == visit.id);

    // Khalid Mahmood speaks twice, by id, with one record in the registry.
    const communique::PersonId khalid("khalid-mahmood");
    CHECK(std::count_if(dossier.people.begin(), dossier.people.end(),
                        [&](const communique::Person& p) { return p.id == khalid; }) == 1);
    int appearances = 0;
    for (const auto& session : conference.sessions) {
        appearances += static_cast<int>(std::count_if(session.speakers.begin(), session.speakers.end(),
                                                      [&](const auto& s) { return s.person == khalid; }));
    }
    CHECK(appearances == 2);

    // The President took part in the visit, in no role the report names.
    REQUIRE(visit.speakers.size() == 1);
    CHECK(visit.speakers.front().person == communique::PersonId("kassym-jomart-tokayev"));
    CHECK_FALSE(visit.speakers.front().role);

    // A role the report does not give is left out, not defaulted: only the former minister's
    // position says whether it is held.
    int tenures = 0;
    for (const auto& person : dossier.people) {
        for (const auto& position : person.positions) {
            tenures += position.tenure ? 1 : 0;
        }
    }
    CHECK(tenures == 1);

    // The quoted figure is an exact amount of money, not a rounded double.
    bool found_figure = false;
    for (const auto& session : conference.sessions) {
        for (const auto& speaker : session.speakers) {
            if (!speaker.remarks) {
                continue;
            }
            for (const auto& figure : speaker.remarks->figures) {
                if (figure.currency == communique::CurrencyCode("USD")) {
                    REQUIRE(figure.amount);
                    CHECK(figure.amount->value == communique::Decimal(1'700'000'000));
                    CHECK_FALSE(figure.amount->qualifier);
                    CHECK(figure.amount->value->to_string() == "1700000000");
                    found_figure = true;
                }
            }
        }
    }
    CHECK(found_figure);
}
