// Questions asked of a dossier file: each agreement's parties, each session's speakers and
// their roles, and everyone affiliated with ISSI, at the institute or at one of its centres.
#include <communique/communique.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    using namespace communique;
    if (argc != 2) {
        std::cerr << "usage: seed_questions DOSSIER.json\n";
        return 2;
    }
    try {
        const Dossier dossier = read_file<Dossier>(argv[1]);
        const DossierIndex index(dossier); // built once, for many look-ups
        std::cout << "Agreements and their parties\n";
        for (const Agreement& agreement : dossier.agreements) {
            std::cout << "- " << agreement.title << (agreement.parties.empty() ? " (no parties named)\n" : "\n");
            for (const Party& party : agreement.parties) {
                std::cout << "    " << index.display_name(party) << '\n';
            }
        }
        for (const Event& event : dossier.events) {
            std::cout << (event.sessions.empty() ? "" : "\n" + event.title + "\n");
            for (const Session& session : event.sessions) {
                std::cout << "  " << session.title.value_or("Session") << '\n';
                for (const Speaker& speaker : session.speakers) {
                    std::cout << "    " << index.display_name(speaker.person) << ", "
                              << (speaker.role ? enum_label(*speaker.role) : "taking part") << '\n';
                }
            }
        }
        // Those with a position at ISSI or at an organisation below it, such as its centres.
        const auto issi = index.people_of("issi"_org); // a std::vector<const Person*>
        std::cout << "\nAffiliated with ISSI: " << issi.size() << " people\n";
        for (const Person* person : issi) {
            std::cout << "- " << display_name(*person) << '\n';
        }
    } catch (const Error& e) { // FileError: no such file...; ReadError: not JSON, not a dossier
        std::cerr << "seed_questions: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
