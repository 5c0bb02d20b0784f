#pragma once
// A guild's onboarding flow: prompts with options that give channels and roles.
// See docs/resources/guild.mdx "Guild Onboarding Object".

#include <hikari/model/emoji.hpp>

namespace hikari {

enum class OnboardingMode : std::uint8_t { default_channels = 0, advanced = 1 };
enum class OnboardingPromptType : std::uint8_t { multiple_choice = 0, dropdown = 1 };

struct OnboardingPromptOption {
    Snowflake id;
    std::vector<Snowflake> channel_ids;
    std::vector<Snowflake> role_ids;
    /// As Discord sends it; when writing, Discord reads emoji_id/emoji_name/emoji_animated.
    std::optional<Emoji> emoji;
    std::optional<Snowflake> emoji_id;
    std::optional<std::string> emoji_name;
    std::optional<bool> emoji_animated;
    std::string title;
    std::optional<std::string> description;
    bool operator==(const OnboardingPromptOption&) const = default;
};

struct OnboardingPrompt {
    Snowflake id;
    OnboardingPromptType type{};
    std::vector<OnboardingPromptOption> options;
    std::string title;
    bool single_select = false;
    bool required = false;
    bool in_onboarding = false;
    bool operator==(const OnboardingPrompt&) const = default;
};

struct Onboarding {
    Snowflake guild_id;
    std::vector<OnboardingPrompt> prompts;
    std::vector<Snowflake> default_channel_ids;
    bool enabled = false;
    OnboardingMode mode{};
    bool operator==(const Onboarding&) const = default;
};

}  // namespace hikari
