// The gateway behind the real Sandbox: GET /gateway/bot, the websocket upgrade on the same
// port, and REST actions turning into dispatches.

#include "http_client.hpp"
#include "sandbox/gateway/gateway_hub.hpp"
#include "ws_client.hpp"

#include <hikari/sandbox/sandbox.hpp>

#include <gtest/gtest.h>

namespace hikari::test {
namespace {

namespace json = boost::json;

class SandboxGateway : public ::testing::Test {
  protected:
    void SetUp() override {
        auto gateway = std::make_shared<sandbox::GatewayOptions>();
        gateway->identify_interval = std::chrono::milliseconds(0);
        sandbox::SandboxOptions options;
        options.gateway = gateway;
        sandbox_ = std::make_unique<sandbox::Sandbox>(options);
        sandbox_->start();
        http_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
    }
    HttpResponse api(const std::string& method, const std::string& path,
                     const std::string& body = {}) {
        return http_->request(method, "/api/v10" + path, body,
                              {{"Authorization", "Bot " + sandbox_->token()}});
    }
    json::object identify(WsClient& client, std::uint64_t intents) {
        client.receive();
        client.send_op(
            2, json::object{{"token", sandbox_->token()},
                            {"intents", intents},
                            {"properties",
                             json::object{{"os", "linux"}, {"browser", "t"}, {"device", "t"}}}});
        return client.receive_until(0, "READY");
    }
    std::unique_ptr<sandbox::Sandbox> sandbox_;
    std::unique_ptr<HttpClient> http_;
};

TEST_F(SandboxGateway, GatewayBotDescribesTheGatewayAndCountsIdentifies) {
    const auto before = api("GET", "/gateway/bot");
    ASSERT_EQ(before.status, 200U) << before.body;
    const auto info = before.json().as_object();
    EXPECT_EQ(info.at("url").as_string(), sandbox_->gateway_url());
    EXPECT_EQ(info.at("shards").to_number<int>(), 1);
    const auto remaining = info.at("session_start_limit").at("remaining").to_number<int>();
    EXPECT_EQ(info.at("session_start_limit").at("max_concurrency").to_number<int>(), 1);

    WsClient client(sandbox_->port(), "/?v=10&encoding=json&compress=zlib-stream",
                    WsCompression::zlib_stream);
    const auto ready = identify(client, 1);
    EXPECT_EQ(ready.at("d").at("resume_gateway_url").as_string(), sandbox_->gateway_url());
    const auto after = api("GET", "/gateway/bot").json();
    EXPECT_EQ(after.at("session_start_limit").at("remaining").to_number<int>(), remaining - 1);
}

TEST_F(SandboxGateway, PostingAMessageDispatchesMessageCreate) {
    WsClient client(sandbox_->port(), "/?v=10&encoding=json");
    identify(client, (1 << 0) | (1 << 9));  // GUILDS | GUILD_MESSAGES, no MESSAGE_CONTENT
    const auto create = client.receive_until(0, "GUILD_CREATE");
    std::string channel;
    for (const auto& c : create.at("d").at("channels").as_array()) {
        if (c.at("type").to_number<int>() == 0) {
            channel = c.at("id").as_string();
            break;
        }
    }
    ASSERT_FALSE(channel.empty());
    const auto posted =
        api("POST", "/channels/" + channel + "/messages", R"({"content":"hello from rest"})");
    ASSERT_EQ(posted.status, 200U) << posted.body;
    const auto message = client.receive_until(0, "MESSAGE_CREATE");
    EXPECT_EQ(message.at("d").at("channel_id").as_string(), channel);
    // The bot's own message keeps its content without MESSAGE_CONTENT.
    EXPECT_EQ(message.at("d").at("content").as_string(), "hello from rest");
}

}  // namespace
}  // namespace hikari::test
