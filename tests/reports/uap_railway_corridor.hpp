// The Uzbekistan-Afghanistan-Pakistan (UAP) railway corridor, the "Trans-Afghan Railway":
// its history from Uzbekistan's proposal of December 2018 to the framework agreement on a
// joint feasibility study signed in Kabul on 17 July 2025, its route, its figures as reports
// give them (ranges, approximations, changes, targets) and the agreements that govern it, as
// tests/data/reports/uap_railway_corridor.md reports them.
#pragma once

#include "build.hpp"

#include <communique/communique.hpp>

namespace reports::uap_railway_corridor {

using namespace communique;

inline const CountryCode uzbekistan{"UZ"};
inline const CountryCode afghanistan{"AF"};
inline const CountryCode pakistan{"PK"};
inline const CurrencyCode usd{"USD"};

inline const SourceId dawn_2023{"dawn-2023-07-19-agreement-signed"};
inline const SourceId the_news_2023{"the-news-2023-07-protocol-signed"};
inline const SourceId medialine_2023{"medialine-2023-07-tripartite-railway"};
inline const SourceId trt_2023{"trt-world-2023-07-tripartite-railway"};
inline const SourceId daily_pakistan_2021{"daily-pakistan-2021-02-03-roadmap-signed"};
inline const SourceId daily_times_2021{"daily-times-2021-02-roadmap-approved"};
inline const SourceId astana_times_2025{"astana-times-2025-07-21-trans-afghan-railway"};
inline const SourceId saidov_post{"saidov-telegram-2025-07-framework-agreement"};
inline const SourceId dar_post{"dar-x-2025-07-17-framework-agreement"};
inline const SourceId brecorder_signing{"business-recorder-2025-07-17-rail-link-agreement"};
inline const SourceId brecorder_witnessed{"business-recorder-2025-07-18-framework-deal"};
inline const SourceId ariana_2025{"ariana-news-2025-07-17-delegations-expected"};
inline const SourceId pakistan_today_2025{"pakistan-today-2025-07-17-uap-accord"};
inline const SourceId pti_2025{"pti-2025-07-17-rail-network-agreement"};
inline const SourceId interfax_2026{"interfax-2026-02-09-endorsement"};

inline const OrganizationId dawn{"dawn"};
inline const OrganizationId the_news{"the-news"};
inline const OrganizationId medialine{"medialine-pakistan"};
inline const OrganizationId trt_world{"trt-world"};
inline const OrganizationId daily_pakistan{"daily-pakistan"};
inline const OrganizationId daily_times{"daily-times"};
inline const OrganizationId astana_times{"astana-times"};
inline const OrganizationId business_recorder{"business-recorder"};
inline const OrganizationId ariana_news{"ariana-news"};
inline const OrganizationId pakistan_today{"pakistan-today"};
inline const OrganizationId telegraph_india{"telegraph-india"};
inline const OrganizationId interfax{"interfax-kazakhstan"};

inline const PersonId ishaq_dar{"ishaq-dar"};
inline const PersonId hanif_abbasi{"hanif-abbasi"};
inline const PersonId saidov{"bakhtiyor-saidov"};
inline const PersonId muttaqi{"amir-khan-muttaqi"};
inline const PersonId saad_rafique{"khawaja-saad-rafique"};
inline const PersonId dawood{"abdul-razak-dawood"};
inline const PersonId atmar{"mohammad-hanif-atmar"};
inline const PersonId umurzakov{"sardor-umurzakov"};
inline const PersonId mirziyoyev{"shavkat-mirziyoyev"};
// Named by office only.
inline const PersonId afghan_public_works_minister{"afghanistan-minister-of-public-works-2025"};
inline const PersonId uzbek_transport_minister{"uzbekistan-minister-of-transport-2025"};

inline const SeriesId working_group{"uap-railway-trilateral-working-group"};

inline const EventId kabul_signing{"uap-framework-agreement-signing-kabul-2025"};
inline const EventId dar_visit{"ishaq-dar-visit-kabul-2025"};
inline const EventId dar_muttaqi_meeting{"dar-muttaqi-meeting-kabul-2025"};
inline const EventId working_group_13{"uap-trilateral-working-group-13"};
inline const EventId tashkent_signing{"uap-roadmap-signing-tashkent-2021"};

inline const AgreementId framework_agreement{"uap-framework-agreement-feasibility-study-2025"};
inline const AgreementId protocol_2023{"uap-joint-protocol-2023"};
inline const AgreementId roadmap_2021{"uap-roadmap-2021"};

inline const CorridorId uap{"uap-railway-corridor"};

inline const Date kabul_day{2025, 7, 17};
inline const Date protocol_day{2023, 7, 18};
inline const Date roadmap_day{2021, 2, 2};

inline Source news(const SourceId& id, const OrganizationId& publisher, const Date& published)
{
    Source record = source(id, SourceKind::news_report);
    record.publisher = publisher;
    record.published = published;
    record.language = "en";
    return record;
}

inline std::vector<Source> sources()
{
    Source dawn_report = news(dawn_2023, dawn, Date(2023, 7, 19));
    dawn_report.headline = "Agreement signed on trans-Afghan railway project";
    dawn_report.dateline = "ISLAMABAD";
    dawn_report.url = "https://www.dawn.com/news/1765547/agreement-signed-on-trans-afghan-railway-project";

    Source the_news_report = source(the_news_2023, SourceKind::news_report);
    the_news_report.publisher = the_news;
    the_news_report.headline = "Protocol signed to connect Uzbek rail network with Pakistan through Afghanistan";
    the_news_report.dateline = "ISLAMABAD";
    the_news_report.url = "https://www.thenews.com.pk/print/"
                          "1091981-protocol-signed-to-connect-uzbek-rail-network-with-pakistan-through-afghanistan";
    the_news_report.language = "en";

    Source trt_report = source(trt_2023, SourceKind::news_report);
    trt_report.publisher = trt_world;

    // "Source: TRTworld.com".
    Source medialine_report = source(medialine_2023, SourceKind::news_report);
    medialine_report.publisher = medialine;
    medialine_report.url =
        "https://medialinepakistan.com/pakistan-afghanistan-uzbekistan-ink-tripartite-railway-link-project";
    medialine_report.language = "en";
    medialine_report.cites = {trt_2023};

    Source roadmap_report = news(daily_pakistan_2021, daily_pakistan, Date(2021, 2, 3));
    roadmap_report.headline = "Map for Mazar-i-Sharif-Kabul-Peshawar railway project signed";
    roadmap_report.url =
        "https://en.dailypakistan.com.pk/03-Feb-2021/map-for-mazar-i-sharif-kabul-peshawar-railway-project-signed";

    Source roadmap_approved = source(daily_times_2021, SourceKind::news_report);
    roadmap_approved.publisher = daily_times;
    roadmap_approved.url =
        "https://dailytimes.com.pk/720331/pakistan-afghanistan-uzbekistan-sign-key-railway-line-project";
    roadmap_approved.language = "en";

    // "Uzbek Foreign Minister Bakhtiyor Saidov reported on his Telegram channel".
    Source saidov_report = source(saidov_post, SourceKind::post);
    saidov_report.channel = Channel::social_network;
    saidov_report.authors = {saidov};

    Source astana_report = news(astana_times_2025, astana_times, Date(2025, 7, 21));
    astana_report.dateline = "ASTANA";
    astana_report.url =
        "https://astanatimes.com/2025/07/uzbekistan-pakistan-and-afghanistan-sign-agreement-on-trans-afghan-railway/";
    astana_report.cites = {saidov_post};

    // "Deputy Prime Minister and Foreign Minister Ishaq Dar made the announcement through a
    // post on X from Kabul".
    Source dar_report = source(dar_post, SourceKind::post);
    dar_report.channel = Channel::social_network;
    dar_report.authors = {ishaq_dar};
    dar_report.dateline_place = city("Kabul", afghanistan);
    dar_report.published = kabul_day;
    dar_report.language = "en";

    Source signing_report = news(brecorder_signing, business_recorder, kabul_day);
    signing_report.url = "https://www.brecorder.com/news/40373157/"
                         "pakistan-afghanistan-uzbekistan-sign-rail-link-agreement-under-uap-corridor";
    signing_report.cites = {dar_post};

    Source witnessed_report = news(brecorder_witnessed, business_recorder, Date(2025, 7, 18));
    witnessed_report.dateline = "ISLAMABAD";
    witnessed_report.url = "https://www.brecorder.com/news/40373250/"
                           "uap-rail-project-pakistan-afghanistan-uzbekistan-sign-framework-deal";

    Source ariana_report = news(ariana_2025, ariana_news, kabul_day);
    ariana_report.headline =
        "High-level delegations from Uzbekistan and Pakistan expected in Kabul for talks and railway agreement";
    ariana_report.url = "https://www.ariananews.af/"
                        "high-level-delegations-from-uzbekistan-and-pakistan-expected-in-kabul-for-talks-and-"
                        "railway-agreement/";

    Source today_report = news(pakistan_today_2025, pakistan_today, kabul_day);
    today_report.dateline = "KABUL/ISLAMABAD";
    today_report.url = "https://www.pakistantoday.com.pk/2025/07/17/"
                       "pakistan-uzbekistan-afghanistan-seal-uap-railway-project-accord-in-kabul-moot/";

    Source pti_report = news(pti_2025, telegraph_india, kabul_day);
    pti_report.channel = Channel::news_wire;
    pti_report.url = "https://www.telegraphindia.com/world/"
                     "pakistan-afghanistan-uzbekistan-ink-agreement-for-cross-border-rail-network/cid/2113732";

    Source interfax_report = news(interfax_2026, interfax, Date(2026, 2, 9));
    interfax_report.headline =
        "Uzbek president endorses framework agreement on feasibility study for trans-Afghan railway project";
    interfax_report.channel = Channel::news_wire;
    interfax_report.dateline = "TASHKENT. Feb 9 (Interfax)";
    interfax_report.dateline_place = city("Tashkent", uzbekistan);
    interfax_report.url = "https://www.interfax.kz/?int_id=21&lang=eng&news_id=78155";

    return {dawn_report,      the_news_report, trt_report,    medialine_report, roadmap_report,
            roadmap_approved, saidov_report,   astana_report, dar_report,       signing_report,
            witnessed_report, ariana_report,   today_report,  pti_report,       interfax_report};
}

inline std::vector<Organization> organizations()
{
    // Publishers: only what the reports say of them, their names.
    return {
        organization(dawn, "Dawn"),
        organization(the_news, "The News"),
        organization(medialine, "Medialine Pakistan"),
        organization(trt_world, "TRT World"),
        organization(daily_pakistan, "Daily Pakistan"),
        organization(daily_times, "Daily Times"),
        organization(astana_times, "The Astana Times"),
        organization(business_recorder, "Business Recorder"),
        organization(ariana_news, "Ariana News"),
        organization(pakistan_today, "Pakistan Today"),
        organization(telegraph_india, "The Telegraph"),
        organization(interfax, "Interfax"),
    };
}

inline Position as_of(Position held, const Date& date)
{
    held.as_of = date;
    return held;
}

inline std::vector<Person> people()
{
    // "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar"; Finance
    // Minister in 2023 ("Finance Minister Ishaq Dar") and, in his words, in "the last PDM
    // Government (2022–23)".
    Person dar = person(ishaq_dar, "Mohammad Ishaq Dar");
    dar.honorific = "Senator";
    Position finance = former(position("Finance Minister", pakistan));
    finance.start = Date(2022);
    finance.end = Date(2023);
    dar.positions = {as_of(position("Deputy Prime Minister", pakistan), kabul_day),
                     as_of(position("Foreign Minister", pakistan), kabul_day), finance};
    dar.nationality = pakistan;

    Person abbasi = person(hanif_abbasi, "Hanif Abbasi");
    abbasi.positions = {as_of(position("Minister for Railways", pakistan), kabul_day)};
    abbasi.nationality = pakistan;

    Person saidov_record = person(saidov, "Bakhtiyor Saidov");
    saidov_record.positions = {as_of(position("Foreign Minister", uzbekistan), kabul_day)};
    saidov_record.nationality = uzbekistan;

    Person muttaqi_record = person(muttaqi, "Amir Khan Muttaqi");
    muttaqi_record.positions = {as_of(position("Acting Foreign Minister", afghanistan), kabul_day)};
    muttaqi_record.nationality = afghanistan;

    Person rafique = person(saad_rafique, "Khawaja Saad Rafique");
    rafique.positions = {as_of(position("Minister for Railways", pakistan), protocol_day)};
    rafique.nationality = pakistan;

    Person dawood_record = person(dawood, "Abdul Razak Dawood");
    dawood_record.positions = {
        as_of(position("Adviser to the Prime Minister for Commerce and Investment", pakistan), roadmap_day)};
    dawood_record.nationality = pakistan;

    Person atmar_record = person(atmar, "Mohammad Hanif Atmar");
    atmar_record.positions = {as_of(position("Foreign Minister", afghanistan), roadmap_day)};
    atmar_record.nationality = afghanistan;

    Person umurzakov_record = person(umurzakov, "Sardor Umurzakov");
    umurzakov_record.positions = {
        as_of(position("Deputy Prime Minister", uzbekistan), roadmap_day),
        as_of(position("Minister of Investments and Foreign Trade", uzbekistan), roadmap_day)};
    umurzakov_record.nationality = uzbekistan;

    // "Uzbek President Shavkat Mirziyoyev has endorsed" the framework agreement.
    Person mirziyoyev_record = person(mirziyoyev, "Shavkat Mirziyoyev");
    mirziyoyev_record.positions = {as_of(position("President", uzbekistan), Date(2026, 2, 9))};
    mirziyoyev_record.nationality = uzbekistan;

    // The framework agreement was "signed by Afghanistan's Minister of Public Works,
    // Uzbekistan's Minister of Transport, and Pakistan's Minister for Railways" (Ariana News),
    // who are not named. Pakistan's Minister for Railways that day is Hanif Abbasi, above.
    Person public_works = office_holder(afghan_public_works_minister,
                                        as_of(position("Minister of Public Works", afghanistan), kabul_day));
    public_works.nationality = afghanistan;
    Person transport =
        office_holder(uzbek_transport_minister, as_of(position("Minister of Transport", uzbekistan), kabul_day));
    transport.nationality = uzbekistan;

    return {dar,          abbasi,           saidov_record,     muttaqi_record, rafique,  dawood_record,
            atmar_record, umurzakov_record, mirziyoyev_record, public_works,   transport};
}

inline std::vector<Series> series()
{
    Series group;
    group.id = working_group;
    group.name = "Trilateral Working Group on the Uzbekistan-Afghanistan-Pakistan Railway";
    return {group};
}

inline std::vector<Event> events()
{
    const std::vector<Party> three = {party(uzbekistan), party(afghanistan), party(pakistan)};

    // "a ceremony at Arg"; "Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq
    // Dar represented Pakistan at the signing ceremony held in Kabul. He was accompanied by a
    // high-level delegation including the Minister for Railways".
    Event ceremony = event(kabul_signing, "Signing of the Framework Agreement on the Joint Feasibility Study",
                           EventKind::signing_ceremony);
    ceremony.status = EventStatus::held;
    ceremony.start_date = kabul_day;
    ceremony.venue = venue("Arg", "Kabul", afghanistan);
    ceremony.related = {link(EventRelation::during, dar_visit)};
    ceremony.sides = three;
    ceremony.speakers = {speaker(ishaq_dar, Role::head_of_delegation, party(pakistan)),
                         accompanying(hanif_abbasi, ishaq_dar),
                         speaker(saidov, Role::head_of_delegation, party(uzbekistan))};
    ceremony.outcomes = {framework_agreement};
    ceremony.sources = {brecorder_signing, brecorder_witnessed, ariana_2025, pakistan_today_2025};

    Event visit = event(dar_visit, "Visit of Ishaq Dar to Kabul", EventKind::visit);
    visit.status = EventStatus::held;
    visit.start_date = kabul_day;
    visit.venue = city("Kabul", afghanistan);
    visit.sides = {party(pakistan), party(afghanistan)};
    visit.speakers = {speaker(ishaq_dar, Role::head_of_delegation, party(pakistan)),
                      accompanying(hanif_abbasi, ishaq_dar)};
    visit.sources = {pakistan_today_2025, brecorder_signing};

    // "On the sidelines of the visit, the Deputy Prime Minister/Foreign Minister met with
    // Acting Afghan Foreign Minister Amir Khan Muttaqi."
    Event meeting =
        event(dar_muttaqi_meeting, "Meeting of Ishaq Dar and Amir Khan Muttaqi", EventKind::bilateral_meeting);
    meeting.status = EventStatus::held;
    meeting.start_date = kabul_day;
    meeting.venue = city("Kabul", afghanistan);
    meeting.related = {link(EventRelation::on_sidelines_of, dar_visit)};
    meeting.sides = {party(pakistan), party(afghanistan)};
    Speaker dar_part = present(ishaq_dar);
    dar_part.on_behalf_of = party(pakistan);
    Speaker muttaqi_part = present(muttaqi);
    muttaqi_part.on_behalf_of = party(afghanistan);
    meeting.speakers = {dar_part, muttaqi_part};
    meeting.sources = {brecorder_signing, pti_2025};

    // "the thirteenth trilateral working group meeting held on Monday in Islamabad".
    Event group_meeting = event(working_group_13, "Thirteenth meeting of the UAP railway trilateral working group",
                                EventKind::multilateral_meeting);
    group_meeting.status = EventStatus::held;
    group_meeting.start_date = Date(2023, 7, 17);
    group_meeting.venue = city("Islamabad", pakistan);
    group_meeting.series = working_group;
    group_meeting.edition = 13;
    group_meeting.sides = three;
    group_meeting.sources = {dawn_2023};

    Event tashkent = event(tashkent_signing, "Signing of the roadmap for the Mazar-i-Sharif-Kabul-Peshawar railway",
                           EventKind::signing_ceremony);
    tashkent.status = EventStatus::held;
    tashkent.start_date = roadmap_day;
    tashkent.venue = city("Tashkent", uzbekistan);
    tashkent.sides = three;
    tashkent.outcomes = {roadmap_2021};
    tashkent.sources = {daily_pakistan_2021};

    return {ceremony, visit, meeting, group_meeting, tashkent};
}

inline std::vector<Agreement> agreements()
{
    const std::vector<Party> three = {party(uzbekistan), party(afghanistan), party(pakistan)};

    Agreement framework =
        agreement(framework_agreement,
                  "Framework Agreement on the Joint Feasibility Study for the Naibabad–Kharlachi rail link under the "
                  "Uzbekistan–Afghanistan–Pakistan (UAP) Railway Corridor",
                  AgreementKind::framework_agreement);
    framework.parties = three;
    // "Dar witnessed the signing ceremony of UAP Rail Project along with Afghan and Uzbek
    // foreign ministers."
    framework.witnesses = {ishaq_dar, saidov, muttaqi};
    // "signed by Afghanistan's Minister of Public Works, Uzbekistan's Minister of Transport,
    // and Pakistan's Minister for Railways" (Ariana News).
    framework.signatories = {signatory(afghan_public_works_minister, party(afghanistan), kabul_day),
                             signatory(uzbek_transport_minister, party(uzbekistan), kabul_day),
                             signatory(hanif_abbasi, party(pakistan), kabul_day)};
    framework.status = AgreementStatus::signed_;
    framework.signed_date = kabul_day;
    framework.signed_place = city("Kabul", afghanistan);
    framework.signed_at = kabul_signing;
    // "Uzbek President Shavkat Mirziyoyev has endorsed" it on 9 February 2026: an approval by
    // a person, not by a body.
    framework.ratifications = {ratification(party(uzbekistan), ConsentKind::approval, Date(2026, 2, 9))};
    framework.ratifications.front().people = {mirziyoyev};
    framework.ratifications.front().sources = {interfax_2026};
    framework.related = {agreement_link(AgreementRelation::follows_up, protocol_2023)};
    framework.sources = {dar_post,          brecorder_signing, brecorder_witnessed,
                         astana_times_2025, ariana_2025,       interfax_2026};

    // "Representatives of the respective countries signed the protocol in Islamabad in the
    // presence of Minister for Railways Saad Rafiq and Finance Minister Ishaq Dar."
    Agreement protocol =
        agreement(protocol_2023, "Joint Protocol on the Uzbekistan-Afghanistan-Pakistan (UAP) Railway Project",
                  AgreementKind::protocol);
    protocol.parties = three;
    protocol.witnesses = {saad_rafique, ishaq_dar};
    protocol.status = AgreementStatus::signed_;
    protocol.signed_date = protocol_day;
    protocol.signed_place = city("Islamabad", pakistan);
    protocol.related = {agreement_link(AgreementRelation::follows_up, roadmap_2021)};
    protocol.sources = {dawn_2023, the_news_2023};

    Agreement roadmap =
        agreement(roadmap_2021, "Roadmap for the construction of the Mazar-i-Sharif–Kabul–Peshawar railway",
                  AgreementKind::roadmap);
    roadmap.parties = three;
    roadmap.signatories = {signatory(dawood, party(pakistan), roadmap_day),
                           signatory(atmar, party(afghanistan), roadmap_day),
                           signatory(umurzakov, party(uzbekistan), roadmap_day)};
    roadmap.status = AgreementStatus::signed_;
    roadmap.signed_date = roadmap_day;
    roadmap.signed_place = city("Tashkent", uzbekistan);
    roadmap.signed_at = tashkent_signing;
    roadmap.sources = {daily_pakistan_2021, daily_times_2021};

    return {framework, protocol, roadmap};
}

inline Corridor railway()
{
    Corridor record = corridor(uap, "Uzbekistan–Afghanistan–Pakistan Railway Corridor");
    record.abbreviation = "UAP";
    record.other_names = {"Trans-Afghan Railway", "Mazar-i-Sharif–Kabul–Peshawar railway"};
    record.modes = {TransportMode::rail};
    record.carries = {Traffic::passengers, Traffic::freight};
    // "The Termez-Naibabad-Maidanshahr-Logar-Kharlachi route was agreed upon in July 2023".
    Waypoint kharlachi = waypoint("Kharlachi", WaypointKind::border_crossing, pakistan);
    kharlachi.region = "Kurram";
    record.route = {waypoint("Termez", uzbekistan), waypoint("Naibabad", afghanistan),
                    waypoint("Maidanshahr", afghanistan), waypoint("Logar", afghanistan), kharlachi};
    record.status = CorridorStatus::planned;

    // "First proposed by Uzbekistan in December 2018".
    Milestone proposal = milestone(MilestoneKind::proposed, Date(2018, 12));
    proposal.by = {party(uzbekistan)};
    proposal.sources = {astana_times_2025};
    Milestone roadmap = milestone(MilestoneKind::agreed, roadmap_day);
    roadmap.by = {party(uzbekistan), party(afghanistan), party(pakistan)};
    roadmap.people = {dawood, atmar, umurzakov};
    roadmap.at = tashkent_signing;
    roadmap.description = "Roadmap for the Mazar-i-Sharif–Kabul–Peshawar railway signed in Tashkent";
    roadmap.sources = {daily_pakistan_2021, daily_times_2021};
    Milestone route = milestone(MilestoneKind::agreed, protocol_day);
    route.by = {party(uzbekistan), party(afghanistan), party(pakistan)};
    route.description =
        "Joint protocol on the route through Logar and the Kharlachi border crossing signed in Islamabad";
    route.sources = {dawn_2023, the_news_2023};
    Milestone framework = milestone(MilestoneKind::agreed, kabul_day);
    framework.by = {party(uzbekistan), party(afghanistan), party(pakistan)};
    framework.at = kabul_signing;
    framework.description = "Framework agreement on the joint feasibility study signed in Kabul";
    framework.sources = {brecorder_signing};
    record.history = {proposal, roadmap, route, framework};

    // "The project is scheduled to be completed by the end of 2027".
    record.target_completion = Date(2027);
    record.countries = {uzbekistan, afghanistan, pakistan};

    Figure length = figure("length", exactly(Decimal(760)), Unit::kilometre);
    length.as_reported = "The 760-kilometre railroad";
    length.sources = {medialine_2023};
    // "the 600-km Mazar-i-Sharif-Kabul-Peshawar railway project", on the route of 2021.
    Figure first_length =
        figure("length of the Mazar-i-Sharif–Kabul–Peshawar railway", exactly(Decimal(600)), Unit::kilometre);
    first_length.as_of = roadmap_day;
    first_length.as_reported = "the 600-km Mazar-i-Sharif-Kabul-Peshawar railway project";
    first_length.sources = {daily_times_2021};
    Figure afghan_length = figure("length in Afghanistan", hedged(Qualifier::more_than, Decimal(700)), Unit::kilometre);
    afghan_length.as_reported = "will stretch over 700 kilometers through Afghanistan";
    afghan_length.sources = {astana_times_2025};
    // "The project's cost has increased from an initial $5 billion to $7 billion."
    Figure cost = money("estimated cost", exactly(Decimal(7'000'000'000)), usd);
    cost.previous = exactly(Decimal(5'000'000'000));
    cost.as_reported = "increased from an initial $5 billion to $7 billion";
    cost.sources = {astana_times_2025};
    Figure other_cost = money("estimated cost", exactly(Decimal(4'800'000'000)), usd);
    other_cost.as_reported = "is expected to cost $4.8 billion";
    other_cost.sources = {pti_2025};
    // "expected to reduce cargo transit time between Uzbekistan and Pakistan from 35 days to
    // just 3-5 days".
    Figure transit =
        figure("cargo transit time between Uzbekistan and Pakistan", between(Decimal(3), Decimal(5)), Unit::day);
    transit.previous = exactly(Decimal(35));
    transit.as_reported = "from 35 days to just 3-5 days";
    transit.sources = {astana_times_2025};
    Figure saving = figure("reduction in cargo delivery time between Uzbekistan and Pakistan",
                           hedged(Qualifier::approximately, Decimal(5)), Unit::day);
    saving.as_reported = "by about five days";
    saving.sources = {medialine_2023};
    Figure freight = figure("freight capacity", hedged(Qualifier::at_most, Decimal(15'000'000)), Unit::tonne_per_year);
    freight.target_date = Date(2030);
    freight.as_reported = "trains could carry up to 15 million tonnes of goods a year by 2030";
    freight.sources = {medialine_2023};
    Figure cost_cut =
        figure("reduction in the cost of goods transport", hedged(Qualifier::at_least, Decimal(40)), Unit::percent);
    cost_cut.as_reported = "at least 40 percent";
    cost_cut.sources = {medialine_2023};
    record.figures = {length, first_length, afghan_length, cost, other_cost, transit, saving, freight, cost_cut};

    record.agreements = {roadmap_2021, protocol_2023, framework_agreement};
    record.sources = {daily_pakistan_2021, daily_times_2021,  dawn_2023,         the_news_2023,
                      medialine_2023,      astana_times_2025, brecorder_signing, pti_2025};
    return record;
}

} // namespace reports::uap_railway_corridor

inline communique::Dossier uap_railway_corridor_dossier()
{
    namespace report = reports::uap_railway_corridor;
    communique::Dossier dossier;
    dossier.sources = report::sources();
    dossier.organizations = report::organizations();
    dossier.people = report::people();
    dossier.series = report::series();
    dossier.events = report::events();
    dossier.agreements = report::agreements();
    dossier.corridors = {report::railway()};
    return dossier;
}
