#pragma once
// Transport compression of one gateway connection (docs/events/gateway.mdx "Transport
// Compression"). Both streams keep one context for the whole connection, so every payload
// must go through the same Compressor, in the order the frames are sent.

#include <hikari/core/errors_base.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

enum class Compression { none, zlib_stream, zstd_stream };

/// The query string's "compress" value: absent/empty -> none, "zlib-stream", "zstd-stream".
/// Anything else -> nullopt.
std::optional<Compression> parse_compression(std::string_view text) noexcept;

/// The compressor itself failed (out of memory, a library error).
class CompressionError : public HikariError {
  public:
    using HikariError::HikariError;
};

class Compressor {
  public:
    explicit Compressor(Compression mode);
    ~Compressor();
    Compressor(Compressor&&) noexcept;
    Compressor& operator=(Compressor&&) noexcept;

    [[nodiscard]] Compression mode() const noexcept { return mode_; }
    /// True when frames must be sent as binary websocket messages.
    [[nodiscard]] bool binary() const noexcept { return mode_ != Compression::none; }

    /// One websocket message worth of bytes for `payload`. zlib-stream output ends with the
    /// Z_SYNC_FLUSH marker 00 00 ff ff; zstd-stream output is flushed but the frame stays
    /// open. With Compression::none the payload is returned unchanged.
    std::string compress(std::string_view payload);
    /// The same into `out` (replacing its content, reusing its storage).
    void compress(std::string_view payload, std::string& out);

  private:
    struct Zlib;
    struct Zstd;
    Compression mode_;
    std::unique_ptr<Zlib> zlib_;
    std::unique_ptr<Zstd> zstd_;
};

}  // namespace hikari::sandbox
