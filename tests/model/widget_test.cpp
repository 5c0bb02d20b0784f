// Widget settings and the widget JSON: the docs' examples round-trip, and edge cases.

#include <hikari/model/entity_factory.hpp>
#include <hikari/model/voice_region.hpp>
#include <hikari/model/widget.hpp>

#include "model_test_support.hpp"

#include <gtest/gtest.h>

namespace {

using namespace hikari;
using namespace hikari::model_testing;

TEST(WidgetSettings, DocExampleAndNullChannel) {
    const auto s =
        from_json<WidgetSettings>(R"({"enabled": true, "channel_id": "41771983444115456"})");
    EXPECT_TRUE(s.enabled);
    EXPECT_EQ(s.channel_id, std::optional<Snowflake>(Snowflake(41771983444115456ULL)));
    expect_round_trip(s);
    const auto off = from_json<WidgetSettings>(R"({"enabled":false,"channel_id":null})");
    EXPECT_FALSE(off.channel_id);
    EXPECT_EQ(to_json(off), R"({"enabled":false,"channel_id":null})");
    EXPECT_THROW((void)from_json<WidgetSettings>(R"({"channel_id":null})"), JsonError);
}

TEST(Widget, DocExample) {
    const auto w = from_json<Widget>(R"({
      "id": "290926798626999250", "name": "Test Server",
      "instant_invite": "https://discord.com/invite/abcdefg",
      "channels": [{"id": "705216630279993882", "name": "elephant", "position": 2},
                   {"id": "669583461748992190", "name": "groovy-music", "position": 1}],
      "members": [{"id": "0", "username": "1234", "discriminator": "0000", "avatar": null,
                   "status": "online",
                   "avatar_url": "https://cdn.discordapp.com/widget-avatars/FfvURgcr3Za92K3J"}],
      "presence_count": 1})");
    EXPECT_EQ(w.id, Snowflake(290926798626999250ULL));
    ASSERT_EQ(w.channels.size(), 2U);
    EXPECT_EQ(w.channels[1].name, "groovy-music");
    EXPECT_EQ(w.channels[1].position, 1);
    ASSERT_EQ(w.members.size(), 1U);
    EXPECT_EQ(w.members[0].id, "0");  // anonymised, not a snowflake
    EXPECT_FALSE(w.members[0].avatar);
    EXPECT_EQ(w.presence_count, 1);
    expect_round_trip(w);
}

TEST(Widget, NoInviteAndBadTypes) {
    const auto w = from_json<Widget>(
        R"({"id":"1","name":"g","instant_invite":null,"channels":[],"members":[],"presence_count":0})");
    EXPECT_FALSE(w.instant_invite);
    expect_round_trip(w);
    EXPECT_THROW(
        (void)from_json<Widget>(
            R"({"id":"1","name":"g","instant_invite":null,"channels":{},"members":[],"presence_count":0})"),
        JsonError);
    EXPECT_THROW((void)from_json<Widget>(R"({"id":"x","name":"g"})"), JsonError);
}

TEST(VoiceRegion, DocFieldsRoundTrip) {
    const auto r = from_json<VoiceRegion>(
        R"({"id":"rotterdam","name":"Rotterdam","optimal":true,"deprecated":false,"custom":false})");
    EXPECT_EQ(r.id, "rotterdam");
    EXPECT_TRUE(r.optimal);
    expect_round_trip(r);
    EXPECT_THROW((void)from_json<VoiceRegion>(R"({"id":"a","name":"b"})"), JsonError);
}

}  // namespace
