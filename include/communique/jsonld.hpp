// SPDX-License-Identifier: BSL-1.0
// A dossier as schema.org JSON-LD, for search engines and linked-data tools: its events with
// their sessions, the people, organisations, series, agreements and sources, as one @graph
// whose nodes have IRIs under a base that the caller gives. Only what schema.org can say
// honestly is written, and only what the dossier holds: docs/jsonld.md maps every member to
// its property and lists what is left out.
#pragma once

#include <communique/detail/text.hpp>
#include <communique/dossier.hpp>
#include <communique/enum_names.hpp>
#include <communique/error.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace communique {

namespace detail::jsonld {

using Json = nlohmann::ordered_json;

// ---- IRIs ----

inline bool is_alpha(char c) noexcept
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

inline bool is_alnum(char c) noexcept
{
    return is_alpha(c) || (c >= '0' && c <= '9');
}

// Refuses a base under which the records' ids would not make IRIs: something other than an
// absolute IRI, or one whose ids would land in a query or after a fragment's middle.
inline void check_base(std::string_view base)
{
    const auto fail = [&](std::string_view why) {
        throw InvalidValue("invalid JSON-LD base " + detail::quote(base) + ": " + std::string(why));
    };
    const auto colon = base.find(':');
    const bool has_scheme = colon != std::string_view::npos && colon > 0 && is_alpha(base[0]) &&
                            std::all_of(base.begin() + 1, base.begin() + static_cast<std::ptrdiff_t>(colon),
                                        [](char c) { return is_alnum(c) || c == '+' || c == '-' || c == '.'; });
    if (!has_scheme || colon + 1 == base.size()) {
        fail("expected an absolute IRI, a scheme and a colon then a path, such as https://example.org/dossier/");
    }
    for (const char c : base) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f || std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos) {
            fail("an IRI holds no spaces, control characters or any of < > \" { } | \\ ^ `");
        }
    }
    if (base.find('?') != std::string_view::npos) {
        fail("it has a query (?), in which the ids would land");
    }
    const auto hash = base.find('#');
    if (hash != std::string_view::npos && hash + 1 != base.size()) {
        fail("a # may only end it");
    }
    if (base.back() != '/' && base.back() != '#') {
        fail("it must end with / or #, so that base + \"events/\" + id is an IRI under it");
    }
}

// The text with every byte but the unreserved characters of RFC 3986 (letters, digits,
// - . _ ~) percent-encoded, so that any id makes one path segment of an IRI.
inline void append_percent_encoded(std::string& out, std::string_view text)
{
    constexpr std::string_view hex = "0123456789ABCDEF";
    for (const char c : text) {
        if (is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4U];
            out += hex[byte & 0xFU];
        }
    }
}

// Where under the base each registry's records go.
inline std::string_view folder_of(const PersonId&)
{
    return "people/";
}
inline std::string_view folder_of(const OrganizationId&)
{
    return "organizations/";
}
inline std::string_view folder_of(const SeriesId&)
{
    return "series/";
}
inline std::string_view folder_of(const EventId&)
{
    return "events/";
}
inline std::string_view folder_of(const AgreementId&)
{
    return "agreements/";
}
inline std::string_view folder_of(const SourceId&)
{
    return "sources/";
}

template <class Tag>
std::string iri(std::string_view base, const Id<Tag>& id)
{
    std::string out(base);
    out += folder_of(id);
    append_percent_encoded(out, id.value());
    return out;
}

// A reference to a record's node: {"@id": IRI}.
template <class Tag>
Json ref(std::string_view base, const Id<Tag>& id)
{
    Json node = Json::object();
    node["@id"] = iri(base, id);
    return node;
}

// A node of the graph: its type and its IRI first.
template <class Tag>
Json record_node(std::string_view type, std::string_view base, const Id<Tag>& id)
{
    Json node = Json::object();
    node["@type"] = type;
    node["@id"] = iri(base, id);
    return node;
}

// Appends `value` unless an equal one is there already.
inline void add_once(Json& array, Json value)
{
    if (std::find(array.begin(), array.end(), value) == array.end()) {
        array.push_back(std::move(value));
    }
}

// ---- members that may be absent: absent in, absent out ----

inline void put(Json& node, const char* key, const std::optional<std::string>& text)
{
    if (text) {
        node[key] = *text;
    }
}

inline void put(Json& node, const char* key, const std::optional<Date>& date)
{
    if (date) {
        node[key] = date->to_string(); // at its precision: "2026", "2026-02" or "2026-02-12"
    }
}

// The moment when the report gives it, else the date at its precision.
inline void put(Json& node, const char* key, const std::optional<DateTime>& moment, const std::optional<Date>& date)
{
    if (moment) {
        node[key] = moment->to_string();
    } else {
        put(node, key, date);
    }
}

inline void put(Json& node, const char* key, Json array)
{
    if (!array.empty()) {
        node[key] = std::move(array);
    }
}

inline Json texts(const std::vector<std::string>& values)
{
    Json array = Json::array();
    for (const std::string& value : values) {
        array.push_back(value);
    }
    return array;
}

// alternateName: the abbreviation, then the other names.
inline Json alternate_names(const std::optional<std::string>& abbreviation, const std::vector<std::string>& others)
{
    Json names = Json::array();
    if (abbreviation) {
        names.push_back(*abbreviation);
    }
    for (const std::string& name : others) {
        add_once(names, name);
    }
    return names;
}

// ---- identifiers ----

inline bool is_web_url(std::string_view text)
{
    return (text.starts_with("https://") && text.size() > 8) || (text.starts_with("http://") && text.size() > 7);
}

inline bool is_wikidata_item(std::string_view value)
{
    return value.size() >= 2 && value[0] == 'Q' && value[1] != '0' &&
           std::all_of(value.begin() + 1, value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The web page that a registry keeps for an identifier, or "" when it keeps none that this
// library knows or the value is not of the form that page needs.
inline std::string reference_page(const ExternalId& identifier)
{
    const std::string& value = identifier.value;
    if (identifier.scheme == IdScheme::wikidata) {
        return is_wikidata_item(value) ? "https://www.wikidata.org/wiki/" + value : std::string();
    }
    std::string_view prefix;
    switch (identifier.scheme) {
    case IdScheme::viaf: prefix = "https://viaf.org/viaf/"; break;
    case IdScheme::isni: prefix = "https://isni.org/isni/"; break;
    case IdScheme::orcid: prefix = "https://orcid.org/"; break;
    case IdScheme::ror: prefix = "https://ror.org/"; break;
    case IdScheme::osm_relation: prefix = "https://www.openstreetmap.org/relation/"; break;
    default: return {};
    }
    if (is_web_url(value)) {
        return value;
    }
    const bool plain =
        !value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return is_alnum(c) || c == '-'; });
    return plain ? std::string(prefix) + value : std::string();
}

// url: the first website; sameAs: the other websites and the registries' pages; identifier:
// what has no page (a UN treaty registration number), as a PropertyValue naming its scheme.
inline void put_identifiers(Json& node, const std::vector<ExternalId>& identifiers)
{
    std::optional<std::string> url;
    Json same_as = Json::array();
    Json others = Json::array();
    for (const ExternalId& identifier : identifiers) {
        if (identifier.scheme == IdScheme::website && is_web_url(identifier.value)) {
            if (!url) {
                url = identifier.value;
            } else {
                add_once(same_as, identifier.value);
            }
        } else if (std::string page = reference_page(identifier); !page.empty()) {
            add_once(same_as, std::move(page));
        } else {
            Json value = Json::object();
            value["@type"] = "PropertyValue";
            if (identifier.scheme != IdScheme::other) {
                value["propertyID"] = std::string(enum_name(identifier.scheme));
            }
            value["value"] = identifier.value;
            others.push_back(std::move(value));
        }
    }
    put(node, "url", url);
    put(node, "sameAs", std::move(same_as));
    put(node, "identifier", std::move(others));
}

// subjectOf: the sources, as works about the record.
inline void put_sources(Json& node, std::string_view base, const std::vector<SourceId>& sources)
{
    Json refs = Json::array();
    for (const SourceId& source : sources) {
        add_once(refs, ref(base, source));
    }
    put(node, "subjectOf", std::move(refs));
}

// ---- places ----

// A country by its ISO 3166-1 code (schema.org's recommended form) and its short name.
inline Json country_node(const CountryCode& country)
{
    Json node = Json::object();
    node["@type"] = "Country";
    node["name"] = std::string(country.name());
    node["identifier"] = country.to_string();
    return node;
}

// location: a Place with its venue's name and its address, and a VirtualLocation for the
// platform; either, both, or none, as the Place says. A url goes with the platform, or on
// the Place when the Place has no platform.
inline Json locations(const std::optional<Place>& place)
{
    Json found = Json::array();
    if (!place) {
        return found;
    }
    const bool physical = place->name || place->city || place->region || place->country;
    const bool online = place->platform || (place->url && !physical);
    if (physical) {
        Json node = Json::object();
        node["@type"] = "Place";
        put(node, "name", place->name);
        if (place->city || place->region || place->country) {
            Json address = Json::object();
            address["@type"] = "PostalAddress";
            put(address, "addressLocality", place->city);
            put(address, "addressRegion", place->region);
            if (place->country) {
                address["addressCountry"] = place->country->to_string();
            }
            node["address"] = std::move(address);
        }
        if (!online) {
            put(node, "url", place->url);
        }
        found.push_back(std::move(node));
    }
    if (online) {
        Json node = Json::object();
        node["@type"] = "VirtualLocation";
        put(node, "name", place->platform);
        put(node, "url", place->url);
        found.push_back(std::move(node));
    }
    return found;
}

// One location is written as itself, two as an array.
inline void put_location(Json& node, const std::optional<Place>& place)
{
    Json found = locations(place);
    if (found.size() == 1) {
        node["location"] = std::move(found.front());
    } else {
        put(node, "location", std::move(found));
    }
}

// ---- events ----

inline void put_attendance(Json& node, const std::optional<AttendanceMode>& attendance)
{
    if (!attendance) {
        return;
    }
    switch (*attendance) {
    case AttendanceMode::in_person:
        node["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode";
        break;
    case AttendanceMode::online: node["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"; break;
    case AttendanceMode::hybrid: node["eventAttendanceMode"] = "https://schema.org/MixedEventAttendanceMode"; break;
    }
}

// schema.org's EventScheduled is an event that "is taking place or has taken place on the
// startDate as scheduled": what a report of an event held says.
inline void put_status(Json& node, const std::optional<EventStatus>& status)
{
    if (!status) {
        return;
    }
    switch (*status) {
    case EventStatus::scheduled:
    case EventStatus::held: node["eventStatus"] = "https://schema.org/EventScheduled"; break;
    case EventStatus::cancelled: node["eventStatus"] = "https://schema.org/EventCancelled"; break;
    case EventStatus::postponed: node["eventStatus"] = "https://schema.org/EventPostponed"; break;
    case EventStatus::rescheduled: node["eventStatus"] = "https://schema.org/EventRescheduled"; break;
    case EventStatus::moved_online: node["eventStatus"] = "https://schema.org/EventMovedOnline"; break;
    }
}

// Whether a part is a performer's (schema.org: "a presenter"): one who spoke, presented or
// ran the proceedings. A guest, a signatory, a delegation's member or an interpreter is
// among those attending, unless the report gives their remarks.
inline bool performs(const Speaker& speaker)
{
    if (speaker.remarks) {
        return true;
    }
    if (!speaker.role) {
        return false;
    }
    switch (*speaker.role) {
    case Role::chief_guest:
    case Role::guest_of_honour:
    case Role::host:
    case Role::signatory:
    case Role::head_of_delegation:
    case Role::delegation_member:
    case Role::interpreter:
    case Role::other: return false;
    default: return true;
    }
}

// performer and attendee: each person once, a performer never again as an attendee.
inline void put_parts(Json& node, std::string_view base, const std::vector<const Speaker*>& speakers, Json attendees)
{
    Json performers = Json::array();
    for (const Speaker* speaker : speakers) {
        if (performs(*speaker)) {
            add_once(performers, ref(base, speaker->person));
        }
    }
    for (const Speaker* speaker : speakers) {
        Json person = ref(base, speaker->person);
        if (std::find(performers.begin(), performers.end(), person) == performers.end()) {
            add_once(attendees, std::move(person));
        }
    }
    put(node, "performer", std::move(performers));
    put(node, "attendee", std::move(attendees));
}

inline std::vector<const Speaker*> parts_of(const std::vector<Speaker>& speakers)
{
    std::vector<const Speaker*> parts;
    for (const Speaker& speaker : speakers) {
        parts.push_back(&speaker);
    }
    return parts;
}

inline Json audience(const std::vector<std::string>& groups)
{
    Json array = Json::array();
    for (const std::string& group : groups) {
        Json node = Json::object();
        node["@type"] = "Audience";
        node["audienceType"] = group;
        array.push_back(std::move(node));
    }
    return array;
}

// A session is an Event of its own, nested in its event's subEvent, without an IRI: the
// model gives sessions no ids.
inline Json session_node(std::string_view base, const Session& session)
{
    Json node = Json::object();
    node["@type"] = "Event";
    put(node, "name", session.title);
    put(node, "startDate", session.start, session.date);
    put(node, "endDate", session.end, std::nullopt);
    put_attendance(node, session.attendance);
    put_location(node, session.venue);
    put(node, "keywords", texts(session.focus));
    put_parts(node, base, parts_of(session.speakers), Json::array());
    return node;
}

inline Json event_node(std::string_view base, const Event& event)
{
    Json node = record_node("Event", base, event.id);
    node["name"] = event.title;
    put(node, "description", event.description);
    put(node, "startDate", event.start, event.start_date);
    put(node, "endDate", event.end, event.end_date);
    put_status(node, event.status);
    put_attendance(node, event.attendance);
    put_location(node, event.venue);

    // The series, and the events this one was held during or on the sidelines of.
    Json super_events = Json::array();
    if (event.series) {
        add_once(super_events, ref(base, *event.series));
    }
    for (const EventLink& link : event.related) {
        if (link.relation == EventRelation::during || link.relation == EventRelation::on_sidelines_of) {
            add_once(super_events, ref(base, link.event));
        }
    }
    put(node, "superEvent", std::move(super_events));

    Json organizers = Json::array();
    Json sponsors = Json::array();
    for (const Organizer& organizer : event.organizers) {
        const bool supports = organizer.role == OrganizerRole::sponsor || organizer.role == OrganizerRole::supporter;
        add_once(supports ? sponsors : organizers, ref(base, organizer.organization));
    }
    put(node, "organizer", std::move(organizers));
    put(node, "sponsor", std::move(sponsors));

    // The organisations among the sides attend; schema.org has no property for a state.
    // Whoever had a part in a session had one in the event.
    Json attendees = Json::array();
    for (const Party& side : event.sides) {
        if (side.organization) {
            add_once(attendees, ref(base, *side.organization));
        }
    }
    std::vector<const Speaker*> parts = parts_of(event.speakers);
    for (const Session& session : event.sessions) {
        const std::vector<const Speaker*> session_parts = parts_of(session.speakers);
        parts.insert(parts.end(), session_parts.begin(), session_parts.end());
    }
    put_parts(node, base, parts, std::move(attendees));

    put(node, "keywords", texts(event.themes));
    put(node, "audience", audience(event.audience));
    Json sessions = Json::array();
    for (const Session& session : event.sessions) {
        sessions.push_back(session_node(base, session));
    }
    put(node, "subEvent", std::move(sessions));
    put_identifiers(node, event.identifiers);
    put_sources(node, base, event.sources);
    return node;
}

inline Json series_node(std::string_view base, const Series& series)
{
    Json node = record_node("EventSeries", base, series.id);
    node["name"] = series.name;
    put(node, "alternateName", alternate_names(series.abbreviation, series.other_names));
    put(node, "description", series.description);
    Json organizers = Json::array();
    for (const OrganizationId& organizer : series.organizers) {
        add_once(organizers, ref(base, organizer));
    }
    put(node, "organizer", std::move(organizers));
    put_identifiers(node, series.identifiers);
    put_sources(node, base, series.sources);
    return node;
}

// ---- organisations and people ----

// The most specific schema.org type that the kind honestly gives.
inline std::string_view organization_type(const std::optional<OrganizationKind>& kind)
{
    if (!kind) {
        return "Organization";
    }
    switch (*kind) {
    case OrganizationKind::think_tank:
    case OrganizationKind::research_centre: return "ResearchOrganization";
    case OrganizationKind::university: return "CollegeOrUniversity";
    case OrganizationKind::government:
    case OrganizationKind::ministry:
    case OrganizationKind::government_agency:
    case OrganizationKind::embassy:
    case OrganizationKind::consulate:
    case OrganizationKind::parliament:
    case OrganizationKind::head_of_state_office: return "GovernmentOrganization";
    case OrganizationKind::non_governmental_organization: return "NGO";
    case OrganizationKind::company: return "Corporation";
    case OrganizationKind::news_agency:
    case OrganizationKind::news_outlet: return "NewsMediaOrganization";
    default: return "Organization";
    }
}

// member: the organisations of a bloc or a network. A member's status and dates make it an
// OrganizationRole; a state is no Organization in schema.org, so states are left out.
inline Json members(std::string_view base, const std::vector<Membership>& memberships)
{
    Json array = Json::array();
    for (const Membership& membership : memberships) {
        if (!membership.party.organization) {
            continue;
        }
        Json member = ref(base, *membership.party.organization);
        if (membership.status || membership.since || membership.until) {
            Json role = Json::object();
            role["@type"] = "OrganizationRole";
            role["member"] = std::move(member);
            if (membership.status) {
                role["roleName"] = enum_label(*membership.status);
            }
            put(role, "startDate", membership.since);
            put(role, "endDate", membership.until);
            member = std::move(role);
        }
        add_once(array, std::move(member));
    }
    return array;
}

inline Json organization_node(std::string_view base, const Organization& organization)
{
    Json node = record_node(organization_type(organization.kind), base, organization.id);
    node["name"] = organization.name;
    put(node, "alternateName", alternate_names(organization.abbreviation, organization.other_names));
    put_location(node, organization.location);
    if (organization.parent) {
        node["parentOrganization"] = ref(base, *organization.parent);
    }
    put(node, "member", members(base, organization.members));
    put(node, "foundingDate", organization.founded);
    put_identifiers(node, organization.identifiers);
    return node;
}

inline bool is_over(const Position& position)
{
    return position.tenure == Tenure::former || position.end.has_value();
}

inline Json person_node(std::string_view base, const Person& person)
{
    Json node = record_node("Person", base, person.id);
    put(node, "name", person.name);
    put(node, "honorificPrefix", person.honorific);

    // jobTitle: the titles held now, as far as the report says; affiliation: every position
    // at an organisation, as a role with its title and dates.
    Json titles = Json::array();
    Json affiliations = Json::array();
    for (const Position& position : person.positions) {
        if (!is_over(position)) {
            add_once(titles, position.title);
        }
        if (position.organization) {
            Json role = Json::object();
            role["@type"] = "OrganizationRole";
            role["affiliation"] = ref(base, *position.organization);
            role["roleName"] = position.title;
            put(role, "startDate", position.start);
            put(role, "endDate", position.end);
            add_once(affiliations, std::move(role));
        }
    }
    put(node, "jobTitle", std::move(titles));
    put(node, "affiliation", std::move(affiliations));
    if (person.nationality) {
        node["nationality"] = country_node(*person.nationality);
    }
    put_identifiers(node, person.identifiers);
    return node;
}

// ---- agreements and sources ----

// An agreement is a written instrument: a CreativeWork. schema.org has no treaty, no party
// and no signature; docs/jsonld.md lists what stays out.
inline Json agreement_node(std::string_view base, const Agreement& agreement)
{
    Json node = record_node("CreativeWork", base, agreement.id);
    node["name"] = agreement.title;
    put(node, "alternateName", alternate_names(agreement.abbreviation, agreement.other_names));
    put(node, "description", agreement.description);
    put(node, "dateCreated", agreement.dated);
    if (agreement.status) {
        node["creativeWorkStatus"] = enum_label(*agreement.status);
    }
    // The period it applies to, as an ISO 8601 interval open at an end not given.
    if (agreement.applies_from || agreement.applies_until) {
        node["temporalCoverage"] = (agreement.applies_from ? agreement.applies_from->to_string() : "..") + "/" +
                                   (agreement.applies_until ? agreement.applies_until->to_string() : "..");
    }
    put(node, "keywords", texts(agreement.sectors));
    put_identifiers(node, agreement.identifiers);
    put_sources(node, base, agreement.sources);
    return node;
}

inline std::string_view source_type(SourceKind kind)
{
    switch (kind) {
    case SourceKind::news_report: return "NewsArticle";
    case SourceKind::post: return "SocialMediaPosting";
    case SourceKind::report: return "Report";
    case SourceKind::web_page: return "WebPage";
    default: return "CreativeWork";
    }
}

inline Json source_node(std::string_view base, const Source& source)
{
    const std::string_view type = source_type(source.kind);
    // articleSection is an Article's, dateline a NewsArticle's.
    const bool article = type == "NewsArticle" || type == "SocialMediaPosting" || type == "Report";
    Json node = record_node(type, base, source.id);
    put(node, "headline", source.headline);
    put(node, "datePublished", source.published);
    put(node, "url", source.url);
    put(node, "inLanguage", source.language);
    if (source.publisher) {
        node["publisher"] = ref(base, *source.publisher);
    }
    Json authors = Json::array();
    for (const PersonId& author : source.authors) {
        add_once(authors, ref(base, author));
    }
    put(node, "author", std::move(authors));
    if (article) {
        put(node, "articleSection", source.section);
    }
    if (type == "NewsArticle") {
        put(node, "dateline", source.dateline);
    }
    Json cites = Json::array();
    for (const SourceId& cited : source.cites) {
        add_once(cites, ref(base, cited));
    }
    put(node, "isBasedOn", std::move(cites));
    return node;
}

} // namespace detail::jsonld

// The dossier as a schema.org JSON-LD document, {"@context": "https://schema.org", "@graph":
// [...]}: its sources, organisations, people, series, events and agreements, in that order
// and each in the dossier's order (corridors have no schema.org type and are left out). A
// record's node has the IRI base + "events/" + id (or "people/", "organizations/",
// "series/", "agreements/", "sources/"), the id percent-encoded but for letters, digits and
// - . _ ~, and every reference to it is {"@id": that IRI}, whether or not the dossier holds
// the record. A member the dossier leaves out leaves its property out.
//
// `base` is an absolute IRI ending in / or #, without a query: "https://issi.org.pk/dossier/".
// Anything else throws InvalidValue, as the ids under it would not be IRIs under it.
inline nlohmann::ordered_json to_jsonld(const Dossier& dossier, std::string_view base)
{
    using namespace detail::jsonld;
    check_base(base);
    Json graph = Json::array();
    for (const Source& source : dossier.sources) {
        graph.push_back(source_node(base, source));
    }
    for (const Organization& organization : dossier.organizations) {
        graph.push_back(organization_node(base, organization));
    }
    for (const Person& person : dossier.people) {
        graph.push_back(person_node(base, person));
    }
    for (const Series& series : dossier.series) {
        graph.push_back(series_node(base, series));
    }
    for (const Event& event : dossier.events) {
        graph.push_back(event_node(base, event));
    }
    for (const Agreement& agreement : dossier.agreements) {
        graph.push_back(agreement_node(base, agreement));
    }
    Json document = Json::object();
    document["@context"] = "https://schema.org";
    document["@graph"] = std::move(graph);
    return document;
}

} // namespace communique
