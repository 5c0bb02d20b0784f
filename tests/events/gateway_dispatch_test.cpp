// dispatch_gateway_event: the consumer check end to end, from dispatch text to listeners.

#include "event_test_support.hpp"

#include <hikari/events/events.hpp>

#include <gtest/gtest.h>

namespace {

using namespace hikari;

class GatewayDispatchTest : public ::testing::Test {
  protected:
    void feed(const std::string& name, const std::string& d, std::uint64_t sequence = 1,
              StateUpdater* state = nullptr) {
        std::string payload = R"({"op":0,"t":")" + name + R"(","s":)" + std::to_string(sequence) +
                              R"(,"d":)" + d + "}";
        // The task is only run after the text is gone: it must have been read already.
        auto task =
            dispatch_gateway_event(manager, factory, name, sequence, payload, 0, false, state);
        payload.assign(payload.size(), 'x');
        test::run(io, std::move(task));
    }

    boost::asio::io_context io;
    EventManager manager{io, Intents::all()};
    EventFactory factory;
};

TEST_F(GatewayDispatchTest, UnwantedDispatchesAreNotBuilt) {
    test::LogCapture logs;
    // Malformed, but nobody wants it: not even parsed, so no error.
    feed("MESSAGE_CREATE", R"({"id":"not a snowflake"})");
    EXPECT_TRUE(logs.lines().empty());

    int deletes = 0;
    manager.subscribe<MessageDeleteEvent>([&](const MessageDeleteEvent&) { ++deletes; });
    feed("MESSAGE_CREATE", R"({"id":"not a snowflake"})");
    EXPECT_TRUE(logs.lines().empty());
    feed("MESSAGE_DELETE", R"({"id":"1","channel_id":"2"})");
    EXPECT_EQ(deletes, 1);
}

// Stands in for the cache: records what it was given and fills in `old`.
class RecordingState : public StateUpdater {
  public:
    [[nodiscard]] bool wants(std::string_view name) const noexcept override {
        return name == "MESSAGE_DELETE";
    }
    void update(Event& event) override {
        seen.emplace_back(event.event_type().name);
        if (auto* deleted = dynamic_cast<MessageDeleteEvent*>(&event)) {
            deleted->old = Message{};
            deleted->old->content = "before";
        }
        if (fail) throw std::runtime_error("cache is broken");
    }
    std::vector<std::string> seen;
    bool fail = false;
};

TEST_F(GatewayDispatchTest, StateSeesWhatItWantsBeforeListenersEvenUnlistened) {
    RecordingState state;
    feed("MESSAGE_DELETE", R"({"id":"1","channel_id":"2"})", 1, &state);
    feed("TYPING_START", R"({"channel_id":"2","user_id":"1","timestamp":1})", 2, &state);
    EXPECT_EQ(state.seen, std::vector<std::string>{"DMMessageDeleteEvent"});

    std::optional<std::string> old_content;
    manager.subscribe<MessageDeleteEvent>(
        [&](const MessageDeleteEvent& e) { old_content = e.old ? e.old->content : "none"; });
    feed("MESSAGE_DELETE", R"({"id":"1","channel_id":"2"})", 3, &state);
    EXPECT_EQ(old_content, "before");
    EXPECT_EQ(state.seen.size(), 2U);
}

TEST_F(GatewayDispatchTest, AFailingStateIsLoggedAndListenersStillRun) {
    test::LogCapture logs;
    RecordingState state;
    state.fail = true;
    int deletes = 0;
    manager.subscribe<MessageDeleteEvent>([&](const MessageDeleteEvent&) { ++deletes; });
    feed("MESSAGE_DELETE", R"({"id":"1","channel_id":"2"})", 1, &state);
    EXPECT_EQ(deletes, 1);
    EXPECT_TRUE(logs.contains("could not apply MESSAGE_DELETE (shard 0): cache is broken"));
}

TEST_F(GatewayDispatchTest, WantedMalformedDispatchIsLoggedNotThrown) {
    test::LogCapture logs;
    int deletes = 0;
    manager.subscribe<MessageEvent>([&](const MessageEvent&) { ++deletes; });
    EXPECT_NO_THROW(feed("MESSAGE_DELETE", R"({"id":"1"})"));
    EXPECT_EQ(deletes, 0);
    EXPECT_TRUE(
        logs.contains("could not build an event from MESSAGE_DELETE (shard 0): d.channel_id"));
}

TEST_F(GatewayDispatchTest, PayloadEventsComeFirstAndOnlyWhenWanted) {
    std::vector<std::string> seen;
    manager.subscribe<ShardPayloadEvent>([&](const ShardPayloadEvent& e) {
        seen.push_back("payload " + e.name + " " + std::to_string(e.sequence));
    });
    feed("TYPING_START", R"({"channel_id":"2","user_id":"1","timestamp":1})", 9);
    EXPECT_EQ(seen, std::vector<std::string>{"payload TYPING_START 9"});
    manager.subscribe<TypingEvent>([&](const TypingEvent&) { seen.push_back("typing"); });
    feed("TYPING_START", R"({"channel_id":"2","user_id":"1","timestamp":1})", 10);
    EXPECT_EQ(seen, (std::vector<std::string>{"payload TYPING_START 9", "payload TYPING_START 10",
                                              "typing"}));
}

TEST_F(GatewayDispatchTest, GuildAvailabilityIsTrackedEvenWhenReadyIsUnwanted) {
    std::vector<std::string> seen;
    manager.subscribe<GuildAvailableEvent>([&](const GuildAvailableEvent& e) {
        seen.push_back("available " + e.guild_id.to_string());
    });
    manager.subscribe<GuildJoinEvent>(
        [&](const GuildJoinEvent& e) { seen.push_back("join " + e.guild_id.to_string()); });
    // Nobody listens to READY or GUILD_DELETE: the factory still observes them.
    feed("READY",
         R"({"v":10,"user":{},"guilds":[{"id":"11","unavailable":true}],"session_id":"s"})");
    EXPECT_TRUE(factory.is_awaited(Snowflake{11}));
    feed("GUILD_DELETE", R"({"id":"12","unavailable":true})");
    EXPECT_TRUE(factory.is_awaited(Snowflake{12}));
    feed("GUILD_DELETE", R"({"id":"13"})");
    EXPECT_FALSE(factory.is_awaited(Snowflake{13}));

    const std::string guild =
        R"({"id":"ID","name":"g","icon":null,"splash":null,"discovery_splash":null,"owner_id":"1",)"
        R"("afk_channel_id":null,"afk_timeout":300,"verification_level":0,)"
        R"("default_message_notifications":0,"explicit_content_filter":0,"roles":[],"emojis":[],)"
        R"("features":[],"mfa_level":0,"application_id":null,"system_channel_id":null,)"
        R"("system_channel_flags":0,"rules_channel_id":null,"vanity_url_code":null,)"
        R"("description":null,"banner":null,"premium_tier":0,"preferred_locale":"en-US",)"
        R"("public_updates_channel_id":null,"nsfw_level":0,"premium_progress_bar_enabled":false})";
    auto with_id = [&](const std::string& id) {
        std::string text = guild;
        text.replace(text.find("ID"), 2, id);
        return text;
    };
    feed("GUILD_CREATE", with_id("11"));
    feed("GUILD_CREATE", with_id("12"));
    feed("GUILD_CREATE", with_id("14"));
    EXPECT_EQ(seen, (std::vector<std::string>{"available 11", "available 12", "join 14"}));
}

TEST_F(GatewayDispatchTest, ObserveIgnoresOtherNamesAndRejectsBadIds) {
    EXPECT_NO_THROW(factory.observe("MESSAGE_CREATE", "not even json", false));
    EXPECT_THROW(factory.observe("READY", R"({"op":0,"d":{"guilds":[{"id":"x"}]}})", false),
                 JsonError);
    EXPECT_THROW(factory.observe("READY", R"({"op":0,"d":{"guilds":{}}})", false), JsonError);
    EXPECT_THROW(factory.observe("GUILD_CREATE", R"({"op":0,"d":{}})", false), JsonError);
}

}  // namespace
