// VoiceComponent with a scripted gateway: the hooks answer op 4 by dispatching events straight
// into the EventManager, which lets these tests produce what the sandbox never sends (answers
// arriving while op 4 is still being sent, stale states, a null endpoint) and time things
// exactly.

#include "../events/event_test_support.hpp"

#include <hikari/core/errors.hpp>
#include <hikari/events/event_manager.hpp>
#include <hikari/events/voice_events.hpp>
#include <hikari/voice/voice_component.hpp>

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace hikari;
using namespace std::chrono_literals;

constexpr Snowflake me{1000};
constexpr Snowflake guild{2000};
constexpr Snowflake channel{2001};

/// A connection that only records.
class Recorder : public VoiceConnection {
  public:
    explicit Recorder(const VoiceConnectionInfo& given) : VoiceConnection(given), info(given) {}
    [[nodiscard]] bool is_alive() const noexcept override { return disconnects == 0; }
    Task<void> join() override { co_return; }
    Task<void> disconnect() override {
        ++disconnects;
        co_return;
    }
    Task<void> notify(const VoiceEvent& event) override {
        if (const auto* server = dynamic_cast<const VoiceServerUpdateEvent*>(&event)) {
            endpoints.push_back(server->endpoint);
        }
        co_return;
    }
    VoiceConnectionInfo info;
    int disconnects = 0;
    std::vector<std::optional<std::string>> endpoints;
};

Task<std::shared_ptr<VoiceConnection>> make_recorder(std::vector<std::shared_ptr<Recorder>>* made,
                                                     VoiceConnectionInfo info) {
    auto recorder = std::make_shared<Recorder>(info);
    made->push_back(recorder);
    co_return recorder;
}

VoiceStateUpdateEvent state_event(Snowflake user, std::optional<Snowflake> in_channel,
                                  std::string session_id, Snowflake of_guild = guild) {
    VoiceStateUpdateEvent event;
    event.guild_id = of_guild;
    event.state.guild_id = of_guild;
    event.state.user_id = user;
    event.state.channel_id = in_channel;
    event.state.session_id = std::move(session_id);
    return event;
}

VoiceServerUpdateEvent server_event(std::string token, std::optional<std::string> endpoint,
                                    Snowflake of_guild = guild) {
    VoiceServerUpdateEvent event;
    event.guild_id = of_guild;
    event.token = std::move(token);
    event.endpoint = std::move(endpoint);
    return event;
}

/// connect(), recording the ComponentStateConflictError it should end with.
Task<void> connect_expecting_conflict(VoiceComponent* voice, VoiceConnectionFactory factory,
                                      VoiceConnectOptions options,
                                      std::optional<std::string>* error) {
    try {
        co_await voice->connect(guild, channel, std::move(factory), options);
    } catch (const ComponentStateConflictError& e) {
        *error = e.what();
    }
}

class VoiceHandshakeTest : public ::testing::Test {
  protected:
    struct Sent {
        Snowflake guild_id;
        std::optional<Snowflake> channel_id;
        bool self_mute;
        bool self_deaf;
    };

    VoiceComponentHooks hooks() {
        VoiceComponentHooks h;
        h.update_voice_state = [this](Snowflake g, std::optional<Snowflake> c, bool mute,
                                      bool deaf) -> Task<void> {
            sent.push_back({g, c, mute, deaf});
            if (fail_sending) throw std::runtime_error("no shard covers this guild");
            // "Discord" answers before the send completes: the waiters must already exist.
            if (c && answer) co_await answer(g, *c);
        };
        h.my_user_id = [this] { return my_id; };
        h.shard_id_for = [](Snowflake) { return 3U; };
        h.intents = [] { return Intents::all_unprivileged(); };
        return h;
    }

    /// The usual answer: the bot's state, then the server.
    Task<void> answer_normally(Snowflake g, Snowflake c) {
        auto state = state_event(me, c, "session-" + std::to_string(c.value()), g);
        co_await manager.dispatch(std::move(state));
        auto server = server_event("secret-token", "voice.example:443", g);
        co_await manager.dispatch(std::move(server));
    }

    VoiceConnectionFactory factory() {
        return [this](const VoiceConnectionInfo& info) { return make_recorder(&made, info); };
    }

    boost::asio::io_context io;
    EventManager manager{io, Intents::all_unprivileged()};
    std::vector<Sent> sent;
    std::function<Task<void>(Snowflake, Snowflake)> answer = [this](Snowflake g, Snowflake c) {
        return answer_normally(g, c);
    };
    bool fail_sending = false;
    std::optional<Snowflake> my_id = me;
    std::vector<std::shared_ptr<Recorder>> made;
    VoiceComponent voice{io, manager, hooks()};
};

TEST_F(VoiceHandshakeTest, AnswersArrivingWhileOp4IsSentAreNotMissedInEitherOrder) {
    answer = [this](Snowflake g, Snowflake c) -> Task<void> {
        auto server = server_event("secret-token", "voice.example:443", g);
        co_await manager.dispatch(std::move(server));
        auto state = state_event(me, c, "the-session", g);
        co_await manager.dispatch(std::move(state));
    };
    VoiceConnectOptions options;
    options.self_mute = true;
    test::run(io, [&]() -> Task<void> {
        auto connection = co_await voice.connect(guild, channel, factory(), options);
        EXPECT_EQ(connection->shard_id(), 3U);
    }());
    ASSERT_EQ(made.size(), 1U);
    EXPECT_EQ(made[0]->info.session_id, "the-session");
    EXPECT_EQ(made[0]->info.token, "secret-token");
    EXPECT_EQ(made[0]->info.endpoint, "voice.example:443");
    EXPECT_EQ(made[0]->info.user_id, me);
    EXPECT_EQ(made[0]->info.shard_id, 3U);
    ASSERT_EQ(sent.size(), 1U);
    EXPECT_EQ(sent[0].channel_id, channel);
    EXPECT_TRUE(sent[0].self_mute);
    EXPECT_FALSE(sent[0].self_deaf);
}

TEST_F(VoiceHandshakeTest, OtherUsersStaleLeavesAndOtherGuildsAreNotTakenForTheAnswer) {
    answer = [this](Snowflake g, Snowflake c) -> Task<void> {
        auto someone_else = state_event(Snowflake{7}, c, "not-ours", g);
        co_await manager.dispatch(std::move(someone_else));
        auto stale_leave = state_event(me, std::nullopt, "stale", g);
        co_await manager.dispatch(std::move(stale_leave));
        auto other_guild_state = state_event(me, c, "other-guild", Snowflake{9});
        co_await manager.dispatch(std::move(other_guild_state));
        auto other_guild_server = server_event("other-token", "elsewhere:1", Snowflake{9});
        co_await manager.dispatch(std::move(other_guild_server));
        co_await answer_normally(g, c);
    };
    test::run(io, [&]() -> Task<void> { co_await voice.connect(guild, channel, factory()); }());
    ASSERT_EQ(made.size(), 1U);
    EXPECT_EQ(made[0]->info.session_id, "session-2001");
    EXPECT_EQ(made[0]->info.token, "secret-token");
    EXPECT_EQ(made[0]->info.endpoint, "voice.example:443");
}

TEST_F(VoiceHandshakeTest, ANullEndpointIsAVoiceErrorAndTheBotLeaves) {
    answer = [this](Snowflake g, Snowflake c) -> Task<void> {
        auto state = state_event(me, c, "s", g);
        co_await manager.dispatch(std::move(state));
        auto server = server_event("t", std::nullopt, g);
        co_await manager.dispatch(std::move(server));
    };
    std::string message;
    test::run(io, [&]() -> Task<void> {
        try {
            co_await voice.connect(guild, channel, factory());
        } catch (const VoiceError& e) {
            message = e.what();
        }
    }());
    EXPECT_NE(message.find("no voice server is available"), std::string::npos) << message;
    EXPECT_TRUE(made.empty());
    ASSERT_EQ(sent.size(), 2U);
    EXPECT_FALSE(sent[1].channel_id.has_value()) << "the second op 4 should be a leave";
    EXPECT_TRUE(voice.connections().empty());
}

TEST_F(VoiceHandshakeTest, AFailingFactoryLeavesAndItsErrorComesThrough) {
    std::string message;
    test::run(io, [&]() -> Task<void> {
        VoiceConnectionFactory failing =
            [](const VoiceConnectionInfo&) -> Task<std::shared_ptr<VoiceConnection>> {
            throw std::runtime_error("cannot open the voice websocket");
            co_return nullptr;
        };
        try {
            co_await voice.connect(guild, channel, failing);
        } catch (const std::runtime_error& e) {
            message = e.what();
        }
    }());
    EXPECT_EQ(message, "cannot open the voice websocket");
    ASSERT_EQ(sent.size(), 2U);
    EXPECT_FALSE(sent[1].channel_id.has_value());
    EXPECT_TRUE(voice.connections().empty());
    // The guild is free: a second try works.
    test::run(io, [&]() -> Task<void> { co_await voice.connect(guild, channel, factory()); }());
    EXPECT_EQ(voice.connections().size(), 1U);
}

TEST_F(VoiceHandshakeTest, AConnectionClosingWhileBeingMadeIsAVoiceError) {
    std::string message;
    test::run(io, [&]() -> Task<void> {
        VoiceConnectionFactory closing = [this](const VoiceConnectionInfo& info) {
            // Opens, then the voice server drops it at once.
            return [](VoiceConnectionInfo copy, std::vector<std::shared_ptr<Recorder>>* out)
                       -> Task<std::shared_ptr<VoiceConnection>> {
                auto recorder = std::make_shared<Recorder>(copy);
                out->push_back(recorder);
                copy.on_close(*recorder);
                co_return recorder;
            }(info, &made);
        };
        try {
            co_await voice.connect(guild, channel, closing);
        } catch (const VoiceError& e) {
            message = e.what();
        }
    }());
    EXPECT_NE(message.find("closed while it was being set up"), std::string::npos) << message;
    EXPECT_TRUE(voice.connections().empty());
    ASSERT_EQ(sent.size(), 2U);
    EXPECT_FALSE(sent[1].channel_id.has_value());
}

TEST_F(VoiceHandshakeTest, BeforeReadyConnectIsAStateConflictAndSendsNothing) {
    my_id = std::nullopt;
    test::run(io, [&]() -> Task<void> {
        EXPECT_THROW(co_await voice.connect(guild, channel, factory()),
                     ComponentStateConflictError);
    }());
    EXPECT_TRUE(sent.empty());
}

TEST_F(VoiceHandshakeTest, ASendFailureComesThroughAndFreesTheGuild) {
    fail_sending = true;
    test::run(io, [&]() -> Task<void> {
        EXPECT_THROW(co_await voice.connect(guild, channel, factory()), std::runtime_error);
    }());
    EXPECT_FALSE(manager.is_wanted<VoiceServerUpdateEvent>()) << "the waiter must be gone";
    fail_sending = false;
    test::run(io, [&]() -> Task<void> { co_await voice.connect(guild, channel, factory()); }());
    EXPECT_EQ(voice.connections().size(), 1U);
}

TEST_F(VoiceHandshakeTest, ASecondConnectWhileTheFirstRunsIsRefusedAndCloseEndsTheFirst) {
    answer = nullptr;  // Discord stays silent
    std::optional<std::string> first_error;
    std::string second_error;
    const auto started = std::chrono::steady_clock::now();
    test::run(io, [&]() -> Task<void> {
        VoiceConnectOptions options;
        options.timeout = 10s;
        boost::asio::co_spawn(io,
                              connect_expecting_conflict(&voice, factory(), options, &first_error),
                              boost::asio::detached);
        // Let the first connect send op 4 and start waiting.
        while (sent.empty()) co_await boost::asio::post(io, boost::asio::use_awaitable);
        try {
            co_await voice.connect(guild, channel, factory());
        } catch (const VoiceError& e) {
            second_error = e.what();
        }
        co_await voice.close();
    }());
    EXPECT_LT(std::chrono::steady_clock::now() - started, 2s) << "close() should not wait 10 s";
    EXPECT_NE(second_error.find("already connecting"), std::string::npos) << second_error;
    ASSERT_TRUE(first_error.has_value());
    EXPECT_NE(first_error->find("closed while connecting"), std::string::npos) << *first_error;
    EXPECT_TRUE(made.empty());
    ASSERT_EQ(sent.size(), 2U) << "the join, then its leave";
    EXPECT_FALSE(sent[1].channel_id.has_value());
}

TEST_F(VoiceHandshakeTest, TheForwarderExistsOnlyWhileConnectedAndPassesServerMoves) {
    EXPECT_FALSE(manager.is_wanted<VoiceServerUpdateEvent>());
    test::run(io, [&]() -> Task<void> {
        co_await voice.connect(guild, channel, factory());
        EXPECT_TRUE(manager.is_wanted<VoiceServerUpdateEvent>());
        // The voice server goes away, then a new one is allocated.
        auto gone = server_event("t2", std::nullopt);
        co_await manager.dispatch(std::move(gone));
        auto moved = server_event("t3", "new-voice.example:443");
        co_await manager.dispatch(std::move(moved));
        auto elsewhere = server_event("t4", "x:1", Snowflake{77});
        co_await manager.dispatch(std::move(elsewhere));
    }());
    ASSERT_EQ(made.size(), 1U);
    EXPECT_EQ(made[0]->endpoints, (std::vector<std::optional<std::string>>{
                                      std::nullopt, std::string("new-voice.example:443")}));
    test::run(io, [&]() -> Task<void> { co_await voice.disconnect(guild); }());
    EXPECT_FALSE(manager.is_wanted<VoiceServerUpdateEvent>());
    EXPECT_FALSE(manager.is_wanted<VoiceStateUpdateEvent>());
}

TEST_F(VoiceHandshakeTest, TheVoiceTokenIsNeverLogged) {
    log::set_levels(log::LogConfig(log::Level::trace));
    test::LogCapture logs;
    test::run(io, [&]() -> Task<void> {
        co_await voice.connect(guild, channel, factory());
        co_await voice.disconnect(guild);
    }());
    log::set_levels(log::LogConfig());
    EXPECT_TRUE(logs.contains("hikari.voice: connected to voice channel 2001 in guild 2000"));
    for (const auto& line : logs.lines()) {
        EXPECT_EQ(line.find("secret-token"), std::string::npos) << line;
    }
}

TEST_F(VoiceHandshakeTest, BadArgumentsAreValueErrorsAndSendNothing) {
    test::run(io, [&]() -> Task<void> {
        EXPECT_THROW(co_await voice.connect(guild, channel, VoiceConnectionFactory{}), ValueError);
        VoiceConnectOptions options;
        options.timeout = 0ms;
        EXPECT_THROW(co_await voice.connect(guild, channel, factory(), options), ValueError);
    }());
    EXPECT_TRUE(sent.empty());
    VoiceComponentHooks incomplete = hooks();
    incomplete.intents = nullptr;
    EXPECT_THROW(VoiceComponent(io, manager, incomplete), ValueError);
}

}  // namespace
