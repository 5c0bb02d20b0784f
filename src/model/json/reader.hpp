#pragma once
// Private reading toolkit over simdjson's on-demand API. Every failure becomes a
// hikari::JsonError with a path; the path is assembled only while an error
// propagates (see JsonError::within_key/within_index), so success costs nothing.

#include <hikari/model/json_error.hpp>

#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
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

/// Whether the value is null (then it is consumed). A token that starts like null but is not
/// ("nul", "nope") is an error; any other value is left for its reader.
inline bool is_null(Value& v) {
    bool null = false;
    if (auto error = v.is_null().get(null); error != simdjson::SUCCESS)
        fail_simdjson(error, "null");
    return null;
}

/// The text between `start` (just after an opening quote, in simdjson's padded buffer) and
/// the closing quote, or an empty optional when an escape comes first (then it must be
/// unescaped). The document was checked for unclosed strings when it was opened, so a
/// quote or backslash is always found.
inline std::optional<std::string_view> unescaped_span(const char* start) noexcept {
    const char* end = start;
#if defined(__SSE2__)
    // 16 bytes per step (reading past the quote stays within the document's padding): no
    // mispredicted loop exit per character, most keys and ids take one step.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (;; end += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end));
        const int hits = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
        if (hits != 0) {
            end += __builtin_ctz(static_cast<unsigned>(hits));
            break;
        }
    }
#else
    while (*end != '"' && *end != '\\') ++end;
#endif
    if (*end == '\\') return std::nullopt;
    return std::string_view(start, static_cast<std::size_t>(end - start));
}

/// A string value. Strings without escapes (nearly all of Discord's) are returned in place
/// in the document, skipping simdjson's unescape copy and its indirect call.
inline std::string_view read_string_view(Value& v) {
    const std::string_view token = v.raw_json_token();
    if (!token.empty() && token.front() == '"') {
        if (const auto text = unescaped_span(token.data() + 1)) {
            simdjson::ondemand::raw_json_string raw;
            if (auto error = v.get_raw_json_string().get(raw); error != simdjson::SUCCESS) {
                fail_simdjson(error, "a string");
            }
            return *text;
        }
    }
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

/// A key as object readers match it: its length and its first and last (up to) eight bytes
/// as little-endian words. For keys of at most 16 bytes (all but a few of Discord's) these
/// are the whole key, so equal words mean equal keys without a memcmp call.
struct KeyWords {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    std::size_t size = 0;

    friend constexpr bool operator==(const KeyWords&, const KeyWords&) = default;
};

constexpr KeyWords key_words(std::string_view key) noexcept {
    KeyWords words{0, 0, key.size()};
    const std::size_t n = key.size();
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little && n >= 8) {
        // The same little-endian words as the loop below, as two loads.
        std::memcpy(&words.head, key.data(), 8);
        std::memcpy(&words.tail, key.data() + n - 8, 8);
        return words;
    }
    const std::size_t k = n < 8 ? n : 8;
    for (std::size_t i = 0; i < k; ++i) {
        words.head |= std::uint64_t{static_cast<unsigned char>(key[i])} << (8 * i);
        words.tail |= std::uint64_t{static_cast<unsigned char>(key[n - k + i])} << (8 * i);
    }
    return words;
}

/// As key_words, for a key inside simdjson's padded document: at least eight bytes after its
/// start are readable, so a short key is one load and a mask instead of a byte loop.
inline KeyWords key_words_in_document(std::string_view key) noexcept {
    const std::size_t n = key.size();
    if (n >= 8 || std::endian::native != std::endian::little) return key_words(key);
    std::uint64_t word = 0;
    std::memcpy(&word, key.data(), 8);
    word &= n == 0 ? 0 : ~std::uint64_t{0} >> (64 - 8 * n);
    return {word, word, n};
}

/// The hash that object readers find a key's field by: the key's words, mixed. It only needs
/// to spread one model's field names over its table; the words are compared after a match.
constexpr std::uint64_t key_hash(const KeyWords& words) noexcept {
    std::uint64_t h =
        (words.head ^ (words.tail * 0x9e3779b97f4a7c15ULL)) + words.size * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
    return h;
}
constexpr std::uint64_t key_hash(std::string_view key) noexcept {
    return key_hash(key_words(key));
}

/// Whether `key`, whose words are `words`, is `name` (with `name_words`).
inline bool same_key(std::string_view key, const KeyWords& words, std::string_view name,
                     const KeyWords& name_words) noexcept {
    if (words != name_words) return false;
    // Up to 16 bytes the words hold the whole key; longer keys compare their middle too.
    return key.size() <= 16 || std::memcmp(key.data() + 8, name.data() + 8, key.size() - 16) == 0;
}

/// Calls `on_field(key, words, value)` for each member of the object in `v`, in document
/// order, as for_each_field, with the key's words (KeyWords) already taken.
template <class F>
void for_each_keyed_field(Value& v, F&& on_field) {
    auto object = unwrap(v.get_object(), "an object");
    for (auto member : object) {
        // The field is used where it lies: copying simdjson's iterators (a pair of 16-byte
        // moves right after their scalar stores) stalled on store forwarding, per field.
        if (member.error() != simdjson::SUCCESS) fail_simdjson(member.error(), "an object member");
        simdjson::ondemand::field&& field = std::move(member).value_unsafe();
        const auto plain = unescaped_span(field.key().raw());
        std::string_view key;
        KeyWords words;
        if (plain) {
            key = *plain;
            words = key_words_in_document(key);
        } else {
            key = unwrap(field.unescaped_key(), "an object key");
            words = key_words(key);
        }
        try {
            on_field(key, words, field.value());
        } catch (const JsonError& e) {
            throw e.within_key(key);
        }
    }
}

/// Calls `on_field(key, value)` for each member of the object in `v`, in document
/// order. Errors raised while reading a member get the member's key prefixed.
template <class F>
void for_each_field(Value& v, F&& on_field) {
    auto object = unwrap(v.get_object(), "an object");
    for (auto member : object) {
        if (member.error() != simdjson::SUCCESS) fail_simdjson(member.error(), "an object member");
        simdjson::ondemand::field&& field =
            std::move(member).value_unsafe();  // in place, see for_each_keyed_field
        // Keys without escapes are read in place (see read_string_view).
        const auto plain = unescaped_span(field.key().raw());
        const std::string_view key =
            plain ? *plain : unwrap(field.unescaped_key(), "an object key");
        try {
            on_field(key, field.value());
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
            if (element.error() != simdjson::SUCCESS) {
                fail_simdjson(element.error(), "an array element");
            }
            Value&& value = std::move(element).value_unsafe();  // in place, as fields
            on_element(value);
        } catch (const JsonError& e) {
            throw e.within_index(index);
        }
        ++index;
    }
}

}  // namespace hikari::json
