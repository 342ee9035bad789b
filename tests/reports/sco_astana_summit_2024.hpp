// The 24th meeting of the SCO Council of Heads of State (Astana, 3-4 July 2024) and its
// Astana Declaration, as tests/data/reports/sco_astana_summit_2024.md reports them.
#pragma once

#include "build.hpp"

#include <communique/communique.hpp>

#include <optional>

namespace reports::sco_astana_summit_2024 {

using namespace communique;

inline const CountryCode kazakhstan{"KZ"};
inline const CountryCode china{"CN"};
inline const CountryCode russia{"RU"};
inline const CountryCode belarus{"BY"};
inline const CountryCode pakistan{"PK"};
inline const CountryCode india{"IN"};
inline const CountryCode iran{"IR"};
inline const CountryCode kyrgyzstan{"KG"};
inline const CountryCode tajikistan{"TJ"};
inline const CountryCode uzbekistan{"UZ"};
inline const CountryCode turkey{"TR"};
inline const CountryCode mongolia{"MN"};
inline const CountryCode azerbaijan{"AZ"};
inline const CountryCode qatar{"QA"};
inline const CountryCode emirates{"AE"};
inline const CountryCode turkmenistan{"TM"};
inline const CountryCode afghanistan{"AF"};

inline const SourceId astana_times_opening{"astana-times-2024-07-04-sco-summit-kicks-off"};
inline const SourceId astana_times_belarus{"astana-times-2024-07-04-sco-welcomes-belarus"};
inline const SourceId kremlin_meeting{"kremlin-sco-heads-of-state-council-meeting-2024"};
inline const SourceId anews_declaration{"anews-2024-07-04-sco-adopts-astana-declaration"};
inline const SourceId tass_meeting{"tass-2024-07-03-xi-putin-meeting"};
inline const SourceId akorda_statement{"akorda-2024-06-30-xi-state-visit"};
inline const SourceId sputnik_visit{"sputnik-2024-06-30-xi-to-visit-kazakhstan"};
inline const SourceId news_az_arrival{"news-az-2024-07-02-xi-arrives-in-astana"};
inline const SourceId asia_plus_summit{"asia-plus-2024-07-sco-summit"};

inline const OrganizationId sco{"sco"};
inline const OrganizationId astana_times{"astana-times"};
inline const OrganizationId kremlin{"kremlin"};
inline const OrganizationId anews{"anews"};
inline const OrganizationId tass{"tass"};
inline const OrganizationId akorda{"akorda"};
inline const OrganizationId sputnik{"sputnik"};
inline const OrganizationId news_az{"news-az"};
inline const OrganizationId asia_plus{"asia-plus"};

inline const PersonId tokayev{"kassym-jomart-tokayev"};
inline const PersonId xi_jinping{"xi-jinping"};
inline const PersonId putin{"vladimir-putin"};
inline const PersonId lukashenko{"alexander-lukashenko"};
inline const PersonId shehbaz_sharif{"shehbaz-sharif"};
inline const PersonId jaishankar{"subrahmanyam-jaishankar"};
inline const PersonId mokhber{"mohammad-mokhber"};
inline const PersonId erdogan{"recep-tayyip-erdogan"};
inline const PersonId cai_qi{"cai-qi"};
inline const PersonId wang_yi{"wang-yi"};
inline const PersonId zhang_ming{"zhang-ming"};

inline const SeriesId council_meetings{"sco-council-of-heads-of-state"};

inline const EventId summit{"sco-council-of-heads-of-state-astana-2024"};
inline const EventId xi_state_visit{"xi-jinping-state-visit-kazakhstan-2024"};
inline const EventId xi_putin_meeting{"xi-putin-meeting-astana-2024"};

inline const AgreementId astana_declaration{"sco-astana-declaration-2024"};
inline const AgreementId belarus_membership{"sco-decision-belarus-membership-2024"};
inline const AgreementId world_unity_initiative{"sco-initiative-world-unity-2024"};
inline const AgreementId good_neighbourliness{"sco-statement-good-neighbourliness-2024"};
inline const AgreementId environment_agreement{"sco-agreement-environmental-protection-2024"};
inline const AgreementId counter_terrorism_programme{"sco-programme-countering-terrorism-2025-2027"};
inline const AgreementId anti_drug_strategy{"sco-anti-drug-strategy-2024-2029"};
inline const AgreementId development_strategy{"sco-development-strategy-2035"};

inline const Date summit_day{2024, 7, 4};

inline std::vector<Source> sources()
{
    Source opening = source(astana_times_opening, SourceKind::news_report);
    opening.publisher = astana_times;
    opening.dateline = "ASTANA";
    opening.published = summit_day;
    opening.url = "https://astanatimes.com/2024/07/sco-summit-kicks-off-in-astana/";
    opening.language = "en";

    Source belarus_report = source(astana_times_belarus, SourceKind::news_report);
    belarus_report.publisher = astana_times;
    belarus_report.published = summit_day;
    belarus_report.url = "https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/";
    belarus_report.language = "en";

    Source kremlin_report = source(kremlin_meeting, SourceKind::official_statement);
    kremlin_report.channel = Channel::website;
    kremlin_report.publisher = kremlin;
    kremlin_report.url = "http://en.kremlin.ru/events/president/news/74464";
    kremlin_report.language = "en";

    Source anews_report = source(anews_declaration, SourceKind::news_report);
    anews_report.publisher = anews;
    anews_report.published = summit_day;
    anews_report.url =
        "https://anews.com.tr/world/2024/07/04/shanghai-cooperation-organization-adopts-declaration-at-astana-summit";
    anews_report.language = "en";

    Source tass_report = source(tass_meeting, SourceKind::news_report);
    tass_report.channel = Channel::news_wire;
    tass_report.publisher = tass;
    tass_report.dateline = "ASTANA, July 3. /TASS/.";
    tass_report.dateline_place = city("Astana", kazakhstan);
    tass_report.published = Date(2024, 7, 3);
    tass_report.url = "https://tass.com/world/1811995";
    tass_report.language = "en";

    // "the Kazakh presidential press service said on Sunday", as Sputnik quotes it.
    Source akorda_report = source(akorda_statement, SourceKind::official_statement);
    akorda_report.publisher = akorda;
    akorda_report.published = Date(2024, 6, 30);

    Source sputnik_report = source(sputnik_visit, SourceKind::news_report);
    sputnik_report.publisher = sputnik;
    sputnik_report.headline = "China's Xi to Visit Kazakhstan on July 2-4";
    sputnik_report.published = Date(2024, 6, 30);
    sputnik_report.url = "https://sputnikglobe.com/20240630/chinas-xi-to-visit-kazakhstan-on-july-2-4--1119186694.html";
    sputnik_report.language = "en";
    sputnik_report.cites = {akorda_statement};

    Source news_az_report = source(news_az_arrival, SourceKind::news_report);
    news_az_report.publisher = news_az;
    news_az_report.published = Date(2024, 7, 2);
    news_az_report.url = "https://news.az/news/chinas-xi-arrives-in-astana-for-sco-summit";
    news_az_report.language = "en";

    Source asia_plus_report = source(asia_plus_summit, SourceKind::news_report);
    asia_plus_report.publisher = asia_plus;
    asia_plus_report.url = "https://asiaplustj.info/en/node/338310";
    asia_plus_report.language = "en";

    return {opening,       belarus_report, kremlin_report, anews_report,    tass_report,
            akorda_report, sputnik_report, news_az_report, asia_plus_report};
}

inline std::vector<Organization> organizations()
{
    // "The organization was founded in 2001 in Shanghai. Initially, it consisted of six
    // countries ... In 2017, India and Pakistan joined, followed by Iran in 2023. There are
    // two other observer states, Afghanistan and Mongolia, and 14 dialogue partners,
    // including Türkiye" (A News); Belarus, the tenth member, joined at this summit.
    Organization sco_record =
        organization(sco, "Shanghai Cooperation Organisation", OrganizationKind::intergovernmental_organization);
    sco_record.abbreviation = "SCO";
    auto joined = [](const CountryCode& country, MembershipStatus status, std::optional<Date> since = {}) {
        return Membership{.party = party(country), .status = status, .since = since};
    };
    for (const CountryCode& founder : {china, kazakhstan, kyrgyzstan, russia, tajikistan, uzbekistan}) {
        sco_record.members.push_back(joined(founder, MembershipStatus::founding_member, Date(2001)));
    }
    sco_record.members.push_back(joined(india, MembershipStatus::member, Date(2017)));
    sco_record.members.push_back(joined(pakistan, MembershipStatus::member, Date(2017)));
    sco_record.members.push_back(joined(iran, MembershipStatus::member, Date(2023)));
    sco_record.members.push_back(joined(belarus, MembershipStatus::member, summit_day));
    sco_record.members.push_back(joined(afghanistan, MembershipStatus::observer));
    sco_record.members.push_back(joined(mongolia, MembershipStatus::observer));
    sco_record.members.push_back(joined(turkey, MembershipStatus::dialogue_partner));
    sco_record.founded = Date(2001, 6, 15);

    // Publishers: only what the reports say of them.
    Organization astana_times_record = organization(astana_times, "The Astana Times");
    Organization kremlin_record = organization(kremlin, "President of Russia");
    kremlin_record.other_names = {"Kremlin"};
    kremlin_record.country = russia;
    Organization anews_record = organization(anews, "A News");
    Organization tass_record = organization(tass, "TASS");
    // "the Kazakh presidential press service".
    Organization akorda_record = organization(akorda, "Kazakh presidential press service");
    akorda_record.country = kazakhstan;
    Organization sputnik_record = organization(sputnik, "Sputnik");
    Organization news_az_record = organization(news_az, "News.Az");
    Organization asia_plus_record = organization(asia_plus, "Asia-Plus");

    return {sco_record,    astana_times_record, kremlin_record, anews_record,    tass_record,
            akorda_record, sputnik_record,      news_az_record, asia_plus_record};
}

inline std::vector<Person> people()
{
    Person tokayev_record = person(tokayev, "Kassym-Jomart Tokayev");
    tokayev_record.positions = {position("President", kazakhstan)};
    tokayev_record.nationality = kazakhstan;

    Person xi_record = person(xi_jinping, "Xi Jinping");
    xi_record.positions = {position("President", china)};
    xi_record.nationality = china;

    Person putin_record = person(putin, "Vladimir Putin");
    putin_record.positions = {position("President", russia)};
    putin_record.nationality = russia;

    Person lukashenko_record = person(lukashenko, "Alexander Lukashenko");
    lukashenko_record.positions = {position("President", belarus)};
    lukashenko_record.nationality = belarus;

    Person sharif_record = person(shehbaz_sharif, "Shehbaz Sharif");
    sharif_record.positions = {position("Prime Minister", pakistan)};
    sharif_record.nationality = pakistan;

    Person jaishankar_record = person(jaishankar, "Subrahmanyam Jaishankar");
    jaishankar_record.positions = {position("External Affairs Minister", india)};
    jaishankar_record.nationality = india;

    Person mokhber_record = person(mokhber, "Mohammad Mokhber");
    mokhber_record.positions = {position("Acting President", iran)};
    mokhber_record.nationality = iran;

    Person erdogan_record = person(erdogan, "Recep Tayyip Erdoğan");
    erdogan_record.positions = {position("President", turkey)};
    erdogan_record.nationality = turkey;

    Person cai_qi_record = person(cai_qi, "Cai Qi");
    cai_qi_record.positions = {position("Director of the General Office of the Chinese Communist Party", china)};
    cai_qi_record.nationality = china;

    Person wang_yi_record = person(wang_yi, "Wang Yi");
    wang_yi_record.positions = {position("Foreign Minister", china)};
    wang_yi_record.nationality = china;

    Person zhang_ming_record = person(zhang_ming, "Zhang Ming");
    zhang_ming_record.positions = {position("Secretary-General", sco)};

    return {tokayev_record, xi_record,      putin_record,  lukashenko_record, sharif_record,    jaishankar_record,
            mokhber_record, erdogan_record, cai_qi_record, wang_yi_record,    zhang_ming_record};
}

inline std::vector<Series> series()
{
    Series meetings;
    meetings.id = council_meetings;
    meetings.name = "Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation";
    meetings.organizers = {sco};
    return {meetings};
}

inline Event summit_event()
{
    Event meeting =
        event(summit, "24th Meeting of the Council of Heads of State of the Shanghai Cooperation Organisation",
              EventKind::summit);
    meeting.status = EventStatus::held;
    meeting.start_date = Date(2024, 7, 3);
    meeting.end_date = summit_day;
    meeting.attendance = AttendanceMode::in_person;
    meeting.venue = venue("Palace of Independence", "Astana", kazakhstan);
    meeting.series = council_meetings;
    meeting.edition = 24;
    meeting.organizers = {organizer(sco, OrganizerRole::host)};
    // "Kazakhstan ... chairing the SCO this year": the summit of its chairmanship.
    meeting.chair = party(kazakhstan);
    meeting.themes = {"Strengthening Multilateral Dialogue – Striving Towards a Sustainable Peace and Prosperity"};
    // As Xinhua listed them (Asia-Plus): the members, observers and partners present.
    meeting.participant_countries = {china,    russia,     kazakhstan, india,       iran,     kyrgyzstan,
                                     pakistan, tajikistan, uzbekistan, belarus,     mongolia, azerbaijan,
                                     qatar,    emirates,   turkey,     turkmenistan};
    // "President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting. Other participants
    // include heads of SCO member state delegations": India's was its foreign minister.
    Speaker xi_part = speaker(xi_jinping, Role::head_of_delegation, party(china));
    meeting.speakers = {
        speaker(tokayev, Role::chair, party(kazakhstan)),
        xi_part,
        speaker(putin, Role::head_of_delegation, party(russia)),
        speaker(lukashenko, Role::head_of_delegation, party(belarus)),
        speaker(shehbaz_sharif, Role::head_of_delegation, party(pakistan)),
        speaker(jaishankar, Role::head_of_delegation, party(india)),
        speaker(mokhber, Role::head_of_delegation, party(iran)),
        speaker(erdogan, Role::head_of_delegation, party(turkey)),
        present(zhang_ming),
    };
    // "began with a signing ceremony to admit Belarus as a full member state".
    Session signing = session(SessionKind::signing);
    signing.title = "Signing ceremony admitting Belarus as a member state";
    signing.date = summit_day;
    meeting.sessions = {signing};
    meeting.outcomes = {belarus_membership,   astana_declaration,    world_unity_initiative,
                        good_neighbourliness, environment_agreement, counter_terrorism_programme,
                        anti_drug_strategy,   development_strategy};

    Figure resolutions = figure("resolutions to be adopted", exactly(Decimal(20)), Unit::count);
    resolutions.as_reported = "20 resolutions";
    resolutions.sources = {astana_times_opening};
    Figure statements = figure("statements of the heads of state to be adopted", exactly(Decimal(3)), Unit::count);
    statements.as_reported = "three statements";
    statements.sources = {astana_times_opening};
    Figure documents = figure("joint documents to be signed", exactly(Decimal(24)), Unit::count);
    documents.as_reported = "a package of 24 joint documents";
    documents.sources = {sputnik_visit};
    meeting.figures = {resolutions, statements, documents};
    meeting.sources = {astana_times_opening, astana_times_belarus, kremlin_meeting, anews_declaration,
                       asia_plus_summit};
    return meeting;
}

inline Event state_visit_event()
{
    Event visit = event(xi_state_visit, "State visit of Xi Jinping to Kazakhstan", EventKind::state_visit);
    visit.status = EventStatus::held;
    visit.start_date = Date(2024, 7, 2);
    visit.end_date = summit_day;
    visit.venue = city("Astana", kazakhstan);
    visit.related = {link(EventRelation::related, summit)};
    visit.sides = {party(china), party(kazakhstan)};
    // "at the invitation of President Kassym-Jomart Tokayev"; "accompanied by ... Cai Qi and
    // Chinese Foreign Minister Wang Yi".
    visit.speakers = {
        speaker(xi_jinping, Role::head_of_delegation, party(china)),
        accompanying(cai_qi, xi_jinping),
        accompanying(wang_yi, xi_jinping),
        speaker(tokayev, Role::host, party(kazakhstan)),
    };
    visit.sources = {sputnik_visit, news_az_arrival};
    return visit;
}

inline Event meeting_event()
{
    Event meeting = event(xi_putin_meeting, "Meeting of Xi Jinping and Vladimir Putin", EventKind::bilateral_meeting);
    meeting.status = EventStatus::held;
    meeting.start_date = Date(2024, 7, 3);
    meeting.venue = city("Astana", kazakhstan);
    meeting.related = {link(EventRelation::on_sidelines_of, summit)};
    meeting.sides = {party(china), party(russia)};
    Speaker xi_part = present(xi_jinping);
    xi_part.on_behalf_of = party(china);
    Speaker putin_part = present(putin);
    putin_part.on_behalf_of = party(russia);
    meeting.speakers = {xi_part, putin_part};
    meeting.sources = {tass_meeting};
    return meeting;
}

inline std::vector<Agreement> agreements()
{
    const Place astana = city("Astana", kazakhstan);

    Agreement declaration =
        agreement(astana_declaration,
                  "Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation",
                  AgreementKind::declaration);
    declaration.status = AgreementStatus::signed_;
    declaration.adopted_date = summit_day;
    declaration.signed_date = summit_day;
    declaration.signed_place = astana;
    declaration.signed_at = summit;
    declaration.sources = {kremlin_meeting, anews_declaration};

    // "the leaders signed a resolution on granting Belarus the status of an SCO member state".
    Agreement membership =
        agreement(belarus_membership, "Resolution on granting Belarus the status of an SCO member state",
                  AgreementKind::resolution);
    membership.status = AgreementStatus::signed_;
    membership.signed_date = summit_day;
    membership.signed_place = astana;
    membership.signed_at = summit;
    membership.sources = {kremlin_meeting, astana_times_belarus};

    Agreement initiative =
        agreement(world_unity_initiative, "SCO Initiative on World Unity for a Just Peace, Harmony and Development",
                  AgreementKind::other);
    initiative.adopted_date = summit_day;
    initiative.sources = {kremlin_meeting, astana_times_opening};

    // "adopted without signing".
    Agreement statement = agreement(good_neighbourliness,
                                    "Declaration of the SCO Heads of State Council on the principles of "
                                    "good-neighbourliness, trust and partnership",
                                    AgreementKind::declaration);
    statement.adopted_date = summit_day;
    statement.sources = {kremlin_meeting};

    Agreement environment =
        agreement(environment_agreement,
                  "Agreement between the Governments of the SCO Member States on Cooperation in the Field of "
                  "Environmental Protection",
                  AgreementKind::agreement);
    environment.status = AgreementStatus::signed_;
    environment.signed_date = summit_day;
    environment.signed_place = astana;
    environment.signed_at = summit;
    environment.sources = {kremlin_meeting};

    // "The heads of state also signed a package of other documents. They include the
    // Council's decisions approving the draft Development Strategy of the Shanghai
    // Cooperation Organisation until 2035, ... the Programme of Cooperation of the SCO
    // Member States in Countering Terrorism, Separatism and Extremism for 2025−2027, the SCO
    // Anti-Drug Strategy for 2024−2029" (kremlin.ru).
    Agreement programme = agreement(counter_terrorism_programme,
                                    "Programme of Cooperation of the SCO Member States in Countering Terrorism, "
                                    "Separatism and Extremism for 2025–2027",
                                    AgreementKind::programme);
    programme.adopted_date = summit_day;
    programme.applies_from = Date(2025);
    programme.applies_until = Date(2027);
    programme.sources = {kremlin_meeting};

    Agreement drugs = agreement(anti_drug_strategy, "SCO Anti-Drug Strategy for 2024–2029", AgreementKind::other);
    drugs.adopted_date = summit_day;
    drugs.applies_from = Date(2024);
    drugs.applies_until = Date(2029);
    drugs.sources = {kremlin_meeting};

    // Its draft was approved: the report gives no adoption.
    Agreement strategy =
        agreement(development_strategy, "Development Strategy of the Shanghai Cooperation Organisation until 2035",
                  AgreementKind::other);
    strategy.applies_until = Date(2035);
    strategy.sources = {kremlin_meeting};

    return {declaration, membership, initiative, statement, environment, programme, drugs, strategy};
}

} // namespace reports::sco_astana_summit_2024

inline communique::Dossier sco_astana_summit_2024_dossier()
{
    namespace report = reports::sco_astana_summit_2024;
    communique::Dossier dossier;
    dossier.sources = report::sources();
    dossier.organizations = report::organizations();
    dossier.people = report::people();
    dossier.series = report::series();
    dossier.events = {report::summit_event(), report::state_visit_event(), report::meeting_event()};
    dossier.agreements = report::agreements();
    return dossier;
}
