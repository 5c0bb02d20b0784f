// Soundboard sounds and channel following against the sandbox.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class SoundboardTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    static std::string mp3() { return data_uri("audio/mpeg", std::string(32, 'm')); }
};

TEST_F(SoundboardTest, GuildSoundsCrud) {
    EXPECT_FALSE(run(rest_->fetch_default_soundboard_sounds()).empty());
    EXPECT_TRUE(run(rest_->fetch_guild_soundboard_sounds(guild_)).empty());
    const SoundboardSound created = run(rest_->create_guild_soundboard_sound(
        guild_, {.name = "honk", .sound = mp3(), .volume = 0.5, .emoji_name = "🦆"}, "fun"));
    EXPECT_EQ(created.name, "honk");
    EXPECT_DOUBLE_EQ(created.volume, 0.5);
    EXPECT_EQ(created.guild_id, std::optional<Snowflake>(guild_));
    EXPECT_EQ(run(rest_->fetch_guild_soundboard_sounds(guild_)).size(), 1U);

    const SoundboardSound edited = run(rest_->edit_guild_soundboard_sound(
        guild_, created.sound_id, {.name = "honk2", .volume = none, .emoji_name = none}));
    EXPECT_EQ(edited.name, "honk2");
    EXPECT_DOUBLE_EQ(edited.volume, 1.0);
    EXPECT_FALSE(edited.emoji_name.has_value());
    EXPECT_EQ(run(rest_->fetch_guild_soundboard_sound(guild_, created.sound_id)).name, "honk2");

    run(rest_->delete_guild_soundboard_sound(guild_, created.sound_id));
    auto gone = expect_error<NotFoundError>(
        [&] { run(rest_->fetch_guild_soundboard_sound(guild_, created.sound_id)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10097);

    EXPECT_THROW((void)rest_->create_guild_soundboard_sound(guild_, {.name = "x", .sound = mp3()}),
                 ValueError);
    auto bad = expect_error<BadRequestError>([&] {
        run(rest_->create_guild_soundboard_sound(
            guild_, {.name = "image", .sound = data_uri("image/png", "png")}));
    });
    ASSERT_TRUE(bad);
    EXPECT_TRUE(names_field(*bad, "sound"));
    std::vector<std::string> events;
    const auto dispatches = control("GET", "/dispatches");
    for (const auto& d : dispatches.as_array()) {
        events.emplace_back(d.at("t").as_string());
    }
    for (const char* name : {"GUILD_SOUNDBOARD_SOUND_CREATE", "GUILD_SOUNDBOARD_SOUND_UPDATE",
                             "GUILD_SOUNDBOARD_SOUND_DELETE"}) {
        EXPECT_NE(std::find(events.begin(), events.end(), name), events.end()) << name;
    }
}

TEST_F(SoundboardTest, SendingNeedsTheBotInTheChannel) {
    const Channel voice =
        run(rest_->create_guild_channel(guild_, {.name = "vc", .type = ChannelType::guild_voice}));
    const auto defaults = run(rest_->fetch_default_soundboard_sounds());
    auto absent = expect_error<BadRequestError>(
        [&] { run(rest_->send_soundboard_sound(voice.id, defaults[0].sound_id)); });
    ASSERT_TRUE(absent);
    EXPECT_EQ(absent->code(), 40032);

    const Snowflake me = run(rest_->fetch_my_user()).id;
    control("POST", "/voice-states",
            boost::json::object{{"guild_id", guild_.to_string()},
                                {"user_id", me.to_string()},
                                {"channel_id", voice.id.to_string()}});
    run(rest_->send_soundboard_sound(voice.id, defaults[0].sound_id));
    bool effect = false;
    const auto dispatches = control("GET", "/dispatches");
    for (const auto& d : dispatches.as_array()) {
        effect = effect || d.at("t") == "VOICE_CHANNEL_EFFECT_SEND";
    }
    EXPECT_TRUE(effect);
    auto unknown = expect_error<NotFoundError>(
        [&] { run(rest_->send_soundboard_sound(voice.id, Snowflake{123456})); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10097);
    auto text = expect_error<BadRequestError>(
        [&] { run(rest_->send_soundboard_sound(channel_, defaults[0].sound_id)); });
    ASSERT_TRUE(text);
    EXPECT_EQ(text->code(), 50024);
}

TEST_F(SoundboardTest, FollowsAnAnnouncementChannel) {
    const Channel news = run(rest_->create_guild_channel(
        guild_, {.name = "news", .type = ChannelType::guild_announcement}));
    const FollowedChannel followed = run(rest_->follow_channel(news.id, channel_, "follow"));
    EXPECT_EQ(followed.channel_id, news.id);
    const Webhook hook = run(rest_->fetch_webhook(followed.webhook_id));
    EXPECT_EQ(hook.channel_id, std::optional<Snowflake>(channel_));
    auto not_news =
        expect_error<BadRequestError>([&] { run(rest_->follow_channel(channel_, news.id)); });
    ASSERT_TRUE(not_news);
    EXPECT_EQ(not_news->code(), 50024);
    auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->follow_channel(news.id, Snowflake{31})); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10003);
}

}  // namespace
}  // namespace hikari::testing
