// A client's own types, described with Boost.Describe, go through the same JSON mechanism
// as communique's: no converter to write.
#include <communique/communique.hpp>

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace newsroom {

// As in communique, the first enumerator is 1: a Desk never set is 0, which write refuses.
enum class Desk { politics = 1, economy, foreign_affairs };
BOOST_DESCRIBE_ENUM(Desk, politics, economy, foreign_affairs)

// An editor's note on a dossier: it may hold communique's vocabulary types and records.
struct EditorNote {
    std::string author;
    Desk desk{};
    communique::Date date;
    std::uint16_t priority = 0;
    std::optional<communique::EventId> about;
    std::vector<communique::CountryCode> countries;

    bool operator==(const EditorNote&) const = default;
};
BOOST_DESCRIBE_STRUCT(EditorNote, (), (author, desk, date, priority, about, countries))

// Lets nlohmann's `json j = note;` and `j.get<EditorNote>()` find the conversions by ADL.
using communique::from_json;
using communique::to_json;

} // namespace newsroom

int main()
{
    const newsroom::EditorNote note{.author = "A. Editor",
                                    .desk = newsroom::Desk::foreign_affairs,
                                    .date = communique::Date(2026, 2),
                                    .priority = 2,
                                    .about = communique::EventId("issi-2026-02-12"),
                                    .countries = {communique::CountryCode("PK"), communique::CountryCode("KZ")}};

    const std::string text = communique::write(note);
    std::cout << text;
    std::cout << "read back equal: " << std::boolalpha << (communique::read<newsroom::EditorNote>(text) == note)
              << '\n';

    const nlohmann::json json = note;
    std::cout << "desk via nlohmann: " << json["desk"] << '\n';

    try {
        (void)communique::read<newsroom::EditorNote>(
            R"({"author": "B", "desk": "sports", "date": "2026", "priority": 70000})");
    } catch (const communique::ReadError& e) {
        std::cout << e.what() << '\n';
    }

    // Nor are your types written with a member left unset: this note has no desk and no date.
    newsroom::EditorNote unset;
    unset.author = "C";
    try {
        (void)communique::write(unset);
    } catch (const communique::WriteError& e) {
        std::cout << e.what() << '\n';
    }
    return 0;
}
