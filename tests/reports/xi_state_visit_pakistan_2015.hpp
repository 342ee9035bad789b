// President Xi Jinping's state visit to Pakistan (Islamabad, 20-21 April 2015), at which the
// two countries signed 51 agreements and memoranda of understanding, as
// tests/data/reports/xi_state_visit_pakistan_2015.md reports it.
#pragma once

#include "build.hpp"

#include <communique/communique.hpp>

namespace reports::xi_state_visit_pakistan_2015 {

using namespace communique;

inline const CountryCode pakistan{"PK"};
inline const CountryCode china{"CN"};
inline const CurrencyCode usd{"USD"};

inline const SourceId app_preview{"app-2015-04-17-xi-visit-preview"};
inline const SourceId mofa_joint_statement{"mofa-pakistan-joint-statement-2015-04"};
inline const SourceId china_daily_agreements{"china-daily-2015-04-21-51-agreements"};
inline const SourceId xinhua_silk_road_fund{"xinhua-2015-04-20-silk-road-fund-first-investment"};
inline const SourceId ecns_silk_road_fund{"ecns-2015-04-21-silk-road-fund-first-project"};
inline const SourceId srf_press_release{"silk-road-fund-2015-04-20-press-release"};
inline const SourceId srf_interview{"silk-road-fund-2015-04-20-questions-and-answers"};

inline const OrganizationId daily_pakistan{"daily-pakistan"};
inline const OrganizationId pakistan_mofa{"pakistan-mofa"};
inline const OrganizationId ecns{"ecns"};
inline const OrganizationId new_nation{"new-nation"};
inline const OrganizationId silk_road_fund{"silk-road-fund"};
inline const OrganizationId three_gorges{"china-three-gorges"};
inline const OrganizationId three_gorges_south_asia{"china-three-gorges-south-asia"};
inline const OrganizationId ppib{"ppib"};

inline const PersonId xi_jinping{"xi-jinping"};
inline const PersonId peng_liyuan{"peng-liyuan"};
inline const PersonId mamnoon_hussain{"mamnoon-hussain"};
inline const PersonId nawaz_sharif{"nawaz-sharif"};

inline const EventId state_visit{"xi-jinping-state-visit-pakistan-2015"};

inline const AgreementId joint_statement{"cn-pk-joint-statement-all-weather-partnership-2015"};
inline const AgreementId karot_mou{"srf-ctg-ppib-hydropower-mou-2015"};

inline const Date first_day{2015, 4, 20};
inline const Date second_day{2015, 4, 21};

inline Place islamabad()
{
    return city("Islamabad", pakistan);
}

inline std::vector<Source> sources()
{
    Source preview = source(app_preview, SourceKind::news_report);
    preview.publisher = daily_pakistan;
    preview.dateline = "ISLAMABAD (APP)";
    preview.dateline_place = islamabad();
    preview.published = Date(2015, 4, 17);
    preview.url = "https://en.dailypakistan.com.pk/17-Apr-2015/"
                  "worth-dollar-18-b-agreements-to-be-signed-during-president-jingping-s-visit";
    preview.language = "en";

    Source statement = source(mofa_joint_statement, SourceKind::press_release);
    statement.channel = Channel::website;
    statement.publisher = pakistan_mofa;
    statement.url = "https://mofa.gov.pk/joint-statement-between-the-islamic-republic-of-pakistan-and-the-peoples-"
                    "republic-of-china-on-establishing-the-all-weather-strategic-cooperative-partnership/";
    statement.language = "en";

    Source agreements_report = source(china_daily_agreements, SourceKind::news_report);
    agreements_report.publisher = ecns;
    agreements_report.headline = "51 agreements and MOUs worth $46b signed on first day";
    agreements_report.published = second_day;
    agreements_report.url = "http://ecns.cn/2015/04-21/162420.shtml";
    agreements_report.language = "en";

    Source fund_report = source(xinhua_silk_road_fund, SourceKind::news_report);
    fund_report.channel = Channel::news_wire;
    fund_report.publisher = new_nation;
    fund_report.headline = "China's Silk Road Fund makes first investment in Pakistan's hydropower project";
    fund_report.dateline = "Xinhua, Islamabad";
    fund_report.dateline_place = islamabad();
    fund_report.url =
        "https://newnation.io/chinas-silk-road-fund-makes-first-investment-in-pakistans-hydropower-project/";
    fund_report.language = "en";

    Source fund_business = source(ecns_silk_road_fund, SourceKind::news_report);
    fund_business.publisher = ecns;
    fund_business.published = second_day;
    fund_business.url = "http://ecns.cn/business/2015/04-21/162445.shtml";
    fund_business.language = "en";

    Source fund_release = source(srf_press_release, SourceKind::press_release);
    fund_release.channel = Channel::website;
    fund_release.publisher = silk_road_fund;
    fund_release.headline = "The Silk Road Fund and China Three Gorges Corporation Cooperate to Invest in a Hydropower "
                            "Project in Pakistan";
    fund_release.published = first_day;
    fund_release.url = "http://www.silkroadfund.com.cn/enweb/23809/23812/26911/index.html";
    fund_release.language = "en";

    Source fund_interview = source(srf_interview, SourceKind::interview);
    fund_interview.channel = Channel::website;
    fund_interview.publisher = silk_road_fund;
    fund_interview.headline = "Q&A about the Silk Road Fund's First Project Investment";
    fund_interview.published = first_day;
    fund_interview.url = "http://www.silkroadfund.com.cn/enweb/23809/23812/23942/index.html";
    fund_interview.language = "en";

    return {preview, statement, agreements_report, fund_report, fund_business, fund_release, fund_interview};
}

inline std::vector<Organization> organizations()
{
    Organization daily_record = organization(daily_pakistan, "Daily Pakistan");

    Organization mofa_record = organization(pakistan_mofa, "Ministry of Foreign Affairs", OrganizationKind::ministry);
    mofa_record.country = pakistan;

    Organization ecns_record = organization(ecns, "ECNS");

    Organization new_nation_record = organization(new_nation, "The New Nation");

    // "The Silk Road Fund Co Ltd, a fund management company"; "its first investment project
    // since being established in December" (2014).
    Organization fund = organization(silk_road_fund, "Silk Road Fund", OrganizationKind::company);
    fund.other_names = {"Silk Road Fund Co Ltd"};
    fund.country = china;
    fund.founded = Date(2014, 12);

    Organization ctg = organization(three_gorges, "China Three Gorges Corporation");
    ctg.abbreviation = "CTG";
    ctg.country = china;

    Organization ctg_south_asia = organization(three_gorges_south_asia, "China Three Gorges South Asia Investment Ltd",
                                               OrganizationKind::company);
    ctg_south_asia.parent = three_gorges;

    Organization ppib_record = organization(ppib, "Private Power and Infrastructure Board");
    ppib_record.abbreviation = "PPIB";
    ppib_record.country = pakistan;

    return {daily_record, mofa_record, ecns_record, new_nation_record, fund, ctg, ctg_south_asia, ppib_record};
}

inline std::vector<Person> people()
{
    Person xi = person(xi_jinping, "Xi Jinping");
    xi.positions = {position("President", china)};
    xi.nationality = china;

    Person peng = person(peng_liyuan, "Peng Liyuan");
    peng.honorific = "Madam";
    peng.positions = {position("First Lady", china)};
    peng.nationality = china;

    Person mamnoon = person(mamnoon_hussain, "Mamnoon Hussain");
    mamnoon.positions = {position("President", pakistan)};
    mamnoon.nationality = pakistan;

    Person nawaz = person(nawaz_sharif, "Muhammad Nawaz Sharif");
    nawaz.positions = {position("Prime Minister", pakistan)};
    nawaz.nationality = pakistan;

    return {xi, peng, mamnoon, nawaz};
}

inline Event visit()
{
    Event record = event(state_visit, "State visit of President Xi Jinping to Pakistan", EventKind::state_visit);
    record.status = EventStatus::held;
    record.start_date = first_day;
    record.end_date = second_day;
    record.venue = islamabad();
    record.sides = {party(china), party(pakistan)};
    // "at the invitation of President Mamnoon Hussain and Prime Minister Muhammad Nawaz
    // Sharif"; "accompanied by a large delegation, including First Lady Madam Peng Liyuan".
    record.speakers = {
        speaker(xi_jinping, Role::head_of_delegation, party(china)),
        accompanying(peng_liyuan, xi_jinping),
        speaker(mamnoon_hussain, Role::host, party(pakistan)),
        speaker(nawaz_sharif, Role::host, party(pakistan)),
    };

    Session talks = session(SessionKind::meeting);
    talks.title = "Official talks";
    talks.date = first_day;
    talks.speakers = {present(xi_jinping), present(nawaz_sharif)};

    // Where the 51 agreements and memoranda were signed, in two groups.
    Session signing = session(SessionKind::signing);
    signing.date = first_day;

    Speaker sharif_at_press = speaker(nawaz_sharif, Role::speaker, party(pakistan));
    Remarks watershed;
    watershed.quotes = {"a watershed in the history of our relations"};
    sharif_at_press.remarks = watershed;
    Session press = session(SessionKind::press_conference);
    press.title = "Joint news conference";
    press.date = first_day;
    press.speakers = {sharif_at_press, speaker(xi_jinping, Role::speaker, party(china))};

    // The report names the house but not the day.
    Session parliament_address = session(SessionKind::other);
    parliament_address.title = "Address to the Joint Session of Parliament";
    parliament_address.speakers = {speaker(xi_jinping, Role::speaker)};

    Session investiture = session(SessionKind::other);
    investiture.title = "Investiture ceremony";
    investiture.venue = venue("Aiwan-e-Sadr", "Islamabad", pakistan);

    record.sessions = {talks, signing, press, parliament_address, investiture};
    record.outcomes = {joint_statement, karot_mou};

    Figure signed_count = figure("agreements and memoranda of understanding signed", exactly(Decimal(51)), Unit::count);
    signed_count.as_of = first_day;
    signed_count.as_reported = "51 agreements and memorandums of understanding";
    Figure worth = money("value of the agreements and memoranda signed", exactly(Decimal(46'000'000'000)), usd);
    worth.as_reported = "worth $46 billion";
    Figure corridor_count = figure("agreements designed to boost the China-Pakistan Economic Corridor",
                                   hedged(Qualifier::more_than, Decimal(30)), Unit::count);
    corridor_count.as_reported = "More than 30 agreements";
    Figure early_results =
        figure("time to complete the corridor's 25 early projects", between(Decimal(3), Decimal(5)), Unit::year);
    early_results.as_reported = "in the next three to five years";
    Figure energy_count = figure("agreements on energy", exactly(Decimal(21)), Unit::count);
    energy_count.as_reported = "the 21 agreements on energy";
    Figure energy_capacity =
        figure("electricity to be provided by the energy projects", exactly(Decimal(16'400)), Unit::megawatt);
    energy_capacity.as_reported = "16,400 megawatts";
    Figure hormuz = figure("distance from Gwadar Port to the Strait of Hormuz",
                           hedged(Qualifier::approximately, Decimal(400)), Unit::kilometre);
    hormuz.as_reported = "about 400 km";
    for (Figure* quoted :
         {&signed_count, &worth, &corridor_count, &early_results, &energy_count, &energy_capacity, &hormuz}) {
        quoted->sources = {china_daily_agreements};
    }

    record.figures = {signed_count, worth, corridor_count, early_results, energy_count, energy_capacity, hormuz};
    record.sources = {app_preview, mofa_joint_statement, china_daily_agreements};
    return record;
}

// The first project of the Silk Road Fund, which the memorandum signed on the first day
// finances: the Karot hydropower station and the investors' plans on the Jhelum River.
inline std::vector<Figure> karot_figures()
{
    Figure karot_capacity =
        figure("installed capacity of the Karot hydropower station", exactly(Decimal(720)), Unit::megawatt);
    karot_capacity.as_reported = "a planned capacity of 720 MW";
    Figure karot_output =
        figure("annual output of the Karot hydropower station", exactly(Decimal(3213)), Unit::gigawatt_hour_per_year);
    karot_output.as_reported = "annual output of 3213 GWh";
    Figure karot_cost = money("total investment in the Karot hydropower station", exactly(Decimal(1'650'000'000)), usd);
    karot_cost.as_reported = "a total investment of US$ 1.65 billion";
    Figure karot_operation = figure("years the Chinese side operates the Karot station before transferring it",
                                    exactly(Decimal(30)), Unit::year);
    karot_operation.as_reported = "operated by the Chinese side for 30years and then transferred";
    Figure jhelum_capacity =
        figure("capacity to be developed along the Jhelum River", exactly(Decimal(3350)), Unit::megawatt);
    jhelum_capacity.as_reported = "a total capacity of 3,350 megawatts";
    for (Figure* quoted : {&karot_capacity, &karot_output, &karot_cost, &karot_operation, &jhelum_capacity}) {
        quoted->sources = {srf_interview};
    }
    // "Construction will begin at the end of this year and the project is expected to be put
    // into use in 2020" (Xinhua).
    Figure karot_completion;
    karot_completion.measure = "completion of the Karot hydropower station";
    karot_completion.target_date = Date(2020);
    karot_completion.as_reported = "expected to be put into use in 2020";
    karot_completion.sources = {xinhua_silk_road_fund};
    return {karot_capacity, karot_output, karot_cost, karot_operation, jhelum_capacity, karot_completion};
}

inline std::vector<Agreement> agreements()
{
    Agreement statement =
        agreement(joint_statement,
                  "Joint Statement between the Islamic Republic of Pakistan and the People's Republic "
                  "of China on Establishing the All-Weather Strategic Cooperative Partnership",
                  AgreementKind::joint_statement);
    statement.parties = {party(pakistan), party(china)};
    statement.announced_date = first_day;
    statement.sources = {mofa_joint_statement, xinhua_silk_road_fund};

    // "signed a Memorandum of Understanding on the Joint Development of Pakistani Hydropower
    // Project in Islamabad, in the presence of leaders of both countries".
    Agreement mou =
        agreement(karot_mou, "Memorandum of Understanding on the Joint Development of Pakistani Hydropower Project",
                  AgreementKind::memorandum_of_understanding);
    mou.parties = {party(silk_road_fund), party(three_gorges), party(ppib)};
    mou.witnesses = {xi_jinping, nawaz_sharif};
    mou.status = AgreementStatus::signed_;
    mou.signed_date = first_day;
    mou.signed_place = islamabad();
    mou.signed_at = state_visit;
    mou.sectors = {"hydropower", "clean energy"};
    mou.figures = karot_figures();
    mou.sources = {srf_press_release, srf_interview, xinhua_silk_road_fund, ecns_silk_road_fund};

    return {statement, mou};
}

} // namespace reports::xi_state_visit_pakistan_2015

inline communique::Dossier xi_state_visit_pakistan_2015_dossier()
{
    namespace report = reports::xi_state_visit_pakistan_2015;
    communique::Dossier dossier;
    dossier.sources = report::sources();
    dossier.organizations = report::organizations();
    dossier.people = report::people();
    dossier.events = {report::visit()};
    dossier.agreements = report::agreements();
    return dossier;
}
