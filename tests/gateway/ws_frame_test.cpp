// The client's websocket frame codec on bytes alone: server headers decoded, client frames
// masked (RFC 6455 section 5.2).

#include "gateway/ws_frame.hpp"
#include "gateway/ws_handshake.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace hikari::gateway::ws;

namespace {

std::string header(unsigned char b0, unsigned char b1, std::string extra = {}) {
    std::string out{static_cast<char>(b0), static_cast<char>(b1)};
    return out + extra;
}

}  // namespace

TEST(WsFrame, DecodesTheThreeLengthForms) {
    FrameHeader h;
    std::string_view why;
    ASSERT_EQ(decode_header(header(0x81, 5), 1 << 20, h, why), Decoded::header);
    EXPECT_TRUE(h.fin);
    EXPECT_EQ(h.opcode, op_text);
    EXPECT_EQ(h.header_size, 2U);
    EXPECT_EQ(h.payload_size, 5U);

    ASSERT_EQ(decode_header(header(0x02, 126, std::string("\x01\x00", 2)), 1 << 20, h, why),
              Decoded::header);
    EXPECT_FALSE(h.fin);
    EXPECT_EQ(h.opcode, op_binary);
    EXPECT_EQ(h.header_size, 4U);
    EXPECT_EQ(h.payload_size, 256U);

    ASSERT_EQ(
        decode_header(header(0x82, 127, std::string("\0\0\0\0\0\x01\0\0", 8)), 1 << 20, h, why),
        Decoded::header);
    EXPECT_EQ(h.header_size, 10U);
    EXPECT_EQ(h.payload_size, 65536U);
}

TEST(WsFrame, AsksForMoreBytesUntilTheHeaderIsThere) {
    FrameHeader h;
    std::string_view why;
    EXPECT_EQ(decode_header("", 100, h, why), Decoded::need_more);
    EXPECT_EQ(decode_header(header(0x81, 126).substr(0, 1), 100, h, why), Decoded::need_more);
    EXPECT_EQ(decode_header(header(0x81, 126, "\x01"), 1000, h, why), Decoded::need_more);
    EXPECT_EQ(decode_header(header(0x81, 127, "\0\0\0"), 1000, h, why), Decoded::need_more);
}

TEST(WsFrame, RejectsWhatAServerMustNotSend) {
    FrameHeader h;
    std::string_view why;
    EXPECT_EQ(decode_header(header(0x81, 0x85), 100, h, why), Decoded::bad);  // masked
    EXPECT_NE(why.find("masked"), std::string_view::npos);
    EXPECT_EQ(decode_header(header(0xC1, 5), 100, h, why), Decoded::bad);  // RSV1
    EXPECT_EQ(decode_header(header(0x83, 5), 100, h, why), Decoded::bad);  // opcode 3
    EXPECT_EQ(decode_header(header(0x09, 5), 100, h, why), Decoded::bad);  // fragmented ping
    EXPECT_EQ(decode_header(header(0x88, 126, std::string("\0\x80", 2)), 1000, h, why),
              Decoded::bad);  // a 128-byte close frame
    EXPECT_EQ(decode_header(header(0x81, 126, std::string("\x01\x00", 2)), 255, h, why),
              Decoded::bad);  // above the limit
    EXPECT_NE(why.find("limit"), std::string_view::npos);
}

TEST(WsFrame, EncodesMaskedClientFramesThatUnmaskToThePayload) {
    for (std::size_t size :
         {std::size_t{0}, std::size_t{125}, std::size_t{126}, std::size_t{70000}}) {
        std::string payload(size, 'a');
        for (std::size_t i = 0; i < size; ++i) payload[i] = static_cast<char>('a' + i % 26);
        std::string out;
        encode_masked(out, op_text, payload, 0x01020304U);
        const auto b1 = static_cast<unsigned char>(out[1]);
        EXPECT_EQ(static_cast<unsigned char>(out[0]), 0x81);
        EXPECT_TRUE((b1 & 0x80U) != 0) << "client frames are masked";
        const std::size_t header_size = size < 126 ? 2 : size <= 0xFFFF ? 4 : 10;
        ASSERT_EQ(out.size(), header_size + 4 + size);
        const std::string key = out.substr(header_size, 4);
        EXPECT_EQ(key, std::string("\x01\x02\x03\x04"));
        std::string unmasked = out.substr(header_size + 4);
        for (std::size_t i = 0; i < unmasked.size(); ++i) unmasked[i] ^= key[i % 4];
        EXPECT_EQ(unmasked, payload);
    }
}

TEST(WsHandshake, AcceptValueMatchesTheRfcExample) {
    // RFC 6455 section 1.3.
    EXPECT_EQ(expected_accept("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    const std::string key = make_handshake_key();
    EXPECT_EQ(key.size(), 24U);
    EXPECT_NE(key, make_handshake_key());
}
