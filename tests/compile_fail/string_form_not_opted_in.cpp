// A user's type with from_string and to_string is not converted through them unless it
// opts in with communique::json_string_form.
#include <communique/read.hpp>

#include <boost/describe.hpp>

#include <string>
#include <string_view>

namespace client {
class Color {
public:
    static Color from_string(std::string_view text) { return Color{std::string(text)}; }
    [[nodiscard]] std::string to_string() const { return name; }
    std::string name;
};

struct Swatch {
    Color color;
};
BOOST_DESCRIBE_STRUCT(Swatch, (), (color))
} // namespace client

int main()
{
    return static_cast<int>(communique::write(client::Swatch{}).size());
}
