// "The United States in the Caspian Region: A Think Tank Discussion", an online round of
// think tanks held by the Caspian Policy Center on Zoom on 30 July 2020, as
// tests/data/reports/cpc_caspian_webinar_2020.md reports it. Times are US Eastern Time,
// which in July is UTC-04:00.
#pragma once

#include "build.hpp"

#include <communique/communique.hpp>

#include <chrono>

namespace reports::cpc_caspian_webinar_2020 {

using namespace communique;

inline const CountryCode united_states{"US"};
inline const CountryCode azerbaijan{"AZ"};
inline const CountryCode georgia{"GE"};
inline const CountryCode kazakhstan{"KZ"};
inline const CountryCode uzbekistan{"UZ"};

inline const SourceId event_page{"cpc-2020-07-event-page"};
inline const SourceId press_release{"cpc-2020-07-30-press-release"};
inline const SourceId december_page{"cpc-2020-12-event-page"};

inline const OrganizationId cpc{"caspian-policy-center"};
inline const OrganizationId air_center{"air-center"};
inline const OrganizationId gfsis{"gfsis"};
inline const OrganizationId kcir{"kazakhstan-council-on-international-relations"};
inline const OrganizationId dsc{"development-strategy-center"};
inline const OrganizationId nesa{"nesa-center"};
inline const OrganizationId ndu{"national-defense-university"};
inline const OrganizationId geocase{"geocase"};

inline const PersonId nifti{"efgan-nifti"};
inline const PersonId hoagland{"richard-hoagland"};
inline const PersonId shafiyev{"farid-shafiyev"};
inline const PersonId badridze{"giorgi-badridze"};
inline const PersonId akylbayev{"iskander-akylbayev"};
inline const PersonId tulyakov{"eldor-tulyakov"};
inline const PersonId todd{"brianne-todd"};
inline const PersonId kipiani{"victor-kipiani"};
inline const PersonId jafarova{"esmira-jafarova"};

inline const EventId discussion{"cpc-united-states-in-the-caspian-region-2020"};

inline const Date day{2020, 7, 30};
inline constexpr std::chrono::minutes eastern_daylight_time{-4 * 60};

inline DateTime eastern(unsigned hour, unsigned minute)
{
    return DateTime(day, hour, minute, 0, eastern_daylight_time);
}

inline std::vector<Source> sources()
{
    Source page = source(event_page, SourceKind::web_page);
    page.channel = Channel::website;
    page.publisher = cpc;
    page.headline = "The United States in the Caspian Region: A Think Tank Discussion";
    page.url = "https://www.caspianpolicy.org/the-united-states-in-the-caspian-region-a-think-tank-discussion/";
    page.language = "en";

    Source release = source(press_release, SourceKind::press_release);
    release.channel = Channel::website;
    release.publisher = cpc;
    release.headline =
        "Caspian Policy Center Discusses the United States Presence in the Strategically Located Caspian "
        "Region With Foreign Policy Experts From Washington and the Greater Caspian Region";
    release.dateline = "WASHINGTON, D.C.";
    release.dateline_place = city("Washington, D.C.", united_states);
    release.published = day;
    release.url = "https://caspianpolicy.org/research/press-releases/"
                  "caspian-policy-center-discusses-the-united-states-presence-in-the-strategically-located-caspian-"
                  "region-with-foreign-policy-experts-from-washington-and-the-greater-caspian-region";
    release.language = "en";

    // A later event page of the center, which gives Efgan Nifti's title in December 2020.
    Source later = source(december_page, SourceKind::web_page);
    later.channel = Channel::website;
    later.publisher = cpc;
    later.url = "https://www.caspianpolicy.org/"
                "the-aftermath-of-the-karabakh-war-and-the-u-s-presidential-transition-the-future-of-american-"
                "azerbaijani-relations/";
    later.language = "en";

    return {page, release, later};
}

inline std::vector<Organization> organizations()
{
    Organization cpc_record = organization(cpc, "Caspian Policy Center", OrganizationKind::think_tank);
    cpc_record.abbreviation = "CPC";
    cpc_record.country = united_states;
    cpc_record.location = city("Washington, D.C.", united_states);

    Organization air = organization(air_center, "Center of Analysis of International Relations");
    air.abbreviation = "AIR Center";
    air.country = azerbaijan;

    // "the Georgian Foundation for Strategic and International Studies (Rondeli Foundation)".
    Organization gfsis_record = organization(gfsis, "Georgian Foundation for Strategic and International Studies");
    gfsis_record.other_names = {"Rondeli Foundation"};
    gfsis_record.country = georgia;

    Organization kcir_record = organization(kcir, "Kazakhstan Council on International Relations");
    kcir_record.country = kazakhstan;

    Organization dsc_record = organization(dsc, "Development Strategy Center");
    dsc_record.country = uzbekistan;

    Organization ndu_record = organization(ndu, "National Defense University", OrganizationKind::university);
    ndu_record.country = united_states;

    Organization nesa_record = organization(nesa, "Near East South Asia Center for Strategic Studies");
    nesa_record.abbreviation = "NESA Center";
    nesa_record.country = united_states;
    nesa_record.parent = ndu;

    Organization geocase_record = organization(geocase, "Geocase");
    geocase_record.country = georgia;

    return {cpc_record, air, gfsis_record, kcir_record, dsc_record, ndu_record, nesa_record, geocase_record};
}

// Titles as the programme of 30 July 2020 gives them.
inline Position on_the_day(Position held)
{
    held.as_of = day;
    return held;
}

inline std::vector<Person> people()
{
    Person nifti_record = person(nifti, "Efgan Nifti");
    Position ceo = position("Chief Executive Officer", cpc);
    ceo.as_of = Date(2020, 12, 17);
    nifti_record.positions = {on_the_day(position("Executive Director", cpc)), ceo};

    // "Ambassador (ret.)": a former ambassador, of a country the programme does not name.
    Position retired = former(Position{});
    retired.title = "Ambassador";

    Person hoagland_record = person(hoagland, "Richard Hoagland");
    hoagland_record.honorific = "Ambassador";
    hoagland_record.positions = {retired, on_the_day(position("Board Member", cpc))};

    Person shafiyev_record = person(shafiyev, "Farid Shafiyev");
    shafiyev_record.honorific = "Ambassador";
    shafiyev_record.positions = {retired, on_the_day(position("Chairman", air_center))};

    Person badridze_record = person(badridze, "Giorgi Badridze");
    badridze_record.honorific = "Ambassador";
    badridze_record.positions = {retired, on_the_day(position("Senior Fellow", gfsis))};

    Person akylbayev_record = person(akylbayev, "Iskander Akylbayev");
    akylbayev_record.positions = {on_the_day(position("Executive Director", kcir))};

    Person tulyakov_record = person(tulyakov, "Eldor Tulyakov");
    tulyakov_record.positions = {on_the_day(position("Executive Director", dsc))};

    Person todd_record = person(todd, "Brianne Todd");
    todd_record.positions = {on_the_day(position("Assistant Professor of Central Asian Studies", nesa))};

    Person kipiani_record = person(kipiani, "Victor Kipiani");
    kipiani_record.positions = {on_the_day(position("Chair", geocase))};

    Person jafarova_record = person(jafarova, "Esmira Jafarova");
    jafarova_record.positions = {on_the_day(position("Deputy Chairman", air_center))};

    return {nifti_record,    hoagland_record, shafiyev_record, badridze_record, akylbayev_record,
            tulyakov_record, todd_record,     kipiani_record,  jafarova_record};
}

inline Event webinar()
{
    Event record =
        event(discussion, "The United States in the Caspian Region: A Think Tank Discussion", EventKind::webinar);
    record.status = EventStatus::held;
    record.start_date = day;
    // The programme: "09:00 – 10.30 Eastern Time"; its last session ended at 10:25.
    record.start = eastern(9, 0);
    record.end = eastern(10, 30);
    record.attendance = AttendanceMode::online;
    record.venue = platform("Zoom");
    record.organizers = {organizer(cpc, OrganizerRole::host)};
    record.themes = {"the geopolitical dynamics of the U.S. presence in the Caspian region"};
    record.participant_countries = {azerbaijan, georgia, kazakhstan, uzbekistan, united_states};

    // "09:00 – 9:05 Welcome remarks by Efgan Nifti, Executive Director, Caspian Policy Center".
    Speaker welcome_part = speaker(nifti, Role::welcome_remarks);
    Remarks welcome_words;
    welcome_words.quotes = {"With the rapidly changing global geo-political landscape coupled with COVID-19-induced "
                            "economic and social disruptions of historical scale, it becomes increasingly challenging "
                            "to balance relations with multiple foreign partners that oftentimes have diverging "
                            "regional agendas"};
    welcome_words.sources = {press_release};
    welcome_part.remarks = welcome_words;
    Session welcome = session(SessionKind::opening);
    welcome.title = "Welcome remarks";
    welcome.start = eastern(9, 0);
    welcome.end = eastern(9, 5);
    welcome.speakers = {welcome_part};

    // "09:05 – 10:25 Panel discussion and Q&A session moderated by Ambassador (ret.) Richard
    // Hoagland".
    Session panel = session(SessionKind::panel);
    panel.title = "Panel discussion and Q&A session";
    panel.start = eastern(9, 5);
    panel.end = eastern(10, 25);
    panel.speakers = {
        speaker(hoagland, Role::moderator), speaker(shafiyev, Role::panelist), speaker(badridze, Role::panelist),
        speaker(akylbayev, Role::panelist), speaker(tulyakov, Role::panelist), speaker(todd, Role::panelist),
        speaker(kipiani, Role::panelist),   speaker(jafarova, Role::panelist),
    };

    record.sessions = {welcome, panel};
    record.sources = {event_page, press_release};
    return record;
}

} // namespace reports::cpc_caspian_webinar_2020

inline communique::Dossier cpc_caspian_webinar_2020_dossier()
{
    namespace report = reports::cpc_caspian_webinar_2020;
    communique::Dossier dossier;
    dossier.sources = report::sources();
    dossier.organizations = report::organizations();
    dossier.people = report::people();
    dossier.events = {report::webinar()};
    return dossier;
}
