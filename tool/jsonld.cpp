// communique jsonld: prints a dossier as schema.org JSON-LD, as communique::to_jsonld makes
// it: one @graph of its sources, organisations, people, series, events and agreements,
// each a node whose IRI is under the base that --base gives.
#include "command.hpp"

#include <communique/jsonld.hpp>

#include <memory>
#include <string>

namespace command {
namespace {

struct JsonldOptions {
    std::string file;
    std::string base = "urn:communique:dossier/";
};

constexpr std::string_view footer =
    R"(Each record's node has the IRI BASE + "events/" + its id (or "people/", "organizations/",
"series/", "agreements/", "sources/"). Give as BASE the address where the dossier is
published; the default, urn:communique:dossier/, names the records without placing them.
Corridors have no schema.org type and are left out.

Exit status:
  0  FILE read as a dossier, and its JSON-LD is printed
  1  FILE does not read as a dossier (said on standard error, as communique validate says it)
  2  a usage error: a bad command line or BASE, or a FILE that cannot be read)";

ExitStatus run(const JsonldOptions& options)
{
    const DossierInput input = read_dossier(options.file);
    if (!input.dossier) {
        return input.status;
    }
    nlohmann::ordered_json document;
    try {
        document = communique::to_jsonld(*input.dossier, options.base);
    } catch (const communique::InvalidValue& e) { // a BASE that is not an IRI to put ids under
        print_error(e.what());
        return ExitStatus::usage;
    }
    std::cout << document.dump(2) << '\n';
    return ExitStatus::ok;
}

} // namespace

Subcommand add_jsonld(CLI::App& communique)
{
    auto options = std::make_shared<JsonldOptions>();
    CLI::App* jsonld = communique.add_subcommand("jsonld", "Print a dossier as schema.org JSON-LD");
    jsonld->add_option("FILE", options->file, "A dossier file, or - for standard input")->required();
    jsonld
        ->add_option("--base", options->base,
                     "The absolute IRI, ending in / or #, under which the records' IRIs are made")
        ->type_name("IRI")
        ->capture_default_str();
    jsonld->footer(std::string(footer));
    return {jsonld, [options] { return run(*options); }};
}

} // namespace command
