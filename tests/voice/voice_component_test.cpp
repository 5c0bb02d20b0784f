// VoiceComponent against the sandbox: a real shard sends op 4 and the sandbox answers with
// VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE (gateway_handlers.cpp handle_voice_state).

#include "voice_fixture.hpp"

using namespace hikari;
using namespace hikari::test;

namespace {

/// Runs `call` and returns the message of the E it throws; fails when it throws nothing.
template <class E>
Task<std::string> expect_throws(std::function<Task<void>()> call) {
    std::string message;
    bool thrown = false;
    try {
        co_await call();
    } catch (const E& e) {
        thrown = true;
        message = e.what();
    }
    EXPECT_TRUE(thrown) << "expected " << typeid(E).name();
    co_return message;
}

}  // namespace

TEST_F(VoiceTest, ConnectHandsTheFactoryWhatTheSandboxAnswered) {
    start();
    const WorldGuild guild = guilds_.at(0);
    Made made;
    // The test's own record of the answer, to compare with what the factory was given.
    auto servers = manager_->stream<VoiceServerUpdateEvent>();
    std::shared_ptr<VoiceConnection> connection;
    run([&]() -> Task<void> {
        connection =
            co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
    });
    ASSERT_EQ(made.connections.size(), 1U);
    ASSERT_EQ(connection, made.connections[0]);
    const VoiceConnectionInfo& info = made.connections[0]->info();
    EXPECT_EQ(info.guild_id, guild.id);
    EXPECT_EQ(info.channel_id, guild.voice_channel);
    EXPECT_EQ(info.endpoint, "sandbox-voice.invalid:443");
    EXPECT_EQ(info.session_id, shard_->session_id().value_or("?"))
        << "the sandbox answers with the gateway session's id";
    EXPECT_EQ(info.user_id, bot_id_);
    EXPECT_EQ(info.shard_id, 0U);
    EXPECT_EQ(info.owner, voice_.get());
    EXPECT_EQ(connection->owner(), voice_.get());
    std::shared_ptr<const VoiceServerUpdateEvent> server;
    run([&]() -> Task<void> { server = co_await servers.next(); });
    ASSERT_TRUE(server);
    EXPECT_FALSE(info.token.empty());
    EXPECT_EQ(info.token, server->token);

    EXPECT_EQ(voice_->connections().size(), 1U);
    EXPECT_EQ(voice_->connections().at(guild.id), connection);
    EXPECT_EQ(voice_state_updates_, 1);
}

TEST_F(VoiceTest, ConnectingTwiceToOneGuildIsAVoiceError) {
    start();
    const WorldGuild guild = guilds_.at(0);
    Made made;
    run([&]() -> Task<void> {
        co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
        const std::string message = co_await expect_throws<VoiceError>([&]() -> Task<void> {
            co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
        });
        EXPECT_NE(message.find("already connected"), std::string::npos) << message;
    });
    EXPECT_EQ(made.connections.size(), 1U);
    EXPECT_EQ(voice_state_updates_, 1) << "the second connect must not send op 4";
    EXPECT_EQ(made.connections[0]->disconnects, 0) << "the first connection is untouched";
}

TEST_F(VoiceTest, ConnectWithoutGuildVoiceStatesIsAMissingIntentError) {
    start(Intents::all_unprivileged().without(Intents::guild_voice_states));
    const WorldGuild guild = guilds_.at(0);
    Made made;
    run([&]() -> Task<void> {
        bool thrown = false;
        try {
            co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
        } catch (const MissingIntentError& e) {
            thrown = true;
            EXPECT_EQ(e.intents(), Intents::guild_voice_states);
        }
        EXPECT_TRUE(thrown);
    });
    EXPECT_TRUE(made.connections.empty());
    EXPECT_EQ(voice_state_updates_, 0);
}

TEST_F(VoiceTest, AChannelOfAnotherGuildTimesOutAndLeavesNoWaiter) {
    start();
    const WorldGuild guild = guilds_.at(0);
    const WorldGuild other = guilds_.at(1);
    Made made;
    VoiceConnectOptions options;
    options.timeout = 300ms;
    EXPECT_FALSE(manager_->is_wanted<VoiceServerUpdateEvent>());
    const auto started = std::chrono::steady_clock::now();
    run([&]() -> Task<void> {
        const std::string message = co_await expect_throws<VoiceError>([&]() -> Task<void> {
            co_await voice_->connect(guild.id, other.voice_channel, recording_factory(io_, made),
                                     options);
        });
        EXPECT_NE(message.find("timed out after 300 ms"), std::string::npos) << message;
    });
    const auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_GE(elapsed, 300ms);
    EXPECT_LT(elapsed, 3s);
    EXPECT_TRUE(made.connections.empty());
    EXPECT_TRUE(voice_->connections().empty());
    EXPECT_EQ(voice_state_updates_, 2) << "the join, then a leave after the timeout";
    EXPECT_FALSE(manager_->is_wanted<VoiceServerUpdateEvent>()) << "a waiter was left behind";
    EXPECT_FALSE(manager_->is_wanted<VoiceStateUpdateEvent>()) << "a waiter was left behind";

    // An unknown guild: Discord (and the sandbox) say nothing at all.
    run([&]() -> Task<void> {
        co_await expect_throws<VoiceError>([&]() -> Task<void> {
            co_await voice_->connect(Snowflake{4242} /* not a guild */, guild.voice_channel,
                                     recording_factory(io_, made), options);
        });
    });
    EXPECT_FALSE(manager_->is_wanted<VoiceServerUpdateEvent>());
    // The guild can still be joined afterwards.
    run([&]() -> Task<void> {
        co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
    });
    EXPECT_EQ(made.connections.size(), 1U);
}

TEST_F(VoiceTest, DisconnectSendsTheLeaveAndForgetsTheConnection) {
    start();
    const WorldGuild guild = guilds_.at(0);
    Made made;
    auto left = leaves();
    std::shared_ptr<const VoiceStateUpdateEvent> leave;
    run([&]() -> Task<void> {
        co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
        co_await voice_->disconnect(guild.id);
        leave = co_await left.next();
    });
    ASSERT_TRUE(leave) << "no VOICE_STATE_UPDATE with a null channel arrived";
    EXPECT_EQ(leave->guild_id, guild.id);
    ASSERT_EQ(made.connections.size(), 1U);
    EXPECT_EQ(made.connections[0]->disconnects, 1);
    EXPECT_FALSE(made.connections[0]->is_alive());
    EXPECT_TRUE(voice_->connections().empty());
    EXPECT_FALSE(manager_->is_wanted<VoiceServerUpdateEvent>()) << "the forwarder should go";

    run([&]() -> Task<void> {
        const std::string message = co_await expect_throws<VoiceError>(
            [&]() -> Task<void> { co_await voice_->disconnect(guild.id); });
        EXPECT_NE(message.find("not connected"), std::string::npos) << message;
    });
}

TEST_F(VoiceTest, CloseDisconnectsEverythingThenRefusesConnects) {
    start(voice_intents(), 3);
    Made made;
    auto left = leaves();
    std::vector<Snowflake> left_guilds;
    run([&]() -> Task<void> {
        for (const WorldGuild& guild : guilds_) {
            co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
        }
        EXPECT_EQ(voice_->connections().size(), 3U);
        co_await voice_->close();
        while (left_guilds.size() < 3) {
            auto leave = co_await left.next();
            if (!leave) break;
            left_guilds.push_back(leave->guild_id);
        }
    });
    EXPECT_FALSE(voice_->is_alive());
    EXPECT_TRUE(voice_->connections().empty());
    ASSERT_EQ(made.connections.size(), 3U);
    for (const auto& connection : made.connections) EXPECT_EQ(connection->disconnects, 1);
    std::sort(left_guilds.begin(), left_guilds.end());
    std::vector<Snowflake> expected;
    for (const WorldGuild& guild : guilds_) expected.push_back(guild.id);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(left_guilds, expected);

    const int sent = voice_state_updates_;
    run([&]() -> Task<void> {
        co_await expect_throws<ComponentStateConflictError>([&]() -> Task<void> {
            co_await voice_->connect(guilds_[0].id, guilds_[0].voice_channel,
                                     recording_factory(io_, made));
        });
    });
    EXPECT_EQ(voice_state_updates_, sent);
    EXPECT_EQ(made.connections.size(), 3U);

    // A restarted bot reopens it.
    voice_->start();
    run([&]() -> Task<void> {
        co_await voice_->connect(guilds_[0].id, guilds_[0].voice_channel,
                                 recording_factory(io_, made));
    });
    EXPECT_EQ(voice_->connections().size(), 1U);
}

TEST_F(VoiceTest, AConnectionThatClosesItselfIsForgottenAndTheBotLeaves) {
    start();
    const WorldGuild guild = guilds_.at(0);
    Made made;
    auto left = leaves();
    std::shared_ptr<const VoiceStateUpdateEvent> leave;
    run([&]() -> Task<void> {
        co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
        made.connections.at(0)->close_itself();
        EXPECT_TRUE(voice_->connections().empty()) << "forgotten at once";
        leave = co_await left.next();
    });
    ASSERT_TRUE(leave);
    EXPECT_EQ(leave->guild_id, guild.id);
    EXPECT_EQ(made.connections[0]->disconnects, 0) << "it closed itself; no disconnect() call";

    // The guild is free again, and a second on_close of the old connection changes nothing.
    run([&]() -> Task<void> {
        co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
    });
    made.connections.at(0)->close_itself();
    EXPECT_EQ(voice_->connections().size(), 1U);
    EXPECT_EQ(voice_->connections().at(guild.id), made.connections.at(1));
}

TEST_F(VoiceTest, LaterVoiceEventsOfTheGuildReachNotify) {
    start();
    const WorldGuild guild = guilds_.at(0);
    const WorldGuild other = guilds_.at(1);
    Made made;
    run([&]() -> Task<void> {
        co_await voice_->connect(guild.id, guild.voice_channel, recording_factory(io_, made));
    });
    ASSERT_EQ(made.connections.size(), 1U);
    RecordingConnection& connection = *made.connections[0];
    EXPECT_TRUE(connection.notified.empty()) << "the answers to the join are not forwarded";

    // Join another guild's channel behind the component's back, then join the connected
    // channel again (a new voice server session). Dispatches are handled in order, so once
    // the second join's answers were forwarded, the first join's had their chance too.
    run([&]() -> Task<void> {
        co_await shard_->update_voice_state(other.id, other.voice_channel, false, false);
        co_await shard_->update_voice_state(guild.id, guild.voice_channel, true, false);
        co_await until([&] { return connection.notified.size() >= 2; });
    });
    ASSERT_EQ(connection.server_updates.size(), 1U);
    EXPECT_EQ(connection.server_updates[0].guild_id, guild.id);
    EXPECT_EQ(connection.server_updates[0].endpoint, "sandbox-voice.invalid:443");
    EXPECT_NE(connection.server_updates[0].token, connection.info().token)
        << "a new voice server session has a new token";
    ASSERT_EQ(connection.states.size(), 1U);
    EXPECT_EQ(connection.states[0].user_id, bot_id_);
    EXPECT_TRUE(connection.states[0].self_mute);
    EXPECT_EQ(connection.notified.size(), 2U);
}
