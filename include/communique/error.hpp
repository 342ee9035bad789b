// SPDX-License-Identifier: BSL-1.0
// The exceptions communique throws. Every one derives from communique::Error, so a caller
// can catch the whole family at once; ReadError also says where in the document it arose.
#pragma once

#include <communique/detail/json_path.hpp>

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace communique {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A value that its type does not admit: "2026-02-30" as a Date, "XX" as a CountryCode.
class InvalidValue : public Error {
public:
    using Error::Error;
};

// A JSON document that does not hold a value of the requested type. path() is an
// RFC 6901 JSON Pointer to the offending value ("" is the whole document), message()
// says what was expected and what was found, and what() combines the two.
class ReadError : public Error {
public:
    ReadError(std::string path, std::string message)
        : Error(describe(path, message)), path_(std::move(path)), message_(std::move(message))
    {
    }

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] const std::string& message() const noexcept { return message_; }

    static std::string describe(const std::string& path, const std::string& message)
    {
        return (path.empty() ? std::string("at the document root") : "at " + path) + ": " + message;
    }

private:
    std::string path_;
    std::string message_;
};

// A value that cannot be written as JSON: a member that was never set (an empty id, a
// default Date or Decimal, an enum member left at 0), an enum value that is no enumerator, a
// string that is not valid UTF-8. path() is the JSON Pointer the value would have had.
class WriteError : public Error {
public:
    WriteError(std::string path, std::string message)
        : Error(ReadError::describe(path, message)), path_(std::move(path)), message_(std::move(message))
    {
    }

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] const std::string& message() const noexcept { return message_; }

    // The same error seen from the object or array that holds the value, `token` being the
    // value's key or index there.
    [[nodiscard]] WriteError within(std::string_view token) const
    {
        std::string path;
        detail::append_pointer_token(path, token);
        return WriteError(path + path_, message_);
    }

private:
    std::string path_;
    std::string message_;
};

} // namespace communique
