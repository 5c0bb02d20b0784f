#include "cache/packed_fields.hpp"

namespace hikari::cache_detail {

namespace {

int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;  // upper case too: it would not come back the same
}

}  // namespace

std::optional<std::array<std::uint8_t, 16>> pack_hash(std::string_view hex) noexcept {
    if (hex.size() != 32) return std::nullopt;
    std::array<std::uint8_t, 16> out{};
    for (std::size_t i = 0; i < 16; ++i) {
        const int high = hex_value(hex[2 * i]);
        const int low = hex_value(hex[2 * i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        out[i] = static_cast<std::uint8_t>((high << 4) | low);
    }
    return out;
}

std::string unpack_hash(const std::array<std::uint8_t, 16>& bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(32, '0');
    for (std::size_t i = 0; i < 16; ++i) {
        out[2 * i] = digits[bytes[i] >> 4];
        out[2 * i + 1] = digits[bytes[i] & 0x0F];
    }
    return out;
}

std::optional<PackedImage> pack_image(std::string_view hash) noexcept {
    PackedImage image;
    if (hash.starts_with("a_")) {
        image.animated = true;
        hash.remove_prefix(2);
    }
    auto bytes = pack_hash(hash);
    if (!bytes) return std::nullopt;
    image.bytes = *bytes;
    return image;
}

std::string unpack_image(const PackedImage& image) {
    return image.animated ? "a_" + unpack_hash(image.bytes) : unpack_hash(image.bytes);
}

}  // namespace hikari::cache_detail
