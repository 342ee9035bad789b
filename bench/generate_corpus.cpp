// Writes the benchmark corpus (corpus.hpp) and checks it: the dossier must be one that
// communique::validate finds nothing wrong with, and reading its text back must give it.
//
//   generate_corpus [megabytes] [file]
//
// writes a corpus of about `megabytes` (10 unless given) to `file` (standard output unless
// given), and what it holds to standard error. It fails when validate reports a problem.
#include "corpus.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    const double megabytes = argc > 1 ? std::stod(argv[1]) : 10.0;
    const communique::Dossier dossier = bench::make_corpus(static_cast<std::size_t>(megabytes * 1e6));
    const std::string text = communique::write(dossier);

    std::size_t sessions = 0;
    std::size_t speakers = 0;
    for (const auto& event : dossier.events) {
        sessions += event.sessions.size();
        speakers += event.speakers.size();
        for (const auto& session : event.sessions) {
            speakers += session.speakers.size();
        }
    }
    std::cerr << text.size() << " bytes: " << dossier.events.size() << " events, " << sessions << " sessions, "
              << speakers << " speakers, " << dossier.people.size() << " people, " << dossier.organizations.size()
              << " organizations, " << dossier.agreements.size() << " agreements, " << dossier.corridors.size()
              << " corridors, " << dossier.series.size() << " series, " << dossier.sources.size() << " sources\n";

    const auto problems = communique::validate(dossier);
    for (const auto& problem : problems) {
        std::cerr << '[' << problem.check << "] " << problem.path << ": " << problem.message << '\n';
    }
    if (!problems.empty()) {
        std::cerr << problems.size() << " problems: the corpus is not a valid dossier\n";
        return EXIT_FAILURE;
    }
    if (communique::read<communique::Dossier>(text) != dossier) {
        std::cerr << "reading the corpus back does not give the dossier written\n";
        return EXIT_FAILURE;
    }
    std::cerr << "validate finds no problem; reading the text back gives the same dossier\n";

    if (argc > 2) {
        std::ofstream(argv[2], std::ios::binary) << text;
    } else {
        std::cout << text;
    }
    return EXIT_SUCCESS;
}
