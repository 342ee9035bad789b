// An enum that is not described has no names to write.
#include <communique/read.hpp>

#include <boost/describe.hpp>

namespace client {
enum class Mood { calm = 1, tense };

struct Reading {
    Mood mood{};
};
BOOST_DESCRIBE_STRUCT(Reading, (), (mood))
} // namespace client

int main()
{
    return static_cast<int>(communique::write(client::Reading{}).size());
}
