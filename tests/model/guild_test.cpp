#include <hikari/model/entity_factory.hpp>
#include <hikari/model/guild.hpp>

#include "model_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hikari;
using namespace hikari::model_testing;

const std::string role_json =
    R"({"id":"41771983423143936","name":"WE DEM BOYZZ!!!!!!","color":3447003,
  "colors":{"primary_color":3447003,"secondary_color":null,"tertiary_color":null},"hoist":true,
  "icon":"cf3ced8600b777c9486c6d8d84fb4327","unicode_emoji":null,"position":1,
  "permissions":"18446744073709551615","managed":false,"mentionable":false,
  "tags":{"bot_id":"1","premium_subscriber":null,"guild_connections":null},"flags":0})";

TEST(Role, ReadsPermissionsColorsAndNullTags) {
    const Role role = from_json<Role>(role_json);
    EXPECT_EQ(role.permissions.value(), 18446744073709551615ULL);
    ASSERT_TRUE(role.colors.has_value());
    EXPECT_EQ(role.colors->primary_color, 3447003U);
    EXPECT_FALSE(role.colors->secondary_color.has_value());
    EXPECT_TRUE(role.unicode_emoji.is_none());
    ASSERT_TRUE(role.tags.has_value());
    EXPECT_TRUE(role.tags->premium_subscriber);
    EXPECT_TRUE(role.tags->guild_connections);
    EXPECT_FALSE(role.tags->available_for_purchase);
    expect_round_trip(role);
    EXPECT_THAT(to_json(role),
                testing::HasSubstr(
                    R"("tags":{"bot_id":"1","premium_subscriber":null,"guild_connections":null})"));
}

TEST(Role, RejectsBadPermissionStrings) {
    std::string bad = role_json;
    bad.replace(bad.find("\"18446744073709551615\""), 22, "\"18446744073709551616\"");
    EXPECT_EQ(error_of<Role>(bad), "permissions: expected a permission integer string");
    bad = role_json;
    bad.replace(bad.find("\"18446744073709551615\""), 22, "8");
    EXPECT_EQ(error_of<Role>(bad), "permissions: expected a permission integer string");
}

TEST(Role, TagMarkersMustBeNull) {
    std::string bad = role_json;
    bad.replace(bad.find("\"premium_subscriber\":null"), 25, "\"premium_subscriber\":true");
    EXPECT_EQ(error_of<Role>(bad), "tags.premium_subscriber: expected null");
}

TEST(Member, NullAndAbsentAreDistinguished) {
    const Member m = from_json<Member>(
        R"({"nick":null,"roles":["1","2"],"joined_at":"2015-04-26T06:26:56.936000+00:00","deaf":false,"mute":true,"flags":0,"communication_disabled_until":null})");
    EXPECT_FALSE(m.user.has_value());
    EXPECT_TRUE(m.nick.is_none());
    EXPECT_TRUE(m.avatar.is_undefined());
    EXPECT_TRUE(m.communication_disabled_until.is_none());
    EXPECT_TRUE(m.premium_since.is_undefined());
    ASSERT_EQ(m.roles.size(), 2U);
    EXPECT_EQ(m.roles[1].value(), 2U);
    ASSERT_TRUE(m.joined_at.has_value());
    EXPECT_EQ(format_iso8601(*m.joined_at), "2015-04-26T06:26:56.936000+00:00");
    expect_round_trip(m);
    EXPECT_THAT(to_json(m), testing::HasSubstr(R"("nick":null)"));
    EXPECT_THAT(to_json(m), testing::Not(testing::HasSubstr("avatar")));
}

TEST(Member, RoleListsOfAnyLengthAndShape) {
    // Id lists are counted ahead in the structural index to size the vector once; the count
    // must not change what is read, whatever the list holds.
    const auto member_with_roles = [](const std::string& roles) {
        return R"({"roles":)" + roles + R"(,"joined_at":null,"deaf":false,"mute":false})";
    };
    std::string roles = "[";
    std::vector<Snowflake> expected;
    for (std::uint64_t n = 1; n <= 40; ++n) {
        EXPECT_EQ(from_json<Member>(member_with_roles(roles + "]")).roles, expected) << roles;
        if (n > 1) roles += " , ";
        roles += '"' + std::to_string(n * 1000003) + '"';
        expected.push_back(Snowflake{n * 1000003});
    }
    const Member spaced = from_json<Member>(member_with_roles("[ \"7\" ,\n\"8\" ]"));
    EXPECT_EQ(spaced.roles, (std::vector<Snowflake>{Snowflake{7}, Snowflake{8}}));
    EXPECT_THAT(error_of<Member>(member_with_roles(R"(["1",{"id":"2"}])")),
                testing::HasSubstr("roles[1]"));
    EXPECT_THAT(error_of<Member>(member_with_roles(R"(["1" "2"])")),
                testing::HasSubstr("expected ',' or ']'"));
    EXPECT_THAT(error_of<Member>(member_with_roles(R"(["1",])")), testing::HasSubstr("roles"));
}

TEST(Member, BadTimestampAndRoleIdArePathed) {
    EXPECT_EQ(
        error_of<Member>(
            R"({"roles":[],"joined_at":"2015-02-30T00:00:00+00:00","deaf":false,"mute":false,"flags":0})"),
        "joined_at: expected an ISO 8601 timestamp string");
    EXPECT_EQ(error_of<Member>(
                  R"({"roles":["1","x"],"joined_at":null,"deaf":false,"mute":false,"flags":0})"),
              "roles[1]: expected a snowflake string");
}

TEST(Channel, ThreadWithMetadataMemberAndTags) {
    const Channel c = from_json<Channel>(R"({
      "id":"41771983423143937","guild_id":"41771983423143936","parent_id":"41771983423143937",
      "owner_id":"41771983423143937","name":"don't buy dota-2","type":11,"last_message_id":null,
      "message_count":1,"member_count":5,"rate_limit_per_user":2,
      "thread_metadata":{"archived":false,"auto_archive_duration":1440,
        "archive_timestamp":"2021-04-12T23:40:39.855793+00:00","locked":false,"create_timestamp":null},
      "member":{"id":"1","user_id":"2","join_timestamp":"2021-04-12T23:40:39.855793+00:00","flags":0},
      "total_message_sent":1,"applied_tags":["3"],"flags":2,
      "permission_overwrites":[{"id":"4","type":1,"allow":"1024","deny":"0"}]})");
    EXPECT_TRUE(c.is_thread());
    EXPECT_TRUE(c.last_message_id.is_none());
    ASSERT_TRUE(c.thread_metadata.has_value());
    EXPECT_EQ(c.thread_metadata->auto_archive_duration, 1440);
    EXPECT_TRUE(c.thread_metadata->create_timestamp.is_none());
    ASSERT_TRUE(c.member.has_value());
    EXPECT_EQ(c.member->user_id, Snowflake{2});
    EXPECT_EQ(c.flags, ChannelFlags::pinned);
    ASSERT_TRUE(c.permission_overwrites.has_value());
    ASSERT_EQ(c.permission_overwrites->size(), 1U);
    EXPECT_EQ((*c.permission_overwrites)[0].type, OverwriteType::member);
    EXPECT_EQ((*c.permission_overwrites)[0].allow, Permissions{1024});
    expect_round_trip(c);
}

TEST(Channel, ForumWithTagsAndUnknownType) {
    const Channel c = from_json<Channel>(R"({"id":"1","type":99,"available_tags":[
      {"id":"2","name":"t","moderated":true,"emoji_id":null,"emoji_name":"\ud83d\udc4d"}],
      "default_reaction_emoji":{"emoji_id":"3","emoji_name":null},"default_sort_order":null,
      "default_forum_layout":2,"new_field":{"x":[1]}})");
    EXPECT_EQ(static_cast<int>(c.type), 99);
    ASSERT_EQ(c.available_tags.size(), 1U);
    EXPECT_EQ(c.available_tags[0].emoji_name, "\xF0\x9F\x91\x8D");
    EXPECT_TRUE(c.default_sort_order.is_none());
    EXPECT_EQ(c.default_forum_layout, ForumLayout::gallery_view);
    expect_round_trip(c);
}

TEST(Channel, ErrorPathsIncludeArrayIndices) {
    EXPECT_EQ(
        error_of<Channel>(
            R"({"id":"1","type":0,"permission_overwrites":[{"id":"1","type":0,"allow":"0","deny":"0"},{"id":"1","type":0,"allow":"0","deny":7}]})"),
        "permission_overwrites[1].deny: expected a permission integer string");
    EXPECT_EQ(error_of<Channel>(R"({"id":"1","type":0,"recipients":[{"id":"1"}]})"),
              "recipients[0].username: missing required field");
}

const std::string guild_create = R"({
  "id":"197038439483310086","name":"Discord Testers","icon":"f64c482b807da4f539cff778d174971c",
  "splash":null,"discovery_splash":null,"owner_id":"73193882359173120","afk_channel_id":null,
  "afk_timeout":300,"verification_level":3,"default_message_notifications":1,
  "explicit_content_filter":2,"roles":[],"emojis":[{"id":null,"name":"\ud83d\udd25"},
  {"id":"41771983429993937","name":"LUL","roles":["41771983429993000"],"require_colons":true,
   "managed":false,"animated":false,"available":true}],
  "features":["ANIMATED_ICON","SOME_FUTURE_FEATURE"],"mfa_level":1,"application_id":null,
  "system_channel_id":null,"system_channel_flags":5,"rules_channel_id":"441688182833020939",
  "max_presences":null,"max_members":500000,"vanity_url_code":"discord-testers",
  "description":"The official place","banner":null,"premium_tier":3,
  "premium_subscription_count":33,"preferred_locale":"en-US","public_updates_channel_id":null,
  "nsfw_level":0,"premium_progress_bar_enabled":false,
  "incidents_data":{"invites_disabled_until":null,"dms_disabled_until":"2024-01-01T00:00:00Z"},
  "joined_at":"2020-01-01T10:00:00.5+02:00","large":true,"member_count":2,
  "members":[{"user":{"id":"1","username":"a","discriminator":"0","global_name":null,"avatar":null},
              "roles":[],"joined_at":"2020-01-01T10:00:00+00:00","deaf":false,"mute":false,"flags":2}],
  "channels":[{"id":"5","type":2,"name":"General","bitrate":64000,"user_limit":0,"rtc_region":null,
               "video_quality_mode":1,"position":0,"parent_id":null,"nsfw":false,"permission_overwrites":[]}],
  "threads":[],
  "voice_states":[{"channel_id":"5","user_id":"1","session_id":"abc","deaf":false,"mute":false,
                   "self_deaf":false,"self_mute":true,"self_video":false,"suppress":false,
                   "request_to_speak_timestamp":null}],
  "presences":[{"user":{"id":"1"},"status":"online","client_status":{"desktop":"online"},
                "activities":[{"name":"Rocket League","type":0,"created_at":1507665886091,
                  "timestamps":{"start":1507665886},"party":{"id":"p","size":[1,4]},
                  "emoji":null,"buttons":["Watch"],"assets":{"large_image":"x"}}]}],
  "stage_instances":[{"id":"840647391636226060","guild_id":"197038439483310086","channel_id":"733488538393510049",
    "topic":"Testing Testing, 123","privacy_level":1,"discoverable_disabled":false,"guild_scheduled_event_id":"947656305244532806"}],
  "guild_scheduled_events":[{"id":"9","guild_id":"197038439483310086","channel_id":null,"creator_id":null,
    "name":"Weekly","description":null,"scheduled_start_time":"2025-01-06T18:00:00+00:00",
    "scheduled_end_time":"2025-01-06T19:00:00+00:00","privacy_level":2,"status":1,"entity_type":3,
    "entity_id":null,"entity_metadata":{"location":"Online"},"user_count":4,"image":null,
    "recurrence_rule":{"start":"2025-01-06T18:00:00+00:00","end":null,"frequency":2,"interval":1,
      "by_weekday":[0],"by_n_weekday":null,"by_month":null,"by_month_day":null,"by_year_day":null,"count":null},
    "future":{"a":[1, 2]}}],
  "soundboard_sounds":[{"name":"quack","sound_id":"3","volume":0.75,"emoji_id":null,
    "emoji_name":"\ud83e\udd86","guild_id":"197038439483310086","available":true}]
})";

TEST(Guild, ReadsTheGuildCreateForm) {
    const Guild g = from_json<Guild>(guild_create);
    EXPECT_EQ(g.verification_level, VerificationLevel::high);
    EXPECT_EQ(g.features.size(), 2U);
    EXPECT_EQ(g.features[1], "SOME_FUTURE_FEATURE");
    ASSERT_EQ(g.emojis.size(), 2U);
    EXPECT_FALSE(g.emojis[0].id.has_value());
    EXPECT_EQ(g.emojis[1].roles.size(), 1U);
    EXPECT_TRUE(g.max_presences.is_none());
    EXPECT_TRUE(has_all(g.system_channel_flags,
                        SystemChannelFlags::suppress_join_notifications |
                            SystemChannelFlags::suppress_guild_reminder_notifications));
    ASSERT_TRUE(g.joined_at.has_value());
    EXPECT_EQ(format_iso8601(*g.joined_at), "2020-01-01T08:00:00.500000+00:00");
    ASSERT_EQ(g.members.size(), 1U);
    EXPECT_EQ(g.members[0].flags, MemberFlags::completed_onboarding);
    ASSERT_EQ(g.channels.size(), 1U);
    EXPECT_EQ(g.channels[0].type, ChannelType::guild_voice);
    EXPECT_TRUE(g.channels[0].rtc_region.is_none());
    ASSERT_EQ(g.voice_states.size(), 1U);
    EXPECT_TRUE(g.voice_states[0].self_mute);
    ASSERT_EQ(g.presences.size(), 1U);
    EXPECT_FALSE(g.presences[0].user.username.has_value());
    ASSERT_EQ(g.presences[0].activities.size(), 1U);
    const Activity& a = g.presences[0].activities[0];
    EXPECT_EQ(a.party->size, (std::vector<std::int64_t>{1, 4}));
    EXPECT_TRUE(a.emoji.is_none());
    EXPECT_EQ(a.buttons, std::vector<std::string>{"\"Watch\""});
    ASSERT_EQ(g.guild_scheduled_events.size(), 1U);
    const GuildScheduledEvent& event = g.guild_scheduled_events[0];
    EXPECT_EQ(event.entity_type, ScheduledEventEntityType::external);
    EXPECT_TRUE(event.creator_id.is_none());
    EXPECT_EQ(event.entity_metadata->location, "Online");
    ASSERT_TRUE(event.recurrence_rule.has_value());
    EXPECT_EQ(event.recurrence_rule->frequency, RecurrenceFrequency::weekly);
    EXPECT_EQ(event.recurrence_rule->by_weekday, (std::vector<std::uint8_t>{0}));
    EXPECT_FALSE(event.recurrence_rule->by_month.has_value());
    ASSERT_EQ(g.stage_instances.size(), 1U);
    EXPECT_EQ(g.stage_instances[0].privacy_level, StagePrivacyLevel::public_);
    ASSERT_EQ(g.soundboard_sounds.size(), 1U);
    EXPECT_EQ(g.soundboard_sounds[0].volume, 0.75);
    EXPECT_EQ(g.soundboard_sounds[0].emoji_name, "\xF0\x9F\xA6\x86");
    ASSERT_TRUE(g.incidents_data.has_value());
    EXPECT_FALSE(g.incidents_data->invites_disabled_until.has_value());
    expect_round_trip(g);
}

TEST(Guild, DeepErrorsNameTheWholePath) {
    std::string bad = guild_create;
    bad.replace(bad.find("\"size\":[1,4]"), 12, "\"size\":[1,\"4\"]");
    EXPECT_EQ(error_of<Guild>(bad),
              "presences[0].activities[0].party.size[1]: expected an integer");
}

TEST(Guild, EveryTruncationIsATypedError) {
    for (std::size_t n = 0; n < guild_create.size(); n += 7) {
        EXPECT_THROW((void)from_json<Guild>(guild_create.substr(0, n)), JsonError) << n;
    }
}

TEST(UnavailableGuild, ReadsReadyStub) {
    const auto g = from_json<UnavailableGuild>(R"({"id":"1","unavailable":true})");
    EXPECT_EQ(g.unavailable, true);
    expect_round_trip(g);
}

}  // namespace
