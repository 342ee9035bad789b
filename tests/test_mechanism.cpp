// The generic mechanism's promises to a user's own types: it leaves alone what did not ask
// for it, names members as the type says, drops nothing, and reads without throwing on
// request. What it refuses at compile time is tested by tests/compile_fail/.
#include <communique/communique.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeindex>
#include <typeinfo>
#include <variant>
#include <vector>

namespace paint {

// A type with a string form and a JSON form of its own, which is not communique's business.
class Color {
public:
    explicit Color(std::string name) : name_(std::move(name)) {}
    static Color from_string(std::string_view text) { return Color(std::string(text)); }
    [[nodiscard]] std::string to_string() const { return name_; }
    bool operator==(const Color&) const = default;

private:
    std::string name_;
};

void to_json(nlohmann::json& json, const Color& color)
{
    json = nlohmann::json{{"color", color.to_string()}};
}

void from_json(const nlohmann::json& json, Color& color)
{
    color = Color(json.at("color").get<std::string>());
}

// A type with a string form that opts in: communique writes it as its string.
class Shade {
public:
    explicit Shade(std::string_view name) : name_(name)
    {
        if (name_.empty()) {
            throw communique::InvalidValue("a shade has a name");
        }
    }
    static Shade from_string(std::string_view text) { return Shade(text); }
    [[nodiscard]] std::string to_string() const { return name_; }
    bool operator==(const Shade&) const = default;

private:
    std::string name_;
};

struct Swatch {
    std::optional<Shade> shade;
    std::vector<Shade> mixes;
    bool operator==(const Swatch&) const = default;
};
BOOST_DESCRIBE_STRUCT(Swatch, (), (shade, mixes))

using communique::from_json;
using communique::to_json;

} // namespace paint

template <>
inline constexpr bool communique::json_string_form<paint::Shade> = true;

namespace naming {

// Names as declared: both members keep their names.
struct Pair {
    std::string a;
    std::string a_;
    bool operator==(const Pair&) const = default;
};
BOOST_DESCRIBE_STRUCT(Pair, (), (a, a_))

// One member renamed, the others named by the default rule.
struct Entry {
    std::string kind;
    std::string default_;
    std::uint32_t size = 0;
    bool operator==(const Entry&) const = default;
};
BOOST_DESCRIBE_STRUCT(Entry, (), (kind, default_, size))

enum class Switch { on_ = 1, off_ };
BOOST_DESCRIBE_ENUM(Switch, on_, off_)

struct Panel {
    Switch power{};
    bool operator==(const Panel&) const = default;
};
BOOST_DESCRIBE_STRUCT(Panel, (), (power))

using communique::from_json;
using communique::to_json;

} // namespace naming

template <>
struct communique::JsonNaming<naming::Pair> : communique::NamesAsDeclared {
};

template <>
struct communique::JsonNaming<naming::Entry> {
    static constexpr std::string_view json_name(std::string_view cpp_name)
    {
        return cpp_name == "kind" ? "type" : communique::DropTrailingUnderscore::json_name(cpp_name);
    }
};

template <>
struct communique::JsonNaming<naming::Switch> : communique::NamesAsDeclared {
};

namespace defaults {

// Members with a default of their own: left out of the JSON, they read back empty, as written.
struct Settings {
    std::vector<std::int32_t> levels{1, 2};
    std::optional<std::string> label = "default";
    std::optional<std::vector<std::int32_t>> extra = std::vector<std::int32_t>{7};
    std::int32_t count = 0;
    bool operator==(const Settings&) const = default;
};
BOOST_DESCRIBE_STRUCT(Settings, (), (levels, label, extra, count))

struct Numbers {
    std::uint64_t big = 0;
    std::int64_t small = 0;
    std::int8_t tiny = 0;
    std::vector<bool> flags;
    std::string text;
    bool operator==(const Numbers&) const = default;
};
BOOST_DESCRIBE_STRUCT(Numbers, (), (big, small, tiny, flags, text))

using communique::from_json;
using communique::to_json;

} // namespace defaults

namespace completeness {

struct Complete {
    std::int32_t a = 0;
    std::string b;
};
BOOST_DESCRIBE_STRUCT(Complete, (), (a, b))
static_assert(communique::describes_every_member<Complete>, "Complete has a member that is not described");

struct Incomplete {
    std::int32_t a = 0;
    std::string b;
};
BOOST_DESCRIBE_STRUCT(Incomplete, (), (a))

struct Base {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(Base, (), (id))

struct Derived : Base {
    std::string title;
};
BOOST_DESCRIBE_STRUCT(Derived, (Base), (title))

struct BaseNotNamed : Base {
    std::string title;
};
BOOST_DESCRIBE_STRUCT(BaseNotNamed, (), (title))

struct IncompleteBase {
    std::string id;
    std::string lost;
};
BOOST_DESCRIBE_STRUCT(IncompleteBase, (), (id))

struct DerivedFromIncomplete : IncompleteBase {
    std::string title;
};
BOOST_DESCRIBE_STRUCT(DerivedFromIncomplete, (IncompleteBase), (title))

struct NotDescribed {
    std::string a;
};

// Not an aggregate: its constructor hides what it holds from Boost.PFR.
struct Constructed {
    Constructed() = default;
    std::string a;
    std::string hidden;
};
BOOST_DESCRIBE_STRUCT(Constructed, (), (a))

} // namespace completeness

using communique::read;
using communique::ReadError;
using communique::try_read;
using communique::write;

namespace {

template <class T>
T read_dom(const std::string& text)
{
    return nlohmann::json::parse(text).get<T>();
}

// Checks at compile time that T and every struct it holds describe every member; `seen`
// collects the structs.
template <class T>
void visit_described_structs(std::set<std::type_index>& seen)
{
    namespace cd = communique::detail;
    if constexpr (cd::is_optional<T> || cd::is_vector<T>) {
        visit_described_structs<typename T::value_type>(seen);
    } else if constexpr (cd::described_struct<T>) {
        static_assert(communique::describes_every_member<T>);
        if (seen.insert(typeid(T)).second) {
            boost::mp11::mp_for_each<cd::public_members<T>>(
                [&](auto member) { visit_described_structs<cd::member_type<T, decltype(member)>>(seen); });
        }
    }
}

} // namespace

// ---- hooks apply only to who asked ----

TEST_CASE("a user's type with a string form and its own to_json keeps converting its own way")
{
    // Color has no default constructor: communique once took it over for that reason.
    STATIC_REQUIRE_FALSE(std::is_default_constructible_v<paint::Color>);
    const nlohmann::json json = paint::Color("red");
    CHECK(json == nlohmann::json::parse(R"({"color": "red"})"));
    paint::Color color("none");
    nlohmann::json::parse(R"({"color": "green"})").get_to(color);
    CHECK(color == paint::Color("green"));
    const nlohmann::json array = std::vector<paint::Color>{paint::Color("blue")};
    CHECK(array == nlohmann::json::parse(R"([{"color": "blue"}])"));
}

TEST_CASE("a user's type that opts in with json_string_form is written as its string")
{
    const paint::Swatch swatch{.shade = paint::Shade("teal"), .mixes = {paint::Shade("blue"), paint::Shade("green")}};
    const std::string text = write(swatch);
    CHECK(text == "{\n  \"shade\": \"teal\",\n  \"mixes\": [\n    \"blue\",\n    \"green\"\n  ]\n}\n");
    CHECK(read<paint::Swatch>(text) == swatch);
    CHECK(read_dom<paint::Swatch>(text) == swatch);
    // Without a default constructor, nlohmann's get<Shade>() goes through communique too.
    CHECK(nlohmann::json("teal").get<paint::Shade>() == paint::Shade("teal"));
    CHECK(nlohmann::json(paint::Shade("teal")) == "teal");
    try {
        (void)read<paint::Swatch>(R"({"mixes": ["blue", ""]})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.path() == "/mixes/1");
        CHECK(e.message() == "a shade has a name");
    }
}

// ---- naming ----

TEST_CASE("the library's names lose a trailing underscore, as JsonNaming's default says")
{
    CHECK(write(communique::AgreementStatus::signed_) == "\"signed\"\n");
    CHECK(read<communique::AgreementStatus>("\"signed\"") == communique::AgreementStatus::signed_);
    CHECK_THROWS_AS(read<communique::AgreementStatus>("\"signed_\""), ReadError);
    CHECK(communique::detail::json_name<communique::AgreementStatus>("signed_") == "signed");
}

TEST_CASE("a type that names its members as declared may have both a and a_")
{
    const naming::Pair pair{.a = "one", .a_ = "two"};
    const std::string text = write(pair);
    CHECK(text == "{\n  \"a\": \"one\",\n  \"a_\": \"two\"\n}\n");
    CHECK(read<naming::Pair>(text) == pair);
    CHECK(read_dom<naming::Pair>(text) == pair);
}

TEST_CASE("JsonNaming renames one member and keeps the default rule for the others")
{
    const naming::Entry entry{.kind = "k", .default_ = "d", .size = 3};
    const std::string text = write(entry);
    CHECK(text == "{\n  \"type\": \"k\",\n  \"default\": \"d\",\n  \"size\": 3\n}\n");
    CHECK(read<naming::Entry>(text) == entry);
    try {
        (void)read<naming::Entry>(R"({"kind": "k", "default": "d", "size": 3})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.path() == "/kind");
        CHECK(e.message() == "unknown member \"kind\": expected one of: type, default, size");
    }
    try {
        (void)read<naming::Entry>(R"({"default": "d", "size": 3})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.path() == "/type");
    }
}

TEST_CASE("JsonNaming applies to an enum's enumerators too")
{
    const naming::Panel panel{.power = naming::Switch::off_};
    CHECK(write(panel) == "{\n  \"power\": \"off_\"\n}\n");
    CHECK(read<naming::Panel>(write(panel)) == panel);
    try {
        (void)read<naming::Panel>(R"({"power": "off"})");
        FAIL("no exception");
    } catch (const ReadError& e) {
        CHECK(e.message() == "invalid value \"off\": expected one of: on_, off_");
    }
}

// ---- every member described ----

TEST_CASE("describes_every_member sees a member or a base left out of BOOST_DESCRIBE_STRUCT")
{
    STATIC_REQUIRE(communique::describes_every_member<completeness::Complete>);
    STATIC_REQUIRE_FALSE(communique::describes_every_member<completeness::Incomplete>);
    STATIC_REQUIRE(communique::describes_every_member<completeness::Derived>);
    STATIC_REQUIRE_FALSE(communique::describes_every_member<completeness::BaseNotNamed>);
    STATIC_REQUIRE_FALSE(communique::describes_every_member<completeness::DerivedFromIncomplete>);
    // What it cannot see, it does not claim to have seen wrong.
    STATIC_REQUIRE(communique::describes_every_member<completeness::Constructed>);
    STATIC_REQUIRE_FALSE(communique::describes_every_member<completeness::NotDescribed>);
}

TEST_CASE("every struct of the library, all that a Dossier holds, describes every member")
{
    std::set<std::type_index> seen;
    visit_described_structs<communique::Dossier>(seen);
    CHECK(seen.size() >= 20);
}

// ---- what is left out reads back as empty ----

TEST_CASE("a member left out reads as empty, not as the default its declaration gives")
{
    defaults::Settings settings;
    settings.levels.clear();
    settings.label.reset();
    settings.extra.reset();
    const std::string text = write(settings);
    CHECK(text == "{\n  \"count\": 0\n}\n");
    CHECK(read<defaults::Settings>(text) == settings);
    CHECK(read_dom<defaults::Settings>(text) == settings);
}

TEST_CASE("an array replaces a vector's default content instead of adding to it")
{
    const std::string text = R"({"levels": [5], "extra": [], "count": 1})";
    const defaults::Settings expected{
        .levels = {5}, .label = std::nullopt, .extra = std::vector<std::int32_t>{}, .count = 1};
    CHECK(read<defaults::Settings>(text) == expected);
    CHECK(read_dom<defaults::Settings>(text) == expected);
    // And a whole document of a vector.
    CHECK(read<std::vector<std::int32_t>>("[3]") == std::vector<std::int32_t>{3});
}

// ---- numbers, booleans and text at their limits ----

TEST_CASE("integers at the ends of their ranges, and arrays of booleans, read back as written")
{
    const defaults::Numbers numbers{.big = std::numeric_limits<std::uint64_t>::max(),
                                    .small = std::numeric_limits<std::int64_t>::min(),
                                    .tiny = -128,
                                    .flags = {true, false, true},
                                    .text = "\xC3\xA9t\xC3\xA9 \xF0\x9F\x8C\x8D"};
    const std::string text = write(numbers);
    CHECK(text.find("18446744073709551615") != std::string::npos);
    CHECK(text.find("-9223372036854775808") != std::string::npos);
    CHECK(read<defaults::Numbers>(text) == numbers);
    CHECK(read_dom<defaults::Numbers>(text) == numbers);
}

TEST_CASE("an integer beyond every integer type is refused, not rounded")
{
    for (const char* big : {"18446744073709551616", "-9223372036854775809", "100000000000000000000000"}) {
        CAPTURE(big);
        const auto result =
            try_read<defaults::Numbers>(std::string(R"({"small": 0, "tiny": 0, "text": "", "big": )") + big + "}");
        REQUIRE_FALSE(result);
        CHECK(result.error().path() == "/big");
    }
}

TEST_CASE("a string that is not UTF-8 is refused on writing, at its own path")
{
    defaults::Numbers numbers;
    numbers.text = "ok \xFF";
    try {
        (void)write(numbers);
        FAIL("no exception");
    } catch (const communique::WriteError& e) {
        CHECK(e.path() == "/text");
        CHECK(e.message() == "cannot write a string that is not valid UTF-8: byte 4 begins no UTF-8 character");
    }
    CHECK_THROWS_AS(nlohmann::json(numbers), communique::WriteError);
}

TEST_CASE("write accepts exactly the strings that are UTF-8, as nlohmann does")
{
    const std::vector<std::string> samples = {
        "",
        "plain",
        std::string("nul \0 inside", 12),
        "\xC2\x80",         // U+0080, the first two-byte character
        "\xDF\xBF",         // U+07FF
        "\xE0\xA0\x80",     // U+0800
        "\xED\x9F\xBF",     // U+D7FF, before the surrogates
        "\xEE\x80\x80",     // U+E000, after them
        "\xEF\xBF\xBF",     // U+FFFF
        "\xF0\x90\x80\x80", // U+10000
        "\xF4\x8F\xBF\xBF", // U+10FFFF, the last
        "\x80",             // a lone continuation byte
        "\xC0\xAF",         // overlong '/'
        "\xC1\xBF",         // overlong
        "\xE0\x9F\xBF",     // overlong three bytes
        "\xED\xA0\x80",     // a surrogate
        "\xF0\x8F\xBF\xBF", // overlong four bytes
        "\xF4\x90\x80\x80", // above U+10FFFF
        "\xF5\x80\x80\x80", // never a lead byte
        "\xC3",             // cut short
        "\xE2\x82",         // cut short
        "\xE2\x28\xA1",     // a bad second byte
        "\xE2\x82\x28",     // a bad third byte
        "\xFF",
    };
    for (const std::string& sample : samples) {
        CAPTURE(sample);
        bool nlohmann_accepts = true;
        try {
            (void)nlohmann::json(sample).dump();
        } catch (const nlohmann::json::type_error&) {
            nlohmann_accepts = false;
        }
        bool communique_accepts = true;
        try {
            (void)write(sample);
        } catch (const communique::WriteError&) {
            communique_accepts = false;
        }
        CHECK(communique_accepts == nlohmann_accepts);
    }
}

// ---- try_read ----

TEST_CASE("try_read gives the value that read gives")
{
    const auto result = try_read<naming::Entry>(R"({"type": "k", "default": "d", "size": 3})");
    REQUIRE(result.has_value());
    REQUIRE(result);
    CHECK(result.value() == naming::Entry{.kind = "k", .default_ = "d", .size = 3});
    CHECK_THROWS_AS(result.error(), std::bad_variant_access);

    // A type without a default value, and a value moved out.
    auto code = try_read<communique::CountryCode>("\"PK\"");
    REQUIRE(code);
    const communique::CountryCode pk = std::move(code).value();
    CHECK(pk == communique::CountryCode("PK"));
}

TEST_CASE("try_read returns, without throwing, the ReadError that read throws")
{
    const std::vector<std::string> documents = {
        R"({"type": "k", "default": "d", "size": -1})", // out of range
        R"({"type": "k", "default": "d"})",             // missing member
        R"({"type": "k", "default": "d", "size": 3, "extra": 1})",
        R"({"type": "k", "type": "k", "default": "d", "size": 3})", // duplicate key
        R"({"type": "k", "default": "d", "size": 3)",               // not JSON
        R"({"type": "k", "default": "d", "size": 3} x)",
        std::string(R"({"type": "k", "default": "d", "size": 3})") + '\0',
        R"([[[[[[]]]]]])",
        "",
    };
    for (const std::string& text : documents) {
        CAPTURE(text);
        std::optional<communique::ReadResult<naming::Entry>> result;
        CHECK_NOTHROW(result.emplace(try_read<naming::Entry>(text, {.max_depth = 4})));
        REQUIRE(result);
        REQUIRE_FALSE(result->has_value());
        try {
            (void)read<naming::Entry>(text, {.max_depth = 4});
            FAIL("no exception");
        } catch (const ReadError& e) {
            CHECK(result->error().path() == e.path());
            CHECK(result->error().message() == e.message());
            CHECK(std::string(result->error().what()) == e.what());
        }
        CHECK_THROWS_AS(result->value(), ReadError);
    }
}

TEST_CASE("try_read in a loop: the good documents read, the bad ones say where and why")
{
    const std::vector<std::string> texts = {R"({"type": "a", "default": "", "size": 1})",
                                            R"({"type": "b", "default": "", "size": "2"})"};
    std::vector<naming::Entry> entries;
    std::vector<std::string> problems;
    for (const std::string& text : texts) {
        auto result = communique::try_read<naming::Entry>(text);
        if (result) {
            entries.push_back(std::move(result).value());
        } else {
            problems.push_back(result.error().path() + ": " + result.error().message());
        }
    }
    CHECK(entries.size() == 1);
    CHECK(problems == std::vector<std::string>{"/size: expected an integer, found a string"});
}

TEST_CASE("try_read reports an invalid vocabulary value at its path")
{
    const auto result = try_read<std::vector<communique::CountryCode>>(R"(["PK", "XX"])");
    REQUIRE_FALSE(result);
    CHECK(result.error().path() == "/1");
    CHECK(result.error().message().starts_with("invalid country code \"XX\""));
}
