// Application (with its team and install settings), GuildTemplate, and the member fields that
// GUILD_MEMBER_UPDATE may leave out.
#include <hikari/model/application.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/guild_template.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/voice_region.hpp>

#include "model_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hikari;
using namespace hikari::model_testing;

const std::string app_core =
    R"("id":"172150183260323840","name":"Baba O-Riley","icon":null,"description":"Test",)"
    R"("bot_public":true,"bot_require_code_grant":false,"verify_key":"1e0a","team":null)";

TEST(Application, ReadsTeamInstallParamsAndIntegrationTypes) {
    const auto app = from_json<Application>(
        R"({"id":"172150183260323840","name":"A","icon":"abc","description":"",)"
        R"("bot_public":false,"bot_require_code_grant":true,"verify_key":"k",)"
        R"("team":{"icon":null,"id":"5","name":"T","owner_user_id":"6","members":[)"
        R"({"membership_state":2,"team_id":"5","role":"admin","permissions":["*"],)"
        R"("user":{"id":"6","username":"o","discriminator":"0","avatar":null}}]},)"
        R"("install_params":{"scopes":["bot","applications.commands"],"permissions":"2048"},)"
        R"("integration_types_config":{"0":{"oauth2_install_params":{"scopes":["bot"],)"
        R"("permissions":"8"}},"1":{}},"flags":8192,"flags_new":"8192","tags":["x"],)"
        R"("event_webhooks_status":2,"guild":{"id":"1","name":"g"}})");
    ASSERT_TRUE(app.team);
    ASSERT_EQ(app.team->members.size(), 1U);
    EXPECT_EQ(app.team->members[0].membership_state, TeamMembershipState::accepted);
    EXPECT_EQ(app.team->members[0].role, "admin");
    EXPECT_EQ(app.team->members[0].user.id, Snowflake{6});
    EXPECT_EQ(app.team->owner_user_id, Snowflake{6});
    ASSERT_TRUE(app.install_params);
    EXPECT_EQ(app.install_params->permissions, Permissions{2048});
    ASSERT_EQ(app.integration_types_config.size(), 2U);
    const auto* guild_install = app.integration_types_config.find("0");
    ASSERT_NE(guild_install, nullptr);
    ASSERT_TRUE(guild_install->oauth2_install_params);
    EXPECT_EQ(guild_install->oauth2_install_params->scopes, std::vector<std::string>{"bot"});
    EXPECT_FALSE(app.integration_types_config.find("1")->oauth2_install_params);
    EXPECT_EQ(app.flags, ApplicationFlags::gateway_presence_limited);
    EXPECT_EQ(app.event_webhooks_status, ApplicationEventWebhookStatus::enabled);
    EXPECT_EQ(app.guild, R"({"id":"1","name":"g"})");
    EXPECT_EQ(from_json<Application>(to_json(app)), app);
}

TEST(Application, NullAndAbsentStayApart) {
    const auto absent = from_json<Application>("{" + app_core + "}");
    EXPECT_FALSE(absent.team);
    EXPECT_TRUE(absent.interactions_endpoint_url.is_undefined());
    EXPECT_FALSE(absent.install_params);
    EXPECT_TRUE(absent.integration_types_config.empty());
    const std::string written = to_json(absent);
    EXPECT_EQ(written.find("interactions_endpoint_url"), std::string::npos) << written;
    EXPECT_NE(written.find(R"("team":null)"), std::string::npos) << written;

    const auto null =
        from_json<Application>("{" + app_core + R"(,"interactions_endpoint_url":null})");
    EXPECT_TRUE(null.interactions_endpoint_url.is_none());
    EXPECT_NE(to_json(null).find(R"("interactions_endpoint_url":null)"), std::string::npos);
}

TEST(Application, UnknownEnumsAndFlagsAndFieldsAreKept) {
    const auto app = from_json<Application>(
        "{" + app_core +
        R"(,"event_webhooks_status":9,"flags":1099511627776,"new_thing":{"a":[1]}})");
    EXPECT_EQ(static_cast<int>(*app.event_webhooks_status), 9);
    EXPECT_EQ(static_cast<std::uint64_t>(*app.flags), 1ULL << 40);
    EXPECT_EQ(from_json<Application>(to_json(app)), app);
}

TEST(Application, WrongTypesNameThePath) {
    EXPECT_EQ(
        error_of<Application>("{" + app_core.substr(0, app_core.size() - 11) +
                              R"("team":{"icon":null,"id":"5","name":"T","owner_user_id":"6",)"
                              R"("members":[{"membership_state":"2","team_id":"5","user":{}}]}})"),
        "team.members[0].membership_state: expected a non-negative integer");
    EXPECT_EQ(error_of<Application>("{" + app_core +
                                    R"(,"install_params":{"scopes":[],"permissions":8}})"),
              "install_params.permissions: expected a permission integer string");
    EXPECT_EQ(error_of<Application>(R"({"id":"1"})"), "name: missing required field");
}

const std::string template_json =
    R"({"code":"hgM48av5Q69A","name":"Friends & Family","description":null,"usage_count":49605,)"
    R"("creator_id":"132837293881950208","creator":{"id":"132837293881950208",)"
    R"("username":"hoges","avatar":"79b0d39e1d7a2fbe4f9c2afff4c1ecfc","discriminator":"0001",)"
    R"("public_flags":0},"created_at":"2020-04-02T21:10:38+00:00",)"
    R"("updated_at":"2020-05-01T17:57:38+00:00","source_guild_id":"678070694164299796",)"
    R"("serialized_source_guild":{"name":"Friends & Family","roles":[{"id":0,"name":"@everyone"}]},)"
    R"("is_dirty":null})";

TEST(GuildTemplate, ReadsAndKeepsTheSnapshotVerbatim) {
    const auto t = from_json<GuildTemplate>(template_json);
    EXPECT_EQ(t.code, "hgM48av5Q69A");
    EXPECT_EQ(t.usage_count, 49605);
    EXPECT_EQ(t.creator.username, "hoges");
    EXPECT_FALSE(t.description);
    EXPECT_FALSE(t.is_dirty);
    // Integer placeholder ids: kept as text, not read as a Guild.
    EXPECT_EQ(t.serialized_source_guild,
              R"({"name":"Friends & Family","roles":[{"id":0,"name":"@everyone"}]})");
    const std::string written = to_json(t);
    EXPECT_NE(written.find(R"("is_dirty":null)"), std::string::npos);
    EXPECT_EQ(from_json<GuildTemplate>(written), t);
}

TEST(GuildTemplate, WrongTypesNameThePath) {
    std::string bad = template_json;
    bad.replace(bad.find(R"("usage_count":49605)"), 19, R"("usage_count":"many")");
    EXPECT_EQ(error_of<GuildTemplate>(bad), "usage_count: expected an integer");
    std::string no_creator = template_json;
    no_creator.replace(no_creator.find(R"("creator_id":"132837293881950208")"), 33,
                       R"("creator_id":132837293881950208)");
    EXPECT_EQ(error_of<GuildTemplate>(no_creator), "creator_id: expected a snowflake string");
}

TEST(MemberPartial, DeafMuteAndFlagsMayBeAbsent) {
    // GUILD_MEMBER_UPDATE's shape: no deaf, mute or flags.
    const auto m =
        from_json<Member>(R"({"user":{"id":"1","username":"a","discriminator":"0","avatar":null},)"
                          R"("roles":[],"joined_at":"2024-01-01T00:00:00+00:00"})");
    EXPECT_FALSE(m.deaf);
    EXPECT_FALSE(m.mute);
    EXPECT_EQ(m.flags, MemberFlags{});
    const auto full =
        from_json<Member>(R"({"roles":["2"],"joined_at":null,"deaf":true,"mute":false,"flags":2})");
    EXPECT_TRUE(full.deaf);
    EXPECT_EQ(static_cast<unsigned>(full.flags), 2U);
    EXPECT_EQ(from_json<Member>(to_json(full)), full);
    EXPECT_EQ(error_of<Member>(R"({"roles":[],"joined_at":null,"deaf":"no"})"),
              "deaf: expected a boolean");
}

TEST(VoiceRegion, ReadsWritesAndNamesWrongTypes) {
    const auto region = from_json<VoiceRegion>(
        R"({"id":"us-east","name":"US East","optimal":true,"deprecated":false,"custom":false,)"
        R"("vip":false})");
    EXPECT_EQ(region.id, "us-east");
    EXPECT_TRUE(region.optimal);
    EXPECT_EQ(to_json(region),
              R"({"id":"us-east","name":"US East","optimal":true,"deprecated":false,)"
              R"("custom":false})");
    EXPECT_EQ(error_of<VoiceRegion>(
                  R"({"id":"x","name":"y","optimal":1,"deprecated":false,"custom":false})"),
              "optimal: expected a boolean");
}

}  // namespace
