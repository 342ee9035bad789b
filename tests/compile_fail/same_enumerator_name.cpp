// Two enumerators that map to one JSON name ("open"): "open" would read as the first.
#include <communique/read.hpp>

#include <boost/describe.hpp>

namespace client {
enum class State { open = 1, open_ };
BOOST_DESCRIBE_ENUM(State, open, open_)
} // namespace client

int main()
{
    return static_cast<int>(communique::write(client::State::open_).size());
}
