#pragma once
// Inflates a gateway connection's binary frames back into JSON text. One instance per
// connection: both transports keep a dictionary across messages, so a context must never be
// shared or reused after a reconnect.

#include <hikari/gateway/compression.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::gateway {

/// A frame could not be decompressed: the stream is corrupt and the connection must be
/// dropped (the next connection starts a fresh context).
class DecompressionError : public HikariError {
  public:
    using HikariError::HikariError;
};

class TransportDecompressor {
  public:
    virtual ~TransportDecompressor() = default;

    /// Feeds one websocket message. Returns the complete JSON payload once one is there
    /// (zlib-stream may need several messages for one payload), or nullopt. The view stays
    /// valid until the next call and is followed by at least `padding` readable bytes, so a
    /// SIMD JSON parser can read it in place.
    virtual std::optional<std::string_view> feed(std::string_view message) = 0;

    /// Like feed(), for a message that is itself followed by `padding` readable bytes (the
    /// websocket connection's read buffer guarantees it): uncompressed text is then handed
    /// back as it is instead of being copied.
    virtual std::optional<std::string_view> feed_padded(std::string_view message) {
        return feed(message);
    }

    static constexpr std::size_t padding = 64;

    /// Total bytes taken in and given out, for statistics.
    std::uint64_t bytes_in = 0;
    std::uint64_t bytes_out = 0;

    static std::unique_ptr<TransportDecompressor> create(GatewayCompression compression);
};

}  // namespace hikari::gateway
