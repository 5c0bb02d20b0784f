#pragma once
// The bot's guild-level permissions, computed as Discord does from the @everyone role and the
// member's roles (the owner and ADMINISTRATOR have all), for routes that need one.

#include "sandbox/http/call.hpp"

#include <hikari/core/snowflake.hpp>

#include <cstdint>

namespace hikari::sandbox {

namespace permission_bits {
inline constexpr std::uint64_t administrator = 1ULL << 3;
inline constexpr std::uint64_t manage_guild = 1ULL << 5;
}  // namespace permission_bits

/// The permissions of `user` in `guild` (not counting channel overwrites); 0 for a
/// non-member.
[[nodiscard]] std::uint64_t guild_permissions(const World& world, Snowflake guild, Snowflake user);

/// Throws 50013 Missing Permissions unless the bot has `permission` in `guild`.
void require_bot_permission(Call& call, Snowflake guild, std::uint64_t permission);

}  // namespace hikari::sandbox
