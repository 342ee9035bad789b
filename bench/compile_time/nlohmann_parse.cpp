// Compile-time measure (a): nlohmann/json alone, parsing a document and reading from it.
#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

int main()
{
    const nlohmann::json json = nlohmann::json::parse(std::cin);
    std::cout << json.at("format_version").get<std::string>() << ' ' << json.dump(2).size() << '\n';
}
