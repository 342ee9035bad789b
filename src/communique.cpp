// The one source file of communique::separate: every program that links that target compiles
// the reading and writing of a Dossier here, once.
#include <communique/src.hpp>
