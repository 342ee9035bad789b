// A one-day bilateral seminar built in code: two sessions, four speakers, and the memorandum of
// understanding the two institutes holding it signed there (both invented). Prints its JSON.
#include <communique/communique.hpp>

#include <iostream>

int main()
{
    using namespace communique;
    const Date day(2026, 3, 5);
    const auto at = [&](unsigned hour, unsigned minute) { return DateTime(day, hour, minute, 0, utc_offset(5, 30)); };
    const auto fellow = [](const char* id, const char* name, const char* title, OrganizationId where) {
        return Person{.id = PersonId(id), .name = name, .positions = {{.title = title, .organization = where}}};
    };
    Dossier d;
    d.organizations = {
        {.id = "ces"_org, .name = "Centre for Eurasian Studies", .abbreviation = "CES", .country = "IN"_country},
        {.id = "aifp"_org,
         .name = "Almaty Institute of Foreign Policy",
         .abbreviation = "AIFP",
         .country = "KZ"_country}};
    d.people = {fellow("meera-rao", "Meera Rao", "Director", "ces"_org),
                fellow("arman-seitkali", "Arman Seitkali", "Director", "aifp"_org),
                fellow("vikram-nair", "Vikram Nair", "Senior Fellow", "ces"_org),
                fellow("dana-abenova", "Dana Abenova", "Research Fellow", "aifp"_org)};
    const Figure trade_target{.measure = "India-Kazakhstan trade target",
                              .amount = exactly(5'000'000'000_dec),
                              .currency = "USD"_currency,
                              .target_date = Date(2030)};
    const Session opening{
        .kind = SessionKind::opening,
        .start = at(10, 0),
        .end = at(11, 0),
        .speakers = {
            {"meera-rao"_person, Role::chair},
            {.person = "arman-seitkali"_person, .role = Role::keynote, .remarks = Remarks{.figures = {trade_target}}}}};
    const Session corridors{
        .kind = SessionKind::working,
        .title = "Transport corridors",
        .start = at(11, 30),
        .end = at(13, 0),
        .speakers = {{"vikram-nair"_person, Role::moderator}, {"dana-abenova"_person, Role::speaker}}};
    d.events = {{.id = "ces-aifp-seminar-2026"_event,
                 .title = "India and Kazakhstan: Connectivity and Trade",
                 .kind = EventKind::seminar,
                 .status = EventStatus::held,
                 .start_date = day,
                 .start = at(10, 0),
                 .end = at(13, 0),
                 .venue = Place{.name = "Conference Hall", .city = "New Delhi", .country = "IN"_country},
                 .organizers = {{"ces"_org, OrganizerRole::host}, {"aifp"_org, OrganizerRole::co_host}},
                 .sides = {party("IN"_country), party("KZ"_country)},
                 .sessions = {opening, corridors},
                 .outcomes = {"ces-aifp-mou"_agreement}}};
    d.agreements = {
        {.id = "ces-aifp-mou"_agreement,
         .title = "Memorandum of Understanding between CES and AIFP",
         .kind = AgreementKind::memorandum_of_understanding,
         .parties = {party("ces"_org), party("aifp"_org)},
         .signatories = {{"meera-rao"_person, party("ces"_org)}, {"arman-seitkali"_person, party("aifp"_org)}},
         .status = AgreementStatus::signed_,
         .signed_date = day,
         .signed_at = "ces-aifp-seminar-2026"_event}};
    std::cout << write(d);
}
