#pragma once
// Applications (apps), their install settings, their teams and their role connection
// metadata. See docs/resources/application.mdx, docs/topics/teams.mdx and
// docs/resources/application-role-connection-metadata.mdx.

#include <hikari/model/common.hpp>
#include <hikari/model/dict.hpp>
#include <hikari/model/user.hpp>

namespace hikari {

enum class ApplicationFlags : std::uint64_t {
    application_auto_moderation_rule_create_badge = 1ULL << 6,
    gateway_presence = 1ULL << 12,
    gateway_presence_limited = 1ULL << 13,
    gateway_guild_members = 1ULL << 14,
    gateway_guild_members_limited = 1ULL << 15,
    verification_pending_guild_limit = 1ULL << 16,
    embedded = 1ULL << 17,
    gateway_message_content = 1ULL << 18,
    gateway_message_content_limited = 1ULL << 19,
    application_command_badge = 1ULL << 23,
};
template <>
inline constexpr bool enable_flag_operators<ApplicationFlags> = true;

enum class ApplicationEventWebhookStatus : std::uint8_t {
    disabled = 1,
    enabled = 2,
    disabled_by_discord = 3,
};

enum class TeamMembershipState : std::uint8_t { invited = 1, accepted = 2 };

/// The scopes and permissions of an app's default in-app authorization link.
struct ApplicationInstallParams {
    std::vector<std::string> scopes;
    Permissions permissions{};
    bool operator==(const ApplicationInstallParams&) const = default;
};

/// Settings of one installation context (the keys of integration_types_config: "0" guild
/// install, "1" user install).
struct ApplicationIntegrationTypeConfig {
    std::optional<ApplicationInstallParams> oauth2_install_params;
    bool operator==(const ApplicationIntegrationTypeConfig&) const = default;
};

struct TeamMember {
    TeamMembershipState membership_state{};
    Snowflake team_id;
    User user;
    /// "admin", "developer" or "read_only"; the docs require it, their own example omits it.
    std::optional<std::string> role;
    /// Legacy: always ["*"] where still sent.
    std::vector<std::string> permissions;
    bool operator==(const TeamMember&) const = default;
};

struct Team {
    std::optional<ImageHash> icon;
    Snowflake id;
    std::vector<TeamMember> members;
    std::string name;
    Snowflake owner_user_id;
    bool operator==(const Team&) const = default;
};

struct Application {
    Snowflake id;
    std::string name;
    std::optional<ImageHash> icon;
    std::string description;
    std::vector<std::string> rpc_origins;
    bool bot_public = false;
    bool bot_require_code_grant = false;
    std::optional<User> bot;  ///< partial
    std::optional<std::string> terms_of_service_url;
    std::optional<std::string> privacy_policy_url;
    std::optional<User> owner;  ///< partial
    std::string verify_key;
    std::optional<Team> team;
    std::optional<Snowflake> guild_id;
    /// The partial guild object, verbatim JSON (its shape varies with the endpoint).
    std::optional<std::string> guild;
    std::optional<Snowflake> primary_sku_id;
    std::optional<std::string> slug;
    std::optional<ImageHash> cover_image;
    std::optional<ApplicationFlags> flags;
    /// The same flags as a decimal string (room for bits past 53).
    std::optional<std::string> flags_new;
    std::optional<std::int64_t> approximate_guild_count;
    std::optional<std::int64_t> approximate_user_install_count;
    std::optional<std::int64_t> approximate_user_authorization_count;
    std::vector<std::string> redirect_uris;
    UndefinedNoneOr<std::string> interactions_endpoint_url;
    UndefinedNoneOr<std::string> role_connections_verification_url;
    UndefinedNoneOr<std::string> event_webhooks_url;
    std::optional<ApplicationEventWebhookStatus> event_webhooks_status;
    std::vector<std::string> event_webhooks_types;
    std::vector<std::string> tags;
    std::optional<ApplicationInstallParams> install_params;
    Dict<ApplicationIntegrationTypeConfig> integration_types_config;
    std::optional<std::string> custom_install_url;
    bool operator==(const Application&) const = default;
};

/// How a guild's configured value is compared with a user's metadata value.
enum class ApplicationRoleConnectionMetadataType : std::uint8_t {
    integer_less_than_or_equal = 1,
    integer_greater_than_or_equal = 2,
    integer_equal = 3,
    integer_not_equal = 4,
    datetime_less_than_or_equal = 5,
    datetime_greater_than_or_equal = 6,
    boolean_equal = 7,
    boolean_not_equal = 8,
};

/// One metadata field an app offers for linked roles (an app has at most 5).
struct ApplicationRoleConnectionMetadata {
    ApplicationRoleConnectionMetadataType type{};
    /// a-z, 0-9 or _, 1-50 characters.
    std::string key = {};
    std::string name = {};  ///< 1-100 characters
    UndefinedNoneOr<Dict<std::string>> name_localizations = {};
    std::string description = {};  ///< 1-200 characters
    UndefinedNoneOr<Dict<std::string>> description_localizations = {};
    bool operator==(const ApplicationRoleConnectionMetadata&) const = default;
};

/// A user's link to an app's platform, whose metadata the guild's linked roles check
/// (user.mdx "Application Role Connection").
struct ApplicationRoleConnection {
    std::optional<std::string> platform_name = {};  ///< up to 50 characters
    /// Not in the docs' table; sent by Discord and taken by the update endpoint.
    UndefinedNoneOr<std::string> platform_username = {};
    /// Metadata key -> its value as a string (up to 100 characters).
    Dict<std::string> metadata = {};
    bool operator==(const ApplicationRoleConnection&) const = default;
};

/// Where an activity instance runs.
struct ActivityLocation {
    std::string id = {};
    /// "gc" (a guild channel) or "pc" (a DM or group DM), kept as sent.
    std::string kind = {};
    Snowflake channel_id = {};
    UndefinedNoneOr<Snowflake> guild_id = {};
    bool operator==(const ActivityLocation&) const = default;
};

/// A running instance of an app's activity (GET /applications/{id}/activity-instances/{id}).
struct ActivityInstance {
    Snowflake application_id = {};
    std::string instance_id = {};
    Snowflake launch_id = {};
    ActivityLocation location = {};
    /// Users connected to the instance.
    std::vector<Snowflake> users = {};
    bool operator==(const ActivityInstance&) const = default;
};

}  // namespace hikari
