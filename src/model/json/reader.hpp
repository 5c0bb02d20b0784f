#pragma once
// Private reading toolkit. Models are read straight from the structural index that simdjson's
// stage 1 builds (the offset of every bracket, colon, comma and of the first byte of every
// string, number and literal): a cursor walks that index once, in document order, and each
// field is read where it lies. simdjson's on-demand layer did the same walk with more
// bookkeeping per value; a bare on-demand walk of a MESSAGE_CREATE cost as much as building
// the whole model (BENCHMARKS.md, "Model reader, third pass").
//
// Every failure becomes a hikari::JsonError with a path; the path is assembled only while an
// error propagates (see JsonError::within_key/within_index), so success costs nothing.

#include <hikari/model/json_error.hpp>

#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace hikari::json {

[[noreturn]] void fail(std::string reason);
/// Throws a JsonError for a simdjson failure; `expected` names what was wanted ("a string").
[[noreturn]] void fail_simdjson(simdjson::error_code error, std::string_view expected);
/// Throws for a value that ended where another was due: "truncated JSON".
[[noreturn]] void fail_truncated();

constexpr bool is_json_space(char c) noexcept {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// A cursor over one document and its structural index, standing on the next value to read.
/// Reading a value moves it past that value; the readers below share one cursor, so nested
/// models continue where their parent stands.
///
/// Readers find where a string ends by searching for its closing quote, and check that a
/// number or literal is followed by white space or an operator. Where a whole token is
/// wanted (raw text, error messages), token_end() takes it from the index: stage 1 marks the
/// first non-space byte after every string, number and literal, so the token is what lies
/// before the next structural, less white space.
class Value {
  public:
    Value(const char* text, std::size_t size, const std::uint32_t* first,
          const std::uint32_t* end) noexcept
        : text_(text), size_(size), at_(first), end_(end) {}

    [[nodiscard]] bool at_end() const noexcept { return at_ == end_; }
    /// The first byte of the current token; a truncated document fails here.
    [[nodiscard]] const char* start() const {
        if (at_ == end_) fail_truncated();
        return text_ + *at_;
    }
    /// The current token's first byte, or NUL at the end of the document.
    [[nodiscard]] char peek() const noexcept { return at_ == end_ ? '\0' : text_[*at_]; }
    /// One past the current token's last byte (white space before the next structural is not
    /// part of it). Only while !at_end().
    [[nodiscard]] const char* token_end() const noexcept {
        const char* begin = text_ + *at_;
        const char* stop = text_ + (at_ + 1 != end_ ? at_[1] : size_);
        while (stop > begin && is_json_space(stop[-1])) --stop;
        return stop;
    }
    [[nodiscard]] std::string_view token() const {
        const char* begin = start();
        return {begin, static_cast<std::size_t>(token_end() - begin)};
    }
    void advance() noexcept { ++at_; }
    [[nodiscard]] const std::uint32_t* position() const noexcept { return at_; }
    /// The byte at a structural already passed (for raw text spans).
    [[nodiscard]] const char* text_at(const std::uint32_t* position) const noexcept {
        return text_ + *position;
    }

    /// Moves past the current value whatever it is (an unknown field), checking its structure
    /// against JSON's grammar on the way; scalars inside are not read.
    void skip();
    /// Moves past the current value following only its brackets, for a value that is read
    /// (and checked) later, such as a gateway payload's `d`.
    void skip_brackets();
    /// With the cursor on '[': how many elements the array has if none of them is an object
    /// or array (each scalar is one structural, with a comma between), else 0 (unknown).
    /// A look ahead in the index only; the cursor does not move.
    [[nodiscard]] std::size_t flat_array_size() const noexcept {
        std::size_t structurals = 0;
        for (const std::uint32_t* p = at_ + 1; p < end_; ++p, ++structurals) {
            const char c = text_[*p];
            if (c == ']') return (structurals + 1) / 2;
            if (c == '[' || c == '{') return 0;
        }
        return 0;
    }
    /// A cursor over [first, end) of the same document: a value already passed, to be read
    /// again.
    [[nodiscard]] Value over(const std::uint32_t* first, const std::uint32_t* end) const noexcept {
        return {text_, size_, first, end};
    }

  private:
    const char* text_;
    std::size_t size_;
    const std::uint32_t* at_;
    const std::uint32_t* end_;
};

/// Runs simdjson's stage 1 over a document (padded by json_padding) and returns a cursor on
/// its first value. The index lives in a per-thread buffer until the next document.
Value index_document(const char* text, std::size_t size);

/// Offers the index of the document indexed last on this thread for a later read of one value
/// inside it: `text` (that value's text) and `value` (a cursor over its structurals, from
/// Value::over). The next model read on this thread whose input is exactly `text` walks that
/// cursor instead of indexing the text again; any other read, or any other document indexed
/// first, withdraws the offer. (The gateway's envelope reader offers `d` this way, and the
/// event factory reads `d` next, so a MESSAGE_CREATE is indexed once.)
void offer_index(std::string_view text, const Value& value) noexcept;

/// The offered cursor when `text` is the offered value's text and nothing was indexed since;
/// the offer ends either way.
std::optional<Value> take_offered_index(std::string_view text) noexcept;

/// Ends the offer, if any: the offerer's text is about to go away.
void withdraw_offered_index() noexcept;

/// Whether `c` may follow a number or literal: white space or an operator that ends a value.
constexpr bool is_value_end(char c) noexcept {
    return is_json_space(c) || c == ',' || c == '}' || c == ']';
}

/// Whether the bytes at `p` start with the four-byte literal `word` ("null", "true", "alse").
inline bool has_word(const char* p, const char (&word)[5]) noexcept {
    std::uint32_t have = 0;
    std::uint32_t want = 0;
    std::memcpy(&have, p, 4);
    std::memcpy(&want, word, 4);
    return have == want;
}

/// Whether the value is null (then it is consumed). A token that starts like null but is not
/// ("nul", "nope") is an error; any other value is left for its reader.
[[gnu::always_inline]] inline bool is_null(Value& v) {
    const char* begin = v.start();
    if (*begin != 'n') return false;
    if (!has_word(begin, "null") || !is_value_end(begin[4])) fail("expected null");
    v.advance();
    return true;
}

/// The end of the string whose content starts at `content`: its closing quote, or the first
/// backslash when one comes first (then it must be unescaped). Stage 1 checked that every
/// string closes, and pairs quotes the same way, so the first unescaped quote is the closing
/// one. 16 bytes per step (reading past the quote stays within the document's padding): most
/// keys and ids take one step.
[[gnu::always_inline]] inline const char* quote_or_backslash(const char* content) noexcept {
    const char* p = content;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (;; p += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const int hits = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)));
        if (hits != 0) return p + __builtin_ctz(static_cast<unsigned>(hits));
    }
#else
    while (*p != '"' && *p != '\\') ++p;
    return p;
#endif
}

/// The text of the string whose content starts at `content` and has escapes, unescaped into a
/// per-thread buffer that the next call reuses.
std::string_view unescape(const char* content);

/// The string starting at `begin` (its opening quote), in place when it has no escapes.
[[gnu::always_inline]] inline std::string_view string_at(const char* begin) {
    const char* content = begin + 1;
    const char* end = quote_or_backslash(content);
    if (*end == '"') return {content, static_cast<std::size_t>(end - content)};
    return unescape(content);
}

/// A string value. Strings without escapes (nearly all of Discord's) are returned in place in
/// the document; others are unescaped into a buffer valid until the next string is read.
[[gnu::always_inline]] inline std::string_view read_string_view(Value& v) {
    const char* begin = v.start();
    if (*begin != '"') fail("expected a string");
    v.advance();
    return string_at(begin);
}

[[gnu::always_inline]] inline bool read_bool(Value& v) {
    const char* begin = v.start();
    bool value = false;
    if (has_word(begin, "true") && is_value_end(begin[4])) {
        value = true;
    } else if (*begin != 'f' || !has_word(begin + 1, "alse") || !is_value_end(begin[5])) {
        fail("expected a boolean");
    }
    v.advance();
    return value;
}

double read_double(Value& v);

/// Throws for a token that did not read as an integer: "integer out of range" when it is an
/// integer literal too big for the target, else "expected <expected>".
[[noreturn]] void fail_integer(std::string_view token, std::string_view expected);

template <class I>
I read_integer(Value& v) {
    static_assert(std::is_integral_v<I> && !std::is_same_v<I, bool>);
    const char* begin = v.start();
    constexpr std::string_view expected =
        std::is_signed_v<I> ? "an integer" : "a non-negative integer";
    const bool negative = *begin == '-';
    const char* first = begin + (negative ? 1 : 0);
    const char* p = first;
    std::uint64_t n = 0;
    for (unsigned digit = 0; (digit = static_cast<unsigned char>(*p) - unsigned{'0'}) <= 9; ++p) {
        n = n * 10 + digit;  // wraps past 19 digits; those are refused below
    }
    // JSON integers: no '+', no leading zeros, nothing but digits; at most 19 digits always
    // fit 64 bits.
    const auto digits = p - first;
    if (digits == 0 || digits > 19 || (*first == '0' && digits > 1) || !is_value_end(*p) ||
        (negative && !std::is_signed_v<I>)) {
        fail_integer(v.token(), expected);
    }
    if constexpr (std::is_signed_v<I>) {
        using U = std::make_unsigned_t<I>;
        const auto limit =
            static_cast<std::uint64_t>(std::numeric_limits<I>::max()) + (negative ? 1U : 0U);
        if (n > limit) fail("integer out of range");
        v.advance();
        return negative ? static_cast<I>(static_cast<U>(0U - static_cast<U>(n)))
                        : static_cast<I>(n);
    } else {
        if (n > std::numeric_limits<I>::max()) fail("integer out of range");
        v.advance();
        return static_cast<I>(n);
    }
}

/// The value of the eight ASCII digits at `p`, or nothing when one of them is not a digit:
/// the bytes are read as one word and combined pairwise in three multiplies, where a loop
/// costs a multiply-add and a check per digit (snowflakes have 17 to 20).
[[gnu::always_inline]] inline std::optional<std::uint32_t> eight_digits(const char* p) noexcept {
    std::uint64_t w = 0;
    std::memcpy(&w, p, 8);
    // Each byte is 0x30..0x39 exactly when its high nibble is 3 and adding 6 keeps it there.
    constexpr std::uint64_t high = 0xF0F0F0F0F0F0F0F0ULL;
    if (((w & high) | (((w + 0x0606060606060606ULL) & high) >> 4)) != 0x3333333333333333ULL) {
        return std::nullopt;
    }
    w = ((w & 0x0F0F0F0F0F0F0F0FULL) * (10 * 256 + 1)) >> 8;      // pairs: 10a + b
    w = ((w & 0x00FF00FF00FF00FFULL) * (100 * 65536 + 1)) >> 16;  // quads: 100ab + cd
    return static_cast<std::uint32_t>(
        ((w & 0x0000FFFF0000FFFFULL) * (10000ULL * (1ULL << 32) + 1)) >> 32);
}

/// The value of the `n` ASCII digits at `p` (1 to 19, so it fits 64 bits), or nothing when
/// one is not a digit. Reads only those `n` bytes.
[[gnu::always_inline]] inline std::optional<std::uint64_t> decimal_digits(const char* p,
                                                                          std::size_t n) noexcept {
    std::uint64_t value = 0;
    if constexpr (std::endian::native == std::endian::little) {
        for (; n >= 8; n -= 8, p += 8) {
            const auto chunk = eight_digits(p);
            if (!chunk) return std::nullopt;
            value = value * 100000000ULL + *chunk;
        }
    }
    for (; n > 0; --n, ++p) {
        const unsigned digit = static_cast<unsigned char>(*p) - unsigned{'0'};
        if (digit > 9) return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
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

/// As key_words, for a key inside the padded document: at least sixteen bytes after its start
/// are readable, so a key is two loads (and a mask when short) instead of a byte loop.
[[gnu::always_inline]] inline KeyWords key_words_in_document(std::string_view key) noexcept {
    const std::size_t n = key.size();
    if constexpr (std::endian::native != std::endian::little) return key_words(key);
    if (n >= 8) {
        KeyWords words{0, 0, n};
        std::memcpy(&words.head, key.data(), 8);
        std::memcpy(&words.tail, key.data() + n - 8, 8);
        return words;
    }
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

/// The key at the cursor (unescaped into `scratch` when it has escapes), the cursor left on
/// its value.
[[gnu::always_inline]] inline std::string_view read_key(Value& v, std::string& scratch) {
    const char* begin = v.start();
    if (*begin != '"') fail("malformed JSON (expected an object key)");
    const char* content = begin + 1;
    const char* end = quote_or_backslash(content);
    std::string_view key(content, static_cast<std::size_t>(end - content));
    if (*end != '"') {
        scratch = unescape(content);  // kept while the value is read
        key = scratch;
    }
    v.advance();
    if (v.peek() != ':') fail(v.at_end() ? "truncated JSON" : "malformed JSON (expected ':')");
    v.advance();
    return key;
}

/// A field name as it stands in a document, quotes included, for checking that the key at the
/// cursor is that name without first finding where the key ends: names up to 14 bytes (all but
/// a few of Discord's) are one 16-byte compare. A match also proves the key has no escapes.
struct QuotedKey {
    std::array<char, 16> bytes{};
    std::uint32_t mask = 0;  // one bit per byte of `bytes` that holds the quoted name
    std::string_view name;

    constexpr explicit QuotedKey(std::string_view field) noexcept : name(field) {
        if (field.size() + 2 > bytes.size()) return;  // compared bytewise instead
        bytes[0] = '"';
        for (std::size_t i = 0; i < field.size(); ++i) bytes[i + 1] = field[i];
        bytes[field.size() + 1] = '"';
        mask = (std::uint32_t{1} << (field.size() + 2)) - 1;
    }
};

/// Whether the token at `begin` is the key `key` (quote, name, quote). The document's padding
/// keeps the 16 bytes after any token readable.
[[gnu::always_inline]] inline bool is_key(const char* begin, const QuotedKey& key) noexcept {
#if defined(__SSE2__)
    if (key.mask != 0) {
        const __m128i have = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin));
        const __m128i want = _mm_loadu_si128(reinterpret_cast<const __m128i*>(key.bytes.data()));
        const auto equal =
            static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(have, want)));
        return (equal & key.mask) == key.mask;
    }
#endif
    const std::size_t n = key.name.size();
    return begin[0] == '"' && std::memcmp(begin + 1, key.name.data(), n) == 0 &&
           begin[n + 1] == '"';
}

/// Moves past a key already matched at the cursor and its colon, onto the value.
[[gnu::always_inline]] inline void pass_key(Value& v) {
    v.advance();
    if (v.peek() != ':') fail(v.at_end() ? "truncated JSON" : "malformed JSON (expected ':')");
    v.advance();
}

/// After a member or element: moves past ',' (true: another follows) or `close` (false).
[[gnu::always_inline]] inline bool next_member(Value& v, char close) {
    const char c = v.peek();
    v.advance();
    if (c == ',') return true;
    if (c == close) return false;
    fail(c == '\0'      ? "truncated JSON"
         : close == '}' ? "malformed JSON (expected ',' or '}')"
                        : "malformed JSON (expected ',' or ']')");
}

/// Calls `on_field(key, value)` for each member of the object at the cursor, in document
/// order. A member `on_field` leaves unread is skipped; errors raised while reading a member
/// get the member's key prefixed.
template <class F>
void for_each_field(Value& v, F&& on_field) {
    if (*v.start() != '{') fail("expected an object");
    v.advance();
    if (v.peek() == '}') {
        v.advance();
        return;
    }
    std::string scratch;
    do {
        const std::string_view key = read_key(v, scratch);
        const auto* before = v.position();
        try {
            on_field(key, v);
            if (v.position() == before) v.skip();
        } catch (const JsonError& e) {
            throw e.within_key(key);
        }
        scratch.clear();
    } while (next_member(v, '}'));
}

/// Calls `on_element(value)` for each element of the array at the cursor.
template <class F>
void for_each_element(Value& v, F&& on_element) {
    if (*v.start() != '[') fail("expected an array");
    v.advance();
    if (v.peek() == ']') {
        v.advance();
        return;
    }
    std::size_t index = 0;
    do {
        const auto* before = v.position();
        try {
            on_element(v);
            if (v.position() == before) v.skip();
        } catch (const JsonError& e) {
            throw e.within_index(index);
        }
        ++index;
    } while (next_member(v, ']'));
}

}  // namespace hikari::json
