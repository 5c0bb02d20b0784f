#pragma once
// Guild integrations. See docs/resources/guild.mdx "Integration Object".

#include <hikari/model/user.hpp>

namespace hikari {

enum class IntegrationExpireBehavior : std::uint8_t { remove_role = 0, kick = 1 };

struct IntegrationAccount {
    std::string id;  ///< a string, not a snowflake (a Twitch or YouTube account id)
    std::string name;
    bool operator==(const IntegrationAccount&) const = default;
};

struct IntegrationApplication {
    Snowflake id;
    std::string name;
    std::optional<ImageHash> icon;
    std::string description;
    std::optional<User> bot;
    bool operator==(const IntegrationApplication&) const = default;
};

struct Integration {
    Snowflake id;
    std::string name;
    std::string type;  ///< "twitch", "youtube", "discord" or "guild_subscription"
    bool enabled = false;
    std::optional<bool> syncing;
    std::optional<Snowflake> role_id;
    std::optional<bool> enable_emoticons;
    std::optional<IntegrationExpireBehavior> expire_behavior;
    std::optional<std::int32_t> expire_grace_period;
    std::optional<User> user;
    IntegrationAccount account;
    std::optional<Timestamp> synced_at;
    std::optional<std::int32_t> subscriber_count;
    std::optional<bool> revoked;
    std::optional<IntegrationApplication> application;
    std::vector<std::string> scopes;
    /// Sent in INTEGRATION_CREATE and INTEGRATION_UPDATE only.
    std::optional<Snowflake> guild_id;
    bool operator==(const Integration&) const = default;
};

}  // namespace hikari
