#pragma once
// What an OAuth2 access token (Token::bearer) can ask about itself: the authorization
// (GET /oauth2/@me, topics/oauth2.mdx), the OpenID Connect user info and signing keys, and
// the user's linked accounts (user.mdx "Connection Object").

#include <hikari/model/integration.hpp>
#include <hikari/model/user.hpp>

namespace hikari {

/// The authorization behind a bearer token.
struct OAuth2Authorization {
    IntegrationApplication application;  ///< a partial application
    std::vector<std::string> scopes;
    Timestamp expires{};
    std::optional<User> user;  ///< with the identify scope
    bool operator==(const OAuth2Authorization&) const = default;
};

/// One of the JSON Web Keys that sign Discord's OpenID Connect id tokens.
struct OAuth2Key {
    std::string kty;
    std::string use;
    std::string kid;
    std::string n;  ///< RSA modulus, base64url
    std::string e;  ///< RSA exponent, base64url
    std::string alg;
    bool operator==(const OAuth2Key&) const = default;
};

/// OpenID Connect claims about the token's user (GET /oauth2/userinfo, openid scope).
struct OpenIDUserInfo {
    std::string sub;                     ///< the user's id
    UndefinedNoneOr<std::string> email;  ///< with the email scope
    std::optional<bool> email_verified;
    std::optional<std::string> preferred_username;
    UndefinedNoneOr<std::string> nickname;  ///< the global name
    std::optional<std::string> picture;     ///< avatar URL
    std::optional<std::string> locale;
    bool operator==(const OpenIDUserInfo&) const = default;
};

/// Who sees the connection on the profile: only the user (hidden) or everyone.
/// An access token for a provisional account (Social SDK, /partner-sdk/token): a Discord user
/// the application made for a player of its game, identified by the game's own account.
struct ProvisionalToken {
    std::string token_type;
    std::string access_token;
    std::int32_t expires_in = 0;  ///< seconds
    std::string scope;            ///< space-separated
    std::string id_token;         ///< an OpenID Connect id token
    UndefinedNoneOr<std::string> refresh_token;
    UndefinedNoneOr<std::vector<std::string>> scopes;
    UndefinedNoneOr<std::int64_t> expires_at_s;
    bool operator==(const ProvisionalToken&) const = default;
};

/// Who vouches for a player's identity when asking for a provisional token.
enum class ExternalAuthType : std::uint8_t {
    oidc,
    epic_online_services_access_token,
    epic_online_services_id_token,
    steam_session_ticket,
    unity_services_id_token,
    discord_bot_issued_access_token,
    apple_id_token,
    playstation_network_id_token,
};

enum class ConnectionVisibility : std::uint8_t { hidden = 0, everyone = 1 };

/// The guild a connection's integration belongs to.
struct ConnectionGuild {
    Snowflake id;
    std::string name;
    std::optional<ImageHash> icon;
    bool operator==(const ConnectionGuild&) const = default;
};

/// A partial server integration of a connection (a Twitch or YouTube subscription).
struct ConnectionIntegration {
    std::string id;
    std::string type;
    IntegrationAccount account;
    ConnectionGuild guild;
    bool operator==(const ConnectionIntegration&) const = default;
};

/// An account the user linked (GET /users/@me/connections, connections scope).
struct Connection {
    std::string id;  ///< the account's id on the service
    std::optional<std::string> name;
    std::string type;  ///< the service: "github", "steam", "twitch", ...
    std::optional<bool> revoked;
    std::optional<std::vector<ConnectionIntegration>> integrations;
    bool verified = false;
    bool friend_sync = false;
    bool show_activity = false;
    bool two_way_link = false;
    ConnectionVisibility visibility{};
    bool operator==(const Connection&) const = default;
};

}  // namespace hikari
