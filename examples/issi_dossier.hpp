// Builds, in code, a complete communique::Dossier for one news report -- APP's account of the
// ISSI conference "Pakistan–Kazakhstan Relations: Post-Visit Reflections and Pathways for
// Strategic Cooperation" (Islamabad, 12 February 2026) -- and prints it as JSON.
//
// It shows how the records fit together: each person, organisation, event, agreement and
// corridor is recorded once and named elsewhere by its id; the conference lists its
// sessions in order, each speaker carries what the report says the person said, and the
// conference follows up the state visit, another event of the dossier. Facts the report
// does not give (times, a venue name, when the ISSI-FPRI memorandum was signed, who
// published the press release, the kind of most organisations, what CPEC and QTTA carry
// and where they run) are left out, not guessed.
//
// Members are assigned one by one rather than with designated initialisers, which would
// have to name every member of these large records to compile without
// -Wmissing-field-initializers warnings; the small ones come from helpers (party(),
// exactly()) or name all their members.
#pragma once

#include <communique/communique.hpp>

#include <string>
#include <utility>
#include <vector>

// Everything here lives in its own namespace, so that the example can say
// `using namespace communique;` without imposing it on whoever includes this file.
namespace issi_example {

using namespace communique;

// ---- ids ------------------------------------------------------------------------------

// Countries
inline const CountryCode pakistan{"PK"};
inline const CountryCode kazakhstan{"KZ"};
inline const CountryCode afghanistan{"AF"};
inline const CountryCode china{"CN"};

// Sources
inline const SourceId app_report{"app-2026-02-12-pakistan-kazakhstan"};
inline const SourceId press_release{"press-release-pakistan-kazakhstan-conference"};

// Organisations
inline const OrganizationId app{"app"};
inline const OrganizationId issi{"issi"};
inline const OrganizationId cpsc{"cpsc"};
inline const OrganizationId camea{"camea"};
inline const OrganizationId kazakh_embassy{"kazakhstan-embassy-islamabad"};
inline const OrganizationId fpri{"fpri"};
inline const OrganizationId turkic_academy{"turkic-academy"};
inline const OrganizationId oic{"oic"};
inline const OrganizationId comstech{"comstech"};
inline const OrganizationId foreign_ministry{"pakistan-mofa"};
inline const OrganizationId ncai{"ncai"};
inline const OrganizationId bahria_university{"bahria-university"};
inline const OrganizationId sdpi{"sdpi"};
inline const OrganizationId kazakh_iss{"kazakhstan-institute-for-strategic-studies"};
inline const OrganizationId stmu{"shifa-tamer-e-milat-university"};
inline const OrganizationId sco{"sco"};

// People
inline const PersonId khalid_mahmood{"khalid-mahmood"};
inline const PersonId yerzhan_kistafin{"yerzhan-kistafin"};
inline const PersonId askhat_kessikbayev{"askhat-kessikbayev"};
inline const PersonId iqbal_choudhary{"muhammad-iqbal-choudhary"};
inline const PersonId fahad_haroon{"fahad-haroon"};
inline const PersonId talat_shabbir{"talat-shabbir"};
inline const PersonId hasan_ali_zaigham{"hasan-ali-zaigham"};
inline const PersonId sergey_savelyev{"sergey-savelyev"};
inline const PersonId moin_ul_haque{"moin-ul-haque"};
inline const PersonId yasar_ayaz{"yasar-ayaz"};
inline const PersonId amina_khan{"amina-khan"};
inline const PersonId hassan_daud_butt{"hassan-daud-butt"};
inline const PersonId sajid_amin{"sajid-amin"};
inline const PersonId mukhit_asanbayev{"mukhit-asanbayev"};
inline const PersonId amna_mahmood{"amna-mahmood"};
inline const PersonId khurram_dastgir_khan{"khurram-dastgir-khan"};
inline const PersonId kassym_jomart_tokayev{"kassym-jomart-tokayev"};

// Events
inline const EventId state_visit{"tokayev-state-visit-2026"};
inline const EventId issi_conference{"issi-pakistan-kazakhstan-conference-2026"};

// Agreements
inline const AgreementId issi_fpri_mou{"issi-fpri-mou"};
inline const AgreementId joint_declaration{"kz-pk-joint-declaration-strategic-partnership"};
inline const AgreementId trade_roadmap{"kz-pk-five-year-trade-roadmap"};
inline const AgreementId transit_trade_agreement{"kz-pk-transit-trade-agreement"};
inline const AgreementId state_visit_mous{"kz-pk-state-visit-mous-2026"};
inline const AgreementId qtta{"qtta"};

// Corridors
inline const CorridorId cpec{"cpec"};
inline const CorridorId qtta_route{"qtta-route"};
inline const CorridorId trans_afghan_railway{"trans-afghan-railway"};
inline const CorridorId direct_flights{"kz-pk-direct-flights"};

// The day of the conference and of the report: the positions are given as held then.
inline const Date report_date(2026, 2, 12);

// ---- small helpers ----------------------------------------------------------------------

inline Place islamabad()
{
    return Place{.name = {}, .city = "Islamabad", .region = {}, .country = pakistan, .platform = {}, .url = {}};
}

inline Organization organization(const OrganizationId& id, std::string name)
{
    Organization record;
    record.id = id;
    record.name = std::move(name);
    return record;
}

inline Person person(const PersonId& id, std::string name)
{
    Person record;
    record.id = id;
    record.name = std::move(name);
    return record;
}

// A title held at an organisation, as the report gives it on its day.
inline Position position(std::string title, const OrganizationId& organization)
{
    Position held;
    held.title = std::move(title);
    held.organization = organization;
    held.as_of = report_date;
    return held;
}

// A title held for a country, when the report names no organisation for it.
inline Position position(std::string title, const CountryCode& country)
{
    Position held;
    held.title = std::move(title);
    held.country = country;
    held.as_of = report_date;
    return held;
}

inline Remarks remarks(std::string summary, std::vector<std::string> topics)
{
    Remarks said;
    said.summary = std::move(summary);
    said.topics = std::move(topics);
    return said;
}

inline Speaker speaker(const PersonId& person, Role role)
{
    Speaker part;
    part.person = person;
    part.role = role;
    return part;
}

inline Speaker speaker(const PersonId& person, Role role, Remarks remarks)
{
    Speaker part = speaker(person, role);
    part.remarks = std::move(remarks);
    return part;
}

inline Agreement agreement(const AgreementId& id, std::string title, AgreementKind kind)
{
    Agreement record;
    record.id = id;
    record.title = std::move(title);
    record.kind = kind;
    return record;
}

inline Corridor corridor(const CorridorId& id, std::string name)
{
    Corridor record;
    record.id = id;
    record.name = std::move(name);
    return record;
}

// ---- where the facts come from ------------------------------------------------------------

inline std::vector<Source> sources()
{
    Source report;
    report.id = app_report;
    report.kind = SourceKind::news_report;
    report.publisher = app;
    report.headline = "Pakistan, Kazakhstan vow to translate strategic partnership into tangible cooperation";
    report.section = "National";
    report.dateline = "ISLAMABAD, Feb 12 (APP)";
    report.dateline_place = islamabad();
    report.published = report_date;
    report.language = "en";
    report.cites = {press_release};

    // The report quotes it ("said a press release") but gives nothing else about it, not
    // even whose it is.
    Source release;
    release.id = press_release;
    release.kind = SourceKind::press_release;

    return {report, release};
}

// ---- organisations --------------------------------------------------------------------

// A kind is given only where the name says it (an embassy, a ministry, a university).
inline std::vector<Organization> organizations()
{
    Organization issi_record = organization(issi, "Institute of Strategic Studies Islamabad");
    issi_record.abbreviation = "ISSI";
    issi_record.country = pakistan;
    issi_record.location = islamabad();

    // "Director CPSC, ISSI": a centre of the institute.
    Organization cpsc_record = organization(cpsc, "China-Pakistan Study Centre");
    cpsc_record.abbreviation = "CPSC";
    cpsc_record.country = pakistan;
    cpsc_record.parent = issi;

    Organization camea_record = organization(camea, "Centre for Afghanistan, Middle East and Africa");
    camea_record.abbreviation = "CAMEA";
    camea_record.country = pakistan;
    camea_record.parent = issi;

    Organization embassy = organization(kazakh_embassy, "Embassy of the Republic of Kazakhstan");
    embassy.other_names = {"Embassy of Kazakhstan"};
    embassy.kind = OrganizationKind::embassy;
    embassy.country = kazakhstan;
    embassy.location = islamabad();

    // "Kazakhstan's Foreign Policy Research Institute".
    Organization fpri_record = organization(fpri, "Foreign Policy Research Institute");
    fpri_record.abbreviation = "FPRI";
    fpri_record.country = kazakhstan;

    // International, so no country.
    Organization academy = organization(turkic_academy, "Turkic Academy");
    academy.kind = OrganizationKind::academy;

    Organization oic_record = organization(oic, "Organisation of Islamic Cooperation");
    oic_record.abbreviation = "OIC";

    Organization comstech_record =
        organization(comstech, "OIC Standing Committee on Scientific and Technological Cooperation");
    comstech_record.abbreviation = "COMSTECH";
    comstech_record.other_names = {"OIC-COMSTECH"};
    comstech_record.parent = oic;

    Organization ministry = organization(foreign_ministry, "Ministry of Foreign Affairs");
    ministry.kind = OrganizationKind::ministry;
    ministry.country = pakistan;

    Organization ncai_record = organization(ncai, "National Center of Artificial Intelligence");
    ncai_record.abbreviation = "NCAI";
    ncai_record.kind = OrganizationKind::research_centre;
    ncai_record.country = pakistan;

    Organization bahria = organization(bahria_university, "Bahria University");
    bahria.kind = OrganizationKind::university;
    bahria.country = pakistan;
    bahria.location = islamabad();

    Organization sdpi_record = organization(sdpi, "Sustainable Development Policy Institute");
    sdpi_record.abbreviation = "SDPI";

    Organization kazakh_iss_record = organization(kazakh_iss, "Kazakhstan Institute for Strategic Studies");
    kazakh_iss_record.country = kazakhstan;

    // Spelled as the report spells it.
    Organization stmu_record = organization(stmu, "Shifa Tamer-e-Milat University");
    stmu_record.kind = OrganizationKind::university;
    stmu_record.country = pakistan;
    stmu_record.location = islamabad();

    Organization sco_record = organization(sco, "Shanghai Cooperation Organisation");
    sco_record.abbreviation = "SCO";

    Organization app_record = organization(app, "Associated Press of Pakistan");
    app_record.abbreviation = "APP";
    app_record.country = pakistan;

    return {
        issi_record,       cpsc_record,     camea_record, embassy,     fpri_record, academy,
        oic_record,        comstech_record, ministry,     ncai_record, bahria,      sdpi_record,
        kazakh_iss_record, stmu_record,     sco_record,   app_record,
    };
}

// ---- people, in the order the report names them --------------------------------------------

inline std::vector<Person> people()
{
    Person khalid = person(khalid_mahmood, "Khalid Mahmood");
    khalid.honorific = "Ambassador";
    khalid.positions = {position("Chairman, Board of Governors", issi)};

    Person kistafin = person(yerzhan_kistafin, "Yerzhan Kistafin");
    kistafin.honorific = "Ambassador";
    kistafin.positions = {position("Ambassador of Kazakhstan to Pakistan", kazakh_embassy)};
    kistafin.nationality = kazakhstan;

    Person kessikbayev = person(askhat_kessikbayev, "Askhat Kessikbayev");
    kessikbayev.honorific = "Dr.";
    kessikbayev.positions = {position("Vice President", turkic_academy)};

    Person choudhary = person(iqbal_choudhary, "Muhammad Iqbal Choudhary");
    choudhary.honorific = "Prof. Dr.";
    choudhary.positions = {position("Coordinator-General", comstech)};

    // The report names no office for these two posts: the positions are held for Pakistan.
    Person haroon = person(fahad_haroon, "Fahad Haroon");
    haroon.positions = {position("Special Assistant to the Prime Minister on Digital Media", pakistan)};
    haroon.nationality = pakistan;

    Person shabbir = person(talat_shabbir, "Talat Shabbir");
    shabbir.honorific = "Dr.";
    shabbir.positions = {position("Director", cpsc)};

    Person zaigham = person(hasan_ali_zaigham, "Hasan Ali Zaigham");
    zaigham.positions = {position("Director General (Central Asia & ECO)", foreign_ministry)};
    zaigham.nationality = pakistan;

    Person savelyev = person(sergey_savelyev, "Sergey Savelyev");
    savelyev.positions = {position("Senior Expert", fpri)};

    // The report gives him no position.
    Person haque = person(moin_ul_haque, "Moin ul Haque");
    haque.honorific = "Ambassador";

    Person ayaz = person(yasar_ayaz, "Yasar Ayaz");
    ayaz.honorific = "Dr.";
    ayaz.positions = {position("Chairman", ncai)};

    Person khan = person(amina_khan, "Amina Khan");
    khan.honorific = "Dr.";
    khan.positions = {position("Director", camea)};

    Person butt = person(hassan_daud_butt, "Hassan Daud Butt");
    butt.honorific = "Dr.";
    butt.positions = {position("Senior Associate Professor", bahria_university)};

    Person amin = person(sajid_amin, "Sajid Amin");
    amin.honorific = "Dr.";
    amin.positions = {position("Deputy Executive Director", sdpi)};

    Person asanbayev = person(mukhit_asanbayev, "Mukhit Asanbayev");
    asanbayev.positions = {position("Expert", kazakh_iss)};

    Person mahmood = person(amna_mahmood, "Amna Mahmood");
    mahmood.honorific = "Dr.";
    mahmood.positions = {position("Dean, Social Sciences and Humanities", stmu)};

    // "former Federal Minister for Commerce": the report says former, not when.
    Position former_minister = position("Federal Minister for Commerce", pakistan);
    former_minister.tenure = Tenure::former;
    Person dastgir = person(khurram_dastgir_khan, "Khurram Dastgir Khan");
    dastgir.honorific = "Engineer";
    dastgir.positions = {former_minister};
    dastgir.nationality = pakistan;

    Person tokayev = person(kassym_jomart_tokayev, "Kassym-Jomart Tokayev");
    tokayev.honorific = "President";
    tokayev.positions = {position("President", kazakhstan)};
    tokayev.nationality = kazakhstan;

    return {
        khalid, kistafin, kessikbayev, choudhary, haroon,    shabbir, zaigham, savelyev, haque,
        ayaz,   khan,     butt,        amin,      asanbayev, mahmood, dastgir, tokayev,
    };
}

// ---- agreements ---------------------------------------------------------------------

inline std::vector<Agreement> agreements()
{
    // Announced by Ambassador Khalid Mahmood in his welcome remarks.
    Agreement mou =
        agreement(issi_fpri_mou, "Memorandum of understanding between ISSI and the Foreign Policy Research Institute",
                  AgreementKind::memorandum_of_understanding);
    mou.parties = {party(issi), party(fpri)};
    mou.status = AgreementStatus::signed_;
    mou.announced_date = report_date;
    mou.description = "Its signing was announced at the conference; the report gives no date or place of signature.";
    mou.sources = {app_report};

    Agreement declaration =
        agreement(joint_declaration, "Joint Declaration on Strategic Partnership", AgreementKind::joint_declaration);
    declaration.parties = {party(kazakhstan), party(pakistan)};
    declaration.status = AgreementStatus::signed_;
    declaration.signed_date = Date(2026, 2);
    declaration.signed_place = islamabad();
    declaration.signed_at = state_visit;
    declaration.sectors = {"politics", "security", "trade", "transport", "education", "culture"};
    declaration.description = "A landmark for cooperation in politics, security, trade, transport, education and "
                              "culture.";
    declaration.sources = {app_report};

    Agreement roadmap = agreement(trade_roadmap, "Five-year roadmap for trade", AgreementKind::roadmap);
    roadmap.parties = {party(kazakhstan), party(pakistan)};
    roadmap.term = Quantity{.value = Decimal(5), .unit = Unit::year};
    roadmap.sectors = {"trade"};
    roadmap.sources = {app_report};

    Agreement transit = agreement(transit_trade_agreement, "Transit trade agreement", AgreementKind::agreement);
    transit.parties = {party(kazakhstan), party(pakistan)};
    transit.sectors = {"transit trade"};
    transit.sources = {app_report};

    Agreement mous = agreement(state_visit_mous, "Memoranda of understanding signed during the state visit",
                               AgreementKind::memorandum_of_understanding);
    mous.parties = {party(kazakhstan), party(pakistan)};
    mous.status = AgreementStatus::signed_;
    mous.signed_date = Date(2026, 2);
    mous.signed_at = state_visit;
    mous.description = "The MoUs signed with the joint declaration during the state visit, “agreements across "
                       "multiple sectors”; the report does not list them individually.";
    mous.sources = {app_report};

    // The report only names it, among the connectivity projects: no parties, no status.
    Agreement qtta_record = agreement(qtta, "Quadrilateral Traffic in Transit Agreement", AgreementKind::agreement);
    qtta_record.abbreviation = "QTTA";
    qtta_record.sources = {app_report};

    return {mou, declaration, roadmap, transit, mous, qtta_record};
}

// ---- corridors ----------------------------------------------------------------------

inline std::vector<Corridor> corridors()
{
    // These two are only named, "CPEC, QTTA", among the connectivity projects: no modes, no
    // route, no status. CPEC's countries are those of its name.
    Corridor cpec_record = corridor(cpec, "China-Pakistan Economic Corridor");
    cpec_record.abbreviation = "CPEC";
    cpec_record.countries = {china, pakistan};
    cpec_record.sources = {app_report};

    // The route that the agreement of the same name governs.
    Corridor qtta_record = corridor(qtta_route, "Quadrilateral Traffic in Transit Agreement route");
    qtta_record.abbreviation = "QTTA";
    qtta_record.agreements = {qtta};
    qtta_record.sources = {app_report};

    // "plans for ... trans-Afghan railway links".
    Corridor railway = corridor(trans_afghan_railway, "Trans-Afghan railway");
    railway.modes = {TransportMode::rail};
    railway.status = CorridorStatus::planned;
    railway.countries = {kazakhstan, afghanistan, pakistan};
    railway.description = "Plans for trans-Afghan railway links; the report gives no route.";
    railway.sources = {app_report};

    // "plans for direct flights".
    Corridor flights = corridor(direct_flights, "Direct flights between Kazakhstan and Pakistan");
    flights.modes = {TransportMode::air};
    flights.status = CorridorStatus::planned;
    flights.countries = {kazakhstan, pakistan};
    flights.sources = {app_report};

    return {cpec_record, qtta_record, railway, flights};
}

// ---- the conference and its sessions ------------------------------------------------------

inline Session inaugural_session()
{
    Remarks shabbir = remarks("Highlighted the historic nature of the presidential visit, the agreements across "
                              "multiple sectors, regional connectivity initiatives and the scholarly contributions "
                              "of the Turkic Academy.",
                              {"historic presidential visit", "agreements across multiple sectors",
                               "regional connectivity", "scholarly contributions of the Turkic Academy"});
    shabbir.agreements = {joint_declaration, state_visit_mous};
    shabbir.events = {state_visit};
    shabbir.organizations = {turkic_academy};

    Remarks khalid = remarks(
        "Said Pakistan–Kazakhstan relations are rooted in shared history, cultural affinities and mutual respect, "
        "and described the February 2026 state visit as a milestone formally elevating them to a strategic "
        "partnership, with convergence on regional and international issues including Jammu and Kashmir and "
        "Afghanistan. He underlined connectivity, regional transport corridors and the untapped potential in trade, "
        "investment, energy, agriculture, IT, education and people-to-people exchanges, and announced the signing "
        "of an MoU between ISSI and Kazakhstan's Foreign Policy Research Institute.",
        {"shared history", "cultural affinities", "mutual respect", "strategic partnership",
         "regional and international issues", "Jammu and Kashmir", "Afghanistan", "connectivity",
         "regional transport corridors", "trade", "investment", "energy", "agriculture", "IT", "education",
         "people-to-people exchanges"});
    khalid.agreements = {issi_fpri_mou};
    khalid.events = {state_visit};
    khalid.organizations = {issi, fpri};
    khalid.countries = {pakistan, kazakhstan, afghanistan};

    Remarks kistafin = remarks(
        "Termed the visit the opening of a “new chapter” in bilateral relations and highlighted the joint "
        "declaration on strategic partnership, joint cultural, academic, scientific and sports initiatives, growing "
        "business engagement, and plans for direct flights, trans-Afghan railway links and diversified transport "
        "corridors. He positioned both countries as gateways connecting Eurasia with South Asia, the Middle East, "
        "Africa and beyond.",
        {"bilateral relations", "joint declaration on strategic partnership", "cultural initiatives",
         "academic initiatives", "scientific initiatives", "sports initiatives", "business engagement",
         "direct flights", "trans-Afghan railway", "diversified transport corridors",
         "gateways connecting Eurasia with South Asia, the Middle East and Africa"});
    kistafin.quotes = {"new chapter"};
    kistafin.agreements = {joint_declaration};
    kistafin.corridors = {direct_flights, trans_afghan_railway};
    kistafin.events = {state_visit};
    kistafin.countries = {kazakhstan, pakistan};

    const Remarks kessikbayev =
        remarks("Highlighted civilizational and cultural linkages, emphasizing academic cooperation and joint "
                "research on economic development, sustainability, water security and regional integration.",
                {"civilizational linkages", "cultural linkages", "academic cooperation", "joint research",
                 "economic development", "sustainability", "water security", "regional integration"});

    Remarks choudhary = remarks("Praised Kazakhstan's investments in higher education, science and innovation, "
                                "stressing sustained academic collaboration with Pakistan.",
                                {"higher education", "science", "innovation", "academic collaboration"});
    choudhary.countries = {kazakhstan, pakistan};

    Remarks haroon = remarks(
        "Described the recent Kazakhstan–Pakistan summit as a strategic reaffirmation of mutual trust and shared "
        "regional vision, and underscored Pakistan's view of Kazakhstan as a key partner in its broader Central Asia "
        "engagement. He stressed institutional follow-up, sustained dialogue and public discourse so that the "
        "strategic partnership delivers long-term benefits for both countries and the wider region.",
        {"mutual trust", "shared regional vision", "Central Asia engagement", "institutional follow-up",
         "sustained dialogue", "public discourse", "strategic partnership"});
    haroon.events = {state_visit};
    haroon.countries = {kazakhstan, pakistan};

    Speaker guest_of_honour = speaker(askhat_kessikbayev, Role::guest_of_honour, kessikbayev);
    guest_of_honour.role_label = "Guest of Honor";
    Speaker chief_guest = speaker(fahad_haroon, Role::chief_guest, haroon);
    chief_guest.role_label = "Chief Guest";

    Session session;
    session.kind = SessionKind::inaugural;
    session.title = "Inaugural Session";
    session.speakers = {
        // "Earlier in his introductory remarks": given here, before the welcome remarks.
        speaker(talat_shabbir, Role::introductory_remarks, shabbir),
        speaker(khalid_mahmood, Role::welcome_remarks, khalid),
        speaker(yerzhan_kistafin, Role::speaker, kistafin),
        guest_of_honour,
        speaker(iqbal_choudhary, Role::speaker, choudhary),
        chief_guest,
    };
    return session;
}

inline Session working_session_one()
{
    Figure export_potential;
    export_potential.measure = "Pakistan's export potential to Kazakhstan";
    export_potential.amount = exactly(Decimal(1'700'000'000));
    export_potential.currency = CurrencyCode("USD");
    export_potential.as_reported = "US$1.7 billion";

    Remarks zaigham = remarks("Described the visit as a historic milestone and highlighted Pakistan's role as a "
                              "gateway for landlocked Central Asian states. He outlined mechanisms for strategic "
                              "dialogue, a five-year roadmap for trade and the transit trade agreement, noting "
                              "Pakistan's export potential to Kazakhstan at US$1.7 billion.",
                              {"Pakistan as a gateway for landlocked Central Asian states",
                               "strategic dialogue mechanisms", "trade", "transit trade", "export potential"});
    zaigham.agreements = {trade_roadmap, transit_trade_agreement};
    zaigham.events = {state_visit};
    zaigham.countries = {pakistan, kazakhstan};
    zaigham.figures = {export_potential};

    Remarks savelyev = remarks("Underscored the Joint Declaration as a landmark for cooperation in politics, "
                               "security, trade, transport, education and culture, and welcomed institutional "
                               "collaboration with ISSI.",
                               {"joint declaration", "politics", "security", "trade", "transport", "education",
                                "culture", "institutional collaboration"});
    savelyev.agreements = {joint_declaration};
    savelyev.organizations = {issi};

    Remarks haque = remarks("Highlighted connectivity as the central pillar of engagement, emphasizing CPEC, QTTA, "
                            "regional energy projects, multimodal integration, regulatory harmonization, supply "
                            "chain resilience and Afghan engagement as essential for success.",
                            {"connectivity", "CPEC", "QTTA", "regional energy projects", "multimodal integration",
                             "regulatory harmonization", "supply chain resilience", "Afghan engagement"});
    haque.agreements = {qtta};
    haque.corridors = {cpec, qtta_route};
    haque.countries = {afghanistan};

    Remarks ayaz = remarks(
        "Highlighted Pakistan's AI, robotics and imaging capabilities, proposing joint research, "
        "innovation and capacity-building initiatives with Kazakhstan in emerging technologies.",
        {"AI", "robotics", "imaging", "joint research", "innovation", "capacity building", "emerging technologies"});
    ayaz.countries = {pakistan, kazakhstan};

    Session session;
    session.kind = SessionKind::working;
    session.title = "Working Session I";
    session.number = 1;
    session.speakers = {
        speaker(talat_shabbir, Role::moderator),           speaker(hasan_ali_zaigham, Role::speaker, zaigham),
        speaker(sergey_savelyev, Role::speaker, savelyev), speaker(moin_ul_haque, Role::speaker, haque),
        speaker(yasar_ayaz, Role::speaker, ayaz),
    };
    return session;
}

inline Session working_session_two()
{
    Remarks butt = remarks("Emphasized Pakistan as a maritime gateway and Kazakhstan as a Eurasian land bridge for "
                           "regional cooperation in technology, education and innovation.",
                           {"Pakistan as a maritime gateway", "Kazakhstan as a Eurasian land bridge",
                            "regional cooperation", "technology", "education", "innovation"});
    butt.countries = {pakistan, kazakhstan};

    const Remarks amin = remarks(
        "Stressed moving beyond MoUs toward results-oriented implementation, highlighting transport "
        "corridors and joint ventures as tools for sustainable trade partnerships.",
        {"results-oriented implementation", "transport corridors", "joint ventures", "sustainable trade partnerships"});

    Remarks asanbayev = remarks("Highlighted emerging Eurasian transit corridors, diversified connectivity and visa "
                                "facilitation, and leveraging regional platforms such as the SCO and Turkic "
                                "cooperation mechanisms.",
                                {"Eurasian transit corridors", "diversified connectivity", "visa facilitation",
                                 "regional platforms", "SCO", "Turkic cooperation mechanisms"});
    asanbayev.organizations = {sco};

    const Remarks mahmood =
        remarks("Emphasized academic collaboration, cultural exchanges, tourism and SME linkages "
                "as critical for strengthening societal understanding.",
                {"academic collaboration", "cultural exchanges", "tourism", "SME linkages", "societal understanding"});

    Session session;
    session.kind = SessionKind::working;
    session.title = "Working Session II";
    session.number = 2;
    session.focus = {"economic cooperation", "regional integration", "people-to-people linkages"};
    session.speakers = {
        speaker(amina_khan, Role::moderator),          speaker(hassan_daud_butt, Role::speaker, butt),
        speaker(sajid_amin, Role::speaker, amin),      speaker(mukhit_asanbayev, Role::speaker, asanbayev),
        speaker(amna_mahmood, Role::speaker, mahmood),
    };
    return session;
}

inline Session concluding_session()
{
    Remarks dastgir = remarks(
        "Described Pakistan–Kazakhstan relations as entering a decisive phase, structured across political "
        "dialogue, security, trade, transport, education, science, culture, climate cooperation and regional "
        "coordination. He emphasized moving from concept to execution, investment in education, digital "
        "connectivity, financial linkages, youth engagement and enhanced security cooperation.",
        {"political dialogue", "security", "trade", "transport", "education", "science", "culture",
         "climate cooperation", "regional coordination", "moving from concept to execution", "investment in education",
         "digital connectivity", "financial linkages", "youth engagement", "security cooperation"});
    dastgir.countries = {pakistan, kazakhstan};

    Remarks khalid = remarks(
        "Noted the joint declaration and MoUs as a practical roadmap, emphasizing effective implementation and "
        "convergence on regional security, counterterrorism, Afghanistan and Kashmir. He thanked the Embassy of "
        "Kazakhstan, the speakers and the attendees, proposing follow-up engagements to ensure the strategic "
        "partnership's objectives are fully realized.",
        {"joint declaration", "MoUs", "effective implementation", "regional security", "counterterrorism",
         "Afghanistan", "Kashmir", "follow-up engagements"});
    khalid.agreements = {joint_declaration, state_visit_mous};
    khalid.organizations = {kazakh_embassy};
    khalid.countries = {afghanistan};

    Speaker chief_guest = speaker(khurram_dastgir_khan, Role::chief_guest, dastgir);
    chief_guest.role_label = "Chief Guest";

    Session session;
    session.kind = SessionKind::concluding;
    session.title = "Concluding Session";
    session.speakers = {chief_guest, speaker(khalid_mahmood, Role::vote_of_thanks, khalid)};
    return session;
}

// ---- the events -----------------------------------------------------------------------

inline Event conference()
{
    Event event;
    event.id = issi_conference;
    event.title = "Pakistan–Kazakhstan Relations: Post-Visit Reflections and Pathways for Strategic Cooperation";
    event.kind = EventKind::conference;
    event.status = EventStatus::held;
    event.start_date = report_date; // "on Thursday"
    event.venue = islamabad();      // the report names no venue
    // "Post-Visit Reflections", "following the historic state visit".
    event.related = {EventLink{.relation = EventRelation::follows_up, .event = state_visit}};
    event.organizers = {
        Organizer{.organization = issi, .role = OrganizerRole::host},
        Organizer{.organization = kazakh_embassy, .role = OrganizerRole::in_collaboration_with},
    };
    event.description = "Organized in the context of the growing strategic convergence between Pakistan and "
                        "Kazakhstan following the historic state visit of President Kassym-Jomart Tokayev to "
                        "Islamabad, the conference brought together eminent diplomats, scholars and practitioners "
                        "from Pakistan and Kazakhstan for an in-depth exchange of views on bilateral relations, "
                        "regional connectivity and strategic cooperation, highlighting pathways for sustained "
                        "partnership and mutual growth.";
    event.themes = {"bilateral relations", "regional connectivity", "strategic cooperation"};
    event.audience = {"diplomats", "scholars", "practitioners"};
    event.participant_countries = {pakistan, kazakhstan};
    event.sessions = {inaugural_session(), working_session_one(), working_session_two(), concluding_session()};
    event.outcomes = {issi_fpri_mou};
    event.sources = {app_report, press_release};
    return event;
}

// The state visit that the conference followed up. The report gives its month, its place,
// its two sides and its principal, who came for Kazakhstan, but not what he did there: no
// role.
inline Event tokayev_state_visit()
{
    Speaker principal;
    principal.person = kassym_jomart_tokayev;
    principal.on_behalf_of = party(kazakhstan);

    Event event;
    event.id = state_visit;
    event.title = "State visit of President Kassym-Jomart Tokayev to Pakistan";
    event.kind = EventKind::state_visit;
    event.status = EventStatus::held;
    event.start_date = Date(2026, 2); // "the February 2026 state visit": the days are not given
    event.venue = islamabad();
    event.sides = {party(kazakhstan), party(pakistan)};
    event.description = "The historic state visit of President Kassym-Jomart Tokayev to Islamabad, described as a "
                        "milestone that formally elevated Pakistan–Kazakhstan relations to a strategic partnership. "
                        "The report also calls it “the recent Kazakhstan–Pakistan summit”. A joint declaration on "
                        "strategic partnership and memoranda of understanding were signed during it.";
    event.speakers = {principal};
    event.outcomes = {joint_declaration, state_visit_mous};
    event.sources = {app_report};
    return event;
}

// The whole report as one dossier: the conference first, then the visit it follows up.
inline Dossier dossier()
{
    Dossier whole;
    whole.sources = sources();
    whole.organizations = organizations();
    whole.people = people();
    whole.events = {conference(), tokayev_state_visit()};
    whole.agreements = agreements();
    whole.corridors = corridors();
    return whole;
}

} // namespace issi_example
