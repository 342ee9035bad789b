// SPDX-License-Identifier: BSL-1.0
// Where the facts come from: a news report, a press release, an official statement.
#pragma once

#include <communique/date.hpp>
#include <communique/id.hpp>
#include <communique/place.hpp>

#include <boost/describe/class.hpp>
#include <boost/describe/enum.hpp>

#include <optional>
#include <string>
#include <vector>

namespace communique {

enum class SourceKind {
    news_report = 1,
    press_release,
    official_statement,
    transcript,
    interview,
    post, // on a social network
    report,
    web_page,
    other,
};
BOOST_DESCRIBE_ENUM(SourceKind, news_report, press_release, official_statement, transcript, interview, post, report,
                    web_page, other)

// How it reached the public. A minister's post: kind post, channel social_network; an
// answer at a press briefing: kind transcript or news_report, channel press_conference.
enum class Channel { print = 1, website, news_wire, television, radio, social_network, press_conference, video };
BOOST_DESCRIBE_ENUM(Channel, print, website, news_wire, television, radio, social_network, press_conference, video)

struct Source {
    SourceId id{};
    SourceKind kind{};
    std::optional<Channel> channel{};
    std::optional<OrganizationId> publisher{};
    std::vector<PersonId> authors{}; // people: the minister who posted, the reporters
    std::optional<std::string> headline{};
    std::optional<std::string> section{};  // "National"
    std::optional<std::string> dateline{}; // as printed: "ISLAMABAD, Feb 12 (APP)"
    std::optional<Place> dateline_place{};
    std::optional<Date> published{};
    std::optional<std::string> url{};
    std::optional<std::string> language{}; // BCP 47: "en"
    std::vector<SourceId> cites{};         // the press release a report is based on

    bool operator==(const Source&) const = default;
};
BOOST_DESCRIBE_STRUCT(Source, (),
                      (id, kind, channel, publisher, authors, headline, section, dateline, dateline_place, published,
                       url, language, cites))

} // namespace communique
