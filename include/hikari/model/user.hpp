#pragma once
// Users. See docs/resources/user.mdx "User Object".

#include <hikari/model/box.hpp>
#include <hikari/model/common.hpp>

namespace hikari {

/// Public and private account flags ("User Flags").
enum class UserFlags : std::uint64_t {
    staff = 1ULL << 0,
    partner = 1ULL << 1,
    hypesquad = 1ULL << 2,
    bug_hunter_level_1 = 1ULL << 3,
    hypesquad_online_house_1 = 1ULL << 6,
    hypesquad_online_house_2 = 1ULL << 7,
    hypesquad_online_house_3 = 1ULL << 8,
    premium_early_supporter = 1ULL << 9,
    team_pseudo_user = 1ULL << 10,
    bug_hunter_level_2 = 1ULL << 14,
    verified_bot = 1ULL << 16,
    verified_developer = 1ULL << 17,
    certified_moderator = 1ULL << 18,
    bot_http_interactions = 1ULL << 19,
    active_developer = 1ULL << 22,
};
template <>
inline constexpr bool enable_flag_operators<UserFlags> = true;

enum class PremiumType : std::uint8_t {
    no_premium = 0,
    nitro_classic = 1,
    nitro = 2,
    nitro_basic = 3
};

struct AvatarDecorationData {
    ImageHash asset;
    Snowflake sku_id;
    bool operator==(const AvatarDecorationData&) const = default;
};

struct Nameplate {
    Snowflake sku_id;
    std::string asset;
    std::string label;
    std::string palette;  ///< a colour name such as "crimson"; kept as sent
    bool operator==(const Nameplate&) const = default;
};

struct Collectibles {
    std::optional<Nameplate> nameplate;
    bool operator==(const Collectibles&) const = default;
};

/// The guild whose tag a user displays.
struct UserPrimaryGuild {
    std::optional<Snowflake> identity_guild_id;
    std::optional<bool> identity_enabled;
    std::optional<std::string> tag;
    std::optional<ImageHash> badge;
    bool operator==(const UserPrimaryGuild&) const = default;
};

/// Fields only sent about the current user, through OAuth2 scopes (identify, email).
struct UserAccountFields {
    std::optional<bool> mfa_enabled;
    std::optional<bool> verified;
    std::optional<PremiumType> premium_type;
    std::optional<std::string> locale;
    UndefinedNoneOr<std::string> email;
    bool operator==(const UserAccountFields&) const = default;
};

struct User {
    Snowflake id;
    std::string username;
    std::string discriminator;  ///< "0" for users on the new username system
    /// Documented as always sent, but many payloads from before 2023 lack it.
    UndefinedNoneOr<std::string> global_name;
    std::optional<ImageHash> avatar;
    UndefinedNoneOr<ImageHash> banner;
    std::optional<UserFlags> public_flags;
    /// All of the user's flags. Documented for the current user, but gateway payloads often
    /// carry it for other users too (then equal to public_flags), so it is kept inline.
    std::optional<UserFlags> flags;
    // Rarely set and large: kept on the heap so that a plain User stays small.
    UndefinedNoneOr<Box<AvatarDecorationData>> avatar_decoration_data;
    UndefinedNoneOr<Box<Collectibles>> collectibles;
    UndefinedNoneOr<Box<UserPrimaryGuild>> primary_guild;
    /// Set when any of its fields was sent (the current user's own account).
    Box<UserAccountFields> account;
    UndefinedNoneOr<std::int32_t> accent_color;
    std::optional<bool> bot;
    std::optional<bool> system;

    bool operator==(const User&) const = default;
};

}  // namespace hikari
