// EventManager::wait_for and EventManager::stream.

#include "event_test_support.hpp"

#include <hikari/events/events.hpp>

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <chrono>
#include <stdexcept>

namespace {

using namespace hikari;
using namespace std::chrono_literals;
using test::run;

Task<void> sleep_for(std::chrono::milliseconds duration) {
    boost::asio::steady_timer timer(co_await boost::asio::this_coro::executor, duration);
    co_await timer.async_wait(boost::asio::use_awaitable);
}

ReactionAddEvent reaction(std::uint64_t message_id, std::uint64_t user_id) {
    ReactionAddEvent event;
    event.channel_id = Snowflake{1};
    event.message_id = Snowflake{message_id};
    event.user_id = Snowflake{user_id};
    return event;
}

class WaitStreamTest : public ::testing::Test {
  protected:
    /// Dispatches `events` one by one, `gap` apart, in the background.
    void feed(std::vector<ReactionAddEvent> events, std::chrono::milliseconds gap = 1ms) {
        boost::asio::co_spawn(
            io,
            [this, events = std::move(events), gap]() -> Task<void> {
                for (const auto& event : events) {
                    co_await sleep_for(gap);
                    co_await manager.dispatch(event);
                }
            },
            boost::asio::detached);
    }

    boost::asio::io_context io;
    EventManager manager{io, Intents::all()};
};

TEST_F(WaitStreamTest, WaitForReturnsTheFirstMatchingEvent) {
    feed({reaction(5, 1), reaction(6, 2), reaction(6, 3)});
    ReactionAddEvent got;
    run(io, [&]() -> Task<void> {
        got = co_await manager.wait_for<ReactionAddEvent>(
            [](const ReactionAddEvent& e) { return e.message_id == Snowflake{6}; }, 1s);
    }());
    EXPECT_EQ(got.user_id, Snowflake{2});
}

TEST_F(WaitStreamTest, WaitForOnABaseTypeReceivesSubtypes) {
    feed({reaction(7, 9)});
    std::uint64_t message_id = 0;
    run(io, [&]() -> Task<void> {
        const ReactionEvent got = co_await manager.wait_for<ReactionEvent>(1s);
        message_id = got.message_id.value();
    }());
    EXPECT_EQ(message_id, 7U);
}

TEST_F(WaitStreamTest, WaitForTimesOutWithATypedError) {
    feed({reaction(5, 1)});
    const auto started = std::chrono::steady_clock::now();
    EXPECT_THROW(
        run(io,
            [&]() -> Task<void> {
                co_await manager.wait_for<ReactionAddEvent>(
                    [](const ReactionAddEvent& e) { return e.message_id == Snowflake{99}; }, 20ms);
            }()),
        EventTimeoutError);
    EXPECT_GE(std::chrono::steady_clock::now() - started, 20ms);
    EXPECT_FALSE(manager.is_wanted<ReactionAddEvent>());  // the waiter was removed
}

TEST_F(WaitStreamTest, WaitForPropagatesAPredicateFailure) {
    feed({reaction(5, 1)});
    EXPECT_THROW(run(io,
                     [&]() -> Task<void> {
                         co_await manager.wait_for<ReactionAddEvent>(
                             [](const ReactionAddEvent&) -> bool {
                                 throw std::invalid_argument("bad predicate");
                             },
                             1s);
                     }()),
                 std::invalid_argument);
    EXPECT_FALSE(manager.is_wanted<ReactionAddEvent>());
}

TEST_F(WaitStreamTest, StreamYieldsFilteredEventsUpToItsLimit) {
    std::vector<std::uint64_t> users;
    run(io, [&]() -> Task<void> {
        auto stream = manager.stream<ReactionAddEvent>(
            [](const ReactionAddEvent& e) { return e.message_id == Snowflake{6}; },
            {.timeout = 1s, .limit = 2});
        feed({reaction(6, 1), reaction(5, 2), reaction(6, 3), reaction(6, 4)});
        while (auto event = co_await stream.next()) users.push_back(event->user_id.value());
        EXPECT_FALSE(stream.is_open());
    }());
    EXPECT_EQ(users, (std::vector<std::uint64_t>{1, 3}));
    EXPECT_FALSE(manager.is_wanted<ReactionAddEvent>());
}

TEST_F(WaitStreamTest, StreamEndsAfterTimeoutWithoutEvents) {
    std::vector<std::uint64_t> users;
    run(io, [&]() -> Task<void> {
        auto stream = manager.stream<ReactionEvent>({.timeout = 30ms});
        feed({reaction(1, 1), reaction(1, 2)});
        while (auto event = co_await stream.next()) users.push_back(event->message_id.value());
    }());
    EXPECT_EQ(users, (std::vector<std::uint64_t>{1, 1}));
}

TEST_F(WaitStreamTest, StreamQueuesWhileNotReadAndDropsBeyondItsSize) {
    auto stream = manager.stream<ReactionAddEvent>({.timeout = 10ms, .queue_size = 2});
    std::vector<std::uint64_t> users;
    run(io, [&]() -> Task<void> {
        for (std::uint64_t user = 1; user <= 4; ++user)
            co_await manager.dispatch(reaction(1, user));
        while (auto event = co_await stream.next()) users.push_back(event->user_id.value());
    }());
    EXPECT_EQ(users, (std::vector<std::uint64_t>{1, 2}));
    EXPECT_EQ(stream.dropped(), 2U);
}

TEST_F(WaitStreamTest, ClosedStreamReturnsNull) {
    auto stream = manager.stream<ReactionAddEvent>();
    run(io, manager.dispatch(reaction(1, 1)));
    stream.close();
    EXPECT_FALSE(manager.is_wanted<ReactionAddEvent>());
    bool ended = false;
    run(io, [&]() -> Task<void> { ended = (co_await stream.next()) == nullptr; }());
    EXPECT_TRUE(ended);
}

TEST_F(WaitStreamTest, ThrowingStreamFilterSkipsTheEvent) {
    test::LogCapture logs;
    std::vector<std::uint64_t> users;
    run(io, [&]() -> Task<void> {
        auto stream = manager.stream<ReactionAddEvent>(
            [](const ReactionAddEvent& e) -> bool {
                if (e.user_id == Snowflake{2}) throw std::runtime_error("filter broke");
                return true;
            },
            {.timeout = 20ms});
        feed({reaction(1, 1), reaction(1, 2), reaction(1, 3)});
        while (auto event = co_await stream.next()) users.push_back(event->user_id.value());
    }());
    EXPECT_EQ(users, (std::vector<std::uint64_t>{1, 3}));
    EXPECT_TRUE(logs.contains("a stream filter of ReactionAddEvent raised filter broke"));
}

}  // namespace
