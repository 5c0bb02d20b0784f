// The /_sandbox control API over loopback: simulated users, statistics, gateway forwarding
// and deterministic worlds.

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

class HttpControl : public ::testing::Test {
  protected:
    void SetUp() override {
        sandbox_ = std::make_unique<Sandbox>();
        sandbox_->start();
        client_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
        world_ = client_->request("GET", "/_sandbox/world").json().as_object();
        channel_ = world_.at("guilds").at(0).at("channels").at(0).at("id").as_string();
    }
    HttpResponse control(const std::string& method, const std::string& path,
                         const std::string& body = {}) {
        return client_->request(method, "/_sandbox" + path, body);
    }
    static std::int64_t code(const HttpResponse& r) { return r.json().at("code").as_int64(); }

    std::unique_ptr<Sandbox> sandbox_;
    std::unique_ptr<HttpClient> client_;
    json::object world_;
    std::string channel_;
};

}  // namespace

TEST_F(HttpControl, SimulatedUserPostsAMessage) {
    const auto r = control("POST", "/messages",
                           R"({"channel_id": ")" + channel_ + R"(", "content": "hi bot"})");
    ASSERT_EQ(r.status, 200u) << r.body;
    const auto m = r.json();
    EXPECT_EQ(m.at("content").as_string(), "hi bot");
    EXPECT_NE(m.at("author").at("id"), world_.at("bot").at("id"));
    EXPECT_FALSE(m.at("author").as_object().contains("bot"));
    const auto dispatches = control("GET", "/dispatches").json().as_array();
    ASSERT_FALSE(dispatches.empty());
    EXPECT_EQ(dispatches.back().at("t").as_string(), "MESSAGE_CREATE");
    EXPECT_EQ(dispatches.back().at("d").at("id"), m.at("id"));
    // The bot sees it through REST too.
    const auto listed = client_->bot("GET", "/api/v10/channels/" + channel_ + "/messages?limit=1",
                                     sandbox_->token());
    EXPECT_EQ(listed.json().at(0).at("id"), m.at("id"));
}

TEST_F(HttpControl, SimulatedAuthorMustBeAMember) {
    const std::string member(world_.at("guilds").at(0).at("members").at(2).as_string());
    const auto chosen = control("POST", "/messages",
                                R"({"channel_id": ")" + channel_ +
                                    R"(", "content": "x", "author_id": ")" + member + R"("})");
    ASSERT_EQ(chosen.status, 200u);
    EXPECT_EQ(chosen.json().at("author").at("id").as_string(), member);
    EXPECT_EQ(
        code(control("POST", "/messages",
                     R"({"channel_id": ")" + channel_ + R"(", "content": "x", "author_id": "1"})")),
        10013);
    // Someone from the other guild only is a user, but not a member here.
    std::string outsider;
    for (const auto& id : world_.at("guilds").at(1).at("members").as_array()) {
        bool here = false;
        for (const auto& m : world_.at("guilds").at(0).at("members").as_array()) here |= m == id;
        if (!here) outsider = id.as_string();
    }
    ASSERT_FALSE(outsider.empty());
    EXPECT_EQ(code(control("POST", "/messages",
                           R"({"channel_id": ")" + channel_ +
                               R"(", "content": "x", "author_id": ")" + outsider + R"("})")),
              10007);
    EXPECT_EQ(code(control("POST", "/messages", R"({"content": "x"})")), 50035);
    EXPECT_EQ(code(control("POST", "/messages", R"({"channel_id": "1", "content": "x"})")), 10003);
    EXPECT_EQ(code(control("POST", "/messages", R"({"channel_id": ")" + channel_ + R"("})")),
              50006);
}

TEST_F(HttpControl, StatsCountCallsAndIncludeTheGateway) {
    client_->bot("GET", "/api/v10/users/@me", sandbox_->token());
    client_->bot("GET", "/api/v10/users/@me", sandbox_->token());
    const auto stats = control("GET", "/stats");
    ASSERT_EQ(stats.status, 200u);
    EXPECT_EQ(stats.json().at("rest").at("calls").at("GET /users/@me").as_int64(), 2);
    EXPECT_EQ(stats.json().at("rest").at("total").as_int64(), 2);
    EXPECT_TRUE(stats.json().as_object().contains("gateway"));
    EXPECT_EQ(control("GET", "/gateway/stats").status, 200u);
}

TEST_F(HttpControl, UnknownGatewayActionIsABadRequest) {
    const auto r = control("POST", "/gateway/explode", "{}");
    EXPECT_EQ(r.status, 400u);
    EXPECT_FALSE(r.json().at("message").as_string().empty());
    EXPECT_EQ(control("GET", "/nothing").status, 404u);
    EXPECT_EQ(control("DELETE", "/stats").status, 405u);
}

TEST_F(HttpControl, InteractionsCanBeSimulated) {
    const auto r = control("POST", "/interactions",
                           R"({"channel_id": ")" + channel_ + R"(", "name": "hello"})");
    ASSERT_EQ(r.status, 200u);
    const auto d = control("GET", "/dispatches").json().as_array().back();
    EXPECT_EQ(d.at("t").as_string(), "INTERACTION_CREATE");
    EXPECT_EQ(d.at("d").at("token"), r.json().at("token"));
    EXPECT_TRUE(d.at("d").as_object().contains("member"));
    EXPECT_EQ(code(control("POST", "/interactions", R"({"channel_id": "abc"})")), 50035);
}

TEST(SandboxWorld, SameSeedSameIdsDifferentSeedDifferentIds) {
    auto world_of = [](std::uint64_t seed) {
        Sandbox::Options options;
        options.world.seed = seed;
        Sandbox sandbox(options);
        sandbox.start();
        HttpClient client("127.0.0.1", sandbox.port());
        return client.request("GET", "/_sandbox/world").body;
    };
    EXPECT_EQ(world_of(7), world_of(7));
    EXPECT_NE(world_of(7), world_of(8));
}

TEST_F(HttpControl, SimulatedJoinsAndReactions) {
    const std::string guild(world_.at("guilds").at(0).at("id").as_string());
    const auto joined =
        control("POST", "/members", R"({"guild_id": ")" + guild + R"(", "username": "visitor"})");
    ASSERT_EQ(joined.status, 200u) << joined.body;
    const std::string user(joined.json().at("user").at("id").as_string());
    auto d = control("GET", "/dispatches").json().as_array().back();
    EXPECT_EQ(d.at("t").as_string(), "GUILD_MEMBER_ADD");
    EXPECT_EQ(d.at("d").at("guild_id").as_string(), guild);
    EXPECT_EQ(
        client_->bot("GET", "/api/v10/guilds/" + guild + "/members/" + user, sandbox_->token())
            .status,
        200u);
    EXPECT_EQ(code(control("POST", "/members",
                           R"({"guild_id": ")" + guild + R"(", "user_id": ")" + user + R"("})")),
              0);
    EXPECT_EQ(code(control("POST", "/members", R"({"guild_id": "1"})")), 10004);

    const auto posted = client_->bot("POST", "/api/v10/channels/" + channel_ + "/messages",
                                     sandbox_->token(), R"({"content": "react here"})");
    const std::string message(posted.json().at("id").as_string());
    const auto reacted = control("POST", "/reactions",
                                 R"({"channel_id": ")" + channel_ + R"(", "message_id": ")" +
                                     message + R"(", "emoji": "🎉", "user_id": ")" + user + R"("})");
    ASSERT_EQ(reacted.status, 200u) << reacted.body;
    d = control("GET", "/dispatches").json().as_array().back();
    EXPECT_EQ(d.at("t").as_string(), "MESSAGE_REACTION_ADD");
    EXPECT_EQ(d.at("d").at("user_id").as_string(), user);
    const auto seen = client_
                          ->bot("GET", "/api/v10/channels/" + channel_ + "/messages/" + message,
                                sandbox_->token())
                          .json();
    EXPECT_EQ(seen.at("reactions").at(0).at("count").as_int64(), 1);
    EXPECT_FALSE(seen.at("reactions").at(0).at("me").as_bool());
    EXPECT_EQ(
        code(control("POST", "/reactions",
                     R"({"channel_id": ")" + channel_ + R"(", "message_id": "1", "emoji": "x"})")),
        10008);
}
