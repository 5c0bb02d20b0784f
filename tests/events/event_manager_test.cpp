// EventManager: delivery by type with polymorphism, listener bookkeeping, exceptions, intents
// warnings and the consumer check.

#include "event_test_support.hpp"

#include <hikari/core/errors.hpp>
#include <hikari/events/events.hpp>

#include <gtest/gtest.h>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace {

using namespace hikari;
using namespace std::chrono_literals;
using test::run;

class EveryoneMentionedEvent : public EventType<EveryoneMentionedEvent> {
  public:
    std::string content;
};

class LoudEveryoneMentionedEvent
    : public EventType<LoudEveryoneMentionedEvent, EveryoneMentionedEvent> {};

GuildMessageCreateEvent guild_message(std::string content = "hello") {
    GuildMessageCreateEvent event;
    event.channel_id = Snowflake{10};
    event.guild_id = Snowflake{20};
    event.message.content = std::move(content);
    return event;
}

Task<void> sleep_for(std::chrono::milliseconds duration) {
    boost::asio::steady_timer timer(co_await boost::asio::this_coro::executor, duration);
    co_await timer.async_wait(boost::asio::use_awaitable);
}

class EventManagerTest : public ::testing::Test {
  protected:
    boost::asio::io_context io;
    EventManager manager{io, Intents::all()};
};

TEST_F(EventManagerTest, BaseListenerReceivesSubtypes) {
    std::vector<std::string> seen;
    manager.subscribe<MessageEvent>([&](const MessageEvent& event) {
        seen.push_back("message " + event.channel_id.to_string());
    });
    manager.subscribe<MessageCreateEvent>([&](const MessageCreateEvent& event) -> Task<void> {
        seen.push_back("create " + event.message.content);
        co_return;
    });
    manager.subscribe<DMMessageCreateEvent>(
        [&](const DMMessageCreateEvent&) { seen.push_back("dm"); });
    manager.subscribe<Event>(
        [&](const Event& event) { seen.push_back(std::string(event.event_type().name)); });

    run(io, manager.dispatch(guild_message("hi")));
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(seen,
              (std::vector<std::string>{"GuildMessageCreateEvent", "create hi", "message 10"}));
}

TEST_F(EventManagerTest, AcceptsStdFunctionsOfBothKinds) {
    int sync_calls = 0;
    int async_calls = 0;
    std::function<void(const MessageCreateEvent&)> sync = [&](const MessageCreateEvent&) {
        ++sync_calls;
    };
    std::function<Task<void>(const MessageCreateEvent&)> async =
        [&](const MessageCreateEvent&) -> Task<void> {
        ++async_calls;
        co_return;
    };
    // A callback taking a base type is fine for a derived event.
    std::function<void(const Event&)> generic = [&](const Event&) { ++sync_calls; };
    manager.subscribe<MessageCreateEvent>(sync);
    manager.subscribe<MessageCreateEvent>(async);
    manager.subscribe<GuildMessageCreateEvent>(generic);
    run(io, manager.dispatch(guild_message()));
    EXPECT_EQ(sync_calls, 2);
    EXPECT_EQ(async_calls, 1);
    EXPECT_FALSE(manager.get_listeners<MessageCreateEvent>(false)[0].is_async);
    EXPECT_TRUE(manager.get_listeners<MessageCreateEvent>(false)[1].is_async);
}

TEST_F(EventManagerTest, AsyncListenersRunConcurrently) {
    std::vector<std::string> order;
    manager.subscribe<GuildMessageCreateEvent>([&](const GuildMessageCreateEvent&) -> Task<void> {
        order.push_back("slow start");
        co_await sleep_for(30ms);
        order.push_back("slow end");
    });
    manager.subscribe<GuildMessageCreateEvent>([&](const GuildMessageCreateEvent&) -> Task<void> {
        order.push_back("fast start");
        co_await sleep_for(1ms);
        order.push_back("fast end");
    });
    run(io, [&]() -> Task<void> {
        co_await manager.dispatch(guild_message());
        order.push_back("dispatch done");
    }());
    EXPECT_EQ(order, (std::vector<std::string>{"slow start", "fast start", "fast end", "slow end",
                                               "dispatch done"}));
}

TEST_F(EventManagerTest, GetListenersExactAndPolymorphic) {
    const auto on_base = manager.subscribe<MessageEvent>([](const MessageEvent&) {}, "on_base");
    const auto on_create = manager.subscribe<MessageCreateEvent>(
        [](const MessageCreateEvent&) -> Task<void> { co_return; });
    manager.subscribe<ReactionEvent>([](const ReactionEvent&) {});

    const auto exact = manager.get_listeners<MessageCreateEvent>(false);
    ASSERT_EQ(exact.size(), 1U);
    EXPECT_EQ(exact[0].id, on_create);
    EXPECT_TRUE(exact[0].is_async);
    EXPECT_EQ(exact[0].name, "MessageCreateEvent listener #" + std::to_string(on_create));

    const auto all = manager.get_listeners<GuildMessageCreateEvent>();
    ASSERT_EQ(all.size(), 2U);
    EXPECT_EQ(all[0].id, on_create);  // most derived first
    EXPECT_EQ(all[1].id, on_base);
    EXPECT_EQ(all[1].name, "on_base");
    EXPECT_EQ(all[1].event_type, &event_type_v<MessageEvent>);
    EXPECT_TRUE(manager.get_listeners<GuildMessageCreateEvent>(false).empty());
}

TEST_F(EventManagerTest, UnsubscribeStopsDelivery) {
    int calls = 0;
    const auto id = manager.subscribe<MessageEvent>([&](const MessageEvent&) { ++calls; });
    run(io, manager.dispatch(guild_message()));
    EXPECT_TRUE(manager.unsubscribe(id));
    EXPECT_FALSE(manager.unsubscribe(id));
    EXPECT_FALSE(manager.unsubscribe(12345));
    run(io, manager.dispatch(guild_message()));
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(manager.get_listeners<MessageEvent>().empty());
}

TEST_F(EventManagerTest, ListenHandleUnsubscribesWhenDestroyed) {
    int calls = 0;
    {
        Subscription subscription =
            manager.listen<MessageEvent>([&](const MessageEvent&) { ++calls; });
        EXPECT_TRUE(subscription.active());
        Subscription moved = std::move(subscription);
        EXPECT_FALSE(subscription.active());  // NOLINT(bugprone-use-after-move): tested
        EXPECT_TRUE(moved.active());
        run(io, manager.dispatch(guild_message()));
    }
    run(io, manager.dispatch(guild_message()));
    EXPECT_EQ(calls, 1);
    EXPECT_TRUE(manager.get_listeners<MessageEvent>().empty());
}

TEST_F(EventManagerTest, SubscriptionOutlivingItsManagerIsHarmless) {
    Subscription subscription;
    {
        EventManager short_lived(io);
        subscription = short_lived.listen<MessageEvent>([](const MessageEvent&) {});
        EXPECT_TRUE(subscription.active());
    }
    EXPECT_FALSE(subscription.active());
    subscription.unsubscribe();
    EXPECT_EQ(subscription.id(), 0U);
}

TEST_F(EventManagerTest, ThrowingListenerBecomesExceptionEventAndOthersRun) {
    test::LogCapture logs;
    int others = 0;
    std::vector<ExceptionEvent> failures;
    manager.subscribe<MessageEvent>(
        [](const MessageEvent&) -> Task<void> {
            throw std::runtime_error("async boom");
            co_return;
        },
        "async_thrower");
    manager.subscribe<MessageEvent>(
        [](const MessageEvent&) { throw std::logic_error("sync boom"); }, "sync_thrower");
    manager.subscribe<MessageCreateEvent>([&](const MessageCreateEvent&) { ++others; });
    manager.subscribe<MessageCreateEvent>([&](const MessageCreateEvent&) -> Task<void> {
        ++others;
        co_return;
    });
    manager.subscribe<ExceptionEvent>([&](const ExceptionEvent& e) { failures.push_back(e); });

    run(io, manager.dispatch(guild_message()));
    EXPECT_EQ(others, 2);
    ASSERT_EQ(failures.size(), 2U);
    std::sort(failures.begin(), failures.end(),
              [](const auto& a, const auto& b) { return a.listener_name < b.listener_name; });
    EXPECT_EQ(failures[0].listener_name, "async_thrower");
    EXPECT_EQ(failures[0].listener_event_type, &event_type_v<MessageEvent>);
    EXPECT_THROW(failures[0].rethrow(), std::runtime_error);
    EXPECT_EQ(failures[1].listener_name, "sync_thrower");
    EXPECT_THROW(failures[1].rethrow(), std::logic_error);
    ASSERT_NE(failures[0].failed_event, nullptr);
    EXPECT_EQ(&failures[0].failed_event->event_type(), &event_type_v<GuildMessageCreateEvent>);
    EXPECT_TRUE(
        logs.contains("hikari.event_manager: async_thrower raised async boom while "
                      "handling GuildMessageCreateEvent"));
}

TEST_F(EventManagerTest, DispatchNowDeliversPlainListenersBeforeReturning) {
    std::vector<std::string> order;
    int async_runs = 0;
    manager.subscribe<MessageCreateEvent>([&](const MessageCreateEvent&) { order.push_back("a"); });
    manager.subscribe<MessageCreateEvent>([&](const MessageCreateEvent&) -> Task<void> {
        co_await sleep_for(1ms);
        ++async_runs;
    });
    manager.subscribe<MessageEvent>([&](const MessageEvent&) { order.push_back("base"); });
    auto stream = manager.stream<MessageCreateEvent>();
    manager.subscribe<ExceptionEvent>(
        [&](const ExceptionEvent& e) { order.push_back("failure of " + e.listener_name); });
    manager.subscribe<MessageCreateEvent>(
        [](const MessageCreateEvent&) { throw std::logic_error("boom"); }, "thrower");

    const std::shared_ptr<const Event> event =
        std::make_shared<const GuildMessageCreateEvent>(guild_message());
    manager.dispatch_now(event);
    // Plain listeners of the type, then of its bases, already ran; nothing else yet.
    EXPECT_EQ(order, (std::vector<std::string>{"a", "base"}));
    EXPECT_EQ(async_runs, 0);
    // The coroutine listener and the failure report run on the io_context.
    io.run();
    EXPECT_EQ(async_runs, 1);
    EXPECT_EQ(order.back(), "failure of thrower");
    // The stream got it synchronously too.
    std::shared_ptr<const MessageCreateEvent> first;
    run(io, [&]() -> Task<void> { first = co_await stream.next(); }());
    ASSERT_TRUE(first);
    EXPECT_EQ(first->message.content, "hello");
    manager.dispatch_now(nullptr);  // nothing, no crash
}

TEST_F(EventManagerTest, ThrowingExceptionListenerIsOnlyLogged) {
    test::LogCapture logs;
    int exception_calls = 0;
    manager.subscribe<MessageEvent>([](const MessageEvent&) { throw std::runtime_error("first"); });
    manager.subscribe<ExceptionEvent>(
        [&](const ExceptionEvent&) {
            ++exception_calls;
            throw std::runtime_error("handler failed too");
        },
        "bad_handler");
    run(io, manager.dispatch(guild_message()));
    EXPECT_EQ(exception_calls, 1);
    EXPECT_TRUE(
        logs.contains("bad_handler raised handler failed too while handling "
                      "ExceptionEvent (not reported again)"));
}

TEST_F(EventManagerTest, CustomEventsAreDeliveredPolymorphically) {
    std::vector<std::string> seen;
    manager.subscribe<EveryoneMentionedEvent>(
        [&](const EveryoneMentionedEvent& event) { seen.push_back(event.content); });
    LoudEveryoneMentionedEvent loud;
    loud.content = "@everyone!!!";
    EveryoneMentionedEvent quiet;
    quiet.content = "@everyone";
    run(io, [&]() -> Task<void> {
        co_await manager.dispatch(loud);
        co_await manager.dispatch(quiet);
        co_await manager.dispatch(guild_message());
    }());
    EXPECT_EQ(seen, (std::vector<std::string>{"@everyone!!!", "@everyone"}));
}

TEST_F(EventManagerTest, ListenerMaySubscribeDuringDispatch) {
    int inner = 0;
    manager.subscribe<MessageEvent>([&](const MessageEvent&) {
        manager.subscribe<MessageEvent>([&](const MessageEvent&) { ++inner; });
    });
    run(io, manager.dispatch(guild_message()));
    EXPECT_EQ(inner, 0);  // the new listener missed the event being dispatched
    run(io, manager.dispatch(guild_message()));
    EXPECT_EQ(inner, 1);
}

TEST_F(EventManagerTest, DispatchOfNullDoesNothing) {
    int calls = 0;
    manager.subscribe<Event>([&](const Event&) { ++calls; });
    run(io, manager.dispatch(std::shared_ptr<const Event>{}));
    EXPECT_EQ(calls, 0);
}

TEST(EventManagerIntents, WarnsAboutMissingIntentsOnSubscribe) {
    boost::asio::io_context io;
    EventManager manager(io, Intents::guilds | Intents::direct_messages);
    test::LogCapture logs;
    manager.subscribe<MemberCreateEvent>([](const MemberCreateEvent&) {});
    EXPECT_TRUE(logs.contains("MemberCreateEvent is only sent with the intents GUILD_MEMBERS"));
    // One of the alternatives is enough for message events.
    manager.subscribe<MessageCreateEvent>([](const MessageCreateEvent&) {});
    EXPECT_FALSE(logs.contains("MessageCreateEvent"));
    manager.subscribe<GuildMessageCreateEvent>([](const GuildMessageCreateEvent&) {});
    EXPECT_TRUE(
        logs.contains("GuildMessageCreateEvent is only sent with the intents GUILD_MESSAGES"));
    manager.subscribe<ReactionEvent>([](const ReactionEvent&) {});
    EXPECT_TRUE(
        logs.contains("ReactionEvent is only sent with one of the intents "
                      "GUILD_MESSAGE_REACTIONS | DIRECT_MESSAGE_REACTIONS"));
    const auto before = logs.lines().size();
    manager.subscribe<GuildJoinEvent>([](const GuildJoinEvent&) {});
    manager.subscribe<StartedEvent>([](const StartedEvent&) {});
    EXPECT_EQ(logs.lines().size(), before);
}

TEST(EventManagerIntents, StreamsAndWaitersWarnToo) {
    boost::asio::io_context io;
    EventManager manager(io, Intents::guilds);
    test::LogCapture logs;
    auto stream = manager.stream<PresenceUpdateEvent>();
    EXPECT_TRUE(logs.contains("PresenceUpdateEvent is only sent with the intents GUILD_PRESENCES"));
    EXPECT_THROW(run(io,
                     [&]() -> Task<void> {
                         co_await manager.wait_for<TypingEvent>(std::chrono::milliseconds(1));
                     }()),
                 EventTimeoutError);
    EXPECT_TRUE(logs.contains("TypingEvent is only sent with one of the intents"));
    manager.set_intents(Intents::all());
    EXPECT_EQ(manager.intents(), Intents::all());
    const auto before = logs.lines().size();
    auto quiet = manager.stream<PresenceUpdateEvent>();
    EXPECT_EQ(logs.lines().size(), before);
}

TEST_F(EventManagerTest, NothingWantedWithoutConsumers) {
    for (std::string_view name : {"MESSAGE_CREATE", "GUILD_CREATE", "READY", "SOMETHING_NEW"}) {
        EXPECT_FALSE(manager.is_wanted(name)) << name;
    }
    EXPECT_FALSE(manager.is_wanted<MessageEvent>());
}

TEST_F(EventManagerTest, BaseListenerMakesSubtypeDispatchesWanted) {
    EXPECT_FALSE(manager.is_wanted("MESSAGE_CREATE"));  // cached as false first
    const auto id = manager.subscribe<MessageEvent>([](const MessageEvent&) {});
    EXPECT_TRUE(manager.is_wanted("MESSAGE_CREATE"));
    EXPECT_TRUE(manager.is_wanted("MESSAGE_DELETE_BULK"));
    EXPECT_TRUE(manager.is_wanted<DMMessageUpdateEvent>());
    EXPECT_FALSE(manager.is_wanted("MESSAGE_REACTION_ADD"));
    EXPECT_FALSE(manager.is_wanted("UNKNOWN_THING"));
    manager.unsubscribe(id);
    EXPECT_FALSE(manager.is_wanted("MESSAGE_CREATE"));
}

TEST_F(EventManagerTest, OneSubtypeIsEnoughToWantADispatch) {
    manager.subscribe<DMMessageCreateEvent>([](const DMMessageCreateEvent&) {});
    EXPECT_TRUE(manager.is_wanted("MESSAGE_CREATE"));
    EXPECT_FALSE(manager.is_wanted("MESSAGE_UPDATE"));
    manager.subscribe<GuildAvailableEvent>([](const GuildAvailableEvent&) {});
    EXPECT_TRUE(manager.is_wanted("GUILD_CREATE"));
    EXPECT_FALSE(manager.is_wanted("GUILD_DELETE"));
}

TEST_F(EventManagerTest, EventListenerWantsEverythingIncludingUnknownNames) {
    manager.subscribe<Event>([](const Event&) {});
    EXPECT_TRUE(manager.is_wanted("TYPING_START"));
    EXPECT_TRUE(manager.is_wanted("BRAND_NEW_DISPATCH"));
}

TEST_F(EventManagerTest, WaitersAndStreamsCountAsConsumers) {
    EXPECT_FALSE(manager.is_wanted("MESSAGE_REACTION_ADD"));
    {
        auto stream = manager.stream<ReactionEvent>();
        EXPECT_TRUE(manager.is_wanted("MESSAGE_REACTION_ADD"));
    }
    EXPECT_FALSE(manager.is_wanted("MESSAGE_REACTION_ADD"));

    bool wanted_while_waiting = false;
    run(io, [&]() -> Task<void> {
        auto waiting = [&]() -> Task<void> {
            co_await sleep_for(1ms);
            wanted_while_waiting = manager.is_wanted("TYPING_START");
            co_await manager.dispatch(TypingEvent{});
        };
        boost::asio::co_spawn(co_await boost::asio::this_coro::executor, waiting(),
                              boost::asio::detached);
        co_await manager.wait_for<TypingEvent>(1s);
    }());
    EXPECT_TRUE(wanted_while_waiting);
    EXPECT_FALSE(manager.is_wanted("TYPING_START"));
}

}  // namespace

namespace {

TEST(EventManagerLifetime, ListenersStillRunningMayOutliveTheManager) {
    boost::asio::io_context io;
    auto manager = std::make_unique<EventManager>(io);
    bool finished = false;
    manager->subscribe<MessageEvent>([&](const MessageEvent&) -> Task<void> {
        co_await sleep_for(5ms);
        finished = true;
        throw std::runtime_error("late failure");  // reported through the shared state
    });
    boost::asio::co_spawn(io, manager->dispatch(guild_message()), boost::asio::detached);
    io.poll();  // the listener is now asleep
    EXPECT_FALSE(finished);
    manager.reset();
    io.run();
    EXPECT_TRUE(finished);
}

TEST(EventManagerLifetime, DestroyingTheManagerEndsWaitersAndStreams) {
    boost::asio::io_context io;
    auto manager = std::make_unique<EventManager>(io);
    bool waiter_error = false;
    bool stream_ended = false;
    boost::asio::co_spawn(
        io,
        [&]() -> Task<void> {
            try {
                co_await manager->wait_for<MessageEvent>(std::nullopt);
            } catch (const ComponentStateConflictError&) {
                waiter_error = true;
            }
        },
        boost::asio::detached);
    auto stream = manager->stream<MessageEvent>();
    boost::asio::co_spawn(
        io, [&]() -> Task<void> { stream_ended = (co_await stream.next()) == nullptr; },
        boost::asio::detached);
    io.poll();
    manager.reset();
    io.run();
    EXPECT_TRUE(waiter_error);
    EXPECT_TRUE(stream_ended);
    EXPECT_FALSE(stream.is_open());
}

}  // namespace
