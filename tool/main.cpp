// communique: the command-line tool of the library. One subcommand a task, each in its own
// file: validate checks dossier files, summary and graph print a dossier as a programme or
// as a Graphviz graph, schema prints the JSON Schema of the format and jsonld a dossier as
// schema.org JSON-LD.
#include "command.hpp"

#include <communique/version.hpp>

#include <string>
#include <vector>

namespace {

constexpr std::string_view footer = R"(Run 'communique SUBCOMMAND --help' for what each subcommand does.

Exit status:
  0  done, and nothing wrong found
  1  a file does not read as a dossier, or has validation errors
  2  a usage error: a bad command line, or a file that cannot be read)";

// The name of the subcommand that the command line chose, if parsing got that far: its
// --help tells how to use it.
std::string chosen_subcommand(const CLI::App& communique)
{
    const std::vector<CLI::App*> chosen = communique.get_subcommands();
    return chosen.empty() ? "" : chosen.front()->get_name();
}

} // namespace

int main(int argc, char** argv)
{
    CLI::App communique("Reads, checks and converts communique dossiers (JSON).", std::string(command::program));
    communique.footer(std::string(footer));
    communique.set_version_flag("--version", "communique " COMMUNIQUE_VERSION_STRING,
                                "Print the version of communique and exit");
    communique.require_subcommand(1);

    const std::vector<command::Subcommand> subcommands{
        command::add_validate(communique), command::add_summary(communique), command::add_graph(communique),
        command::add_schema(communique), command::add_jsonld(communique)};

    try {
        communique.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return communique.exit(e); // --help or --version, printed on standard output
    } catch (const CLI::ParseError& e) {
        const std::string subcommand = chosen_subcommand(communique);
        const std::vector<std::string> unused = communique.remaining();
        if (subcommand.empty() && !unused.empty() && !unused.front().starts_with('-')) {
            command::print_error("unknown subcommand " + unused.front());
        } else {
            command::print_error(e.what());
        }
        std::cerr << "Try '" << command::program << (subcommand.empty() ? "" : " " + subcommand)
                  << " --help' for more information.\n";
        return static_cast<int>(command::ExitStatus::usage);
    }

    for (const command::Subcommand& subcommand : subcommands) {
        if (subcommand.options->parsed()) {
            return static_cast<int>(subcommand.run());
        }
    }
    return static_cast<int>(command::ExitStatus::usage); // not reached: require_subcommand(1)
}
