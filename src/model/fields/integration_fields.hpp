#pragma once
// JSON shape of guild integrations.

#include "model/fields/user_fields.hpp"

#include <hikari/model/integration.hpp>

namespace hikari::json {

template <>
struct Fields<IntegrationAccount> {
    using T = IntegrationAccount;
    static constexpr auto list = std::tuple{req("id", &T::id), req("name", &T::name)};
};

template <>
struct Fields<IntegrationApplication> {
    using T = IntegrationApplication;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("name", &T::name), req("icon", &T::icon),
                   req("description", &T::description), opt("bot", &T::bot)};
};

template <>
struct Fields<Integration> {
    using T = Integration;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("type", &T::type),
        req("enabled", &T::enabled),
        opt("syncing", &T::syncing),
        opt("role_id", &T::role_id),
        opt("enable_emoticons", &T::enable_emoticons),
        opt("expire_behavior", &T::expire_behavior),
        opt("expire_grace_period", &T::expire_grace_period),
        opt("user", &T::user),
        req("account", &T::account),
        opt("synced_at", &T::synced_at),
        opt("subscriber_count", &T::subscriber_count),
        opt("revoked", &T::revoked),
        opt("application", &T::application),
        opt("scopes", &T::scopes),
        opt("guild_id", &T::guild_id),
    };
};

}  // namespace hikari::json
