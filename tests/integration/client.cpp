// The client program of the integration tests, as a user writes one: it builds a small
// dossier (a source, an organisation, a person and an event with an organizer, a speaker
// and a figure), writes it as JSON and reads it back. Exits non-zero when the copy differs or
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
            .people = {{.id = communique::PersonId("talat-shabbir"), .name = "Talat Shabbir", .honorific = "Dr."}},
            .events = {{.id = communique::EventId("issi-2026-02-12"),
                        .title = "Pakistan-Kazakhstan: Building Bridges",
                        .kind = communique::EventKind::conference,
                        .start_date = communique::Date(2026, 2, 12),
                        .organizers = {{.organization = communique::OrganizationId("issi"),
                                        .role = communique::OrganizerRole::host}},
                        .participant_count =
                            communique::hedged(communique::Qualifier::approximately, communique::Decimal(300)),
                        .speakers = {{.person = communique::PersonId("talat-shabbir"),
                                      .role = communique::Role::welcome_remarks}},
                        .figures = {{.measure = "export potential",
                                     .amount = communique::exactly(communique::Decimal(1700000000)),
                                     .currency = communique::CurrencyCode("USD")}},
                        .sources = {communique::SourceId("app-2026-02-12")}}},
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
