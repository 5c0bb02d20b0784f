// The REST rate limiter in isolation, on a virtual clock.

#include "sandbox/http/rate_limiter.hpp"

#include <gtest/gtest.h>

using hikari::sandbox::BucketSpec;
using hikari::sandbox::RateLimiter;
using namespace std::chrono_literals;

namespace {
const RateLimiter::Clock::time_point t0{};
}

TEST(RateLimiter, BucketRunsOutAndRefillsAfterTheWindow) {
    RateLimiter limiter;
    limiter.define("g", {2, 1000ms});
    auto a = limiter.acquire("g", "1", t0);
    EXPECT_TRUE(a.allowed);
    EXPECT_EQ(a.limit, 2u);
    EXPECT_EQ(a.remaining, 1u);
    EXPECT_DOUBLE_EQ(a.reset_after, 1.0);
    EXPECT_TRUE(limiter.acquire("g", "1", t0 + 100ms).allowed);
    auto denied = limiter.acquire("g", "1", t0 + 400ms);
    EXPECT_FALSE(denied.allowed);
    EXPECT_EQ(denied.remaining, 0u);
    EXPECT_NEAR(denied.reset_after, 0.6, 1e-9);
    EXPECT_TRUE(limiter.acquire("g", "1", t0 + 1000ms).allowed);
}

TEST(RateLimiter, MajorParametersHaveIndependentBuckets) {
    RateLimiter limiter;
    limiter.define("g", {1, 1000ms});
    EXPECT_TRUE(limiter.acquire("g", "channel-a", t0).allowed);
    EXPECT_FALSE(limiter.acquire("g", "channel-a", t0).allowed);
    EXPECT_TRUE(limiter.acquire("g", "channel-b", t0).allowed);
}

TEST(RateLimiter, GroupsAreSharedAndHashedOpaquely) {
    RateLimiter limiter;
    limiter.define("reactions", {1, 250ms});
    EXPECT_TRUE(limiter.acquire("reactions", "1", t0).allowed);
    EXPECT_FALSE(limiter.acquire("reactions", "1", t0).allowed);
    const auto hash = RateLimiter::hash_of("reactions");
    EXPECT_EQ(hash.size(), 32u);
    EXPECT_EQ(hash.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_EQ(hash, RateLimiter::hash_of("reactions"));
    EXPECT_NE(hash, RateLimiter::hash_of("pins"));
    EXPECT_EQ(limiter.group_of_hash(hash), "reactions");
}

TEST(RateLimiter, OverrideResetsExistingWindows) {
    RateLimiter limiter;
    limiter.define("g", {1, 10s});
    EXPECT_TRUE(limiter.acquire("g", "1", t0).allowed);
    EXPECT_FALSE(limiter.acquire("g", "1", t0).allowed);
    limiter.override_spec("g", {3, 10s});
    EXPECT_TRUE(limiter.acquire("g", "1", t0).allowed);
    EXPECT_EQ(limiter.acquire("g", "1", t0).limit, 3u);
}

TEST(RateLimiter, DisabledRoutesNeverDeny) {
    RateLimiter limiter;
    limiter.define("g", {1, 10s});
    limiter.set_routes_enabled(false);
    for (int i = 0; i < 10; ++i) EXPECT_TRUE(limiter.acquire("g", "1", t0).allowed);
}

TEST(RateLimiter, GlobalLimitPerIdentityPerSecond) {
    RateLimiter limiter(3);
    for (int i = 0; i < 3; ++i) EXPECT_FALSE(limiter.acquire_global("bot", t0).has_value());
    const auto wait = limiter.acquire_global("bot", t0 + 200ms);
    ASSERT_TRUE(wait.has_value());
    EXPECT_NEAR(*wait, 0.8, 1e-9);
    EXPECT_FALSE(limiter.acquire_global("other", t0).has_value());
    EXPECT_FALSE(limiter.acquire_global("bot", t0 + 1s).has_value());
    RateLimiter unlimited(0);
    for (int i = 0; i < 100; ++i) EXPECT_FALSE(unlimited.acquire_global("bot", t0).has_value());
}

TEST(RateLimiter, InvalidRequestsBanUntilTheyAgeOut) {
    RateLimiter limiter(50, 3);
    limiter.record_invalid(t0);
    limiter.record_invalid(t0 + 1s);
    EXPECT_FALSE(limiter.banned(t0 + 1s));
    limiter.record_invalid(t0 + 2s);
    EXPECT_TRUE(limiter.banned(t0 + 2s));
    EXPECT_EQ(limiter.invalid_count(t0 + 2s), 3u);
    EXPECT_FALSE(limiter.banned(t0 + 10min));  // the first one left the 10-minute window
}
