#include "gateway/send_limiter.hpp"
#include "gateway/backoff.hpp"
#include "gateway/close_policy.hpp"

#include <gtest/gtest.h>

using namespace hikari::gateway;
using namespace std::chrono_literals;

TEST(SendLimiter, KeepsSlotsForHeartbeatsWithinTheWindow) {
    SendLimiter limiter;
    limiter.set_heartbeat_interval(41'250ms);  // two beats a minute, plus one spare
    EXPECT_EQ(limiter.reserved_for_heartbeats(), 3U);
    auto t0 = SendLimiter::Clock::time_point{} + 1h;
    unsigned sent = 0;
    while (limiter.try_acquire(t0) == 0ms) ++sent;
    EXPECT_EQ(sent, 117U);
    // Heartbeats still go out, and the total never passes Discord's 120.
    for (int i = 0; i < 3; ++i) limiter.record_heartbeat(t0 + 10s);
    EXPECT_EQ(limiter.used(), 120U);
    // The wait is what is left of the window.
    EXPECT_EQ(limiter.try_acquire(t0 + 20s), 40'000ms);
    // A new window starts after 60 s.
    EXPECT_EQ(limiter.try_acquire(t0 + 60s), 0ms);
    EXPECT_EQ(limiter.used(), 1U);
}

TEST(SendLimiter, ShortHeartbeatIntervalsReserveMore) {
    SendLimiter limiter;
    limiter.set_heartbeat_interval(1'000ms);
    EXPECT_EQ(limiter.reserved_for_heartbeats(), 61U);
    limiter.set_heartbeat_interval(1ms);  // absurd, but never reserves the whole window
    EXPECT_EQ(limiter.reserved_for_heartbeats(), 119U);
}

TEST(SendLimiter, ResetOpensAFreshWindow) {
    SendLimiter limiter;
    auto t0 = SendLimiter::Clock::time_point{} + 1h;
    while (limiter.try_acquire(t0) == 0ms) {
    }
    limiter.reset();
    EXPECT_EQ(limiter.try_acquire(t0 + 1s), 0ms);
}

TEST(Backoff, GrowsWithJitterUpToTheCapAndResets) {
    Backoff backoff{1000ms, 8000ms, 42};
    EXPECT_EQ(backoff.next(), 0ms);
    std::chrono::milliseconds ceilings[] = {1000ms, 2000ms, 4000ms, 8000ms, 8000ms, 8000ms};
    for (auto ceiling : ceilings) {
        auto d = backoff.next();
        EXPECT_GE(d, ceiling / 2);
        EXPECT_LE(d, ceiling);
    }
    backoff.reset();
    EXPECT_EQ(backoff.next(), 0ms);
}

TEST(ClosePolicy, FatalCodesStopAndSessionLossReidentifies) {
    for (std::uint16_t code : {4004, 4010, 4011, 4012, 4013, 4014}) {
        EXPECT_EQ(after_close(code), AfterClose::stop) << code;
    }
    for (std::uint16_t code : {4003, 4005, 4007, 4009, 1000}) {
        EXPECT_EQ(after_close(code), AfterClose::reidentify) << code;
    }
    for (std::uint16_t code : {4000, 4001, 4002, 4008, 1001, 1006, 4999}) {
        EXPECT_EQ(after_close(code), AfterClose::resume) << code;
    }
}
