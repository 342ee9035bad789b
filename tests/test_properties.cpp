// Properties of reading and writing, checked by RapidCheck on generated values of every
// public type (tests/arbitrary.hpp): a written value reads back equal and writes the same
// bytes; the reader over the text (communique::read) and the DOM reader (nlohmann's
// get<T>()) agree on the value, or on the path and message of the error, for documents made
// invalid by one mutation; for documents with several mutations, both refuse exactly the same
// ones, each with a problem where a mutation was made; a duplicate key is refused where it
// stands.
//
// Each property runs cases_per_property cases (below); RC_PARAMS="max_success=N" runs N instead, and
// RC_PARAMS="seed=S" repeats the run that printed "Using configuration: seed=S".
#include "arbitrary.hpp"

#include <communique/communique.hpp>

#include <boost/core/type_name.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/mp11/list.hpp>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <rapidcheck.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <typeinfo>
#include <utility>
#include <vector>

using namespace communique;
using communique_test::gen_value;
using ordered_json = nlohmann::ordered_json;
using json_pointer = ordered_json::json_pointer;

namespace {

// ---- running properties ----

struct property_tally {
    int properties = 0;
    long cases = 0;
    property_tally() = default;
    property_tally(const property_tally&) = delete;
    property_tally& operator=(const property_tally&) = delete;
    ~property_tally() { std::cout << "RapidCheck: " << properties << " properties, " << cases << " cases\n"; }
};

property_tally& tally()
{
    static property_tally instance;
    return instance;
}

// Like rc::prop from <rapidcheck/catch.h>, but with a number of cases of its own.
template <class Testable>
void check_property(const std::string& description, int count, Testable&& testable)
{
    SECTION(description)
    {
        rc::detail::TestMetadata metadata;
        metadata.id = Catch::getResultCapture().getCurrentTestName() + ": " + description;
        metadata.description = metadata.id;
        auto params = rc::detail::configuration().testParams;
        const char* rc_params = std::getenv("RC_PARAMS");
        if (rc_params == nullptr || std::string_view(rc_params).find("max_success") == std::string_view::npos) {
            params.maxSuccess = count;
        }
        const auto result = rc::detail::checkTestable(std::forward<Testable>(testable), metadata, params);
        std::ostringstream message;
        rc::detail::printResultMessage(result, message);
        INFO(metadata.id << "\n" << message.str());
        if (result.template is<rc::detail::SuccessResult>()) {
            const auto success = result.template get<rc::detail::SuccessResult>();
            ++tally().properties;
            tally().cases += success.numSuccess;
            if (!success.distribution.empty()) {
                std::cout << "- " << metadata.id << "\n" << message.str() << "\n";
            }
            SUCCEED();
        } else {
            FAIL();
        }
    }
}

// ---- the types ----

using model_types = std::tuple<Dossier, Event, Organizer, EventLink, Session, Speaker, Remarks, Person, Position,
                               Series, Agreement, Party, Signatory, Ratification, AgreementLink, Milestone, Corridor,
                               Waypoint, Organization, Membership, Source, Figure, Amount, Quantity, Place, ExternalId>;
using vocabulary_types = std::tuple<Date, DateTime, CountryCode, CurrencyCode, Decimal, FormatVersion, PersonId,
                                    OrganizationId, EventId, SeriesId, AgreementId, CorridorId, SourceId>;
using enum_types = std::tuple<EventKind, EventStatus, OrganizerRole, EventRelation, AttendanceMode, SessionKind, Role,
                              Tenure, AgreementKind, AgreementStatus, ConsentKind, AgreementRelation, MilestoneKind,
                              TransportMode, Traffic, CorridorStatus, WaypointKind, OrganizationKind, MembershipStatus,
                              SourceKind, Channel, Qualifier, Unit, IdScheme>;
using all_types = boost::mp11::mp_append<model_types, vocabulary_types, enum_types>;

template <class T>
std::string name_of()
{
    // type_name cannot name an Id's tag, an incomplete type.
    if constexpr (std::same_as<T, PersonId>) {
        return "PersonId";
    } else if constexpr (std::same_as<T, OrganizationId>) {
        return "OrganizationId";
    } else if constexpr (std::same_as<T, EventId>) {
        return "EventId";
    } else if constexpr (std::same_as<T, SeriesId>) {
        return "SeriesId";
    } else if constexpr (std::same_as<T, AgreementId>) {
        return "AgreementId";
    } else if constexpr (std::same_as<T, CorridorId>) {
        return "CorridorId";
    } else if constexpr (std::same_as<T, SourceId>) {
        return "SourceId";
    } else {
        return boost::core::type_name<T>();
    }
}

// Cases per property: some seventy seconds of CPU time for the eight properties of a Dossier
// (format version 2), and three and a half minutes for the whole file, in a g++ Debug build.
constexpr int cases_per_property = 1000;

// ---- reading both ways ----

template <class T>
struct outcome {
    std::optional<T> value;
    std::optional<ReadError> error;
    std::string other; // any exception that is not a ReadError
};

template <class T, class Read>
outcome<T> attempt(Read&& read_value)
{
    outcome<T> out;
    try {
        out.value.emplace(read_value());
    } catch (const ReadError& e) {
        out.error.emplace(e);
    } catch (const std::exception& e) {
        out.other = std::string(typeid(e).name()) + ": " + e.what();
    }
    return out;
}

template <class T>
std::string describe(const outcome<T>& out)
{
    if (out.value) {
        return "read " + write(*out.value);
    }
    if (out.error) {
        return std::string("ReadError: ") + out.error->what();
    }
    return "another exception: " + out.other;
}

template <class T>
outcome<T> read_streaming(const std::string& text, const ReadOptions& options = {})
{
    return attempt<T>([&] { return read<T>(text, options); });
}

// With the default options, exactly what a user of nlohmann's conversions calls.
template <class T>
outcome<T> read_dom(const std::string& text, const ReadOptions& options = {})
{
    const bool defaults = !options.ignore_unknown_keys;
    return attempt<T>([&] {
        const auto json = nlohmann::json::parse(text);
        return defaults ? json.get<T>() : detail::DomReader<nlohmann::json>(options).read<T>(json);
    });
}

// Both readers read the same value, or both throw ReadError, each for the first problem in
// the order it visits the document (which need not be the same problem).
template <class T>
std::pair<outcome<T>, outcome<T>> check_readers_accept_alike(const std::string& text, const ReadOptions& options = {})
{
    auto streaming = read_streaming<T>(text, options);
    auto dom = read_dom<T>(text, options);
    RC_LOG() << "document: " << text << "\nstreaming reader: " << describe(streaming)
             << "\nDOM reader: " << describe(dom) << "\n";
    RC_ASSERT(streaming.other.empty());
    RC_ASSERT(dom.other.empty());
    RC_ASSERT(streaming.value.has_value() == dom.value.has_value());
    if (streaming.value) {
        RC_ASSERT(*streaming.value == *dom.value);
    }
    return {std::move(streaming), std::move(dom)};
}

// Both readers read the same value or throw ReadError with the same path and message.
template <class T>
outcome<T> check_readers_agree(const std::string& text, const ReadOptions& options = {})
{
    auto [streaming, dom] = check_readers_accept_alike<T>(text, options);
    if (!streaming.value) {
        RC_ASSERT(streaming.error->path() == dom.error->path());
        RC_ASSERT(streaming.error->message() == dom.error->message());
    }
    return std::move(streaming);
}

// True when `error` is at one of `places` or inside it.
bool within_one_of(const ReadError& error, const std::vector<json_pointer>& places)
{
    for (json_pointer at(error.path());; at = at.parent_pointer()) {
        if (std::find(places.begin(), places.end(), at) != places.end()) {
            return true;
        }
        if (at.empty()) {
            return false;
        }
    }
}

// ---- where a document can be mutated ----

// What a value's C++ type makes of the JSON at one place of a document.
enum class shape { object, array, string, boolean, integer };

// What a type refuses, made once per type.
struct type_facts {
    std::vector<std::string> members;      // an object's members, by JSON name
    std::vector<std::string> required;     // the members that may not be left out
    std::vector<std::string> bad_strings;  // strings that the type refuses
    std::vector<ordered_json> bad_numbers; // numbers that an integer type refuses
};

struct site {
    json_pointer pointer;
    shape kind = shape::string;
    const type_facts* facts = nullptr;
};

std::string capitalized(std::string_view name, bool all)
{
    std::string out(name);
    for (std::size_t i = 0; i < (all ? out.size() : std::min<std::size_t>(1, out.size())); ++i) {
        out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
    }
    return out;
}

template <class T>
std::vector<std::string> bad_strings()
{
    if constexpr (detail::described_enum<T>) {
        std::vector<std::string> out{"", "not_an_enumerator", " "};
        boost::mp11::mp_for_each<boost::describe::describe_enumerators<T>>([&](auto e) {
            out.push_back(capitalized(detail::json_name<T>(e.name), false));
            out.push_back(capitalized(detail::json_name<T>(e.name), true));
            out.push_back(std::string(detail::json_name<T>(e.name)) + " ");
        });
        return out;
    } else if constexpr (std::same_as<T, Date>) {
        return {"2023-02-30",           "2023-02-29", "1900-02-29", "2023-04-31", "2023-13",    "2023-00",
                "2023-01-00",           "0000",       "10000",      "2023-1-05",  "2023/01/05", "",
                "2026-02-12T10:00:00Z", " 2026",      "2026 ",      "-2026",      "+2026",      "２０２６"};
    } else if constexpr (std::same_as<T, DateTime>) {
        return {"2026-02-12T24:00:00Z",
                "2026-02-12T23:60:00Z",
                "2026-02-12T23:59:60Z",
                "2026-02-12T10:00:00+25:00",
                "2026-02-12T10:00:00+18:01",
                "2026-02-12T10:00:00-18:30",
                "2026-02-12T10:00:00-00:00",
                "2026-02-12T10:00:00+05:60",
                "2026-02-12T10:00:00",
                "2026-02-12 10:00:00Z",
                "2026-02-30T10:00:00Z",
                "2026-02-12t10:00:00z",
                "2026-02-12T10:00Z",
                "2026-02-12",
                ""};
    } else if constexpr (std::same_as<T, CountryCode>) {
        return {"XX", "ZZ", "pk", "Pk", "PAK", "P", "", "UK", "EU", " PK"};
    } else if constexpr (std::same_as<T, CurrencyCode>) {
        return {"ZZZ", "usd", "Usd", "US", "USDD", "", "$", "XX"};
    } else if constexpr (std::same_as<T, Decimal>) {
        return {"01",
                "1e5",
                "-0",
                "-0.00",
                "1.",
                ".5",
                "+1",
                "1,5",
                "1 ",
                " 1",
                "NaN",
                "",
                "0x10",
                "1.2.3",
                "--1",
                "１２３",
                "1234567890123456789",
                "9999999999999999999",
                "0.0000000000000000001"};
    } else if constexpr (std::same_as<T, FormatVersion>) {
        return {"1", "2.0", "", "02", " 2", "2 ", "v2", "3"};
    } else if constexpr (communique_test::detail::is_id<T>) {
        return {""}; // an id never set
    } else {
        return {}; // free text: every string is valid
    }
}

template <class T>
std::vector<ordered_json> bad_numbers()
{
    using limits = std::numeric_limits<T>;
    std::vector<ordered_json> out{1.5, -0.5, 2.0, 1e300, -1e300};
    if constexpr (limits::max() < std::numeric_limits<std::uint64_t>::max()) {
        out.emplace_back(static_cast<std::uint64_t>(limits::max()) + 1);
    } else {
        out.emplace_back(2e19);
    }
    if constexpr (std::is_unsigned_v<T>) {
        out.emplace_back(-1);
    } else if constexpr (limits::min() > std::numeric_limits<std::int64_t>::min()) {
        out.emplace_back(static_cast<std::int64_t>(limits::min()) - 1);
    } else {
        out.emplace_back(-1e19);
    }
    return out;
}

template <class T>
const type_facts& facts_of()
{
    static const type_facts facts = [] {
        type_facts out;
        if constexpr (detail::described_struct<T>) {
            boost::mp11::mp_for_each<detail::public_members<T>>([&](auto member) {
                out.members.emplace_back(detail::json_name<T>(member.name));
                if constexpr (!detail::is_omissible<detail::member_type<T, decltype(member)>>) {
                    out.required.emplace_back(detail::json_name<T>(member.name));
                }
            });
        } else if constexpr (detail::integer<T>) {
            out.bad_numbers = bad_numbers<T>();
        } else if constexpr (!std::same_as<T, bool> && !detail::is_vector<T>) {
            out.bad_strings = bad_strings<T>();
        }
        return out;
    }();
    return facts;
}

// Every place of `json` that the type T gives a meaning to, following the document as far as
// it has the shape T expects.
template <class T>
void collect_sites(const ordered_json& json, const json_pointer& at, std::vector<site>& out)
{
    if constexpr (detail::is_optional<T>) {
        collect_sites<typename T::value_type>(json, at, out);
    } else if constexpr (detail::described_struct<T>) {
        out.push_back({.pointer = at, .kind = shape::object, .facts = &facts_of<T>()});
        if (json.is_object()) {
            boost::mp11::mp_for_each<detail::public_members<T>>([&](auto member) {
                const std::string name(detail::json_name<T>(member.name));
                if (const auto it = json.find(name); it != json.end()) {
                    collect_sites<detail::member_type<T, decltype(member)>>(*it, at / name, out);
                }
            });
        }
    } else if constexpr (detail::is_vector<T>) {
        out.push_back({.pointer = at, .kind = shape::array, .facts = &facts_of<T>()});
        if (json.is_array()) {
            for (std::size_t i = 0; i < json.size(); ++i) {
                collect_sites<typename T::value_type>(json.at(i), at / i, out);
            }
        }
    } else if constexpr (std::same_as<T, bool>) {
        out.push_back({.pointer = at, .kind = shape::boolean, .facts = &facts_of<T>()});
    } else if constexpr (detail::integer<T>) {
        out.push_back({.pointer = at, .kind = shape::integer, .facts = &facts_of<T>()});
    } else {
        out.push_back({.pointer = at, .kind = shape::string, .facts = &facts_of<T>()});
    }
}

template <class T>
std::vector<site> sites_of(const ordered_json& document)
{
    std::vector<site> out;
    collect_sites<T>(document, json_pointer(), out);
    return out;
}

// JSON values of another kind than the shape admits.
std::vector<ordered_json> other_kinds(shape kind)
{
    const auto object = ordered_json::parse(R"({"a": 1})");
    switch (kind) {
    case shape::object: return {ordered_json::array(), ordered_json::array({1, 2}), "x", 1, -1, 1.5, true, nullptr};
    case shape::array: return {ordered_json::object(), object, "x", 0, 1.5, false, nullptr};
    case shape::string:
        return {0,
                -1,
                18446744073709551615ULL,
                1.5,
                true,
                false,
                nullptr,
                ordered_json::object(),
                ordered_json::array(),
                ordered_json::array({"x"})};
    case shape::boolean: return {0, 1, "true", "false", nullptr, ordered_json::object(), ordered_json::array()};
    case shape::integer:
        return {"1", "", true, nullptr, ordered_json::object(), ordered_json::array(), ordered_json::array({1})};
    }
    return {};
}

// ---- mutations ----

enum class mutation {
    // each of these makes a valid document invalid
    drop_required_key,
    change_kind,
    add_unknown_key,
    bad_number,
    bad_string,
    nest_in_array,
    nest_in_object,
    // these may leave it valid
    drop_any_key,
    shuffle_keys,
    drop_element,
    repeat_element,
};

template <class C>
const typename C::value_type& pick(const C& choices)
{
    return choices.at(*communique_test::detail::uniform<std::size_t>(0, choices.size()));
}

std::vector<std::string> keys_of(const ordered_json& object)
{
    std::vector<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        out.push_back(it.key());
    }
    return out;
}

// `object` with `key: value` inserted as its member number `position`.
void insert_member(ordered_json& object, std::size_t position, const std::string& key, ordered_json value)
{
    ordered_json rebuilt = ordered_json::object();
    std::size_t i = 0;
    for (auto it = object.begin(); it != object.end(); ++it, ++i) {
        if (i == position) {
            rebuilt[key] = std::move(value);
        }
        rebuilt[it.key()] = std::move(it.value());
    }
    if (position >= object.size()) {
        rebuilt[key] = std::move(value);
    }
    object = std::move(rebuilt);
}

// A key that is none of `taken`: often one that needs escaping in a JSON Pointer.
std::string fresh_key(const std::vector<std::string>& taken)
{
    std::string key = *rc::gen::weightedOneOf<std::string>({
        {2, communique_test::detail::text()},
        {2, rc::gen::element<std::string>("a/b", "~", "~1", "/", "", "zzz", "A", "format_version_", "é", "0")},
    });
    while (std::find(taken.begin(), taken.end(), key) != taken.end()) {
        key += "~/";
    }
    return key;
}

ordered_json some_json()
{
    return *rc::gen::element<ordered_json>(nullptr, true, 0, -7, 1.25, "text", ordered_json::array(),
                                           ordered_json::object(), ordered_json::parse(R"([1, {"a": [null, {}]}])"),
                                           ordered_json::parse(R"({"b": {"c": [1, 2]}, "a": "x"})"));
}

std::vector<mutation> mutations_for(const site& place, const ordered_json& value, bool all)
{
    std::vector<mutation> out{mutation::change_kind, mutation::nest_in_array, mutation::nest_in_object};
    if (value.is_object() && place.kind == shape::object) {
        out.push_back(mutation::add_unknown_key);
        if (std::any_of(place.facts->required.begin(), place.facts->required.end(),
                        [&](const std::string& key) { return value.contains(key); })) {
            out.push_back(mutation::drop_required_key);
        }
    }
    if (place.kind == shape::integer) {
        out.push_back(mutation::bad_number);
    }
    if (!place.facts->bad_strings.empty()) {
        out.push_back(mutation::bad_string);
    }
    if (all && value.is_object() && !value.empty()) {
        out.push_back(mutation::drop_any_key);
        out.push_back(mutation::shuffle_keys);
    }
    if (all && value.is_array() && !value.empty()) {
        out.push_back(mutation::drop_element);
        out.push_back(mutation::repeat_element);
    }
    return out;
}

// Applies one mutation at `place` in `document`; for one that makes a valid document invalid,
// returns the path of the problem that it makes.
std::string mutate(ordered_json& document, const site& place, mutation kind)
{
    ordered_json& value = document[place.pointer];
    const std::string here = place.pointer.to_string();
    switch (kind) {
    case mutation::drop_required_key: {
        std::vector<std::string> present;
        for (const auto& key : place.facts->required) {
            if (value.contains(key)) {
                present.push_back(key);
            }
        }
        const std::string key = pick(present);
        value.erase(key);
        RC_LOG() << "dropped required " << (place.pointer / key).to_string() << "\n";
        return (place.pointer / key).to_string();
    }
    case mutation::change_kind: {
        value = pick(other_kinds(place.kind));
        RC_LOG() << "changed " << here << " to " << value.dump() << "\n";
        return here;
    }
    case mutation::add_unknown_key: {
        auto taken = place.facts->members;
        for (const auto& key : keys_of(value)) {
            taken.push_back(key);
        }
        const std::string key = fresh_key(taken);
        const std::size_t position = *communique_test::detail::uniform<std::size_t>(0, value.size() + 1);
        insert_member(value, position, key, some_json());
        RC_LOG() << "added unknown " << (place.pointer / key).to_string() << "\n";
        return (place.pointer / key).to_string();
    }
    case mutation::bad_number: {
        value = pick(place.facts->bad_numbers);
        RC_LOG() << "put " << value.dump() << " at " << here << "\n";
        return here;
    }
    case mutation::bad_string: {
        value = pick(place.facts->bad_strings);
        RC_LOG() << "put " << value.dump() << " at " << here << "\n";
        return here;
    }
    case mutation::nest_in_array: {
        const int levels = *communique_test::detail::uniform(1, 4);
        for (int i = 0; i < levels; ++i) {
            value = ordered_json::array({std::move(value)});
        }
        RC_LOG() << "nested " << here << " in " << levels << " arrays\n";
        return place.kind == shape::array ? (place.pointer / 0).to_string() : here;
    }
    case mutation::nest_in_object: {
        const std::string key = fresh_key(place.facts->members);
        value = ordered_json::object({{key, std::move(value)}});
        RC_LOG() << "nested " << here << " in an object under " << ordered_json(key).dump() << "\n";
        // In an object, the unknown key comes before the end of the object, where the
        // members it lacks are found: both readers meet it first.
        return place.kind == shape::object ? (place.pointer / key).to_string() : here;
    }
    case mutation::drop_any_key: {
        const std::string key = pick(keys_of(value));
        value.erase(key);
        RC_LOG() << "dropped " << (place.pointer / key).to_string() << "\n";
        return {};
    }
    case mutation::shuffle_keys: {
        auto keys = keys_of(value);
        ordered_json shuffled = ordered_json::object();
        while (!keys.empty()) {
            const std::size_t i = *communique_test::detail::uniform<std::size_t>(0, keys.size());
            shuffled[keys[i]] = std::move(value[keys[i]]);
            keys.erase(keys.begin() + static_cast<std::ptrdiff_t>(i));
        }
        value = std::move(shuffled);
        RC_LOG() << "shuffled the members of " << here << "\n";
        return {};
    }
    case mutation::drop_element: {
        const std::size_t i = *communique_test::detail::uniform<std::size_t>(0, value.size());
        value.erase(i);
        RC_LOG() << "dropped " << (place.pointer / i).to_string() << "\n";
        return {};
    }
    case mutation::repeat_element: {
        const std::size_t i = *communique_test::detail::uniform<std::size_t>(0, value.size());
        value.push_back(value.at(i));
        RC_LOG() << "repeated " << (place.pointer / i).to_string() << "\n";
        return {};
    }
    }
    return {};
}

std::string random_dump(const ordered_json& document)
{
    return document.dump(*rc::gen::element(-1, 0, 2));
}

// Every object of a document with at least one member.
void collect_objects(const ordered_json& json, const json_pointer& at, std::vector<json_pointer>& out)
{
    if (json.is_object()) {
        if (!json.empty()) {
            out.push_back(at);
        }
        for (auto it = json.begin(); it != json.end(); ++it) {
            collect_objects(it.value(), at / it.key(), out);
        }
    } else if (json.is_array()) {
        for (std::size_t i = 0; i < json.size(); ++i) {
            collect_objects(json.at(i), at / i, out);
        }
    }
}

// Inserts, at a random object of `document`, a second member with the key of one of its
// members and the same value, first or last; returns the text and the duplicate's path.
std::pair<std::string, std::string> with_duplicate_key(ordered_json document)
{
    std::vector<json_pointer> objects;
    collect_objects(document, json_pointer(), objects);
    RC_PRE(!objects.empty());
    const json_pointer at = pick(objects);
    ordered_json& object = document[at];
    const std::string key = pick(keys_of(object));
    const std::string marker = "\x01 the duplicate \x01";
    const bool first = *rc::gen::arbitrary<bool>();
    insert_member(object, first ? 0 : object.size(), marker, object[key]);
    std::string text = random_dump(document);
    const std::string quoted_marker = ordered_json(marker).dump();
    const auto position = text.find(quoted_marker);
    RC_ASSERT(position != std::string::npos);
    RC_ASSERT(text.find(quoted_marker, position + 1) == std::string::npos);
    text.replace(position, quoted_marker.size(), ordered_json(key).dump());
    return {text, (at / key).to_string()};
}

} // namespace

// ---- the properties ----

TEMPLATE_LIST_TEST_CASE("a written value reads back", "[property]", all_types)
{
    using T = TestType;
    const std::string type = name_of<T>();
    check_property(type + ": read<T>(write(x)) == x", cases_per_property, [] {
        const T value = *gen_value<T>();
        const std::string text = write(value);
        RC_LOG() << text;
        RC_ASSERT(read<T>(text) == value);
    });
    check_property(type + ": write(read<T>(write(x))) == write(x)", cases_per_property, [] {
        const std::string text = write(*gen_value<T>());
        RC_LOG() << text;
        RC_ASSERT(write(read<T>(text)) == text);
    });
    check_property(type + ": read<T>(x's JSON with its members in any order) == x", cases_per_property, [] {
        const T value = *gen_value<T>();
        ordered_json document = ordered_json::parse(write(value));
        for (const auto& place : sites_of<T>(document)) {
            if (document[place.pointer].is_object() && !document[place.pointer].empty()) {
                mutate(document, place, mutation::shuffle_keys);
            }
        }
        const auto result = check_readers_agree<T>(random_dump(document));
        RC_ASSERT(result.value.has_value());
        RC_ASSERT(*result.value == value);
    });
    check_property(type + ": nlohmann::json::parse(write(x)).get<T>() == x, nlohmann::json(x) == parse(write(x))",
                   cases_per_property, [] {
                       const T value = *gen_value<T>();
                       const std::string text = write(value);
                       RC_LOG() << text;
                       const auto json = nlohmann::json::parse(text);
                       RC_ASSERT(json.get<T>() == value);
                       RC_ASSERT(nlohmann::json(value) == json);
                   });
    check_property(type + ": write(x) is nlohmann's dump(2) of its document, and compact write(x) its dump()",
                   cases_per_property, [] {
                       const T value = *gen_value<T>();
                       const std::string text = write(value);
                       RC_LOG() << text;
                       const auto document = ordered_json::parse(text);
                       RC_ASSERT(text == document.dump(2) + "\n");
                       const std::string compact = write(value, WriteOptions{.indent = false});
                       RC_ASSERT(compact == document.dump());
                       RC_ASSERT(read<T>(compact) == value);
                   });
}

TEMPLATE_LIST_TEST_CASE("both readers agree on mutated documents", "[property]", all_types)
{
    using T = TestType;
    const std::string type = name_of<T>();
    check_property(type + ": one mutation gives the same ReadError from both readers, at its place", cases_per_property,
                   [] {
                       ordered_json document = ordered_json::parse(write(*gen_value<T>()));
                       const auto sites = sites_of<T>(document);
                       const site& place = pick(sites);
                       const auto kind = pick(mutations_for(place, document[place.pointer], false));
                       const std::string path = mutate(document, place, kind);
                       const auto result = check_readers_agree<T>(random_dump(document));
                       RC_ASSERT(result.error.has_value());
                       RC_ASSERT(result.error->path() == path);
                   });
    // Each reader reports the first problem in the order it visits the document, so with
    // several problems they may report different ones; but each is one that a mutation made:
    // a mutation changes nothing outside the value it is made at (which a later mutation may
    // move in its array, or nest, but never out of the value that holds it).
    check_property(type + ": several mutations: both readers refuse the same documents, at a place mutated",
                   cases_per_property, [] {
                       ordered_json document = ordered_json::parse(write(*gen_value<T>()));
                       const int count = *communique_test::detail::uniform(1, 6);
                       std::vector<json_pointer> mutated;
                       for (int i = 0; i < count; ++i) {
                           const auto sites = sites_of<T>(document);
                           const site& place = pick(sites);
                           mutate(document, place, pick(mutations_for(place, document[place.pointer], true)));
                           mutated.push_back(place.pointer);
                       }
                       const std::string text = random_dump(document);
                       for (const bool ignore_unknown_keys : {false, true}) {
                           const auto [streaming, dom] =
                               check_readers_accept_alike<T>(text, {.ignore_unknown_keys = ignore_unknown_keys});
                           if (streaming.error) {
                               RC_ASSERT(within_one_of(*streaming.error, mutated));
                               RC_ASSERT(within_one_of(*dom.error, mutated));
                           }
                           RC_TAG(std::string(streaming.value ? "reads" : "ReadError") +
                                  (ignore_unknown_keys ? " ignoring unknown keys" : ""));
                       }
                   });
}

TEMPLATE_LIST_TEST_CASE("a duplicate key is refused where it stands", "[property]", model_types)
{
    using T = TestType;
    const std::string type = name_of<T>();
    check_property(type + ": a duplicate key in a valid document", cases_per_property, [] {
        const T value = *gen_value<T>();
        const auto [text, path] = with_duplicate_key(ordered_json::parse(write(value)));
        RC_LOG() << text << "\nexpected a duplicate key at " << path << "\n";
        for (const bool ignore_unknown_keys : {false, true}) {
            const auto result = read_streaming<T>(text, {.ignore_unknown_keys = ignore_unknown_keys});
            RC_LOG() << describe(result) << "\n";
            RC_ASSERT(result.error.has_value());
            RC_ASSERT(result.error->path() == path);
            RC_ASSERT(result.error->message().find("duplicate key") != std::string::npos);
        }
        // nlohmann's DOM keeps one of two equal members, so its reader reads the value.
        RC_ASSERT(nlohmann::json::parse(text).template get<T>() == value);
    });
    check_property(type + ": a duplicate key inside a member that is skipped", cases_per_property, [] {
        ordered_json document = ordered_json::parse(write(*gen_value<T>()));
        auto taken = sites_of<T>(document).front().facts->members;
        for (const auto& key : keys_of(document)) {
            taken.push_back(key);
        }
        const std::string unknown = fresh_key(taken);
        const auto [inner_text, inner_path] = with_duplicate_key(ordered_json::parse(write(*gen_value<T>())));
        const std::string placeholder = ordered_json("\x02 the skipped member \x02").dump();
        insert_member(document, *communique_test::detail::uniform<std::size_t>(0, document.size() + 1), unknown,
                      ordered_json::parse(placeholder));
        std::string text = random_dump(document);
        const auto position = text.find(placeholder);
        RC_ASSERT(position != std::string::npos);
        RC_ASSERT(text.find(placeholder, position + 1) == std::string::npos);
        text.replace(position, placeholder.size(), inner_text);
        const std::string path = (json_pointer() / unknown).to_string() + inner_path;
        RC_LOG() << text << "\nexpected a duplicate key at " << path << "\n";
        const auto result = read_streaming<T>(text, {.ignore_unknown_keys = true});
        RC_LOG() << describe(result) << "\n";
        RC_ASSERT(result.error.has_value());
        RC_ASSERT(result.error->path() == path);
        RC_ASSERT(result.error->message().find("duplicate key") != std::string::npos);
        // Unless it is ignored, the unknown member is the problem, before anything in it.
        const auto strict = read_streaming<T>(text);
        RC_LOG() << describe(strict) << "\n";
        RC_ASSERT(strict.error.has_value());
        RC_ASSERT(strict.error->path() == (json_pointer() / unknown).to_string());
        RC_ASSERT(strict.error->message().starts_with("unknown member "));
    });
}
