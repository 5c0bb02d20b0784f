// The outbound limit end to end: a burst of commands larger than Discord's 120 per 60 s is
// held back by the shard, the sandbox (which closes with 4008 past the limit) never closes
// the connection, heartbeats keep flowing while commands wait, and closing the shard
// releases the waiting senders at once.
#include "shard_fixture.hpp"

#include <boost/asio/detached.hpp>

using namespace hikari;
using namespace hikari::test;

namespace {

struct Burst {
    int sent = 0;
    bool finished = false;
    bool refused_by_close = false;
};

}  // namespace

class ShardSendLimit : public ShardTest {
  protected:
    json::object session_stats() { return gateway_stats().at("sessions").at(0).as_object(); }

    Task<void> send_burst(GatewayShard& shard, int count, Burst& burst) {
        try {
            for (int i = 0; i < count; ++i) {
                PresenceUpdate update;
                update.status = i % 2 == 0 ? Status::idle : Status::online;
                co_await shard.update_presence(update);
                ++burst.sent;
            }
        } catch (const ComponentStateConflictError&) {
            burst.refused_by_close = true;
        }
        burst.finished = true;
    }
};

TEST_F(ShardSendLimit, ABurstWaitsForTheWindowWhileHeartbeatsGoOn) {
    sandbox::GatewayOptions gateway;
    gateway.heartbeat_interval = 1s;  // the shard keeps 61 of the 120 slots for heartbeats
    start_sandbox(gateway);
    Received got;
    auto shard = make_shard(settings(), got);
    Burst burst;
    std::int64_t heartbeats_before = 0;
    std::chrono::steady_clock::time_point closed_at{};
    run([&]() -> Task<void> {
        co_await shard->start();
        heartbeats_before = gateway_stats().at("heartbeats").as_int64();
        boost::asio::co_spawn(io_, send_burst(*shard, 100, burst), boost::asio::detached);
        co_await sleep(3500ms);

        EXPECT_FALSE(burst.finished) << "100 commands cannot fit in one window";
        EXPECT_GE(burst.sent, 40) << "the budget left beside the heartbeats was not used";
        EXPECT_LT(burst.sent, 100);
        EXPECT_TRUE(shard->is_connected());
        EXPECT_EQ(shard->stats().connects, 1U) << "the sandbox closed the connection (4008?)";
        EXPECT_EQ(session_stats().at("commands_received").as_int64(), burst.sent)
            << "every command the shard accepted reached the gateway";
        EXPECT_GE(gateway_stats().at("heartbeats").as_int64() - heartbeats_before, 3)
            << "heartbeats were starved by the waiting commands";

        co_await shard->close();
        closed_at = std::chrono::steady_clock::now();
        co_await until([&] { return burst.finished; }, 2000ms);
    });
    EXPECT_TRUE(burst.refused_by_close);
    EXPECT_LT(std::chrono::steady_clock::now() - closed_at, 2s);
}
