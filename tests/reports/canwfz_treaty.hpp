// The Treaty on a Nuclear-Weapon-Free Zone in Central Asia: proposed in 1993, negotiated
// from 2002 to 2005, signed at Semipalatinsk on 8 September 2006, ratified by its five
// parties, in force since 21 March 2009, and its Protocol signed by the five nuclear-weapon
// states in 2014, as tests/data/reports/canwfz_treaty.md reports them.
#pragma once

#include "build.hpp"

#include <communique/communique.hpp>

namespace reports::canwfz_treaty {

using namespace communique;

inline const CountryCode kazakhstan{"KZ"};
inline const CountryCode kyrgyzstan{"KG"};
inline const CountryCode tajikistan{"TJ"};
inline const CountryCode turkmenistan{"TM"};
inline const CountryCode uzbekistan{"UZ"};
inline const CountryCode china{"CN"};
inline const CountryCode france{"FR"};
inline const CountryCode russia{"RU"};
inline const CountryCode united_kingdom{"GB"};
inline const CountryCode united_states{"US"};

inline const SourceId cns_2006{"cns-2006-09-08-central-asian-nwfz"};
inline const SourceId ilpi_treaty{"ilpi-nuclear-weapons-project-central-asia"};
inline const SourceId kas_timeline{"kas-timeline-semipalatinsk-treaty-signed"};
inline const SourceId wonk_2008{"totalwonkerr-2008-11-20-one-ratification-left"};
inline const SourceId rferl_2009{"rferl-2009-04-central-asia-proclaims-nwfz"};
inline const SourceId consulate_2009{"kazakhstan-consulate-hong-kong-2009-canwfz"};
inline const SourceId uzdaily_2015{"uzdaily-2015-russia-ratifies-protocol"};
inline const SourceId treaty_text{"treaty-text-cis-legislation"};

inline const OrganizationId cns{"cns"};
inline const OrganizationId ilpi{"ilpi"};
inline const OrganizationId kas{"konrad-adenauer-stiftung"};
inline const OrganizationId total_wonkerr{"total-wonkerr"};
inline const OrganizationId rferl{"rferl"};
inline const OrganizationId kazakh_consulate{"kazakhstan-consulate-general-hong-kong"};
inline const OrganizationId uzdaily{"uzdaily"};
inline const OrganizationId cis_legislation{"cis-legislation"};
inline const OrganizationId tajik_parliament{"parliament-of-tajikistan"};

inline const PersonId tokayev{"kassym-jomart-tokayev"};
inline const PersonId parrish{"scott-parrish"};
inline const PersonId potter{"william-potter"};

inline const EventId treaty_signing{"canwfz-treaty-signing-2006"};
inline const EventId protocol_signing{"canwfz-protocol-signing-2014"};
inline const EventId npt_prepcom_2014{"npt-prepcom-2014"};
inline const EventId unga_48{"unga-48th-session-1993"};
inline const EventId final_draft{"canwfz-final-draft-tashkent-2005"};

inline const SeriesId unga_sessions{"un-general-assembly-sessions"};

inline const AgreementId treaty{"canwfz-treaty"};
inline const AgreementId almaty_declaration{"almaty-declaration-1997"};
inline const AgreementId protocol{"canwfz-protocol"};

inline const Date signing_day{2006, 9, 8};
inline const Date protocol_day{2014, 5, 6};

inline std::vector<Party> central_asia()
{
    return {party(kazakhstan), party(kyrgyzstan), party(tajikistan), party(turkmenistan), party(uzbekistan)};
}

inline std::vector<Source> sources()
{
    // By Scott Parrish and William Potter.
    Source cns_report = source(cns_2006, SourceKind::report);
    cns_report.channel = Channel::website;
    cns_report.publisher = cns;
    cns_report.authors = {parrish, potter};
    cns_report.headline = "Central Asian States Establish Nuclear-Weapon-Free-Zone Despite US Opposition";
    cns_report.published = Date(2006, 9, 5);
    cns_report.url =
        "https://nonproliferation.org/central-asian-states-establish-nuclear-weapon-free-zone-despite-us-opposition/";
    cns_report.language = "en";

    Source ilpi_page = source(ilpi_treaty, SourceKind::web_page);
    ilpi_page.publisher = ilpi;
    ilpi_page.headline = "Central Asia";
    ilpi_page.url = "http://nwp.ilpi.org/?p=2371";
    ilpi_page.language = "en";

    Source kas_page = source(kas_timeline, SourceKind::web_page);
    kas_page.publisher = kas;
    kas_page.headline = "Semipalatinsk NWFZ Treaty Signed";
    kas_page.url =
        "https://kas.de/en/web/multilateraler-dialog-wien/to-the-third-nuclear-age-a-timeline/detail/-/content/"
        "unterzeichnung-des-nwfz-vertrags-von-semipalatinsk";
    kas_page.language = "en";

    Source wonk = source(wonk_2008, SourceKind::web_page);
    wonk.publisher = total_wonkerr;
    wonk.headline = "Only One Ratification Left for CANWFZ";
    wonk.published = Date(2008, 11, 20);
    wonk.url = "https://totalwonkerr.net/2008/11/20/only-one-ratification-left-for-canwfz/";
    wonk.language = "en";

    Source rferl_report = source(rferl_2009, SourceKind::news_report);
    rferl_report.publisher = rferl;
    rferl_report.dateline = "UNITED NATIONS";
    rferl_report.url = "https://rferl.org/a/Central_Asia_Proclaims_Nuclear_Weapon_Free_Zone/1565901.html";
    rferl_report.language = "en";

    Source consulate_page = source(consulate_2009, SourceKind::official_statement);
    consulate_page.channel = Channel::website;
    consulate_page.publisher = kazakh_consulate;
    consulate_page.headline = "Treaty on a nuclear-weapon-free zone in Central Asia";
    consulate_page.url = "http://consul-kazakhstan.org.hk/intro.php?serial=32";
    consulate_page.language = "en";

    Source uzdaily_report = source(uzdaily_2015, SourceKind::news_report);
    uzdaily_report.publisher = uzdaily;
    uzdaily_report.url = "https://uzdaily.ru/en/russia-ratifies-protocol-to-canwfz";
    uzdaily_report.language = "en";

    Source text = source(treaty_text, SourceKind::other);
    text.channel = Channel::website;
    text.publisher = cis_legislation;
    text.url = "http://cis-legislation.com/document.fwx?rgn=16095";
    text.language = "en";

    return {cns_report, ilpi_page, kas_page, wonk, rferl_report, consulate_page, uzdaily_report, text};
}

inline std::vector<Organization> organizations()
{
    // Publishers: only what the sources say of them.
    Organization cns_record = organization(cns, "James Martin Center for Nonproliferation Studies");
    cns_record.abbreviation = "CNS";
    Organization ilpi_record = organization(ilpi, "International Law and Policy Institute");
    ilpi_record.abbreviation = "ILPI";
    Organization kas_record = organization(kas, "Konrad-Adenauer-Stiftung");
    Organization wonk_record = organization(total_wonkerr, "Total Wonkerr");
    Organization rferl_record = organization(rferl, "Radio Free Europe/Radio Liberty");
    rferl_record.abbreviation = "RFE/RL";

    Organization consulate = organization(
        kazakh_consulate, "Consulate General of the Republic of Kazakhstan in Hong Kong", OrganizationKind::consulate);
    consulate.country = kazakhstan;
    consulate.location = city("Hong Kong", CountryCode("HK"));

    Organization uzdaily_record = organization(uzdaily, "UzDaily");

    Organization legislation = organization(cis_legislation, "CIS Legislation");

    Organization parliament = organization(tajik_parliament, "Parliament of Tajikistan", OrganizationKind::parliament);
    parliament.country = tajikistan;

    return {cns_record, ilpi_record,    kas_record,  wonk_record, rferl_record,
            consulate,  uzdaily_record, legislation, parliament};
}

inline std::vector<Person> people()
{
    // "Kazakh Foreign Minister Kasymoshomart Tokayev", on the day of the signing.
    Person tokayev_record = person(tokayev, "Kassym-Jomart Tokayev");
    Position minister = position("Foreign Minister", kazakhstan);
    minister.as_of = signing_day;
    tokayev_record.positions = {minister};
    tokayev_record.nationality = kazakhstan;
    // The authors of the CNS article, given by name only.
    return {tokayev_record, person(parrish, "Scott Parrish"), person(potter, "William Potter")};
}

inline std::vector<Series> series()
{
    Series sessions;
    sessions.id = unga_sessions;
    sessions.name = "Session of the United Nations General Assembly";
    return {sessions};
}

inline std::vector<Event> events()
{
    // "The foreign ministers of the five Central Asian States ... signed a treaty"; "At the
    // signing ceremony, Kazakh Foreign Minister Kasymoshomart Tokayev underlined ...".
    Event signing = event(treaty_signing, "Signing of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
                          EventKind::signing_ceremony);
    signing.status = EventStatus::held;
    signing.start_date = signing_day;
    // "in Semei" (the consulate) or "at the former Semipalatinsk nuclear test site" (KAS): the
    // city the sources agree on.
    signing.venue = city("Semipalatinsk", kazakhstan);
    signing.sides = central_asia();
    Speaker tokayev_part = speaker(tokayev, Role::signatory, party(kazakhstan));
    Remarks commitment;
    commitment.quotes = {"The countries of our region declared a firm commitment to the principles of disarmament and "
                         "nonproliferation. This is our contribution to ensuring global security."};
    commitment.sources = {cns_2006};
    tokayev_part.remarks = commitment;
    signing.speakers = {tokayev_part};
    signing.outcomes = {treaty};
    signing.sources = {cns_2006, kas_timeline};

    Event prepcom = event(npt_prepcom_2014, "Preparatory Committee of the NPT Review Conference, 2014",
                          EventKind::multilateral_meeting);
    prepcom.status = EventStatus::held;
    prepcom.start_date = Date(2014);
    prepcom.sources = {ilpi_treaty};

    // "signed by the China, France, Russia, the United Kingdom, and the United States at a
    // margin meeting to the NPT PrepCom in 2014"; "On 6 May 2014".
    Event protocol_event = event(protocol_signing,
                                 "Signing of the Protocol to the Treaty on a Nuclear-Weapon-Free Zone "
                                 "in Central Asia",
                                 EventKind::signing_ceremony);
    protocol_event.status = EventStatus::held;
    protocol_event.start_date = protocol_day;
    protocol_event.related = {link(EventRelation::on_sidelines_of, npt_prepcom_2014)};
    protocol_event.sides = {party(china), party(france), party(russia), party(united_kingdom), party(united_states)};
    protocol_event.outcomes = {protocol};
    protocol_event.sources = {ilpi_treaty, uzdaily_2015};

    // "At the 48th session of the UN General Assembly in 1993, Uzbekistan proposed a Central
    // Asian Zone."
    Event assembly =
        event(unga_48, "48th session of the United Nations General Assembly", EventKind::multilateral_meeting);
    assembly.status = EventStatus::held;
    assembly.start_date = Date(1993);
    assembly.series = unga_sessions;
    assembly.edition = 48;
    assembly.sources = {ilpi_treaty};

    // "Negotiations commenced in 2002, and ended in 2005 when a final draft of a treaty text
    // was adopted in Tashkent, Uzbekistan."
    Event drafting =
        event(final_draft, "Adoption of the final draft of the treaty text", EventKind::multilateral_meeting);
    drafting.status = EventStatus::held;
    drafting.start_date = Date(2005);
    drafting.venue = city("Tashkent", uzbekistan);
    drafting.sources = {ilpi_treaty};

    return {signing, prepcom, protocol_event, assembly, drafting};
}

inline std::vector<Agreement> agreements()
{
    Agreement zone = agreement(treaty, "Treaty on a Nuclear-Weapon-Free Zone in Central Asia", AgreementKind::treaty);
    zone.abbreviation = "CANWFZ";
    // "commonly known as the Treaty of Semipalatinsk" (ILPI); "its unofficial name as the
    // 'Semipalatinsk Treaty'" (KAS).
    zone.other_names = {"Treaty of Semipalatinsk", "Semipalatinsk Treaty"};
    zone.parties = central_asia();
    zone.signatories = {signatory(tokayev, party(kazakhstan), signing_day)};
    // "Kyrgyzstan is the Treaty's depositary" (UzDaily).
    zone.depositary = party(kyrgyzstan);
    zone.status = AgreementStatus::in_force;
    Milestone proposal = milestone(MilestoneKind::proposed, Date(1993));
    proposal.by = {party(uzbekistan)};
    proposal.at = unga_48;
    proposal.sources = {ilpi_treaty};
    // "Kyrgyzstan joined Uzbekistan in the plea the following year".
    Milestone plea = milestone(MilestoneKind::proposed, Date(1994));
    plea.by = {party(uzbekistan), party(kyrgyzstan)};
    plea.sources = {ilpi_treaty};
    Milestone negotiation = milestone(MilestoneKind::negotiation, Date(2002));
    negotiation.end_date = Date(2005);
    negotiation.sources = {ilpi_treaty};
    Milestone draft = milestone(MilestoneKind::agreed, Date(2005));
    draft.at = final_draft;
    draft.description = "A final draft of the treaty text adopted in Tashkent";
    draft.sources = {ilpi_treaty};
    zone.history = {proposal, plea, negotiation, draft};
    zone.signed_date = signing_day;
    zone.signed_place = city("Semipalatinsk", kazakhstan);
    zone.signed_at = treaty_signing;
    // "Uzbekistan and Kyrgyzstan have already deposited the instruments of ratification in
    // 2007"; "Turkmenistan's ratification in April of this year" (2008); "a week ago,
    // Tajikistan's parliament ratified" (November 2008); Kazakhstan last, its date not given.
    Ratification tajik = ratification(party(tajikistan), ConsentKind::ratification, Date(2008, 11));
    tajik.by = tajik_parliament;
    zone.ratifications = {
        ratification(party(uzbekistan), ConsentKind::ratification, Date(2007)),
        ratification(party(kyrgyzstan), ConsentKind::ratification, Date(2007)),
        ratification(party(turkmenistan), ConsentKind::ratification, Date(2008, 4)),
        tajik,
        ratification(party(kazakhstan), ConsentKind::ratification),
    };
    for (Ratification& step : zone.ratifications) {
        step.sources = {wonk_2008};
    }
    zone.ratifications.back().sources = {wonk_2008, rferl_2009};
    zone.in_force_date = Date(2009, 3, 21);
    // The preamble: "being guided by the Almaty declaration of heads of the Central Asian
    // states adopted on February 28, 1997".
    zone.related = {agreement_link(AgreementRelation::follows_up, almaty_declaration)};
    zone.sectors = {"nuclear disarmament", "nuclear non-proliferation"};
    zone.sources = {cns_2006,   ilpi_treaty,    kas_timeline, wonk_2008,
                    rferl_2009, consulate_2009, uzdaily_2015, treaty_text};

    Agreement almaty = agreement(almaty_declaration, "Almaty Declaration", AgreementKind::declaration);
    almaty.adopted_date = Date(1997, 2, 28);
    almaty.sources = {treaty_text};

    // "the five nuclear powers signed a Protocol to the Treaty, which commits the nuclear
    // countries not to use or threaten to use nuclear weapons against the participants";
    // "By ratifying the Protocol to the CANWFZ Russia ...".
    Agreement assurances = agreement(protocol, "Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia",
                                     AgreementKind::protocol);
    assurances.parties = {party(china), party(france), party(russia), party(united_kingdom), party(united_states)};
    assurances.status = AgreementStatus::signed_;
    assurances.signed_date = protocol_day;
    assurances.signed_at = protocol_signing;
    assurances.ratifications = {ratification(party(russia), ConsentKind::ratification)};
    assurances.related = {agreement_link(AgreementRelation::under, treaty)};
    assurances.sources = {uzdaily_2015, ilpi_treaty};

    return {zone, almaty, assurances};
}

} // namespace reports::canwfz_treaty

inline communique::Dossier canwfz_treaty_dossier()
{
    namespace report = reports::canwfz_treaty;
    communique::Dossier dossier;
    dossier.sources = report::sources();
    dossier.organizations = report::organizations();
    dossier.people = report::people();
    dossier.series = report::series();
    dossier.events = report::events();
    dossier.agreements = report::agreements();
    return dossier;
}
