// A double does not hold every decimal number exactly.
#include <communique/read.hpp>

#include <boost/describe.hpp>

namespace client {
struct Price {
    double amount = 0;
};
BOOST_DESCRIBE_STRUCT(Price, (), (amount))
} // namespace client

int main()
{
    return static_cast<int>(communique::read<client::Price>(R"({"amount": 1})").amount);
}
