#pragma once
// Transport compression of a gateway connection (docs/events/gateway.mdx "Transport Compression").

#include <hikari/core/errors_base.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace hikari {

enum class GatewayCompression : std::uint8_t {
    uncompressed,  ///< text frames
    zlib_stream,   ///< one zlib context per connection, messages end with 00 00 FF FF
    zstd_stream,   ///< one zstd context per connection, every message a flushed frame part
};

/// "none", "zlib-stream" or "zstd-stream"; nullopt for anything else.
std::optional<GatewayCompression> parse_gateway_compression(std::string_view name) noexcept;
std::string_view to_string(GatewayCompression compression) noexcept;

}  // namespace hikari
