// communique-validate: checks dossier files from the command line. Each file is read
// strictly with communique::read and, when it reads, checked with communique::validate;
// every problem is printed on standard output as `FILE: SEVERITY [CHECK] POINTER: MESSAGE`,
// one a line, so that editors and scripts can jump to it and filter by check.
#include <communique/communique.hpp>

#include <array>
#include <cerrno>
#include <cstdio>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

// The exit statuses, from best to worst: the worst met over all files is the program's.
enum exit_status { clean = 0, has_problems = 1, usage_error = 2 };

constexpr std::string_view program = "communique-validate";

constexpr std::string_view usage_text = R"(usage: communique-validate [OPTION]... [FILE]...

Reads each FILE as a communique dossier (JSON) and checks it with communique::validate.
With no FILE, or when FILE is -, reads standard input.

Every problem is printed on standard output, one a line:

  FILE: error [CHECK] POINTER: MESSAGE
  FILE: warning [CHECK] POINTER: MESSAGE

CHECK is the id of the check that found the problem, such as dangling-reference
(docs/validation.md lists them), or read for a file that does not read as a dossier
(not JSON, a bad enum or date, an unknown key): such a file gets one line, for the first
problem met, and is not validated further. POINTER is the RFC 6901 JSON Pointer of the
offending value, left out when the problem is the whole document. FILE is <stdin> for
standard input. A clean file prints nothing.

Options:
  --ignore-unknown-keys   skip object members that the format does not define
                          instead of reporting them
  --help                  print this help and exit
  --                      treat every later argument as a FILE

Exit status:
  0  every file read and no file has an error (warnings are printed but pass)
  1  some file did not read as a dossier or has validation errors
  2  a usage error: an unknown option, or a FILE that cannot be read
)";

struct options {
    communique::ReadOptions read;
    std::vector<std::string> files;
    bool help = false;
};

void complain(std::string_view message)
{
    std::cerr << program << ": " << message << '\n';
}

// The command line as options, or nothing (after saying why) when it makes no sense.
std::optional<options> parse_command_line(int argc, char** argv)
{
    options parsed;
    bool only_files = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (only_files || argument == "-" || !argument.starts_with("-")) {
            parsed.files.emplace_back(argument);
        } else if (argument == "--") {
            only_files = true;
        } else if (argument == "--help") {
            parsed.help = true;
        } else if (argument == "--ignore-unknown-keys") {
            parsed.read.ignore_unknown_keys = true;
        } else {
            complain("unknown option " + std::string(argument));
            std::cerr << "Try '" << program << " --help' for more information.\n";
            return std::nullopt;
        }
    }
    if (parsed.files.empty()) {
        parsed.files.emplace_back("-");
    }
    return parsed;
}

// The whole content of the file at `path`, or nothing (after saying why) when it cannot
// be read. C stdio is used because it reports why through errno.
std::optional<std::string> read_file(const std::string& path)
{
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        complain("cannot open " + path + ": " + std::generic_category().message(errno));
        return std::nullopt;
    }
    std::string text;
    std::array<char, 65536> buffer{};
    std::size_t count = 0;
    while ((count = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
        text.append(buffer.data(), count);
    }
    const bool failed = std::ferror(file) != 0;
    const int error = errno;
    std::fclose(file);
    if (failed) {
        complain("cannot read " + path + ": " + std::generic_category().message(error));
        return std::nullopt;
    }
    return text;
}

std::string read_standard_input()
{
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
}

// "FILE: error [CHECK] POINTER: MESSAGE", the pointer left out when it is the whole document's.
void print_line(std::string_view file, communique::Severity severity, std::string_view check, std::string_view path,
                std::string_view message)
{
    std::cout << file << ": " << (severity == communique::Severity::warning ? "warning" : "error") << " [" << check
              << "]" << (path.empty() ? "" : " ") << path << ": " << message << '\n';
}

// What communique::read reports has no check of validate's: its check is "read".
constexpr std::string_view read_check = "read";

// Reads and validates one document, printing what is wrong with it.
exit_status check_document(std::string_view file, const std::string& text, const communique::ReadOptions& options)
{
    communique::Dossier dossier;
    try {
        dossier = communique::read<communique::Dossier>(text, options);
    } catch (const communique::ReadError& e) {
        print_line(file, communique::Severity::error, read_check, e.path(), e.message());
        return has_problems;
    }
    const std::vector<communique::Problem> problems = communique::validate(dossier);
    for (const communique::Problem& problem : problems) {
        print_line(file, problem.severity, problem.check, problem.path, problem.message);
    }
    return communique::has_errors(problems) ? has_problems : clean;
}

exit_status check_file(const std::string& path, const communique::ReadOptions& options)
{
    if (path == "-") {
        return check_document("<stdin>", read_standard_input(), options);
    }
    const std::optional<std::string> text = read_file(path);
    if (!text) {
        return usage_error;
    }
    return check_document(path, *text, options);
}

} // namespace

int main(int argc, char** argv)
{
    const std::optional<options> parsed = parse_command_line(argc, argv);
    if (!parsed) {
        return usage_error;
    }
    if (parsed->help) {
        std::cout << usage_text;
        return clean;
    }
    exit_status status = clean;
    for (const std::string& path : parsed->files) {
        const exit_status file_status = check_file(path, parsed->read);
        if (file_status > status) {
            status = file_status;
        }
    }
    return status;
}
