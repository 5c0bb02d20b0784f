#pragma once
// Options of the lobby endpoints (docs/resources/lobby.mdx; metadata is string key/value pairs
// of at most 1000 characters in all) and of the Social SDK's provisional accounts.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>
#include <hikari/model/dict.hpp>
#include <hikari/model/lobby.hpp>
#include <hikari/model/oauth2.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

/// A member to put in a lobby (create_lobby, edit_lobby).
struct LobbyMemberInit {
    Snowflake id = {};
    UndefinedNoneOr<Dict<std::string>> metadata = {};
    UndefinedOr<std::uint32_t> flags = {};  ///< LobbyMemberFlags bits
};

struct LobbyCreateOptions {
    UndefinedNoneOr<Dict<std::string>> metadata = {};
    std::vector<LobbyMemberInit> members = {};            ///< at most 25
    UndefinedOr<std::int32_t> idle_timeout_seconds = {};  ///< 5 to 604800
};

/// edit_lobby: only the fields set change; members replaces the member list.
struct LobbyEditOptions {
    UndefinedNoneOr<Dict<std::string>> metadata = {};
    UndefinedOr<std::vector<LobbyMemberInit>> members = {};
    UndefinedOr<std::int32_t> idle_timeout_seconds = {};
};

/// create_or_join_lobby (Bearer): the lobby of `secret`, created when there is none.
struct LobbyJoinOptions {
    std::string secret = {};  ///< up to 250 characters
    UndefinedOr<std::int32_t> idle_timeout_seconds = {};
    UndefinedNoneOr<Dict<std::string>> lobby_metadata = {};
    UndefinedNoneOr<Dict<std::string>> member_metadata = {};
};

/// add_lobby_member: the member's metadata, flags and additional name.
struct LobbyMemberOptions {
    UndefinedNoneOr<Dict<std::string>> metadata = {};
    UndefinedOr<std::uint32_t> flags = {};
    UndefinedNoneOr<std::string> additional_name = {};  ///< 1-80 characters
};

/// One entry of bulk_update_lobby_members: upserted, or removed with remove_member.
struct LobbyMemberUpdate {
    Snowflake id = {};
    UndefinedNoneOr<Dict<std::string>> metadata = {};
    UndefinedOr<std::uint32_t> flags = {};
    UndefinedNoneOr<std::string> additional_name = {};
    bool remove_member = false;
};

/// send_lobby_message (Bearer).
struct LobbyMessageOptions {
    std::string content = {};  ///< non-empty, up to 4000 characters
    UndefinedNoneOr<Dict<std::string>> metadata = {};
    UndefinedOr<std::uint32_t> flags = {};
};

/// A game client's own proof of who the player is (fetch_provisional_token,
/// unmerge_provisional_account; no bot token needed).
struct ExternalAuthOptions {
    Snowflake client_id = {};  ///< the application
    std::optional<std::string> client_secret = {};
    std::string external_auth_token = {};  ///< 1-10240 characters
    ExternalAuthType external_auth_type = ExternalAuthType::oidc;
};

/// fetch_provisional_token_for_player (bot token): the player by the game's own user id.
struct BotProvisionalTokenOptions {
    std::string external_user_id = {};  ///< 1-1024 characters
    UndefinedNoneOr<Snowflake> provisional_user_id = {};
    UndefinedNoneOr<std::string> preferred_global_name = {};  ///< 1-32 characters
};

}  // namespace hikari
