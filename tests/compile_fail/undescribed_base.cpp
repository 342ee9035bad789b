// A base class left out of BOOST_DESCRIBE_STRUCT: its members would be left out of the JSON.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <string>

namespace client {
struct Record {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(Record, (), (id))

struct Note : Record {
    std::string title;
};
BOOST_DESCRIBE_STRUCT(Note, (), (title))
} // namespace client

int main()
{
    return static_cast<int>(communique::write(client::Note{}).size());
}
