// The 21st IISS Shangri-La Dialogue (Singapore, 31 May-2 June 2024), with the editions the
// reports recall, as tests/data/reports/shangri_la_dialogue_2024.md reports them. Session
// times are Singapore time, UTC+08:00.
#pragma once

#include "build.hpp"

#include <communique/communique.hpp>

#include <chrono>

namespace reports::shangri_la_dialogue_2024 {

using namespace communique;

inline const CountryCode singapore{"SG"};
inline const CountryCode united_kingdom{"GB"};
inline const CountryCode united_states{"US"};
inline const CountryCode china{"CN"};
inline const CountryCode philippines{"PH"};
inline const CountryCode indonesia{"ID"};
inline const CountryCode ukraine{"UA"};
inline const CountryCode malaysia{"MY"};
inline const CountryCode japan{"JP"};

inline const SourceId st_preview{"straits-times-2024-05-30-21st-shangri-la-dialogue"};
inline const SourceId st_zelensky{"straits-times-2024-06-01-zelensky-to-speak"};
inline const SourceId cna_zelensky{"cna-2024-06-01-zelenskyy-arrives-in-singapore"};
inline const SourceId dod_austin{"dod-2024-06-01-austin-remarks"};
inline const SourceId amc_keynote{"asia-media-centre-2024-05-31-keynote"};
inline const SourceId ion_prabowo{"indonesia-online-media-2024-05-31-prabowo"};
inline const SourceId china_daily_delegation{"china-daily-2024-06-11-chinese-delegation"};
inline const SourceId vn_review{"nghien-cuu-chien-luoc-2024-06-sld-review"};
inline const SourceId sun_last_day{"the-sun-2024-06-02-last-day"};
inline const SourceId cna_2022{"cna-2022-06-09-zelenskyy-virtual-address"};
inline const SourceId mothership_zelensky{"mothership-2024-06-01-zelensky-in-person"};
inline const SourceId iiss_zelensky{"iiss-2024-06-01-press-release-zelensky"};
inline const SourceId adda_2024{"adda247-2024-06-21st-dialogue-ends"};

inline const OrganizationId iiss{"iiss"};
inline const OrganizationId straits_times{"straits-times"};
inline const OrganizationId cna{"cna"};
inline const OrganizationId us_dod{"us-department-of-defense"};
inline const OrganizationId asia_media_centre{"asia-media-centre"};
inline const OrganizationId indonesia_online{"indonesia-online-media"};
inline const OrganizationId china_daily{"china-daily"};
inline const OrganizationId nghien_cuu{"nghien-cuu-chien-luoc"};
inline const OrganizationId the_sun{"the-sun"};
inline const OrganizationId mothership{"mothership"};
inline const OrganizationId adda247{"adda247"};

inline const PersonId marcos{"ferdinand-marcos-jr"};
inline const PersonId austin{"lloyd-austin"};
inline const PersonId dong_jun{"dong-jun"};
inline const PersonId prabowo{"prabowo-subianto"};
inline const PersonId chipman{"john-chipman"};
inline const PersonId zelensky{"volodymyr-zelensky"};
inline const PersonId ng_eng_hen{"ng-eng-hen"};
inline const PersonId khaled_nordin{"mohamed-khaled-nordin"};
inline const PersonId kishida{"fumio-kishida"};
inline const PersonId halimah_yacob{"halimah-yacob"};

inline const SeriesId dialogue_series{"iiss-shangri-la-dialogue"};

inline const EventId dialogue_2024{"shangri-la-dialogue-2024"};
inline const EventId austin_dong_meeting{"austin-dong-meeting-2024"};
inline const EventId dialogue_2022{"shangri-la-dialogue-2022"};
inline const EventId dialogue_2002{"shangri-la-dialogue-2002"};
inline const EventId dialogue_2020{"shangri-la-dialogue-2020"};
inline const EventId dialogue_2021{"shangri-la-dialogue-2021"};

inline constexpr std::chrono::minutes singapore_time{8 * 60};

inline DateTime at(const Date& day, unsigned hour, unsigned minute)
{
    return DateTime(day, hour, minute, 0, singapore_time);
}

inline Place shangri_la_hotel()
{
    return venue("Shangri-La Hotel", "Singapore", singapore);
}

inline Source news(const SourceId& id, const OrganizationId& publisher)
{
    Source record = source(id, SourceKind::news_report);
    record.publisher = publisher;
    return record;
}

inline Source news(const SourceId& id, const OrganizationId& publisher, std::string headline)
{
    Source record = news(id, publisher);
    record.headline = std::move(headline);
    return record;
}

inline std::vector<Source> sources()
{
    Source preview = news(st_preview, straits_times);
    preview.published = Date(2024, 5, 30);
    preview.url = "https://www.straitstimes.com/singapore/"
                  "gaza-war-south-china-sea-tensions-likely-key-topics-at-21st-shangri-la-dialogue-in-s-pore";

    Source zelensky_st = news(st_zelensky, straits_times);
    zelensky_st.published = Date(2024, 6, 1);
    zelensky_st.url =
        "https://www.straitstimes.com/singapore/ukraine-s-president-zelensky-to-speak-at-shangri-la-dialogue-on-june-2";

    Source zelensky_cna =
        news(cna_zelensky, cna, "Ukraine's Zelenskyy arrives in Singapore to speak at Shangri-La Dialogue on Sunday");
    zelensky_cna.published = Date(2024, 6, 1);
    zelensky_cna.url = "https://www.channelnewsasia.com/asia/"
                       "ukraine-zelenskyy-shangri-la-dialogue-singapore-security-assistance-russia-war-4379361";

    Source remarks = source(dod_austin, SourceKind::transcript);
    remarks.channel = Channel::website;
    remarks.publisher = us_dod;
    remarks.headline = "'The New Convergence in the Indo-Pacific': Remarks by Secretary of Defense Lloyd J. Austin III "
                       "at the 2024 Shangri-La Dialogue (As Delivered)";
    remarks.url = "https://www.defense.gov/News/Speeches/Speech/Article/3793580/"
                  "the-new-convergence-in-the-indo-pacific-remarks-by-secretary-of-defense-lloyd-j/";

    Source keynote = news(amc_keynote, asia_media_centre, "Shangri-La Dialogue 2024");
    keynote.url = "https://www.asiamediacentre.com/news/shangri-la-dialogue-2024/";

    Source prabowo_report = source(ion_prabowo, SourceKind::news_report);
    prabowo_report.publisher = indonesia_online;
    prabowo_report.dateline = "JAKARTA";
    prabowo_report.url = "https://indonesiaonlinemedia.com/?p=305";
    prabowo_report.language = "id";

    Source delegation = news(china_daily_delegation, china_daily, "China's participation in dialogue seen as crucial");
    delegation.published = Date(2024, 6, 11);

    Source review = source(vn_review, SourceKind::report);
    review.publisher = nghien_cuu;
    review.url = "https://nghiencuuchienluoc.org/thanh-cong-cua-doi-thoai-shangri-la-2024-coi-mo-va-thang-than";
    review.language = "vi";

    Source last_day = news(sun_last_day, the_sun);
    last_day.url = "https://thesun.my/world/"
                   "chinese-defence-minister-ukraine-s-zelenskiy-dominate-shangri-la-dialogue-s-last-day-EE12521995";

    Source virtual_2022 =
        news(cna_2022, cna,
             "Ukraine President Volodymyr Zelenskyy to deliver virtual address at Shangri-La Dialogue in Singapore");
    virtual_2022.published = Date(2022, 6, 9);
    virtual_2022.url = "https://www.channelnewsasia.com/singapore/"
                       "shangri-la-dialogue-ukraine-president-volodymyr-zelenskyy-virtual-special-address-2736976";

    Source in_person = news(mothership_zelensky, mothership,
                            "Ukraine's President Zelensky confirmed visiting S'pore & speaking at Shangri-La Dialogue");
    in_person.published = Date(2024, 6, 1);
    in_person.url = "https://mothership.sg/2024/06/zelensky-sld-in-person/";
    in_person.cites = {iiss_zelensky};

    // "The International Institute for Strategic Studies (IISS) said in a press release on
    // Jun. 1".
    Source release = source(iiss_zelensky, SourceKind::press_release);
    release.publisher = iiss;
    release.published = Date(2024, 6, 1);

    Source ends = news(adda_2024, adda247, "21st Shangri-La Dialogue Ends in Singapore");
    ends.url = "https://currentaffairs.adda247.com/21st-shangri-la-dialogue-ends-in-singapore";

    std::vector<Source> all{preview,  zelensky_st,  zelensky_cna, remarks, keynote, prabowo_report, delegation, review,
                            last_day, virtual_2022, in_person,    release, ends};
    for (Source& each : all) {
        if (!each.language) {
            each.language = "en";
        }
    }
    return all;
}

inline std::vector<Organization> organizations()
{
    Organization iiss_record =
        organization(iiss, "International Institute for Strategic Studies", OrganizationKind::think_tank);
    iiss_record.abbreviation = "IISS";
    iiss_record.country = united_kingdom;
    iiss_record.location = city("London", united_kingdom);

    // Publishers: only what the reports say of them.
    Organization st_record = organization(straits_times, "The Straits Times");
    Organization cna_record = organization(cna, "CNA");

    Organization dod_record = organization(us_dod, "United States Department of Defense", OrganizationKind::ministry);
    dod_record.country = united_states;

    Organization amc_record = organization(asia_media_centre, "Asia Media Centre");
    Organization ion_record = organization(indonesia_online, "Indonesia Online Media");
    Organization china_daily_record = organization(china_daily, "China Daily");
    Organization vn_record = organization(nghien_cuu, "Nghiên cứu chiến lược");
    Organization sun_record = organization(the_sun, "The Sun");
    Organization mothership_record = organization(mothership, "Mothership");
    Organization adda_record = organization(adda247, "Adda247");

    return {iiss_record,        st_record, cna_record, dod_record,        amc_record, ion_record,
            china_daily_record, vn_record, sun_record, mothership_record, adda_record};
}

inline std::vector<Person> people()
{
    Person marcos_record = person(marcos, "Ferdinand Marcos Jr.");
    marcos_record.positions = {position("President", philippines)};

    Person austin_record = person(austin, "Lloyd J. Austin III");
    austin_record.positions = {position("Secretary of Defense", us_dod)};

    Person dong_record = person(dong_jun, "Dong Jun");
    dong_record.honorific = "Admiral";
    dong_record.positions = {position("Minister of National Defense", china)};

    // "President-elect and Minister of Defence".
    Person prabowo_record = person(prabowo, "Prabowo Subianto");
    prabowo_record.positions = {position("Minister of Defence", indonesia), position("President-elect", indonesia)};

    Person chipman_record = person(chipman, "John Chipman");
    chipman_record.honorific = "Sir";
    chipman_record.positions = {position("Executive Chairman", iiss)};

    Person zelensky_record = person(zelensky, "Volodymyr Zelensky");
    zelensky_record.positions = {position("President", ukraine)};

    Person ng_record = person(ng_eng_hen, "Ng Eng Hen");
    ng_record.positions = {position("Minister for Defence", singapore)};

    Person khaled_record = person(khaled_nordin, "Mohamed Khaled Nordin");
    khaled_record.positions = {position("Minister of Defence", malaysia)};

    Person kishida_record = person(kishida, "Fumio Kishida");
    kishida_record.positions = {position("Prime Minister", japan)};

    Person halimah_record = person(halimah_yacob, "Halimah Yacob");
    halimah_record.positions = {position("President", singapore)};

    return {marcos_record,   austin_record, dong_record,   prabowo_record, chipman_record,
            zelensky_record, ng_record,     khaled_record, kishida_record, halimah_record};
}

inline std::vector<Series> series()
{
    Series dialogue;
    dialogue.id = dialogue_series;
    dialogue.name = "IISS Shangri-La Dialogue";
    dialogue.abbreviation = "SLD";
    // "the Shangri-La Dialogue or the Asian Security Summit" (Adda247).
    dialogue.other_names = {"Asian Security Summit"};
    dialogue.organizers = {iiss};
    return {dialogue};
}

inline Event edition_2024()
{
    const Date friday{2024, 5, 31};
    const Date saturday{2024, 6, 1};
    const Date sunday{2024, 6, 2};

    Event dialogue = event(dialogue_2024, "IISS Shangri-La Dialogue 2024", EventKind::dialogue);
    dialogue.status = EventStatus::held;
    dialogue.start_date = friday;
    dialogue.end_date = sunday;
    dialogue.attendance = AttendanceMode::in_person;
    dialogue.venue = shangri_la_hotel();
    dialogue.series = dialogue_series;
    dialogue.edition = 21;
    dialogue.organizers = {organizer(iiss, OrganizerRole::host)};
    // "gần 600 đại biểu ... đến từ 55 quốc gia": nearly 600 delegates from 55 countries.
    dialogue.participant_count = hedged(Qualifier::approximately, Decimal(600));
    dialogue.country_count = exactly(Decimal(55));

    // Friday evening: "Off the back of an introduction from IISS Chairman John Chipman".
    Session keynote = session(SessionKind::keynote);
    keynote.title = "Keynote Address";
    keynote.date = friday;
    keynote.speakers = {speaker(chipman, Role::introductory_remarks),
                        speaker(marcos, Role::keynote, party(philippines))};

    Session first_plenary = session(SessionKind::plenary);
    first_plenary.number = 1;
    first_plenary.date = saturday;
    // The transcript's title: "'The New Convergence in the Indo-Pacific': Remarks by ...".
    Speaker austin_part = speaker(austin, Role::speaker, party(united_states));
    Remarks convergence;
    convergence.title = "The New Convergence in the Indo-Pacific";
    convergence.sources = {dod_austin};
    austin_part.remarks = convergence;
    first_plenary.speakers = {austin_part};

    // Saturday afternoon, "moderated by Executive Chairman IISS Sir John Chipman".
    Session special_address = session(SessionKind::other);
    special_address.title = "Special Address";
    special_address.date = saturday;
    special_address.speakers = {speaker(prabowo, Role::speaker, party(indonesia)), speaker(chipman, Role::moderator)};

    Session china_plenary = session(SessionKind::plenary);
    china_plenary.date = sunday;
    china_plenary.focus = {"China's approach to global security"};
    china_plenary.speakers = {speaker(dong_jun, Role::speaker, party(china))};

    Session seventh_plenary = session(SessionKind::plenary);
    seventh_plenary.title = "Re-Imagining Solutions for Global Peace and Regional Stability";
    seventh_plenary.number = 7;
    seventh_plenary.start = at(sunday, 11, 30);
    seventh_plenary.speakers = {speaker(zelensky, Role::speaker, party(ukraine)),
                                speaker(ng_eng_hen, Role::speaker, party(singapore)),
                                speaker(khaled_nordin, Role::speaker, party(malaysia))};

    dialogue.sessions = {keynote, first_plenary, special_address, china_plenary, seventh_plenary};

    Figure plenaries = figure("plenary sessions", exactly(Decimal(7)), Unit::count);
    plenaries.as_reported = "seven plenary sessions";
    plenaries.sources = {st_preview};
    Figure specials = figure("special sessions", exactly(Decimal(6)), Unit::count);
    specials.as_reported = "six special sessions";
    specials.sources = {st_preview};
    Figure delegation = figure("members of the Chinese delegation", exactly(Decimal(34)), Unit::count);
    delegation.as_reported = "comprised 34 members";
    delegation.sources = {china_daily_delegation};
    Figure pla = figure("members of the Chinese delegation from the People's Liberation Army", exactly(Decimal(29)),
                        Unit::count);
    pla.as_reported = "including 29 from the People's Liberation Army";
    pla.sources = {china_daily_delegation};
    Figure bilaterals =
        figure("bilateral meetings held during the dialogue", hedged(Qualifier::at_least, Decimal(91)), Unit::count);
    bilaterals.as_reported = "ít nhất 91 cuộc gặp song phương";
    bilaterals.sources = {vn_review};
    Figure media = figure("global media attending", hedged(Qualifier::more_than, Decimal(300)), Unit::count);
    media.as_reported = "more than 300 global media";
    media.sources = {amc_keynote};
    dialogue.figures = {plenaries, specials, delegation, pla, bilaterals, media};

    dialogue.sources = {
        st_preview, st_zelensky,  cna_zelensky,        dod_austin, amc_keynote, ion_prabowo, china_daily_delegation,
        vn_review,  sun_last_day, mothership_zelensky, adda_2024};
    return dialogue;
}

inline Event sideline_meeting()
{
    // "yesterday, I had the opportunity to meet in person for the first time with Minister
    // Dong" (1 June); "met ... on Friday on the sidelines of the security forum".
    Event meeting = event(austin_dong_meeting, "Meeting of Lloyd Austin and Dong Jun", EventKind::bilateral_meeting);
    meeting.status = EventStatus::held;
    meeting.start_date = Date(2024, 5, 31);
    meeting.related = {link(EventRelation::on_sidelines_of, dialogue_2024)};
    meeting.sides = {party(united_states), party(china)};
    Speaker austin_part = present(austin);
    austin_part.on_behalf_of = party(united_states);
    Speaker dong_part = present(dong_jun);
    dong_part.on_behalf_of = party(china);
    meeting.speakers = {austin_part, dong_part};
    // "cuộc gặp song phương bên lề kéo dài hơn một tiếng": a meeting of more than an hour.
    Figure duration = figure("duration of the meeting", hedged(Qualifier::more_than, Decimal(1)), Unit::hour);
    duration.as_reported = "kéo dài hơn một tiếng";
    duration.sources = {vn_review};
    meeting.figures = {duration};
    meeting.sources = {dod_austin, vn_review, sun_last_day};
    return meeting;
}

inline Event edition_2022()
{
    const Date friday{2022, 6, 10};
    const Date saturday{2022, 6, 11};
    const Date sunday{2022, 6, 12};

    Event dialogue = event(dialogue_2022, "IISS Shangri-La Dialogue 2022", EventKind::dialogue);
    dialogue.status = EventStatus::held;
    dialogue.start_date = friday;
    dialogue.end_date = sunday;
    dialogue.venue = city("Singapore", singapore);
    dialogue.series = dialogue_series;
    dialogue.edition = 19;
    dialogue.organizers = {organizer(iiss, OrganizerRole::host)};
    // "A total of 42 countries ... are expected to attend".
    dialogue.country_count = exactly(Decimal(42));

    Session keynote = session(SessionKind::keynote);
    keynote.title = "Keynote Address";
    keynote.date = friday;
    keynote.speakers = {speaker(kishida, Role::keynote, party(japan))};

    // "will deliver a 'special address' virtually from 4pm to 4.30pm on Saturday".
    Session address = session(SessionKind::other);
    address.title = "Special Address";
    address.start = at(saturday, 16, 0);
    address.end = at(saturday, 16, 30);
    address.attendance = AttendanceMode::online;
    address.speakers = {speaker(zelensky, Role::speaker, party(ukraine))};

    Session dinner = session(SessionKind::dinner);
    dinner.date = saturday;
    dinner.venue = venue("Istana", "Singapore", singapore);
    dinner.speakers = {speaker(halimah_yacob, Role::host, party(singapore))};

    Session seventh_plenary = session(SessionKind::plenary);
    seventh_plenary.title = "New Ideas for Securing Regional Stability";
    seventh_plenary.number = 7;
    seventh_plenary.date = sunday;
    seventh_plenary.speakers = {speaker(ng_eng_hen, Role::speaker, party(singapore))};

    dialogue.sessions = {keynote, address, dinner, seventh_plenary};

    Figure ministers = figure("ministerial-level delegates expected", exactly(Decimal(37)), Unit::count);
    ministers.as_reported = "37 ministerial-level delegates";
    Figure officials =
        figure("senior defence officials expected", hedged(Qualifier::more_than, Decimal(30)), Unit::count);
    officials.as_reported = "more than 30 senior defence officials";
    dialogue.figures = {ministers, officials};
    dialogue.sources = {cna_2022, mothership_zelensky};
    return dialogue;
}

inline Event first_edition()
{
    Event dialogue = event(dialogue_2002, "IISS Shangri-La Dialogue 2002", EventKind::dialogue);
    dialogue.status = EventStatus::held;
    dialogue.start_date = Date(2002);
    dialogue.venue = shangri_la_hotel();
    dialogue.series = dialogue_series;
    dialogue.edition = 1;
    dialogue.sources = {adda_2024};
    return dialogue;
}

// "The event was not held in 2020 and 2021 due to the COVID-19 pandemic": no edition number.
inline Event cancelled(const EventId& id, int year)
{
    Event dialogue = event(id, "IISS Shangri-La Dialogue " + std::to_string(year), EventKind::dialogue);
    dialogue.status = EventStatus::cancelled;
    dialogue.start_date = Date(year);
    dialogue.series = dialogue_series;
    dialogue.sources = {adda_2024, cna_2022};
    return dialogue;
}

} // namespace reports::shangri_la_dialogue_2024

inline communique::Dossier shangri_la_dialogue_2024_dossier()
{
    namespace report = reports::shangri_la_dialogue_2024;
    communique::Dossier dossier;
    dossier.sources = report::sources();
    dossier.organizations = report::organizations();
    dossier.people = report::people();
    dossier.series = report::series();
    dossier.events = {report::edition_2024(),
                      report::sideline_meeting(),
                      report::edition_2022(),
                      report::first_edition(),
                      report::cancelled(report::dialogue_2020, 2020),
                      report::cancelled(report::dialogue_2021, 2021)};
    return dossier;
}
