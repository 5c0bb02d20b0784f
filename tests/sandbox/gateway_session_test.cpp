// HELLO, IDENTIFY -> READY + GUILD_CREATE, heartbeats and sharding over a real socket.

#include "gateway_test_fixture.hpp"

#include <set>

namespace hikari::test {
namespace {

using sandbox::GatewayOptions;
using Session = GatewayFixture;

TEST_F(Session, HelloCarriesTheHeartbeatIntervalAndNullTAndS) {
    GatewayOptions options;
    options.heartbeat_interval = std::chrono::milliseconds(12345);
    start(options);
    auto client = connect();
    const auto hello = client->receive();
    EXPECT_EQ(hello.at("op").as_int64(), 10);
    EXPECT_TRUE(hello.at("t").is_null());
    EXPECT_TRUE(hello.at("s").is_null());
    EXPECT_EQ(hello.at("d").at("heartbeat_interval").as_int64(), 12345);
    EXPECT_FALSE(client->last_binary());
}

TEST_F(Session, IdentifyGetsReadyThenOneGuildCreatePerGuild) {
    start();
    auto client = connect();
    const auto ready = identify(*client, kGuilds);
    EXPECT_EQ(ready.at("s").as_int64(), 1);
    const auto& d = ready.at("d").as_object();
    EXPECT_EQ(d.at("v").as_int64(), 10);
    EXPECT_EQ(d.at("user").at("id").as_string(), world_->bot_id().to_string());
    EXPECT_EQ(d.at("session_id").as_string().size(), 32U);
    EXPECT_EQ(d.at("resume_gateway_url").as_string(), "ws://127.0.0.1:" + std::to_string(port_));
    EXPECT_EQ(d.at("application").at("id").as_string(), world_->application_id().to_string());
    EXPECT_TRUE(d.at("application").as_object().contains("flags"));
    EXPECT_FALSE(d.contains("shard"));  // only echoed when sent
    const auto guild_ids = world_->guild_ids();
    ASSERT_EQ(d.at("guilds").as_array().size(), guild_ids.size());
    for (const auto& guild : d.at("guilds").as_array()) {
        EXPECT_TRUE(guild.at("unavailable").as_bool());
    }
    std::set<std::string> created;
    for (std::size_t i = 0; i < guild_ids.size(); ++i) {
        const auto payload = client->receive();
        EXPECT_EQ(payload.at("t").as_string(), "GUILD_CREATE");
        EXPECT_EQ(payload.at("s").as_int64(), static_cast<std::int64_t>(i + 2));
        created.emplace(payload.at("d").at("id").as_string());
    }
    std::set<std::string> expected;
    for (auto id : guild_ids) expected.emplace(id.to_string());
    EXPECT_EQ(created, expected);
}

TEST_F(Session, NoGuildCreateWithoutTheGuildsIntent) {
    start();
    auto client = connect();
    const auto ready = identify(*client, kGuildMessages);
    EXPECT_FALSE(ready.at("d").at("guilds").as_array().empty());
    client->send_op(1, 1);
    EXPECT_EQ(client->receive().at("op").as_int64(), 11);  // the ACK comes first
}

TEST_F(Session, HeartbeatIsAcknowledgedAndCounted) {
    start();
    auto client = connect();
    client->receive();
    client->send_op(1, nullptr);
    const auto ack = client->receive();
    EXPECT_EQ(ack.at("op").as_int64(), 11);
    EXPECT_TRUE(ack.at("d").is_null());
    EXPECT_EQ(stats().at("heartbeats").to_number<std::int64_t>(), 1);
}

TEST_F(Session, ServerRequestedHeartbeatIsOpcodeOne) {
    start();
    auto client = connect();
    identify(*client, kGuilds);
    EXPECT_EQ(on_io([this] { return hub_->control("request_heartbeat", {}); })
                  .at("connections")
                  .to_number<std::int64_t>(),
              1);
    EXPECT_EQ(client->receive_until(1).at("op").as_int64(), 1);
}

TEST_F(Session, StopAcksSkipsTheGivenNumberOfAcks) {
    start();
    auto client = connect();
    client->receive();
    on_io([this] { return hub_->control("stop_acks", {{"count", 1}}); });
    client->send_op(1, nullptr);
    client->send_op(1, nullptr);
    EXPECT_EQ(client->receive().at("op").as_int64(), 11);
    EXPECT_EQ(stats().at("heartbeats").to_number<std::int64_t>(), 2);
    EXPECT_THROW(client->receive(std::chrono::milliseconds(200)), WsTimeout);
}

TEST_F(Session, MissingHeartbeatsCloseWith4009) {
    GatewayOptions options;
    options.heartbeat_interval = std::chrono::milliseconds(100);
    options.heartbeat_grace = std::chrono::milliseconds(100);
    start(options);
    auto client = connect();
    client->receive();
    EXPECT_EQ(client->wait_close(std::chrono::seconds(3)), 4009);
}

TEST_F(Session, ShardsReceiveOnlyTheirGuilds) {
    sandbox::WorldOptions world_options;
    world_options.guilds = 8;
    GatewayOptions options;
    options.identify_interval = std::chrono::milliseconds(200);
    start(options, world_options);
    std::set<std::string> seen;
    for (int shard = 0; shard < 2; ++shard) {
        auto client = connect();
        const auto ready = identify(*client, kGuilds, std::pair{shard, 2});
        const auto& d = ready.at("d").as_object();
        EXPECT_EQ(d.at("shard"), (json::array{shard, 2}));
        std::size_t expected = 0;
        for (auto id : world_->guild_ids())
            expected += id.shard_id(2) == static_cast<unsigned>(shard);
        ASSERT_EQ(d.at("guilds").as_array().size(), expected);
        for (const auto& guild : d.at("guilds").as_array()) {
            const auto id = Snowflake::parse(guild.at("id").as_string());
            EXPECT_EQ(id.shard_id(2), static_cast<unsigned>(shard));
            EXPECT_TRUE(seen.emplace(guild.at("id").as_string()).second);
        }
        for (std::size_t i = 0; i < expected; ++i) {
            const auto create = client->receive();
            EXPECT_EQ(Snowflake::parse(create.at("d").at("id").as_string()).shard_id(2),
                      static_cast<unsigned>(shard));
        }
        // Shards share one identify bucket (max_concurrency 1): wait for the next slot.
        if (shard == 0) std::this_thread::sleep_for(options_.identify_interval);
    }
    EXPECT_EQ(seen.size(), world_->guild_ids().size());
}

}  // namespace
}  // namespace hikari::test
