// The client program of the integration tests, as a user writes one: it builds a small
// dossier, writes it as JSON and reads it back. Exits non-zero when the copy differs or
// the version is missing.
#include <communique/communique.hpp>
#include <communique/version.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <string_view>

int main()
{
    try {
        const communique::Dossier dossier{
            .sources = {{.id = communique::SourceId("app-2026-02-12"),
                         .kind = communique::SourceKind::news_report,
                         .headline = "Pakistan, Kazakhstan discuss regional connectivity",
                         .published = communique::Date(2026, 2, 12)}},
            .organizations = {{.id = communique::OrganizationId("issi"),
                               .name = "Institute of Strategic Studies Islamabad",
                               .abbreviation = "ISSI",
                               .kind = communique::OrganizationKind::think_tank,
                               .country = communique::CountryCode("PK")}},
        };
        const std::string text = communique::write(dossier);
        if (communique::read<communique::Dossier>(text) != dossier) {
            std::cerr << "the dossier read back differs from the one written:\n" << text;
            return 1;
        }
        if (std::string_view(COMMUNIQUE_VERSION_STRING).empty()) {
            std::cerr << "COMMUNIQUE_VERSION_STRING is empty\n";
            return 1;
        }
        std::cout << "communique " << COMMUNIQUE_VERSION_STRING << " wrote and read back:\n" << text;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
