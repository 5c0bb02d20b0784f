#pragma once
// JSON shape of hikari/model/application.hpp and hikari/model/guild_template.hpp.

#include "model/fields/user_fields.hpp"
#include "model/json/codec.hpp"

#include <hikari/model/application.hpp>
#include <hikari/model/guild_template.hpp>

namespace hikari::json {

template <>
struct Fields<ApplicationInstallParams> {
    using T = ApplicationInstallParams;
    static constexpr auto list =
        std::tuple{req("scopes", &T::scopes), req("permissions", &T::permissions)};
};

template <>
struct Fields<ApplicationIntegrationTypeConfig> {
    using T = ApplicationIntegrationTypeConfig;
    static constexpr auto list =
        std::tuple{opt("oauth2_install_params", &T::oauth2_install_params)};
};

template <>
struct Fields<TeamMember> {
    using T = TeamMember;
    static constexpr auto list = std::tuple{
        req("membership_state", &T::membership_state),
        req("team_id", &T::team_id),
        req("user", &T::user),
        opt("role", &T::role),
        opt("permissions", &T::permissions),
    };
};

template <>
struct Fields<Team> {
    using T = Team;
    static constexpr auto list = std::tuple{
        req("icon", &T::icon),
        req("id", &T::id),
        req("members", &T::members),
        req("name", &T::name),
        req("owner_user_id", &T::owner_user_id),
    };
};

template <>
struct Fields<Application> {
    using T = Application;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("icon", &T::icon),
        req("description", &T::description),
        opt("rpc_origins", &T::rpc_origins),
        req("bot_public", &T::bot_public),
        req("bot_require_code_grant", &T::bot_require_code_grant),
        opt("bot", &T::bot),
        opt("terms_of_service_url", &T::terms_of_service_url),
        opt("privacy_policy_url", &T::privacy_policy_url),
        opt("owner", &T::owner),
        req("verify_key", &T::verify_key),
        req("team", &T::team),
        opt("guild_id", &T::guild_id),
        opt<RawJson>("guild", &T::guild),
        opt("primary_sku_id", &T::primary_sku_id),
        opt("slug", &T::slug),
        opt("cover_image", &T::cover_image),
        opt("flags", &T::flags),
        opt("flags_new", &T::flags_new),
        opt("approximate_guild_count", &T::approximate_guild_count),
        opt("approximate_user_install_count", &T::approximate_user_install_count),
        opt("approximate_user_authorization_count", &T::approximate_user_authorization_count),
        opt("redirect_uris", &T::redirect_uris),
        opt("interactions_endpoint_url", &T::interactions_endpoint_url),
        opt("role_connections_verification_url", &T::role_connections_verification_url),
        opt("event_webhooks_url", &T::event_webhooks_url),
        opt("event_webhooks_status", &T::event_webhooks_status),
        opt("event_webhooks_types", &T::event_webhooks_types),
        opt("tags", &T::tags),
        opt("install_params", &T::install_params),
        opt("integration_types_config", &T::integration_types_config),
        opt("custom_install_url", &T::custom_install_url),
    };
};

template <>
struct Fields<ApplicationRoleConnectionMetadata> {
    using T = ApplicationRoleConnectionMetadata;
    static constexpr auto list = std::tuple{
        req("type", &T::type),
        req("key", &T::key),
        req("name", &T::name),
        opt("name_localizations", &T::name_localizations),
        req("description", &T::description),
        opt("description_localizations", &T::description_localizations),
    };
};

template <>
struct Fields<ApplicationRoleConnection> {
    using T = ApplicationRoleConnection;
    static constexpr auto list = std::tuple{
        req("platform_name", &T::platform_name),
        opt("platform_username", &T::platform_username),
        req("metadata", &T::metadata),
    };
};

template <>
struct Fields<ActivityLocation> {
    using T = ActivityLocation;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("kind", &T::kind),
        req("channel_id", &T::channel_id),
        opt("guild_id", &T::guild_id),
    };
};

template <>
struct Fields<ActivityInstance> {
    using T = ActivityInstance;
    static constexpr auto list = std::tuple{
        req("application_id", &T::application_id),
        req("instance_id", &T::instance_id),
        req("launch_id", &T::launch_id),
        req("location", &T::location),
        req("users", &T::users),
    };
};

template <>
struct Fields<GuildTemplate> {
    using T = GuildTemplate;
    static constexpr auto list = std::tuple{
        req("code", &T::code),
        req("name", &T::name),
        req("description", &T::description),
        req("usage_count", &T::usage_count),
        req("creator_id", &T::creator_id),
        req("creator", &T::creator),
        req("created_at", &T::created_at),
        req("updated_at", &T::updated_at),
        req("source_guild_id", &T::source_guild_id),
        req<RawJson>("serialized_source_guild", &T::serialized_source_guild),
        req("is_dirty", &T::is_dirty),
    };
};

}  // namespace hikari::json
