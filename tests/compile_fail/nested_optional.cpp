// An optional holding an empty optional would be written as null.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <optional>

namespace client {
struct Maybe {
    std::optional<std::optional<int>> value;
};
BOOST_DESCRIBE_STRUCT(Maybe, (), (value))
} // namespace client

int main()
{
    return communique::read<client::Maybe>("{}").value.has_value() ? 1 : 0;
}
