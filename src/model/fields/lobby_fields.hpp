#pragma once
// JSON shapes of lobbies, their members and messages.

#include "model/fields/guild_fields.hpp"

#include <hikari/model/lobby.hpp>

namespace hikari::json {

template <>
struct Fields<LobbyMember> {
    using T = LobbyMember;
    static constexpr auto list =
        std::tuple{req("id", &T::id), opt("metadata", &T::metadata), opt("flags", &T::flags),
                   opt("additional_name", &T::additional_name)};
};

template <>
struct Fields<Lobby> {
    using T = Lobby;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("application_id", &T::application_id),
        req("metadata", &T::metadata),
        req("members", &T::members),
        opt("linked_channel", &T::linked_channel),
        opt("flags", &T::flags),
        opt("override_event_webhooks_url", &T::override_event_webhooks_url),
    };
};

template <>
struct Fields<LobbyMessageMember> {
    static constexpr auto list =
        std::tuple{req("additional_name", &LobbyMessageMember::additional_name)};
};

template <>
struct Fields<LobbyMessage> {
    using T = LobbyMessage;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("type", &T::type),
        req("content", &T::content),
        req("lobby_id", &T::lobby_id),
        req("channel_id", &T::channel_id),
        req("author", &T::author),
        opt("lobby_member", &T::lobby_member),
        opt("metadata", &T::metadata),
        opt("moderation_metadata", &T::moderation_metadata),
        req("flags", &T::flags),
        opt("application_id", &T::application_id),
    };
};

}  // namespace hikari::json
