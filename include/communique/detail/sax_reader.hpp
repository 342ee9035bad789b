// SPDX-License-Identifier: BSL-1.0
// The streaming reader behind communique::read: nlohmann's SAX parser feeds events into a
// stack of frames, one per open object or array, each filling a typed value in place as
// Boost.Describe tells it. No intermediate nlohmann::json document is built.
//
// It finds every problem the DOM reader (json.hpp) finds and reports the same one: of all
// the problems, the one whose JSON Pointer comes first when object members are taken in
// ascending key order and array elements in index order. Since the text arrives in its own
// order, a problem is not thrown when found but kept as the best so far, and the reader goes
// on only where a smaller path could still turn up. Malformed JSON, a duplicate key and
// nesting deeper than ReadOptions::max_depth end the reading at once.
//
// The reader throws nothing on bad input: try_read returns the problem. (A vocabulary type's
// from_string throws InvalidValue, which is caught where it arises.)
#pragma once

#include <communique/detail/json_path.hpp>
#include <communique/detail/traits.hpp>
#include <communique/detail/value.hpp>
#include <communique/error.hpp>
#include <communique/json.hpp>

#include <boost/mp11/algorithm.hpp>
#include <nlohmann/json.hpp>

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace communique::detail {

// The beginning of one JSON value: a scalar, or the start of an object or an array.
struct ValueStart {
    JsonKind kind = JsonKind::null;
    scalar value;
};

class sax_reader;

// One open object or array, or the document itself (the root frame).
class frame {
public:
    frame() = default;
    frame(const frame&) = delete;
    frame& operator=(const frame&) = delete;
    virtual ~frame() = default;

    // A value starts inside this container, after a key if it is an object.
    virtual void begin_value(sax_reader& reader, const ValueStart& start) = 0;
    // The value started last is complete.
    virtual void end_value(sax_reader& reader) = 0;
    virtual void key(sax_reader& reader, std::string&& key) = 0;
    // This container closes.
    virtual void close(sax_reader& reader) = 0;
};

class sax_reader {
public:
    explicit sax_reader(ReadOptions options) : options_(options) {}

    // The T that `text` holds, or else the problem found.
    template <class T>
    std::optional<ReadError> try_read(std::string_view text, std::optional<T>& out);

    template <class T>
    T read(std::string_view text)
    {
        std::optional<T> out;
        if (auto error = try_read<T>(text, out)) {
            throw std::move(*error);
        }
        return std::move(*out);
    }

    // ---- called by frames ----

    // Starts reading one value into `target`: a scalar is converted at once, an object or
    // array of the right type gets a frame of its own, and anything else is a problem.
    template <class T>
    void begin_value(T& target, const ValueStart& start);

    // The same for a struct member, which may be a std::optional: empty until a value comes.
    template <class T>
    void begin_member(T& target, const ValueStart& start);

    // Keeps a problem at the current path if it comes before the best one so far.
    void report(std::string message)
    {
        if (!best_ || path_before(path_.segments(), best_->path)) {
            best_ = problem{path_.segments(), std::move(message)};
        }
    }

    // True when no problem inside the value at the current path could come before the best
    // one so far, so the value need not be looked at.
    [[nodiscard]] bool settled() const { return best_ && path_before(best_->path, path_.segments()); }

    // Skips the value that `start` begins.
    void skip(const ValueStart& start);

    // A problem that ends the reading: the parser stops at the next event.
    void fail_now(std::string message)
    {
        if (!fatal_) {
            fatal_.emplace(path_.pointer(), std::move(message));
        }
    }

    JsonPath& path() noexcept { return path_; }
    const ReadOptions& options() const noexcept { return options_; }

    // ---- nlohmann's SAX interface ----

    bool null() { return value(scalar()); }
    bool boolean(bool value)
    {
        scalar event;
        event.kind = JsonKind::boolean;
        event.boolean = value;
        return this->value(event);
    }
    bool number_integer(std::int64_t value)
    {
        scalar event;
        event.kind = JsonKind::integer;
        event.integer = value;
        return this->value(event);
    }
    bool number_unsigned(std::uint64_t value)
    {
        scalar event;
        event.kind = JsonKind::unsigned_integer;
        event.unsigned_integer = value;
        return this->value(event);
    }
    bool number_float(double, const std::string& text)
    {
        scalar event;
        event.kind = JsonKind::fractional_number;
        event.text = text;
        return value(event);
    }
    bool string(std::string& text)
    {
        scalar event;
        event.kind = JsonKind::string;
        event.text = text;
        return value(event);
    }
    bool binary(nlohmann::json::binary_t&)
    {
        fail_now("binary values are not JSON");
        return false;
    }
    bool start_object(std::size_t) { return open(JsonKind::object); }
    bool start_array(std::size_t) { return open(JsonKind::array); }
    bool key(std::string& key)
    {
        frames_.back()->key(*this, std::move(key));
        return !fatal_;
    }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::json::exception& e)
    {
        std::string message = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." loses its tag.
        if (const auto tag_end = message.find("] ");
            message.starts_with("[json.exception.") && tag_end != message.npos) {
            message.erase(0, tag_end + 2);
        }
        // Text that is not JSON has no place in a document: the path is the root, and the
        // message says the line and column.
        if (!fatal_) {
            fatal_.emplace("", "not valid JSON: " + message);
        }
        return false;
    }

    void push(std::unique_ptr<frame> frame) { frames_.push_back(std::move(frame)); }

private:
    struct problem {
        std::vector<JsonPath::segment> path;
        std::string message;
    };

    bool value(const scalar& value)
    {
        const std::size_t depth = frames_.size();
        frames_.back()->begin_value(*this, ValueStart{value.kind, value});
        if (frames_.size() == depth) {
            frames_.back()->end_value(*this);
        }
        return !fatal_;
    }

    bool open(JsonKind kind)
    {
        // The value is begun first, so that the path names it (an array element's index
        // included) when it is the one too deep.
        frames_.back()->begin_value(*this, ValueStart{kind, scalar()});
        if (++depth_ > options_.max_depth) {
            fail_now("nesting deeper than " + std::to_string(options_.max_depth) + " levels of objects and arrays");
        }
        return !fatal_;
    }

    bool close()
    {
        --depth_;
        frames_.back()->close(*this);
        frames_.pop_back();
        frames_.back()->end_value(*this);
        return !fatal_;
    }

    ReadOptions options_;
    JsonPath path_;
    std::vector<std::unique_ptr<frame>> frames_;
    std::size_t depth_ = 0;
    std::optional<problem> best_;
    std::optional<ReadError> fatal_;
};

// Skips a whole object or array, still refusing duplicate keys inside it, and keeping the
// path, so that such an error, or nesting too deep, is reported where it is.
class skip_frame final : public frame {
public:
    explicit skip_frame(bool array) : array_(array) {}

    void begin_value(sax_reader& reader, const ValueStart& start) override
    {
        if (array_) {
            reader.path().push_index(index_++);
        }
        reader.skip(start);
    }
    void end_value(sax_reader& reader) override { reader.path().pop(); }
    void key(sax_reader& reader, std::string&& key) override
    {
        const bool repeated = !keys_.insert(key).second;
        reader.path().push_key(std::move(key));
        if (repeated) {
            reader.fail_now("duplicate key " + quote(reader.path().segments().back().key));
        }
    }
    void close(sax_reader&) override {}

private:
    bool array_;
    std::size_t index_ = 0;
    std::set<std::string, std::less<>> keys_;
};

inline void sax_reader::skip(const ValueStart& start)
{
    if (start.kind == JsonKind::object || start.kind == JsonKind::array) {
        push(std::make_unique<skip_frame>(start.kind == JsonKind::array));
    }
}

// The object of a described struct T.
template <class T>
class struct_frame final : public frame {
    using members = public_members<T>;
    static constexpr std::size_t member_count = boost::mp11::mp_size<members>::value;
    static constexpr std::size_t no_member = member_count;

public:
    explicit struct_frame(T& target) : target_(target) {}

    void key(sax_reader& reader, std::string&& key) override
    {
        current_ = no_member;
        known_ = false;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<member_count>>([&](auto index) {
            using member = boost::mp11::mp_at_c<members, index>;
            if (!known_ && key == json_name<T>(member::name)) {
                current_ = index;
                known_ = true;
            }
        });
        const bool repeated = known_ ? seen_.test(current_) : !unknown_keys_.insert(key).second;
        reader.path().push_key(std::move(key));
        if (repeated) {
            reader.fail_now("duplicate key " + quote(reader.path().segments().back().key));
        }
        if (known_) {
            seen_.set(current_);
        }
    }

    void begin_value(sax_reader& reader, const ValueStart& start) override
    {
        if (!known_) {
            if (!reader.options().ignore_unknown_keys && !reader.settled()) {
                reader.report(unknown_member_message<T>(reader.path().segments().back().key));
            }
            reader.skip(start);
            return;
        }
        boost::mp11::mp_with_index<member_count>(current_, [&](auto index) {
            reader.begin_member(target_.*boost::mp11::mp_at_c<members, index>::pointer, start);
        });
    }

    void end_value(sax_reader& reader) override { reader.path().pop(); }

    // Required members that never came are problems at the path where they belong; optional
    // ones are empty, whatever default the member's declaration gives.
    void close(sax_reader& reader) override
    {
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<member_count>>([&](auto index) {
            using member = boost::mp11::mp_at_c<members, index>;
            using M = member_type<T, member>;
            if (seen_.test(index)) {
                return;
            }
            if constexpr (is_omissible<M>) {
                target_.*member::pointer = M{};
            } else {
                reader.path().push_key(std::string(json_name<T>(member::name)));
                reader.report(missing_member_message(json_name<T>(member::name)));
                reader.path().pop();
            }
        });
    }

private:
    T& target_;
    std::bitset<member_count> seen_;
    std::set<std::string, std::less<>> unknown_keys_;
    std::size_t current_ = no_member;
    bool known_ = false;
};

// The array of a std::vector<E>.
template <class E>
class vector_frame final : public frame {
public:
    // The array is all the vector holds, whatever default the member's declaration gives.
    explicit vector_frame(std::vector<E>& target) : target_(target) { target_.clear(); }

    void key(sax_reader&, std::string&&) override {}

    void begin_value(sax_reader& reader, const ValueStart& start) override
    {
        reader.path().push_index(index_);
        if constexpr (scalar_type<E>) {
            // An element with no default value (a CountryCode) is made whole from its scalar.
            if (reader.settled() || start.kind == JsonKind::object || start.kind == JsonKind::array) {
                if (!reader.settled()) {
                    reader.report(mismatch_message<E>(start.kind));
                }
                reader.skip(start);
                return;
            }
            if (auto value = scalar_value<E>(start.value); value.has_value()) {
                target_.push_back(std::move(value.value()));
            } else {
                reader.report(std::move(value.problem()));
            }
        } else {
            reader.begin_value(target_.emplace_back(), start);
        }
    }

    void end_value(sax_reader& reader) override
    {
        reader.path().pop();
        ++index_;
    }

    void close(sax_reader&) override {}

private:
    std::vector<E>& target_;
    std::size_t index_ = 0;
};

// The document: exactly one value, of type T.
template <class T>
class root_frame final : public frame {
public:
    explicit root_frame(T& target) : target_(target) {}
    void begin_value(sax_reader& reader, const ValueStart& start) override { reader.begin_member(target_, start); }
    void end_value(sax_reader&) override {}
    void key(sax_reader&, std::string&&) override {}
    void close(sax_reader&) override {}

private:
    T& target_;
};

template <class T>
void sax_reader::begin_member(T& target, const ValueStart& start)
{
    if constexpr (!is_optional<T>) {
        begin_value(target, start);
    } else if (settled()) {
        skip(start);
    } else {
        static_assert(check_not_optional<typename T::value_type>());
        if constexpr (scalar_type<typename T::value_type>) {
            if (start.kind != JsonKind::object && start.kind != JsonKind::array) {
                if (auto value = scalar_value<typename T::value_type>(start.value); value.has_value()) {
                    target = std::move(value.value());
                } else {
                    report(std::move(value.problem()));
                }
                return;
            }
            report(mismatch_message<T>(start.kind));
            skip(start);
        } else {
            if (start.kind == JsonKind::null) {
                report(mismatch_message<T>(start.kind));
                return;
            }
            begin_value(target.emplace(), start);
        }
    }
}

template <class T>
void sax_reader::begin_value(T& target, const ValueStart& start)
{
    if (settled()) {
        skip(start);
        return;
    }
    if constexpr (is_optional<T>) {
        static_assert(check_not_optional<T>());
    } else if constexpr (described_struct<T>) {
        static_assert(check_struct<T>());
        if (start.kind != JsonKind::object) {
            report(mismatch_message<T>(start.kind));
            skip(start);
            return;
        }
        push(std::make_unique<struct_frame<T>>(target));
    } else if constexpr (is_vector<T>) {
        static_assert(check_not_optional<typename T::value_type>());
        if (start.kind != JsonKind::array) {
            report(mismatch_message<T>(start.kind));
            skip(start);
            return;
        }
        push(std::make_unique<vector_frame<typename T::value_type>>(target));
    } else {
        if (start.kind == JsonKind::object || start.kind == JsonKind::array) {
            report(mismatch_message<T>(start.kind));
            skip(start);
            return;
        }
        if (auto value = scalar_value<T>(start.value); value.has_value()) {
            target = std::move(value.value());
        } else {
            report(std::move(value.problem()));
        }
    }
}

template <class T>
std::optional<ReadError> sax_reader::try_read(std::string_view text, std::optional<T>& out)
{
    static_assert(check_not_optional<T>());
    // An optional, so that a type without a default value (CountryCode) can be read too.
    std::optional<T> result;
    push(std::make_unique<root_frame<std::optional<T>>>(result));
    nlohmann::json::sax_parse(text, this, nlohmann::json::input_format_t::json, true);
    if (fatal_) {
        return std::move(fatal_);
    }
    // nlohmann's lexer takes a NUL byte for the end of the input. In text that it accepted, a
    // NUL byte can only come after the document, which JSON does not allow.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        return ReadError("", "not valid JSON: a NUL byte after the document, at byte " + std::to_string(nul + 1));
    }
    if (best_) {
        return ReadError(JsonPath::pointer(best_->path), std::move(best_->message));
    }
    out = std::move(result);
    return std::nullopt;
}

} // namespace communique::detail
