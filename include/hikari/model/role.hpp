#pragma once
// Roles. See docs/topics/permissions.mdx "Role Object".

#include <hikari/model/common.hpp>

namespace hikari {

/// Tags whose JSON value is null carry their meaning by being present: here they are bools.
struct RoleTags {
    std::optional<Snowflake> bot_id;
    std::optional<Snowflake> integration_id;
    bool premium_subscriber = false;
    std::optional<Snowflake> subscription_listing_id;
    bool available_for_purchase = false;
    bool guild_connections = false;
    bool operator==(const RoleTags&) const = default;
};

struct RoleColors {
    std::uint32_t primary_color = 0;
    std::optional<std::uint32_t> secondary_color;
    std::optional<std::uint32_t> tertiary_color;
    bool operator==(const RoleColors&) const = default;
};

enum class RoleFlags : std::uint32_t { in_prompt = 1U << 0 };
template <>
inline constexpr bool enable_flag_operators<RoleFlags> = true;

struct Role {
    Snowflake id;
    std::string name;
    std::uint32_t color = 0;  ///< deprecated by Discord in favour of colors.primary_color
    std::optional<RoleColors> colors;
    bool hoist = false;
    UndefinedNoneOr<ImageHash> icon;
    UndefinedNoneOr<std::string> unicode_emoji;
    std::int32_t position = 0;
    Permissions permissions;
    bool managed = false;
    bool mentionable = false;
    std::optional<RoleTags> tags;
    RoleFlags flags{};
    bool operator==(const Role&) const = default;
};

}  // namespace hikari
