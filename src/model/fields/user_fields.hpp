#pragma once
// JSON shape of hikari/model/user.hpp.

#include "model/json/codec.hpp"

#include <hikari/model/user.hpp>

namespace hikari::json {

template <>
struct Fields<AvatarDecorationData> {
    using T = AvatarDecorationData;
    static constexpr auto list = std::tuple{req("asset", &T::asset), req("sku_id", &T::sku_id)};
};

template <>
struct Fields<Nameplate> {
    using T = Nameplate;
    static constexpr auto list = std::tuple{req("sku_id", &T::sku_id), req("asset", &T::asset),
                                            req("label", &T::label), req("palette", &T::palette)};
};

template <>
struct Fields<Collectibles> {
    using T = Collectibles;
    static constexpr auto list = std::tuple{opt("nameplate", &T::nameplate)};
};

template <>
struct Fields<UserPrimaryGuild> {
    using T = UserPrimaryGuild;
    static constexpr auto list = std::tuple{req("identity_guild_id", &T::identity_guild_id),
                                            req("identity_enabled", &T::identity_enabled),
                                            req("tag", &T::tag), req("badge", &T::badge)};
};

template <>
struct Fields<User> {
    using T = User;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("username", &T::username),
        req("discriminator", &T::discriminator),
        opt("global_name", &T::global_name),
        req("avatar", &T::avatar),
        opt("bot", &T::bot),
        opt("system", &T::system),
        opt_in("mfa_enabled", &T::account, &UserAccountFields::mfa_enabled),
        opt("banner", &T::banner),
        opt("accent_color", &T::accent_color),
        opt_in("locale", &T::account, &UserAccountFields::locale),
        opt_in("verified", &T::account, &UserAccountFields::verified),
        opt_in("email", &T::account, &UserAccountFields::email),
        opt("flags", &T::flags),
        opt_in("premium_type", &T::account, &UserAccountFields::premium_type),
        opt("public_flags", &T::public_flags),
        opt("avatar_decoration_data", &T::avatar_decoration_data),
        opt("collectibles", &T::collectibles),
        opt("primary_guild", &T::primary_guild),
    };
};

}  // namespace hikari::json
