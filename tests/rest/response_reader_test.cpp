// ResponseReader (rest/http/response_reader.hpp): Beast's parser filling a Response directly.
// Responses are fed in pieces, as reads deliver them.

#include "rest/http/response_reader.hpp"

#include <hikari/model/entity_factory.hpp>

#include <gtest/gtest.h>
#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>

#include <string>
#include <string_view>

namespace hikari::rest::http {
namespace {

using boost::system::error_code;

/// Feeds `wire` to the reader `piece` bytes at a time, as a connection would (unconsumed
/// bytes are offered again with the next piece). Returns the last error.
error_code feed(ResponseReader& reader, std::string_view wire, std::size_t piece) {
    std::string pending;
    std::size_t offered = 0;
    error_code ec;
    while (!reader.is_done()) {
        if (offered < wire.size()) {
            const std::size_t n = std::min(piece, wire.size() - offered);
            pending.append(wire.substr(offered, n));
            offered += n;
        } else {
            // Everything offered and not done: the server closed.
            reader.put_eof(ec);
            return ec;
        }
        for (;;) {
            ec = {};
            const std::size_t used = reader.put(boost::asio::buffer(pending), ec);
            pending.erase(0, used);
            if (ec || used == 0 || reader.is_done() || pending.empty()) break;
        }
        if (ec && ec != boost::beast::http::error::need_more) return ec;
    }
    return {};
}

TEST(ResponseReader, ContentLengthInPiecesWithLowerCasedNames) {
    const std::string wire =
        "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
        "X-RateLimit-Bucket: abc\r\nContent-Length: 11\r\n\r\n{\"id\":\"1\"}x";
    for (std::size_t piece : {1U, 7U, 4096U}) {
        Response response;
        ResponseReader reader(response, 1024);
        reader.eager(true);
        EXPECT_FALSE(feed(reader, wire, piece)) << piece;
        EXPECT_EQ(response.status, 201U);
        EXPECT_EQ(response.body, "{\"id\":\"1\"}x");
        ASSERT_EQ(response.headers.size(), 3U);
        EXPECT_EQ(response.headers[1].first, "x-ratelimit-bucket");
        EXPECT_EQ(response.headers[1].second, "abc");
        EXPECT_EQ(response.header("X-RATELIMIT-BUCKET"), std::optional<std::string_view>("abc"));
        EXPECT_TRUE(reader.keep_alive());
        // Room for simdjson to read the body in place.
        EXPECT_GE(response.body.capacity() - response.body.size(), hikari::json_padding);
    }
}

TEST(ResponseReader, ChunkedBody) {
    const std::string wire =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n";
    Response response;
    ResponseReader reader(response, 1024);
    reader.eager(true);
    EXPECT_FALSE(feed(reader, wire, 3));
    EXPECT_EQ(response.body, "hello world");
    EXPECT_GE(response.body.capacity() - response.body.size(), hikari::json_padding);
}

TEST(ResponseReader, BodyUntilCloseAndConnectionClose) {
    const std::string wire = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end";
    Response response;
    ResponseReader reader(response, 1024);
    reader.eager(true);
    EXPECT_FALSE(feed(reader, wire, 5));
    EXPECT_TRUE(reader.is_done());
    EXPECT_EQ(response.body, "until the end");
    EXPECT_FALSE(reader.keep_alive());

    Response closing;
    ResponseReader closing_reader(closing, 1024);
    EXPECT_FALSE(feed(closing_reader, "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n", 64));
    EXPECT_EQ(closing.status, 204U);
    EXPECT_TRUE(closing.body.empty());
    EXPECT_FALSE(closing_reader.keep_alive());
}

TEST(ResponseReader, BodyOverTheLimitIsAnError) {
    Response response;
    ResponseReader reader(response, 4);
    reader.eager(true);
    EXPECT_EQ(feed(reader, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789", 64),
              boost::beast::http::error::body_limit);
}

TEST(ResponseReader, GarbageIsAnError) {
    Response response;
    ResponseReader reader(response, 1024);
    EXPECT_TRUE(feed(reader, "SMTP ready\r\n\r\n", 64));
}

}  // namespace
}  // namespace hikari::rest::http
