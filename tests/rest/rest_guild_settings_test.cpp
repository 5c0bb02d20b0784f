// Guild settings against the sandbox: widget settings and widget JSON, welcome screen,
// onboarding, preview and voice regions.

#include "sandbox_fixture.hpp"

#include <hikari/model/onboarding.hpp>

#include <algorithm>

namespace hikari::testing {
namespace {

class GuildSettingsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override {
        options.route_rate_limits = false;
        options.world.channels_per_guild = 4;  // some of them voice channels
    }
};

TEST_F(GuildSettingsTest, WidgetSettingsThenThePublicWidget) {
    const auto initial = run(rest_->fetch_widget_settings(guild_));
    EXPECT_FALSE(initial.enabled);
    EXPECT_FALSE(initial.channel_id);
    // Disabled: the public JSON is refused.
    EXPECT_THROW(run(rest_->fetch_widget(guild_)), ForbiddenError);

    WidgetSettingsEditOptions edit;
    edit.enabled = true;
    edit.channel_id = channel_;
    const auto settings = run(rest_->edit_widget_settings(guild_, edit, "show it"));
    EXPECT_TRUE(settings.enabled);
    EXPECT_EQ(settings.channel_id, std::optional<Snowflake>(channel_));
    EXPECT_EQ(run(rest_->fetch_widget_settings(guild_)), settings);

    const Widget widget = run(rest_->fetch_widget(guild_));
    EXPECT_EQ(widget.id, guild_);
    EXPECT_EQ(widget.name, run(rest_->fetch_guild(guild_)).name);
    for (const auto& c : widget.channels) {
        EXPECT_EQ(run(rest_->fetch_channel(c.id)).type, ChannelType::guild_voice);
    }

    WidgetSettingsEditOptions clear;
    clear.channel_id = none;
    EXPECT_FALSE(run(rest_->edit_widget_settings(guild_, clear)).channel_id);
    WidgetSettingsEditOptions bad;
    bad.channel_id = Snowflake(42);
    EXPECT_THROW(run(rest_->edit_widget_settings(guild_, bad)), BadRequestError);
}

TEST_F(GuildSettingsTest, WelcomeScreenFetchAndEdit) {
    const auto initial = run(rest_->fetch_welcome_screen(guild_));
    EXPECT_TRUE(initial.welcome_channels.empty());
    WelcomeScreenEditOptions edit;
    edit.enabled = true;
    edit.description = "Welcome!";
    edit.welcome_channels = std::vector<WelcomeScreenChannel>{
        {.channel_id = channel_, .description = "say hi", .emoji_id = {}, .emoji_name = "👋"}};
    const auto screen = run(rest_->edit_welcome_screen(guild_, edit));
    EXPECT_EQ(screen.description, std::optional<std::string>("Welcome!"));
    ASSERT_EQ(screen.welcome_channels.size(), 1U);
    EXPECT_EQ(screen.welcome_channels[0].channel_id, channel_);
    EXPECT_EQ(screen.welcome_channels[0].emoji_name, std::optional<std::string>("👋"));
    EXPECT_EQ(run(rest_->fetch_welcome_screen(guild_)), screen);

    WelcomeScreenEditOptions too_many;
    too_many.welcome_channels = std::vector<WelcomeScreenChannel>(
        6, {.channel_id = channel_, .description = "x", .emoji_id = {}, .emoji_name = {}});
    EXPECT_THROW(run(rest_->edit_welcome_screen(guild_, too_many)), ValueError);
    WelcomeScreenEditOptions unknown;
    unknown.welcome_channels = std::vector<WelcomeScreenChannel>{
        {.channel_id = Snowflake(7), .description = "x", .emoji_id = {}, .emoji_name = {}}};
    EXPECT_THROW(run(rest_->edit_welcome_screen(guild_, unknown)), BadRequestError);
}

TEST_F(GuildSettingsTest, OnboardingFetchAndReplace) {
    const auto initial = run(rest_->fetch_onboarding(guild_));
    EXPECT_EQ(initial.guild_id, guild_);
    EXPECT_TRUE(initial.prompts.empty());

    OnboardingPromptOption option;
    option.title = "Chat";
    option.channel_ids = {channel_};
    option.emoji_name = "💬";
    OnboardingPrompt prompt;
    prompt.title = "What brings you here?";
    prompt.type = OnboardingPromptType::dropdown;
    prompt.in_onboarding = true;
    prompt.options = {option};
    OnboardingEditOptions edit;
    edit.prompts = std::vector<OnboardingPrompt>{prompt};
    edit.default_channel_ids = std::vector<Snowflake>{channel_};
    edit.enabled = true;
    edit.mode = OnboardingMode::advanced;
    const auto flow = run(rest_->edit_onboarding(guild_, edit, "onboard"));
    EXPECT_TRUE(flow.enabled);
    EXPECT_EQ(flow.mode, OnboardingMode::advanced);
    EXPECT_EQ(flow.default_channel_ids, std::vector<Snowflake>{channel_});
    ASSERT_EQ(flow.prompts.size(), 1U);
    EXPECT_NE(flow.prompts[0].id, Snowflake());  // the server's id
    EXPECT_EQ(flow.prompts[0].type, OnboardingPromptType::dropdown);
    ASSERT_EQ(flow.prompts[0].options.size(), 1U);
    ASSERT_TRUE(flow.prompts[0].options[0].emoji);
    EXPECT_EQ(flow.prompts[0].options[0].emoji->name, std::optional<std::string>("💬"));
    EXPECT_EQ(run(rest_->fetch_onboarding(guild_)), flow);

    OnboardingEditOptions bad;
    bad.default_channel_ids = std::vector<Snowflake>{Snowflake(99)};
    EXPECT_THROW(run(rest_->edit_onboarding(guild_, bad)), BadRequestError);
}

TEST_F(GuildSettingsTest, PreviewAndVoiceRegions) {
    const GuildPreview preview = run(rest_->fetch_guild_preview(guild_));
    EXPECT_EQ(preview.id, guild_);
    EXPECT_EQ(preview.approximate_member_count,
              static_cast<std::int32_t>(run(rest_->fetch_members(guild_).collect()).size()));
    const auto regions = run(rest_->fetch_guild_voice_regions(guild_));
    ASSERT_FALSE(regions.empty());
    EXPECT_EQ(std::count_if(regions.begin(), regions.end(),
                            [](const VoiceRegion& r) { return r.optimal; }),
              1);
    EXPECT_THROW(run(rest_->fetch_guild_voice_regions(Snowflake(5))), NotFoundError);
}

}  // namespace
}  // namespace hikari::testing
