// The gateway's admission limits in isolation: identify buckets, the session start limit,
// the inbound send limit, and hub option validation.

#include "sandbox/gateway/gateway_hub.hpp"
#include "sandbox/gateway/identify_queue.hpp"
#include "sandbox/gateway/payloads.hpp"
#include "sandbox/state/world.hpp"

#include <gtest/gtest.h>
#include <boost/asio/io_context.hpp>

namespace hikari::sandbox {
namespace {

using namespace std::chrono_literals;

TEST(IdentifyQueueTest, OneIdentifyPerBucketPerInterval) {
    IdentifyQueue queue(4, 5s);
    const auto t0 = GatewayClock::now();
    for (unsigned shard = 0; shard < 4; ++shard) EXPECT_TRUE(queue.try_acquire(shard, t0));
    EXPECT_FALSE(queue.try_acquire(4, t0 + 1s));  // 4 % 4 == 0
    EXPECT_FALSE(queue.try_acquire(0, t0 + 4999ms));
    EXPECT_TRUE(queue.try_acquire(4, t0 + 5s));
    EXPECT_FALSE(queue.try_acquire(0, t0 + 6s));  // shard 4 took bucket 0 at t0 + 5 s
}

TEST(IdentifyQueueTest, ZeroConcurrencyIsRejected) {
    EXPECT_THROW(IdentifyQueue(0, 5s), ValueError);
}

TEST(SessionStartLimitTest, CountsDownAndResetsAfterTheWindow) {
    SessionStartLimit limit(3, 2, 1000ms, 1);
    const auto t0 = GatewayClock::now();
    EXPECT_EQ(limit.remaining(t0), 2U);
    EXPECT_TRUE(limit.try_consume(t0));
    EXPECT_TRUE(limit.try_consume(t0));
    EXPECT_FALSE(limit.try_consume(t0));
    EXPECT_EQ(limit.remaining(t0), 0U);
    EXPECT_LE(limit.reset_after(t0), 1000ms);
    EXPECT_EQ(limit.remaining(t0 + 2s), 3U);
    EXPECT_THROW(SessionStartLimit(1, 2, 1000ms, 1), ValueError);
}

TEST(SendLimiterTest, AllowsTheLimitPerWindow) {
    SendLimiter limiter(120, 60s);
    const auto t0 = GatewayClock::now();
    for (int i = 0; i < 120; ++i) EXPECT_TRUE(limiter.record(t0 + std::chrono::milliseconds(i)));
    EXPECT_FALSE(limiter.record(t0 + 1s));
    EXPECT_TRUE(limiter.record(t0 + 61s));  // a new window
}

TEST(PayloadsTest, FramesFollowDiscordsShape) {
    EXPECT_EQ(control_payload(Opcode::heartbeat_ack, nullptr),
              R"({"t":null,"s":null,"op":11,"d":null})");
    EXPECT_EQ(dispatch_payload("READY", 1, "{}"), R"({"t":"READY","s":1,"op":0,"d":{}})");
    EXPECT_EQ(close_reason(4014), "Disallowed intent(s).");
    EXPECT_TRUE(close_keeps_session(4000));
    EXPECT_FALSE(close_keeps_session(4009));
}

TEST(GatewayHubTest, RejectsImpossibleOptions) {
    boost::asio::io_context ioc;
    World world{WorldOptions{}};
    GatewayOptions zero_heartbeat;
    zero_heartbeat.heartbeat_interval = 0ms;
    EXPECT_THROW(GatewayHub(ioc.get_executor(), world, zero_heartbeat), ValueError);
    GatewayOptions no_concurrency;
    no_concurrency.max_concurrency = 0;
    EXPECT_THROW(GatewayHub(ioc.get_executor(), world, no_concurrency), ValueError);
    GatewayOptions thresholds;
    thresholds.large_threshold_min = 300;
    EXPECT_THROW(GatewayHub(ioc.get_executor(), world, thresholds), ValueError);
}

TEST(GatewayHubTest, SessionStartLimitObjectHasDiscordsFields) {
    boost::asio::io_context ioc;
    World world{WorldOptions{}};
    GatewayOptions options;
    options.max_concurrency = 16;
    options.recommended_shards = 4;
    GatewayHub hub(ioc.get_executor(), world, options);
    const auto limit = hub.session_start_limit();
    EXPECT_EQ(limit.at("total").to_number<int>(), 1000);
    EXPECT_EQ(limit.at("remaining").to_number<int>(), 1000);
    EXPECT_GT(limit.at("reset_after").to_number<std::int64_t>(), 14'000'000);
    EXPECT_EQ(limit.at("max_concurrency").to_number<int>(), 16);
    EXPECT_EQ(hub.recommended_shards(), 4U);
}

}  // namespace
}  // namespace hikari::sandbox
