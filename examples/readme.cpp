// The code sample of the README, compiled and run by the tests so that it cannot go stale:
// reads the dossier in the file named on the command line, writes it back, converts its
// first conference through nlohmann::json, and lists what the validator finds.
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
    nlohmann::json j = d.conferences.front();                           // ADL, as nlohmann users expect
    auto c = j.get<communique::Conference>();

    for (const auto& problem : communique::validate(d))                 // what JSON cannot say:
        std::cerr << problem.path << ": " << problem.message << '\n';   // dangling ids, dates out of order...
    // clang-format on

    std::cout << c.title << '\n' << (out == text ? "written back unchanged" : "written back changed") << '\n';
    return 0;
}
