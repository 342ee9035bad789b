// An empty optional in an array would be written as null, which no reader accepts.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <optional>
#include <vector>

namespace client {
struct Scores {
    std::vector<std::optional<int>> scores;
};
BOOST_DESCRIBE_STRUCT(Scores, (), (scores))
} // namespace client

int main()
{
    return static_cast<int>(communique::write(client::Scores{}).size());
}
