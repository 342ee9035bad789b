// A one-day bilateral seminar built in code: two sessions, four speakers, and the memorandum
// of understanding that the two institutes holding it signed there. The institutes and the
// people are invented for the example. Prints the dossier as JSON.
#include <communique/communique.hpp>

#include <iostream>

int main()
{
    using namespace communique;
    const Date day(2026, 3, 5);
    const auto at = [&](unsigned hour, unsigned minute) { return DateTime(day, hour, minute, 0, utc_offset(5, 30)); };
    const auto fellow = [](const char* title, OrganizationId where) {
        return Position{.title = title, .organization = where};
    };
    const Dossier dossier{
        .organizations = {{.id = "ces"_org,
                           .name = "Centre for Eurasian Studies",
                           .abbreviation = "CES",
                           .country = CountryCode("IN")},
                          {.id = "aifp"_org,
                           .name = "Almaty Institute of Foreign Policy",
                           .abbreviation = "AIFP",
                           .country = CountryCode("KZ")}},
        .people =
            {{.id = "meera-rao"_person, .name = "Meera Rao", .positions = {fellow("Director", "ces"_org)}},
             {.id = "arman-seitkali"_person, .name = "Arman Seitkali", .positions = {fellow("Director", "aifp"_org)}},
             {.id = "vikram-nair"_person, .name = "Vikram Nair", .positions = {fellow("Senior Fellow", "ces"_org)}},
             {.id = "dana-abenova"_person,
              .name = "Dana Abenova",
              .positions = {fellow("Research Fellow", "aifp"_org)}}},
        .events = {{.id = "ces-aifp-seminar-2026"_event,
                    .title = "India and Kazakhstan: Connectivity and Trade",
                    .kind = EventKind::seminar,
                    .status = EventStatus::held,
                    .start_date = day,
                    .start = at(10, 0),
                    .end = at(13, 0),
                    .venue = Place{.name = "Conference Hall", .city = "New Delhi", .country = CountryCode("IN")},
                    .organizers = {{"ces"_org, OrganizerRole::host}, {"aifp"_org, OrganizerRole::co_host}},
                    .sides = {party(CountryCode("IN")), party(CountryCode("KZ"))},
                    .sessions = {{.kind = SessionKind::opening,
                                  .start = at(10, 0),
                                  .end = at(11, 0),
                                  .speakers = {{"meera-rao"_person, Role::chair},
                                               {.person = "arman-seitkali"_person,
                                                .role = Role::keynote,
                                                .remarks =
                                                    Remarks{.figures = {{.measure = "India-Kazakhstan trade target",
                                                                         .amount = exactly(5'000'000'000_dec),
                                                                         .currency = CurrencyCode("USD"),
                                                                         .target_date = Date(2030)}}}}}},
                                 {.kind = SessionKind::working,
                                  .title = "Transport corridors",
                                  .start = at(11, 30),
                                  .end = at(13, 0),
                                  .speakers = {{"vikram-nair"_person, Role::moderator},
                                               {"dana-abenova"_person, Role::speaker}}}},
                    .outcomes = {"ces-aifp-mou"_agreement}}},
        .agreements = {{.id = "ces-aifp-mou"_agreement,
                        .title = "Memorandum of Understanding between CES and AIFP",
                        .kind = AgreementKind::memorandum_of_understanding,
                        .parties = {party("ces"_org), party("aifp"_org)},
                        .signatories = {{"meera-rao"_person, party("ces"_org)},
                                        {"arman-seitkali"_person, party("aifp"_org)}},
                        .status = AgreementStatus::signed_,
                        .signed_date = day,
                        .signed_at = "ces-aifp-seminar-2026"_event}},
    };
    std::cout << write(dossier);
}
