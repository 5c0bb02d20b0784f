#include "sandbox/gateway/compressor.hpp"

#include <zlib.h>
#include <zstd.h>

#include <array>

namespace hikari::sandbox {

std::optional<Compression> parse_compression(std::string_view text) noexcept {
    if (text.empty()) return Compression::none;
    if (text == "zlib-stream") return Compression::zlib_stream;
    if (text == "zstd-stream") return Compression::zstd_stream;
    return std::nullopt;
}

struct Compressor::Zlib {
    z_stream stream{};
    Zlib() {
        if (deflateInit_(&stream, Z_DEFAULT_COMPRESSION, ZLIB_VERSION,
                         static_cast<int>(sizeof(z_stream))) != Z_OK) {
            throw CompressionError("zlib: deflateInit failed");
        }
    }
    ~Zlib() { deflateEnd(&stream); }
    Zlib(const Zlib&) = delete;
    Zlib& operator=(const Zlib&) = delete;
};

struct Compressor::Zstd {
    ZSTD_CCtx* context = ZSTD_createCCtx();
    Zstd() {
        if (context == nullptr) throw CompressionError("zstd: ZSTD_createCCtx failed");
    }
    ~Zstd() { ZSTD_freeCCtx(context); }
    Zstd(const Zstd&) = delete;
    Zstd& operator=(const Zstd&) = delete;
};

Compressor::Compressor(Compression mode) : mode_(mode) {
    if (mode == Compression::zlib_stream) zlib_ = std::make_unique<Zlib>();
    if (mode == Compression::zstd_stream) zstd_ = std::make_unique<Zstd>();
}

Compressor::~Compressor() = default;
Compressor::Compressor(Compressor&&) noexcept = default;
Compressor& Compressor::operator=(Compressor&&) noexcept = default;

std::string Compressor::compress(std::string_view payload) {
    std::string out;
    compress(payload, out);
    return out;
}

void Compressor::compress(std::string_view payload, std::string& out) {
    out.clear();
    std::array<unsigned char, 16384> chunk{};
    if (mode_ == Compression::zlib_stream) {
        z_stream& z = zlib_->stream;
        // zlib takes a non-const input pointer but never writes through it.
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(payload.data()));
        z.avail_in = static_cast<uInt>(payload.size());
        do {
            z.next_out = chunk.data();
            z.avail_out = static_cast<uInt>(chunk.size());
            const int rc = deflate(&z, Z_SYNC_FLUSH);
            if (rc != Z_OK && rc != Z_BUF_ERROR) throw CompressionError("zlib: deflate failed");
            out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size() - z.avail_out);
        } while (z.avail_out == 0);
        return;
    }
    if (mode_ == Compression::zstd_stream) {
        ZSTD_inBuffer in{payload.data(), payload.size(), 0};
        std::size_t remaining = 0;
        do {
            ZSTD_outBuffer buffer{chunk.data(), chunk.size(), 0};
            remaining = ZSTD_compressStream2(zstd_->context, &buffer, &in, ZSTD_e_flush);
            if (ZSTD_isError(remaining) != 0U) {
                throw CompressionError(std::string("zstd: ") + ZSTD_getErrorName(remaining));
            }
            out.append(reinterpret_cast<const char*>(chunk.data()), buffer.pos);
        } while (remaining != 0);
        return;
    }
    out.assign(payload);
}

}  // namespace hikari::sandbox
