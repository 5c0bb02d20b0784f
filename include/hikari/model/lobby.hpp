#pragma once
// Lobbies of the Social SDK: groups of users an application creates, with members, messages
// and optionally a linked guild text channel. See docs/resources/lobby.mdx.

#include <hikari/model/channel.hpp>
#include <hikari/model/dict.hpp>
#include <hikari/model/user.hpp>

namespace hikari {

/// Lobby member flag bits.
enum class LobbyMemberFlags : std::uint32_t {
    can_link_lobby = 1U << 0,  ///< may link a text channel to the lobby
};

struct LobbyMember {
    Snowflake id;  ///< the user's id
    std::optional<Dict<std::string>> metadata;
    std::optional<std::uint32_t> flags;          ///< LobbyMemberFlags bits
    std::optional<std::string> additional_name;  ///< 1-80 characters, e.g. a character name
    bool operator==(const LobbyMember&) const = default;
};

struct Lobby {
    Snowflake id;
    Snowflake application_id;
    std::optional<Dict<std::string>> metadata;
    std::vector<LobbyMember> members;
    std::optional<Channel> linked_channel;
    std::optional<std::uint32_t> flags;
    UndefinedNoneOr<std::string> override_event_webhooks_url;
    bool operator==(const Lobby&) const = default;
};

/// The author's additional name when the message was sent.
struct LobbyMessageMember {
    std::string additional_name;
    bool operator==(const LobbyMessageMember&) const = default;
};

struct LobbyMessage {
    Snowflake id;
    std::int32_t type = 0;  ///< a message type (0: default)
    std::string content;
    Snowflake lobby_id;
    Snowflake channel_id;  ///< equal to lobby_id
    User author;
    std::optional<LobbyMessageMember> lobby_member;
    UndefinedNoneOr<Dict<std::string>> metadata;
    UndefinedNoneOr<Dict<std::string>> moderation_metadata;
    std::uint32_t flags = 0;
    std::optional<Snowflake> application_id;
    bool operator==(const LobbyMessage&) const = default;
};

}  // namespace hikari
