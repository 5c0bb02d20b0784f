// The request head written by the transport (rest/http/request_head.hpp): the exact text, the
// replacement rules Beast's serializer used to apply, and header injection refused.

#include "rest/http/request_head.hpp"

#include <gtest/gtest.h>

#include <string>

namespace hikari::rest::http {
namespace {

Url url_of(const std::string& text) {
    return parse_url(text);
}

TEST(RequestHead, GetWithPresetHeadAndDefaultPort) {
    Request request;
    request.headers = {{"X-Audit-Log-Reason", "spam%20cleanup"}};
    request.preset_head = "User-Agent: ua\r\nAuthorization: Bot t\r\n";
    std::string out = "stale";
    write_request_head(request, url_of("https://discord.com/api/v10/users/@me?x=1"), out);
    EXPECT_EQ(out,
              "GET /api/v10/users/@me?x=1 HTTP/1.1\r\n"
              "Host: discord.com\r\n"
              "X-Audit-Log-Reason: spam%20cleanup\r\n"
              "User-Agent: ua\r\nAuthorization: Bot t\r\n"
              "\r\n");
}

TEST(RequestHead, BodyAndOtherPortAndIpv6) {
    Request request;
    request.method = "POST";
    request.body = Body::of("application/json", "{\"a\":1}");
    std::string out;
    write_request_head(request, url_of("http://[::1]:8080/x"), out);
    EXPECT_EQ(out,
              "POST /x HTTP/1.1\r\n"
              "Host: [::1]:8080\r\n"
              "Content-Type: application/json\r\n"
              "Content-Length: 7\r\n"
              "\r\n");
}

TEST(RequestHead, EmptyPostStillSaysItsLength) {
    Request request;
    request.method = "PUT";
    std::string out;
    write_request_head(request, url_of("http://127.0.0.1/y"), out);
    EXPECT_NE(out.find("Content-Length: 0\r\n"), std::string::npos) << out;
    EXPECT_EQ(out.find("Content-Type"), std::string::npos) << out;
    EXPECT_NE(out.find("Host: 127.0.0.1\r\n"), std::string::npos) << out;
}

TEST(RequestHead, LaterHeadersReplaceEarlierOnesAndTheHost) {
    Request request;
    request.method = "PATCH";
    request.headers = {{"x-a", "1"},
                       {"Host", "elsewhere"},
                       {"X-A", "2"},
                       {"Content-Length", "99"},
                       {"content-type", "text/plain"}};
    request.body = Body::of("application/json", "{}");
    std::string out;
    write_request_head(request, url_of("http://h/z"), out);
    EXPECT_EQ(out,
              "PATCH /z HTTP/1.1\r\n"
              "Host: elsewhere\r\n"
              "X-A: 2\r\n"
              "Content-Type: application/json\r\n"
              "Content-Length: 2\r\n"
              "\r\n");
}

TEST(RequestHead, LineBreaksAreRefused) {
    const Url url = url_of("http://h/z");
    std::string out;
    Request value;
    value.headers = {{"X-Discord-Locale", "en-US\r\nAuthorization: Bot stolen"}};
    EXPECT_THROW(write_request_head(value, url, out), ValueError);
    // A long value, so that the bad byte sits past the first eight.
    Request late;
    late.headers = {{"X-Long", std::string(40, 'a') + '\n' + "b"}};
    EXPECT_THROW(write_request_head(late, url, out), ValueError);
    Request nul;
    nul.headers = {{"X-Nul", std::string("a\0b", 3)}};
    EXPECT_THROW(write_request_head(nul, url, out), ValueError);
    Request name;
    name.headers = {{"X-Bad\r\nName", "v"}};
    EXPECT_THROW(write_request_head(name, url, out), ValueError);
    Request colon;
    colon.headers = {{"X-Bad:", "v"}};
    EXPECT_THROW(write_request_head(colon, url, out), ValueError);
    Request method;
    method.method = "GET /evil HTTP/1.1\r\n";
    EXPECT_THROW(write_request_head(method, url, out), ValueError);
    Request type;
    type.body = Body::of("text/plain\r\nX: y", "b");
    EXPECT_THROW(write_request_head(type, url, out), ValueError);
}

TEST(RequestHead, TabsAndHighBytesAreAllowed) {
    Request request;
    request.headers = {{"X-Text", "a\tb \xC3\xA9 \x7F" + std::string(20, 'z')}};
    std::string out;
    EXPECT_NO_THROW(write_request_head(request, url_of("http://h/"), out));
    EXPECT_NE(out.find("X-Text: a\tb \xC3\xA9"), std::string::npos);
}

}  // namespace
}  // namespace hikari::rest::http
