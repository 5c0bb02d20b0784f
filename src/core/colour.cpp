#include <hikari/core/colour.hpp>

#include <fmt/format.h>

#include <cmath>
#include <ostream>

namespace hikari {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

[[noreturn]] void fail(std::string_view text, std::string_view why) {
    throw ParseError(fmt::format("invalid colour \"{}\": {}", text.substr(0, 64), why));
}

std::uint32_t float_channel(double value, char name) {
    // The negated comparison also catches NaN.
    if (!(value >= 0.0 && value <= 1.0)) {
        throw ValueError(
            fmt::format("colour channel {} must be between 0.0 and 1.0, got {}", name, value));
    }
    return static_cast<std::uint32_t>(std::lround(value * 255.0));
}

}  // namespace

void Colour::throw_out_of_range(std::uint32_t rgb) {
    throw ValueError(fmt::format("colour {:#x} is out of range: the largest is 0xffffff", rgb));
}

void Colour::throw_bad_channel(int value, char name) {
    throw ValueError(
        fmt::format("colour channel {} must be between 0 and 255, got {}", name, value));
}

Colour Colour::from_rgb_float(double r, double g, double b) {
    return Colour{(float_channel(r, 'r') << 16) | (float_channel(g, 'g') << 8) |
                  float_channel(b, 'b')};
}

Colour Colour::parse(std::string_view text) {
    std::string_view digits = text;
    bool hash = false;
    if (digits.starts_with('#')) {
        digits.remove_prefix(1);
        hash = true;
    } else if (digits.starts_with("0x") || digits.starts_with("0X")) {
        digits.remove_prefix(2);
    }
    const bool short_form = hash && digits.size() == 3;
    if (digits.size() != 6 && !short_form) {
        fail(text, "expected \"#RRGGBB\", \"RRGGBB\", \"#RGB\" or \"0xRRGGBB\"");
    }
    std::uint32_t rgb = 0;
    for (char c : digits) {
        int d = hex_digit(c);
        if (d < 0) fail(text, fmt::format("'{}' is not a hexadecimal digit", c));
        auto nibble = static_cast<std::uint32_t>(d);
        rgb = short_form ? (rgb << 8) | (nibble << 4) | nibble : (rgb << 4) | nibble;
    }
    return Colour{rgb};
}

std::string Colour::to_hex() const {
    return fmt::format("#{:06X}", value_);
}

std::ostream& operator<<(std::ostream& out, Colour colour) {
    return out << colour.to_hex();
}

}  // namespace hikari
