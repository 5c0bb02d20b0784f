#include <hikari/gateway/compression.hpp>

namespace hikari {

std::optional<GatewayCompression> parse_gateway_compression(std::string_view name) noexcept {
    if (name == "none" || name.empty()) return GatewayCompression::uncompressed;
    if (name == "zlib-stream") return GatewayCompression::zlib_stream;
    if (name == "zstd-stream") return GatewayCompression::zstd_stream;
    return std::nullopt;
}

std::string_view to_string(GatewayCompression compression) noexcept {
    switch (compression) {
        case GatewayCompression::uncompressed:
            return "none";
        case GatewayCompression::zlib_stream:
            return "zlib-stream";
        case GatewayCompression::zstd_stream:
            return "zstd-stream";
    }
    return "unknown";
}

}  // namespace hikari
