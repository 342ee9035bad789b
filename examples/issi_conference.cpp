// Prints the dossier of the seed report (see issi_dossier.hpp, which builds it in code) as
// canonical JSON on standard output.
#include "issi_dossier.hpp"

#include <communique/communique.hpp>

#include <iostream>

int main()
{
    std::cout << communique::write(issi_example::dossier());
    return 0;
}
