#include "gateway/transport_decompressor.hpp"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <string>
#include <vector>

using hikari::GatewayCompression;
using hikari::gateway::DecompressionError;
using hikari::gateway::TransportDecompressor;

namespace {

// The server side of zlib-stream: one deflate context, every payload ends in a sync flush.
class ZlibSender {
  public:
    ZlibSender() { deflateInit(&stream_, Z_DEFAULT_COMPRESSION); }
    ~ZlibSender() { deflateEnd(&stream_); }
    std::string send(const std::string& payload) {
        std::string out(payload.size() + 1024, '\0');
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(payload.data()));
        stream_.avail_in = static_cast<uInt>(payload.size());
        stream_.next_out = reinterpret_cast<Bytef*>(out.data());
        stream_.avail_out = static_cast<uInt>(out.size());
        EXPECT_EQ(deflate(&stream_, Z_SYNC_FLUSH), Z_OK);
        out.resize(out.size() - stream_.avail_out);
        return out;
    }

  private:
    z_stream stream_{};
};

class ZstdSender {
  public:
    ~ZstdSender() { ZSTD_freeCCtx(cctx_); }
    std::string send(const std::string& payload) {
        std::string out(ZSTD_compressBound(payload.size()) + 1024, '\0');
        ZSTD_inBuffer in{payload.data(), payload.size(), 0};
        ZSTD_outBuffer o{out.data(), out.size(), 0};
        std::size_t rc = 0;
        do {
            rc = ZSTD_compressStream2(cctx_, &o, &in, ZSTD_e_flush);
            EXPECT_FALSE(ZSTD_isError(rc));
        } while (rc != 0);
        out.resize(o.pos);
        return out;
    }

  private:
    ZSTD_CCtx* cctx_ = ZSTD_createCCtx();
};

std::string payload(int seq, std::size_t filler) {
    return R"({"op":0,"s":)" + std::to_string(seq) + R"(,"t":"MESSAGE_CREATE","d":{"content":")" +
           std::string(filler, 'x') + R"("}})";
}

}  // namespace

TEST(TransportDecompressor, PassthroughKeepsTextAndPadsIt) {
    auto d = TransportDecompressor::create(GatewayCompression::uncompressed);
    auto out = d->feed(R"({"op":11})");
    ASSERT_TRUE(out);
    EXPECT_EQ(*out, R"({"op":11})");
    EXPECT_EQ(out->data()[out->size()], '\0');  // padding follows the payload
}

TEST(TransportDecompressor, PassthroughHandsPaddedInputBackInPlace) {
    auto d = TransportDecompressor::create(GatewayCompression::uncompressed);
    std::string frame = R"({"op":11})";
    frame.reserve(frame.size() + TransportDecompressor::padding);
    auto out = d->feed_padded(frame);
    ASSERT_TRUE(out);
    EXPECT_EQ(out->data(), frame.data());  // no copy
    EXPECT_EQ(out->size(), frame.size());
    EXPECT_EQ(d->bytes_out, frame.size());
}

TEST(TransportDecompressor, ZlibStreamInflatesEachPayloadWithOneSharedContext) {
    ZlibSender sender;
    auto d = TransportDecompressor::create(GatewayCompression::zlib_stream);
    // Later payloads reuse the dictionary of earlier ones: a fresh context per message fails.
    for (int seq = 1; seq <= 50; ++seq) {
        auto expected = payload(seq, static_cast<std::size_t>(seq) * 97);
        auto out = d->feed(sender.send(expected));
        ASSERT_TRUE(out) << seq;
        EXPECT_EQ(*out, expected) << seq;
    }
    EXPECT_GT(d->bytes_out, d->bytes_in);
}

TEST(TransportDecompressor, ZlibStreamWaitsForTheFlushMarkerAcrossMessages) {
    ZlibSender sender;
    auto d = TransportDecompressor::create(GatewayCompression::zlib_stream);
    auto expected = payload(1, 5000);
    auto wire = sender.send(expected);
    auto half = wire.size() / 2;
    EXPECT_FALSE(d->feed(wire.substr(0, half)));
    auto out = d->feed(wire.substr(half));
    ASSERT_TRUE(out);
    EXPECT_EQ(*out, expected);
    // The next payload still inflates after a split one.
    auto next = payload(2, 10);
    EXPECT_EQ(d->feed(sender.send(next)).value(), next);
}

TEST(TransportDecompressor, ZlibStreamGrowsForLargePayloads) {
    ZlibSender sender;
    auto d = TransportDecompressor::create(GatewayCompression::zlib_stream);
    auto expected = payload(1, 3 * 1024 * 1024);  // compresses ~1000:1, inflates far past 4x
    EXPECT_EQ(d->feed(sender.send(expected)).value(), expected);
}

TEST(TransportDecompressor, ZlibStreamRejectsCorruptDataWithATypedError) {
    auto d = TransportDecompressor::create(GatewayCompression::zlib_stream);
    std::string garbage = "this is not zlib";
    garbage += std::string("\x00\x00\xff\xff", 4);
    EXPECT_THROW(d->feed(garbage), DecompressionError);
}

TEST(TransportDecompressor, ZstdStreamInflatesEachPayloadWithOneSharedContext) {
    ZstdSender sender;
    auto d = TransportDecompressor::create(GatewayCompression::zstd_stream);
    for (int seq = 1; seq <= 50; ++seq) {
        auto expected = payload(seq, static_cast<std::size_t>(seq) * 131);
        auto out = d->feed(sender.send(expected));
        ASSERT_TRUE(out) << seq;
        EXPECT_EQ(*out, expected) << seq;
    }
    auto big = payload(51, 2 * 1024 * 1024);
    EXPECT_EQ(d->feed(sender.send(big)).value(), big);
}

TEST(TransportDecompressor, ZstdStreamRejectsCorruptDataWithATypedError) {
    auto d = TransportDecompressor::create(GatewayCompression::zstd_stream);
    EXPECT_THROW(d->feed("definitely not a zstd frame at all"), DecompressionError);
}

TEST(GatewayCompression, ParsesTheQueryValues) {
    EXPECT_EQ(hikari::parse_gateway_compression("zlib-stream"), GatewayCompression::zlib_stream);
    EXPECT_EQ(hikari::parse_gateway_compression("zstd-stream"), GatewayCompression::zstd_stream);
    EXPECT_EQ(hikari::parse_gateway_compression("none"), GatewayCompression::uncompressed);
    EXPECT_FALSE(hikari::parse_gateway_compression("gzip"));
    EXPECT_EQ(hikari::to_string(GatewayCompression::zstd_stream), "zstd-stream");
}
