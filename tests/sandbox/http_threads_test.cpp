// Thread routes over loopback: what a raw client sees that the typed client hides (API v9's
// default thread type, THREAD_UPDATE on edits, threads kept out of the guild channel list and
// sent in GUILD_CREATE's threads), plus the thread fields of a channel edit.

#include "sandbox/state/world.hpp"

#include <hikari/sandbox/sandbox.hpp>

#include "http_world_fixture.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace json = boost::json;
using hikari::test::HttpResponse;

namespace {

class HttpThreads : public hikari::test::HttpWorldTest {
  protected:
    void SetUp() override { start(4); }
};

}  // namespace

TEST_F(HttpThreads, MissingTypeMakesAPrivateThreadAsInV9) {
    const auto r = api("POST", "/channels/" + channel_ + "/threads", R"({"name":"quiet"})");
    ASSERT_EQ(r.status, 201U) << r.body;
    EXPECT_EQ(r.json().at("type"), 12);
    EXPECT_EQ(r.json().at("thread_metadata").at("invitable"), true);
    const auto created = last_dispatch("THREAD_CREATE");
    EXPECT_EQ(created.at("d").at("newly_created"), true);
    EXPECT_EQ(created.at("intents"), 1);  // GUILDS
    // An announcement thread only under an announcement channel.
    const auto wrong =
        api("POST", "/channels/" + channel_ + "/threads", R"({"name":"x","type":10})");
    EXPECT_EQ(wrong.status, 400U);
    EXPECT_EQ(code(wrong), 50035);
}

TEST_F(HttpThreads, ThreadsStayOutOfTheChannelListButGoToGuildCreate) {
    const auto thread =
        api("POST", "/channels/" + channel_ + "/threads", R"({"name":"side","type":11})").json();
    const std::string id(thread.at("id").as_string());
    const auto channels = api("GET", "/guilds/" + guild_ + "/channels").json();
    for (const auto& ch : channels.as_array()) {
        EXPECT_NE(ch.at("id"), json::value(id));
    }
    EXPECT_EQ(api("GET", "/channels/" + id).status, 200U);
    const auto active = api("GET", "/guilds/" + guild_ + "/threads/active").json();
    ASSERT_EQ(active.at("threads").as_array().size(), 1U);
    EXPECT_EQ(active.at("members").at(0).at("id"), json::value(id));
}

TEST_F(HttpThreads, EditsAnnounceThreadUpdateAndArchivedThreadsRefuseEdits) {
    const auto thread =
        api("POST", "/channels/" + channel_ + "/threads", R"({"name":"side","type":11})").json();
    const std::string id(thread.at("id").as_string());
    auto r = api("PATCH", "/channels/" + id, R"({"locked":true,"auto_archive_duration":1440})");
    ASSERT_EQ(r.status, 200U) << r.body;
    EXPECT_EQ(r.json().at("thread_metadata").at("locked"), true);
    EXPECT_EQ(r.json().at("thread_metadata").at("auto_archive_duration"), 1440);
    EXPECT_EQ(last_dispatch("THREAD_UPDATE").at("d").at("id"), json::value(id));

    r = api("PATCH", "/channels/" + id, R"({"auto_archive_duration":30})");
    EXPECT_EQ(r.status, 400U);
    EXPECT_TRUE(r.json().at("errors").as_object().contains("auto_archive_duration"));

    ASSERT_EQ(api("PATCH", "/channels/" + id, R"({"archived":true})").status, 200U);
    r = api("PATCH", "/channels/" + id, R"({"locked":false})");
    EXPECT_EQ(r.status, 400U);
    EXPECT_EQ(code(r), 50083);
    // Unarchiving is the edit an archived thread takes.
    EXPECT_EQ(api("PATCH", "/channels/" + id, R"({"archived":false})").status, 200U);
}

TEST_F(HttpThreads, ArchivedListsValidateTheirQuery) {
    auto r = api("GET", "/channels/" + channel_ + "/threads/archived/public?limit=1");
    EXPECT_EQ(r.status, 400U);
    EXPECT_EQ(code(r), 50035);
    r = api("GET", "/channels/" + channel_ + "/users/@me/threads/archived/private?before=soon");
    EXPECT_EQ(r.status, 400U);
    r = api("GET", "/channels/" + channel_ + "/threads/archived/public");
    ASSERT_EQ(r.status, 200U);
    EXPECT_EQ(r.json().at("has_more"), false);
}

TEST(WorldThreads, GuildCreateCarriesActiveThreads) {
    hikari::sandbox::WorldOptions options;
    hikari::sandbox::World world(options);
    const auto guild = world.guild_ids().at(0);
    const auto parent = world.channels(guild).at(0);
    const auto id = world.next_id();
    world.add_channel(json::object{{"id", id.to_string()},
                                   {"type", 11},
                                   {"guild_id", guild.to_string()},
                                   {"parent_id", parent->at("id")},
                                   {"name", "t"},
                                   {"thread_metadata", json::object{{"archived", false}}}});
    const auto create = world.guild_create(guild);
    ASSERT_EQ(create.at("threads").as_array().size(), 1U);
    for (const auto& ch : create.at("channels").as_array()) {
        EXPECT_NE(ch.at("id"), json::value(id.to_string()));
    }
    EXPECT_EQ(world.threads(guild).size(), 1U);
    // Entities other routes keep per guild show up too.
    world.entities("stage_instances", guild)[world.next_id()] = json::object{{"topic", "t"}};
    EXPECT_EQ(world.guild_create(guild).at("stage_instances").as_array().size(), 1U);
    EXPECT_TRUE(world.guild_create(guild).at("soundboard_sounds").as_array().empty());
}
