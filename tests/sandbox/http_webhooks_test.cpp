// Webhooks, interaction callbacks and follow-ups over loopback.

#include <hikari/sandbox/sandbox.hpp>

#include <http_client.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace json = boost::json;
using hikari::sandbox::Sandbox;
using hikari::test::HttpClient;
using hikari::test::HttpResponse;

namespace {

class HttpWebhooks : public ::testing::Test {
  protected:
    void SetUp() override {
        Sandbox::Options options;
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        sandbox_ = std::make_unique<Sandbox>(options);
        sandbox_->start();
        client_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
        const auto world = client_->request("GET", "/_sandbox/world").json();
        app_ = world.at("application_id").as_string();
        channel_ = world.at("guilds").at(0).at("channels").at(0).at("id").as_string();
    }
    HttpResponse api(const std::string& method, const std::string& path,
                     const std::string& body = {}) {
        return client_->bot(method, "/api/v10" + path, sandbox_->token(), body);
    }
    /// No Authorization header: webhook and interaction tokens are their own credentials.
    HttpResponse anonymous(const std::string& method, const std::string& path,
                           const std::string& body = {}) {
        return client_->request(method, "/api/v10" + path, body);
    }
    json::object interaction() {
        const auto r = client_->request("POST", "/_sandbox/interactions",
                                        R"({"channel_id": ")" + channel_ + R"(", "name": "ping"})");
        EXPECT_EQ(r.status, 200u) << r.body;
        return r.json().as_object();
    }
    static std::int64_t code(const HttpResponse& r) { return r.json().at("code").as_int64(); }

    std::unique_ptr<Sandbox> sandbox_;
    std::unique_ptr<HttpClient> client_;
    std::string app_, channel_;
};

}  // namespace

TEST_F(HttpWebhooks, CreateListExecuteDelete) {
    const auto bad = api("POST", "/channels/" + channel_ + "/webhooks", R"({"name": "clyde"})");
    EXPECT_EQ(code(bad), 50035);
    const auto created =
        api("POST", "/channels/" + channel_ + "/webhooks", R"({"name": "Deployer"})");
    ASSERT_EQ(created.status, 200u) << created.body;
    const std::string id(created.json().at("id").as_string());
    const std::string token(created.json().at("token").as_string());
    EXPECT_EQ(api("GET", "/channels/" + channel_ + "/webhooks").json().as_array().size(), 1u);
    EXPECT_EQ(anonymous("GET", "/webhooks/" + id + "/" + token).json().at("name").as_string(),
              "Deployer");

    const auto no_wait =
        anonymous("POST", "/webhooks/" + id + "/" + token, R"({"content": "deployed"})");
    EXPECT_EQ(no_wait.status, 204u);
    const auto waited = anonymous("POST", "/webhooks/" + id + "/" + token + "?wait=true",
                                  R"({"content": "deployed again", "username": "CI"})");
    ASSERT_EQ(waited.status, 200u);
    const auto m = waited.json();
    EXPECT_EQ(m.at("webhook_id").as_string(), id);
    EXPECT_EQ(m.at("author").at("username").as_string(), "CI");
    const std::string message(m.at("id").as_string());
    const std::string message_path = "/webhooks/" + id + "/" + token + "/messages/" + message;
    EXPECT_EQ(anonymous("PATCH", message_path, R"({"content": "edited"})")
                  .json()
                  .at("content")
                  .as_string(),
              "edited");
    EXPECT_EQ(anonymous("GET", message_path).json().at("content").as_string(), "edited");
    EXPECT_EQ(anonymous("DELETE", message_path).status, 204u);
    EXPECT_EQ(code(anonymous("GET", message_path)), 10008);

    const auto wrong_token = anonymous("POST", "/webhooks/" + id + "/nope", R"({"content": "x"})");
    EXPECT_EQ(wrong_token.status, 401u);
    EXPECT_EQ(code(wrong_token), 50027);
    EXPECT_EQ(code(anonymous("POST", "/webhooks/1/tok", R"({"content": "x"})")), 10015);
    EXPECT_EQ(code(anonymous("POST", "/webhooks/" + id + "/" + token, "{}")), 50006);
    EXPECT_EQ(api("DELETE", "/webhooks/" + id).status, 204u);
    EXPECT_EQ(code(api("GET", "/webhooks/" + id)), 10015);
}

TEST_F(HttpWebhooks, InteractionCallbackCreatesTheOriginalResponse) {
    const auto i = interaction();
    EXPECT_EQ(i.at("type").as_int64(), 2);
    EXPECT_EQ(i.at("data").at("name").as_string(), "ping");
    const std::string id(i.at("id").as_string());
    const std::string token(i.at("token").as_string());
    const std::string callback = "/interactions/" + id + "/" + token + "/callback";
    EXPECT_EQ(code(anonymous("POST", callback, R"({"type": 3})")), 50035);
    EXPECT_EQ(code(anonymous("POST", callback, R"({"type": 4, "data": {}})")), 50006);  // not acked
    EXPECT_EQ(anonymous("POST", callback, R"({"type": 4, "data": {"content": "pong"}})").status,
              204u);
    EXPECT_EQ(code(anonymous("POST", callback, R"({"type": 4, "data": {"content": "again"}})")),
              40060);

    const std::string original = "/webhooks/" + app_ + "/" + token + "/messages/@original";
    const auto m = anonymous("GET", original);
    ASSERT_EQ(m.status, 200u) << m.body;
    EXPECT_EQ(m.json().at("content").as_string(), "pong");
    EXPECT_EQ(m.json().at("interaction_metadata").at("id").as_string(), id);
    EXPECT_EQ(
        anonymous("PATCH", original, R"({"content": "pong!"})").json().at("content").as_string(),
        "pong!");

    const auto followup =
        anonymous("POST", "/webhooks/" + app_ + "/" + token, R"({"content": "more"})");
    ASSERT_EQ(followup.status, 200u);
    const std::string followup_id(followup.json().at("id").as_string());
    EXPECT_EQ(
        anonymous("GET", "/webhooks/" + app_ + "/" + token + "/messages/" + followup_id).status,
        200u);
    EXPECT_EQ(anonymous("DELETE", original).status, 204u);
    EXPECT_EQ(code(anonymous("GET", original)), 10008);
}

TEST_F(HttpWebhooks, DeferredResponseIsEditedLater) {
    const auto i = interaction();
    const std::string token(i.at("token").as_string());
    const std::string callback = "/interactions/" + std::string(i.at("id").as_string()) + "/" +
                                 token + "/callback?with_response=true";
    const auto r = anonymous("POST", callback, R"({"type": 5})");
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_TRUE(r.json().at("interaction").at("response_message_loading").as_bool());
    const std::string original = "/webhooks/" + app_ + "/" + token + "/messages/@original";
    EXPECT_EQ(anonymous("GET", original).json().at("flags").as_int64(), 128);
    const auto edited = anonymous("PATCH", original, R"({"content": "done"})").json();
    EXPECT_EQ(edited.at("content").as_string(), "done");
    EXPECT_EQ(edited.at("flags").as_int64(), 0);
}

TEST_F(HttpWebhooks, UnknownInteractionsAreRejected) {
    EXPECT_EQ(code(anonymous("POST", "/interactions/1/abc/callback", R"({"type": 4})")), 10062);
    const auto i = interaction();
    EXPECT_EQ(
        code(anonymous("POST",
                       "/interactions/" + std::string(i.at("id").as_string()) + "/wrong/callback",
                       R"({"type": 4})")),
        10062);
    EXPECT_EQ(code(anonymous("GET", "/webhooks/" + app_ + "/unknown-token/messages/@original")),
              10015);
}

// Found by the discord.js fidelity check: webhook.edit() and webhook.delete() use the token
// routes, which answered 405.
TEST_F(HttpWebhooks, ModifyAndDeleteWithAndWithoutToken) {
    const auto world = client_->request("GET", "/_sandbox/world").json();
    const std::string other(world.at("guilds").at(0).at("channels").at(1).at("id").as_string());
    const auto created = api("POST", "/channels/" + channel_ + "/webhooks", R"({"name": "Hook"})");
    ASSERT_EQ(created.status, 200u) << created.body;
    const std::string id(created.json().at("id").as_string());
    const std::string token(created.json().at("token").as_string());
    const std::string with_token = "/webhooks/" + id + "/" + token;

    const auto renamed = anonymous("PATCH", with_token, R"({"name": "Renamed"})");
    ASSERT_EQ(renamed.status, 200u) << renamed.body;
    EXPECT_EQ(renamed.json().at("name").as_string(), "Renamed");
    EXPECT_FALSE(renamed.json().as_object().contains("user"));  // not with the token
    // The token route does not move webhooks, and names keep the create rules.
    EXPECT_EQ(anonymous("PATCH", with_token, R"({"channel_id": ")" + other + R"("})")
                  .json()
                  .at("channel_id")
                  .as_string(),
              channel_);
    EXPECT_EQ(code(anonymous("PATCH", with_token, R"({"name": "discord hook"})")), 50035);
    EXPECT_EQ(anonymous("PATCH", "/webhooks/" + id + "/wrong", "{}").status, 401u);

    const auto moved = api("PATCH", "/webhooks/" + id, R"({"channel_id": ")" + other + R"("})");
    ASSERT_EQ(moved.status, 200u) << moved.body;
    EXPECT_EQ(moved.json().at("channel_id").as_string(), other);
    EXPECT_EQ(api("GET", "/channels/" + other + "/webhooks").json().as_array().size(), 1u);
    EXPECT_TRUE(api("GET", "/channels/" + channel_ + "/webhooks").json().as_array().empty());
    EXPECT_EQ(code(api("PATCH", "/webhooks/" + id, R"({"channel_id": "1"})")), 50035);

    EXPECT_EQ(anonymous("DELETE", with_token).status, 204u);
    EXPECT_EQ(code(api("GET", "/webhooks/" + id)), 10015);
    EXPECT_EQ(code(api("PATCH", "/webhooks/" + id, "{}")), 10015);
}
