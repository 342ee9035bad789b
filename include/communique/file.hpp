// SPDX-License-Identifier: BSL-1.0
// Reading and writing files: communique::read_file<T>(path) and communique::write_file(path,
// value), with errors that say which of the two went wrong. A file that cannot be opened or
// read throws FileError; a file whose text is not JSON, or not a T, throws ReadError from
// read(), whose message gives the line and column or the JSON Pointer.
#pragma once

#include <communique/error.hpp>
#include <communique/read.hpp>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <utility>

namespace communique {

// A file that could not be read or written. file() is its path, reason() what happened:
// "no such file", "a folder, not a file", or the system's reason.
class FileError : public Error {
public:
    FileError(std::filesystem::path file, std::string reason)
        : Error("cannot use " + file.string() + ": " + reason), file_(std::move(file)), reason_(std::move(reason))
    {
    }

    [[nodiscard]] const std::filesystem::path& file() const noexcept { return file_; }
    [[nodiscard]] const std::string& reason() const noexcept { return reason_; }

private:
    std::filesystem::path file_;
    std::string reason_;
};

namespace detail {

inline std::string system_reason(int error_number)
{
    return std::generic_category().message(error_number);
}

} // namespace detail

// The whole text of a file.
inline std::string read_text_file(const std::filesystem::path& file)
{
    std::error_code status_error;
    const auto status = std::filesystem::status(file, status_error);
    if (status.type() == std::filesystem::file_type::not_found) {
        throw FileError(file, "no such file");
    }
    if (status.type() == std::filesystem::file_type::directory) {
        throw FileError(file, "a folder, not a file");
    }
    errno = 0;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw FileError(file, errno != 0 ? detail::system_reason(errno) : std::string("cannot be opened"));
    }
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) {
        throw FileError(file, "an error while reading it");
    }
    return text;
}

// Reads the file as one JSON document holding a T: read<T>() of its text.
template <class T>
T read_file(const std::filesystem::path& file, const ReadOptions& options = {})
{
    return read<T>(read_text_file(file), options);
}

// Writes write(value) to the file, replacing it. The text goes to a temporary file beside it
// first, renamed over the file only once complete, so that a failure leaves the old file.
template <class T>
void write_file(const std::filesystem::path& file, const T& value)
{
    const std::string text = write(value);
    std::filesystem::path temporary = file;
    temporary += ".tmp";
    {
        errno = 0;
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            throw FileError(file, errno != 0 ? detail::system_reason(errno) : std::string("cannot be created"));
        }
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw FileError(file, "an error while writing it");
        }
    }
    std::error_code rename_error;
    std::filesystem::rename(temporary, file, rename_error);
    if (rename_error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw FileError(file, rename_error.message());
    }
}

} // namespace communique
