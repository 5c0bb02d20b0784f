#include <hikari/model/auto_moderation.hpp>
#include <hikari/model/entitlement.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/invite.hpp>

#include "model_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hikari;
using namespace hikari::model_testing;

TEST(Invite, MetadataAndNullExpiry) {
    const Invite i = from_json<Invite>(R"({"type":0,"code":"0vCdhLbwjZZTWZLD",
      "guild":{"id":"165176875973476352","name":"CS:GO Fraggers Only"},
      "channel":{"id":"165176875973476352","name":"illuminati","type":0},
      "inviter":{"id":"115590097100865541","username":"speed","discriminator":"7381","avatar":null},
      "target_type":1,"expires_at":null,"uses":0,"max_uses":0,"max_age":0,"temporary":false,
      "created_at":"2016-03-31T19:15:39.954000+00:00","roles":[{"id":"1","name":"r"}]})");
    EXPECT_TRUE(i.expires_at.is_none());
    EXPECT_EQ(i.target_type, InviteTargetType::stream);
    EXPECT_EQ(i.guild, R"({"id":"165176875973476352","name":"CS:GO Fraggers Only"})");
    EXPECT_EQ(i.temporary, false);
    ASSERT_EQ(i.roles.size(), 1U);
    expect_round_trip(i);
    const Invite bare = from_json<Invite>(R"({"type":1,"code":"x","channel":null})");
    EXPECT_TRUE(bare.expires_at.is_undefined());
    EXPECT_FALSE(bare.channel.has_value());
    EXPECT_NE(to_json(bare).find(R"("channel":null)"), std::string::npos);
    expect_round_trip(bare);
}

TEST(AutoModerationRule, TriggerAndActionMetadata) {
    const auto rule = from_json<AutoModerationRule>(R"({"id":"1","guild_id":"2","name":"n",
      "creator_id":"3","event_type":1,"trigger_type":4,
      "trigger_metadata":{"presets":[1,3],"allow_list":["ok"]},
      "actions":[{"type":1,"metadata":{"custom_message":"no"}},{"type":3,"metadata":{"duration_seconds":60}},
                 {"type":2,"metadata":{"channel_id":"4"}}],
      "enabled":true,"exempt_roles":[],"exempt_channels":["5"]})");
    EXPECT_EQ(rule.trigger_type, AutoModerationTriggerType::keyword_preset);
    EXPECT_EQ(rule.trigger_metadata.presets, (std::vector<std::uint8_t>{1, 3}));
    ASSERT_EQ(rule.actions.size(), 3U);
    EXPECT_EQ(rule.actions[1].metadata->duration_seconds, 60);
    EXPECT_EQ(rule.actions[2].metadata->channel_id, Snowflake{4});
    expect_round_trip(rule);
    EXPECT_THROW((void)from_json<AutoModerationRule>(R"({"id":"1"})"), JsonError);
}

TEST(Entitlement, NullAndAbsentDates) {
    const auto e = from_json<Entitlement>(
        R"({"id":"1","sku_id":"2","application_id":"3","type":99,"deleted":false,"starts_at":null})");
    EXPECT_EQ(static_cast<int>(e.type), 99);
    EXPECT_FALSE(e.starts_at.has_value());
    EXPECT_FALSE(e.ends_at.has_value());
    expect_round_trip(e);
}

}  // namespace
