#pragma once
// Dispatches the event layer builds no typed event for (they reach the cache as
// RawDispatchEvent) but that change cached state: INVITE_CREATE, INVITE_DELETE and
// THREAD_LIST_SYNC. Each reader throws JsonError for a malformed payload.

#include <hikari/model/channel.hpp>
#include <hikari/model/invite.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hikari::cache_detail {

struct InviteCreate {
    std::optional<Snowflake> guild_id;
    Snowflake channel_id;
    Invite invite;  ///< guild and channel as {"id": ...}
};

struct InviteDelete {
    std::optional<Snowflake> guild_id;
    Snowflake channel_id;
    std::string code;
};

struct ThreadListSync {
    Snowflake guild_id;
    /// The parents whose threads are synced; none: every thread of the guild.
    std::optional<std::vector<Snowflake>> channel_ids;
    std::vector<Channel> threads;
};

/// `payload` is the whole dispatch text {"op":0,"t":..,"d":{..}}.
InviteCreate read_invite_create(std::string_view payload);
InviteDelete read_invite_delete(std::string_view payload);
ThreadListSync read_thread_list_sync(std::string_view payload);

}  // namespace hikari::cache_detail
