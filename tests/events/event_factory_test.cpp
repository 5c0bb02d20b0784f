// EventFactory: every mapped dispatch on realistic payloads (Discord's documentation examples
// where there is one), unknown names, and malformed payloads.

#include "event_test_support.hpp"

#include <hikari/events/events.hpp>
#include <hikari/model/model.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace {

using namespace hikari;

std::string doc_example(const std::string& name) {
    std::ifstream file(std::string(HIKARI_SOURCE_DIR) + "/tests/model/data/doc-examples/" + name);
    if (!file) throw std::runtime_error("missing doc example " + name);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

/// `object` with `field` (JSON text) added first.
std::string with_field(const std::string& object, const std::string& field) {
    const auto brace = object.find('{');
    return object.substr(0, brace + 1) + field + "," + object.substr(brace + 1);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

/// Discord's example guild, with the fields the gateway always sends and the example
/// omits.
std::string guild_example() {
    return with_field(doc_example("resources-guild-1.json"),
                      R"("nsfw_level":0,"premium_progress_bar_enabled":false)");
}

/// Discord's example voice state, with self_video (always sent, omitted by the example).
std::string voice_example() {
    return with_field(doc_example("resources-voice-1.json"), R"("self_video":false)");
}

constexpr const char* user_json =
    R"({"id":"80351110224678912","username":"Nelly","discriminator":"1337","avatar":"8342729096ea3675442027381ff50dfe","global_name":"Nelly"})";

std::string member_json(const std::string& extra = "") {
    return std::string(R"({)") + extra + R"("user":)" + user_json +
           R"(,"nick":"NOT API SUPPORT","roles":["41771983423143936"],"joined_at":"2015-04-26T06:26:56.936000+00:00","deaf":false,"mute":false,"flags":0})";
}

constexpr const char* role_json =
    R"({"id":"41771983423143936","name":"WE DEM BOYZZ!!!!!!","color":3447003,"hoist":true,"icon":null,"unicode_emoji":null,"position":1,"permissions":"66321471","managed":false,"mentionable":false,"flags":0})";

class EventFactoryTest : public ::testing::Test {
  protected:
    /// Builds from a padded copy of {"op":0,"t":name,"s":7,"d":d} and checks that the event
    /// type is one event_types_for_dispatch() announces for `name`.
    std::shared_ptr<const Event> build(const std::string& name, const std::string& d,
                                       unsigned shard_id = 0) {
        const std::string payload = R"({"op":0,"t":")" + name + R"(","s":7,"d":)" + d + "}";
        buffer = payload + std::string(dispatch_padding, ' ');
        auto event = factory.build(name, std::string_view(buffer.data(), payload.size()), shard_id);
        EXPECT_NE(event, nullptr);
        if (!event) return event;
        const auto types = event_types_for_dispatch(name);
        EXPECT_NE(std::find(types.begin(), types.end(), &event->event_type()), types.end())
            << name << " built " << event->event_type().name;
        return event;
    }
    template <class E>
    const E& build_as(const std::string& name, const std::string& d, unsigned shard_id = 0) {
        last = build(name, d, shard_id);
        const E* event = last ? event_cast<E>(*last) : nullptr;
        if (event == nullptr) {
            throw std::runtime_error(name + " did not build a " +
                                     std::string(event_type_v<E>.name));
        }
        // The exact type, not only a subtype.
        EXPECT_EQ(&last->event_type(), &event_type_v<E>);
        return *event;
    }

    EventFactory factory;
    std::string buffer;
    std::shared_ptr<const Event> last;
};

TEST_F(EventFactoryTest, ReadyListsGuildsThatThenBecomeAvailable) {
    const std::string ready = std::string(R"({"v":10,"user":)") + user_json +
                              R"(,"guilds":[{"id":"197038439483310086","unavailable":true}],)"
                              R"("session_id":"abc","resume_gateway_url":"wss://resume.example",)"
                              R"("shard":[1,4],"application":{"id":"9","flags":8192}})";
    const auto& event = build_as<ShardReadyEvent>("READY", ready, 1);
    EXPECT_EQ(event.shard_id, 1U);
    EXPECT_EQ(event.gateway_version, 10);
    EXPECT_EQ(event.my_user.username, "Nelly");
    ASSERT_EQ(event.unavailable_guilds.size(), 1U);
    EXPECT_EQ(event.session_id, "abc");
    EXPECT_EQ(event.resume_gateway_url, "wss://resume.example");
    EXPECT_EQ(event.shard_count, 4U);
    EXPECT_EQ(event.application_id, Snowflake{9});
    EXPECT_EQ(event.application_flags, 8192U);
    EXPECT_TRUE(factory.is_awaited(Snowflake{197038439483310086}));

    const std::string guild = guild_example();
    const auto& available = build_as<GuildAvailableEvent>("GUILD_CREATE", guild);
    EXPECT_EQ(available.guild_id, Snowflake{197038439483310086});
    EXPECT_EQ(available.guild.name, "Discord Testers");
    EXPECT_FALSE(factory.is_awaited(Snowflake{197038439483310086}));

    // Seen once already: a second GUILD_CREATE is a join (the bot was re-added).
    build_as<GuildJoinEvent>("GUILD_CREATE", guild);
    const auto& other =
        build_as<GuildJoinEvent>("GUILD_CREATE", replace_all(guild, "197038439483310086", "5555"));
    EXPECT_EQ(other.guild_id, Snowflake{5555});
}

TEST_F(EventFactoryTest, EachShardsReadyReplacesOnlyItsOwnAwaitedGuilds) {
    const auto ready = [&](const char* guild_id) {
        return std::string(R"({"v":10,"user":)") + user_json + R"(,"guilds":[{"id":")" + guild_id +
               R"(","unavailable":true}],"session_id":"s"})";
    };
    build_as<ShardReadyEvent>("READY", ready("100"), 0);
    build_as<ShardReadyEvent>("READY", ready("201"), 1);
    EXPECT_TRUE(factory.is_awaited(Snowflake{100}));
    EXPECT_TRUE(factory.is_awaited(Snowflake{201}));
    // Shard 1 starts a new session listing another guild: shard 0's guild stays awaited.
    build_as<ShardReadyEvent>("READY", ready("301"), 1);
    EXPECT_TRUE(factory.is_awaited(Snowflake{100}));
    EXPECT_FALSE(factory.is_awaited(Snowflake{201}));
    EXPECT_TRUE(factory.is_awaited(Snowflake{301}));
    // The same through observe(), as when nobody listens to READY.
    const std::string payload = R"({"op":0,"d":)" + ready("401") + "}";
    factory.observe("READY", payload, false, 0);
    EXPECT_FALSE(factory.is_awaited(Snowflake{100}));
    EXPECT_TRUE(factory.is_awaited(Snowflake{401}));
    EXPECT_TRUE(factory.is_awaited(Snowflake{301}));
}

TEST_F(EventFactoryTest, OutageThenGuildCreateIsAvailability) {
    const auto& gone = build_as<GuildUnavailableEvent>(
        "GUILD_DELETE", R"({"id":"197038439483310086","unavailable":true})");
    EXPECT_EQ(gone.guild_id, Snowflake{197038439483310086});
    build_as<GuildAvailableEvent>("GUILD_CREATE", guild_example());
    const auto& left = build_as<GuildLeaveEvent>("GUILD_DELETE", R"({"id":"197038439483310086"})");
    EXPECT_EQ(left.guild_id, Snowflake{197038439483310086});
    EXPECT_FALSE(left.old.has_value());
}

TEST_F(EventFactoryTest, ResumedAndGuildUpdate) {
    EXPECT_EQ(build_as<ShardResumedEvent>("RESUMED", "null", 3).shard_id, 3U);
    build_as<ShardResumedEvent>("RESUMED", R"({"_trace":["gateway-prd"]})");
    const auto& update = build_as<GuildUpdateEvent>("GUILD_UPDATE", guild_example());
    EXPECT_EQ(update.guild.id, Snowflake{197038439483310086});
    EXPECT_EQ(update.guild_id, update.guild.id);
}

TEST_F(EventFactoryTest, Bans) {
    const std::string d = std::string(R"({"guild_id":"1","user":)") + user_json + "}";
    EXPECT_EQ(build_as<BanCreateEvent>("GUILD_BAN_ADD", d).user.username, "Nelly");
    EXPECT_EQ(build_as<BanDeleteEvent>("GUILD_BAN_REMOVE", d).guild_id, Snowflake{1});
}

TEST_F(EventFactoryTest, Channels) {
    const std::string channel = doc_example("resources-channel-1.json");
    const auto& created = build_as<GuildChannelCreateEvent>("CHANNEL_CREATE", channel);
    EXPECT_EQ(created.channel_id, Snowflake{41771983423143937});
    EXPECT_EQ(created.guild_id, Snowflake{41771983423143937});
    EXPECT_EQ(created.channel.name, "general");
    build_as<GuildChannelUpdateEvent>("CHANNEL_UPDATE", channel);
    build_as<GuildChannelDeleteEvent>("CHANNEL_DELETE", channel);

    const auto& pins = build_as<PinsUpdateEvent>(
        "CHANNEL_PINS_UPDATE",
        R"({"guild_id":"1","channel_id":"2","last_pin_timestamp":"2021-03-31T18:45:31.297561+00:00"})");
    EXPECT_EQ(pins.channel_id, Snowflake{2});
    ASSERT_TRUE(pins.last_pin_timestamp.has_value());
    EXPECT_EQ(format_iso8601(*pins.last_pin_timestamp).substr(0, 19), "2021-03-31T18:45:31");
    const auto& dm_pins = build_as<PinsUpdateEvent>(
        "CHANNEL_PINS_UPDATE", R"({"channel_id":"2","last_pin_timestamp":null})");
    EXPECT_FALSE(dm_pins.guild_id.has_value());
    EXPECT_FALSE(dm_pins.last_pin_timestamp.has_value());
}

TEST_F(EventFactoryTest, Members) {
    const auto& added =
        build_as<MemberCreateEvent>("GUILD_MEMBER_ADD", member_json(R"("guild_id":"5",)"));
    EXPECT_EQ(added.guild_id, Snowflake{5});
    EXPECT_EQ(added.user.id, Snowflake{80351110224678912});
    EXPECT_EQ(added.member.roles.size(), 1U);
    const auto& updated =
        build_as<MemberUpdateEvent>("GUILD_MEMBER_UPDATE", member_json(R"("guild_id":"5",)"));
    EXPECT_EQ(updated.member.nick, std::string("NOT API SUPPORT"));
    const auto& removed = build_as<MemberDeleteEvent>(
        "GUILD_MEMBER_REMOVE", std::string(R"({"guild_id":"5","user":)") + user_json + "}");
    EXPECT_EQ(removed.user.username, "Nelly");
}

TEST_F(EventFactoryTest, MemberWithoutUserIsAnError) {
    EXPECT_THROW(
        build(
            "GUILD_MEMBER_ADD",
            R"({"guild_id":"5","roles":[],"joined_at":"2015-04-26T06:26:56.936000+00:00","deaf":false,"mute":false,"flags":0})"),
        JsonError);
}

TEST_F(EventFactoryTest, MemberChunks) {
    const std::string d =
        R"({"guild_id":"5","members":[)" + member_json() + "," + member_json() +
        R"(],"chunk_index":1,"chunk_count":3,"not_found":["77"],)"
        R"("presences":[{"user":{"id":"80351110224678912"},"status":"idle","activities":[]}],"nonce":"n1"})";
    const auto& chunk = build_as<MemberChunkEvent>("GUILD_MEMBERS_CHUNK", d, 2);
    EXPECT_EQ(chunk.shard_id, 2U);
    EXPECT_EQ(chunk.members.size(), 2U);
    EXPECT_EQ(chunk.chunk_index, 1U);
    EXPECT_EQ(chunk.chunk_count, 3U);
    EXPECT_EQ(chunk.not_found, std::vector<Snowflake>{Snowflake{77}});
    ASSERT_EQ(chunk.presences.size(), 1U);
    EXPECT_EQ(chunk.presences[0].status, "idle");
    EXPECT_EQ(chunk.nonce, "n1");
}

TEST_F(EventFactoryTest, MemberChunkIndexOutOfRange) {
    EXPECT_THROW(build("GUILD_MEMBERS_CHUNK",
                       R"({"guild_id":"5","members":[],"chunk_index":3,"chunk_count":3})"),
                 JsonError);
    EXPECT_THROW(build("GUILD_MEMBERS_CHUNK",
                       R"({"guild_id":"5","members":[],"chunk_index":0,"chunk_count":0})"),
                 JsonError);
}

TEST_F(EventFactoryTest, Roles) {
    const std::string d = std::string(R"({"guild_id":"5","role":)") + role_json + "}";
    const auto& created = build_as<RoleCreateEvent>("GUILD_ROLE_CREATE", d);
    EXPECT_EQ(created.role_id, Snowflake{41771983423143936});
    EXPECT_EQ(created.role.name, "WE DEM BOYZZ!!!!!!");
    build_as<RoleUpdateEvent>("GUILD_ROLE_UPDATE", d);
    const auto& deleted =
        build_as<RoleDeleteEvent>("GUILD_ROLE_DELETE", R"({"guild_id":"5","role_id":"6"})");
    EXPECT_EQ(deleted.role_id, Snowflake{6});
    EXPECT_EQ(deleted.guild_id, Snowflake{5});
}

TEST_F(EventFactoryTest, MessagesInGuildsAndDMs) {
    const std::string message = doc_example("resources-message-1.json");
    const auto& dm = build_as<DMMessageCreateEvent>("MESSAGE_CREATE", message);
    EXPECT_EQ(dm.message.id, Snowflake{334385199974967042});
    EXPECT_FALSE(dm.guild_id.has_value());
    EXPECT_EQ(dm.channel_id, dm.message.channel_id);

    const std::string in_guild = with_field(message, R"("guild_id":"99")");
    const auto& guild = build_as<GuildMessageCreateEvent>("MESSAGE_CREATE", in_guild);
    EXPECT_EQ(guild.guild_id, Snowflake{99});
    EXPECT_EQ(guild.message.author.username, "Mason");

    build_as<GuildMessageUpdateEvent>("MESSAGE_UPDATE", in_guild);
    build_as<DMMessageUpdateEvent>("MESSAGE_UPDATE", message);
}

TEST_F(EventFactoryTest, MessageDeletes) {
    const auto& guild = build_as<GuildMessageDeleteEvent>(
        "MESSAGE_DELETE", R"({"id":"1","channel_id":"2","guild_id":"3"})");
    EXPECT_EQ(guild.message_id, Snowflake{1});
    EXPECT_EQ(guild.channel_id, Snowflake{2});
    EXPECT_EQ(guild.guild_id, Snowflake{3});
    build_as<DMMessageDeleteEvent>("MESSAGE_DELETE", R"({"id":"1","channel_id":"2"})");
    const auto& bulk = build_as<MessageBulkDeleteEvent>(
        "MESSAGE_DELETE_BULK", R"({"ids":["1","2","3"],"channel_id":"4","guild_id":"5"})");
    EXPECT_EQ(bulk.message_ids, (std::vector<Snowflake>{Snowflake{1}, Snowflake{2}, Snowflake{3}}));
    EXPECT_EQ(bulk.channel_id, Snowflake{4});
}

TEST_F(EventFactoryTest, Reactions) {
    const auto& added = build_as<ReactionAddEvent>(
        "MESSAGE_REACTION_ADD",
        R"({"user_id":"1","channel_id":"2","message_id":"3","guild_id":"4","member":)" +
            member_json() +
            R"(,"emoji":{"id":null,"name":"🔥"},"message_author_id":"6","burst":true,"burst_colors":["#ff0000"],"type":1})");
    EXPECT_EQ(added.user_id, Snowflake{1});
    EXPECT_EQ(added.message_id, Snowflake{3});
    EXPECT_EQ(added.guild_id, Snowflake{4});
    ASSERT_TRUE(added.member.has_value());
    EXPECT_EQ(added.emoji.name, std::string("🔥"));
    EXPECT_EQ(added.message_author_id, Snowflake{6});
    EXPECT_TRUE(added.burst);

    const auto& removed = build_as<ReactionDeleteEvent>(
        "MESSAGE_REACTION_REMOVE",
        R"({"user_id":"1","channel_id":"2","message_id":"3","emoji":{"id":"41771983429993937","name":"LUL","animated":true},"burst":false,"type":0})");
    EXPECT_EQ(removed.emoji.id, Snowflake{41771983429993937});
    EXPECT_FALSE(removed.guild_id.has_value());
    build_as<ReactionDeleteAllEvent>("MESSAGE_REACTION_REMOVE_ALL",
                                     R"({"channel_id":"2","message_id":"3","guild_id":"4"})");
    const auto& emoji = build_as<ReactionDeleteEmojiEvent>(
        "MESSAGE_REACTION_REMOVE_EMOJI",
        R"({"channel_id":"2","guild_id":"4","message_id":"3","emoji":{"id":null,"name":"👍"}})");
    EXPECT_EQ(emoji.emoji.name, std::string("👍"));
}

TEST_F(EventFactoryTest, Typing) {
    const auto& typing = build_as<TypingEvent>(
        "TYPING_START",
        R"({"channel_id":"2","guild_id":"4","user_id":"1","timestamp":1700000000,"member":)" +
            member_json() + "}");
    EXPECT_EQ(typing.user_id, Snowflake{1});
    EXPECT_EQ(to_unix_ms(typing.timestamp), 1700000000000);
    EXPECT_TRUE(typing.member.has_value());
    EXPECT_THROW(build("TYPING_START", R"({"channel_id":"2","user_id":"1","timestamp":-5})"),
                 JsonError);
}

TEST_F(EventFactoryTest, PresenceAndVoice) {
    const auto& presence = build_as<PresenceUpdateEvent>(
        "PRESENCE_UPDATE",
        R"({"user":{"id":"1"},"guild_id":"2","status":"dnd","activities":[],"client_status":{"desktop":"dnd"}})");
    EXPECT_EQ(presence.guild_id, Snowflake{2});
    EXPECT_EQ(presence.presence.status, "dnd");

    const auto& state = build_as<VoiceStateUpdateEvent>(
        "VOICE_STATE_UPDATE", with_field(voice_example(), R"("guild_id":"8")"));
    EXPECT_EQ(state.guild_id, Snowflake{8});
    EXPECT_EQ(state.state.user_id, Snowflake{80351110224678912});
    EXPECT_TRUE(state.state.self_mute);
    EXPECT_THROW(build("VOICE_STATE_UPDATE", voice_example()), JsonError);

    const auto& server = build_as<VoiceServerUpdateEvent>(
        "VOICE_SERVER_UPDATE", doc_example("events-gateway-events-15.json"));
    EXPECT_EQ(server.token, "my_token");
    EXPECT_EQ(server.guild_id, Snowflake{41771983423143937});
    EXPECT_EQ(server.endpoint, "sweetwater-12345.discord.media:2048");
    const auto& moving = build_as<VoiceServerUpdateEvent>(
        "VOICE_SERVER_UPDATE", R"({"token":"t","guild_id":"1","endpoint":null})");
    EXPECT_FALSE(moving.endpoint.has_value());
}

TEST_F(EventFactoryTest, Interactions) {
    const auto& interaction = build_as<InteractionCreateEvent>(
        "INTERACTION_CREATE",
        R"({"id":"1","application_id":"2","type":1,"token":"tok","version":1})");
    EXPECT_EQ(interaction.interaction.id, Snowflake{1});
    EXPECT_EQ(interaction.interaction.token, "tok");
}

TEST_F(EventFactoryTest, Threads) {
    const std::string thread = doc_example("resources-channel-7.json");
    const auto& created =
        build_as<ThreadCreateEvent>("THREAD_CREATE", with_field(thread, R"("newly_created":true)"));
    EXPECT_TRUE(created.newly_created);
    EXPECT_EQ(created.thread.name, "don't buy dota-2");
    EXPECT_EQ(created.channel_id, Snowflake{41771983423143937});
    EXPECT_FALSE(build_as<ThreadCreateEvent>("THREAD_CREATE", thread).newly_created);
    EXPECT_EQ(build_as<ThreadUpdateEvent>("THREAD_UPDATE", thread).thread.member_count, 5);
    const auto& deleted = build_as<ThreadDeleteEvent>(
        "THREAD_DELETE", R"({"id":"1","guild_id":"2","parent_id":"3","type":11})");
    EXPECT_EQ(deleted.channel_id, Snowflake{1});
    EXPECT_EQ(deleted.parent_id, Snowflake{3});
    // A thread is a channel: ChannelEvent listeners want thread dispatches.
    EXPECT_TRUE(event_type_v<ThreadDeleteEvent>.is_a(event_type_v<ChannelEvent>));
}

TEST_F(EventFactoryTest, ExpressionsWebhooksAndIntegrations) {
    const auto& emojis = build_as<EmojisUpdateEvent>(
        "GUILD_EMOJIS_UPDATE",
        R"({"guild_id":"5","emojis":[)" + doc_example("resources-emoji-1.json") + "]}");
    ASSERT_EQ(emojis.emojis.size(), 1U);
    EXPECT_EQ(emojis.emojis[0].name, std::string("LUL"));
    EXPECT_EQ(emojis.guild_id, Snowflake{5});
    const auto& stickers = build_as<StickersUpdateEvent>(
        "GUILD_STICKERS_UPDATE",
        R"({"guild_id":"5","stickers":[)" + doc_example("resources-sticker-1.json") + "]}");
    ASSERT_EQ(stickers.stickers.size(), 1U);
    EXPECT_EQ(stickers.stickers[0].name, "Wave");
    EXPECT_EQ(build_as<IntegrationsUpdateEvent>("GUILD_INTEGRATIONS_UPDATE", R"({"guild_id":"5"})")
                  .guild_id,
              Snowflake{5});
    const auto& webhooks =
        build_as<WebhookUpdateEvent>("WEBHOOKS_UPDATE", R"({"guild_id":"5","channel_id":"6"})");
    EXPECT_EQ(webhooks.channel_id, Snowflake{6});
}

TEST_F(EventFactoryTest, ScheduledEventsAndStageInstances) {
    const std::string scheduled =
        R"({"id":"10","guild_id":"5","channel_id":"6","creator_id":"7","name":"Movie night",)"
        R"("scheduled_start_time":"2024-01-01T20:00:00+00:00","scheduled_end_time":null,)"
        R"("privacy_level":2,"status":1,"entity_type":2,"entity_id":null,"entity_metadata":null,)"
        R"("recurrence_rule":null})";
    const auto& created =
        build_as<ScheduledEventCreateEvent>("GUILD_SCHEDULED_EVENT_CREATE", scheduled);
    EXPECT_EQ(created.event_id, Snowflake{10});
    EXPECT_EQ(created.guild_id, Snowflake{5});
    EXPECT_EQ(created.event.name, "Movie night");
    build_as<ScheduledEventUpdateEvent>("GUILD_SCHEDULED_EVENT_UPDATE", scheduled);
    build_as<ScheduledEventDeleteEvent>("GUILD_SCHEDULED_EVENT_DELETE", scheduled);
    const std::string user = R"({"guild_scheduled_event_id":"10","user_id":"8","guild_id":"5"})";
    EXPECT_EQ(build_as<ScheduledEventUserAddEvent>("GUILD_SCHEDULED_EVENT_USER_ADD", user).user_id,
              Snowflake{8});
    EXPECT_EQ(
        build_as<ScheduledEventUserRemoveEvent>("GUILD_SCHEDULED_EVENT_USER_REMOVE", user).event_id,
        Snowflake{10});

    const std::string stage = doc_example("resources-stage-instance-1.json");
    const auto& stage_created = build_as<StageInstanceCreateEvent>("STAGE_INSTANCE_CREATE", stage);
    EXPECT_EQ(stage_created.guild_id, Snowflake{197038439483310086});
    EXPECT_EQ(stage_created.stage_instance.topic, "Testing Testing, 123");
    build_as<StageInstanceUpdateEvent>("STAGE_INSTANCE_UPDATE", stage);
    build_as<StageInstanceDeleteEvent>("STAGE_INSTANCE_DELETE", stage);
}

TEST_F(EventFactoryTest, PollVotesAndOwnUser) {
    const std::string vote =
        R"({"user_id":"1","channel_id":"2","message_id":"3","guild_id":"4","answer_id":2})";
    const auto& added = build_as<PollVoteCreateEvent>("MESSAGE_POLL_VOTE_ADD", vote);
    EXPECT_EQ(added.answer_id, 2);
    EXPECT_EQ(added.guild_id, Snowflake{4});
    build_as<PollVoteDeleteEvent>("MESSAGE_POLL_VOTE_REMOVE", vote);
    EXPECT_THROW(build("MESSAGE_POLL_VOTE_ADD",
                       R"({"user_id":"1","channel_id":"2","message_id":"3","answer_id":-1})"),
                 JsonError);
    EXPECT_EQ(build_as<OwnUserUpdateEvent>("USER_UPDATE", user_json).user.username, "Nelly");
}

TEST_F(EventFactoryTest, UnknownAndUnmappedNamesKeepTheRawPayload) {
    for (const std::string name : {"SOMETHING_DISCORD_ADDS_LATER", "GUILD_JOIN_REQUEST_UPDATE"}) {
        const auto& raw = build_as<RawDispatchEvent>(name, R"({"anything":[1,2,3]})", 5);
        EXPECT_EQ(raw.name, name);
        EXPECT_EQ(raw.shard_id, 5U);
        EXPECT_NE(raw.payload.find(R"("anything":[1,2,3])"), std::string::npos);
    }
    // Unknown names are never parsed, so even broken text is no error.
    EXPECT_NE(factory.build("NEW_THING", "{not json", 0, false), nullptr);
}

TEST_F(EventFactoryTest, PayloadEventsCopyTheDispatch) {
    const std::string payload = R"({"op":0,"t":"TYPING_START","s":12,"d":{}})";
    const auto event = EventFactory::build_payload_event("TYPING_START", 12, payload, 3);
    const auto* raw = event_cast<ShardPayloadEvent>(*event);
    ASSERT_NE(raw, nullptr);
    EXPECT_EQ(raw->name, "TYPING_START");
    EXPECT_EQ(raw->sequence, 12U);
    EXPECT_EQ(raw->payload, payload);
    EXPECT_EQ(raw->shard_id, 3U);
    EXPECT_NE(event_cast<ShardEvent>(*event), nullptr);
}

TEST_F(EventFactoryTest, UnpaddedPayloadsAreCopied) {
    const std::string payload =
        R"({"op":0,"t":"MESSAGE_DELETE","s":1,"d":{"id":"1","channel_id":"2"}})";
    const auto event = factory.build("MESSAGE_DELETE", payload, 0, false);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(&event->event_type(), &event_type_v<DMMessageDeleteEvent>);
}

TEST_F(EventFactoryTest, MalformedPayloadsThrowTypedErrors) {
    auto path_of = [&](const std::string& name, const std::string& d) -> std::string {
        try {
            (void)build(name, d);
        } catch (const JsonError& error) {
            return error.path();
        }
        return "no error";
    };
    EXPECT_EQ(path_of("MESSAGE_DELETE", R"({"channel_id":"2"})"), "d.id");
    EXPECT_EQ(path_of("MESSAGE_DELETE", R"({"id":"x1","channel_id":"2"})"), "d.id");
    EXPECT_EQ(path_of("MESSAGE_DELETE", R"({"id":12,"channel_id":"2"})"), "d.id");
    EXPECT_EQ(path_of("MESSAGE_DELETE_BULK", R"({"ids":["1",{}],"channel_id":"2"})"), "d.ids[1]");
    EXPECT_EQ(path_of("GUILD_ROLE_CREATE", R"({"guild_id":"5","role":{"id":"1"}})").substr(0, 7),
              "d.role.");
    EXPECT_EQ(path_of("MESSAGE_CREATE", "[]"), "d");
    EXPECT_EQ(path_of("MESSAGE_CREATE", "null"), "d");
    EXPECT_EQ(path_of("READY", R"({"v":10,"shard":[4,4]})").substr(0, 2), "d.");
    EXPECT_EQ(
        path_of("CHANNEL_PINS_UPDATE", R"({"channel_id":"2","last_pin_timestamp":"yesterday"})"),
        "d.last_pin_timestamp");

    const std::string broken = R"({"op":0,"t":"MESSAGE_DELETE","d":{"id":"1",)";
    EXPECT_THROW((void)factory.build("MESSAGE_DELETE", broken, 0, false), ParseError);
    EXPECT_THROW((void)factory.build("MESSAGE_DELETE", "", 0, false), ParseError);
    EXPECT_THROW((void)factory.build("MESSAGE_DELETE", R"({"op":0})", 0, false), ParseError);
}

TEST_F(EventFactoryTest, TryBuildLogsAndReturnsNull) {
    test::LogCapture logs;
    EXPECT_EQ(factory.try_build("MESSAGE_DELETE", R"({"op":0,"d":{"id":"1"}})", 4, false), nullptr);
    EXPECT_TRUE(logs.contains(
        "hikari.event_factory: could not build an event from MESSAGE_DELETE (shard 4): "));
    EXPECT_NE(factory.try_build("MESSAGE_DELETE", R"({"op":0,"d":{"id":"1","channel_id":"2"}})", 4,
                                false),
              nullptr);
}

TEST(DispatchTable, EveryTypedNameHasItsTypesAndOthersAreRaw) {
    const auto message_create = event_types_for_dispatch("MESSAGE_CREATE");
    ASSERT_EQ(message_create.size(), 2U);
    EXPECT_EQ(message_create[0], &event_type_v<GuildMessageCreateEvent>);
    EXPECT_EQ(message_create[1], &event_type_v<DMMessageCreateEvent>);
    const auto unknown = event_types_for_dispatch("WHATEVER");
    ASSERT_EQ(unknown.size(), 1U);
    EXPECT_EQ(unknown[0], &event_type_v<RawDispatchEvent>);
    EXPECT_EQ(event_types_for_dispatch("message_create")[0], &event_type_v<RawDispatchEvent>);
    // Once raw, now typed (more_events_test.cpp checks every one of them).
    EXPECT_EQ(event_types_for_dispatch("INVITE_CREATE")[0], &event_type_v<InviteCreateEvent>);
    EXPECT_EQ(event_types_for_dispatch("THREAD_LIST_SYNC")[0], &event_type_v<ThreadListSyncEvent>);
}

}  // namespace
