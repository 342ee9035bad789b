// The JSON examples in docs/model.md are real: each block marked <!-- json: Type --> reads
// as that type and is canonical, so the reference cannot drift from the code.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct json_example {
    std::string type;
    std::string text;
    int line = 0;
};

std::vector<json_example> examples_in(const std::string& path)
{
    std::ifstream file(path);
    REQUIRE(file);
    std::vector<json_example> examples;
    std::string line;
    int number = 0;
    std::string pending_type;
    while (std::getline(file, line)) {
        ++number;
        const std::string marker = "<!-- json: ";
        if (line.rfind(marker, 0) == 0) {
            pending_type = line.substr(marker.size(), line.find_first_of(", ", marker.size()) - marker.size());
        } else if (line == "```json" && !pending_type.empty()) {
            json_example example{pending_type, "", number};
            while (std::getline(file, line) && line != "```") {
                ++number;
                example.text += line + '\n';
            }
            ++number;
            examples.push_back(example);
            pending_type.clear();
        }
    }
    return examples;
}

// Reads `text` as T and writes it back.
template <class T>
std::string round_trip(const std::string& text)
{
    return communique::write(communique::read<T>(text));
}

const std::map<std::string, std::function<std::string(const std::string&)>>& readers()
{
    using namespace communique;
    static const std::map<std::string, std::function<std::string(const std::string&)>> table{
        {"Agreement", round_trip<Agreement>},
        {"AgreementLink", round_trip<AgreementLink>},
        {"Amount", round_trip<Amount>},
        {"Corridor", round_trip<Corridor>},
        {"Dossier", round_trip<Dossier>},
        {"Event", round_trip<Event>},
        {"EventLink", round_trip<EventLink>},
        {"ExternalId", round_trip<ExternalId>},
        {"Figure", round_trip<Figure>},
        {"Membership", round_trip<Membership>},
        {"Milestone", round_trip<Milestone>},
        {"Organization", round_trip<Organization>},
        {"Organizer", round_trip<Organizer>},
        {"Party", round_trip<Party>},
        {"Person", round_trip<Person>},
        {"Place", round_trip<Place>},
        {"Position", round_trip<Position>},
        {"Quantity", round_trip<Quantity>},
        {"Ratification", round_trip<Ratification>},
        {"Remarks", round_trip<Remarks>},
        {"Series", round_trip<Series>},
        {"Session", round_trip<Session>},
        {"Signatory", round_trip<Signatory>},
        {"Source", round_trip<Source>},
        {"Speaker", round_trip<Speaker>},
        {"Waypoint", round_trip<Waypoint>},
    };
    return table;
}

} // namespace

TEST_CASE("every JSON example of the model reference reads as its type and is canonical")
{
    const auto examples = examples_in(COMMUNIQUE_DOCS_DIR "/model.md");
    CHECK(examples.size() >= 25);
    for (const auto& example : examples) {
        CAPTURE(example.type, example.line);
        const auto reader = readers().find(example.type);
        if (reader == readers().end()) {
            FAIL_CHECK("<!-- json: " << example.type << " --> names no type of the model");
            continue;
        }
        CHECK(reader->second(example.text) == example.text);
    }
}
