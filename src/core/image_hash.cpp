#include <hikari/core/image_hash.hpp>

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <limits>
#include <new>
#include <ostream>
#include <stdexcept>

namespace hikari {

namespace {

constexpr std::string_view animated_prefix = "a_";
constexpr std::size_t digest_digits = 32;
#ifdef __SSE2__
// 16 digits -> 8 bytes in the low 16-bit halves of 8 lanes; `valid` loses bits for non-digits.
__m128i decode16(const char* hex, int& valid) noexcept {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(hex));
    // Signed compares: bytes from 0x80 up are negative, so they fail both ranges.
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(c, _mm_set1_epi8('9' + 1)));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(c, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(c, _mm_set1_epi8('f' + 1)));
    valid &= _mm_movemask_epi8(_mm_or_si128(digit, letter));
    // '0'-'9' -> 0-9 by their low nibble; 'a'-'f' have low nibbles 1-6, so add 9.
    const __m128i nibbles = _mm_add_epi8(_mm_and_si128(c, _mm_set1_epi8(0x0F)),
                                         _mm_and_si128(letter, _mm_set1_epi8(9)));
    // Each 16-bit lane holds a (high digit, low digit) pair: high << 4 | low.
    return _mm_or_si128(_mm_slli_epi16(_mm_and_si128(nibbles, _mm_set1_epi16(0x00FF)), 4),
                        _mm_srli_epi16(nibbles, 8));
}

// Lower-case digits only: an upper-case hash would not come back the same from the bytes.
bool decode(const char* hex, ImageHash::Digest& out) noexcept {
    int valid = 0xFFFF;
    const __m128i first = decode16(hex, valid);
    const __m128i second = decode16(hex + 16, valid);
    if (valid != 0xFFFF) return false;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out.data()), _mm_packus_epi16(first, second));
    return true;
}
#else
constexpr std::uint8_t not_hex = 0xFF;

constexpr auto hex_values = [] {
    std::array<std::uint8_t, 256> table{};
    table.fill(not_hex);
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = c - '0';
    for (int c = 'a'; c <= 'f'; ++c) table[static_cast<std::size_t>(c)] = c - 'a' + 10;
    return table;
}();

// Lower-case digits only: an upper-case hash would not come back the same from the bytes.
bool decode(const char* hex, ImageHash::Digest& out) noexcept {
    unsigned seen = 0;  // any invalid digit leaves its high bits here
    for (std::size_t i = 0; i < out.size(); ++i) {
        const unsigned high = hex_values[static_cast<unsigned char>(hex[2 * i])];
        const unsigned low = hex_values[static_cast<unsigned char>(hex[2 * i + 1])];
        seen |= high | low;
        out[i] = static_cast<std::uint8_t>((high << 4) | low);
    }
    return (seen & 0xF0U) == 0;
}

#endif

char* encode(const ImageHash::Digest& digest, char* out) noexcept {
    static constexpr char digits[] = "0123456789abcdef";
    for (const std::uint8_t byte : digest) {
        *out++ = digits[byte >> 4];
        *out++ = digits[byte & 0x0F];
    }
    return out;
}

}  // namespace

ImageHash::ImageHash(std::string_view text) : text_{} {
    std::string_view digits = text;
    const bool animated = digits.starts_with(animated_prefix);
    if (animated) digits.remove_prefix(animated_prefix.size());
    if (digits.size() == digest_digits && decode(digits.data(), digest_)) {
        form_ = animated ? Form::animated_hex : Form::hex;
        return;
    }
    if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("image hash longer than 4 GiB");
    }
    text_ = Text{nullptr, static_cast<std::uint32_t>(text.size())};
    if (!text.empty()) {
        text_.data = new char[text.size()];
        std::memcpy(text_.data, text.data(), text.size());
    }
}

ImageHash ImageHash::from_digest(const Digest& digest, bool animated) noexcept {
    ImageHash hash;
    hash.digest_ = digest;
    hash.form_ = animated ? Form::animated_hex : Form::hex;
    return hash;
}

ImageHash::ImageHash(const ImageHash& other) : text_{} {
    if (other.form_ != Form::text) {
        digest_ = other.digest_;
        form_ = other.form_;
    } else if (other.text_.size != 0) {
        text_.data = new char[other.text_.size];
        text_.size = other.text_.size;
        std::memcpy(text_.data, other.text_.data, other.text_.size);
    }
}

ImageHash& ImageHash::operator=(const ImageHash& other) {
    if (this != &other) *this = ImageHash(other);
    return *this;
}

bool ImageHash::is_animated() const noexcept {
    return form_ == Form::text ? text().starts_with(animated_prefix) : form_ == Form::animated_hex;
}

std::size_t ImageHash::size() const noexcept {
    switch (form_) {
        case Form::hex:
            return digest_digits;
        case Form::animated_hex:
            return hex_text_size;
        case Form::text:
            break;
    }
    return text_.size;
}

char* ImageHash::copy_to(char* out) const noexcept {
    if (form_ == Form::text) {
        if (text_.size != 0) std::memcpy(out, text_.data, text_.size);
        return out + text_.size;
    }
    if (form_ == Form::animated_hex) {
        std::memcpy(out, animated_prefix.data(), animated_prefix.size());
        out += animated_prefix.size();
    }
    return encode(digest_, out);
}

void ImageHash::append_to(std::string& out) const {
    const auto start = out.size();
    out.resize(start + size());
    copy_to(out.data() + start);
}

std::string ImageHash::to_string() const {
    std::string out;
    append_to(out);
    return out;
}

bool operator==(const ImageHash& a, const ImageHash& b) noexcept {
    if (a.form_ != b.form_) return false;
    if (a.form_ == ImageHash::Form::text) return a.text() == b.text();
    return a.digest_ == b.digest_;
}

bool operator==(const ImageHash& a, std::string_view b) noexcept {
    if (a.form_ == ImageHash::Form::text) return a.text() == b;
    std::array<char, ImageHash::hex_text_size> buffer{};
    const char* end = a.copy_to(buffer.data());
    return std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data())) == b;
}

std::ostream& operator<<(std::ostream& out, const ImageHash& hash) {
    return out << hash.to_string();
}

}  // namespace hikari
