// communique schema: prints the JSON Schema (draft 2020-12) of a record type of the model,
// the Dossier by default, as communique::json_schema generates it. The schema of the
// Dossier is the committed schema/dossier.schema.json.
#include "command.hpp"

#include <communique/json_schema.hpp>

#include <memory>
#include <string>
#include <vector>

namespace command {
namespace {

constexpr std::string_view about = R"(Prints the JSON Schema (draft 2020-12) of TYPE's JSON form, as communique::read
reads it: with no TYPE, that of a whole dossier file, schema/dossier.schema.json.)";

constexpr std::string_view exit_statuses = R"(Exit status:
  0  the schema is printed
  2  a usage error: TYPE is not a record type of the model)";

// "TYPE is one of: Dossier, Agreement, ...", wrapped as the rest of the help is.
std::string types_text(const std::vector<std::string>& names)
{
    constexpr std::size_t line_width = 90;
    std::string text = "TYPE is one of:";
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string word = names[i] + (i + 1 < names.size() ? "," : ".");
        if (text.size() - line_start + 1 + word.size() > line_width) {
            text += "\n ";
            line_start = text.size() - 1;
        }
        text += " " + word;
    }
    return text;
}

ExitStatus run(const std::string& type)
{
    const std::optional<nlohmann::ordered_json> schema = communique::json_schema_by_name(type);
    if (!schema) { // not reached: the command line accepts only the names json_schema_by_name knows
        print_error("no schema for " + type);
        return ExitStatus::usage;
    }
    std::cout << schema->dump(2) << '\n';
    return ExitStatus::ok;
}

} // namespace

Subcommand add_schema(CLI::App& communique)
{
    auto type = std::make_shared<std::string>("Dossier");
    const std::vector<std::string> names = communique::json_schema_names();
    CLI::App* schema = communique.add_subcommand("schema", "Print the JSON Schema of a dossier, or of a record type");
    schema->add_option("TYPE", *type, "A record type of the model (Dossier by default)")
        ->check(CLI::IsMember(names).description(""));
    schema->footer(std::string(about) + "\n\n" + types_text(names) + "\n\n" + std::string(exit_statuses));
    return {schema, [type] { return run(*type); }};
}

} // namespace command
