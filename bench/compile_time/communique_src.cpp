// Compile-time measure (e): the one file of a program built with
// COMMUNIQUE_SEPARATE_COMPILATION that compiles the reading and writing of a Dossier.
#define COMMUNIQUE_SEPARATE_COMPILATION
#include <communique/src.hpp>
