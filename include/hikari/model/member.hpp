#pragma once
// Guild members. See docs/resources/guild.mdx "Guild Member Object".

#include <hikari/model/user.hpp>

namespace hikari {

enum class MemberFlags : std::uint32_t {
    did_rejoin = 1U << 0,
    completed_onboarding = 1U << 1,
    bypasses_verification = 1U << 2,
    started_onboarding = 1U << 3,
    is_guest = 1U << 4,
    started_home_actions = 1U << 5,
    completed_home_actions = 1U << 6,
    automod_quarantined_username = 1U << 7,
    dm_settings_upsell_acknowledged = 1U << 9,
    automod_quarantined_guild_tag = 1U << 10,
};
template <>
inline constexpr bool enable_flag_operators<MemberFlags> = true;

/// `user` is absent in members attached to MESSAGE_CREATE/UPDATE events.
struct Member {
    std::optional<User> user;
    UndefinedNoneOr<std::string> nick;
    UndefinedNoneOr<ImageHash> avatar;
    UndefinedNoneOr<ImageHash> banner;
    std::vector<Snowflake> roles;
    std::optional<Timestamp> joined_at;
    UndefinedNoneOr<Timestamp> premium_since;
    UndefinedNoneOr<Timestamp> communication_disabled_until;
    std::optional<Permissions> permissions;
    // Always sent in the member object, but GUILD_MEMBER_UPDATE may omit them (then they
    // read as no flags / false); always written.
    MemberFlags flags{};
    bool deaf = false;
    bool mute = false;
    std::optional<bool> pending;
    UndefinedNoneOr<Box<AvatarDecorationData>> avatar_decoration_data;
    UndefinedNoneOr<Box<Collectibles>> collectibles;
    bool operator==(const Member&) const = default;
};

}  // namespace hikari
