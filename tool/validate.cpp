// communique validate: checks dossier files. Each file is read strictly with
// communique::read and, when it reads, checked with communique::validate; every problem is
// printed on standard output as `FILE: SEVERITY [CHECK] POINTER: MESSAGE`, one a line, so
// that editors and scripts can jump to it and filter by check.
#include "command.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace command {
namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    bool ignore_unknown_keys = false;
};

constexpr std::string_view footer =
    R"(Reads each FILE as a communique dossier (JSON) and checks it with communique::validate.
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

Exit status:
  0  every file read and no file has an error (warnings are printed but pass)
  1  some file did not read as a dossier or has validation errors
  2  a usage error: an unknown option, or a FILE that cannot be read)";

// Reads and validates one document, printing what is wrong with it.
ExitStatus check_document(std::string_view file, const std::string& text, const communique::ReadOptions& options)
{
    communique::Dossier dossier;
    try {
        dossier = communique::read<communique::Dossier>(text, options);
    } catch (const communique::ReadError& e) {
        print_problem(std::cout, file, communique::Severity::error, read_check, e.path(), e.message());
        return ExitStatus::problems;
    }
    const std::vector<communique::Problem> problems = communique::validate(dossier);
    for (const communique::Problem& problem : problems) {
        print_problem(std::cout, file, problem.severity, problem.check, problem.path, problem.message);
    }
    return communique::has_errors(problems) ? ExitStatus::problems : ExitStatus::ok;
}

ExitStatus check_file(const std::string& file, const communique::ReadOptions& options)
{
    const std::optional<std::string> text = read_input(file);
    if (!text) {
        return ExitStatus::usage;
    }
    return check_document(file_name(file), *text, options);
}

// Every file is checked, even after one that cannot be read: the status is the worst met.
ExitStatus run(const ValidateOptions& options)
{
    communique::ReadOptions read_options;
    read_options.ignore_unknown_keys = options.ignore_unknown_keys;
    const std::vector<std::string> files =
        options.files.empty() ? std::vector<std::string>{std::string(standard_input)} : options.files;
    ExitStatus status = ExitStatus::ok;
    for (const std::string& file : files) {
        status = std::max(status, check_file(file, read_options));
    }
    return status;
}

} // namespace

Subcommand add_validate(CLI::App& communique)
{
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* validate = communique.add_subcommand("validate", "Check dossier files: read, then validate");
    validate->footer(std::string(footer));
    validate->add_option("FILE", options->files, "A dossier file, or - for standard input");
    validate->add_flag("--ignore-unknown-keys", options->ignore_unknown_keys,
                       "Skip object members that the format does not define");
    return {validate, [options] { return run(*options); }};
}

} // namespace command
