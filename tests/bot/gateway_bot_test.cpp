// GatewayBot against hikari-sandbox: sharding, identify windows, the session start limit,
// lifecycle events, gateway commands routed to the right shard, chunking, and misuse.

#include "bot_fixture.hpp"

#include <hikari/rest/rest_client.hpp>
#include <hikari/voice/voice_component.hpp>

#include <algorithm>
#include <set>

using namespace hikari;
using namespace hikari::test;

namespace {

/// The names of the lifecycle and shard events in the order they were dispatched.
struct Timeline {
    std::vector<std::string> entries;
    std::vector<Subscription> subscriptions;

    void attach(GatewayBot& bot) {
        subscriptions.push_back(bot.listen<StartingEvent>(
            [this](const StartingEvent&) { entries.emplace_back("starting"); }));
        subscriptions.push_back(bot.listen<StartedEvent>(
            [this](const StartedEvent&) { entries.emplace_back("started"); }));
        subscriptions.push_back(bot.listen<StoppingEvent>(
            [this](const StoppingEvent&) { entries.emplace_back("stopping"); }));
        subscriptions.push_back(bot.listen<StoppedEvent>(
            [this](const StoppedEvent&) { entries.emplace_back("stopped"); }));
        subscriptions.push_back(bot.listen<ShardReadyEvent>([this](const ShardReadyEvent& e) {
            entries.push_back("ready " + std::to_string(e.shard_id));
        }));
    }
    [[nodiscard]] std::size_t count(std::string_view prefix) const {
        return static_cast<std::size_t>(std::count_if(
            entries.begin(), entries.end(), [&](const auto& e) { return e.starts_with(prefix); }));
    }
    [[nodiscard]] std::ptrdiff_t index(std::string_view entry) const {
        return std::find(entries.begin(), entries.end(), entry) - entries.begin();
    }
};

std::vector<std::int64_t> identify_times(const json::value& stats) {
    std::vector<std::int64_t> times;
    for (const auto& identify : stats.at("identifies").as_array()) {
        times.push_back(identify.at("time").to_number<std::int64_t>());
    }
    return times;
}

}  // namespace

TEST_F(BotTest, StartsTheRecommendedShardsAndDispatchesTheLifecycleInOrder) {
    auto gateway = fast_gateway();
    gateway.recommended_shards = 2;
    gateway.max_concurrency = 2;
    start_sandbox(gateway, 6);
    auto bot = make_bot(settings());
    Timeline timeline;
    timeline.attach(*bot);
    std::size_t guilds_seen = 0;
    std::size_t from_this_bot = 0;
    auto guilds = bot->listen<GuildAvailableEvent>([&](const GuildAvailableEvent& e) {
        ++guilds_seen;
        if (e.app == bot.get()) ++from_this_bot;
    });
    auto started = bot->listen<StartedEvent>([&](const StartedEvent& e) {
        if (e.app == bot.get()) ++from_this_bot;
    });

    run([&]() -> Task<void> {
        co_await bot->start();
        EXPECT_TRUE(bot->is_alive());
        EXPECT_EQ(bot->shard_count(), 2U);
        EXPECT_EQ(bot->shards().size(), 2U);
        EXPECT_TRUE(bot->get_me().has_value() && bot->get_me()->bot == true);
        co_await until([&] { return guilds_seen == 6; });
        co_await until([&] { return bot->cache().guild_count() == 6; });
        EXPECT_EQ(bot->heartbeat_latencies().size(), 2U);
        co_await bot->close();
    });
    EXPECT_FALSE(bot->is_alive());
    EXPECT_TRUE(bot->shards().empty());
    EXPECT_EQ(bot->cache().guild_count(), 0U) << "close() clears the cache";
    EXPECT_EQ(timeline.entries.front(), "starting");
    EXPECT_EQ(timeline.count("ready "), 2U);
    EXPECT_LT(timeline.index("ready 0"), timeline.index("started"));
    EXPECT_LT(timeline.index("ready 1"), timeline.index("started"));
    EXPECT_EQ(timeline.entries[timeline.entries.size() - 2], "stopping");
    EXPECT_EQ(timeline.entries.back(), "stopped");
    EXPECT_EQ(from_this_bot, 7U) << "events carry the bot that dispatched them (app)";

    // Each shard got its own guilds: the sandbox saw two sessions of a 2-shard bot.
    auto stats = gateway_stats();
    ASSERT_EQ(stats.at("identifies").as_array().size(), 2U);
    for (const auto& identify : stats.at("identifies").as_array()) {
        EXPECT_EQ(identify.at("shard_count").to_number<std::int64_t>(), 2);
    }
}

TEST_F(BotTest, MaxConcurrencyOneStartsOneShardPerIdentifyInterval) {
    auto gateway = fast_gateway();
    gateway.recommended_shards = 3;
    gateway.max_concurrency = 1;
    start_sandbox(gateway, 3);
    auto bot = make_bot(settings());
    run([&]() -> Task<void> {
        co_await bot->start();
        co_await bot->close();
    });
    auto stats = gateway_stats();
    const auto times = identify_times(stats);
    ASSERT_EQ(times.size(), 3U) << "no IDENTIFY was refused as too soon";
    for (std::size_t i = 1; i < times.size(); ++i) {
        EXPECT_GE(times[i] - times[i - 1], 250) << "windows are one identify interval apart";
    }
    std::vector<std::int64_t> shards;
    for (const auto& identify : stats.at("identifies").as_array()) {
        shards.push_back(identify.at("shard").to_number<std::int64_t>());
    }
    EXPECT_EQ(shards, (std::vector<std::int64_t>{0, 1, 2}));
}

TEST_F(BotTest, MaxConcurrencySixteenIdentifiesSixteenShardsAtOnce) {
    auto gateway = fast_gateway();
    gateway.recommended_shards = 16;
    gateway.max_concurrency = 16;
    gateway.identify_interval = 5000ms;  // one window: nothing may wait for a second one
    start_sandbox(gateway, 16, 2);
    auto s = settings();
    s.identify_interval = 5500ms;
    auto bot = make_bot(s);
    const auto begin = std::chrono::steady_clock::now();
    run([&]() -> Task<void> {
        co_await bot->start();
        EXPECT_EQ(bot->shards().size(), 16U);
        co_await bot->close();
    });
    EXPECT_LT(std::chrono::steady_clock::now() - begin, 5s) << "no identify interval was waited";
    const auto times = identify_times(gateway_stats());
    ASSERT_EQ(times.size(), 16U);
    EXPECT_LT(*std::max_element(times.begin(), times.end()) -
                  *std::min_element(times.begin(), times.end()),
              2000);
}

TEST_F(BotTest, RefusesToSpendSessionStartsItDoesNotHave) {
    auto gateway = fast_gateway();
    gateway.recommended_shards = 2;
    gateway.max_concurrency = 2;
    gateway.session_start_remaining = 1;
    start_sandbox(gateway);
    auto bot = make_bot(settings());
    Timeline timeline;
    timeline.attach(*bot);
    run([&]() -> Task<void> {
        EXPECT_THROW(co_await bot->start(), SessionStartLimitError);
        EXPECT_FALSE(bot->is_alive());
    });
    EXPECT_EQ(identify_times(gateway_stats()).size(), 0U) << "nothing was identified";
    EXPECT_EQ(timeline.entries, (std::vector<std::string>{"starting", "stopping", "stopped"}));

    // Told to go ahead anyway, it starts what it can: the first session fits.
    StartOptions anyway;
    anyway.ignore_session_start_limit = true;
    anyway.shard_count = 1;
    run([&]() -> Task<void> {
        co_await bot->start(anyway);
        EXPECT_TRUE(bot->is_alive());
        co_await bot->close();
    });
}

TEST_F(BotTest, ShardIdsNeedAShardCountAndAreDeduplicated) {
    auto gateway = fast_gateway();
    gateway.max_concurrency = 4;
    start_sandbox(gateway, 8);
    auto bot = make_bot(settings());
    StartOptions ids_only;
    ids_only.shard_ids = std::vector<unsigned>{0};
    run([&]() -> Task<void> {
        EXPECT_THROW(co_await bot->start(ids_only), ValueError);
        EXPECT_FALSE(bot->is_alive());
    });

    StartOptions subset;
    subset.shard_count = 4;
    subset.shard_ids = std::vector<unsigned>{3, 1, 3};
    run([&]() -> Task<void> {
        co_await bot->start(subset);
        EXPECT_EQ(bot->shard_count(), 4U);
        std::vector<unsigned> ids;
        for (const auto& [id, shard] : bot->shards()) ids.push_back(id);
        EXPECT_EQ(ids, (std::vector<unsigned>{1, 3}));
        // A guild of shard 0 or 2 is not ours to command.
        EXPECT_THROW((void)bot->shard_for(Snowflake{0}), ValueError);
        RequestGuildMembers elsewhere;
        elsewhere.guild_id = Snowflake{0};
        EXPECT_THROW(co_await bot->request_guild_members(elsewhere), ValueError);
        EXPECT_NO_THROW((void)bot->shard_for(Snowflake{1ULL << 22U}));
        for (const auto& guild : bot->cache().get_guilds()) {
            const unsigned owner = static_cast<unsigned>((guild.id.value() >> 22U) % 4U);
            EXPECT_TRUE(owner == 1 || owner == 3);
        }
        co_await bot->close();
    });
}

TEST_F(BotTest, MisuseIsAComponentStateConflict) {
    start_sandbox();
    auto bot = make_bot(settings());
    run([&]() -> Task<void> {
        EXPECT_THROW(co_await bot->close(), ComponentStateConflictError);
        EXPECT_THROW(co_await bot->join(), ComponentStateConflictError);
        PresenceUpdate idle;
        idle.status = Status::idle;
        EXPECT_THROW(co_await bot->update_presence(idle), ComponentStateConflictError);
        RequestGuildMembers request;
        request.guild_id = Snowflake{1};
        EXPECT_THROW(co_await bot->request_guild_members(request), ComponentStateConflictError);
        co_await bot->start();
        EXPECT_THROW(co_await bot->start(), ComponentStateConflictError);
        co_await bot->close();
        EXPECT_THROW(co_await bot->close(), ComponentStateConflictError);
    });
}

TEST_F(BotTest, AShardThatCannotIdentifyFailsStartAndNothingIsLeftRunning) {
    // The application may not use privileged intents: IDENTIFY is answered with 4014.
    auto gateway = fast_gateway();
    gateway.enabled_privileged_intents = 0;
    start_sandbox(gateway);
    auto s = settings();
    s.intents = Intents::all();
    auto bot = make_bot(s);
    Timeline timeline;
    timeline.attach(*bot);
    run([&]() -> Task<void> {
        try {
            co_await bot->start();
            ADD_FAILURE() << "start() should have thrown";
        } catch (const GatewayServerClosedConnectionError& error) {
            EXPECT_EQ(error.code(), 4014);
        }
        EXPECT_FALSE(bot->is_alive());
        EXPECT_TRUE(bot->shards().empty());
    });
    EXPECT_EQ(timeline.entries, (std::vector<std::string>{"starting", "stopping", "stopped"}));
}

TEST_F(BotTest, AShardDyingBetweenWindowsStopsTheStart) {
    auto gateway = fast_gateway();
    gateway.recommended_shards = 2;
    gateway.max_concurrency = 1;
    start_sandbox(gateway, 4);
    auto s = settings();
    s.identify_interval = 1500ms;  // time for the fault to land in the gap
    auto bot = make_bot(s);
    // As soon as shard 0 is READY, the sandbox ends its session with a fatal code.
    auto kill = bot->listen<ShardReadyEvent>([&](const ShardReadyEvent& e) {
        if (e.shard_id == 0) {
            control("POST", "/gateway/close", json::object{{"shard", 0}, {"code", 4004}});
        }
    });
    run([&]() -> Task<void> {
        EXPECT_THROW(co_await bot->start(), GatewayServerClosedConnectionError);
        EXPECT_FALSE(bot->is_alive());
    });
    EXPECT_EQ(identify_times(gateway_stats()).size(), 1U) << "shard 1 never identified";
}

TEST_F(BotTest, PresenceGoesToEveryShard) {
    auto gateway = fast_gateway();
    gateway.recommended_shards = 2;
    gateway.max_concurrency = 2;
    start_sandbox(gateway);
    auto bot = make_bot(settings());
    StartOptions options;
    options.status = Status::dnd;
    BotActivity activity;
    activity.name = "the sandbox";
    options.activity = activity;
    run([&]() -> Task<void> {
        co_await bot->start(options);
        const auto started = gateway_stats();
        for (const auto& session : started.at("sessions").as_array()) {
            EXPECT_EQ(session.at("presence").at("status").as_string(), "dnd");
            EXPECT_EQ(session.at("presence").at("activities").at(0).at("name").as_string(),
                      "the sandbox");
        }
        PresenceUpdate idle;
        idle.status = Status::idle;
        co_await bot->update_presence(idle);
        co_await until([&] {
            std::size_t idle_sessions = 0;
            const auto now = gateway_stats();
            for (const auto& session : now.at("sessions").as_array()) {
                if (session.at("presence").at("status").as_string() == "idle") ++idle_sessions;
            }
            return idle_sessions == 2;
        });
        co_await bot->close();
    });
}

TEST_F(BotTest, RequestGuildMembersGoesToTheGuildsShard) {
    auto gateway = fast_gateway();
    gateway.recommended_shards = 2;
    gateway.max_concurrency = 2;
    start_sandbox(gateway, 4, 5);
    auto s = settings();
    s.auto_chunk_members = false;
    auto bot = make_bot(s);
    std::vector<std::pair<unsigned, Snowflake>> chunks;
    std::optional<std::string> nonce;
    auto listener = bot->listen<MemberChunkEvent>([&](const MemberChunkEvent& e) {
        chunks.emplace_back(e.shard_id, e.guild_id);
        nonce = e.nonce;
    });
    run([&]() -> Task<void> {
        co_await bot->start();
        co_await until([&] { return bot->cache().guild_count() == 4; });
        EXPECT_TRUE(chunks.empty()) << "auto_chunk_members is off";
        const Guild guild = bot->cache().get_guilds().front();
        RequestGuildMembers request;
        request.guild_id = guild.id;
        request.nonce = "mine";
        co_await bot->request_guild_members(request);
        co_await until([&] { return !chunks.empty(); });
        EXPECT_EQ(chunks.front().second, guild.id);
        EXPECT_EQ(chunks.front().first, static_cast<unsigned>((guild.id.value() >> 22U) % 2));
        EXPECT_EQ(nonce, "mine");
        co_await bot->close();
    });
}

TEST_F(BotTest, AutoChunkingFillsTheMemberCache) {
    start_sandbox(fast_gateway(), 3, 20);
    auto s = settings();
    // GUILD_MEMBERS without GUILD_PRESENCES: chunking is allowed for every guild.
    s.intents = Intents::guilds | Intents::guild_members;
    auto bot = make_bot(s);
    std::size_t chunk_members = 0;
    std::set<std::string> nonces;
    auto listener = bot->listen<MemberChunkEvent>([&](const MemberChunkEvent& e) {
        chunk_members += e.members.size();
        if (e.nonce) nonces.insert(*e.nonce);
    });
    run([&]() -> Task<void> {
        co_await bot->start();
        co_await until([&] { return bot->cache().guild_count() == 3; });
        co_await until([&] { return nonces.size() == 3; });
        for (const auto& guild : bot->cache().get_guilds()) {
            co_await until([&] { return bot->cache().member_count(guild.id) >= 20; });
        }
        co_await bot->close();
    });
    EXPECT_GE(chunk_members, 60U);
}

TEST_F(BotTest, WaitForTimesOutAndStreamsSeeMessages) {
    start_sandbox(fast_gateway(), 1);
    auto bot = make_bot(settings());
    run([&]() -> Task<void> {
        co_await bot->start();
        EXPECT_THROW(co_await bot->wait_for<MessageCreateEvent>(nullptr, 50ms), EventTimeoutError);
        co_await until([&] { return bot->cache().guild_count() == 1; });
        const auto channels = bot->cache().get_guild_channels(bot->cache().get_guilds()[0].id);
        const auto text = std::find_if(channels.begin(), channels.end(), [](const Channel& c) {
            return c.type == ChannelType::guild_text;
        });
        EXPECT_NE(text, channels.end());
        auto stream = bot->stream<MessageCreateEvent>(
            [](const MessageCreateEvent& e) { return e.message.content.starts_with("hello"); },
            StreamOptions{.timeout = 5000ms, .limit = 2});
        for (const char* content : {"ignored", "hello 1", "hello 2", "hello 3"}) {
            control("POST", "/messages",
                    json::object{{"channel_id", text->id.to_string()}, {"content", content}});
        }
        auto first = co_await stream.next();
        auto second = co_await stream.next();
        auto third = co_await stream.next();
        EXPECT_TRUE(first && first->message.content == "hello 1");
        EXPECT_TRUE(second && second->message.content == "hello 2");
        EXPECT_EQ(third, nullptr) << "the limit of 2 ends the stream";
        co_await bot->close();
    });
}

TEST_F(BotTest, MessagesAreCachedWithAndWithoutAListener) {
    // With no listener the cache takes MESSAGE_CREATE from the text the shard indexed
    // (the head read); with one, from the built event. Both must keep the same message.
    start_sandbox(fast_gateway(), 1);
    auto bot = make_bot(settings());
    run([&]() -> Task<void> {
        co_await bot->start();
        co_await until([&] { return bot->cache().guild_count() == 1; });
        const auto channels = bot->cache().get_guild_channels(bot->cache().get_guilds()[0].id);
        const auto text = std::find_if(channels.begin(), channels.end(), [](const Channel& c) {
            return c.type == ChannelType::guild_text;
        });
        EXPECT_NE(text, channels.end());
        const Snowflake channel = text->id;
        auto post = [&](const char* content) {
            control("POST", "/messages",
                    json::object{{"channel_id", channel.to_string()}, {"content", content}});
        };
        post("unheard 1");
        post("unheard 2");
        co_await until([&] { return bot->cache().message_count() == 2; });

        int heard = 0;
        auto listener =
            bot->listen<MessageCreateEvent>([&](const MessageCreateEvent&) { ++heard; });
        post("heard");
        co_await until([&] { return bot->cache().message_count() == 3 && heard == 1; });

        const auto cached = bot->cache().get_messages();
        EXPECT_EQ(cached.size(), 3U);
        std::vector<std::string> contents;
        for (const Message& m : cached) {
            contents.push_back(m.content);
            // What the API returns for the same message: the cache kept every field it sent.
            const Message fetched = co_await bot->rest().fetch_message(channel, m.id);
            EXPECT_EQ(m.content, fetched.content);
            EXPECT_EQ(m.channel_id, channel);
            EXPECT_EQ(m.author.id, fetched.author.id);
            EXPECT_EQ(m.author.username, fetched.author.username);
            EXPECT_EQ(m.timestamp, fetched.timestamp);
            EXPECT_TRUE(m.guild_id.has_value());
            EXPECT_TRUE(bot->cache().get_user(m.author.id).has_value());
        }
        EXPECT_EQ(contents, (std::vector<std::string>{"unheard 1", "unheard 2", "heard"}));
        co_await bot->close();
    });
}

TEST_F(BotTest, ShardEventsAndReconnectsKeepTheBotAlive) {
    start_sandbox(fast_gateway(), 2);
    auto bot = make_bot(settings());
    std::size_t connected = 0;
    std::size_t disconnected = 0;
    std::size_t resumed = 0;
    auto on_connect = bot->listen<ShardConnectedEvent>([&](const auto&) { ++connected; });
    auto on_disconnect = bot->listen<ShardDisconnectedEvent>([&](const auto&) { ++disconnected; });
    auto on_resume = bot->listen<ShardResumedEvent>([&](const auto&) { ++resumed; });
    run([&]() -> Task<void> {
        co_await bot->start();
        EXPECT_EQ(connected, 1U);
        control("POST", "/gateway/reconnect", json::object{});
        co_await until([&] { return resumed == 1; });
        EXPECT_EQ(connected, 2U);
        EXPECT_EQ(disconnected, 1U);
        EXPECT_TRUE(bot->is_alive());
        control("POST", "/gateway/invalid_session", json::object{{"resumable", false}});
        co_await until([&] { return identify_times(gateway_stats()).size() == 2; });
        EXPECT_TRUE(bot->is_alive());
        co_await bot->close();
    });
    EXPECT_EQ(disconnected, connected) << "every connection's end was reported";
}

TEST_F(BotTest, VoiceConnectsThroughTheGuildsShard) {
    start_sandbox(fast_gateway(), 1);
    auto s = settings();
    auto bot = make_bot(s);
    struct Recorded : VoiceConnection {
        explicit Recorded(const VoiceConnectionInfo& i) : VoiceConnection(i), info(i) {}
        [[nodiscard]] bool is_alive() const noexcept override { return alive; }
        Task<void> join() override { co_return; }
        Task<void> disconnect() override {
            alive = false;
            co_return;
        }
        Task<void> notify(const VoiceEvent&) override { co_return; }
        VoiceConnectionInfo info;
        bool alive = true;
    };
    run([&]() -> Task<void> {
        co_await bot->start();
        co_await until([&] { return bot->cache().guild_count() == 1; });
        const Guild guild = bot->cache().get_guilds()[0];
        std::optional<Snowflake> voice_channel;
        for (const auto& c : bot->cache().get_guild_channels(guild.id)) {
            if (c.type == ChannelType::guild_voice) voice_channel = c.id;
        }
        if (!voice_channel) voice_channel = bot->cache().get_guild_channels(guild.id)[0].id;
        auto connection = co_await bot->voice().connect(
            guild.id, *voice_channel,
            [](const VoiceConnectionInfo& info) -> Task<std::shared_ptr<VoiceConnection>> {
                co_return std::make_shared<Recorded>(info);
            });
        auto* recorded = dynamic_cast<Recorded*>(connection.get());
        EXPECT_NE(recorded, nullptr);
        if (recorded != nullptr) {
            EXPECT_EQ(recorded->info.session_id, *bot->shards().at(0)->session_id());
            EXPECT_EQ(recorded->info.user_id, bot->get_me()->id);
        }
        co_await bot->close();  // closes voice first
        EXPECT_FALSE(bot->voice().is_alive());
    });
}
