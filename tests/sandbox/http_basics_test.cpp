// The sandbox over real loopback sockets: authentication, error shape, gateway discovery,
// users and the application.

#include <hikari/core/errors_base.hpp>
#include <hikari/core/snowflake.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include <http_client.hpp>

#include <gtest/gtest.h>
#include <boost/asio/connect.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <array>
#include <memory>

#include <sys/socket.h>
#include <sys/time.h>

namespace json = boost::json;
using hikari::sandbox::Sandbox;
using hikari::test::HttpClient;
using hikari::test::HttpResponse;

namespace {

class HttpBasics : public ::testing::Test {
  protected:
    void SetUp() override {
        Sandbox::Options options;
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        sandbox_ = std::make_unique<Sandbox>(options);
        sandbox_->start();
        client_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
    }
    HttpResponse api(const std::string& method, const std::string& path,
                     const std::string& body = {}) {
        return client_->bot(method, "/api/v10" + path, sandbox_->token(), body);
    }

    std::unique_ptr<Sandbox> sandbox_;
    std::unique_ptr<HttpClient> client_;
};

}  // namespace

TEST_F(HttpBasics, UrlsPointAtTheBoundPort) {
    const std::string port = std::to_string(sandbox_->port());
    EXPECT_NE(sandbox_->port(), 0);
    EXPECT_EQ(sandbox_->api_url(), "http://127.0.0.1:" + port + "/api/v10");
    EXPECT_EQ(sandbox_->gateway_url(), "ws://127.0.0.1:" + port);
    EXPECT_EQ(sandbox_->token(), "sandbox-token");
    EXPECT_TRUE(sandbox_->running());
}

TEST_F(HttpBasics, MissingOrWrongTokenIs401) {
    for (const auto& r : {client_->request("GET", "/api/v10/users/@me"),
                          client_->bot("GET", "/api/v10/users/@me", "wrong"),
                          client_->request("GET", "/api/v10/users/@me", "",
                                           {{"Authorization", sandbox_->token()}})}) {
        EXPECT_EQ(r.status, 401u);
        const auto body = r.json().as_object();
        EXPECT_EQ(body.at("message").as_string(), "401: Unauthorized");
        EXPECT_EQ(body.at("code").as_int64(), 0);
    }
}

TEST_F(HttpBasics, UnknownRouteIs404AndWrongMethodIs405) {
    auto r = api("GET", "/nothing/here");
    EXPECT_EQ(r.status, 404u);
    EXPECT_EQ(r.json().at("message").as_string(), "404: Not Found");
    EXPECT_EQ(api("POST", "/users/@me").status, 405u);
    EXPECT_EQ(client_->request("GET", "/api/v8/gateway").status, 404u);
}

TEST_F(HttpBasics, ApiV9IsServedToo) {
    const auto r = client_->bot("GET", "/api/v9/users/@me", sandbox_->token());
    EXPECT_EQ(r.status, 200u);
}

TEST_F(HttpBasics, GatewayNeedsNoAuth) {
    const auto r = client_->request("GET", "/api/v10/gateway");
    ASSERT_EQ(r.status, 200u);
    EXPECT_EQ(r.json().at("url").as_string(), sandbox_->gateway_url());
}

TEST_F(HttpBasics, GatewayBotHasShardsAndSessionStartLimit) {
    const auto r = api("GET", "/gateway/bot");
    ASSERT_EQ(r.status, 200u);
    const auto body = r.json().as_object();
    EXPECT_EQ(body.at("url").as_string(), sandbox_->gateway_url());
    EXPECT_GE(body.at("shards").as_int64(), 1);
    const auto& limit = body.at("session_start_limit").as_object();
    for (const char* key : {"total", "remaining", "reset_after", "max_concurrency"}) {
        EXPECT_TRUE(limit.contains(key)) << key;
    }
}

TEST_F(HttpBasics, CurrentUserIsTheBot) {
    const auto r = api("GET", "/users/@me");
    ASSERT_EQ(r.status, 200u);
    const auto me = r.json().as_object();
    EXPECT_TRUE(me.at("bot").as_bool());
    EXPECT_EQ(me.at("username").as_string(), "Sandbox Bot");
    EXPECT_TRUE(hikari::Snowflake::try_parse(me.at("id").as_string()).has_value());
}

TEST_F(HttpBasics, ModifyCurrentUserValidatesUsername) {
    auto bad = api("PATCH", "/users/@me", R"({"username": "x"})");
    EXPECT_EQ(bad.status, 400u);
    const auto body = bad.json().as_object();
    EXPECT_EQ(body.at("code").as_int64(), 50035);
    EXPECT_EQ(body.at("message").as_string(), "Invalid Form Body");
    EXPECT_EQ(body.at("errors").at("username").at("_errors").at(0).at("code").as_string(),
              "BASE_TYPE_BAD_LENGTH");
    auto ok = api("PATCH", "/users/@me", R"({"username": "Renamed Bot"})");
    ASSERT_EQ(ok.status, 200u);
    EXPECT_EQ(api("GET", "/users/@me").json().at("username").as_string(), "Renamed Bot");
}

TEST_F(HttpBasics, InvalidJsonIs50109) {
    const auto r = api("PATCH", "/users/@me", "{nope");
    EXPECT_EQ(r.status, 400u);
    EXPECT_EQ(r.json().at("code").as_int64(), 50109);
}

TEST_F(HttpBasics, UsersByIdAndUnknownUser) {
    const auto me = api("GET", "/users/@me").json();
    const auto r = api("GET", "/users/" + std::string(me.at("id").as_string()));
    EXPECT_EQ(r.status, 200u);
    const auto unknown = api("GET", "/users/1");
    EXPECT_EQ(unknown.status, 404u);
    EXPECT_EQ(unknown.json().at("code").as_int64(), 10013);
    EXPECT_EQ(unknown.json().at("message").as_string(), "Unknown User");
    const auto malformed = api("GET", "/users/not-an-id");
    EXPECT_EQ(malformed.status, 400u);
    EXPECT_EQ(malformed.json().at("code").as_int64(), 50035);
    EXPECT_TRUE(malformed.json().at("errors").as_object().contains("user_id"));
}

TEST_F(HttpBasics, CurrentUserGuildsAndApplication) {
    const auto guilds = api("GET", "/users/@me/guilds");
    ASSERT_EQ(guilds.status, 200u);
    EXPECT_EQ(guilds.json().as_array().size(), 2u);
    EXPECT_EQ(api("GET", "/users/@me/guilds?limit=1").json().as_array().size(), 1u);
    EXPECT_EQ(api("GET", "/users/@me/guilds?limit=0").json().at("code").as_int64(), 50035);
    const auto app = api("GET", "/applications/@me");
    ASSERT_EQ(app.status, 200u);
    EXPECT_EQ(app.json().at("id"), api("GET", "/users/@me").json().at("id"));
}

TEST(Sandbox, StopIsIdempotentAndPortIsReleased) {
    Sandbox sandbox;
    sandbox.start();
    EXPECT_THROW(sandbox.start(), hikari::HikariError);
    sandbox.stop();
    sandbox.stop();
    EXPECT_FALSE(sandbox.running());
}

TEST(Sandbox, BadHostAndBadFixtureAreTypedErrors) {
    Sandbox::Options bad_host;
    bad_host.host = "not-an-ip";
    Sandbox a(bad_host);
    EXPECT_THROW(a.start(), hikari::ValueError);
    Sandbox::Options bad_fixture;
    bad_fixture.world.fixture_path = "/nonexistent.json";
    Sandbox b(bad_fixture);
    EXPECT_THROW(b.start(), hikari::ParseError);
    Sandbox::Options half_tls;
    half_tls.tls_cert_path = "/tmp/cert.pem";
    Sandbox c(half_tls);
    EXPECT_THROW(c.start(), hikari::ValueError);
}

TEST(Sandbox, PortInUseIsAHikariError) {
    Sandbox first;
    first.start();
    Sandbox::Options same;
    same.port = first.port();
    Sandbox second(same);
    EXPECT_THROW(second.start(), hikari::HikariError);
}

TEST_F(HttpBasics, WebsocketUpgradesReachTheGatewayOnTheSamePort) {
    namespace asio = boost::asio;
    namespace websocket = boost::beast::websocket;
    asio::io_context io;
    asio::ip::tcp::resolver resolver(io);
    websocket::stream<asio::ip::tcp::socket> ws(io);
    asio::connect(ws.next_layer(), resolver.resolve("127.0.0.1", std::to_string(sandbox_->port())));
    ws.handshake("127.0.0.1", "/?v=10&encoding=json");
    boost::beast::flat_buffer buffer;
    ws.read(buffer);
    const auto hello = json::parse(boost::beast::buffers_to_string(buffer.data()));
    EXPECT_EQ(hello.at("op").as_int64(), 10);
    EXPECT_TRUE(hello.at("d").as_object().contains("heartbeat_interval"));
    // HTTP keeps working next to the websocket.
    EXPECT_EQ(api("GET", "/users/@me").status, 200u);
}

TEST_F(HttpBasics, RestMutationsReachIdentifiedGatewaySessions) {
    namespace asio = boost::asio;
    namespace websocket = boost::beast::websocket;
    asio::io_context io;
    asio::ip::tcp::resolver resolver(io);
    websocket::stream<asio::ip::tcp::socket> ws(io);
    asio::connect(ws.next_layer(), resolver.resolve("127.0.0.1", std::to_string(sandbox_->port())));
    // A blocking read that never returns would hang the suite: give up after five seconds.
    timeval timeout{5, 0};
    setsockopt(ws.next_layer().native_handle(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ws.handshake("127.0.0.1", "/?v=10&encoding=json");
    auto next = [&ws] {
        boost::beast::flat_buffer buffer;
        ws.read(buffer);
        return json::parse(boost::beast::buffers_to_string(buffer.data())).as_object();
    };
    ASSERT_EQ(next().at("op").as_int64(), 10);
    const json::object identify{
        {"op", 2},
        {"d", json::object{{"token", sandbox_->token()},
                           {"intents", (1 << 0) | (1 << 9) | (1 << 15)},
                           {"properties",
                            json::object{{"os", "linux"}, {"browser", "t"}, {"device", "t"}}}}}};
    ws.write(asio::buffer(json::serialize(identify)));
    std::string channel;
    for (int i = 0; i < 10 && channel.empty(); ++i) {
        const auto frame = next();
        if (frame.at("t") == json::value("GUILD_CREATE")) {
            channel = frame.at("d").at("channels").at(0).at("id").as_string();
        }
    }
    ASSERT_FALSE(channel.empty());
    const auto posted =
        api("POST", "/channels/" + channel + "/messages", R"({"content": "over the wire"})");
    ASSERT_EQ(posted.status, 200u);
    for (int i = 0; i < 10; ++i) {
        const auto frame = next();
        if (frame.at("t") == json::value("MESSAGE_CREATE")) {
            EXPECT_EQ(frame.at("d").at("id"), posted.json().at("id"));
            EXPECT_EQ(frame.at("d").at("content").as_string(), "over the wire");
            return;
        }
    }
    ADD_FAILURE() << "no MESSAGE_CREATE on the gateway";
}

TEST_F(HttpBasics, OversizedBodiesGet413) {
    namespace asio = boost::asio;
    asio::io_context io;
    asio::ip::tcp::socket socket(io);
    asio::ip::tcp::resolver resolver(io);
    asio::connect(socket, resolver.resolve("127.0.0.1", std::to_string(sandbox_->port())));
    const std::string request =
        "POST /api/v10/channels/1/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bot " +
        sandbox_->token() +
        "\r\nContent-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{}";
    asio::write(socket, asio::buffer(request));
    std::string reply;
    boost::system::error_code ec;
    std::array<char, 4096> chunk{};
    while (!ec) {
        const std::size_t n = socket.read_some(asio::buffer(chunk), ec);
        reply.append(chunk.data(), n);
    }
    EXPECT_TRUE(reply.starts_with("HTTP/1.1 413")) << reply;
    EXPECT_NE(reply.find("40005"), std::string::npos);
}

TEST_F(HttpBasics, MalformedTargetsAre400) {
    const auto r = client_->request("GET", "/api/v10/users/%zz");
    EXPECT_EQ(r.status, 400u);
    EXPECT_EQ(r.json().at("code").as_int64(), 0);
}
