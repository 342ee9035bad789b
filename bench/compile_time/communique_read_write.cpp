// Compile-time measure (b): communique reading and writing a whole dossier.
#include <communique/communique.hpp>

#include <iostream>
#include <iterator>
#include <string>

int main()
{
    const std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    const auto dossier = communique::read<communique::Dossier>(text);
    std::cout << communique::write(dossier);
}
