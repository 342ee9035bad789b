// Compile-time measure (d): the same program as (b), in a program built with
// COMMUNIQUE_SEPARATE_COMPILATION (what the CMake target communique::separate gives): the
// reading and writing of a Dossier are compiled once elsewhere, in (e).
#define COMMUNIQUE_SEPARATE_COMPILATION
#include <communique/dossier.hpp>
#include <communique/read.hpp>

#include <iostream>
#include <iterator>
#include <string>

int main()
{
    const std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    const auto dossier = communique::read<communique::Dossier>(text);
    std::cout << communique::write(dossier);
}
