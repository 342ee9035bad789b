// A data member left out of BOOST_DESCRIBE_STRUCT would be left out of the JSON.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <string>

namespace client {
struct Note {
    std::string title;
    std::string body; // forgotten below
};
BOOST_DESCRIBE_STRUCT(Note, (), (title))
} // namespace client

int main()
{
    return static_cast<int>(communique::read<client::Note>(R"({"title": "t"})").title.size());
}
