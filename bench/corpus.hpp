// SPDX-License-Identifier: BSL-1.0
// The benchmark corpus: a large dossier, built with the library's own types, that looks like
// many reports put together. Hundreds of conferences, dialogues and visits, each with its
// sessions and speakers and what they said; the people with their positions; organisations,
// some with member states; agreements with parties, signatories and ratifications;
// corridors with their routes and histories; figures everywhere. Every id that a record
// names is a record of the dossier, dates are in order, and communique::validate finds
// nothing to report (generate_corpus checks it).
//
// The corpus is deterministic: one fixed seed, and std::mt19937_64, whose sequence the C++
// standard fixes, drawn from directly (the standard distributions may differ between
// standard libraries). make_corpus(bytes) gives the same dossier for the same size on
// every machine.
#pragma once

#include <communique/communique.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bench {

using namespace communique;

// ---- the words the corpus is made of ----------------------------------------------------

struct City {
    std::string_view name;
    std::string_view region; // empty when the reports would not give one
    std::string_view country;
    int utc_offset_hours;
};

inline constexpr City cities[] = {
    {"Islamabad", "Islamabad Capital Territory", "PK", 5},
    {"Lahore", "Punjab", "PK", 5},
    {"Karachi", "Sindh", "PK", 5},
    {"Peshawar", "Khyber Pakhtunkhwa", "PK", 5},
    {"Gwadar", "Balochistan", "PK", 5},
    {"Astana", "", "KZ", 5},
    {"Almaty", "", "KZ", 5},
    {"Aktau", "Mangystau", "KZ", 5},
    {"Tashkent", "", "UZ", 5},
    {"Termez", "Surxondaryo", "UZ", 5},
    {"Kabul", "", "AF", 4},
    {"Mazar-i-Sharif", "Balkh", "AF", 4},
    {"Beijing", "", "CN", 8},
    {"Kashgar", "Xinjiang", "CN", 8},
    {"Ashgabat", "", "TM", 5},
    {"Türkmenbaşy", "Balkan", "TM", 5},
    {"Dushanbe", "", "TJ", 5},
    {"Bishkek", "", "KG", 6},
    {"Tehran", "", "IR", 3},
    {"Bandar Abbas", "Hormozgan", "IR", 3},
    {"Ankara", "", "TR", 3},
    {"Istanbul", "", "TR", 3},
    {"Baku", "", "AZ", 4},
    {"Moscow", "", "RU", 3},
    {"Riyadh", "", "SA", 3},
    {"Abu Dhabi", "", "AE", 4},
    {"Doha", "", "QA", 3},
    {"New Delhi", "", "IN", 5},
    {"Singapore", "", "SG", 8},
    {"Jakarta", "", "ID", 7},
    {"Kuala Lumpur", "", "MY", 8},
    {"Geneva", "", "CH", 1},
    {"Brussels", "", "BE", 1},
    {"London", "", "GB", 0},
    {"Washington", "District of Columbia", "US", -5},
    {"Tokyo", "", "JP", 9},
    {"Seoul", "", "KR", 9},
    {"Cairo", "", "EG", 2},
    {"Addis Ababa", "", "ET", 3},
};

struct Country {
    std::string_view code;
    std::string_view name; // as reports write it, not the ISO name
};

inline constexpr Country countries[] = {
    {"PK", "Pakistan"},
    {"KZ", "Kazakhstan"},
    {"UZ", "Uzbekistan"},
    {"AF", "Afghanistan"},
    {"CN", "China"},
    {"TM", "Turkmenistan"},
    {"TJ", "Tajikistan"},
    {"KG", "Kyrgyzstan"},
    {"IR", "Iran"},
    {"TR", "Türkiye"},
    {"AZ", "Azerbaijan"},
    {"RU", "Russia"},
    {"SA", "Saudi Arabia"},
    {"AE", "the United Arab Emirates"},
    {"QA", "Qatar"},
    {"IN", "India"},
    {"SG", "Singapore"},
    {"ID", "Indonesia"},
    {"MY", "Malaysia"},
    {"CH", "Switzerland"},
    {"BE", "Belgium"},
    {"GB", "the United Kingdom"},
    {"US", "the United States"},
    {"JP", "Japan"},
    {"KR", "South Korea"},
    {"EG", "Egypt"},
    {"ET", "Ethiopia"},
};

inline constexpr std::string_view first_names[] = {
    "Talat",   "Aigerim", "Nurlan", "Ayesha", "Wei",    "Olga",   "Ömer",    "Zhanna", "Bilal", "Farhan",
    "Mehmet",  "Saule",   "Dmitri", "Li",     "Fatima", "Hassan", "Gulnara", "Yerlan", "Amina", "Sardor",
    "Dilnoza", "Rustam",  "Sofia",  "James",  "Anne",   "Kenji",  "Priya",   "Arjun",  "Nadia", "Tariq",
    "Zarina",  "Aziz",    "Madina", "Chen",   "Elena",  "Yusuf",  "Leyla",   "Timur",  "Sana",  "Daniyar",
};

inline constexpr std::string_view last_names[] = {
    "Shabbir", "Mahmood",    "Nurlanova", "Kistafin",  "Kessikbayev", "Khan",    "Akhtar", "Zhang",  "Ivanova",
    "Yılmaz",  "Karimov",    "Tokayeva",  "Iqbal",     "Chaudhry",    "Abenov",  "Wang",   "Petrov", "Demir",
    "Rahimov", "Usmonov",    "Qureshi",   "Bekova",    "Smith",       "Dubois",  "Tanaka", "Sharma", "Haider",
    "Malik",   "Suleimenov", "Aliyev",    "Rashidova", "Baig",        "Sadykov", "Öztürk", "Li",     "Hashmi",
};

inline constexpr std::string_view honorifics[] = {"Dr.", "Ambassador", "Prof. Dr.", "Mr.", "Ms.", "Engineer", "H.E."};

inline constexpr std::string_view themes[] = {
    "regional connectivity",
    "energy security",
    "trade facilitation",
    "climate resilience",
    "water management",
    "counter-terrorism cooperation",
    "the digital economy",
    "people-to-people exchanges",
    "transit trade",
    "critical minerals",
    "food security",
    "higher education",
    "artificial intelligence governance",
    "maritime security",
    "rail connectivity",
    "cultural heritage",
    "tourism",
    "investment protection",
    "customs harmonisation",
    "public health",
    "space cooperation",
    "green hydrogen",
    "logistics hubs",
    "visa liberalisation",
    "youth exchanges",
    "stability in Afghanistan",
    "the Caspian Sea",
    "the Belt and Road Initiative",
    "Central Asia–South Asia links",
    "multilateralism",
};

inline constexpr std::string_view openings[] = {
    "Stressed the importance of",
    "Highlighted",
    "Called for closer cooperation on",
    "Reviewed progress on",
    "Underlined the untapped potential in",
    "Proposed a joint working group on",
    "Welcomed the agreements on",
    "Noted a growing convergence of views on",
    "Described as a priority",
    "Set out a five-point plan on",
};

inline constexpr std::string_view closings[] = {
    "noting that both sides had agreed to meet again within a year",
    "and urged the private sector to play a larger role",
    "describing them as pillars of a long-term partnership",
    "while cautioning that financing remained the main obstacle",
    "and announced a follow-up meeting of experts",
    "adding that \"much remains to be done\" before the targets are met",
    "and thanked the organisers for bringing together diplomats, scholars and practitioners",
    "with reference to the joint declaration adopted at the last summit",
};

inline constexpr std::string_view quotes[] = {
    "new chapter",
    "a bridge between Central and South Asia",
    "from words to deeds",
    "shared destiny",
    "win-win cooperation",
    "the door is open",
    "connectivity is the currency of the twenty-first century",
    "a partnership of equals",
};

inline constexpr std::string_view audiences[] = {"diplomats",   "scholars",  "practitioners",   "students",
                                                 "journalists", "officials", "business leaders"};

inline constexpr std::string_view sectors[] = {"trade",       "energy",    "transport",
                                               "agriculture", "education", "culture",
                                               "health",      "defence",   "information technology",
                                               "finance",     "tourism",   "mining"};

inline constexpr std::string_view position_titles[] = {
    "Director General (Central Asia & ECO)",
    "Senior Research Fellow",
    "Chairman, Board of Governors",
    "Professor of International Relations",
    "Minister of Foreign Affairs",
    "Deputy Head of Mission",
    "Special Envoy for Regional Connectivity",
    "Director, Centre for Strategic Perspectives",
    "Secretary General",
    "Vice President",
};

inline constexpr std::string_view border_crossings[] = {"Torkham",    "Khorgos",   "Sarakhs",    "Hairatan",
                                                        "Chaman",     "Khunjerab", "Imam Nazar", "Dostyk",
                                                        "Serhetabat", "Irkeshtam"};

inline constexpr std::string_view currencies[] = {"USD", "CNY", "EUR", "PKR", "KZT"};

// ---- the generator ----------------------------------------------------------------------

class CorpusGenerator {
public:
    static constexpr std::uint64_t seed = 20260212;

    // A dossier of `event_count` events, with registries in proportion: six people, two
    // sources and one agreement per event, three organisations for every four events (at
    // least twelve), a series for every ten events, a corridor for every five.
    static Dossier generate(std::size_t event_count)
    {
        CorpusGenerator generator(event_count);
        return std::move(generator.dossier_);
    }

private:
    explicit CorpusGenerator(std::size_t event_count)
    {
        make_organizations(std::max<std::size_t>(12, event_count * 3 / 4));
        make_people(6 * event_count);
        make_sources(2 * event_count);
        make_series(std::max<std::size_t>(2, event_count / 10));
        // Events name agreements and corridors in what was said, so those get their ids (and
        // their parties) first, and the rest once the events they were signed at exist.
        start_agreements(event_count);
        start_corridors(std::max<std::size_t>(2, event_count / 5));
        make_events(event_count);
        finish_agreements();
        finish_corridors();
    }

    // ---- random choices ----

    std::size_t below(std::size_t n) { return static_cast<std::size_t>(random_() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(N)];
    }
    template <class T>
    const T& pick(const std::vector<T>& items)
    {
        return items[below(items.size())];
    }
    // `count` different indices below `n` (all of them when count >= n), in the order drawn.
    std::vector<std::size_t> distinct(std::size_t count, std::size_t n)
    {
        count = std::min(count, n);
        std::vector<std::size_t> chosen;
        std::set<std::size_t> seen;
        while (chosen.size() < count) {
            const std::size_t i = below(n);
            if (seen.insert(i).second) {
                chosen.push_back(i);
            }
        }
        return chosen;
    }
    template <class E>
    E pick_enum(E first, E last)
    {
        return static_cast<E>(static_cast<int>(first) + static_cast<int>(below(static_cast<std::size_t>(
                                                            static_cast<int>(last) - static_cast<int>(first) + 1))));
    }

    // ---- words ----

    static std::string slug(std::string_view text, std::size_t max_size = 40)
    {
        std::string out;
        for (char c : text) {
            if (out.size() >= max_size) {
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                out += static_cast<char>(c - 'A' + 'a');
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out += c;
            } else if (!out.empty() && out.back() != '-') {
                out += '-'; // spaces, punctuation and the bytes of non-ASCII letters
            }
        }
        while (!out.empty() && out.back() == '-') {
            out.pop_back();
        }
        return out;
    }

    static std::string roman(unsigned n)
    {
        static constexpr std::string_view numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return std::string(numerals[(n - 1) % 10]);
    }

    static std::string country_name(const CountryCode& code)
    {
        for (const auto& country : countries) {
            if (country.code == code.code()) {
                return std::string(country.name);
            }
        }
        return std::string(code.name());
    }

    CountryCode any_country() { return CountryCode(pick(countries).code); }

    std::vector<CountryCode> some_countries(std::size_t count)
    {
        std::vector<CountryCode> out;
        for (std::size_t i : distinct(count, std::size(countries))) {
            out.emplace_back(countries[i].code);
        }
        return out;
    }

    // Every country of `countries` has a city in `cities`.
    const City& city_in(const CountryCode& country)
    {
        std::vector<const City*> found;
        for (const auto& city : cities) {
            if (city.country == country.code()) {
                found.push_back(&city);
            }
        }
        return *pick(found);
    }

    Place place_of(const City& city, bool with_venue)
    {
        Place place;
        if (with_venue) {
            static constexpr std::string_view venues[] = {"Marriott Hotel", "Serena Hotel", "Convention Centre",
                                                          "Ministry of Foreign Affairs", "Institute auditorium"};
            place.name = std::string(pick(venues));
        }
        place.city = std::string(city.name);
        if (!city.region.empty() && chance(40)) {
            place.region = std::string(city.region);
        }
        place.country = CountryCode(city.country);
        return place;
    }

    std::string sentence()
    {
        return std::string(pick(openings)) + " " + std::string(pick(themes)) + " and " + std::string(pick(themes)) +
               ", " + std::string(pick(closings)) + ".";
    }

    std::string paragraph(std::size_t sentences)
    {
        std::string out = sentence();
        for (std::size_t i = 1; i < sentences; ++i) {
            out += " " + sentence();
        }
        return out;
    }

    std::vector<std::string> some_themes(std::size_t count)
    {
        std::vector<std::string> out;
        for (std::size_t i : distinct(count, std::size(themes))) {
            out.emplace_back(themes[i]);
        }
        return out;
    }

    static Date day_of(const Date& date, unsigned days_later)
    {
        return Date(date.year(), *date.month(), *date.day() + days_later);
    }

    Decimal some_decimal(std::int64_t low, std::int64_t high)
    {
        const auto coefficient = low + static_cast<std::int64_t>(below(static_cast<std::size_t>(high - low + 1)));
        return chance(20) ? Decimal(coefficient * 10 + static_cast<std::int64_t>(below(10)), 1) : Decimal(coefficient);
    }

    Amount some_amount(std::int64_t low, std::int64_t high)
    {
        const unsigned draw = static_cast<unsigned>(below(10));
        if (draw < 5) {
            return exactly(some_decimal(low, high));
        }
        if (draw < 8) {
            return hedged(pick_enum(Qualifier::approximately, Qualifier::less_than), some_decimal(low, high));
        }
        Amount range = between(Decimal(low), Decimal(high));
        if (chance(30)) {
            range.qualifier = Qualifier::approximately;
        }
        return range;
    }

    Figure some_figure(int year)
    {
        static constexpr std::string_view money_measures[] = {"bilateral trade", "investment pledged",
                                                              "cost of the project", "financing committed"};
        static constexpr std::string_view quantity_measures[] = {"length of the line", "freight capacity",
                                                                 "share of transit trade", "projects under way"};
        Figure figure;
        if (chance(50)) {
            figure.measure = std::string(pick(money_measures));
            figure.amount = some_amount(1'000'000, 10'000'000'000);
            figure.currency = CurrencyCode(pick(currencies));
        } else {
            figure.measure = std::string(pick(quantity_measures));
            static constexpr Unit units[] = {Unit::kilometre, Unit::tonne_per_year, Unit::percent, Unit::count,
                                             Unit::teu_per_year};
            figure.unit = pick(units);
            figure.amount = some_amount(1, 5000);
        }
        figure.as_of = Date(year);
        if (chance(20)) {
            figure.target_date = Date(year + 1 + static_cast<int>(below(10)));
        }
        if (chance(15)) {
            figure.previous = exactly(Decimal(static_cast<std::int64_t>(1 + below(1000))));
            figure.previous_as_of = Date(year - 1 - static_cast<int>(below(5)));
        }
        figure.as_reported = "about " +
                             figure.amount->value.value_or(figure.amount->min.value_or(Decimal(1))).to_string() +
                             (figure.currency ? " " + figure.currency->to_string() : std::string(" units"));
        return figure;
    }

    std::vector<ExternalId> some_identifiers(std::string_view name)
    {
        std::vector<ExternalId> out;
        if (chance(25)) {
            out.push_back(
                ExternalId{.scheme = IdScheme::wikidata, .value = "Q" + std::to_string(1 + below(90'000'000))});
        }
        if (chance(20)) {
            out.push_back(ExternalId{.scheme = IdScheme::website, .value = "https://www." + slug(name, 24) + ".org"});
        }
        return out;
    }

    std::vector<SourceId> some_sources(std::size_t count)
    {
        std::vector<SourceId> out;
        for (std::size_t i : distinct(count, dossier_.sources.size())) {
            out.push_back(dossier_.sources[i].id);
        }
        return out;
    }

    // ---- the registries ----

    void make_organizations(std::size_t count)
    {
        auto& organizations = dossier_.organizations;
        for (std::size_t i = 0; i < count; ++i) {
            const City& city = pick(cities);
            const CountryCode country(city.country);
            const std::string where(city.name);
            Organization record;
            // Every fifth is a news agency, for the sources to be published by.
            switch (i % 5 == 0 ? 0 : 1 + below(8)) {
            case 0:
                record.name = where + " News Agency";
                record.kind = OrganizationKind::news_agency;
                break;
            case 1:
                record.name = "Institute of Strategic Studies " + where;
                record.kind = OrganizationKind::think_tank;
                break;
            case 2:
                record.name = where + " Centre for Regional Studies";
                record.kind = OrganizationKind::research_centre;
                break;
            case 3:
                record.name = "University of " + where;
                record.kind = OrganizationKind::university;
                break;
            case 4: {
                const CountryCode sending = any_country();
                record.name = "Embassy of " + country_name(sending) + " in " + where;
                record.kind = OrganizationKind::embassy;
                record.country = sending;
                break;
            }
            case 5:
                record.name = "Ministry of Foreign Affairs of " + country_name(country);
                record.kind = OrganizationKind::ministry;
                break;
            case 6: {
                record.name = "Organisation for Cooperation on " + std::string(pick(themes));
                record.kind = OrganizationKind::intergovernmental_organization;
                for (std::size_t member : distinct(3 + below(6), std::size(countries))) {
                    Membership membership;
                    membership.party = party(CountryCode(countries[member].code));
                    membership.status = chance(80) ? MembershipStatus::member : MembershipStatus::observer;
                    if (chance(50)) {
                        membership.since = Date(1995 + static_cast<int>(below(30)));
                    }
                    record.members.push_back(std::move(membership));
                }
                break;
            }
            default:
                record.name = where + " Chamber of Commerce and Industry";
                record.kind =
                    chance(70) ? std::optional(OrganizationKind::non_governmental_organization) : std::nullopt;
                break;
            }
            std::string abbreviation;
            for (std::size_t at = 0; at < record.name.size(); ++at) {
                const char c = record.name[at];
                if (c >= 'A' && c <= 'Z' && (at == 0 || record.name[at - 1] == ' ')) {
                    abbreviation += c;
                }
            }
            if (chance(60)) {
                record.abbreviation = abbreviation;
            }
            if (chance(10)) {
                record.other_names.push_back(where + " " + std::string(record.name, 0, record.name.find(' ')));
            }
            record.id = OrganizationId(slug(record.abbreviation.value_or(record.name)) + "-" + std::to_string(i));
            if (!record.country && record.kind != OrganizationKind::intergovernmental_organization) {
                record.country = country;
            }
            if (chance(60)) {
                record.location = place_of(city, false);
            }
            if (i > 0 && chance(15)) {
                record.parent = organizations[below(i)].id; // an earlier one: no cycle
            }
            if (chance(30)) {
                record.founded = Date(1950 + static_cast<int>(below(70)));
            }
            record.identifiers = some_identifiers(record.name);
            if (record.kind == OrganizationKind::news_agency) {
                news_agencies_.push_back(i);
            }
            organizations.push_back(std::move(record));
        }
    }

    void make_people(std::size_t count)
    {
        auto& people = dossier_.people;
        people.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            Person record;
            const std::string name = std::string(pick(first_names)) + " " + std::string(pick(last_names));
            record.id = PersonId(slug(name) + "-" + std::to_string(i));
            if (chance(97)) {
                record.name = name;
            }
            if (chance(60)) {
                record.honorific = std::string(pick(honorifics));
            }
            const std::size_t positions = 1 + below(3);
            for (std::size_t p = 0; p < positions; ++p) {
                Position held;
                held.title = std::string(pick(position_titles));
                if (chance(75)) {
                    held.organization = pick(dossier_.organizations).id;
                } else {
                    held.country = any_country();
                }
                const int year = 2000 + static_cast<int>(below(24));
                if (p == 0) {
                    if (chance(50)) {
                        held.tenure = Tenure::current;
                    }
                    held.as_of = Date(2015 + static_cast<int>(below(11)), 1 + static_cast<unsigned>(below(12)),
                                      1 + static_cast<unsigned>(below(28)));
                } else {
                    held.tenure = Tenure::former;
                    held.start = Date(year);
                    held.end = Date(year + 1 + static_cast<int>(below(6)));
                }
                record.positions.push_back(std::move(held));
            }
            if (chance(70)) {
                record.nationality = any_country();
            }
            if (chance(10)) {
                record.identifiers.push_back(
                    ExternalId{.scheme = IdScheme::wikidata, .value = "Q" + std::to_string(1 + below(90'000'000))});
            }
            people.push_back(std::move(record));
        }
    }

    void make_sources(std::size_t count)
    {
        auto& sources = dossier_.sources;
        sources.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            const Organization& publisher = dossier_.organizations[pick(news_agencies_)];
            const City& city = pick(cities);
            const Date published(2015 + static_cast<int>(below(11)), 1 + static_cast<unsigned>(below(12)),
                                 1 + static_cast<unsigned>(below(28)));
            Source record;
            record.id = SourceId(slug(publisher.abbreviation.value_or("news")) + "-" + published.to_string() + "-" +
                                 std::to_string(i));
            static constexpr SourceKind kinds[] = {SourceKind::news_report, SourceKind::news_report,
                                                   SourceKind::press_release, SourceKind::official_statement,
                                                   SourceKind::post};
            record.kind = pick(kinds);
            if (record.kind == SourceKind::post) {
                record.channel = Channel::social_network;
            } else if (chance(50)) {
                record.channel = chance(50) ? Channel::website : Channel::news_wire;
            }
            record.publisher = publisher.id;
            for (std::size_t author : distinct(below(3), dossier_.people.size())) {
                record.authors.push_back(dossier_.people[author].id);
            }
            const std::string theme(pick(themes));
            record.headline = chance(20) ? "Leaders vow to \"translate partnership into cooperation\" on " + theme
                                         : "Experts call for deeper cooperation on " + theme;
            if (chance(50)) {
                record.section = chance(50) ? "National" : "World";
            }
            if (record.kind == SourceKind::news_report) {
                static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
                std::string dateline;
                for (char c : city.name) {
                    dateline += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
                }
                record.dateline = dateline + ", " + std::string(months[*published.month() - 1]) + " " +
                                  std::to_string(*published.day()) + " (" +
                                  publisher.abbreviation.value_or(publisher.name) + ")";
                record.dateline_place = place_of(city, false);
            }
            record.published = published;
            record.url = "https://www." + slug(publisher.name, 24) + ".example/" + std::to_string(published.year()) +
                         "/" + slug(*record.headline, 60);
            record.language = "en";
            if (i > 0 && chance(20)) {
                record.cites.push_back(sources[below(i)].id); // an earlier one, never itself
            }
            sources.push_back(std::move(record));
        }
    }

    void make_series(std::size_t count)
    {
        for (std::size_t i = 0; i < count; ++i) {
            Series record;
            const CountryCode a = any_country();
            const CountryCode b = any_country();
            record.name = a == b ? "Dialogue on " + std::string(pick(themes))
                                 : country_name(a) + "–" + country_name(b) + " Strategic Dialogue";
            record.id = SeriesId(slug(record.name) + "-" + std::to_string(i));
            for (std::size_t o : distinct(1 + below(2), dossier_.organizations.size())) {
                record.organizers.push_back(dossier_.organizations[o].id);
            }
            if (chance(50)) {
                record.description = paragraph(1);
            }
            dossier_.series.push_back(std::move(record));
            editions_.push_back(0);
        }
    }

    void start_agreements(std::size_t count)
    {
        static constexpr std::pair<AgreementKind, std::string_view> kinds[] = {
            {AgreementKind::memorandum_of_understanding, "Memorandum of Understanding"},
            {AgreementKind::agreement, "Agreement"},
            {AgreementKind::joint_declaration, "Joint Declaration"},
            {AgreementKind::framework_agreement, "Framework Agreement"},
            {AgreementKind::protocol, "Protocol"},
            {AgreementKind::roadmap, "Roadmap"},
        };
        for (std::size_t i = 0; i < count; ++i) {
            Agreement record;
            const auto& [kind, words] = pick(kinds);
            record.kind = kind;
            const auto sides = some_countries(2);
            record.parties = {party(sides[0])};
            if (chance(75)) {
                record.parties.push_back(party(sides[1]));
            } else {
                record.parties.push_back(party(pick(dossier_.organizations).id));
            }
            const std::string second = record.parties[1].country
                                           ? country_name(*record.parties[1].country)
                                           : "the " + organization_name(*record.parties[1].organization);
            const std::string theme(pick(themes));
            record.title =
                std::string(words) + " between " + country_name(sides[0]) + " and " + second + " on " + theme;
            record.id = AgreementId(slug(std::string(words) + " " + theme) + "-" + std::to_string(i));
            if (kind == AgreementKind::memorandum_of_understanding && chance(30)) {
                record.abbreviation = "MoU";
            }
            dossier_.agreements.push_back(std::move(record));
        }
    }

    std::string organization_name(const OrganizationId& id) const
    {
        for (const auto& organization : dossier_.organizations) {
            if (organization.id == id) {
                return organization.name;
            }
        }
        return id.value();
    }

    // What a corridor is called, how it runs and what it carries.
    struct CorridorKind {
        std::string_view name;
        TransportMode mode;
        Traffic carries;
    };
    static constexpr CorridorKind corridor_kinds[] = {
        {"Railway", TransportMode::rail, Traffic::freight},
        {"Economic Corridor", TransportMode::multimodal, Traffic::freight},
        {"Transit Corridor", TransportMode::road, Traffic::passengers},
        {"Gas Pipeline", TransportMode::pipeline, Traffic::gas},
        {"Power Transmission Line", TransportMode::power, Traffic::electricity},
        {"Highway", TransportMode::road, Traffic::freight},
    };

    void start_corridors(std::size_t count)
    {
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t kind = below(std::size(corridor_kinds));
            corridor_kinds_.push_back(kind);
            Corridor record;
            record.countries = some_countries(2 + below(4));
            std::string name;
            for (const auto& country : record.countries) {
                name += (name.empty() ? "" : "–") + country_name(country);
            }
            record.name = name + " " + std::string(corridor_kinds[kind].name);
            record.id = CorridorId(slug(record.name) + "-" + std::to_string(i));
            dossier_.corridors.push_back(std::move(record));
        }
    }

    Speaker speaker(const Person& person, Role role)
    {
        Speaker part;
        part.person = person.id;
        part.role = role;
        if (role == Role::guest_of_honour) {
            part.role_label = "Guest of Honor";
        } else if (role == Role::other) {
            part.role_label = "Special Envoy";
        }
        if (person.nationality && chance(50)) {
            part.on_behalf_of = party(*person.nationality);
        }
        if (chance(90)) {
            Remarks remarks;
            if (chance(5)) {
                remarks.title = "Towards " + std::string(pick(themes));
            }
            remarks.summary = paragraph(1 + below(2));
            remarks.topics = some_themes(2 + below(5));
            for (std::size_t q = below(3); q > 0; --q) {
                remarks.quotes.emplace_back(pick(quotes));
            }
            for (std::size_t a : distinct(below(3), dossier_.agreements.size())) {
                remarks.agreements.push_back(dossier_.agreements[a].id);
            }
            if (chance(30)) {
                remarks.corridors.push_back(pick(dossier_.corridors).id);
            }
            if (!dossier_.events.empty() && chance(30)) {
                remarks.events.push_back(pick(dossier_.events).id);
            }
            if (chance(20)) {
                remarks.people.push_back(pick(dossier_.people).id);
            }
            for (std::size_t o : distinct(below(3), dossier_.organizations.size())) {
                remarks.organizations.push_back(dossier_.organizations[o].id);
            }
            remarks.countries = some_countries(below(4));
            if (chance(10)) {
                remarks.figures.push_back(some_figure(2015 + static_cast<int>(below(11))));
            }
            if (chance(10)) {
                remarks.sources = some_sources(1);
            }
            part.remarks = std::move(remarks);
        }
        return part;
    }

    void make_events(std::size_t count)
    {
        static constexpr EventKind kinds[] = {
            EventKind::conference,        EventKind::conference, EventKind::seminar, EventKind::round_table,
            EventKind::dialogue,          EventKind::forum,      EventKind::summit,  EventKind::state_visit,
            EventKind::bilateral_meeting, EventKind::webinar,    EventKind::workshop};
        auto& events = dossier_.events;
        events.reserve(count);
        for (std::size_t i = 0; i < count; ++i) {
            Event event;
            event.kind = pick(kinds);
            const std::string theme(pick(themes));
            const auto pair = some_countries(2);
            const City& city = city_in(pair[0]);
            const int year = 2015 + static_cast<int>(i * 11 / count);
            const Date start(year, 1 + static_cast<unsigned>(below(12)), 1 + static_cast<unsigned>(below(26)));
            const unsigned days = chance(30) ? 2 + static_cast<unsigned>(below(2)) : 1;

            if (!dossier_.series.empty() && chance(40)) {
                const std::size_t s = below(dossier_.series.size());
                event.series = dossier_.series[s].id;
                event.edition = ++editions_[s];
                event.title = dossier_.series[s].name + ", " + std::to_string(year);
            } else if (event.kind == EventKind::state_visit || event.kind == EventKind::bilateral_meeting) {
                event.title = (event.kind == EventKind::state_visit ? "State visit of the President of "
                                                                    : "Bilateral meeting of ") +
                              country_name(pair[1]) + " to " + country_name(pair[0]);
                event.sides = {party(pair[0]), party(pair[1])};
            } else {
                event.title = country_name(pair[0]) + "–" + country_name(pair[1]) + " Relations: Pathways for " + theme;
            }
            event.id = EventId(slug(event.title) + "-" + std::to_string(year) + "-" + std::to_string(i));
            event.status = EventStatus::held;
            event.start_date = start;
            if (days > 1) {
                event.end_date = day_of(start, days - 1);
            }
            const auto offset = utc_offset(city.utc_offset_hours);
            if (chance(40)) {
                event.start = DateTime(start, 9, 0, 0, offset);
            }
            if (event.kind == EventKind::webinar) {
                event.attendance = AttendanceMode::online;
                Place online;
                online.platform = "Zoom";
                event.venue = std::move(online);
            } else {
                if (chance(50)) {
                    event.attendance = chance(80) ? AttendanceMode::in_person : AttendanceMode::hybrid;
                }
                event.venue = place_of(city, chance(50));
            }
            if (i > 0 && chance(30)) {
                static constexpr EventRelation relations[] = {EventRelation::follows_up, EventRelation::during,
                                                              EventRelation::on_sidelines_of, EventRelation::marks};
                event.related.push_back(EventLink{.relation = pick(relations), .event = events[below(i)].id});
            }
            static constexpr OrganizerRole others[] = {OrganizerRole::co_host, OrganizerRole::in_collaboration_with,
                                                       OrganizerRole::partner, OrganizerRole::sponsor};
            for (std::size_t o : distinct(1 + below(3), dossier_.organizations.size())) {
                event.organizers.push_back(
                    Organizer{.organization = dossier_.organizations[o].id,
                              .role = event.organizers.empty() ? OrganizerRole::host : pick(others)});
            }
            if (chance(10)) {
                event.chair = party(pair[0]);
            }
            event.description = paragraph(2 + below(2));
            event.themes = some_themes(2 + below(4));
            for (std::size_t a : distinct(1 + below(3), std::size(audiences))) {
                event.audience.emplace_back(audiences[a]);
            }
            if (chance(50)) {
                event.participant_count =
                    hedged(Qualifier::approximately, Decimal(static_cast<std::int64_t>(50 + 10 * below(50))));
            }
            if (chance(30)) {
                event.country_count = hedged(Qualifier::more_than, Decimal(static_cast<std::int64_t>(5 + below(40))));
            }
            event.participant_countries = some_countries(2 + below(5));

            // Each person has one part in the event, so that no one is listed twice.
            const std::size_t session_count = 2 + below(5);
            std::vector<std::size_t> session_sizes;
            std::size_t total = 0;
            for (std::size_t s = 0; s < session_count; ++s) {
                session_sizes.push_back(2 + below(5));
                total += session_sizes.back();
            }
            const std::size_t event_level = event.kind == EventKind::state_visit ? 2 : below(2);
            const auto cast = distinct(total + event_level, dossier_.people.size());
            std::size_t next = 0;
            if (event.kind == EventKind::state_visit) {
                const Person& head = dossier_.people[cast[next++]];
                event.speakers.push_back(speaker(head, Role::head_of_delegation));
                Speaker member = speaker(dossier_.people[cast[next++]], Role::delegation_member);
                member.accompanying = head.id;
                event.speakers.push_back(std::move(member));
            } else if (event_level > 0) {
                event.speakers.push_back(speaker(dossier_.people[cast[next++]], Role::chief_guest));
            }

            unsigned working = 0;
            unsigned day = 0;
            unsigned on_day = 0; // sessions before this one on its day
            for (std::size_t s = 0; s < session_count; ++s) {
                Session session;
                std::vector<Role> roles;
                if (s == 0) {
                    session.kind = SessionKind::inaugural;
                    session.title = "Inaugural Session";
                    roles = {Role::welcome_remarks, Role::keynote, Role::guest_of_honour, Role::chief_guest};
                } else if (s + 1 == session_count) {
                    session.kind = SessionKind::concluding;
                    session.title = "Concluding Session";
                    roles = {Role::concluding_remarks, Role::vote_of_thanks, Role::chair};
                } else {
                    session.kind = SessionKind::working;
                    session.number = ++working;
                    session.title = "Working Session " + roman(working) + ": " + std::string(pick(themes));
                    roles = {Role::moderator, Role::speaker, Role::panelist, Role::discussant, Role::other};
                }
                // Sessions fill the days in order, two hours apart from 9:00.
                const auto this_day = static_cast<unsigned>(s * days / session_count);
                on_day = this_day == day && s > 0 ? on_day + 1 : 0;
                day = this_day;
                session.date = day_of(start, day);
                if (chance(60)) {
                    session.start = DateTime(*session.date, 9 + 2 * on_day, 0, 0, offset);
                    session.end = DateTime(*session.date, 10 + 2 * on_day, 30, 0, offset);
                }
                if (chance(5)) {
                    session.venue = place_of(city, true);
                }
                session.focus = some_themes(below(3));
                for (std::size_t k = 0; k < session_sizes[s]; ++k) {
                    const Role role = k < roles.size() ? roles[k] : roles[1 + below(roles.size() - 1)];
                    session.speakers.push_back(speaker(dossier_.people[cast[next++]], role));
                }
                event.sessions.push_back(std::move(session));
            }
            for (std::size_t f = below(3); f > 0; --f) {
                event.figures.push_back(some_figure(year));
            }
            if (chance(20)) {
                event.identifiers.push_back(ExternalId{.scheme = IdScheme::website,
                                                       .value = "https://www.example.org/events/" + event.id.value()});
            }
            event.sources = some_sources(1 + below(2));
            events.push_back(std::move(event));
        }
    }

    void finish_agreements()
    {
        auto& agreements = dossier_.agreements;
        for (std::size_t i = 0; i < agreements.size(); ++i) {
            Agreement& record = agreements[i];
            Event& event = dossier_.events[below(dossier_.events.size())];
            const Date on = *event.start_date;
            event.outcomes.push_back(record.id);
            record.other_names = chance(10)
                                     ? std::vector<std::string>{record.title.substr(0, record.title.find(" on "))}
                                     : std::vector<std::string>{};
            if (chance(20)) {
                record.status = AgreementStatus::announced;
                record.announced_date = on;
            } else {
                record.status = chance(60) ? AgreementStatus::signed_ : AgreementStatus::in_force;
                record.signed_date = on;
                record.signed_at = event.id;
                if (event.venue && event.venue->city) {
                    record.signed_place = Place{.name = {},
                                                .city = event.venue->city,
                                                .region = {},
                                                .country = event.venue->country,
                                                .platform = {},
                                                .url = {}};
                }
                const auto people = distinct(record.parties.size() + below(3), dossier_.people.size());
                for (std::size_t p = 0; p < record.parties.size(); ++p) {
                    record.signatories.push_back(Signatory{
                        .person = dossier_.people[people[p]].id, .on_behalf_of = record.parties[p], .date = on});
                }
                for (std::size_t p = record.parties.size(); p < people.size(); ++p) {
                    record.witnesses.push_back(dossier_.people[people[p]].id);
                }
                if (chance(30)) {
                    record.dated = on;
                }
                if (record.status == AgreementStatus::in_force) {
                    for (const Party& side : record.parties) {
                        if (side.country && chance(70)) {
                            Ratification ratification;
                            ratification.party = side;
                            ratification.kind = ConsentKind::ratification;
                            ratification.date = Date(on.year() + 1, 1 + static_cast<unsigned>(below(12)));
                            if (chance(50)) {
                                ratification.by = pick(dossier_.organizations).id;
                            }
                            record.ratifications.push_back(std::move(ratification));
                        }
                    }
                    record.in_force_date = Date(on.year() + 2);
                }
            }
            if (chance(40)) {
                Milestone proposed;
                proposed.kind = MilestoneKind::proposed;
                proposed.date = Date(on.year() - 1 - static_cast<int>(below(3)));
                proposed.by = {record.parties[0]};
                record.history.push_back(std::move(proposed));
            }
            if (chance(30)) {
                record.term = Quantity{.value = Decimal(static_cast<std::int64_t>(1 + below(10))), .unit = Unit::year};
            }
            if (chance(20)) {
                record.applies_from = Date(on.year());
                record.applies_until = Date(on.year() + 1 + static_cast<int>(below(10)));
            }
            if (i > 0 && chance(20)) {
                record.related.push_back(
                    AgreementLink{.relation = AgreementRelation::follows_up, .agreement = agreements[below(i)].id});
            }
            for (std::size_t s : distinct(1 + below(3), std::size(sectors))) {
                record.sectors.emplace_back(sectors[s]);
            }
            for (std::size_t f = below(3); f > 0; --f) {
                record.figures.push_back(some_figure(on.year()));
            }
            if (chance(70)) {
                record.description = paragraph(1 + below(2));
            }
            if (chance(10)) {
                record.identifiers.push_back(ExternalId{.scheme = IdScheme::un_treaty_series,
                                                        .value = "I-" + std::to_string(10000 + below(90000))});
            }
            record.sources = some_sources(1 + below(2));
        }
    }

    void finish_corridors()
    {
        static constexpr WaypointKind waypoint_kinds[] = {WaypointKind::city, WaypointKind::port,
                                                          WaypointKind::rail_station, WaypointKind::dry_port};
        for (std::size_t i = 0; i < dossier_.corridors.size(); ++i) {
            Corridor& record = dossier_.corridors[i];
            const CorridorKind& kind = corridor_kinds[corridor_kinds_[i]];
            if (chance(40)) {
                record.abbreviation =
                    "C" + std::to_string(record.countries.size()) + "-" + record.id.value().substr(0, 2);
            }
            record.modes.push_back(kind.mode);
            record.carries.push_back(kind.carries);
            if (kind.mode == TransportMode::rail || kind.mode == TransportMode::road) {
                record.carries.push_back(kind.carries == Traffic::freight ? Traffic::passengers : Traffic::freight);
            }
            // A route from one end to the other, through each country in turn, with a border
            // crossing between two countries.
            for (std::size_t c = 0; c < record.countries.size(); ++c) {
                const CountryCode& country = record.countries[c];
                const City& city = city_in(country);
                Waypoint stop;
                stop.name = std::string(city.name);
                stop.kind = pick(waypoint_kinds);
                if (!city.region.empty()) {
                    stop.region = std::string(city.region);
                }
                stop.country = country;
                record.route.push_back(std::move(stop));
                if (c + 1 < record.countries.size()) {
                    Waypoint crossing;
                    crossing.name = std::string(pick(border_crossings));
                    crossing.kind = WaypointKind::border_crossing;
                    crossing.country = country;
                    record.route.push_back(std::move(crossing));
                }
            }
            static constexpr MilestoneKind steps[] = {MilestoneKind::proposed, MilestoneKind::feasibility_study,
                                                      MilestoneKind::agreed, MilestoneKind::financing,
                                                      MilestoneKind::construction_start};
            int year = 1995 + static_cast<int>(below(25));
            const std::size_t step_count = 1 + below(std::size(steps));
            for (std::size_t s = 0; s < step_count; ++s) {
                Milestone step;
                step.kind = steps[s];
                step.date = Date(year);
                for (std::size_t c : distinct(1 + below(2), record.countries.size())) {
                    step.by.push_back(party(record.countries[c]));
                }
                if (chance(30)) {
                    step.people.push_back(pick(dossier_.people).id);
                }
                if (chance(40)) {
                    step.description = sentence();
                }
                record.history.push_back(std::move(step));
                year += 1 + static_cast<int>(below(3));
            }
            record.status =
                step_count == std::size(steps) ? CorridorStatus::under_construction : CorridorStatus::planned;
            record.target_completion = Date(year + static_cast<int>(below(6)));
            Figure length;
            length.measure = "length";
            length.amount = hedged(Qualifier::approximately, Decimal(static_cast<std::int64_t>(200 + below(3000))));
            length.unit = Unit::kilometre;
            record.figures.push_back(std::move(length));
            if (chance(70)) {
                record.figures.push_back(some_figure(year));
            }
            for (std::size_t a : distinct(1 + below(2), dossier_.agreements.size())) {
                record.agreements.push_back(dossier_.agreements[a].id);
            }
            if (chance(70)) {
                record.description = paragraph(2);
            }
            if (chance(30)) {
                record.identifiers.push_back(
                    ExternalId{.scheme = IdScheme::osm_relation, .value = std::to_string(100000 + below(9000000))});
            }
            record.sources = some_sources(1 + below(2));
        }
    }

    std::mt19937_64 random_{seed};
    Dossier dossier_{};
    std::vector<std::size_t> news_agencies_{};
    std::vector<unsigned> editions_{};          // the last edition of each series so far
    std::vector<std::size_t> corridor_kinds_{}; // of each corridor, in corridor_kinds
};

// A dossier whose JSON text (as communique::write gives it) is about `bytes` long: the
// event count is scaled from a small trial dossier, so the size is met to a few per cent.
inline Dossier make_corpus(std::size_t bytes)
{
    constexpr std::size_t trial_events = 50;
    const std::size_t trial_bytes = write(CorpusGenerator::generate(trial_events)).size();
    const double events =
        static_cast<double>(trial_events) * static_cast<double>(bytes) / static_cast<double>(trial_bytes);
    return CorpusGenerator::generate(std::max<std::size_t>(1, static_cast<std::size_t>(events + 0.5)));
}

} // namespace bench
