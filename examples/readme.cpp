// The code sample of the README, compiled and run by the tests so that it cannot go stale:
// reads the dossier in the file named on the command line, writes it back, converts its
// first event through nlohmann::json, and lists what the validator finds.
#include <communique/communique.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: readme DOSSIER.json\n";
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    std::ostringstream buffer;
    buffer << file.rdbuf();
    const std::string text = buffer.str();

    // clang-format off
    communique::Dossier d = communique::read<communique::Dossier>(text); // strict, throws on bad input
    std::string out = communique::write(d);                             // deterministic JSON text
    nlohmann::json j = d.events.front();                                // ADL, as nlohmann users expect
    auto e = j.get<communique::Event>();

    // What JSON cannot say: ids that name no record, dates out of order... each with its check.
    for (const auto& problem : communique::validate(d))
        std::cerr << '[' << problem.check << "] " << problem.path << ": " << problem.message << '\n';
    // clang-format on

    std::cout << e.title << '\n' << (out == text ? "written back unchanged" : "written back changed") << '\n';
    return 0;
}
