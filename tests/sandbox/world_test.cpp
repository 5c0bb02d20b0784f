// The sandbox world: deterministic generation, complete objects, fixtures and fresh ids.

#include "sandbox/state/world.hpp"

#include <boost/json/serialize.hpp>

#include <hikari/core/errors_base.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>

namespace json = boost::json;
using hikari::Snowflake;
using hikari::sandbox::World;
using hikari::sandbox::WorldOptions;

namespace {

std::vector<std::string> all_ids(const World& world) {
    std::vector<std::string> out{world.bot_id().to_string()};
    for (Snowflake g : world.guild_ids()) {
        out.push_back(g.to_string());
        for (const auto* ch : world.channels(g)) out.emplace_back(ch->at("id").as_string());
        for (const auto* m : world.members(g)) out.emplace_back(m->at("user").at("id").as_string());
        for (const auto* r : world.roles(g)) out.emplace_back(r->at("id").as_string());
    }
    return out;
}

std::string write_temp(const std::string& name, const std::string& text) {
    const std::string path = ::testing::TempDir() + name;
    std::ofstream(path) << text;
    return path;
}

}  // namespace

TEST(World, SameSeedGivesSameWorld) {
    WorldOptions options;
    options.seed = 42;
    const World a(options);
    const World b(options);
    EXPECT_EQ(all_ids(a), all_ids(b));
    EXPECT_EQ(json::serialize(a.guild_create(a.guild_ids()[0])),
              json::serialize(b.guild_create(b.guild_ids()[0])));
}

TEST(World, DifferentSeedGivesDifferentIds) {
    WorldOptions options;
    options.seed = 1;
    const World a(options);
    options.seed = 2;
    const World b(options);
    EXPECT_NE(all_ids(a), all_ids(b));
}

TEST(World, GeneratesRequestedShape) {
    WorldOptions options;
    options.guilds = 3;
    options.channels_per_guild = 4;
    options.members_per_guild = 6;
    const World world(options);
    const auto guilds = world.guild_ids();
    ASSERT_EQ(guilds.size(), 3u);
    EXPECT_TRUE(std::is_sorted(guilds.begin(), guilds.end()));
    for (Snowflake g : guilds) {
        EXPECT_EQ(world.channels(g).size(), 4u);
        EXPECT_EQ(world.members(g).size(), 6u);  // the bot and five people
        EXPECT_NE(world.member(g, world.bot_id()), nullptr);
    }
}

TEST(World, MembersAreOrderedByUserId) {
    const World world(WorldOptions{});
    const auto members = world.members(world.guild_ids()[0]);
    ASSERT_GT(members.size(), 2u);
    for (std::size_t i = 1; i < members.size(); ++i) {
        EXPECT_LT(Snowflake::parse(members[i - 1]->at("user").at("id").as_string()),
                  Snowflake::parse(members[i]->at("user").at("id").as_string()));
    }
}

TEST(World, GuildCreateHasEveryDocumentedField) {
    const World world(WorldOptions{});
    const auto g = world.guild_create(world.guild_ids()[0]);
    for (const char* key : {"id",
                            "name",
                            "icon",
                            "splash",
                            "discovery_splash",
                            "owner_id",
                            "afk_channel_id",
                            "afk_timeout",
                            "verification_level",
                            "default_message_notifications",
                            "explicit_content_filter",
                            "roles",
                            "emojis",
                            "features",
                            "mfa_level",
                            "application_id",
                            "system_channel_id",
                            "system_channel_flags",
                            "rules_channel_id",
                            "vanity_url_code",
                            "description",
                            "banner",
                            "premium_tier",
                            "preferred_locale",
                            "public_updates_channel_id",
                            "nsfw_level",
                            "premium_progress_bar_enabled",
                            "safety_alerts_channel_id",
                            "incidents_data",
                            "joined_at",
                            "large",
                            "member_count",
                            "channels",
                            "threads",
                            "members",
                            "voice_states",
                            "presences",
                            "stage_instances",
                            "guild_scheduled_events",
                            "soundboard_sounds"}) {
        EXPECT_TRUE(g.contains(key)) << key;
    }
    const auto& member = g.at("members").as_array().at(0).as_object();
    for (const char* key : {"user", "nick", "roles", "joined_at", "deaf", "mute", "flags"}) {
        EXPECT_TRUE(member.contains(key)) << key;
    }
    // @everyone shares the guild's id.
    bool everyone = false;
    for (const auto& r : g.at("roles").as_array()) everyone |= r.at("id") == g.at("id");
    EXPECT_TRUE(everyone);
}

TEST(World, GeneratedIdsAreRecentButOlderThanNow) {
    const World world(WorldOptions{});
    const auto created = world.guild_ids()[0].created_at();
    const auto now = std::chrono::system_clock::now();
    EXPECT_LT(created, now);
    EXPECT_GT(created, now - std::chrono::days(3 * 365));
}

TEST(World, NextIdIsFreshIncreasingAndCurrent) {
    World world(WorldOptions{});
    const Snowflake a = world.next_id();
    const Snowflake b = world.next_id();
    EXPECT_LT(a, b);
    EXPECT_GT(a, world.guild_ids().back());
    const auto age = std::chrono::system_clock::now() - a.created_at();
    EXPECT_LT(age, std::chrono::seconds(5));
}

TEST(World, GeneratesHistoricalMessages) {
    WorldOptions options;
    options.messages_per_channel = 4;
    const World world(options);
    const auto channels = world.channels(world.guild_ids()[0]);
    EXPECT_EQ(world.messages(Snowflake::parse(channels[0]->at("id").as_string())).size(), 4u);
}

TEST(World, RemovingARoleTakesItFromMembers) {
    World world(WorldOptions{});
    const Snowflake guild = world.guild_ids()[0];
    Snowflake role_with_member;
    for (const auto* m : world.members(guild)) {
        if (!m->at("roles").as_array().empty()) {
            role_with_member = Snowflake::parse(m->at("roles").as_array()[0].as_string());
        }
    }
    ASSERT_TRUE(role_with_member);
    ASSERT_TRUE(world.remove_role(guild, role_with_member));
    for (const auto* m : world.members(guild)) {
        for (const auto& r : m->at("roles").as_array())
            EXPECT_NE(r.as_string(), role_with_member.to_string());
    }
}

TEST(World, LoadsAFixtureAndFillsDefaults) {
    const std::string path = write_temp("fixture_ok.json", R"({
        "bot": {"id": "1000", "username": "Fixture Bot"},
        "users": [{"id": "2000", "username": "alice"}],
        "guilds": [{"id": "3000", "name": "Fixture Guild", "owner_id": "2000",
                    "channels": [{"id": "4000", "name": "lobby"}],
                    "roles": [{"id": "5000", "name": "Mods"}],
                    "members": [{"user": {"id": "2000", "username": "alice"}, "nick": "Al"}],
                    "messages": [{"id": "6000", "channel_id": "4000", "author_id": "2000",
                                  "content": "hi"}]}]
    })");
    WorldOptions options;
    options.fixture_path = path;
    const World world(options);
    EXPECT_EQ(world.bot_id(), Snowflake{1000});
    EXPECT_EQ(world.guild_ids(), std::vector<Snowflake>{Snowflake{3000}});
    const auto* channel = world.channel(Snowflake{4000});
    ASSERT_NE(channel, nullptr);
    EXPECT_EQ(channel->at("guild_id").as_string(), "3000");
    EXPECT_TRUE(channel->contains("permission_overwrites"));  // filled in
    EXPECT_EQ(world.members(Snowflake{3000}).size(), 2u);     // alice and the bot
    EXPECT_EQ(world.member(Snowflake{3000}, Snowflake{2000})->at("nick").as_string(), "Al");
    EXPECT_EQ(
        world.message(Snowflake{4000}, Snowflake{6000})->at("author").at("username").as_string(),
        "alice");
}

TEST(World, MalformedFixturesThrowParseError) {
    for (const std::string& text :
         {std::string("{not json"), std::string(R"([1, 2])"), std::string(R"({"guilds": []})"),
          std::string(R"({"bot": {"id": "x1", "username": "b"}})"),
          std::string(R"({"bot": {"id": "1", "username": "b"}, "guilds": [{"id": "2"}]})"),
          std::string(R"({"bot": {"id": "1", "username": "b"}, "guilds": {"id": "2"}})"),
          std::string(R"({"bot": {"id": "1", "username": "b"}, "guilds": [{"id": "2", "name": "g",
             "messages": [{"id": "3", "channel_id": "99"}]}]})")}) {
        WorldOptions options;
        options.fixture_path = write_temp("fixture_bad.json", text);
        EXPECT_THROW(World{options}, hikari::ParseError) << text;
    }
    WorldOptions missing;
    missing.fixture_path = "/nonexistent/sandbox-fixture.json";
    EXPECT_THROW(World{missing}, hikari::ParseError);
}
