// The second source file: it reads and writes a Dossier as well, so that both files use the
// one compiled copy.
#include <communique/dossier.hpp>
#include <communique/read.hpp>

#include <string>

#ifndef COMMUNIQUE_SEPARATE_COMPILATION
#error "communique::separate defines COMMUNIQUE_SEPARATE_COMPILATION"
#endif

std::string round_trip(const std::string& text)
{
    return communique::write(communique::read<communique::Dossier>(text));
}
