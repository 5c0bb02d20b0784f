#pragma once
// Private reading toolkit over simdjson's on-demand API. Every failure becomes a
// hikari::JsonError with a path; the path is assembled only while an error
// propagates (see JsonError::within_key/within_index), so success costs nothing.

#include <hikari/model/json_error.hpp>

#include <simdjson.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

namespace hikari::json {

using Value = simdjson::ondemand::value;

[[noreturn]] void fail(std::string reason);
/// Throws a JsonError for a simdjson failure; `expected` names what was wanted ("a string").
[[noreturn]] void fail_simdjson(simdjson::error_code error, std::string_view expected);

template <class T>
T unwrap(simdjson::simdjson_result<T>&& result, std::string_view expected) {
    T value{};
    if (auto error = std::move(result).get(value); error != simdjson::SUCCESS) {
        fail_simdjson(error, expected);
    }
    return value;
}

inline bool is_null(Value& v) {
    simdjson::ondemand::json_type type{};
    if (auto error = v.type().get(type); error != simdjson::SUCCESS)
        fail_simdjson(error, "a value");
    if (type != simdjson::ondemand::json_type::null) return false;
    if (!unwrap(v.is_null(), "null")) fail("expected null");
    return true;
}

inline std::string_view read_string_view(Value& v) {
    return unwrap(v.get_string(), "a string");
}
inline bool read_bool(Value& v) {
    return unwrap(v.get_bool(), "a boolean");
}
inline double read_double(Value& v) {
    return unwrap(v.get_double(), "a number");
}

/// Throws for a value that did not read as an integer: "integer out of range" when it
/// is an integer literal too big for 64 bits, else "expected <expected>".
[[noreturn]] void fail_integer(Value& v, simdjson::error_code error, std::string_view expected);

template <class I>
I read_integer(Value& v) {
    static_assert(std::is_integral_v<I> && !std::is_same_v<I, bool>);
    if constexpr (std::is_signed_v<I>) {
        std::int64_t n = 0;
        if (auto error = v.get_int64().get(n); error != simdjson::SUCCESS) {
            fail_integer(v, error, "an integer");
        }
        if (n < std::numeric_limits<I>::min() || n > std::numeric_limits<I>::max()) {
            fail("integer out of range");
        }
        return static_cast<I>(n);
    } else {
        std::uint64_t n = 0;
        if (auto error = v.get_uint64().get(n); error != simdjson::SUCCESS) {
            fail_integer(v, error, "a non-negative integer");
        }
        if (n > std::numeric_limits<I>::max()) fail("integer out of range");
        return static_cast<I>(n);
    }
}

/// The 64-bit FNV-1a hash that object readers switch on.
constexpr std::uint64_t key_hash(std::string_view key) noexcept {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

/// Calls `on_field(key, value)` for each member of the object in `v`, in document
/// order. Errors raised while reading a member get the member's key prefixed.
template <class F>
void for_each_field(Value& v, F&& on_field) {
    auto object = unwrap(v.get_object(), "an object");
    for (auto member : object) {
        auto field = unwrap(std::move(member), "an object member");
        const std::string_view key = unwrap(field.unescaped_key(), "an object key");
        Value value = field.value();
        try {
            on_field(key, value);
        } catch (const JsonError& e) {
            throw e.within_key(key);
        }
    }
}

/// Calls `on_element(value)` for each element of the array in `v`.
template <class F>
void for_each_element(Value& v, F&& on_element) {
    auto array = unwrap(v.get_array(), "an array");
    std::size_t index = 0;
    for (auto element : array) {
        try {
            Value value = unwrap(std::move(element), "an array element");
            on_element(value);
        } catch (const JsonError& e) {
            throw e.within_index(index);
        }
        ++index;
    }
}

}  // namespace hikari::json
