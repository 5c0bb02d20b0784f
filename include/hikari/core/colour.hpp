#pragma once
// 24-bit RGB colours, as Discord uses for embeds and roles (an integer 0..0xFFFFFF).

#include <hikari/core/errors_base.hpp>

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace hikari {

class Colour {
  public:
    static constexpr std::uint32_t max_value = 0xFFFFFF;

    constexpr Colour() noexcept = default;
    /// 0xRRGGBB. Throws ValueError above 0xFFFFFF.
    constexpr explicit Colour(std::uint32_t rgb) : value_(checked(rgb)) {}

    /// Each channel 0..255; throws ValueError naming the channel otherwise.
    static constexpr Colour from_rgb(int r, int g, int b) {
        return Colour{(channel(r, 'r') << 16) | (channel(g, 'g') << 8) | channel(b, 'b')};
    }
    /// Each channel 0.0..1.0, rounded to the nearest step; NaN or out of range -> ValueError.
    static Colour from_rgb_float(double r, double g, double b);
    /// "#RRGGBB", "RRGGBB", "#RGB" or "0xRRGGBB", case-insensitive; the short form
    /// doubles each digit ("#F0A" is "#FF00AA"). Throws ParseError quoting the input.
    static Colour parse(std::string_view text);

    [[nodiscard]] constexpr std::uint32_t value() const noexcept { return value_; }
    [[nodiscard]] constexpr std::uint8_t r() const noexcept {
        return static_cast<std::uint8_t>(value_ >> 16);
    }
    [[nodiscard]] constexpr std::uint8_t g() const noexcept {
        return static_cast<std::uint8_t>(value_ >> 8);
    }
    [[nodiscard]] constexpr std::uint8_t b() const noexcept {
        return static_cast<std::uint8_t>(value_);
    }

    /// "#RRGGBB" with upper-case digits.
    [[nodiscard]] std::string to_hex() const;

    friend constexpr auto operator<=>(Colour, Colour) noexcept = default;

  private:
    [[noreturn]] static void throw_out_of_range(std::uint32_t rgb);
    [[noreturn]] static void throw_bad_channel(int value, char name);

    static constexpr std::uint32_t checked(std::uint32_t rgb) {
        if (rgb > max_value) throw_out_of_range(rgb);
        return rgb;
    }
    static constexpr std::uint32_t channel(int value, char name) {
        if (value < 0 || value > 255) throw_bad_channel(value, name);
        return static_cast<std::uint32_t>(value);
    }

    std::uint32_t value_ = 0;
};

using Color = Colour;

std::ostream& operator<<(std::ostream& out, Colour colour);

}  // namespace hikari
