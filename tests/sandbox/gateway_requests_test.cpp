// REQUEST_GUILD_MEMBERS, VOICE_STATE_UPDATE, PRESENCE_UPDATE and identify concurrency.

#include "gateway_test_fixture.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace hikari::test {
namespace {

using sandbox::GatewayOptions;

class Requests : public GatewayFixture {
  protected:
    void begin(unsigned members_per_guild = 10) {
        GatewayOptions options;
        options.identify_interval = std::chrono::milliseconds(0);
        sandbox::WorldOptions world_options;
        world_options.members_per_guild = members_per_guild;
        world_options.guilds = 1;
        start(options, world_options);
        guild_ = world_->guild_ids().front();
    }
    std::unique_ptr<WsClient> session(std::uint64_t intents) {
        auto client = connect();
        identify(*client, intents);
        client->send_op(1, nullptr);
        client->receive_until(11);
        return client;
    }
    /// Reads GUILD_MEMBERS_CHUNKs until chunk_count of them arrived.
    std::vector<json::object> chunks(WsClient& client) {
        std::vector<json::object> out;
        do {
            out.push_back(client.receive_until(0, "GUILD_MEMBERS_CHUNK").at("d").as_object());
        } while (out.size() < static_cast<std::size_t>(out.front().at("chunk_count").as_int64()));
        return out;
    }
    bool probe_is_ack(WsClient& client) {
        client.send_op(1, nullptr);
        return client.receive().at("op").as_int64() == 11;
    }
    Snowflake guild_;
};

TEST_F(Requests, WholeMemberListComesInChunksOfAThousand) {
    begin(2500);
    auto client = session(kGuilds | kGuildMembers);
    client->send_op(
        8, json::object{
               {"guild_id", guild_.to_string()}, {"query", ""}, {"limit", 0}, {"nonce", "abc"}});
    const auto received = chunks(*client);
    ASSERT_EQ(received.size(), 3U);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < received.size(); ++i) {
        EXPECT_EQ(received[i].at("chunk_index").as_int64(), static_cast<std::int64_t>(i));
        EXPECT_EQ(received[i].at("chunk_count").as_int64(), 3);
        EXPECT_EQ(received[i].at("nonce").as_string(), "abc");
        EXPECT_EQ(received[i].at("guild_id").as_string(), guild_.to_string());
        EXPECT_LE(received[i].at("members").as_array().size(), 1000U);
        for (const auto& m : received[i].at("members").as_array()) {
            EXPECT_TRUE(ids.emplace(m.at("user").at("id").as_string()).second);
        }
    }
    EXPECT_EQ(ids.size(), world_->members(guild_).size());
}

TEST_F(Requests, WholeMemberListNeedsGuildMembers) {
    begin();
    auto client = session(kGuilds);
    client->send_op(8, json::object{{"guild_id", guild_.to_string()}, {"query", ""}, {"limit", 0}});
    EXPECT_TRUE(probe_is_ack(*client));
}

TEST_F(Requests, UserIdsReportTheOnesNotFound) {
    begin();
    auto client = session(kGuilds);
    const auto known = world_->members(guild_).front()->at("user").at("id");
    client->send_op(8, json::object{{"guild_id", guild_.to_string()},
                                    {"user_ids", json::array{known, "12345"}}});
    const auto chunk = chunks(*client).front();
    ASSERT_EQ(chunk.at("members").as_array().size(), 1U);
    EXPECT_EQ(chunk.at("members").at(0).at("user").at("id"), known);
    EXPECT_EQ(chunk.at("not_found"), (json::array{"12345"}));
    EXPECT_FALSE(chunk.contains("nonce"));
}

TEST_F(Requests, QueryIsACaseInsensitiveUsernamePrefixWithALimit) {
    begin(30);
    auto client = session(kGuilds);
    const std::string name(world_->members(guild_).back()->at("user").at("username").as_string());
    std::string prefix = name.substr(0, 3);
    std::size_t expected = 0;
    for (const auto* m : world_->members(guild_)) {
        std::string username(m->at("user").at("username").as_string());
        std::transform(username.begin(), username.end(), username.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        expected += username.starts_with(prefix);
    }
    std::transform(prefix.begin(), prefix.end(), prefix.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    client->send_op(
        8, json::object{{"guild_id", guild_.to_string()}, {"query", prefix}, {"limit", 0}});
    EXPECT_EQ(chunks(*client).front().at("members").as_array().size(), expected);
    client->send_op(
        8, json::object{{"guild_id", guild_.to_string()}, {"query", prefix}, {"limit", 1}});
    EXPECT_EQ(chunks(*client).front().at("members").as_array().size(), 1U);
}

TEST_F(Requests, PresencesOnlyWithTheIntentAndLongNoncesAreDropped) {
    begin();
    const auto known = world_->members(guild_).front()->at("user").at("id");
    json::object request{{"guild_id", guild_.to_string()},
                         {"user_ids", known},
                         {"presences", true},
                         {"nonce", std::string(33, 'n')}};
    auto without = session(kGuilds);
    without->send_op(8, request);
    const auto plain = chunks(*without).front();
    EXPECT_FALSE(plain.contains("presences"));
    EXPECT_FALSE(plain.contains("nonce"));
    auto with = session(kGuilds | kPresences);
    with->send_op(8, request);
    EXPECT_TRUE(chunks(*with).front().at("presences").is_array());
}

TEST_F(Requests, MalformedRequestsClose) {
    begin();
    json::array many;
    for (int i = 1; i <= 101; ++i) many.push_back(json::value(std::to_string(i)));
    for (const json::object& d :
         {json::object{{"guild_id", guild_.to_string()}, {"user_ids", many}},
          json::object{{"guild_id", "nope"}, {"query", ""}, {"limit", 0}},
          json::object{{"guild_id", guild_.to_string()}, {"query", ""}},
          json::object{{"guild_id", guild_.to_string()}}}) {
        auto client = session(kGuilds | kGuildMembers);
        client->send_op(8, d);
        const auto code = client->wait_close();
        ASSERT_TRUE(code);
        EXPECT_TRUE(*code == 4001 || *code == 4002) << json::serialize(d) << " -> " << *code;
    }
}

TEST_F(Requests, VoiceStateUpdateAnswersWithStateAndServer) {
    begin();
    Snowflake voice;
    for (const auto* channel : world_->channels(guild_)) {
        if (channel->at("type") == json::value(2))
            voice = Snowflake::parse(channel->at("id").as_string());
    }
    ASSERT_TRUE(voice);
    auto client = session(kGuilds | kVoiceStates);
    client->send_op(4, json::object{{"guild_id", guild_.to_string()},
                                    {"channel_id", voice.to_string()},
                                    {"self_mute", false},
                                    {"self_deaf", true}});
    const auto state = client->receive_until(0, "VOICE_STATE_UPDATE");
    EXPECT_EQ(state.at("d").at("channel_id").as_string(), voice.to_string());
    EXPECT_EQ(state.at("d").at("user_id").as_string(), world_->bot_id().to_string());
    EXPECT_TRUE(state.at("d").at("self_deaf").as_bool());
    const auto server = client->receive_until(0, "VOICE_SERVER_UPDATE");
    EXPECT_EQ(server.at("d").at("guild_id").as_string(), guild_.to_string());
    EXPECT_FALSE(server.at("d").at("token").as_string().empty());

    client->send_op(4, json::object{{"guild_id", guild_.to_string()},
                                    {"channel_id", nullptr},
                                    {"self_mute", false},
                                    {"self_deaf", false}});
    EXPECT_TRUE(client->receive_until(0, "VOICE_STATE_UPDATE").at("d").at("channel_id").is_null());
    EXPECT_TRUE(probe_is_ack(*client));  // no VOICE_SERVER_UPDATE when leaving
}

TEST_F(Requests, PresenceUpdateIsValidated) {
    begin();
    auto client = session(kGuilds);
    client->send_op(
        3, json::object{{"since", nullptr},
                        {"activities", json::array{json::object{{"name", "x"}, {"type", 0}}}},
                        {"status", "idle"},
                        {"afk", false}});
    EXPECT_TRUE(probe_is_ack(*client));
    client->send_op(3, json::object{{"since", nullptr},
                                    {"activities", json::array{}},
                                    {"status", "sleeping"},
                                    {"afk", false}});
    EXPECT_EQ(client->wait_close(), 4001);
}

using Concurrency = GatewayFixture;

TEST_F(Concurrency, IdentifyIsLimitedPerBucket) {
    GatewayOptions options;
    options.max_concurrency = 2;
    options.identify_interval = std::chrono::seconds(30);
    start(options);
    auto shard0 = connect();
    EXPECT_EQ(identify(*shard0, kGuilds, std::pair{0, 4}).at("t").as_string(), "READY");
    auto shard1 = connect();
    EXPECT_EQ(identify(*shard1, kGuilds, std::pair{1, 4}).at("t").as_string(), "READY");
    auto shard2 = connect();  // rate_limit_key 2 % 2 == 0: shard 0's bucket is spent
    shard2->receive();
    shard2->send_op(2, identify_payload(kGuilds, std::pair{2, 4}));
    const auto invalid = shard2->receive();
    EXPECT_EQ(invalid.at("op").as_int64(), 9);
    EXPECT_FALSE(invalid.at("d").as_bool());
    const auto identifies = stats().at("identifies").as_array();
    ASSERT_EQ(identifies.size(), 2U);
    EXPECT_EQ(identifies[0].at("shard").to_number<int>(), 0);
    EXPECT_EQ(identifies[1].at("shard").to_number<int>(), 1);
    EXPECT_GT(identifies[0].at("time").to_number<double>(), 0);
    EXPECT_EQ(
        on_io([this] { return hub_->session_start_limit(); }).at("remaining").to_number<int>(),
        998);
}

}  // namespace
}  // namespace hikari::test
