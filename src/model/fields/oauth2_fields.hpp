#pragma once
// JSON shapes of the OAuth2 authorization, OpenID user info and keys, and connections.

#include "model/fields/integration_fields.hpp"

#include <hikari/model/oauth2.hpp>

namespace hikari::json {

template <>
struct Fields<OAuth2Authorization> {
    using T = OAuth2Authorization;
    static constexpr auto list =
        std::tuple{req("application", &T::application), req("scopes", &T::scopes),
                   req("expires", &T::expires), opt("user", &T::user)};
};

template <>
struct Fields<OAuth2Key> {
    using T = OAuth2Key;
    static constexpr auto list =
        std::tuple{req("kty", &T::kty), req("use", &T::use), req("kid", &T::kid),
                   req("n", &T::n),     req("e", &T::e),     req("alg", &T::alg)};
};

template <>
struct Fields<OpenIDUserInfo> {
    using T = OpenIDUserInfo;
    static constexpr auto list = std::tuple{
        req("sub", &T::sub),
        opt("email", &T::email),
        opt("email_verified", &T::email_verified),
        opt("preferred_username", &T::preferred_username),
        opt("nickname", &T::nickname),
        opt("picture", &T::picture),
        opt("locale", &T::locale),
    };
};

template <>
struct Fields<ProvisionalToken> {
    using T = ProvisionalToken;
    static constexpr auto list = std::tuple{
        req("token_type", &T::token_type), req("access_token", &T::access_token),
        req("expires_in", &T::expires_in), req("scope", &T::scope),
        req("id_token", &T::id_token),     opt("refresh_token", &T::refresh_token),
        opt("scopes", &T::scopes),         opt("expires_at_s", &T::expires_at_s),
    };
};

template <>
struct Fields<ConnectionGuild> {
    using T = ConnectionGuild;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("name", &T::name), req("icon", &T::icon)};
};

template <>
struct Fields<ConnectionIntegration> {
    using T = ConnectionIntegration;
    static constexpr auto list = std::tuple{req("id", &T::id), req("type", &T::type),
                                            req("account", &T::account), req("guild", &T::guild)};
};

template <>
struct Fields<Connection> {
    using T = Connection;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("type", &T::type),
        opt("revoked", &T::revoked),
        opt("integrations", &T::integrations),
        req("verified", &T::verified),
        req("friend_sync", &T::friend_sync),
        req("show_activity", &T::show_activity),
        req("two_way_link", &T::two_way_link),
        req("visibility", &T::visibility),
    };
};

}  // namespace hikari::json
