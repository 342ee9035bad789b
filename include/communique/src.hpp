// SPDX-License-Identifier: BSL-1.0
// The compiled part of communique, for a program built with COMMUNIQUE_SEPARATE_COMPILATION
// defined: include this header in exactly one source file of the program (the CMake target
// communique::separate does it for you). It holds the reading and writing of a Dossier, which
// read.hpp then only declares in the program's other files.
#pragma once

#include <communique/dossier.hpp>
#include <communique/read.hpp>

#include <string>
#include <string_view>

namespace communique {

template Dossier read<Dossier>(std::string_view, const ReadOptions&);
template ReadResult<Dossier> try_read<Dossier>(std::string_view, const ReadOptions&);
template std::string write<Dossier>(const Dossier&, const WriteOptions&);

} // namespace communique
