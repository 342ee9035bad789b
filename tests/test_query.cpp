// The query layer (query.hpp), enum names (enum_names.hpp) and files (file.hpp).
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <boost/describe/enum.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <type_traits>
#include <vector>

using namespace communique;

namespace {

const std::filesystem::path seed_file =
    std::filesystem::path(COMMUNIQUE_TEST_DATA_DIR) / "issi-pakistan-kazakhstan-2026.json";

template <class Record>
std::vector<std::string> ids_of(const std::vector<const Record*>& records)
{
    std::vector<std::string> ids;
    for (const Record* record : records) {
        ids.push_back(record->id.value());
    }
    return ids;
}

Person person(std::string id, std::optional<OrganizationId> organization)
{
    Person p;
    p.id = PersonId(id);
    p.name = id;
    if (organization) {
        Position position;
        position.title = "Fellow";
        position.organization = organization;
        p.positions.push_back(position);
    }
    return p;
}

Organization organization(std::string id, std::optional<OrganizationId> parent)
{
    Organization o;
    o.id = OrganizationId(id);
    o.name = id;
    o.parent = std::move(parent);
    return o;
}

// An institute with a centre and a centre of the centre, a parent cycle elsewhere, and
// references to records the dossier does not hold.
Dossier tangled()
{
    Dossier d;
    d.organizations = {
        organization("institute", std::nullopt),        organization("centre", OrganizationId("institute")),
        organization("unit", OrganizationId("centre")), organization("a", OrganizationId("b")),
        organization("b", OrganizationId("a")),         organization("orphan", OrganizationId("nowhere"))};
    d.people = {person("director", OrganizationId("institute")), person("fellow", OrganizationId("unit")),
                person("outsider", OrganizationId("a")), person("ghost-member", OrganizationId("nowhere")),
                person("nobody", std::nullopt)};
    Agreement mou;
    mou.id = AgreementId("mou");
    mou.title = "MoU";
    mou.kind = AgreementKind::memorandum_of_understanding;
    mou.parties = {party(OrganizationId("centre")), party(CountryCode("KZ"))};
    mou.signatories = {Signatory{.person = PersonId("director"), .on_behalf_of = {}, .date = {}}};
    mou.witnesses = {PersonId("fellow")};
    d.agreements.push_back(mou);
    Corridor corridor;
    corridor.id = CorridorId("rail");
    corridor.name = "Rail";
    corridor.agreements = {AgreementId("mou"), AgreementId("missing")};
    d.corridors.push_back(corridor);
    Event first;
    first.id = EventId("round-12");
    first.title = "12th round";
    first.kind = EventKind::dialogue;
    first.series = SeriesId("dialogue");
    first.edition = 12;
    Event second = first;
    second.id = EventId("round-3");
    second.edition = 3;
    Session session;
    Speaker part;
    part.person = PersonId("fellow");
    part.role = Role::moderator;
    session.speakers.push_back(part);
    second.sessions.push_back(session);
    Event unnumbered = first;
    unnumbered.id = EventId("round-unknown");
    unnumbered.edition.reset();
    d.events = {first, unnumbered, second};
    return d;
}

} // namespace

TEST_CASE("find answers one look-up, nullptr for an id no record has")
{
    const Dossier d = tangled();
    REQUIRE(find(d, PersonId("fellow")) != nullptr);
    CHECK(find(d, PersonId("fellow"))->name == "fellow");
    CHECK(find(d, OrganizationId("centre")) == &d.organizations[1]);
    CHECK(find(d, AgreementId("missing")) == nullptr);
    CHECK(find(d, SeriesId("dialogue")) == nullptr); // referred to, never recorded
}

TEST_CASE("DossierIndex finds what find finds")
{
    const Dossier d = tangled();
    const DossierIndex index(d);
    for (const Person& p : d.people) {
        CHECK(index.find(p.id) == find(d, p.id));
    }
    for (const Organization& o : d.organizations) {
        CHECK(index.find(o.id) == find(d, o.id));
    }
    CHECK(index.find(EventId("round-3")) == &d.events[2]);
    CHECK(index.find(CorridorId("nope")) == nullptr);
}

TEST_CASE("the people of an organisation include those of the organisations below it")
{
    const Dossier d = tangled();
    const DossierIndex index(d);
    CHECK(ids_of(index.people_of(OrganizationId("institute"))) == std::vector<std::string>{"director", "fellow"});
    CHECK(ids_of(index.people_of(OrganizationId("centre"))) == std::vector<std::string>{"fellow"});
    // A cycle of parents ends; an organisation with no record still has its people.
    CHECK(ids_of(index.people_of(OrganizationId("a"))) == std::vector<std::string>{"outsider"});
    CHECK(ids_of(index.people_of(OrganizationId("nowhere"))) == std::vector<std::string>{"ghost-member"});
    CHECK(index.organization_and_descendants(OrganizationId("nowhere")) ==
          std::vector<OrganizationId>{OrganizationId("nowhere"), OrganizationId("orphan")});
    CHECK(index.is_within(OrganizationId("unit"), OrganizationId("institute")));
    CHECK_FALSE(index.is_within(OrganizationId("institute"), OrganizationId("unit")));
}

TEST_CASE("the organisations above one, nearest first, ending at a cycle or a parent with no record")
{
    const Dossier d = tangled();
    const DossierIndex index(d);
    CHECK(index.ancestors(OrganizationId("unit")) ==
          std::vector<OrganizationId>{OrganizationId("centre"), OrganizationId("institute")});
    CHECK(index.ancestors(OrganizationId("institute")).empty());
    CHECK(index.ancestors(OrganizationId("a")) == std::vector<OrganizationId>{OrganizationId("b")});
    CHECK(index.ancestors(OrganizationId("orphan")) == std::vector<OrganizationId>{OrganizationId("nowhere")});
    CHECK(index.ancestors(OrganizationId("nowhere")).empty());
}

TEST_CASE("an id never set finds nothing, even beside a record whose id was never set")
{
    Dossier d = tangled();
    d.people.push_back(Person{});
    const DossierIndex index(d);
    CHECK(index.find(PersonId()) == nullptr);
    CHECK(find(d, PersonId()) == nullptr);
}

TEST_CASE("a person's appearances: session parts, signatures and presences at signings")
{
    const Dossier d = tangled();
    const DossierIndex index(d);
    const auto fellow = index.appearances(PersonId("fellow"));
    REQUIRE(fellow.size() == 2);
    CHECK(fellow[0].kind == AppearanceKind::session_part);
    CHECK(fellow[0].event == &d.events[2]);
    CHECK(fellow[0].session == &d.events[2].sessions[0]);
    CHECK(fellow[0].speaker->role == Role::moderator);
    CHECK(fellow[1].kind == AppearanceKind::witness);
    CHECK(fellow[1].agreement == &d.agreements[0]);
    const auto director = index.appearances(PersonId("director"));
    REQUIRE(director.size() == 1);
    CHECK(director[0].kind == AppearanceKind::signature);
    CHECK(director[0].signatory == &d.agreements[0].signatories[0]);
    CHECK(index.appearances(PersonId("nobody")).empty());
}

TEST_CASE("agreements of a party, of a corridor, and the events of a series")
{
    const Dossier d = tangled();
    const DossierIndex index(d);
    CHECK(ids_of(index.agreements_of(party(CountryCode("KZ")))) == std::vector<std::string>{"mou"});
    CHECK(ids_of(index.agreements_of(party(OrganizationId("centre")))) == std::vector<std::string>{"mou"});
    CHECK(index.agreements_of(party(CountryCode("PK"))).empty());
    // The dangling "missing" is left out.
    CHECK(ids_of(index.agreements_of(CorridorId("rail"))) == std::vector<std::string>{"mou"});
    CHECK(index.agreements_of(CorridorId("no-such-corridor")).empty());
    CHECK(ids_of(index.events_of(SeriesId("dialogue"))) ==
          std::vector<std::string>{"round-3", "round-12", "round-unknown"});
}

TEST_CASE("display_name: a record's name from its id or a party, the id when none has it")
{
    Dossier d = tangled();
    d.people[0].honorific = "Dr.";
    d.organizations[1].name = "The Centre";
    const DossierIndex index(d);
    CHECK(index.display_name(PersonId("director")) == "Dr. director");
    CHECK(index.display_name(PersonId("ghost")) == "ghost");
    CHECK(index.display_name(OrganizationId("centre")) == "The Centre");
    CHECK(index.display_name(OrganizationId("nowhere")) == "nowhere");
    CHECK(index.display_name(party(CountryCode("KZ"))) == "Kazakhstan");
    CHECK(index.display_name(party(OrganizationId("centre"))) == "The Centre");
    CHECK(index.display_name(party(OrganizationId("missing"))) == "missing");
    CHECK(index.display_name(Party{}).empty());
}

TEST_CASE("an index is built over a dossier that outlives it, never over a temporary")
{
    static_assert(std::is_constructible_v<DossierIndex, const Dossier&>);
    static_assert(!std::is_constructible_v<DossierIndex, Dossier>);
    static_assert(!std::is_constructible_v<DossierIndex, Dossier&&>);
    const Dossier empty;
    const DossierIndex index(empty);
    CHECK(index.find(PersonId("anyone")) == nullptr);
    CHECK(index.people_of(OrganizationId("issi")).empty());
    CHECK(index.organization_and_descendants(OrganizationId("issi")) ==
          std::vector<OrganizationId>{OrganizationId("issi")});
}

TEST_CASE("in the seed report, three people are affiliated with ISSI, through its centres")
{
    const Dossier d = read_file<Dossier>(seed_file);
    const DossierIndex index(d);
    const auto people = index.people_of(OrganizationId("issi"));
    CHECK(people.size() == 3);
    CHECK(ids_of(people) == std::vector<std::string>{"khalid-mahmood", "talat-shabbir", "amina-khan"});
    // The naive question, a position at ISSI itself, finds only its chairman.
    std::size_t at_issi_itself = 0;
    for (const Person& p : d.people) {
        for (const Position& position : p.positions) {
            at_issi_itself += position.organization == OrganizationId("issi") ? 1U : 0U;
        }
    }
    CHECK(at_issi_itself == 1);
    for (const Person* p : people) {
        CHECK(index.is_within(*p->positions.front().organization, OrganizationId("issi")));
    }
}

TEST_CASE("look-ups and reverse questions on the seed report, as docs/querying.md shows them")
{
    const Dossier dossier = read_file<Dossier>(seed_file);

    // One look-up: find() scans the registry, with nothing built first.
    const Person* talat = find(dossier, PersonId("talat-shabbir"));
    REQUIRE(talat != nullptr);
    CHECK(display_name(*talat) == "Dr. Talat Shabbir");
    CHECK(find(dossier, PersonId("no-such-person")) == nullptr); // absent is an answer, not an error

    // Many look-ups: an index, built once, finds each record in constant time.
    const DossierIndex index(dossier);
    const Organization* cpsc = index.find(OrganizationId("cpsc"));
    REQUIRE(cpsc != nullptr);
    CHECK(cpsc->parent == OrganizationId("issi"));
    CHECK(index.display_name(OrganizationId("cpsc")) == "China-Pakistan Study Centre");

    // Where a person appears: here, two parts in two sessions of the conference.
    for (const Appearance& appearance : index.appearances(PersonId("talat-shabbir"))) {
        CHECK(appearance.kind == AppearanceKind::session_part);
        CHECK(appearance.event->id == EventId("issi-pakistan-kazakhstan-conference-2026"));
        CHECK((appearance.speaker->role == Role::introductory_remarks || appearance.speaker->role == Role::moderator));
    }
    CHECK(index.appearances(PersonId("talat-shabbir")).size() == 2);

    // What a party signed, and what governs a corridor.
    CHECK(index.agreements_of(party(CountryCode("KZ"))).size() == 4);
    CHECK(index.agreements_of(party(OrganizationId("issi"))).size() == 1);
    CHECK(index.agreements_of(CorridorId("qtta-route")).front()->id == AgreementId("qtta"));

    // The organisations within ISSI, and whether one lies within it.
    CHECK(index.organization_and_descendants(OrganizationId("issi")) ==
          std::vector<OrganizationId>{OrganizationId("issi"), OrganizationId("cpsc"), OrganizationId("camea")});
    CHECK(index.is_within(OrganizationId("camea"), OrganizationId("issi")));
}

namespace user {
enum class Mood { calm_and_collected = 1, tense_ };
BOOST_DESCRIBE_ENUM(Mood, calm_and_collected, tense_)
} // namespace user

TEST_CASE("enum names: the JSON name, a label for people, and back")
{
    CHECK(enum_name(Role::chief_guest) == "chief_guest");
    CHECK(enum_label(Role::vote_of_thanks) == "vote of thanks");
    CHECK(enum_name(AgreementStatus::signed_) == "signed");
    CHECK(enum_label(AgreementStatus::signed_) == "signed");
    CHECK(enum_name(static_cast<Role>(0)).empty());
    CHECK(enum_from_name<AgreementStatus>("signed") == AgreementStatus::signed_);
    CHECK_FALSE(enum_from_name<AgreementStatus>("signed_").has_value());
    CHECK(enum_label(user::Mood::calm_and_collected) == "calm and collected");
    CHECK(enum_name(user::Mood::tense_) == "tense");
    static_assert(enum_name(Qualifier::more_than) == "more_than");
}

TEST_CASE("read_file says whether the file, its JSON or its content is wrong")
{
    const auto folder = std::filesystem::temp_directory_path() / "communique-test-file";
    std::filesystem::create_directories(folder);

    SECTION("a missing file")
    {
        try {
            (void)read_file<Dossier>(folder / "missing.json");
            FAIL("no error");
        } catch (const FileError& e) {
            CHECK(e.reason() == "no such file");
            CHECK(e.file() == folder / "missing.json");
        }
    }
    SECTION("a folder")
    {
        try {
            (void)read_file<Dossier>(folder);
            FAIL("no error");
        } catch (const FileError& e) {
            CHECK(e.reason() == "a folder, not a file");
        }
    }
    SECTION("not JSON: the line and column")
    {
        std::ofstream(folder / "broken.json") << "{\n  \"format_version\": \"2\",\n  oops\n}\n";
        try {
            (void)read_file<Dossier>(folder / "broken.json");
            FAIL("no error");
        } catch (const ReadError& e) {
            CHECK(e.path().empty());
            CHECK_THAT(e.message(), Catch::Contains("not valid JSON") && Catch::Contains("line 3, column 3"));
        }
    }
    SECTION("not a dossier: the JSON Pointer")
    {
        std::ofstream(folder / "wrong.json") << R"({"format_version": "2", "people": [{"id": "p", "name": 7}]})";
        try {
            (void)read_file<Dossier>(folder / "wrong.json");
            FAIL("no error");
        } catch (const ReadError& e) {
            CHECK(e.path() == "/people/0/name");
        }
    }
    SECTION("write_file then read_file gives the value back, and replaces the file")
    {
        const Dossier seed = read_file<Dossier>(seed_file);
        std::ofstream(folder / "out.json") << "old";
        write_file(folder / "out.json", seed);
        CHECK(read_file<Dossier>(folder / "out.json") == seed);
        CHECK_FALSE(std::filesystem::exists(folder / "out.json.tmp"));
    }
    SECTION("write_file into a folder that does not exist")
    {
        CHECK_THROWS_AS(write_file(folder / "no-such-folder" / "out.json", Dossier{}), FileError);
    }
    std::filesystem::remove_all(folder);
}
