// A main() for the fuzz target where libFuzzer is not at hand (g++, or clang without
// COMMUNIQUE_BUILD_FUZZERS): runs LLVMFuzzerTestOneInput once on each file named on the
// command line, and on each file of each folder named, so that every build of the tests
// replays the corpus and every input the fuzzer ever found. A broken property traps, as
// under libFuzzer; an unexpected exception ends the program with a message.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs(const std::filesystem::path& argument)
{
    if (!std::filesystem::is_directory(argument)) {
        return {argument};
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(argument)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto& file : inputs(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            if (!in) {
                std::cerr << "cannot read " << file << "\n";
                return 1;
            }
            const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
            std::cout << "Running: " << file.string() << std::endl;
            try {
                LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            } catch (const std::exception& e) {
                std::cerr << file << ": uncaught exception: " << e.what() << "\n";
                return 1;
            }
            ++count;
        }
    }
    std::cout << "Executed " << count << " inputs\n";
    return 0;
}
