// The pure rate-limit bookkeeping, driven by a fake clock.

#include "rest/ratelimit/rate_limit_state.hpp"
#include "rest/ratelimit/invalid_requests.hpp"

#include <gtest/gtest.h>

namespace hikari::rest {
namespace {

using namespace std::chrono_literals;
using Kind = RateLimitState::Decision::Kind;
using Clock = RateLimitState::Clock;

constexpr Route get_channel{"GET", "/channels/{channel_id}"};
constexpr Route edit_channel{"PATCH", "/channels/{channel_id}"};
constexpr Route interaction_callback{"POST",
                                     "/interactions/{interaction_id}/{interaction_token}/callback"};

ResponseLimits limits(std::string bucket, int limit, int remaining, double reset_after) {
    ResponseLimits l;
    l.bucket = std::move(bucket);
    l.limit = limit;
    l.remaining = remaining;
    l.reset_after = std::chrono::duration<double>(reset_after);
    return l;
}

class RateLimitStateTest : public ::testing::Test {
  protected:
    Clock::time_point now = Clock::time_point{} + 1000s;
    RateLimitState state{RateLimitOptions{.global_limit = 0, .margin = 0ms}};
};

TEST_F(RateLimitStateTest, UndiscoveredRouteLetsOneRequestThroughAtATime) {
    const auto route = compile(get_channel, {"1"});
    const auto first = state.try_acquire(route, now);
    ASSERT_EQ(first.kind, Kind::go);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::wait_for_response);
    state.on_response(route, first.ticket, 200, limits("abc", 5, 4, 1.0), now);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::go);
    EXPECT_EQ(state.bucket_hash("GET /channels/{channel_id}"), "abc");
}

TEST_F(RateLimitStateTest, RemainingIsTakenBeforeSendingAndRefillsAtReset) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    state.on_response(route, first.ticket, 200, limits("abc", 3, 2, 2.0), now);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::go);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::go);
    const auto blocked = state.try_acquire(route, now);
    ASSERT_EQ(blocked.kind, Kind::wait);
    EXPECT_EQ(blocked.wait, std::chrono::duration_cast<Clock::duration>(2s));
    EXPECT_FALSE(blocked.global);
    EXPECT_EQ(state.try_acquire(route, now + 2s).kind, Kind::go);
}

TEST_F(RateLimitStateTest, RefilledWindowIsNotRefilledAgainBeforeAResponse) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    state.on_response(route, first.ticket, 200, limits("abc", 2, 1, 1.0), now);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::go);
    // The window ends; a burst takes the refilled slots and then has to wait a whole window.
    const auto later = now + 1500ms;
    EXPECT_EQ(state.try_acquire(route, later).kind, Kind::go);
    EXPECT_EQ(state.try_acquire(route, later).kind, Kind::go);
    const auto blocked = state.try_acquire(route, later + 10ms);
    ASSERT_EQ(blocked.kind, Kind::wait);
    EXPECT_EQ(blocked.wait, std::chrono::duration_cast<Clock::duration>(990ms));
}

TEST_F(RateLimitStateTest, InFlightRequestsAreNotCountedTwice) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    state.on_response(route, first.ticket, 200, limits("abc", 5, 4, 1.0), now);
    // Four requests leave; the first answer reports 3 remaining, but three others are still
    // in flight, so nothing is left.
    std::vector<std::string> tickets;
    for (int i = 0; i < 4; ++i) tickets.emplace_back(state.try_acquire(route, now).ticket);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::wait);
    state.on_response(route, tickets[0], 200, limits("abc", 5, 3, 0.9), now);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::wait);
}

TEST_F(RateLimitStateTest, MajorParametersHaveSeparateBuckets) {
    const auto a = compile(get_channel, {"1"});
    const auto b = compile(get_channel, {"2"});
    auto first = state.try_acquire(a, now);
    state.on_response(a, first.ticket, 200, limits("abc", 1, 0, 5.0), now);
    EXPECT_EQ(state.try_acquire(a, now).kind, Kind::wait);
    EXPECT_EQ(state.try_acquire(b, now).kind, Kind::go);
}

TEST_F(RateLimitStateTest, RoutesWithTheSameHashShareABucket) {
    const auto get = compile(get_channel, {"1"});
    const auto edit = compile(edit_channel, {"1"});
    auto g = state.try_acquire(get, now);
    state.on_response(get, g.ticket, 200, limits("shared", 2, 1, 5.0), now);
    auto e = state.try_acquire(edit, now);
    state.on_response(edit, e.ticket, 200, limits("shared", 2, 0, 5.0), now);
    EXPECT_EQ(state.try_acquire(get, now).kind, Kind::wait);
    EXPECT_EQ(state.try_acquire(edit, now).kind, Kind::wait);
}

TEST_F(RateLimitStateTest, RouteWithoutHeadersIsUnlimited) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    state.on_response(route, first.ticket, 200, ResponseLimits{}, now);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(state.try_acquire(route, now).kind, Kind::go);
}

TEST_F(RateLimitStateTest, UserScoped429BlocksTheBucketForRetryAfter) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    auto l = limits("abc", 5, 0, 3.0);
    l.scope = LimitScope::user;
    l.retry_after = std::chrono::duration<double>(3.0);
    state.on_response(route, first.ticket, 429, l, now);
    const auto d = state.try_acquire(route, now + 1s);
    ASSERT_EQ(d.kind, Kind::wait);
    EXPECT_EQ(d.wait, std::chrono::duration_cast<Clock::duration>(2s));
    EXPECT_EQ(state.invalid_requests(now), 1U);
}

TEST_F(RateLimitStateTest, Shared429IsNotAnInvalidRequest) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    auto l = limits("abc", 5, 3, 3.0);
    l.scope = LimitScope::shared;
    l.retry_after = std::chrono::duration<double>(2.0);
    state.on_response(route, first.ticket, 429, l, now);
    EXPECT_EQ(state.invalid_requests(now), 0U);
    EXPECT_EQ(state.try_acquire(route, now).kind, Kind::wait);
}

TEST_F(RateLimitStateTest, Global429BlocksEveryGloballyLimitedRoute) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    ResponseLimits l;
    l.global = true;
    l.scope = LimitScope::global;
    l.retry_after = std::chrono::duration<double>(4.0);
    state.on_response(route, first.ticket, 429, l, now);
    const auto other = state.try_acquire(compile(edit_channel, {"9"}), now + 1s);
    ASSERT_EQ(other.kind, Kind::wait);
    EXPECT_TRUE(other.global);
    EXPECT_EQ(other.wait, std::chrono::duration_cast<Clock::duration>(3s));
    // Interaction callbacks are exempt from the global limit.
    EXPECT_EQ(state.try_acquire(compile(interaction_callback, {"5", "tok"}), now).kind, Kind::go);
}

TEST_F(RateLimitStateTest, ResetEpochTellsWindowsApart) {
    const auto route = compile(get_channel, {"1"});
    auto with_epoch = [](int remaining, double epoch) {
        auto l = limits("abc", 2, remaining, 5.0);
        l.reset_epoch = epoch;
        return l;
    };
    auto first = state.try_acquire(route, now);
    state.on_response(route, first.ticket, 200, with_epoch(1, 100.0), now);
    auto second = state.try_acquire(route, now);
    ASSERT_EQ(second.kind, Kind::go);
    // Same window (same epoch): nothing left.
    state.on_response(route, second.ticket, 200, with_epoch(0, 100.0), now + 1ms);
    EXPECT_EQ(state.try_acquire(route, now + 1ms).kind, Kind::wait);
    // A later epoch is a new window even though reset-after looks the same.
    auto l = with_epoch(1, 101.0);
    state.on_response(route, "abc|1", 200, l, now + 2ms);
    EXPECT_EQ(state.try_acquire(route, now + 2ms).kind, Kind::go);
    // A stale answer from the old window changes nothing.
    state.on_response(route, "abc|1", 200, with_epoch(1, 100.0), now + 3ms);
    EXPECT_EQ(state.try_acquire(route, now + 3ms).kind, Kind::wait);
}

TEST(RateLimitStateGlobal, SlidingWindowCapsRequestsPerSecond) {
    RateLimitState state{RateLimitOptions{.global_limit = 3, .margin = 0ms}};
    const auto t0 = Clock::time_point{} + 50s;
    for (int i = 0; i < 3; ++i) {
        const auto route = compile(get_channel, {std::to_string(i)});
        ASSERT_EQ(state.try_acquire(route, t0 + i * 100ms).kind, Kind::go);
    }
    const auto blocked = state.try_acquire(compile(get_channel, {"7"}), t0 + 500ms);
    ASSERT_EQ(blocked.kind, Kind::wait);
    EXPECT_TRUE(blocked.global);
    EXPECT_EQ(blocked.wait, std::chrono::duration_cast<Clock::duration>(500ms));
    EXPECT_EQ(state.try_acquire(compile(get_channel, {"7"}), t0 + 1000ms).kind, Kind::go);
}

TEST(RateLimitStateGlobal, SendsLeaveTheWindowAMarginLate) {
    // The server's window starts when the first request arrives, which may be later than it
    // was sent (a connection being opened): a full window after the send is not yet enough.
    RateLimitState state{RateLimitOptions{.global_limit = 2, .margin = 20ms}};
    const auto t0 = Clock::time_point{} + 50s;
    ASSERT_EQ(state.try_acquire(compile(get_channel, {"1"}), t0).kind, Kind::go);
    ASSERT_EQ(state.try_acquire(compile(get_channel, {"2"}), t0).kind, Kind::go);
    const auto early = state.try_acquire(compile(get_channel, {"3"}), t0 + 1000ms);
    ASSERT_EQ(early.kind, Kind::wait);
    EXPECT_EQ(early.wait, std::chrono::duration_cast<Clock::duration>(20ms));
    EXPECT_EQ(state.try_acquire(compile(get_channel, {"3"}), t0 + 1020ms).kind, Kind::go);
}

TEST(RateLimitStateGlobal, SendCountsFromItsAnswerIfLater) {
    // The first request waited 300 ms for its connection to open (or for a slow server to
    // read it) and was answered then; the second was answered at once. The server may have
    // counted the first as late as its answer.
    RateLimitState state{RateLimitOptions{.global_limit = 2, .margin = 0ms}};
    const auto t0 = Clock::time_point{} + 50s;
    const auto first = state.try_acquire(compile(get_channel, {"1"}), t0);
    const auto second = state.try_acquire(compile(get_channel, {"2"}), t0);
    ASSERT_EQ(first.kind, Kind::go);
    ASSERT_EQ(second.kind, Kind::go);
    EXPECT_EQ(first.global_slot, 1U);
    EXPECT_EQ(second.global_slot, 2U);
    state.on_answered(first.global_slot, t0 + 300ms);
    state.on_answered(second.global_slot, t0 - 1ms);  // never moves a send earlier
    const auto blocked = state.try_acquire(compile(get_channel, {"3"}), t0 + 1000ms);
    ASSERT_EQ(blocked.kind, Kind::wait);
    EXPECT_EQ(blocked.wait, std::chrono::duration_cast<Clock::duration>(300ms));
    const auto third = state.try_acquire(compile(get_channel, {"3"}), t0 + 1300ms);
    ASSERT_EQ(third.kind, Kind::go);
    EXPECT_EQ(third.global_slot, 3U);
    // Sends that have left the window, or no slot, change nothing.
    state.on_answered(first.global_slot, t0 + 5s);
    state.on_answered(0, t0 + 5s);
    EXPECT_EQ(state.try_acquire(compile(get_channel, {"4"}), t0 + 1300ms).kind, Kind::go);
}

TEST_F(RateLimitStateTest, StaleResponseFromAnOlderWindowIsIgnored) {
    const auto route = compile(get_channel, {"1"});
    auto first = state.try_acquire(route, now);
    state.on_response(route, first.ticket, 200, limits("abc", 2, 1, 1.0), now);
    auto second = state.try_acquire(route, now);
    // A new window began at now+1s; the answer to `second` arrives late claiming plenty left
    // in a window that ends sooner than the one we know: it must not refill the bucket.
    auto third = state.try_acquire(route, now + 1s);
    ASSERT_EQ(third.kind, Kind::go);
    state.on_response(route, third.ticket, 200, limits("abc", 2, 0, 1.0), now + 1s);
    state.on_response(route, second.ticket, 200, limits("abc", 2, 1, 0.2), now + 1s);
    EXPECT_EQ(state.try_acquire(route, now + 1s).kind, Kind::wait);
}

TEST(RateLimitStateOptions, RejectsNegativeValues) {
    EXPECT_THROW(RateLimitState(RateLimitOptions{.global_limit = -1}), ValueError);
    EXPECT_THROW(RateLimitState(RateLimitOptions{.global_window = 0ms}), ValueError);
}

TEST(InvalidRequestCounter, WarnsOnceAtEachThresholdAndForgetsAfterTenMinutes) {
    InvalidRequestCounter counter({2, 4});
    const auto t0 = Clock::time_point{} + 10s;
    EXPECT_EQ(counter.record(t0), std::nullopt);
    EXPECT_EQ(counter.record(t0), std::optional<std::size_t>(2));
    EXPECT_EQ(counter.record(t0), std::nullopt);
    EXPECT_EQ(counter.record(t0), std::optional<std::size_t>(4));
    EXPECT_EQ(counter.count(t0 + 9min), 4U);
    EXPECT_EQ(counter.count(t0 + 10min), 0U);
    EXPECT_EQ(counter.record(t0 + 10min), std::nullopt);
    EXPECT_EQ(counter.record(t0 + 10min), std::optional<std::size_t>(2));
}

TEST(InvalidRequestCounter, RejectsUnsortedThresholds) {
    EXPECT_THROW(InvalidRequestCounter({5, 2}), ValueError);
    EXPECT_THROW(InvalidRequestCounter({0}), ValueError);
}

TEST(Route, CompileSubstitutesEncodesAndFindsTheMajorParameter) {
    constexpr Route reaction{"PUT",
                             "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"};
    const auto r = compile(reaction, {"10", "20", "\xF0\x9F\x91\x8D"});
    EXPECT_EQ(r.path, "/channels/10/messages/20/reactions/%F0%9F%91%8D/@me");
    EXPECT_EQ(r.major(), "10");
    constexpr Route webhook{"POST", "/webhooks/{webhook_id}/{webhook_token}"};
    const auto w = compile(webhook, {"5", "secret"});
    EXPECT_EQ(w.major(), "5/secret");
    EXPECT_TRUE(webhook.token_in_path());
    EXPECT_FALSE(reaction.token_in_path());
    EXPECT_EQ(compile(Route{"GET", "/guilds/{guild_id}/members"}, {"3"}).major(), "3");
    EXPECT_THROW((void)compile(reaction, {"1"}), ValueError);
    EXPECT_THROW((void)compile(reaction, {"1", "2", "3", "4"}), ValueError);
    EXPECT_THROW((void)compile(reaction, {"1", "", "3"}), ValueError);
}

TEST(ResponseLimits, ReadsHeadersAndTheBodyOfA429) {
    http::Response r;
    r.status = 429;
    r.headers = {{"x-ratelimit-bucket", "h1"},    {"x-ratelimit-limit", "5"},
                 {"x-ratelimit-remaining", "0"},  {"x-ratelimit-reset-after", "1.250"},
                 {"x-ratelimit-scope", "shared"}, {"retry-after", "2"}};
    r.body = R"({"message":"You are being rate limited.","retry_after":1.5,"global":false})";
    const auto l = read_limits(r);
    EXPECT_EQ(l.bucket, "h1");
    EXPECT_EQ(l.limit, 5);
    EXPECT_EQ(l.remaining, 0);
    EXPECT_DOUBLE_EQ(l.reset_after->count(), 1.25);
    EXPECT_EQ(l.scope, LimitScope::shared);
    EXPECT_DOUBLE_EQ(l.retry_after->count(), 1.5);
    EXPECT_FALSE(l.global);
}

TEST(ResponseLimits, MalformedValuesCountAsAbsent) {
    http::Response r;
    r.status = 429;
    r.headers = {{"x-ratelimit-limit", "five"},
                 {"x-ratelimit-reset-after", "-1"},
                 {"retry-after", "3"},
                 {"x-ratelimit-global", "true"}};
    r.body = "<html>not json</html>";
    const auto l = read_limits(r);
    EXPECT_FALSE(l.limit);
    EXPECT_FALSE(l.reset_after);
    EXPECT_DOUBLE_EQ(l.retry_after->count(), 3.0);
    EXPECT_TRUE(l.global);
}

}  // namespace
}  // namespace hikari::rest
