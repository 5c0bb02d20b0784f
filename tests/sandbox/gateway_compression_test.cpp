// Transport compression: zlib-stream (one deflate context, Z_SYNC_FLUSH per message) and
// zstd-stream (one context, flushed per message), over the wire and unit-level.

#include "gateway_test_fixture.hpp"
#include "sandbox/gateway/compressor.hpp"

namespace hikari::test {
namespace {

using sandbox::Compression;
using sandbox::Compressor;
using Compressed = GatewayFixture;

TEST(CompressorTest, ParsesTheQueryValues) {
    EXPECT_EQ(sandbox::parse_compression(""), Compression::none);
    EXPECT_EQ(sandbox::parse_compression("zlib-stream"), Compression::zlib_stream);
    EXPECT_EQ(sandbox::parse_compression("zstd-stream"), Compression::zstd_stream);
    EXPECT_EQ(sandbox::parse_compression("zlib"), std::nullopt);
    EXPECT_EQ(sandbox::parse_compression("ZSTD-STREAM"), std::nullopt);
}

TEST(CompressorTest, ZlibMessagesEndWithTheSyncFlushMarker) {
    Compressor compressor(Compression::zlib_stream);
    const std::string marker("\0\0\xff\xff", 4);
    const std::string first = compressor.compress(R"({"op":11})");
    const std::string second = compressor.compress(R"({"op":11})");
    EXPECT_TRUE(compressor.binary());
    EXPECT_EQ(first.substr(first.size() - 4), marker);
    EXPECT_EQ(second.substr(second.size() - 4), marker);
    // The shared context makes the repeat cheaper than the first message (no zlib header,
    // back-references into the window).
    EXPECT_LT(second.size(), first.size());
}

TEST(CompressorTest, NoneIsTheIdentity) {
    Compressor compressor(Compression::none);
    EXPECT_FALSE(compressor.binary());
    EXPECT_EQ(compressor.compress("abc"), "abc");
}

class CompressedSession : public GatewayFixture,
                          public ::testing::WithParamInterface<WsCompression> {};

TEST_P(CompressedSession, EveryFrameDecodesWithOneContext) {
    start();
    const WsCompression mode = GetParam();
    const std::string query = mode == WsCompression::zlib_stream   ? "&compress=zlib-stream"
                              : mode == WsCompression::zstd_stream ? "&compress=zstd-stream"
                                                                   : "";
    auto client = connect("/?v=10&encoding=json" + query, mode);
    const bool binary = mode != WsCompression::none;
    const auto hello = client->receive();
    EXPECT_EQ(hello.at("op").as_int64(), 10);
    EXPECT_EQ(client->last_binary(), binary);
    if (mode == WsCompression::zlib_stream) {
        EXPECT_TRUE(client->last_had_zlib_suffix());
    }
    client->send_op(2, identify_payload(kGuilds | kGuildMembers));
    const auto ready = client->receive();
    EXPECT_EQ(ready.at("t").as_string(), "READY");
    for (std::size_t i = 0; i < world_->guild_ids().size(); ++i) {
        EXPECT_EQ(client->receive().at("t").as_string(), "GUILD_CREATE");
        EXPECT_EQ(client->last_binary(), binary);
        if (mode == WsCompression::zlib_stream) {
            EXPECT_TRUE(client->last_had_zlib_suffix());
        }
    }
    for (int i = 0; i < 20; ++i) {
        client->send_op(1, i);
        EXPECT_EQ(client->receive().at("op").as_int64(), 11);
    }
}

INSTANTIATE_TEST_SUITE_P(Modes, CompressedSession,
                         ::testing::Values(WsCompression::none, WsCompression::zlib_stream,
                                           WsCompression::zstd_stream));

TEST_F(Compressed, CompressionShrinksTheGuildCreates) {
    sandbox::GatewayOptions options;
    options.identify_interval = std::chrono::milliseconds(0);
    start(options);
    std::size_t sizes[2] = {0, 0};
    int index = 0;
    for (auto [query, mode] : {std::pair{"", WsCompression::none},
                               std::pair{"&compress=zstd-stream", WsCompression::zstd_stream}}) {
        auto client = connect(std::string("/?v=10&encoding=json") + query, mode);
        identify(*client, kGuilds | kGuildMembers);
        for (std::size_t i = 0; i < world_->guild_ids().size(); ++i) client->receive();
        sizes[index++] = client->raw_bytes();
    }
    EXPECT_LT(sizes[1], sizes[0]);
}

}  // namespace
}  // namespace hikari::test
