// Reading and writing the benchmark corpus (corpus.hpp, a dossier of about 10 MB) with
// communique and with the other ways a C++ program gets the same values from the same JSON
// text. Every contestant reports the corpus's size per second (SetBytesProcessed with the
// size of its canonical text, whatever the contestant writes), so that within one run two
// figures compare as the inverse of their times. docs/performance.md says what each
// contestant does; bench/run.sh runs this with the other measures.
//
// Before timing anything, main checks that every route gets the corpus right: communique
// and nlohmann read back the dossier that was written, and the Boost.JSON mirror reads the
// text and writes back the same JSON value. communique's compact text (WriteOptions with
// indent false) holds the same JSON value as its indented text.
#include "corpus.hpp"
#include "mirror.hpp"

#include <communique/communique.hpp>

#include <benchmark/benchmark.h>
#include <boost/describe/members.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>

namespace {

// The mirror has every member of the model (the check at start-up only sees the members
// that the corpus uses).
template <class Mirror, class Model>
constexpr bool same_members =
    boost::mp11::mp_size<boost::describe::describe_members<Mirror, boost::describe::mod_public>>::value ==
    boost::mp11::mp_size<boost::describe::describe_members<Model, boost::describe::mod_public>>::value;

static_assert(same_members<mirror::Dossier, communique::Dossier>);
static_assert(same_members<mirror::Source, communique::Source>);
static_assert(same_members<mirror::Organization, communique::Organization>);
static_assert(same_members<mirror::Membership, communique::Membership>);
static_assert(same_members<mirror::Person, communique::Person>);
static_assert(same_members<mirror::Position, communique::Position>);
static_assert(same_members<mirror::Series, communique::Series>);
static_assert(same_members<mirror::Event, communique::Event>);
static_assert(same_members<mirror::EventLink, communique::EventLink>);
static_assert(same_members<mirror::Organizer, communique::Organizer>);
static_assert(same_members<mirror::Session, communique::Session>);
static_assert(same_members<mirror::Speaker, communique::Speaker>);
static_assert(same_members<mirror::Remarks, communique::Remarks>);
static_assert(same_members<mirror::Agreement, communique::Agreement>);
static_assert(same_members<mirror::Signatory, communique::Signatory>);
static_assert(same_members<mirror::Ratification, communique::Ratification>);
static_assert(same_members<mirror::AgreementLink, communique::AgreementLink>);
static_assert(same_members<mirror::Corridor, communique::Corridor>);
static_assert(same_members<mirror::Waypoint, communique::Waypoint>);
static_assert(same_members<mirror::Milestone, communique::Milestone>);
static_assert(same_members<mirror::Figure, communique::Figure>);
static_assert(same_members<mirror::Amount, communique::Amount>);
static_assert(same_members<mirror::Quantity, communique::Quantity>);
static_assert(same_members<mirror::Place, communique::Place>);
static_assert(same_members<mirror::Party, communique::Party>);
static_assert(same_members<mirror::ExternalId, communique::ExternalId>);

constexpr std::size_t corpus_bytes = 10'000'000;

struct Corpus {
    communique::Dossier dossier;
    std::string text; // as communique::write gives it
    simdjson::padded_string padded_text;
    mirror::Dossier mirror;
};

void require(bool condition, const char* what)
{
    if (!condition) {
        throw std::runtime_error(std::string("the benchmark's check failed: ") + what);
    }
}

Corpus make_checked_corpus()
{
    Corpus corpus;
    corpus.dossier = bench::make_corpus(corpus_bytes);
    corpus.text = communique::write(corpus.dossier);
    corpus.padded_text = simdjson::padded_string(corpus.text);

    require(communique::read<communique::Dossier>(corpus.text) == corpus.dossier, "communique reads the corpus back");
    require(nlohmann::json::parse(corpus.text).get<communique::Dossier>() == corpus.dossier,
            "nlohmann's get<Dossier>() reads the corpus back");

    const boost::json::value json = boost::json::parse(corpus.text);
    require(boost::json::parse(communique::write(corpus.dossier, {.indent = false})) == json,
            "communique's compact text holds the same JSON value");
    corpus.mirror = boost::json::value_to<mirror::Dossier>(json);
    require(boost::json::parse(boost::json::serialize(boost::json::value_from(corpus.mirror))) == json,
            "the Boost.JSON mirror reads the corpus and writes the same JSON value back");

    simdjson::dom::parser parser;
    require(parser.parse(corpus.padded_text).error() == simdjson::SUCCESS, "simdjson parses the corpus");
    return corpus;
}

const Corpus& corpus()
{
    static const Corpus instance = make_checked_corpus();
    return instance;
}

void set_bytes_processed(benchmark::State& state)
{
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(corpus().text.size()));
}

// ---- reading: from the text to a typed value (or, for the parsers, a JSON document) ----

void read_communique(benchmark::State& state)
{
    for (auto _ : state) {
        communique::Dossier dossier = communique::read<communique::Dossier>(corpus().text);
        benchmark::DoNotOptimize(dossier);
    }
    set_bytes_processed(state);
}

void read_nlohmann(benchmark::State& state)
{
    for (auto _ : state) {
        communique::Dossier dossier = nlohmann::json::parse(corpus().text).get<communique::Dossier>();
        benchmark::DoNotOptimize(dossier);
    }
    set_bytes_processed(state);
}

void read_boost_json_mirror(benchmark::State& state)
{
    for (auto _ : state) {
        mirror::Dossier dossier = boost::json::value_to<mirror::Dossier>(boost::json::parse(corpus().text));
        benchmark::DoNotOptimize(dossier);
    }
    set_bytes_processed(state);
}

void parse_nlohmann(benchmark::State& state)
{
    for (auto _ : state) {
        nlohmann::json json = nlohmann::json::parse(corpus().text);
        benchmark::DoNotOptimize(json);
    }
    set_bytes_processed(state);
}

void parse_boost_json(benchmark::State& state)
{
    for (auto _ : state) {
        boost::json::value json = boost::json::parse(corpus().text);
        benchmark::DoNotOptimize(json);
    }
    set_bytes_processed(state);
}

// simdjson's parser keeps its buffers from one document to the next, as it is meant to be
// used; the text is padded once, beforehand.
void parse_simdjson_dom(benchmark::State& state)
{
    simdjson::dom::parser parser;
    for (auto _ : state) {
        simdjson::dom::element document;
        if (parser.parse(corpus().padded_text).get(document) != simdjson::SUCCESS) {
            state.SkipWithError("simdjson failed to parse the corpus");
            break;
        }
        benchmark::DoNotOptimize(document);
    }
    set_bytes_processed(state);
}

// ---- writing: from the typed value to the text ----

void write_communique(benchmark::State& state)
{
    for (auto _ : state) {
        std::string text = communique::write(corpus().dossier);
        benchmark::DoNotOptimize(text);
    }
    set_bytes_processed(state);
}

// The same document on one line, without whitespace, as Boost.JSON's serialize writes it.
void write_communique_compact(benchmark::State& state)
{
    for (auto _ : state) {
        std::string text = communique::write(corpus().dossier, {.indent = false});
        benchmark::DoNotOptimize(text);
    }
    set_bytes_processed(state);
}

void write_nlohmann(benchmark::State& state)
{
    for (auto _ : state) {
        const nlohmann::ordered_json json = corpus().dossier;
        std::string text = json.dump(2);
        benchmark::DoNotOptimize(text);
    }
    set_bytes_processed(state);
}

void write_boost_json_mirror(benchmark::State& state)
{
    for (auto _ : state) {
        std::string text = boost::json::serialize(boost::json::value_from(corpus().mirror));
        benchmark::DoNotOptimize(text);
    }
    set_bytes_processed(state);
}

} // namespace

BENCHMARK(read_communique)->Name("read/communique")->Unit(benchmark::kMillisecond);
BENCHMARK(read_nlohmann)->Name("read/nlohmann")->Unit(benchmark::kMillisecond);
BENCHMARK(read_boost_json_mirror)->Name("read/boost_json_mirror")->Unit(benchmark::kMillisecond);
BENCHMARK(parse_nlohmann)->Name("parse/nlohmann")->Unit(benchmark::kMillisecond);
BENCHMARK(parse_boost_json)->Name("parse/boost_json")->Unit(benchmark::kMillisecond);
BENCHMARK(parse_simdjson_dom)->Name("parse/simdjson_dom")->Unit(benchmark::kMillisecond);
BENCHMARK(write_communique)->Name("write/communique")->Unit(benchmark::kMillisecond);
BENCHMARK(write_communique_compact)->Name("write/communique_compact")->Unit(benchmark::kMillisecond);
BENCHMARK(write_nlohmann)->Name("write/nlohmann")->Unit(benchmark::kMillisecond);
BENCHMARK(write_boost_json_mirror)->Name("write/boost_json_mirror")->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return EXIT_FAILURE;
    }
    try {
        // Built and checked before any timing starts.
        const Corpus& built = corpus();
        benchmark::AddCustomContext("corpus_bytes", std::to_string(built.text.size()));
        benchmark::AddCustomContext("corpus_events", std::to_string(built.dossier.events.size()));
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return EXIT_FAILURE;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return EXIT_SUCCESS;
}
