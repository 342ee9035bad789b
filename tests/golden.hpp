// The tests' files: read_text reads one whole, and golden_text reads a golden file after
// writing it anew from what the code produces when COMMUNIQUE_UPDATE_GOLDEN is set (run the
// test program directly: COMMUNIQUE_UPDATE_GOLDEN=1 ./build/tests/test_reports).
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

inline std::string read_text(const std::filesystem::path& path)
{
    std::ifstream file(path, std::ios::binary);
    INFO(path.string());
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

inline std::string golden_text(const std::filesystem::path& path, const std::string& produced)
{
    if (std::getenv("COMMUNIQUE_UPDATE_GOLDEN") != nullptr) {
        std::ofstream file(path, std::ios::binary);
        INFO(path.string());
        REQUIRE(file);
        file << produced;
        REQUIRE(file.good());
    }
    return read_text(path);
}
