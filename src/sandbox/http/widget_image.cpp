#include "sandbox/http/widget_image.hpp"

#include <zlib.h>

#include <stdexcept>
#include <string_view>

namespace hikari::sandbox {

namespace {

void put_u32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

/// length, type, data, CRC of type and data (PNG chunk layout).
void chunk(std::string& out, std::string_view type, std::string_view data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    std::string body(type);
    body += data;
    out += body;
    const auto crc =
        crc32(0L, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
    put_u32(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

std::string solid_png(std::uint32_t width, std::uint32_t height, std::uint32_t rgb) {
    std::string header;
    put_u32(header, width);
    put_u32(header, height);
    header += '\x08';                // bit depth
    header += '\x02';                // truecolour
    header += std::string(3, '\0');  // compression, filter, interlace
    // Each scanline: filter type 0, then width RGB pixels.
    std::string row(1, '\0');
    for (std::uint32_t x = 0; x < width; ++x) {
        row += static_cast<char>((rgb >> 16) & 0xFF);
        row += static_cast<char>((rgb >> 8) & 0xFF);
        row += static_cast<char>(rgb & 0xFF);
    }
    std::string pixels;
    for (std::uint32_t y = 0; y < height; ++y) pixels += row;
    uLongf size = compressBound(static_cast<uLong>(pixels.size()));
    std::string compressed(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(compressed.data()), &size,
                  reinterpret_cast<const Bytef*>(pixels.data()), static_cast<uLong>(pixels.size()),
                  Z_BEST_SPEED) != Z_OK) {
        throw std::runtime_error("widget image: zlib failed");
    }
    compressed.resize(size);
    std::string png("\x89PNG\r\n\x1a\n", 8);
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", compressed);
    chunk(png, "IEND", {});
    return png;
}

}  // namespace hikari::sandbox
