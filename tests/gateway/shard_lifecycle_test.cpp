// GatewayShard against hikari-sandbox: connecting, sharding, compression, fatal close codes.
#include "shard_fixture.hpp"

using namespace hikari;
using namespace hikari::test;

namespace {
std::uint64_t guild_id_of(const std::string& payload) {
    auto d = json::parse(payload).at("d");
    return std::stoull(std::string(d.at("id").as_string()));
}
}  // namespace

class ShardCompression : public ShardTest,
                         public ::testing::WithParamInterface<GatewayCompression> {};

TEST_P(ShardCompression, StartsReceivesReadyAndEveryGuildThenCloses) {
    start_sandbox({}, world(3));
    Received got;
    auto s = settings();
    s.compression = GetParam();
    auto shard = make_shard(s, got);
    run([&]() -> Task<void> {
        co_await shard->start();
        EXPECT_TRUE(shard->is_alive());
        EXPECT_TRUE(shard->session_id().has_value());
        co_await until([&] { return got.count("GUILD_CREATE") == 3; });
        co_await shard->close();
    });
    ASSERT_FALSE(got.names.empty());
    EXPECT_EQ(got.names.front(), "READY");
    EXPECT_EQ(got.count("GUILD_CREATE"), 3U);
    for (std::size_t i = 0; i < got.sequences.size(); ++i) EXPECT_EQ(got.sequences[i], i + 1);
    EXPECT_FALSE(shard->is_alive());
    auto stats = shard->stats();
    EXPECT_EQ(stats.identifies, 1U);
    EXPECT_EQ(stats.connects, 1U);
    if (GetParam() != GatewayCompression::uncompressed) {
        EXPECT_LT(stats.bytes_in, stats.bytes_out) << "compressed transport should be smaller";
    }
    // The payload handed on is the exact JSON text of the dispatch.
    EXPECT_EQ(json::parse(got.payloads.front()).at("t").as_string(), "READY");
}

INSTANTIATE_TEST_SUITE_P(AllModes, ShardCompression,
                         ::testing::Values(GatewayCompression::uncompressed,
                                           GatewayCompression::zlib_stream,
                                           GatewayCompression::zstd_stream));

TEST_F(ShardTest, TwoShardsSplitTheGuildsByTheDocsFormula) {
    start_sandbox({}, world(8));
    Received got0;
    Received got1;
    auto shard0 = make_shard(settings(0, 2), got0);
    auto shard1 = make_shard(settings(1, 2), got1);
    run([&]() -> Task<void> {
        co_await shard0->start();
        co_await shard1->start();
        co_await until(
            [&] { return got0.count("GUILD_CREATE") + got1.count("GUILD_CREATE") == 8; });
        co_await shard0->close();
        co_await shard1->close();
    });
    for (std::size_t i = 0; i < got0.names.size(); ++i) {
        if (got0.names[i] == "GUILD_CREATE") {
            EXPECT_EQ((guild_id_of(got0.payloads[i]) >> 22) % 2, 0U);
        }
    }
    for (std::size_t i = 0; i < got1.names.size(); ++i) {
        if (got1.names[i] == "GUILD_CREATE") {
            EXPECT_EQ((guild_id_of(got1.payloads[i]) >> 22) % 2, 1U);
        }
    }
}

TEST_F(ShardTest, ABadTokenStopsTheShardWithCloseCode4004) {
    start_sandbox();
    Received got;
    auto s = settings();
    s.token = Token{"not-the-sandbox-token"};
    auto shard = make_shard(s, got);
    run([&]() -> Task<void> {
        try {
            co_await shard->start();
            ADD_FAILURE() << "start() should have thrown";
        } catch (const GatewayServerClosedConnectionError& e) {
            EXPECT_EQ(e.code(), 4004);
            EXPECT_FALSE(e.can_reconnect());
            EXPECT_NE(std::string(e.what()).find("token"), std::string::npos) << e.what();
            EXPECT_EQ(std::string(e.what()).find("not-the-sandbox-token"), std::string::npos);
        }
        EXPECT_FALSE(shard->is_alive());
        EXPECT_THROW(co_await shard->join(), GatewayServerClosedConnectionError);
    });
    EXPECT_EQ(shard->stats().connects, 1U) << "a fatal close must not be retried";
}

TEST_F(ShardTest, DisallowedPrivilegedIntentsStopWith4014) {
    sandbox::GatewayOptions gateway;
    gateway.enabled_privileged_intents = 0;
    start_sandbox(gateway);
    Received got;
    auto shard = make_shard(settings(), got);  // asks for GUILD_MEMBERS and MESSAGE_CONTENT
    run([&]() -> Task<void> {
        try {
            co_await shard->start();
            ADD_FAILURE() << "start() should have thrown";
        } catch (const GatewayServerClosedConnectionError& e) {
            EXPECT_EQ(e.code(), 4014);
            EXPECT_NE(std::string(e.what()).find("Developer Portal"), std::string::npos)
                << e.what();
        }
    });
}

TEST_F(ShardTest, AnInvalidShardStopsWith4010) {
    start_sandbox();
    Received got;
    auto shard = make_shard(settings(3, 2), got);
    run([&]() -> Task<void> {
        EXPECT_THROW(co_await shard->start(), GatewayServerClosedConnectionError);
    });
}

TEST_F(ShardTest, AnUnreachableGatewayFailsStartWithAConnectionError) {
    start_sandbox();
    auto port = sandbox_->port();
    sandbox_->stop();
    Received got;
    auto s = settings();
    s.url = "ws://127.0.0.1:" + std::to_string(port);
    auto shard = make_shard(s, got);
    run([&]() -> Task<void> { EXPECT_THROW(co_await shard->start(), GatewayConnectionError); },
        60s);
}

TEST_F(ShardTest, StartTwiceIsAStateConflict) {
    start_sandbox();
    Received got;
    auto shard = make_shard(settings(), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        EXPECT_THROW(co_await shard->start(), ComponentStateConflictError);
        co_await shard->close();
    });
}
