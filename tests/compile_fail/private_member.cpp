// A private described member: the mechanism converts public members only.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <string>

namespace client {
class Note {
public:
    std::string title;

private:
    std::string secret;
    BOOST_DESCRIBE_CLASS(Note, (), (title), (), (secret))
};
} // namespace client

int main()
{
    return static_cast<int>(communique::write(client::Note{}).size());
}
