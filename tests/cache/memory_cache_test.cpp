// MemoryCache fed through dispatch_gateway_event: every component's lookups and views, the
// `old` state listeners see, and the settings that limit what is stored.

#include "cache_test_support.hpp"

using namespace hikari;
using namespace hikari::test;

namespace {

constexpr std::uint64_t me = 900;
constexpr std::uint64_t g1 = 1001;
constexpr std::uint64_t g2 = 1002;

std::string guild_one() {
    const std::string roles = "[" + role_json(g1, "@everyone", 0) + "," + role_json(11, "mods", 2) +
                              "," + role_json(12, "vip", 1) + "]";
    const std::string channels =
        "[" + channel_json(21, "general", 1) + "," + channel_json(22, "rules", 0) + "]";
    const std::string members = "[" + member_json(me, "bot") + "," +
                                member_json(31, "alice", R"(["11","12"])") + "," +
                                member_json(32, "bob", "[]", R"(,"nick":"Bobby")") + "]";
    std::string d = guild_json(g1, "one", roles, channels, members, "");
    // Replace the empty lists by populated ones (later keys would be duplicates).
    auto replace = [&d](const std::string& from, const std::string& to) {
        d.replace(d.find(from), from.size(), to);
    };
    replace(R"("threads":[])", R"("threads":[)" + thread_json(41, 21, "thread") + "]");
    replace(R"("presences":[])", R"("presences":[)" + presence_json(31, "online") + "]");
    replace(R"("voice_states":[])", R"("voice_states":[)" + voice_json(32, R"("21")") + "]");
    replace(R"("emojis":[])", R"("emojis":[)" + emoji_json(51, "blob") + "]");
    replace(R"("stickers":[])", R"("stickers":[)" + sticker_json(61, g1, "wave") + "]");
    return d;
}

TEST_F(CacheTest, ReadyStoresMeAndTheUnavailableGuilds) {
    feed("READY", ready_json(me, R"([{"id":"1001","unavailable":true},{"id":"1002"}])"));
    ASSERT_TRUE(cache->get_me());
    EXPECT_EQ(cache->get_me()->username, "bot");
    EXPECT_EQ(cache->get_user(Snowflake{me})->id, Snowflake{me});
    EXPECT_EQ(cache->get_unavailable_guild_ids(),
              (std::vector<Snowflake>{Snowflake{g1}, Snowflake{g2}}));
    feed("GUILD_CREATE", guild_one());
    EXPECT_EQ(cache->get_unavailable_guild_ids(), std::vector<Snowflake>{Snowflake{g2}});
}

TEST_F(CacheTest, GuildCreateFillsEveryComponent) {
    feed("READY", ready_json(me, R"([{"id":"1001","unavailable":true}])"));
    feed("GUILD_CREATE", guild_one());

    auto guild = cache->get_guild(Snowflake{g1});
    ASSERT_TRUE(guild);
    EXPECT_EQ(guild->name, "one");
    EXPECT_EQ(guild->member_count, 1);
    EXPECT_EQ(guild->features, std::vector<std::string>{"COMMUNITY"});
    ASSERT_EQ(guild->roles.size(), 3U);
    EXPECT_EQ(guild->roles[1].name, "vip");  // by position
    EXPECT_TRUE(guild->members.empty());
    EXPECT_EQ(guild->emojis.size(), 1U);
    EXPECT_EQ(guild->stickers.size(), 1U);
    EXPECT_EQ(cache->guild_count(), 1U);
    EXPECT_EQ(cache->get_guilds().size(), 1U);

    auto channels = cache->get_guild_channels(Snowflake{g1});
    ASSERT_EQ(channels.size(), 2U);
    EXPECT_EQ(*channels[0].name, "rules");
    EXPECT_EQ(*channels[1].name, "general");
    EXPECT_EQ(channels[0].guild_id, Snowflake{g1}) << "filled in from the guild";
    EXPECT_EQ(cache->get_guild_channel(Snowflake{21})->name.value(), "general");
    EXPECT_FALSE(cache->get_guild_channel(Snowflake{41})) << "a thread is not a channel";
    EXPECT_EQ(cache->get_thread(Snowflake{41})->name.value(), "thread");
    EXPECT_EQ(cache->get_thread(Snowflake{41})->guild_id, Snowflake{g1});
    EXPECT_EQ(cache->get_threads(Snowflake{g1}).size(), 1U);

    EXPECT_EQ(cache->get_role(Snowflake{11})->name, "mods");
    EXPECT_EQ(cache->get_roles(Snowflake{g1}).front().name, "@everyone");
    EXPECT_EQ(cache->get_emoji(Snowflake{51})->name, "blob");
    EXPECT_EQ(cache->get_emojis(Snowflake{g1}).size(), 1U);
    EXPECT_EQ(cache->get_sticker(Snowflake{61})->name, "wave");
    EXPECT_EQ(cache->get_stickers(Snowflake{g1}).size(), 1U);

    auto alice = cache->get_member(Snowflake{g1}, Snowflake{31});
    ASSERT_TRUE(alice);
    ASSERT_TRUE(alice->user);
    EXPECT_EQ(alice->user->username, "alice");
    EXPECT_EQ(alice->user->global_name.value(), "alice Display");
    EXPECT_EQ(alice->roles, (std::vector<Snowflake>{Snowflake{11}, Snowflake{12}}));
    EXPECT_EQ(cache->get_member(Snowflake{g1}, Snowflake{32})->nick.value(), "Bobby");
    EXPECT_EQ(cache->get_members(Snowflake{g1}).size(), 3U);
    EXPECT_EQ(cache->member_count(), 3U);
    EXPECT_EQ(cache->member_count(Snowflake{g1}), 3U);
    EXPECT_EQ(cache->user_count(), 3U);

    auto presence = cache->get_presence(Snowflake{g1}, Snowflake{31});
    ASSERT_TRUE(presence);
    EXPECT_EQ(presence->status, "online");
    EXPECT_EQ(presence->guild_id, Snowflake{g1});
    EXPECT_EQ(presence->user.username, "alice") << "names from the shared user";
    ASSERT_EQ(presence->activities.size(), 1U);
    EXPECT_EQ(presence->activities[0].name, "chess");
    EXPECT_EQ(cache->get_presences(Snowflake{g1}).size(), 1U);

    auto voice = cache->get_voice_state(Snowflake{g1}, Snowflake{32});
    ASSERT_TRUE(voice);
    EXPECT_EQ(voice->channel_id, Snowflake{21});
    EXPECT_TRUE(voice->self_mute);
    ASSERT_TRUE(voice->member) << "from the member component";
    EXPECT_EQ(voice->member->user->username, "bob");
    EXPECT_EQ(cache->get_voice_states(Snowflake{g1}).size(), 1U);
}

TEST_F(CacheTest, CachedMembersAndUsersComeBackAsTheyWereSent) {
    // Every packed field, set and unset, including the rare ones kept aside.
    const std::string rare_user =
        user_json(77, "someone_with_a_rather_long_username",
                  R"(,"bot":false,"system":true,"banner":"a_ffffffffffffffffffffffffffffffff",)"
                  R"("accent_color":16711680,"flags":64,"primary_guild":null,"collectibles":null)");
    const std::string odd_avatar_user =
        R"({"id":"78","username":"x","discriminator":"0420","avatar":"not-a-hash",)"
        R"("public_flags":8589934592,"unknown_field":{"nested":[1,2]}})";
    const std::string members =
        "[" + member_json(31, "plain") + "," + R"({"user":)" + rare_user +
        R"(,"nick":"Nickname that is longer than the inline room","avatar":"a_0123456789abcdef0123456789abcdef",)"
        R"("banner":null,"roles":["1","2","3","4","5","6"],"joined_at":"2021-03-04T05:06:07.891234+00:00",)"
        R"("premium_since":"2022-01-01T00:00:00+00:00","deaf":true,"mute":true,"pending":true,)"
        R"("flags":3,"communication_disabled_until":"2030-01-01T00:00:00+00:00","permissions":"8",)"
        R"("avatar_decoration_data":{"asset":"abc","sku_id":"5"},"unknown":true},)" +
        R"({"user":)" + odd_avatar_user +
        R"(,"roles":[],"joined_at":null,"flags":0,"deaf":false,"mute":false})" + "]";
    test::LogCapture logs;
    std::vector<Member> sent;
    manager.subscribe<GuildJoinEvent>([&](const GuildJoinEvent& e) { sent = e.guild.members; });
    feed("GUILD_CREATE", guild_json(g1, "one", "[]", "[]", members));
    ASSERT_EQ(sent.size(), 3U) << (logs.lines().empty() ? "" : logs.lines().front());
    for (const Member& member : sent) {
        auto cached = cache->get_member(Snowflake{g1}, member.user->id);
        ASSERT_TRUE(cached) << member.user->id.value();
        EXPECT_EQ(*cached, member) << member.user->id.value();
        EXPECT_EQ(*cache->get_user(member.user->id), *member.user);
    }
}

TEST_F(CacheTest, GuildUpdateFillsOldAndKeepsTheCreateOnlyFields) {
    feed("GUILD_CREATE", guild_json(g1, "one", "[" + role_json(11, "a", 1) + "]"));
    std::optional<Guild> old;
    std::string name;
    manager.subscribe<GuildUpdateEvent>([&](const GuildUpdateEvent& e) {
        old = e.old;
        name = e.guild.name;
    });
    std::string update = guild_json(g1, "renamed", "[" + role_json(12, "b", 1) + "]");
    update.replace(update.find(R"("joined_at")"), 0, R"("x":1,)");
    feed("GUILD_UPDATE", update);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->name, "one");
    EXPECT_EQ(old->roles.size(), 1U);
    EXPECT_EQ(name, "renamed");
    auto now = cache->get_guild(Snowflake{g1});
    EXPECT_EQ(now->name, "renamed");
    EXPECT_TRUE(now->joined_at.has_value());
    EXPECT_FALSE(cache->get_role(Snowflake{11})) << "roles are replaced from GUILD_UPDATE";
    EXPECT_EQ(cache->get_role(Snowflake{12})->name, "b");
}

TEST_F(CacheTest, ChannelsCreatedUpdatedAndDeleted) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    std::optional<Channel> old;
    manager.subscribe<GuildChannelUpdateEvent>(
        [&](const GuildChannelUpdateEvent& e) { old = e.old; });
    const std::string guild = R"(,"guild_id":"1001")";
    feed("CHANNEL_CREATE", channel_json(21, "first", 0, guild));
    EXPECT_EQ(cache->get_guild_channel(Snowflake{21})->name.value(), "first");
    feed("CHANNEL_UPDATE", channel_json(21, "second", 0, guild));
    ASSERT_TRUE(old);
    EXPECT_EQ(old->name.value(), "first");
    EXPECT_EQ(cache->get_guild_channel(Snowflake{21})->name.value(), "second");
    feed("THREAD_CREATE", thread_json(41, 21, "t", guild + R"(,"newly_created":true)"));
    EXPECT_TRUE(cache->get_thread(Snowflake{41}));
    feed("CHANNEL_DELETE", channel_json(21, "second", 0, guild));
    EXPECT_FALSE(cache->get_guild_channel(Snowflake{21}));
    EXPECT_TRUE(cache->get_guild_channels(Snowflake{g1}).empty());
    EXPECT_FALSE(cache->get_thread(Snowflake{41})) << "threads go with their channel";
}

TEST_F(CacheTest, ThreadsCreatedUpdatedDeletedAndSynced) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    const std::string guild = R"(,"guild_id":"1001")";
    std::optional<Channel> updated_old;
    std::optional<Channel> deleted_old;
    manager.subscribe<ThreadUpdateEvent>([&](const ThreadUpdateEvent& e) { updated_old = e.old; });
    manager.subscribe<ThreadDeleteEvent>([&](const ThreadDeleteEvent& e) { deleted_old = e.old; });
    feed("THREAD_CREATE", thread_json(41, 21, "a", guild));
    feed("THREAD_CREATE", thread_json(42, 22, "b", guild));
    feed("THREAD_UPDATE", thread_json(41, 21, "a2", guild));
    ASSERT_TRUE(updated_old);
    EXPECT_EQ(updated_old->name.value(), "a");
    feed("THREAD_DELETE", R"({"id":"41","guild_id":"1001","parent_id":"21","type":11})");
    ASSERT_TRUE(deleted_old);
    EXPECT_EQ(deleted_old->name.value(), "a2");
    EXPECT_FALSE(cache->get_thread(Snowflake{41}));

    // A sync of parent 22 replaces its threads and leaves the others alone.
    feed("THREAD_CREATE", thread_json(43, 23, "c", guild));
    feed("THREAD_LIST_SYNC", R"({"guild_id":"1001","channel_ids":["22"],"threads":[)" +
                                 thread_json(44, 22, "d") + R"(],"members":[]})");
    EXPECT_FALSE(cache->get_thread(Snowflake{42}));
    EXPECT_EQ(cache->get_thread(Snowflake{44})->guild_id, Snowflake{g1});
    EXPECT_TRUE(cache->get_thread(Snowflake{43}));
    // Without channel_ids every thread of the guild is replaced.
    feed("THREAD_LIST_SYNC",
         R"({"guild_id":"1001","threads":[)" + thread_json(45, 21, "e") + R"(],"members":[]})");
    EXPECT_EQ(cache->get_threads(Snowflake{g1}).size(), 1U);
    EXPECT_TRUE(cache->get_thread(Snowflake{45}));
}

TEST_F(CacheTest, RolesCreatedUpdatedAndDeletedWithOld) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    std::optional<Role> updated_old;
    std::optional<Role> deleted_old;
    manager.subscribe<RoleUpdateEvent>([&](const RoleUpdateEvent& e) { updated_old = e.old; });
    manager.subscribe<RoleDeleteEvent>([&](const RoleDeleteEvent& e) { deleted_old = e.old; });
    feed("GUILD_ROLE_CREATE", R"({"guild_id":"1001","role":)" + role_json(11, "a", 1) + "}");
    feed("GUILD_ROLE_UPDATE", R"({"guild_id":"1001","role":)" + role_json(11, "b", 1) + "}");
    ASSERT_TRUE(updated_old);
    EXPECT_EQ(updated_old->name, "a");
    EXPECT_EQ(cache->get_role(Snowflake{11})->name, "b");
    feed("GUILD_ROLE_DELETE", R"({"guild_id":"1001","role_id":"11"})");
    ASSERT_TRUE(deleted_old);
    EXPECT_EQ(deleted_old->name, "b");
    EXPECT_TRUE(cache->get_roles(Snowflake{g1}).empty());
}

TEST_F(CacheTest, DeletingARoleTakesItOutOfEveryMember) {
    const std::string members = "[" + member_json(31, "alice", R"(["11","12"])") + "," +
                                member_json(32, "bob", R"(["11"])") + "," +
                                member_json(33, "carol", R"(["12","13","14","15","16"])") + "]";
    feed("GUILD_CREATE", guild_json(g1, "one", "[" + role_json(11, "a", 1) + "]", "[]", members));
    feed("GUILD_ROLE_DELETE", R"({"guild_id":"1001","role_id":"11"})");
    EXPECT_EQ(cache->get_member(Snowflake{g1}, Snowflake{31})->roles,
              std::vector<Snowflake>{Snowflake{12}});
    EXPECT_TRUE(cache->get_member(Snowflake{g1}, Snowflake{32})->roles.empty());
    // More roles than fit inline: the heap-held list is rewritten too.
    feed("GUILD_ROLE_DELETE", R"({"guild_id":"1001","role_id":"14"})");
    EXPECT_EQ(cache->get_member(Snowflake{g1}, Snowflake{33})->roles,
              (std::vector<Snowflake>{Snowflake{12}, Snowflake{13}, Snowflake{15}, Snowflake{16}}));
    // A role nobody holds changes nothing.
    feed("GUILD_ROLE_DELETE", R"({"guild_id":"1001","role_id":"99"})");
    EXPECT_EQ(cache->get_member(Snowflake{g1}, Snowflake{31})->roles.size(), 1U);
}

TEST_F(CacheTest, ThreadMembershipAndMemberCountFollowTheMemberUpdates) {
    feed("READY", ready_json(me, "[]"));
    feed("GUILD_CREATE", guild_json(g1, "one"));
    const std::string guild = R"(,"guild_id":"1001")";
    feed("THREAD_CREATE", thread_json(41, 21, "a", guild));
    EXPECT_FALSE(cache->get_thread(Snowflake{41})->member);

    const std::string my_membership =
        R"({"id":"41","user_id":")" + std::to_string(me) +
        R"(","join_timestamp":"2024-01-01T00:00:00+00:00","flags":0})";
    feed("THREAD_MEMBERS_UPDATE", R"({"id":"41","guild_id":"1001","member_count":7,)"
                                  R"("added_members":[)" +
                                      my_membership + "]}");
    auto thread = cache->get_thread(Snowflake{41});
    EXPECT_EQ(thread->member_count, 7);
    ASSERT_TRUE(thread->member);
    EXPECT_EQ(thread->member->user_id, Snowflake{me});

    std::string flagged = my_membership;
    flagged.replace(flagged.find(R"("flags":0)"), 9, R"("flags":2)");
    flagged.insert(1, R"("guild_id":"1001",)");
    feed("THREAD_MEMBER_UPDATE", flagged);
    EXPECT_EQ(cache->get_thread(Snowflake{41})->member->flags, 2U);

    feed("THREAD_MEMBERS_UPDATE", R"({"id":"41","guild_id":"1001","member_count":6,)"
                                  R"("removed_member_ids":[")" +
                                      std::to_string(me) + R"("]})");
    thread = cache->get_thread(Snowflake{41});
    EXPECT_EQ(thread->member_count, 6);
    EXPECT_FALSE(thread->member) << "the bot left the thread";

    // A sync hands the bot's memberships beside the threads; the cache joins them.
    feed("THREAD_LIST_SYNC", R"({"guild_id":"1001","threads":[)" + thread_json(42, 21, "b") +
                                 R"(],"members":[)" + R"({"id":"42","user_id":")" +
                                 std::to_string(me) +
                                 R"(","join_timestamp":"2024-01-01T00:00:00+00:00","flags":1}]})");
    ASSERT_TRUE(cache->get_thread(Snowflake{42})->member);
    EXPECT_EQ(cache->get_thread(Snowflake{42})->member->flags, 1U);
}

TEST_F(CacheTest, MembersAddedUpdatedAndRemovedWithOld) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    std::optional<Member> updated_old;
    std::optional<Member> removed_old;
    manager.subscribe<MemberUpdateEvent>([&](const MemberUpdateEvent& e) { updated_old = e.old; });
    manager.subscribe<MemberDeleteEvent>([&](const MemberDeleteEvent& e) { removed_old = e.old; });
    std::string add = member_json(31, "alice");
    add.insert(1, R"("guild_id":"1001",)");
    feed("GUILD_MEMBER_ADD", add);
    EXPECT_EQ(cache->get_member(Snowflake{g1}, Snowflake{31})->user->username, "alice");
    std::string update = member_json(31, "alice2", R"(["5"])", R"(,"nick":"Al")");
    update.insert(1, R"("guild_id":"1001",)");
    feed("GUILD_MEMBER_UPDATE", update);
    ASSERT_TRUE(updated_old);
    EXPECT_FALSE(updated_old->nick.has_value());
    auto now = cache->get_member(Snowflake{g1}, Snowflake{31});
    EXPECT_EQ(now->nick.value(), "Al");
    EXPECT_EQ(now->roles, std::vector<Snowflake>{Snowflake{5}});
    EXPECT_EQ(now->user->username, "alice2") << "the shared user is refreshed";
    feed("GUILD_MEMBER_REMOVE", R"({"guild_id":"1001","user":)" + user_json(31, "alice2") + "}");
    ASSERT_TRUE(removed_old);
    EXPECT_EQ(removed_old->nick.value(), "Al");
    EXPECT_FALSE(cache->get_member(Snowflake{g1}, Snowflake{31}));
    EXPECT_EQ(cache->user_count(), 0U) << "the last reference went";
}

TEST_F(CacheTest, UsersAreSharedOnceAndReleasedWithTheLastReference) {
    feed("GUILD_CREATE", guild_json(g1, "one", "[]", "[]", "[" + member_json(31, "a") + "]"));
    feed("GUILD_CREATE", guild_json(g2, "two", "[]", "[]", "[" + member_json(31, "a") + "]"));
    feed("MESSAGE_CREATE", message_json(501, 21, 31, "hi", "1001"));
    EXPECT_EQ(cache->user_count(), 1U);
    EXPECT_EQ(cache->member_count(), 2U);
    EXPECT_EQ(cache->get_message(Snowflake{501})->author.username, "author")
        << "the latest user seen";
    EXPECT_EQ(cache->get_member(Snowflake{g2}, Snowflake{31})->user->username, "author");

    feed("GUILD_MEMBER_REMOVE", R"({"guild_id":"1001","user":)" + user_json(31, "a") + "}");
    EXPECT_EQ(cache->user_count(), 1U);
    feed("GUILD_DELETE", R"({"id":"1002"})");
    EXPECT_EQ(cache->user_count(), 1U) << "the message still refers to it";
    feed("MESSAGE_DELETE", R"({"id":"501","channel_id":"21","guild_id":"1001"})");
    EXPECT_EQ(cache->user_count(), 0U);
    EXPECT_FALSE(cache->get_user(Snowflake{31}));
}

TEST_F(CacheTest, MemberChunksFillMembersAndPresences) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    feed("GUILD_MEMBERS_CHUNK",
         R"({"guild_id":"1001","members":[)" + member_json(31, "a") + "," + member_json(32, "b") +
             R"(],"chunk_index":0,"chunk_count":1,"not_found":["99"],"presences":[)" +
             presence_json(31, "idle") + R"(],"nonce":"n"})");
    EXPECT_EQ(cache->member_count(Snowflake{g1}), 2U);
    EXPECT_EQ(cache->get_presence(Snowflake{g1}, Snowflake{31})->status, "idle");
}

TEST_F(CacheTest, PresencesUpdatedAndRemovedWhenOffline) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    std::optional<Presence> old;
    manager.subscribe<PresenceUpdateEvent>([&](const PresenceUpdateEvent& e) { old = e.old; });
    feed("PRESENCE_UPDATE", presence_json(31, "online", "1001"));
    EXPECT_FALSE(old);
    feed("PRESENCE_UPDATE", presence_json(31, "dnd", "1001"));
    ASSERT_TRUE(old);
    EXPECT_EQ(old->status, "online");
    EXPECT_EQ(cache->get_presence(Snowflake{g1}, Snowflake{31})->status, "dnd");
    feed("PRESENCE_UPDATE", presence_json(31, "offline", "1001"));
    EXPECT_EQ(old->status, "dnd");
    EXPECT_FALSE(cache->get_presence(Snowflake{g1}, Snowflake{31}));
}

TEST_F(CacheTest, VoiceStatesEndWhenTheChannelIsNull) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    std::optional<VoiceState> old;
    manager.subscribe<VoiceStateUpdateEvent>([&](const VoiceStateUpdateEvent& e) { old = e.old; });
    std::string join = voice_json(31, R"("21")", "1001");
    join.insert(join.size() - 1, R"(,"member":)" + member_json(31, "a"));
    feed("VOICE_STATE_UPDATE", join);
    auto state = cache->get_voice_state(Snowflake{g1}, Snowflake{31});
    ASSERT_TRUE(state);
    EXPECT_EQ(state->member->user->username, "a");
    feed("VOICE_STATE_UPDATE", voice_json(31, "null", "1001"));
    ASSERT_TRUE(old);
    EXPECT_EQ(old->channel_id, Snowflake{21});
    EXPECT_FALSE(cache->get_voice_state(Snowflake{g1}, Snowflake{31}));
    EXPECT_TRUE(cache->get_voice_states(Snowflake{g1}).empty());
}

TEST_F(CacheTest, EmojisAndStickersReplacedWithOldLists) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    std::optional<std::vector<Emoji>> old_emojis;
    std::optional<std::vector<Sticker>> old_stickers;
    manager.subscribe<EmojisUpdateEvent>([&](const EmojisUpdateEvent& e) { old_emojis = e.old; });
    manager.subscribe<StickersUpdateEvent>(
        [&](const StickersUpdateEvent& e) { old_stickers = e.old; });
    feed("GUILD_EMOJIS_UPDATE", R"({"guild_id":"1001","emojis":[)" + emoji_json(51, "a") + "]}");
    feed("GUILD_EMOJIS_UPDATE", R"({"guild_id":"1001","emojis":[)" + emoji_json(52, "b") + "]}");
    ASSERT_TRUE(old_emojis);
    ASSERT_EQ(old_emojis->size(), 1U);
    EXPECT_EQ(old_emojis->front().name, "a");
    EXPECT_FALSE(cache->get_emoji(Snowflake{51}));
    EXPECT_EQ(cache->get_emoji(Snowflake{52})->name, "b");
    feed("GUILD_STICKERS_UPDATE",
         R"({"guild_id":"1001","stickers":[)" + sticker_json(61, g1, "s") + "]}");
    feed("GUILD_STICKERS_UPDATE", R"({"guild_id":"1001","stickers":[]})");
    ASSERT_TRUE(old_stickers);
    EXPECT_EQ(old_stickers->front().name, "s");
    EXPECT_TRUE(cache->get_stickers(Snowflake{g1}).empty());
}

TEST_F(CacheTest, MessagesCreatedEditedDeletedAndBulkDeletedWithOld) {
    std::optional<Message> updated_old;
    std::optional<Message> deleted_old;
    std::vector<Message> bulk_old;
    manager.subscribe<MessageUpdateEvent>(
        [&](const MessageUpdateEvent& e) { updated_old = e.old; });
    manager.subscribe<MessageDeleteEvent>(
        [&](const MessageDeleteEvent& e) { deleted_old = e.old; });
    manager.subscribe<MessageBulkDeleteEvent>(
        [&](const MessageBulkDeleteEvent& e) { bulk_old = e.old_messages; });
    std::vector<Message> sent;
    manager.subscribe<MessageCreateEvent>(
        [&](const MessageCreateEvent& e) { sent.push_back(e.message); });
    feed("MESSAGE_CREATE", message_json(501, 21, 31, "one", "1001"));
    feed("MESSAGE_CREATE", message_json(502, 21, 31, "two", "1001"));
    feed("MESSAGE_CREATE", message_json(503, 21, 32, "three", "1001"));
    ASSERT_EQ(sent.size(), 3U);
    EXPECT_EQ(*cache->get_message(Snowflake{501}), sent[0]) << "comes back as it was sent";
    EXPECT_EQ(cache->message_count(), 3U);

    feed("MESSAGE_UPDATE", message_json(501, 21, 31, "one edited", "1001"));
    ASSERT_TRUE(updated_old);
    EXPECT_EQ(updated_old->content, "one");
    EXPECT_EQ(cache->get_message(Snowflake{501})->content, "one edited");

    feed("MESSAGE_DELETE", R"({"id":"502","channel_id":"21","guild_id":"1001"})");
    ASSERT_TRUE(deleted_old);
    EXPECT_EQ(deleted_old->content, "two");
    feed("MESSAGE_DELETE_BULK",
         R"({"ids":["501","503","999"],"channel_id":"21","guild_id":"1001"})");
    EXPECT_EQ(bulk_old.size(), 2U);
    EXPECT_EQ(cache->message_count(), 0U);
    EXPECT_EQ(cache->user_count(), 0U);
}

TEST_F(CacheTest, CachedMessagesTakeTheirAuthorFromTheUserRecord) {
    // A message is kept as its dispatch text; the author inside that text goes stale when
    // the user changes, so lookups take the author from the shared user record.
    feed("GUILD_CREATE", guild_json(1001, "g", "[]", "[]", "[" + member_json(31, "before") + "]"));
    feed("MESSAGE_CREATE", message_json(501, 21, 31, "hi", "1001"));
    // The message's own author object is the newest word on the user for now.
    ASSERT_EQ(cache->get_message(Snowflake{501})->author.username, "author");
    feed("GUILD_MEMBER_UPDATE",
         R"({"guild_id":"1001","roles":[],"joined_at":"2021-03-04T05:06:07.891000+00:00","user":)" +
             user_json(31, "after") + "}");
    const auto message = cache->get_message(Snowflake{501});
    ASSERT_TRUE(message);
    EXPECT_EQ(message->author.username, "after");
    EXPECT_EQ(message->content, "hi");
}

TEST_F(CacheTest, MessagesFromUnpaddedDispatchesAreWrittenBack) {
    // Without the dispatch's text (a payload that is not padded) the cache writes the model
    // back to JSON; what comes back is the same either way.
    std::vector<Message> sent;
    manager.subscribe<MessageCreateEvent>(
        [&](const MessageCreateEvent& e) { sent.push_back(e.message); });
    feed_unpadded("MESSAGE_CREATE", message_json(501, 21, 31, "one", "1001"));
    feed("MESSAGE_CREATE", message_json(502, 21, 31, "two", "1001"));
    ASSERT_EQ(sent.size(), 2U);
    EXPECT_EQ(*cache->get_message(Snowflake{501}), sent[0]);
    EXPECT_EQ(*cache->get_message(Snowflake{502}), sent[1]);
}

TEST_F(CacheTest, MessagesNobodyListensForAreCachedFromTheirTextAlone) {
    // With no MESSAGE_CREATE listener the cache reads only the message's head (id, channel,
    // guild, author) and keeps the text: what comes back equals the message read in full.
    const std::string in_guild = message_json(501, 21, 31, "one", "1001");
    const std::string direct = message_json(502, 71, 32, "two");
    feed("MESSAGE_CREATE", in_guild);
    feed("MESSAGE_CREATE", direct);
    ASSERT_EQ(cache->message_count(), 2U);
    EXPECT_EQ(*cache->get_message(Snowflake{501}), from_json<Message>(in_guild));
    EXPECT_EQ(*cache->get_message(Snowflake{502}), from_json<Message>(direct));
    EXPECT_EQ(cache->get_user(Snowflake{31})->username, "author");
    EXPECT_EQ(cache->get_dm_channel_id(Snowflake{32}), Snowflake{71}) << "a DM names its channel";
    EXPECT_FALSE(cache->get_dm_channel_id(Snowflake{31}));
    // A null guild is a DM too; a repeated id replaces the text and moves the author.
    std::string repeated = message_json(501, 21, 33, "one again");
    repeated.insert(repeated.size() - 1, R"(,"guild_id":null)");
    feed("MESSAGE_CREATE", repeated);
    EXPECT_EQ(cache->message_count(), 2U);
    EXPECT_EQ(cache->get_message(Snowflake{501})->content, "one again");
    EXPECT_EQ(cache->get_message(Snowflake{501})->author.id, Snowflake{33});
    EXPECT_FALSE(cache->get_user(Snowflake{31})) << "the old author was released";
    EXPECT_EQ(cache->get_dm_channel_id(Snowflake{33}), Snowflake{21});
}

TEST_F(CacheTest, AMessageWhoseHeadDoesNotReadIsLoggedAndNotCached) {
    test::LogCapture logs;
    feed("MESSAGE_CREATE", R"({"id":"501","channel_id":"21","author":5})");
    feed("MESSAGE_CREATE", R"({"channel_id":"21","author":)" + user_json(31, "a") + "}");
    feed("MESSAGE_CREATE", R"({"id":"503","channel_id":"21","author":)" + user_json(31, "a") +
                               R"(,"content":"x" "y"})");
    feed("MESSAGE_CREATE", R"({"id":"504","channel_id":"21","author":)" + user_json(31, "a") +
                               R"(,"guild_id":"1001"} trailing)");
    EXPECT_EQ(cache->message_count(), 0U);
    EXPECT_EQ(cache->user_count(), 0U);
    EXPECT_TRUE(logs.contains("could not apply MESSAGE_CREATE (shard 0): d.author"));
    EXPECT_TRUE(logs.contains("d.id"));
    EXPECT_TRUE(logs.contains("expected ',' or '}'"));
    EXPECT_TRUE(logs.contains("unexpected content after the JSON value"));
    feed("MESSAGE_CREATE", message_json(505, 21, 31, "fine", "1001"));
    EXPECT_EQ(cache->get_message(Snowflake{505})->content, "fine");
}

TEST_F(CacheTest, AKeptMessageThatDoesNotReadAsAMessageIsLeftOutOfLookups) {
    // The head read passes the other fields over; a wrong type among them shows when the
    // message is read back: logged, and the lookup finds nothing rather than throwing.
    test::LogCapture logs;
    std::string odd = message_json(501, 21, 31, "odd", "1001");
    odd.replace(odd.find(R"("tts":false)"), 11, R"("tts":"yes")");
    feed("MESSAGE_CREATE", odd);
    feed("MESSAGE_CREATE", message_json(502, 21, 31, "fine", "1001"));
    EXPECT_EQ(cache->message_count(), 2U);
    EXPECT_FALSE(cache->get_message(Snowflake{501}));
    EXPECT_TRUE(logs.contains("cached message 501 does not read: tts"));
    const auto kept = cache->get_messages();
    ASSERT_EQ(kept.size(), 1U);
    EXPECT_EQ(kept.front().content, "fine");
    std::optional<Message> deleted_old = Message{};
    manager.subscribe<MessageDeleteEvent>(
        [&](const MessageDeleteEvent& e) { deleted_old = e.old; });
    feed("MESSAGE_DELETE", R"({"id":"501","channel_id":"21","guild_id":"1001"})");
    EXPECT_FALSE(deleted_old);
    EXPECT_EQ(cache->message_count(), 1U);
}

TEST_F(CacheTest, MaxMessagesEvictsTheOldestFirst) {
    CacheSettings settings;
    settings.max_messages = 3;
    reset(settings);
    for (std::uint64_t id = 1; id <= 5; ++id) {
        feed("MESSAGE_CREATE", message_json(id, 21, 30 + id, "m" + std::to_string(id), "1001"));
    }
    EXPECT_EQ(cache->message_count(), 3U);
    EXPECT_FALSE(cache->get_message(Snowflake{1}));
    EXPECT_FALSE(cache->get_message(Snowflake{2}));
    auto kept = cache->get_messages();
    ASSERT_EQ(kept.size(), 3U);
    EXPECT_EQ(kept.front().content, "m3");
    EXPECT_EQ(kept.back().content, "m5");
    EXPECT_EQ(cache->user_count(), 3U) << "evicted messages release their authors";
    // Each create past the bound evicts one; deleting the new one leaves one fewer.
    for (std::uint64_t id = 10; id < 200; ++id) {
        feed("MESSAGE_CREATE", message_json(id, 21, 31, "x", "1001"));
        feed("MESSAGE_DELETE", R"({"id":")" + std::to_string(id) + R"(","channel_id":"21"})");
    }
    EXPECT_EQ(cache->message_count(), 2U);
    EXPECT_EQ(cache->user_count(), 2U);
    for (std::uint64_t id = 300; id < 310; ++id) {
        feed("MESSAGE_CREATE", message_json(id, 21, 31, "y" + std::to_string(id), "1001"));
    }
    kept = cache->get_messages();
    ASSERT_EQ(kept.size(), 3U);
    EXPECT_EQ(kept.front().content, "y307");
}

TEST_F(CacheTest, DmChannelIdsAreLearntFromDmsAndBounded) {
    CacheSettings settings;
    settings.max_dm_channel_ids = 2;
    reset(settings);
    feed("READY", ready_json(me, "[]"));
    feed("MESSAGE_CREATE", message_json(501, 71, 31, "hi"));
    feed("MESSAGE_CREATE", message_json(502, 72, me, "mine"));  // the bot's own DM: no peer
    EXPECT_EQ(cache->get_dm_channel_id(Snowflake{31}), Snowflake{71});
    EXPECT_FALSE(cache->get_dm_channel_id(Snowflake{me}));
    feed("MESSAGE_CREATE", message_json(503, 73, 32, "hi"));
    feed("MESSAGE_CREATE", message_json(504, 74, 33, "hi"));
    EXPECT_FALSE(cache->get_dm_channel_id(Snowflake{31})) << "oldest dropped";
    EXPECT_EQ(cache->get_dm_channel_id(Snowflake{33}), Snowflake{74});
}

TEST_F(CacheTest, InvitesCreatedAndDeleted) {
    feed("GUILD_CREATE", guild_json(g1, "one"));
    feed("INVITE_CREATE",
         R"({"channel_id":"21","code":"abc","created_at":"2024-01-01T00:00:00+00:00",)"
         R"("guild_id":"1001","inviter":)" +
             user_json(31, "a") +
             R"(,"max_age":3600,"max_uses":5,"temporary":false,"uses":0,"expires_at":null})");
    auto invite = cache->get_invite("abc");
    ASSERT_TRUE(invite);
    EXPECT_EQ(invite->max_uses, 5);
    EXPECT_EQ(invite->inviter->username, "a");
    EXPECT_TRUE(invite->expires_at.is_none());
    EXPECT_NE(invite->channel->find("21"), std::string::npos);
    EXPECT_EQ(cache->get_invites(Snowflake{g1}).size(), 1U);
    std::optional<Invite> deleted_old;
    manager.subscribe<InviteDeleteEvent>([&](const InviteDeleteEvent& e) { deleted_old = e.old; });
    feed("INVITE_DELETE", R"({"channel_id":"21","guild_id":"1001","code":"abc"})");
    ASSERT_TRUE(deleted_old);
    EXPECT_EQ(deleted_old->code, "abc");
    EXPECT_EQ(deleted_old->max_uses, 5);
    EXPECT_FALSE(cache->get_invite("abc"));
    EXPECT_TRUE(cache->get_invites(Snowflake{g1}).empty());
}

TEST_F(CacheTest, ComponentsSwitchedOffStoreNothing) {
    CacheSettings settings;
    settings.components = CacheComponents::none;
    reset(settings);
    EXPECT_FALSE(cache->wants("GUILD_CREATE"));
    EXPECT_FALSE(cache->wants("MESSAGE_CREATE"));
    feed("READY", ready_json(me, R"([{"id":"1001"}])"));
    feed("GUILD_CREATE", guild_one());
    feed("MESSAGE_CREATE", message_json(501, 21, 31, "hi"));
    EXPECT_FALSE(cache->get_me());
    EXPECT_EQ(cache->guild_count(), 0U);
    EXPECT_EQ(cache->member_count(), 0U);
    EXPECT_EQ(cache->user_count(), 0U);
    EXPECT_EQ(cache->message_count(), 0U);
    EXPECT_TRUE(cache->get_guild_channels(Snowflake{g1}).empty());

    settings.components = CacheComponents::guilds | CacheComponents::roles;
    reset(settings);
    EXPECT_TRUE(cache->wants("GUILD_CREATE"));
    EXPECT_FALSE(cache->wants("GUILD_MEMBER_ADD"));
    EXPECT_FALSE(cache->wants("TYPING_START"));
    feed("GUILD_CREATE", guild_one());
    EXPECT_TRUE(cache->get_guild(Snowflake{g1}));
    EXPECT_EQ(cache->get_roles(Snowflake{g1}).size(), 3U);
    EXPECT_TRUE(cache->get_guild(Snowflake{g1})->emojis.empty());
    EXPECT_EQ(cache->member_count(), 0U);
    EXPECT_EQ(cache->user_count(), 0U);
    EXPECT_TRUE(cache->get_guild_channels(Snowflake{g1}).empty());
    EXPECT_TRUE(cache->get_presences(Snowflake{g1}).empty());
    EXPECT_TRUE(cache->get_voice_states(Snowflake{g1}).empty());
    EXPECT_FALSE(cache->get_thread(Snowflake{41}));
    EXPECT_FALSE(cache->get_emoji(Snowflake{51}));
}

TEST_F(CacheTest, OnlyMyMemberKeepsTheBotsOwnMember) {
    CacheSettings settings;
    settings.only_my_member = true;
    reset(settings);
    feed("READY", ready_json(me, R"([{"id":"1001"}])"));
    feed("GUILD_CREATE", guild_one());
    EXPECT_EQ(cache->member_count(), 1U);
    EXPECT_TRUE(cache->get_member(Snowflake{g1}, Snowflake{me}));
    EXPECT_FALSE(cache->get_member(Snowflake{g1}, Snowflake{31}));
    std::string add = member_json(35, "new");
    add.insert(1, R"("guild_id":"1001",)");
    feed("GUILD_MEMBER_ADD", add);
    EXPECT_EQ(cache->member_count(), 1U);
}

TEST_F(CacheTest, LeavingDropsTheGuildAnOutageKeepsIt) {
    feed("READY", ready_json(me, R"([{"id":"1001"},{"id":"1002"}])"));
    feed("GUILD_CREATE", guild_one());
    feed("GUILD_CREATE", guild_json(g2, "two", "[]", "[]", "[" + member_json(31, "a") + "]"));
    feed("MESSAGE_CREATE", message_json(501, 21, 33, "in one", "1001"));

    feed("GUILD_DELETE", R"({"id":"1001","unavailable":true})");
    auto kept = cache->get_guild(Snowflake{g1});
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->unavailable, true);
    EXPECT_EQ(cache->get_unavailable_guild_ids(), std::vector<Snowflake>{Snowflake{g1}});
    EXPECT_EQ(cache->member_count(Snowflake{g1}), 3U);

    std::optional<Guild> old;
    manager.subscribe<GuildLeaveEvent>([&](const GuildLeaveEvent& e) { old = e.old; });
    feed("GUILD_DELETE", R"({"id":"1001"})");
    ASSERT_TRUE(old);
    EXPECT_EQ(old->name, "one");
    EXPECT_FALSE(cache->get_guild(Snowflake{g1}));
    EXPECT_TRUE(cache->get_unavailable_guild_ids().empty());
    EXPECT_EQ(cache->member_count(Snowflake{g1}), 0U);
    EXPECT_TRUE(cache->get_guild_channels(Snowflake{g1}).empty());
    EXPECT_FALSE(cache->get_role(Snowflake{11}));
    EXPECT_FALSE(cache->get_thread(Snowflake{41}));
    EXPECT_FALSE(cache->get_emoji(Snowflake{51}));
    EXPECT_FALSE(cache->get_message(Snowflake{501}));
    EXPECT_FALSE(cache->get_presence(Snowflake{g1}, Snowflake{31}));
    EXPECT_EQ(cache->user_count(), 1U) << "only the member of the other guild is left";
    EXPECT_TRUE(cache->get_member(Snowflake{g2}, Snowflake{31}));
}

TEST_F(CacheTest, OwnUserUpdateFillsOld) {
    feed("READY", ready_json(me, "[]"));
    std::optional<User> old;
    manager.subscribe<OwnUserUpdateEvent>([&](const OwnUserUpdateEvent& e) { old = e.old; });
    feed("USER_UPDATE", user_json(me, "renamed_bot", R"(,"bot":true)"));
    ASSERT_TRUE(old);
    EXPECT_EQ(old->username, "bot");
    EXPECT_EQ(cache->get_me()->username, "renamed_bot");
}

TEST_F(CacheTest, MissingOptionalsAndUnknownFieldsAreFine) {
    // A minimal member (no nick, no joined_at, no flags) and a user with only what is required.
    const std::string members =
        R"([{"user":{"id":"31","username":"m","discriminator":"0","avatar":null},"roles":[],)"
        R"("joined_at":null,"flags":0,"deaf":false,"mute":false,"something_new":{"a":[1]}}])";
    test::LogCapture logs;
    feed("GUILD_CREATE", guild_json(g1, "one", "[]", "[]", members, R"(,"brand_new_field":7)"));
    auto member = cache->get_member(Snowflake{g1}, Snowflake{31});
    ASSERT_TRUE(member) << (logs.lines().empty() ? "" : logs.lines().front());
    EXPECT_TRUE(member->nick.is_undefined());
    EXPECT_FALSE(member->joined_at);
    EXPECT_FALSE(member->pending);
    EXPECT_FALSE(member->user->avatar);
    EXPECT_TRUE(member->user->global_name.is_undefined());
    EXPECT_EQ(member->user->discriminator, "0");
    EXPECT_TRUE(cache->get_guild(Snowflake{g1}));
    // A dispatch that cannot be read is logged, and the cache stays usable.
    feed("INVITE_CREATE", R"({"code":"x"})");
    EXPECT_TRUE(logs.contains("could not build an event from INVITE_CREATE"));
    EXPECT_FALSE(cache->get_invite("x"));
}

TEST_F(CacheTest, ClearAndClearGuild) {
    feed("READY", ready_json(me, "[]"));
    feed("GUILD_CREATE", guild_one());
    feed("GUILD_CREATE", guild_json(g2, "two", "[]", "[]", "[" + member_json(31, "a") + "]"));
    cache->clear_guild(Snowflake{g1});
    EXPECT_FALSE(cache->get_guild(Snowflake{g1}));
    EXPECT_TRUE(cache->get_guild(Snowflake{g2}));
    EXPECT_EQ(cache->user_count(), 1U);
    cache->clear();
    EXPECT_EQ(cache->guild_count(), 0U);
    EXPECT_EQ(cache->user_count(), 0U);
    EXPECT_FALSE(cache->get_me());
}

TEST(MemoryCacheSettings, InvalidSettingsAreRejected) {
    CacheSettings settings;
    settings.max_messages = -1;
    EXPECT_THROW(MemoryCache{settings}, ValueError);
}

}  // namespace
