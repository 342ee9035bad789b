// From zero to a dossier: build one in code, write it as JSON, read it back, and see what
// a strict reader and a strict writer say about bad values.
#include <communique/communique.hpp>

#include <iostream>

int main()
{
    using namespace communique;

    // Records are plain aggregates: designated initialisers name what you know and leave
    // the rest empty. Vocabulary types check their values when they are made.
    Dossier dossier{
        .organizations = {{.id = OrganizationId("issi"),
                           .name = "Institute of Strategic Studies Islamabad",
                           .abbreviation = "ISSI",
                           .country = CountryCode("PK")}},
        .people = {{.id = PersonId("talat-shabbir"), .name = "Talat Shabbir", .honorific = "Dr."}},
        .events = {{
            .id = EventId("issi-2026-02-12"),
            .title = "Pakistan–Kazakhstan Relations",
            .kind = EventKind::conference,
            .start_date = Date(2026, 2, 12),
            .venue = Place{.city = "Islamabad", .country = CountryCode("PK")},
            .organizers = {{.organization = OrganizationId("issi"), .role = OrganizerRole::host}},
            .sessions = {{.kind = SessionKind::working,
                          .title = "Working Session I",
                          .number = 1,
                          .speakers = {{.person = PersonId("talat-shabbir"), .role = Role::moderator}}}},
        }},
    };

    // write() gives canonical JSON: the same value always gives the same bytes.
    const std::string text = write(dossier);
    std::cout << text;

    // read<T>() is strict and lossless: what was written reads back equal.
    const Dossier again = read<Dossier>(text);
    std::cout << "read back equal: " << std::boolalpha << (again == dossier) << '\n';

    // nlohmann users convert with ADL, as they do for any type.
    const nlohmann::json session = dossier.events.front().sessions.front();
    std::cout << "first speaker's role: " << session["speakers"][0]["role"] << '\n';

    // Bad input throws ReadError, which says where (a JSON Pointer) and what was wrong.
    try {
        (void)read<Dossier>(R"({"format_version": "2",
                                "events": [{"id": "c", "title": "T", "kind": "conference",
                                            "start_date": "2026-02-30"}]})");
    } catch (const ReadError& e) {
        std::cout << "path: " << e.path() << '\n' << "message: " << e.message() << '\n';
    }

    // A required member that no one set is refused too, with WriteError: an event's kind
    // has no default, so that write never guesses one.
    try {
        (void)write(Event{.id = EventId("e"), .title = "An event of no known kind"});
    } catch (const WriteError& e) {
        std::cout << "path: " << e.path() << '\n' << "message: " << e.message() << '\n';
    }
    return 0;
}
