// SPDX-License-Identifier: BSL-1.0
// Questions asked of a dossier: the record an id names and how to call it in text, and the
// reverse questions (where a person appears, who belongs to an organisation, what a party
// signed, the events of a series, a corridor's agreements). `find` answers one look-up by
// scanning a registry; `DossierIndex` builds maps once for many. Both treat an id that names
// no record as a normal answer (nullptr, or nothing in a list), so they stay correct on a
// dossier with dangling references; validate() is what reports those.
#pragma once

#include <communique/dossier.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace communique {

// The registry of the dossier that holds the records an id of that type names.
inline const std::vector<Person>& records_of(const Dossier& d, const PersonId&)
{
    return d.people;
}
inline const std::vector<Organization>& records_of(const Dossier& d, const OrganizationId&)
{
    return d.organizations;
}
inline const std::vector<Series>& records_of(const Dossier& d, const SeriesId&)
{
    return d.series;
}
inline const std::vector<Event>& records_of(const Dossier& d, const EventId&)
{
    return d.events;
}
inline const std::vector<Agreement>& records_of(const Dossier& d, const AgreementId&)
{
    return d.agreements;
}
inline const std::vector<Corridor>& records_of(const Dossier& d, const CorridorId&)
{
    return d.corridors;
}
inline const std::vector<Source>& records_of(const Dossier& d, const SourceId&)
{
    return d.sources;
}

// The record that `id` names, or nullptr when none does or `id` was never set. With two
// records of one id (which validate() reports), the first.
template <class Tag>
auto find(const Dossier& dossier, const Id<Tag>& id)
{
    const auto& records = records_of(dossier, id);
    const auto it = std::ranges::find(records, id, [](const auto& record) { return record.id; });
    return it == records.end() || !id.has_value() ? nullptr : &*it; // an id never set names nothing
}

// How a person appears: a part in an event outside its sessions, a part in a session, a
// signature, or a presence at a signing.
enum class AppearanceKind { event_part = 1, session_part, signature, witness };

struct Appearance {
    AppearanceKind kind{};
    const Event* event = nullptr;         // event_part, session_part
    const Session* session = nullptr;     // session_part
    const Speaker* speaker = nullptr;     // event_part, session_part: the role and remarks
    const Agreement* agreement = nullptr; // signature, witness
    const Signatory* signatory = nullptr; // signature: for whom and when
};

// Maps from ids to records and from records to what refers to them, built once from a
// dossier that must outlive the index and stay unchanged while it is used.
class DossierIndex {
public:
    // The index points into the dossier: a temporary would leave it dangling.
    explicit DossierIndex(const Dossier&&) = delete;
    explicit DossierIndex(const Dossier& dossier) : dossier_(dossier)
    {
        add_all(people_, dossier.people);
        add_all(organizations_, dossier.organizations);
        add_all(series_, dossier.series);
        add_all(events_, dossier.events);
        add_all(agreements_, dossier.agreements);
        add_all(corridors_, dossier.corridors);
        add_all(sources_, dossier.sources);
        for (const Organization& organization : dossier.organizations) {
            if (organization.parent && organization.parent != organization.id) {
                children_[organization.parent->value()].push_back(&organization);
            }
        }
    }

    [[nodiscard]] const Dossier& dossier() const noexcept { return dossier_; }

    // The record an id names, or nullptr: as communique::find, in constant time.
    [[nodiscard]] const Person* find(const PersonId& id) const { return lookup(people_, id); }
    [[nodiscard]] const Organization* find(const OrganizationId& id) const { return lookup(organizations_, id); }
    [[nodiscard]] const Series* find(const SeriesId& id) const { return lookup(series_, id); }
    [[nodiscard]] const Event* find(const EventId& id) const { return lookup(events_, id); }
    [[nodiscard]] const Agreement* find(const AgreementId& id) const { return lookup(agreements_, id); }
    [[nodiscard]] const Corridor* find(const CorridorId& id) const { return lookup(corridors_, id); }
    [[nodiscard]] const Source* find(const SourceId& id) const { return lookup(sources_, id); }

    // How to call a record in text, given its id or a party: a person's display_name(), an
    // organisation's name, a country's short name ("Kazakhstan"). An id that names no
    // record gives the id itself, and a party with neither a country nor an organisation "".
    [[nodiscard]] std::string display_name(const PersonId& id) const
    {
        const Person* person = find(id);
        return person != nullptr ? communique::display_name(*person) : id.value();
    }
    [[nodiscard]] std::string display_name(const OrganizationId& id) const
    {
        const Organization* organization = find(id);
        return organization != nullptr ? organization->name : id.value();
    }
    [[nodiscard]] std::string display_name(const Party& party) const
    {
        if (party.country) {
            return std::string(party.country->name());
        }
        return party.organization ? display_name(*party.organization) : std::string();
    }

    // The ids of the organisation and of every organisation below it (its centres and
    // departments, theirs in turn), the organisation first, each once even if the parents
    // form a cycle. The organisation need not have a record of its own.
    [[nodiscard]] std::vector<OrganizationId> organization_and_descendants(const OrganizationId& id) const
    {
        std::vector<OrganizationId> found{id};
        for (std::size_t i = 0; i < found.size(); ++i) {
            const auto children = children_.find(found[i].value());
            if (children == children_.end()) {
                continue;
            }
            for (const Organization* child : children->second) {
                if (std::ranges::find(found, child->id) == found.end()) {
                    found.push_back(child->id);
                }
            }
        }
        return found;
    }

    // The ids of the organisations above `id`, nearest first: its parent, the parent's
    // parent, and so on, up to a parent with no record of its own or back to one already met
    // when the parents form a cycle.
    [[nodiscard]] std::vector<OrganizationId> ancestors(const OrganizationId& id) const
    {
        std::vector<OrganizationId> found;
        const Organization* organization = find(id);
        while (organization != nullptr && organization->parent && organization->parent->has_value()) {
            const OrganizationId& parent = *organization->parent;
            if (parent == id || std::ranges::find(found, parent) != found.end()) {
                break;
            }
            found.push_back(parent);
            organization = find(parent);
        }
        return found;
    }

    // Whether `organization` is `ancestor` or lies below it.
    [[nodiscard]] bool is_within(const OrganizationId& organization, const OrganizationId& ancestor) const
    {
        const std::vector<OrganizationId> within = organization_and_descendants(ancestor);
        return std::ranges::find(within, organization) != within.end();
    }

    // Everyone with a position, current, former or not stated, at the organisation or at any
    // organisation below it, in the order of Dossier::people.
    [[nodiscard]] std::vector<const Person*> people_of(const OrganizationId& id) const
    {
        const std::vector<OrganizationId> within = organization_and_descendants(id);
        std::vector<const Person*> found;
        for (const Person& person : dossier_.people) {
            const bool affiliated = std::ranges::any_of(person.positions, [&](const Position& position) {
                return position.organization && std::ranges::find(within, *position.organization) != within.end();
            });
            if (affiliated) {
                found.push_back(&person);
            }
        }
        return found;
    }

    // Where the person appears, in the order of the dossier: each event's own parts, then its
    // sessions', event by event; then signatures and presences at signings, agreement by
    // agreement.
    [[nodiscard]] std::vector<Appearance> appearances(const PersonId& id) const
    {
        std::vector<Appearance> found;
        for (const Event& event : dossier_.events) {
            for (const Speaker& speaker : event.speakers) {
                if (speaker.person == id) {
                    found.push_back({.kind = AppearanceKind::event_part,
                                     .event = &event,
                                     .session = nullptr,
                                     .speaker = &speaker,
                                     .agreement = nullptr,
                                     .signatory = nullptr});
                }
            }
            for (const Session& session : event.sessions) {
                for (const Speaker& speaker : session.speakers) {
                    if (speaker.person == id) {
                        found.push_back({.kind = AppearanceKind::session_part,
                                         .event = &event,
                                         .session = &session,
                                         .speaker = &speaker,
                                         .agreement = nullptr,
                                         .signatory = nullptr});
                    }
                }
            }
        }
        for (const Agreement& agreement : dossier_.agreements) {
            for (const Signatory& signatory : agreement.signatories) {
                if (signatory.person == id) {
                    found.push_back({.kind = AppearanceKind::signature,
                                     .event = nullptr,
                                     .session = nullptr,
                                     .speaker = nullptr,
                                     .agreement = &agreement,
                                     .signatory = &signatory});
                }
            }
            if (std::ranges::find(agreement.witnesses, id) != agreement.witnesses.end()) {
                found.push_back({.kind = AppearanceKind::witness,
                                 .event = nullptr,
                                 .session = nullptr,
                                 .speaker = nullptr,
                                 .agreement = &agreement,
                                 .signatory = nullptr});
            }
        }
        return found;
    }

    // The agreements the party is a party to (an organisation's own, not those of the
    // organisations below it), in the order of Dossier::agreements.
    [[nodiscard]] std::vector<const Agreement*> agreements_of(const Party& party) const
    {
        std::vector<const Agreement*> found;
        for (const Agreement& agreement : dossier_.agreements) {
            if (std::ranges::find(agreement.parties, party) != agreement.parties.end()) {
                found.push_back(&agreement);
            }
        }
        return found;
    }

    // The agreements that govern the corridor, as far as the dossier holds them; an id that
    // names no agreement is left out.
    [[nodiscard]] std::vector<const Agreement*> agreements_of(const CorridorId& id) const
    {
        std::vector<const Agreement*> found;
        if (const Corridor* corridor = find(id)) {
            for (const AgreementId& agreement_id : corridor->agreements) {
                if (const Agreement* agreement = find(agreement_id)) {
                    found.push_back(agreement);
                }
            }
        }
        return found;
    }

    // The events of the series by edition, those without an edition last; events of one
    // edition, or of none, in the order of Dossier::events.
    [[nodiscard]] std::vector<const Event*> events_of(const SeriesId& id) const
    {
        std::vector<const Event*> found;
        for (const Event& event : dossier_.events) {
            if (event.series == id) {
                found.push_back(&event);
            }
        }
        std::ranges::stable_sort(found, std::less<>{}, [](const Event* event) {
            return event->edition.value_or(std::numeric_limits<std::uint32_t>::max());
        });
        return found;
    }

private:
    template <class Record>
    using map = std::unordered_map<std::string_view, const Record*>;

    template <class Record>
    static void add_all(map<Record>& into, const std::vector<Record>& records)
    {
        for (const Record& record : records) {
            if (record.id.has_value()) {                      // an id never set names nothing
                into.try_emplace(record.id.value(), &record); // the first of a duplicated id
            }
        }
    }

    template <class Record, class Tag>
    static const Record* lookup(const map<Record>& from, const Id<Tag>& id)
    {
        const auto it = from.find(id.value());
        return it == from.end() ? nullptr : it->second;
    }

    const Dossier& dossier_;
    map<Person> people_;
    map<Organization> organizations_;
    map<Series> series_;
    map<Event> events_;
    map<Agreement> agreements_;
    map<Corridor> corridors_;
    map<Source> sources_;
    std::unordered_map<std::string_view, std::vector<const Organization*>> children_;
};

} // namespace communique
