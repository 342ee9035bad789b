// A whole document that is an empty optional would be null.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <optional>

int main()
{
    return static_cast<int>(communique::write(std::optional<int>()).size());
}
