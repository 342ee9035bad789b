// Writes a small dossier, reads it back here and in round_trip.cpp, and fails unless all
// three agree.
#include <communique/communique.hpp>

#include <iostream>
#include <string>

#ifndef COMMUNIQUE_SEPARATE_COMPILATION
#error "communique::separate defines COMMUNIQUE_SEPARATE_COMPILATION"
#endif

std::string round_trip(const std::string& text);

int main()
{
    using namespace communique;
    const Dossier dossier{.organizations = {{.id = "issi"_org,
                                             .name = "Institute of Strategic Studies Islamabad",
                                             .abbreviation = "ISSI",
                                             .country = "PK"_country}}};
    const std::string text = write(dossier);
    if (read<Dossier>(text) != dossier || round_trip(text) != text || !try_read<Dossier>(text)) {
        std::cerr << "the dossier read back differs from the one written:\n" << text;
        return 1;
    }
    std::cout << text;
}
