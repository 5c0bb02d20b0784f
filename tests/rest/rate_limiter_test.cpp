// The waiting side of the REST rate limits (RateLimiter) on a real io_context and clock: how
// requests of several routes share the global limit.

#include "rest/ratelimit/rate_limiter.hpp"

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <set>
#include <string>
#include <vector>

namespace hikari::rest {
namespace {

using namespace std::chrono_literals;

constexpr Route get_channel{"GET", "/channels/{channel_id}"};

TEST(RateLimiterGlobalQueue, RoutesTakeTurnsForGlobalSlots) {
    // One request per 10 ms globally; each of four routes (unlimited buckets) has six requests
    // queued from the start. A slot that frees goes to the route that has waited longest, so
    // the routes take turns instead of racing for each slot.
    boost::asio::io_context io;
    RateLimiter limiter(io.get_executor(),
                        RateLimitOptions{.global_limit = 1, .global_window = 10ms, .margin = 0ms},
                        std::nullopt);
    constexpr int routes = 4;
    constexpr int per_route = 6;
    std::vector<CompiledRoute> compiled;
    for (int r = 0; r < routes; ++r) compiled.push_back(compile(get_channel, {std::to_string(r)}));
    std::vector<int> order;
    const std::string url = "https://discord.test/channels";
    auto request = [&](int r) -> Task<void> {
        const auto ticket = co_await limiter.acquire(compiled[r], url);
        order.push_back(r);
        limiter.on_response(compiled[r], ticket, 200, ResponseLimits{});  // no limit headers
    };
    for (int i = 0; i < per_route; ++i) {
        for (int r = 0; r < routes; ++r)
            boost::asio::co_spawn(io, request(r), boost::asio::detached);
    }
    const auto start = std::chrono::steady_clock::now();
    io.run();
    const auto took = std::chrono::steady_clock::now() - start;

    ASSERT_EQ(order.size(), static_cast<std::size_t>(routes * per_route));
    // The global limit held: the last grant came no sooner than one window per request.
    EXPECT_GE(took, (routes * per_route - 1) * 10ms);
    // Every run of `routes` consecutive grants names each route once.
    for (std::size_t i = 0; i + routes <= order.size(); i += routes) {
        const std::set<int> seen(order.begin() + static_cast<std::ptrdiff_t>(i),
                                 order.begin() + static_cast<std::ptrdiff_t>(i + routes));
        EXPECT_EQ(seen.size(), static_cast<std::size_t>(routes))
            << "grants from " << i << ": " << ::testing::PrintToString(order);
    }
}

}  // namespace
}  // namespace hikari::rest
