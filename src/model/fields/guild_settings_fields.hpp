#pragma once
// JSON shapes of a guild's widget and onboarding, and of SKUs.

#include "model/fields/guild_fields.hpp"

#include <hikari/model/onboarding.hpp>
#include <hikari/model/sku.hpp>
#include <hikari/model/widget.hpp>

namespace hikari::json {

template <>
struct Fields<WidgetSettings> {
    using T = WidgetSettings;
    static constexpr auto list =
        std::tuple{req("enabled", &T::enabled), req("channel_id", &T::channel_id)};
};

template <>
struct Fields<WidgetChannel> {
    using T = WidgetChannel;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("name", &T::name), req("position", &T::position)};
};

template <>
struct Fields<WidgetMember> {
    using T = WidgetMember;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("username", &T::username),
        opt("discriminator", &T::discriminator),
        req("avatar", &T::avatar),
        req("status", &T::status),
        opt("avatar_url", &T::avatar_url),
    };
};

template <>
struct Fields<Widget> {
    using T = Widget;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("instant_invite", &T::instant_invite),
        req("channels", &T::channels),
        req("members", &T::members),
        req("presence_count", &T::presence_count),
    };
};

template <>
struct Fields<OnboardingPromptOption> {
    using T = OnboardingPromptOption;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("channel_ids", &T::channel_ids),
        req("role_ids", &T::role_ids),
        opt("emoji", &T::emoji),
        opt("emoji_id", &T::emoji_id),
        opt("emoji_name", &T::emoji_name),
        opt("emoji_animated", &T::emoji_animated),
        req("title", &T::title),
        req("description", &T::description),
    };
};

template <>
struct Fields<OnboardingPrompt> {
    using T = OnboardingPrompt;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("type", &T::type),
        req("options", &T::options),
        req("title", &T::title),
        req("single_select", &T::single_select),
        req("required", &T::required),
        req("in_onboarding", &T::in_onboarding),
    };
};

template <>
struct Fields<Onboarding> {
    using T = Onboarding;
    static constexpr auto list = std::tuple{
        req("guild_id", &T::guild_id),
        req("prompts", &T::prompts),
        req("default_channel_ids", &T::default_channel_ids),
        req("enabled", &T::enabled),
        req("mode", &T::mode),
    };
};

template <>
struct Fields<Sku> {
    using T = Sku;
    static constexpr auto list = std::tuple{
        req("id", &T::id),     req("type", &T::type), req("application_id", &T::application_id),
        req("name", &T::name), req("slug", &T::slug), req("flags", &T::flags),
    };
};

}  // namespace hikari::json
