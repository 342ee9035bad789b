// docs/json-schema.md's example: reads, strictly, the dossier that tests/schema_example.py
// made in Python and checked with the schema, then validates what no schema can check.
//
//     schema_example_read <dossier.json>
#include <communique/communique.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: schema_example_read <dossier.json>\n";
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();

    try {
        const auto dossier = communique::read<communique::Dossier>(text.str());
        // The schema checked the form; ids that name no record, dates out of order... are validate's.
        const auto problems = communique::validate(dossier);
        for (const auto& problem : problems) {
            std::cerr << '[' << problem.check << "] " << problem.path << ": " << problem.message << '\n';
        }
        std::cout << dossier.events.front().title << '\n';
        return communique::has_errors(problems) ? 1 : 0;
    } catch (const communique::ReadError& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
}
