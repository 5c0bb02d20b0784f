#include <hikari/core/errors_base.hpp>
#include <hikari/model/json_writer.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace hikari {

// A value needs a comma unless it opens a container or follows a key: looking
// at the last byte written is enough, so no nesting stack is kept.
void JsonWriter::separate() {
    if (out_.empty()) return;
    const char last = out_.back();
    if (last != '{' && last != '[' && last != ':') out_.push_back(',');
}

JsonWriter& JsonWriter::begin_object() {
    separate();
    out_.push_back('{');
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    out_.push_back('}');
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    separate();
    out_.push_back('[');
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    out_.push_back(']');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    string(name);
    out_.push_back(':');
    return *this;
}

namespace {
// Length of the UTF-8 sequence starting at text[i], or 0 if it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are rejected).
constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t high_bits = 0x8080808080808080ULL;

/// Eight bytes of `text` from `i` (i + 8 <= size), in memory order.
std::uint64_t load_word(std::string_view text, std::size_t i) noexcept {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, sizeof word);
    return word;
}

/// Whether a byte of `word` is a zero byte (exact as a yes/no answer).
constexpr bool has_zero_byte(std::uint64_t word) noexcept {
    return ((word - ones) & ~word & high_bits) != 0;
}

/// Whether any byte of `word` is '"', '\\' or below 0x20: the bytes JSON strings escape.
constexpr bool needs_escape(std::uint64_t word) noexcept {
    const bool control = ((word - ones * 0x20) & ~word & high_bits) != 0;
    return control || has_zero_byte(word ^ (ones * '"')) || has_zero_byte(word ^ (ones * '\\'));
}

std::size_t utf8_sequence(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    std::size_t n = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > text.size()) return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
        return 0;
    }
    return n;
}
}  // namespace

JsonWriter& JsonWriter::string(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    // Validate first so that a failure leaves the output untouched. Text is mostly ASCII:
    // skip it eight bytes at a time.
    for (std::size_t i = 0; i < text.size();) {
        if (i + 8 <= text.size() && (load_word(text, i) & high_bits) == 0) {
            i += 8;
            continue;
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence(text, i);
        if (n == 0) throw ValueError("cannot write a string that is not valid UTF-8 as JSON");
        i += n;
    }
    separate();
    out_.push_back('"');
    std::size_t run = 0;  // start of the bytes that need no escaping
    for (std::size_t i = 0; i < text.size(); ++i) {
        // Whole words without a quote, backslash or control character go by untouched.
        while (i + 8 <= text.size() && !needs_escape(load_word(text, i))) i += 8;
        if (i >= text.size()) break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out_.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
            case '"':
                out_.append("\\\"");
                break;
            case '\\':
                out_.append("\\\\");
                break;
            case '\b':
                out_.append("\\b");
                break;
            case '\f':
                out_.append("\\f");
                break;
            case '\n':
                out_.append("\\n");
                break;
            case '\r':
                out_.append("\\r");
                break;
            case '\t':
                out_.append("\\t");
                break;
            default:
                out_.append("\\u00");
                out_.push_back(hex[c >> 4]);
                out_.push_back(hex[c & 0xF]);
        }
    }
    out_.append(text.substr(run));
    out_.push_back('"');
    return *this;
}

namespace {
template <class T>
void append_number(std::string& out, T value) {
    std::array<char, 32> buffer{};
    auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), result.ptr);
}
}  // namespace

JsonWriter& JsonWriter::number(std::int64_t value) {
    separate();
    append_number(out_, value);
    return *this;
}

JsonWriter& JsonWriter::number(std::uint64_t value) {
    separate();
    append_number(out_, value);
    return *this;
}

JsonWriter& JsonWriter::number(double value) {
    if (!std::isfinite(value)) throw ValueError("JSON cannot represent NaN or infinity");
    separate();
    append_number(out_, value);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
    separate();
    out_.append(value ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    out_.append("null");
    return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
    separate();
    out_.append(json);
    return *this;
}

}  // namespace hikari
