#include "gateway/transport_decompressor.hpp"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace hikari::gateway {
namespace {

// An output buffer that grows geometrically, never zero-fills, and always keeps
// TransportDecompressor::padding spare bytes after the data for in-place JSON parsing.
class OutputBuffer {
  public:
    /// Makes room for at least `min_free` more bytes after `used` and returns the free tail.
    char* reserve_tail(std::size_t used, std::size_t min_free, std::size_t& avail) {
        const std::size_t needed = used + min_free + TransportDecompressor::padding;
        if (needed > capacity_) {
            std::size_t grown = std::max(needed, capacity_ * 2);
            auto bigger = std::make_unique<char[]>(grown);
            if (used > 0) std::memcpy(bigger.get(), data_.get(), used);
            data_ = std::move(bigger);
            capacity_ = grown;
        }
        avail = capacity_ - used - TransportDecompressor::padding;
        return data_.get() + used;
    }
    std::string_view view(std::size_t used) {
        std::memset(data_.get() + used, 0, TransportDecompressor::padding);
        return {data_.get(), used};
    }

  private:
    std::unique_ptr<char[]> data_;
    std::size_t capacity_ = 0;
};

constexpr std::size_t min_chunk = std::size_t{16} * 1024;

class Passthrough final : public TransportDecompressor {
  public:
    std::optional<std::string_view> feed(std::string_view message) override {
        std::size_t avail = 0;
        char* tail = buffer_.reserve_tail(0, message.size(), avail);
        std::memcpy(tail, message.data(), message.size());
        bytes_in += message.size();
        bytes_out += message.size();
        return buffer_.view(message.size());
    }

    std::optional<std::string_view> feed_padded(std::string_view message) override {
        bytes_in += message.size();
        bytes_out += message.size();
        return message;
    }

  private:
    OutputBuffer buffer_;
};

class ZlibStream final : public TransportDecompressor {
  public:
    ZlibStream() {
        if (inflateInit(&stream_) != Z_OK) throw DecompressionError("zlib: inflateInit failed");
    }
    ~ZlibStream() override { inflateEnd(&stream_); }
    ZlibStream(const ZlibStream&) = delete;
    ZlibStream& operator=(const ZlibStream&) = delete;
    ZlibStream(ZlibStream&&) = delete;
    ZlibStream& operator=(ZlibStream&&) = delete;

    std::optional<std::string_view> feed(std::string_view message) override {
        bytes_in += message.size();
        // A payload is complete once its last message ends with Z_SYNC_FLUSH's marker; until
        // then the pieces wait in pending_ (rare: Discord sends most payloads whole).
        std::string_view input = message;
        if (!pending_.empty()) {
            pending_.append(message);
            input = pending_;
        }
        static constexpr std::array<char, 4> suffix{'\x00', '\x00', '\xFF', '\xFF'};
        if (input.size() < suffix.size() || std::memcmp(input.data() + input.size() - suffix.size(),
                                                        suffix.data(), suffix.size()) != 0) {
            if (pending_.empty()) pending_.assign(message);
            return std::nullopt;
        }
        std::size_t used = 0;
        std::size_t avail = 0;
        // zlib's API takes non-const input pointers but never writes through them.
        stream_.next_in = const_cast<Bytef*>(reinterpret_cast<const Bytef*>(input.data()));
        stream_.avail_in = static_cast<uInt>(input.size());
        while (true) {
            char* tail = buffer_.reserve_tail(used, std::max(min_chunk, input.size() * 4), avail);
            stream_.next_out = reinterpret_cast<Bytef*>(tail);
            stream_.avail_out = static_cast<uInt>(avail);
            int rc = inflate(&stream_, Z_SYNC_FLUSH);
            used += avail - stream_.avail_out;
            if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && stream_.avail_in == 0)) {
                pending_.clear();
                throw DecompressionError(std::string("zlib-stream: ") +
                                         (stream_.msg != nullptr ? stream_.msg : "corrupt data"));
            }
            if (stream_.avail_in == 0 && stream_.avail_out != 0) break;
            if (rc == Z_STREAM_END) break;
        }
        pending_.clear();
        bytes_out += used;
        return buffer_.view(used);
    }

  private:
    z_stream stream_{};
    std::string pending_;
    OutputBuffer buffer_;
};

class ZstdStream final : public TransportDecompressor {
  public:
    ZstdStream() : dctx_(ZSTD_createDCtx()) {
        if (dctx_ == nullptr) throw DecompressionError("zstd: ZSTD_createDCtx failed");
    }
    ~ZstdStream() override { ZSTD_freeDCtx(dctx_); }
    ZstdStream(const ZstdStream&) = delete;
    ZstdStream& operator=(const ZstdStream&) = delete;
    ZstdStream(ZstdStream&&) = delete;
    ZstdStream& operator=(ZstdStream&&) = delete;

    std::optional<std::string_view> feed(std::string_view message) override {
        bytes_in += message.size();
        std::size_t used = 0;
        std::size_t avail = 0;
        ZSTD_inBuffer in{message.data(), message.size(), 0};
        while (true) {
            char* tail = buffer_.reserve_tail(used, std::max(min_chunk, message.size() * 4), avail);
            ZSTD_outBuffer out{tail, avail, 0};
            std::size_t rc = ZSTD_decompressStream(dctx_, &out, &in);
            used += out.pos;
            if (ZSTD_isError(rc) != 0U) {
                throw DecompressionError(std::string("zstd-stream: ") + ZSTD_getErrorName(rc));
            }
            // Done once the input is consumed and the output was not filled (a full output
            // buffer may mean the codec still holds flushed bytes back).
            if (in.pos == in.size && out.pos < out.size) break;
        }
        bytes_out += used;
        return buffer_.view(used);
    }

  private:
    ZSTD_DCtx* dctx_;
    OutputBuffer buffer_;
};

}  // namespace

std::unique_ptr<TransportDecompressor> TransportDecompressor::create(
    GatewayCompression compression) {
    switch (compression) {
        case GatewayCompression::zlib_stream:
            return std::make_unique<ZlibStream>();
        case GatewayCompression::zstd_stream:
            return std::make_unique<ZstdStream>();
        case GatewayCompression::uncompressed:
            break;
    }
    return std::make_unique<Passthrough>();
}

}  // namespace hikari::gateway
