// What the subcommands of the `communique` command share: the exit statuses, the way each
// subcommand plugs into the command line, and the one style of every message it prints
// about a file, on standard error or standard output.
#pragma once

#include <communique/communique.hpp>

#include <CLI/CLI.hpp>

#include <array>
#include <cerrno>
#include <cstdio>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>

namespace command {

// The exit statuses, from best to worst: when a subcommand reads several files, the worst
// met is the command's.
enum class ExitStatus {
    ok = 0,       // done, and nothing wrong found
    problems = 1, // a file does not read as what it should be, or validate found errors
    usage = 2,    // a usage error: a bad command line, or a file that cannot be read at all
};

// A subcommand: its part of the command line, and what runs once that part is parsed.
struct Subcommand {
    CLI::App* options = nullptr;
    std::function<ExitStatus()> run;
};

// Each adds itself to `communique` (the whole command line) and says how it runs.
Subcommand add_validate(CLI::App& communique);
Subcommand add_summary(CLI::App& communique);
Subcommand add_graph(CLI::App& communique);
Subcommand add_schema(CLI::App& communique);
Subcommand add_jsonld(CLI::App& communique);

// The end of the help of a subcommand that reads one dossier and prints it in another form.
inline constexpr std::string_view dossier_exit_statuses = R"(Exit status:
  0  FILE read as a dossier, and what it holds is printed
  1  FILE does not read as a dossier (said on standard error, as communique validate says it)
  2  a usage error: a bad command line, or a FILE that cannot be read)";

// The name every message on standard error starts with.
inline constexpr std::string_view program = "communique";

// The file name that stands for standard input on the command line, and in messages.
inline constexpr std::string_view standard_input = "-";
inline constexpr std::string_view standard_input_name = "<stdin>";

// `communique: MESSAGE` on standard error: what went wrong that is not about what a file says.
inline void print_error(std::string_view message)
{
    std::cerr << program << ": " << message << '\n';
}

// `FILE: error [CHECK] POINTER: MESSAGE`, one line about what a file says, the pointer left
// out when the problem is the whole document. CHECK is a check of communique::validate, or
// read_check for what communique::read reports.
inline void print_problem(std::ostream& out, std::string_view file, communique::Severity severity,
                          std::string_view check, std::string_view pointer, std::string_view message)
{
    out << file << ": " << (severity == communique::Severity::warning ? "warning" : "error") << " [" << check << "]"
        << (pointer.empty() ? "" : " ") << pointer << ": " << message << '\n';
}

inline constexpr std::string_view read_check = "read";

// How messages name `file`: as given, or <stdin> for -.
inline std::string_view file_name(std::string_view file)
{
    return file == standard_input ? standard_input_name : file;
}

// The whole text of `file` (standard input for -), or nothing, after saying why, when it
// cannot be read. C stdio is used because it says why through errno.
inline std::optional<std::string> read_input(const std::string& file)
{
    if (file == standard_input) {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::FILE* stream = std::fopen(file.c_str(), "rb");
    if (stream == nullptr) {
        print_error("cannot open " + file + ": " + std::generic_category().message(errno));
        return std::nullopt;
    }
    std::string text;
    std::array<char, 65536> buffer{};
    std::size_t count = 0;
    while ((count = std::fread(buffer.data(), 1, buffer.size(), stream)) > 0) {
        text.append(buffer.data(), count);
    }
    const bool failed = std::ferror(stream) != 0;
    const int error = errno;
    std::fclose(stream);
    if (failed) {
        print_error("cannot read " + file + ": " + std::generic_category().message(error));
        return std::nullopt;
    }
    return text;
}

// The dossier in a file, or why there is none.
struct DossierInput {
    std::optional<communique::Dossier> dossier;
    ExitStatus status = ExitStatus::ok; // why there is no dossier
};

// Reads `file` (standard input for -) as a dossier. What is wrong is said on standard
// error: a file that cannot be read is a usage error, a file that does not read as a
// dossier gets the line of `communique validate` and is a problem.
inline DossierInput read_dossier(const std::string& file)
{
    const std::optional<std::string> text = read_input(file);
    if (!text) {
        return {std::nullopt, ExitStatus::usage};
    }
    try {
        return {communique::read<communique::Dossier>(*text), ExitStatus::ok};
    } catch (const communique::ReadError& e) {
        print_problem(std::cerr, file_name(file), communique::Severity::error, read_check, e.path(), e.message());
        return {std::nullopt, ExitStatus::problems};
    }
}

} // namespace command
