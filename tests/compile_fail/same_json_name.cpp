// Two members that map to one JSON name ("a"): the object could not be read back.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <string>

namespace client {
struct Pair {
    std::string a;
    std::string a_;
};
BOOST_DESCRIBE_STRUCT(Pair, (), (a, a_))
} // namespace client

int main()
{
    return static_cast<int>(communique::write(client::Pair{}).size());
}
