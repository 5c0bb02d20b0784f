// dispatch_gateway_event: the consumer check end to end, from dispatch text to listeners.

#include "event_test_support.hpp"

#include <hikari/events/events.hpp>
#include <hikari/model/entity_factory.hpp>

#include <gtest/gtest.h>

namespace {

using namespace hikari;

std::string message_json_for_test() {
    return R"({"id":"5","channel_id":"2","author":{"id":"1","username":"u","discriminator":"0",)"
           R"("avatar":null},"content":"hi","timestamp":"2024-05-06T07:08:09.123000+00:00",)"
           R"("edited_timestamp":null,"tts":false,"mention_everyone":false,"mentions":[],)"
           R"("mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"type":0})";
}

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
    /// As feed, padded and with the span of `d`, as the bot dispatches: what lets a state take
    /// the dispatch from its text.
    void feed_padded(const std::string& name, const std::string& d, StateUpdater* state) {
        std::string buffer = R"({"op":0,"t":")" + name + R"(","s":1,"d":)";
        const std::size_t d_at = buffer.size();
        buffer += d + "}";
        const std::size_t size = buffer.size();
        buffer.append(json_padding, ' ');
        const std::string_view payload(buffer.data(), size);
        auto task = dispatch_gateway_event(manager, factory, name, 1, payload, 0, true, state,
                                           payload.substr(d_at, d.size()));
        buffer.assign(buffer.size(), 'x');
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

// A state that takes MESSAGE_CREATE from its text when it can.
class TextState : public StateUpdater {
  public:
    [[nodiscard]] bool wants(std::string_view name) const noexcept override {
        return name == "MESSAGE_CREATE";
    }
    void update(Event& event) override { built.emplace_back(event.event_type().name); }
    bool update_from_text(std::string_view name, std::string_view data) override {
        if (fail) throw std::runtime_error("text is bad");
        if (!take) return false;
        texts.emplace_back(std::string(name) + " " + std::string(data));
        return true;
    }
    std::vector<std::string> built;
    std::vector<std::string> texts;
    bool take = true;
    bool fail = false;
};

TEST_F(GatewayDispatchTest, AStateTakesTextOnlyWhenNobodyListens) {
    const std::string d = R"({"id":"5","channel_id":"2","author":{"id":"1"}})";
    TextState state;
    feed_padded("MESSAGE_CREATE", d, &state);
    EXPECT_EQ(state.texts, std::vector<std::string>{"MESSAGE_CREATE " + d});
    EXPECT_TRUE(state.built.empty()) << "no event was built";

    // Unpadded text cannot be kept: the event is built.
    feed("MESSAGE_CREATE", message_json_for_test(), 2, &state);
    EXPECT_EQ(state.built, std::vector<std::string>{"DMMessageCreateEvent"});

    // A state that declines gets the built event.
    state.take = false;
    feed_padded("MESSAGE_CREATE", message_json_for_test(), &state);
    EXPECT_EQ(state.built.size(), 2U);

    // With a listener the event is built, and the state sees it first.
    state.take = true;
    int heard = 0;
    manager.subscribe<MessageCreateEvent>([&](const MessageCreateEvent&) { ++heard; });
    feed_padded("MESSAGE_CREATE", message_json_for_test(), &state);
    EXPECT_EQ(heard, 1);
    EXPECT_EQ(state.built.size(), 3U);
    EXPECT_EQ(state.texts.size(), 1U);
}

TEST_F(GatewayDispatchTest, AStateFailingOnTextIsLogged) {
    test::LogCapture logs;
    TextState state;
    state.fail = true;
    EXPECT_NO_THROW(feed_padded("MESSAGE_CREATE", message_json_for_test(), &state));
    EXPECT_TRUE(logs.contains("could not apply MESSAGE_CREATE (shard 0): text is bad"));
    EXPECT_TRUE(state.built.empty());
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
