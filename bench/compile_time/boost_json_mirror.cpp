// Compile-time measure (c): Boost.JSON reading and writing the benchmark's mirror of the
// model (described plain structs, bench/mirror.hpp) with value_to and value_from.
#include "mirror.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <iostream>
#include <iterator>
#include <string>

int main()
{
    const std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    const auto dossier = boost::json::value_to<mirror::Dossier>(boost::json::parse(text));
    std::cout << boost::json::serialize(boost::json::value_from(dossier)) << '\n';
}
