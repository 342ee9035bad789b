// The exceptions communique throws. Every one derives from communique::error, so a caller
// can catch the whole family at once; read_error also says where in the document it arose.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace communique {

class error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A value that its type does not admit: "2026-02-30" as a Date, "XX" as a CountryCode.
class invalid_value : public error {
public:
    using error::error;
};

// A JSON document that does not hold a value of the requested type. path() is an
// RFC 6901 JSON Pointer to the offending value ("" is the whole document), message()
// says what was expected and what was found, and what() combines the two.
class read_error : public error {
public:
    read_error(std::string path, std::string message)
        : error(describe(path, message)), path_(std::move(path)), message_(std::move(message))
    {
    }

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] const std::string& message() const noexcept { return message_; }

private:
    static std::string describe(const std::string& path, const std::string& message)
    {
        return (path.empty() ? std::string("at the document root") : "at " + path) + ": " + message;
    }

    std::string path_;
    std::string message_;
};

// A value that cannot be written as JSON, such as a string that is not valid UTF-8.
class write_error : public error {
public:
    using error::error;
};

} // namespace communique
