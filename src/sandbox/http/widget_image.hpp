#pragma once
// A real (if plain) PNG for GET /guilds/{id}/widget.png: one colour, in the size of the
// requested style, so that clients can check they received an image they can decode.

#include <cstdint>
#include <string>

namespace hikari::sandbox {

/// A width x height 8-bit RGB PNG filled with `rgb` (0xRRGGBB).
[[nodiscard]] std::string solid_png(std::uint32_t width, std::uint32_t height, std::uint32_t rgb);

}  // namespace hikari::sandbox
