#pragma once
// JSON shapes of application commands and interactions.

#include "model/fields/message_fields.hpp"

#include <hikari/model/interaction.hpp>
#include <hikari/model/interaction_response.hpp>

namespace hikari::json {

template <>
struct Fields<ApplicationCommandOptionChoice> {
    using T = ApplicationCommandOptionChoice;
    static constexpr auto list =
        std::tuple{req("name", &T::name), opt("name_localizations", &T::name_localizations),
                   req("value", &T::value)};
};

template <>
struct Fields<ApplicationCommandOption> {
    using T = ApplicationCommandOption;
    static constexpr auto list = std::tuple{
        req("type", &T::type),
        req("name", &T::name),
        opt("name_localizations", &T::name_localizations),
        req("description", &T::description),
        opt("description_localizations", &T::description_localizations),
        opt("required", &T::required),
        opt("choices", &T::choices),
        opt("options", &T::options),
        opt("channel_types", &T::channel_types),
        opt("min_value", &T::min_value),
        opt("max_value", &T::max_value),
        opt("min_length", &T::min_length),
        opt("max_length", &T::max_length),
        opt("autocomplete", &T::autocomplete),
        opt("file_types", &T::file_types),
    };
};

template <>
struct Fields<ApplicationCommand> {
    using T = ApplicationCommand;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        opt("type", &T::type),
        req("application_id", &T::application_id),
        opt("guild_id", &T::guild_id),
        req("name", &T::name),
        opt("name_localizations", &T::name_localizations),
        req("description", &T::description),
        opt("description_localizations", &T::description_localizations),
        opt("options", &T::options),
        req("default_member_permissions", &T::default_member_permissions),
        opt("dm_permission", &T::dm_permission),
        opt("default_permission", &T::default_permission),
        opt("nsfw", &T::nsfw),
        opt("integration_types", &T::integration_types),
        opt("contexts", &T::contexts),
        req("version", &T::version),
        opt("handler", &T::handler),
    };
};

template <>
struct Fields<InteractionDataOption> {
    using T = InteractionDataOption;
    static constexpr auto list =
        std::tuple{req("name", &T::name), req("type", &T::type), opt("value", &T::value),
                   opt("options", &T::options), opt("focused", &T::focused)};
};

template <>
struct Fields<ResolvedData> {
    using T = ResolvedData;
    static constexpr auto list = std::tuple{
        opt("users", &T::users),
        opt<RawJson>("members", &T::members),
        opt("roles", &T::roles),
        opt("channels", &T::channels),
        opt<RawJson>("messages", &T::messages),
        opt("attachments", &T::attachments),
    };
};

template <>
struct Fields<InteractionData> {
    using T = InteractionData;
    static constexpr auto list = std::tuple{
        opt("id", &T::id),
        opt("name", &T::name),
        opt("type", &T::type),
        opt("options", &T::options),
        opt("guild_id", &T::guild_id),
        opt("target_id", &T::target_id),
        opt("custom_id", &T::custom_id),
        opt("component_type", &T::component_type),
        opt("values", &T::values),
        opt("components", &T::components),
        opt("resolved", &T::resolved),
    };
};

template <>
struct Fields<Interaction> {
    using T = Interaction;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("application_id", &T::application_id),
        req("type", &T::type),
        opt("data", &T::data),
        opt<RawJson>("guild", &T::guild),
        opt("guild_id", &T::guild_id),
        opt("channel", &T::channel),
        opt("channel_id", &T::channel_id),
        opt("member", &T::member),
        opt("user", &T::user),
        req("token", &T::token),
        req("version", &T::version),
        opt("message", &T::message),
        // The next four are documented as always sent; older payloads lack them.
        opt("app_permissions", &T::app_permissions),
        opt("locale", &T::locale),
        opt("guild_locale", &T::guild_locale),
        opt<RawJson>("entitlements", &T::entitlements),
        opt<RawJson>("authorizing_integration_owners", &T::authorizing_integration_owners),
        opt("context", &T::context),
        opt("attachment_size_limit", &T::attachment_size_limit),
    };
};

template <>
struct Fields<ApplicationCommandPermission> {
    using T = ApplicationCommandPermission;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("type", &T::type), req("permission", &T::permission)};
};

template <>
struct Fields<GuildApplicationCommandPermissions> {
    using T = GuildApplicationCommandPermissions;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("application_id", &T::application_id),
                   req("guild_id", &T::guild_id), req("permissions", &T::permissions)};
};

template <>
struct Fields<InteractionCallbackData> {
    using T = InteractionCallbackData;
    static constexpr auto list = std::tuple{
        opt("tts", &T::tts),
        opt("content", &T::content),
        opt("embeds", &T::embeds),
        opt("allowed_mentions", &T::allowed_mentions),
        opt("flags", &T::flags),
        opt("components", &T::components),
        opt<RawJson>("attachments", &T::attachments),
        opt("poll", &T::poll),
        opt("choices", &T::choices),
        opt("custom_id", &T::custom_id),
        opt("title", &T::title),
    };
};

template <>
struct Fields<InteractionResponse> {
    using T = InteractionResponse;
    static constexpr auto list = std::tuple{req("type", &T::type), opt("data", &T::data)};
};

}  // namespace hikari::json
