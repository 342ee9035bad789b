// Builds, in code, a complete communique::Dossier for one news report -- APP's account of the
// ISSI conference "Pakistan–Kazakhstan Relations: Post-Visit Reflections and Pathways for
// Strategic Cooperation" (Islamabad, 12 February 2026) -- and prints it as JSON.
//
// It shows how the records fit together: each person, organisation, event, agreement and
// corridor is recorded once and named elsewhere by its id; the conference lists its
// sessions in order, and each participation carries what the report says the person said.
// Facts the report does not give (times, a venue name, signing dates) are left out.
#pragma once

#include <communique/communique.hpp>

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
inline const CountryCode kyrgyzstan{"KG"};

// Sources
inline const SourceId app_report{"app-2026-02-12-pakistan-kazakhstan"};
inline const SourceId issi_press_release{"issi-press-release-pakistan-kazakhstan-conference"};

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
inline const OrganizationId pm_office{"pakistan-pm-office"};
inline const OrganizationId foreign_ministry{"pakistan-mofa"};
inline const OrganizationId commerce_ministry{"pakistan-ministry-of-commerce"};
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

inline Place islamabad()
{
    return Place{.city = "Islamabad", .country = pakistan};
}

inline Party country_party(const CountryCode& country)
{
    return Party{.country = country};
}

inline Party organization_party(const OrganizationId& id)
{
    return Party{.organization = id};
}

// ---- where the facts come from ------------------------------------------------------------

inline std::vector<Source> sources()
{
    return {
        Source{
            .id = app_report,
            .kind = SourceKind::news_report,
            .publisher = app,
            .headline = "Pakistan, Kazakhstan vow to translate strategic partnership into tangible cooperation",
            .section = "National",
            .dateline = "ISLAMABAD, Feb 12 (APP)",
            .dateline_place = islamabad(),
            .published = Date(2026, 2, 12),
            .language = "en",
            .cites = {issi_press_release},
        },
        // The report quotes it ("said a press release") but gives nothing else about it.
        Source{
            .id = issi_press_release,
            .kind = SourceKind::press_release,
            .publisher = issi,
        },
    };
}

// ---- organisations --------------------------------------------------------------------

inline std::vector<Organization> organizations()
{
    return {
        Organization{
            .id = issi,
            .name = "Institute of Strategic Studies Islamabad",
            .abbreviation = "ISSI",
            .kind = OrganizationKind::think_tank,
            .country = pakistan,
            .location = islamabad(),
        },
        Organization{
            .id = cpsc,
            .name = "China-Pakistan Study Centre",
            .abbreviation = "CPSC",
            .kind = OrganizationKind::research_centre,
            .country = pakistan,
            .parent = issi,
        },
        Organization{
            .id = camea,
            .name = "Centre for Afghanistan, Middle East and Africa",
            .abbreviation = "CAMEA",
            .kind = OrganizationKind::research_centre,
            .country = pakistan,
            .parent = issi,
        },
        Organization{
            .id = kazakh_embassy,
            .name = "Embassy of the Republic of Kazakhstan",
            .other_names = {"Embassy of Kazakhstan"},
            .kind = OrganizationKind::embassy,
            .country = kazakhstan,
            .location = islamabad(),
        },
        Organization{
            .id = fpri,
            .name = "Foreign Policy Research Institute",
            .abbreviation = "FPRI",
            .kind = OrganizationKind::think_tank,
            .country = kazakhstan,
        },
        // International, so no country.
        Organization{
            .id = turkic_academy,
            .name = "Turkic Academy",
            .kind = OrganizationKind::academy,
        },
        Organization{
            .id = oic,
            .name = "Organisation of Islamic Cooperation",
            .abbreviation = "OIC",
            .kind = OrganizationKind::intergovernmental_organization,
        },
        Organization{
            .id = comstech,
            .name = "OIC Standing Committee on Scientific and Technological Cooperation",
            .abbreviation = "COMSTECH",
            .other_names = {"OIC-COMSTECH"},
            .kind = OrganizationKind::intergovernmental_organization,
            .parent = oic,
        },
        Organization{
            .id = pm_office,
            .name = "Prime Minister's Office",
            .kind = OrganizationKind::government,
            .country = pakistan,
        },
        Organization{
            .id = foreign_ministry,
            .name = "Ministry of Foreign Affairs",
            .kind = OrganizationKind::ministry,
            .country = pakistan,
        },
        Organization{
            .id = commerce_ministry,
            .name = "Ministry of Commerce",
            .kind = OrganizationKind::ministry,
            .country = pakistan,
        },
        Organization{
            .id = ncai,
            .name = "National Center of Artificial Intelligence",
            .abbreviation = "NCAI",
            .kind = OrganizationKind::research_centre,
            .country = pakistan,
        },
        Organization{
            .id = bahria_university,
            .name = "Bahria University",
            .kind = OrganizationKind::university,
            .country = pakistan,
            .location = islamabad(),
        },
        Organization{
            .id = sdpi,
            .name = "Sustainable Development Policy Institute",
            .abbreviation = "SDPI",
            .kind = OrganizationKind::think_tank,
            .country = pakistan,
        },
        Organization{
            .id = kazakh_iss,
            .name = "Kazakhstan Institute for Strategic Studies",
            .kind = OrganizationKind::think_tank,
            .country = kazakhstan,
        },
        // Spelled as the report spells it.
        Organization{
            .id = stmu,
            .name = "Shifa Tamer-e-Milat University",
            .kind = OrganizationKind::university,
            .country = pakistan,
            .location = islamabad(),
        },
        Organization{
            .id = sco,
            .name = "Shanghai Cooperation Organisation",
            .abbreviation = "SCO",
            .kind = OrganizationKind::intergovernmental_organization,
        },
        Organization{
            .id = app,
            .name = "Associated Press of Pakistan",
            .abbreviation = "APP",
            .kind = OrganizationKind::news_agency,
            .country = pakistan,
        },
    };
}

// ---- people, in the order the report names them --------------------------------------------

inline std::vector<Speaker> people()
{
    return {
        Speaker{
            .id = khalid_mahmood,
            .name = "Khalid Mahmood",
            .honorific = "Ambassador",
            .positions = {{.title = "Chairman, Board of Governors", .organization = issi}},
        },
        Speaker{
            .id = yerzhan_kistafin,
            .name = "Yerzhan Kistafin",
            .honorific = "Ambassador",
            .positions = {{.title = "Ambassador of Kazakhstan to Pakistan", .organization = kazakh_embassy}},
            .nationality = kazakhstan,
        },
        Speaker{
            .id = askhat_kessikbayev,
            .name = "Askhat Kessikbayev",
            .honorific = "Dr.",
            .positions = {{.title = "Vice President", .organization = turkic_academy}},
        },
        Speaker{
            .id = iqbal_choudhary,
            .name = "Muhammad Iqbal Choudhary",
            .honorific = "Prof. Dr.",
            .positions = {{.title = "Coordinator-General", .organization = comstech}},
        },
        Speaker{
            .id = fahad_haroon,
            .name = "Fahad Haroon",
            .positions = {{.title = "Special Assistant to the Prime Minister on Digital Media",
                           .organization = pm_office}},
            .nationality = pakistan,
        },
        Speaker{
            .id = talat_shabbir,
            .name = "Talat Shabbir",
            .honorific = "Dr.",
            .positions = {{.title = "Director", .organization = cpsc}},
        },
        Speaker{
            .id = hasan_ali_zaigham,
            .name = "Hasan Ali Zaigham",
            .positions = {{.title = "Director General (Central Asia & ECO)", .organization = foreign_ministry}},
            .nationality = pakistan,
        },
        Speaker{
            .id = sergey_savelyev,
            .name = "Sergey Savelyev",
            .positions = {{.title = "Senior Expert", .organization = fpri}},
        },
        // The report gives him no position.
        Speaker{
            .id = moin_ul_haque,
            .name = "Moin ul Haque",
            .honorific = "Ambassador",
        },
        Speaker{
            .id = yasar_ayaz,
            .name = "Yasar Ayaz",
            .honorific = "Dr.",
            .positions = {{.title = "Chairman", .organization = ncai}},
        },
        Speaker{
            .id = amina_khan,
            .name = "Amina Khan",
            .honorific = "Dr.",
            .positions = {{.title = "Director", .organization = camea}},
        },
        Speaker{
            .id = hassan_daud_butt,
            .name = "Hassan Daud Butt",
            .honorific = "Dr.",
            .positions = {{.title = "Senior Associate Professor", .organization = bahria_university}},
        },
        Speaker{
            .id = sajid_amin,
            .name = "Sajid Amin",
            .honorific = "Dr.",
            .positions = {{.title = "Deputy Executive Director", .organization = sdpi}},
        },
        Speaker{
            .id = mukhit_asanbayev,
            .name = "Mukhit Asanbayev",
            .positions = {{.title = "Expert", .organization = kazakh_iss}},
        },
        Speaker{
            .id = amna_mahmood,
            .name = "Amna Mahmood",
            .honorific = "Dr.",
            .positions = {{.title = "Dean, Social Sciences and Humanities", .organization = stmu}},
        },
        Speaker{
            .id = khurram_dastgir_khan,
            .name = "Khurram Dastgir Khan",
            .honorific = "Engineer",
            .positions = {{.title = "Federal Minister for Commerce",
                           .organization = commerce_ministry,
                           .current = false}},
            .nationality = pakistan,
        },
        Speaker{
            .id = kassym_jomart_tokayev,
            .name = "Kassym-Jomart Tokayev",
            .honorific = "President",
            .positions = {{.title = "President of Kazakhstan"}},
            .nationality = kazakhstan,
        },
    };
}

// ---- the state visit that the conference followed ---------------------------------------------

inline std::vector<Event> events()
{
    return {
        Event{
            .id = state_visit,
            .title = "State visit of President Kassym-Jomart Tokayev to Pakistan",
            .kind = EventKind::state_visit,
            .status = EventStatus::held,
            .start_date = Date(2026, 2), // "the February 2026 state visit": the days are not given
            .place = islamabad(),
            .principals = {kassym_jomart_tokayev},
            .countries = {kazakhstan, pakistan},
            .description = "The historic state visit of President Kassym-Jomart Tokayev to Islamabad, described as a "
                           "milestone that formally elevated Pakistan–Kazakhstan relations to a strategic "
                           "partnership. The report also calls it “the recent Kazakhstan–Pakistan summit”. A joint "
                           "declaration on strategic partnership and memoranda of understanding were signed during "
                           "it.",
            .sources = {app_report},
        },
    };
}

// ---- agreements ---------------------------------------------------------------------

inline std::vector<Agreement> agreements()
{
    return {
        // Announced by Ambassador Khalid Mahmood in his welcome remarks.
        Agreement{
            .id = issi_fpri_mou,
            .title = "Memorandum of understanding between ISSI and the Foreign Policy Research Institute",
            .kind = AgreementKind::memorandum_of_understanding,
            .parties = {organization_party(issi), organization_party(fpri)},
            .status = AgreementStatus::signed_,
            .description = "Its signing was announced at the conference; the report gives no date or place of "
                           "signature.",
            .sources = {app_report},
        },
        Agreement{
            .id = joint_declaration,
            .title = "Joint Declaration on Strategic Partnership",
            .kind = AgreementKind::joint_declaration,
            .parties = {country_party(kazakhstan), country_party(pakistan)},
            .status = AgreementStatus::signed_,
            .signed_date = Date(2026, 2),
            .signed_place = islamabad(),
            .signed_at = state_visit,
            .sectors = {"politics", "security", "trade", "transport", "education", "culture"},
            .description = "A landmark for cooperation in politics, security, trade, transport, education and "
                           "culture.",
            .sources = {app_report},
        },
        Agreement{
            .id = trade_roadmap,
            .title = "Five-year roadmap for trade",
            .kind = AgreementKind::roadmap,
            .parties = {country_party(kazakhstan), country_party(pakistan)},
            .term = Quantity{.value = Decimal(5), .unit = Unit::year},
            .sectors = {"trade"},
            .sources = {app_report},
        },
        Agreement{
            .id = transit_trade_agreement,
            .title = "Transit trade agreement",
            .kind = AgreementKind::agreement,
            .parties = {country_party(kazakhstan), country_party(pakistan)},
            .sectors = {"transit trade"},
            .sources = {app_report},
        },
        Agreement{
            .id = state_visit_mous,
            .title = "Memoranda of understanding signed during the state visit",
            .kind = AgreementKind::memorandum_of_understanding,
            .parties = {country_party(kazakhstan), country_party(pakistan)},
            .status = AgreementStatus::signed_,
            .signed_date = Date(2026, 2),
            .signed_at = state_visit,
            .description = "The MoUs signed with the joint declaration during the state visit, “agreements across "
                           "multiple sectors”; the report does not list them individually.",
            .sources = {app_report},
        },
        Agreement{
            .id = qtta,
            .title = "Quadrilateral Traffic in Transit Agreement",
            .abbreviation = "QTTA",
            .kind = AgreementKind::agreement,
            .parties = {country_party(china), country_party(kazakhstan), country_party(kyrgyzstan),
                        country_party(pakistan)},
            .sources = {app_report},
        },
    };
}

// ---- corridors ----------------------------------------------------------------------

inline std::vector<Corridor> corridors()
{
    return {
        Corridor{
            .id = cpec,
            .name = "China-Pakistan Economic Corridor",
            .abbreviation = "CPEC",
            .modes = {TransportMode::multimodal},
            .countries = {china, pakistan},
            .sources = {app_report},
        },
        Corridor{
            .id = qtta_route,
            .name = "Quadrilateral Traffic in Transit Agreement route",
            .abbreviation = "QTTA",
            .modes = {TransportMode::road},
            .countries = {china, kazakhstan, kyrgyzstan, pakistan},
            .agreements = {qtta},
            .sources = {app_report},
        },
        Corridor{
            .id = trans_afghan_railway,
            .name = "Trans-Afghan railway",
            .modes = {TransportMode::rail},
            .status = CorridorStatus::planned,
            .countries = {kazakhstan, afghanistan, pakistan},
            .description = "Plans for trans-Afghan railway links; the report gives no route.",
            .sources = {app_report},
        },
        Corridor{
            .id = direct_flights,
            .name = "Direct flights between Kazakhstan and Pakistan",
            .modes = {TransportMode::air},
            .status = CorridorStatus::planned,
            .countries = {kazakhstan, pakistan},
            .sources = {app_report},
        },
    };
}

// ---- the conference and its sessions ------------------------------------------------------

inline Session inaugural_session()
{
    return Session{
        .kind = SessionKind::inaugural,
        .title = "Inaugural Session",
        .participants =
            {
                // "Earlier in his introductory remarks": given here, before the welcome remarks.
                Participation{
                    .person = talat_shabbir,
                    .role = Role::introductory_remarks,
                    .remarks =
                        Remarks{
                            .summary = "Highlighted the historic nature of the presidential visit, the agreements "
                                       "across multiple sectors, regional connectivity initiatives and the scholarly "
                                       "contributions of the Turkic Academy.",
                            .topics = {"historic presidential visit", "agreements across multiple sectors",
                                       "regional connectivity", "scholarly contributions of the Turkic Academy"},
                            .agreements = {joint_declaration, state_visit_mous},
                            .events = {state_visit},
                            .organizations = {turkic_academy},
                        },
                },
                Participation{
                    .person = khalid_mahmood,
                    .role = Role::welcome_remarks,
                    .remarks =
                        Remarks{
                            .summary =
                                "Said Pakistan–Kazakhstan relations are rooted in shared history, cultural "
                                "affinities and mutual respect, and described the February 2026 state visit as a "
                                "milestone formally elevating them to a strategic partnership, with convergence on "
                                "regional and international issues including Jammu and Kashmir and Afghanistan. He "
                                "underlined connectivity, regional transport corridors and the untapped potential in "
                                "trade, investment, energy, agriculture, IT, education and people-to-people "
                                "exchanges, and announced the signing of an MoU between ISSI and Kazakhstan's "
                                "Foreign Policy Research Institute.",
                            .topics = {"shared history", "cultural affinities", "mutual respect",
                                       "strategic partnership", "regional and international issues",
                                       "Jammu and Kashmir", "Afghanistan", "connectivity",
                                       "regional transport corridors", "trade", "investment", "energy", "agriculture",
                                       "IT", "education", "people-to-people exchanges"},
                            .agreements = {issi_fpri_mou},
                            .events = {state_visit},
                            .organizations = {issi, fpri},
                            .countries = {pakistan, kazakhstan, afghanistan},
                        },
                },
                Participation{
                    .person = yerzhan_kistafin,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Termed the visit the opening of a “new chapter” in bilateral relations and "
                                       "highlighted the joint declaration on strategic partnership, joint cultural, "
                                       "academic, scientific and sports initiatives, growing business engagement, and "
                                       "plans for direct flights, trans-Afghan railway links and diversified transport "
                                       "corridors. He positioned both countries as gateways connecting Eurasia with "
                                       "South Asia, the Middle East, Africa and beyond.",
                            .topics = {"bilateral relations", "joint declaration on strategic partnership",
                                       "cultural initiatives", "academic initiatives", "scientific initiatives",
                                       "sports initiatives", "business engagement", "direct flights",
                                       "trans-Afghan railway", "diversified transport corridors",
                                       "gateways connecting Eurasia with South Asia, the Middle East and Africa"},
                            .quotes = {"new chapter"},
                            .agreements = {joint_declaration},
                            .corridors = {direct_flights, trans_afghan_railway},
                            .events = {state_visit},
                            .countries = {kazakhstan, pakistan},
                        },
                },
                Participation{
                    .person = askhat_kessikbayev,
                    .role = Role::guest_of_honour,
                    .role_label = "Guest of Honor",
                    .remarks =
                        Remarks{
                            .summary = "Highlighted civilizational and cultural linkages, emphasizing academic "
                                       "cooperation and joint research on economic development, sustainability, water "
                                       "security and regional integration.",
                            .topics = {"civilizational linkages", "cultural linkages", "academic cooperation",
                                       "joint research", "economic development", "sustainability", "water security",
                                       "regional integration"},
                        },
                },
                Participation{
                    .person = iqbal_choudhary,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Praised Kazakhstan's investments in higher education, science and innovation, "
                                       "stressing sustained academic collaboration with Pakistan.",
                            .topics = {"higher education", "science", "innovation", "academic collaboration"},
                            .countries = {kazakhstan, pakistan},
                        },
                },
                Participation{
                    .person = fahad_haroon,
                    .role = Role::chief_guest,
                    .role_label = "Chief Guest",
                    .remarks =
                        Remarks{
                            .summary =
                                "Described the recent Kazakhstan–Pakistan summit as a strategic reaffirmation of "
                                "mutual trust and shared regional vision, and underscored Pakistan's view of "
                                "Kazakhstan as a key partner in its broader Central Asia engagement. He stressed "
                                "institutional follow-up, sustained dialogue and public discourse so that the "
                                "strategic partnership delivers long-term benefits for both countries and the wider "
                                "region.",
                            .topics = {"mutual trust", "shared regional vision", "Central Asia engagement",
                                       "institutional follow-up", "sustained dialogue", "public discourse",
                                       "strategic partnership"},
                            .events = {state_visit},
                            .countries = {kazakhstan, pakistan},
                        },
                },
            },
    };
}

inline Session working_session_one()
{
    return Session{
        .kind = SessionKind::working,
        .title = "Working Session I",
        .number = 1,
        .participants =
            {
                Participation{.person = talat_shabbir, .role = Role::moderator},
                Participation{
                    .person = hasan_ali_zaigham,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Described the visit as a historic milestone and highlighted Pakistan's role as "
                                       "a gateway for landlocked Central Asian states. He outlined mechanisms for "
                                       "strategic dialogue, a five-year roadmap for trade and the transit trade "
                                       "agreement, noting Pakistan's export potential to Kazakhstan at US$1.7 billion.",
                            .topics = {"Pakistan as a gateway for landlocked Central Asian states",
                                       "strategic dialogue mechanisms", "trade", "transit trade", "export potential"},
                            .agreements = {trade_roadmap, transit_trade_agreement},
                            .events = {state_visit},
                            .countries = {pakistan, kazakhstan},
                            .figures = {Figure{
                                .measure = "Pakistan's export potential to Kazakhstan",
                                .money = Money{.amount = Decimal(1'700'000'000), .currency = CurrencyCode("USD")},
                                .as_reported = "US$1.7 billion",
                            }},
                        },
                },
                Participation{
                    .person = sergey_savelyev,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Underscored the Joint Declaration as a landmark for cooperation in politics, "
                                       "security, trade, transport, education and culture, and welcomed institutional "
                                       "collaboration with ISSI.",
                            .topics = {"joint declaration", "politics", "security", "trade", "transport", "education",
                                       "culture", "institutional collaboration"},
                            .agreements = {joint_declaration},
                            .organizations = {issi},
                        },
                },
                Participation{
                    .person = moin_ul_haque,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Highlighted connectivity as the central pillar of engagement, emphasizing "
                                       "CPEC, QTTA, regional energy projects, multimodal integration, regulatory "
                                       "harmonization, supply chain resilience and Afghan engagement as essential for "
                                       "success.",
                            .topics = {"connectivity", "CPEC", "QTTA", "regional energy projects",
                                       "multimodal integration", "regulatory harmonization", "supply chain resilience",
                                       "Afghan engagement"},
                            .agreements = {qtta},
                            .corridors = {cpec, qtta_route},
                            .countries = {afghanistan},
                        },
                },
                Participation{
                    .person = yasar_ayaz,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Highlighted Pakistan's AI, robotics and imaging capabilities, proposing joint "
                                       "research, innovation and capacity-building initiatives with Kazakhstan in "
                                       "emerging technologies.",
                            .topics = {"AI", "robotics", "imaging", "joint research", "innovation", "capacity building",
                                       "emerging technologies"},
                            .countries = {pakistan, kazakhstan},
                        },
                },
            },
    };
}

inline Session working_session_two()
{
    return Session{
        .kind = SessionKind::working,
        .title = "Working Session II",
        .number = 2,
        .focus = {"economic cooperation", "regional integration", "people-to-people linkages"},
        .participants =
            {
                Participation{.person = amina_khan, .role = Role::moderator},
                Participation{
                    .person = hassan_daud_butt,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Emphasized Pakistan as a maritime gateway and Kazakhstan as a Eurasian land "
                                       "bridge for regional cooperation in technology, education and innovation.",
                            .topics = {"Pakistan as a maritime gateway", "Kazakhstan as a Eurasian land bridge",
                                       "regional cooperation", "technology", "education", "innovation"},
                            .countries = {pakistan, kazakhstan},
                        },
                },
                Participation{
                    .person = sajid_amin,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Stressed moving beyond MoUs toward results-oriented implementation, "
                                       "highlighting transport corridors and joint ventures as tools for sustainable "
                                       "trade partnerships.",
                            .topics = {"results-oriented implementation", "transport corridors", "joint ventures",
                                       "sustainable trade partnerships"},
                        },
                },
                Participation{
                    .person = mukhit_asanbayev,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Highlighted emerging Eurasian transit corridors, diversified connectivity and "
                                       "visa facilitation, and leveraging regional platforms such as the SCO and "
                                       "Turkic cooperation mechanisms.",
                            .topics = {"Eurasian transit corridors", "diversified connectivity", "visa facilitation",
                                       "regional platforms", "SCO", "Turkic cooperation mechanisms"},
                            .organizations = {sco},
                        },
                },
                Participation{
                    .person = amna_mahmood,
                    .role = Role::speaker,
                    .remarks =
                        Remarks{
                            .summary = "Emphasized academic collaboration, cultural exchanges, tourism and SME "
                                       "linkages as critical for strengthening societal understanding.",
                            .topics = {"academic collaboration", "cultural exchanges", "tourism", "SME linkages",
                                       "societal understanding"},
                        },
                },
            },
    };
}

inline Session concluding_session()
{
    return Session{
        .kind = SessionKind::concluding,
        .title = "Concluding Session",
        .participants =
            {
                Participation{
                    .person = khurram_dastgir_khan,
                    .role = Role::chief_guest,
                    .role_label = "Chief Guest",
                    .remarks =
                        Remarks{
                            .summary = "Described Pakistan–Kazakhstan relations as entering a decisive phase, "
                                       "structured across political dialogue, security, trade, transport, education, "
                                       "science, culture, climate cooperation and regional coordination. He emphasized "
                                       "moving from concept to execution, investment in education, digital "
                                       "connectivity, financial linkages, youth engagement and enhanced security "
                                       "cooperation.",
                            .topics = {"political dialogue", "security", "trade", "transport", "education", "science",
                                       "culture", "climate cooperation", "regional coordination",
                                       "moving from concept to execution", "investment in education",
                                       "digital connectivity", "financial linkages", "youth engagement",
                                       "security cooperation"},
                            .countries = {pakistan, kazakhstan},
                        },
                },
                Participation{
                    .person = khalid_mahmood,
                    .role = Role::vote_of_thanks,
                    .remarks =
                        Remarks{
                            .summary =
                                "Noted the joint declaration and MoUs as a practical roadmap, emphasizing effective "
                                "implementation and convergence on regional security, counterterrorism, Afghanistan "
                                "and Kashmir. He thanked the Embassy of Kazakhstan, the speakers and the attendees, "
                                "proposing follow-up engagements to ensure the strategic partnership's objectives are "
                                "fully realized.",
                            .topics = {"joint declaration", "MoUs", "effective implementation", "regional security",
                                       "counterterrorism", "Afghanistan", "Kashmir", "follow-up engagements"},
                            .agreements = {joint_declaration, state_visit_mous},
                            .organizations = {kazakh_embassy},
                            .countries = {afghanistan},
                        },
                },
            },
    };
}

inline Conference conference()
{
    return Conference{
        .id = issi_conference,
        .title = "Pakistan–Kazakhstan Relations: Post-Visit Reflections and Pathways for Strategic Cooperation",
        .kind = EventKind::conference,
        .status = EventStatus::held,
        .start_date = Date(2026, 2, 12), // "on Thursday"
        .venue = islamabad(),            // the report names no venue
        .organizers =
            {
                Organizer{.organization = issi, .role = OrganizerRole::host},
                Organizer{.organization = kazakh_embassy, .role = OrganizerRole::in_collaboration_with},
            },
        .description = "Organized in the context of the growing strategic convergence between Pakistan and Kazakhstan "
                       "following the historic state visit of President Kassym-Jomart Tokayev to Islamabad, the "
                       "conference brought together eminent diplomats, scholars and practitioners from Pakistan and "
                       "Kazakhstan for an in-depth exchange of views on bilateral relations, regional connectivity and "
                       "strategic cooperation, highlighting pathways for sustained partnership and mutual growth.",
        .themes = {"bilateral relations", "regional connectivity", "strategic cooperation"},
        .audience = {"diplomats", "scholars", "practitioners"},
        .participant_countries = {pakistan, kazakhstan},
        .context = {state_visit},
        .sessions = {inaugural_session(), working_session_one(), working_session_two(), concluding_session()},
        .outcomes = {issi_fpri_mou},
        .sources = {app_report, issi_press_release},
    };
}

// The whole report as one dossier.
inline Dossier dossier()
{
    return Dossier{
        .sources = sources(),
        .organizations = organizations(),
        .people = people(),
        .events = events(),
        .conferences = {conference()},
        .agreements = agreements(),
        .corridors = corridors(),
    };
}

} // namespace issi_example
