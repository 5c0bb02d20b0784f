// Guilds, channels, roles, members and bans over loopback.

#include <hikari/sandbox/sandbox.hpp>

#include "http_world_fixture.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace json = boost::json;
using hikari::test::HttpResponse;

namespace {

class HttpGuilds : public hikari::test::HttpWorldTest {
  protected:
    void SetUp() override {
        start(8);
        bot_ = world_.at("bot").at("id").as_string();
        owner_ = api("GET", "/guilds/" + guild_).json().at("owner_id").as_string();
        for (const auto& m : world_.at("guilds").at(0).at("members").as_array()) {
            const std::string id(m.as_string());
            if (id != bot_ && id != owner_) plain_member_ = id;
        }
    }

    std::string bot_, owner_, plain_member_;
};

}  // namespace

TEST_F(HttpGuilds, GetGuildWithAndWithoutCounts) {
    const auto plain = api("GET", "/guilds/" + guild_).json().as_object();
    EXPECT_EQ(plain.at("id").as_string(), guild_);
    EXPECT_FALSE(plain.contains("approximate_member_count"));
    EXPECT_FALSE(plain.at("roles").as_array().empty());
    const auto counted = api("GET", "/guilds/" + guild_ + "?with_counts=true").json().as_object();
    EXPECT_EQ(counted.at("approximate_member_count").as_int64(), 8);
    const auto unknown = api("GET", "/guilds/1");
    EXPECT_EQ(unknown.status, 404u);
    EXPECT_EQ(code(unknown), 10004);
    EXPECT_EQ(code(api("GET", "/guilds/" + guild_ + "?with_counts=maybe")), 50035);
}

TEST_F(HttpGuilds, ChannelsListCreateModifyDelete) {
    const auto list = api("GET", "/guilds/" + guild_ + "/channels").json().as_array();
    EXPECT_EQ(list.size(), 3u);
    const auto bad = api("POST", "/guilds/" + guild_ + "/channels", R"({"type": 3})");
    EXPECT_EQ(code(bad), 50035);
    EXPECT_TRUE(bad.json().at("errors").as_object().contains("name"));
    EXPECT_TRUE(bad.json().at("errors").as_object().contains("type"));
    const auto created =
        api("POST", "/guilds/" + guild_ + "/channels", R"({"name": "new-room", "topic": "t"})");
    ASSERT_EQ(created.status, 201u) << created.body;
    const std::string id(created.json().at("id").as_string());
    EXPECT_EQ(created.json().at("guild_id").as_string(), guild_);
    EXPECT_EQ(last_dispatch("CHANNEL_CREATE").at("d").at("id").as_string(), id);
    const auto patched =
        api("PATCH", "/channels/" + id, R"({"name": "renamed", "rate_limit_per_user": 30})");
    ASSERT_EQ(patched.status, 200u);
    EXPECT_EQ(patched.json().at("name").as_string(), "renamed");
    EXPECT_EQ(last_dispatch("CHANNEL_UPDATE").at("intents").as_int64(), 1);
    EXPECT_EQ(code(api("PATCH", "/channels/" + id, R"({"rate_limit_per_user": 99999})")), 50035);
    EXPECT_EQ(code(api("PATCH", "/channels/" + id, R"({"name": ""})")), 50035);
    EXPECT_EQ(api("DELETE", "/channels/" + id).status, 200u);
    EXPECT_EQ(last_dispatch("CHANNEL_DELETE").at("d").at("id").as_string(), id);
    EXPECT_EQ(code(api("GET", "/channels/" + id)), 10003);
}

TEST_F(HttpGuilds, RolesCreateModifyDelete) {
    const auto created =
        api("POST", "/guilds/" + guild_ + "/roles",
            R"({"name": "Helpers", "color": 3447003, "permissions": "2048", "hoist": true})");
    ASSERT_EQ(created.status, 200u) << created.body;
    const std::string id(created.json().at("id").as_string());
    EXPECT_EQ(created.json().at("permissions").as_string(), "2048");
    const auto d = last_dispatch("GUILD_ROLE_CREATE");
    EXPECT_EQ(d.at("d").at("role").at("id").as_string(), id);
    EXPECT_EQ(d.at("d").at("guild_id").as_string(), guild_);
    const auto bad =
        api("POST", "/guilds/" + guild_ + "/roles", R"({"color": 99999999, "permissions": "abc"})");
    EXPECT_EQ(code(bad), 50035);
    EXPECT_TRUE(bad.json().at("errors").as_object().contains("color"));
    EXPECT_TRUE(bad.json().at("errors").as_object().contains("permissions"));
    const auto patched =
        api("PATCH", "/guilds/" + guild_ + "/roles/" + id, R"({"name": "Helpers+"})");
    EXPECT_EQ(patched.json().at("name").as_string(), "Helpers+");
    last_dispatch("GUILD_ROLE_UPDATE");
    EXPECT_EQ(api("DELETE", "/guilds/" + guild_ + "/roles/" + id).status, 204u);
    EXPECT_EQ(last_dispatch("GUILD_ROLE_DELETE").at("d").at("role_id").as_string(), id);
    EXPECT_EQ(code(api("PATCH", "/guilds/" + guild_ + "/roles/" + id, "{}")), 10011);
    EXPECT_EQ(code(api("DELETE", "/guilds/" + guild_ + "/roles/" + guild_)), 50028);  // @everyone
}

// Found by the discord.js fidelity check: discord.js 14.21+ sends the role colors object, never
// the deprecated `color`, and the sandbox used to ignore it (every role came back black).
TEST_F(HttpGuilds, RoleColorsObjectSetsTheColour) {
    const std::string roles = "/guilds/" + guild_ + "/roles";
    const auto created =
        api("POST", roles, R"({"name": "Blue", "colors": {"primary_color": 3368703}})");
    ASSERT_EQ(created.status, 200u) << created.body;
    EXPECT_EQ(created.json().at("color").as_int64(), 3368703);
    EXPECT_EQ(created.json().at("colors").at("primary_color").as_int64(), 3368703);
    EXPECT_TRUE(created.json().at("colors").at("secondary_color").is_null());
    const auto d = last_dispatch("GUILD_ROLE_CREATE");
    EXPECT_EQ(d.at("d").at("role").at("color").as_int64(), 3368703);

    const std::string id(created.json().at("id").as_string());
    const auto patched = api("PATCH", roles + "/" + id,
                             R"({"colors": {"primary_color": 255, "secondary_color": null}})");
    ASSERT_EQ(patched.status, 200u) << patched.body;
    EXPECT_EQ(patched.json().at("color").as_int64(), 255);
    EXPECT_EQ(last_dispatch("GUILD_ROLE_UPDATE")
                  .at("d")
                  .at("role")
                  .at("colors")
                  .at("primary_color")
                  .as_int64(),
              255);
    // A PATCH without colors keeps them.
    EXPECT_EQ(api("PATCH", roles + "/" + id, R"({"name": "Still blue"})").json().at("color"), 255);

    // Gradients need ENHANCED_ROLE_COLORS, which generated guilds do not have.
    const auto gradient =
        api("PATCH", roles + "/" + id, R"({"colors": {"primary_color": 1, "secondary_color": 2}})");
    EXPECT_EQ(code(gradient), 50035);
    EXPECT_TRUE(gradient.json().at("errors").as_object().contains("colors"));
    const auto bad = api("POST", roles, R"({"colors": {"primary_color": "red"}})");
    EXPECT_EQ(code(bad), 50035);
    EXPECT_TRUE(bad.json().at("errors").at("colors").as_object().contains("primary_color"));
    EXPECT_EQ(code(api("POST", roles, R"({"colors": [1]})")), 50035);
}

TEST_F(HttpGuilds, MembersPaginateByUserId) {
    const std::string base = "/guilds/" + guild_ + "/members";
    EXPECT_EQ(api("GET", base).json().as_array().size(), 1u);  // Discord's default limit is 1
    const auto first = api("GET", base + "?limit=5").json().as_array();
    ASSERT_EQ(first.size(), 5u);
    const std::string last(first.back().at("user").at("id").as_string());
    const auto rest = api("GET", base + "?limit=1000&after=" + last).json().as_array();
    EXPECT_EQ(rest.size(), 3u);
    EXPECT_GT(std::stoull(std::string(rest[0].at("user").at("id").as_string())), std::stoull(last));
    EXPECT_EQ(code(api("GET", base + "?limit=1001")), 50035);
    EXPECT_EQ(code(api("GET", base + "?after=abc")), 50035);
}

TEST_F(HttpGuilds, GetModifyKickMember) {
    const std::string path = "/guilds/" + guild_ + "/members/" + plain_member_;
    EXPECT_EQ(api("GET", path).json().at("user").at("id").as_string(), plain_member_);
    EXPECT_EQ(code(api("GET", "/guilds/" + guild_ + "/members/1")), 10007);
    const auto roles = api("GET", "/guilds/" + guild_ + "/roles").json().as_array();
    const std::string role(roles.back().at("id").as_string());
    const auto patched = api("PATCH", path, R"({"nick": "Nicky", "roles": [")" + role + R"("]})");
    ASSERT_EQ(patched.status, 200u) << patched.body;
    EXPECT_EQ(patched.json().at("nick").as_string(), "Nicky");
    EXPECT_EQ(patched.json().at("roles").at(0).as_string(), role);
    EXPECT_EQ(last_dispatch("GUILD_MEMBER_UPDATE").at("intents").as_int64(), 2);
    const auto bad =
        api("PATCH", path, R"({"nick": ")" + std::string(33, 'n') + R"(", "roles": ["1"]})");
    EXPECT_EQ(code(bad), 50035);
    EXPECT_TRUE(bad.json().at("errors").at("roles").as_object().contains("0"));
    EXPECT_EQ(api("DELETE", path + "/roles/" + role).status, 204u);
    EXPECT_TRUE(api("GET", path).json().at("roles").as_array().empty());
    EXPECT_EQ(api("PUT", path + "/roles/" + role).status, 204u);
    EXPECT_EQ(code(api("PUT", path + "/roles/1")), 10011);
    EXPECT_EQ(api("DELETE", path).status, 204u);
    EXPECT_EQ(last_dispatch("GUILD_MEMBER_REMOVE").at("d").at("user").at("id").as_string(),
              plain_member_);
    EXPECT_EQ(code(api("GET", path)), 10007);
}

TEST_F(HttpGuilds, TheOwnerIsOutOfReach) {
    const auto kick = api("DELETE", "/guilds/" + guild_ + "/members/" + owner_);
    EXPECT_EQ(kick.status, 403u);
    EXPECT_EQ(code(kick), 50013);
    EXPECT_EQ(code(api("PUT", "/guilds/" + guild_ + "/bans/" + owner_)), 50013);
}

TEST_F(HttpGuilds, BanAndUnban) {
    const std::string path = "/guilds/" + guild_ + "/bans/" + plain_member_;
    EXPECT_EQ(code(api("GET", path)), 10026);
    EXPECT_EQ(code(api("PUT", path, R"({"delete_message_seconds": 700000})")), 50035);
    EXPECT_EQ(
        api("PUT", path, R"({"delete_message_seconds": 60})", {{"X-Audit-Log-Reason", "spam"}})
            .status,
        204u);
    EXPECT_EQ(last_dispatch("GUILD_BAN_ADD").at("intents").as_int64(), 4);
    last_dispatch("GUILD_MEMBER_REMOVE");
    const auto ban = api("GET", path).json();
    EXPECT_EQ(ban.at("reason").as_string(), "spam");
    EXPECT_EQ(api("GET", "/guilds/" + guild_ + "/bans").json().as_array().size(), 1u);
    EXPECT_EQ(code(api("GET", "/guilds/" + guild_ + "/members/" + plain_member_)), 10007);
    EXPECT_EQ(api("DELETE", path).status, 204u);
    last_dispatch("GUILD_BAN_REMOVE");
    EXPECT_EQ(code(api("DELETE", path)), 10026);
    EXPECT_EQ(code(api("PUT", "/guilds/" + guild_ + "/bans/1")), 10013);
}

// Found by the discord.js fidelity check: clients URL-encode X-Audit-Log-Reason (discord.js
// sends encodeURIComponent(reason)) and Discord stores the decoded text.
TEST_F(HttpGuilds, AuditLogReasonsAreUrlDecoded) {
    const std::string path = "/guilds/" + guild_ + "/bans/" + plain_member_;
    ASSERT_EQ(
        api("PUT", path, "{}", {{"X-Audit-Log-Reason", "spam%20bot%20%F0%9F%A4%96%2C%25"}}).status,
        204u);
    EXPECT_EQ(api("GET", path).json().at("reason").as_string(), "spam bot \xF0\x9F\xA4\x96,%");
    EXPECT_EQ(api("DELETE", path).status, 204u);
    // Not percent-encoding: kept as sent.
    ASSERT_EQ(api("PUT", path, "{}", {{"X-Audit-Log-Reason", "100% spam"}}).status, 204u);
    EXPECT_EQ(api("GET", path).json().at("reason").as_string(), "100% spam");
}

TEST_F(HttpGuilds, LeavingAGuildForgetsIt) {
    EXPECT_EQ(api("DELETE", "/users/@me/guilds/" + guild_).status, 204u);
    EXPECT_EQ(last_dispatch("GUILD_DELETE").at("d").at("id").as_string(), guild_);
    EXPECT_EQ(code(api("GET", "/guilds/" + guild_)), 10004);
    EXPECT_EQ(code(api("GET", "/channels/" + channel_)), 10003);
    EXPECT_EQ(api("GET", "/users/@me/guilds").json().as_array().size(), 1u);
    EXPECT_EQ(code(api("DELETE", "/users/@me/guilds/" + guild_)), 10004);
}

// Found by the discord.js fidelity check: channel.setPosition() sends PATCH /guilds/{id}/channels
// (a JSON array), which answered 405.
TEST_F(HttpGuilds, ChannelPositionsAndParents) {
    const std::string channels = "/guilds/" + guild_ + "/channels";
    const auto category = api("POST", channels, R"({"name": "Stuff", "type": 4})");
    ASSERT_EQ(category.status, 201u) << category.body;
    const std::string parent(category.json().at("id").as_string());
    const auto list = api("GET", channels).json().as_array();
    const std::string first(list.at(0).at("id").as_string());
    const std::string second(list.at(1).at("id").as_string());

    const auto moved = api("PATCH", channels,
                           R"([{"id": ")" + first + R"(", "position": 7, "parent_id": ")" + parent +
                               R"("}, {"id": ")" + second + R"(", "position": 0}])");
    ASSERT_EQ(moved.status, 204u) << moved.body;
    const auto channel = api("GET", "/channels/" + first).json();
    EXPECT_EQ(channel.at("position").as_int64(), 7);
    EXPECT_EQ(channel.at("parent_id").as_string(), parent);
    EXPECT_EQ(last_dispatch("CHANNEL_UPDATE").at("d").at("id").as_string(), second);

    // One parent change per request; unknown channels and non-arrays are form errors.
    const auto two_parents = api("PATCH", channels,
                                 R"([{"id": ")" + first + R"(", "parent_id": null}, {"id": ")" +
                                     second + R"(", "parent_id": ")" + parent + R"("}])");
    EXPECT_EQ(code(two_parents), 40009);
    EXPECT_EQ(code(api("PATCH", channels, R"([{"id": "1", "position": 1}])")), 50035);
    EXPECT_EQ(code(api("PATCH", channels, R"({"id": ")" + first + R"("})")), 50035);
    EXPECT_EQ(code(api("PATCH", channels,
                       R"([{"id": ")" + first + R"(", "parent_id": ")" + second + R"("}])")),
              50035);  // not a category
}
