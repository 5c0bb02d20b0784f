#pragma once
// Invites created and deleted (hikari.events.channel_events invite events). Sent only to bots
// with MANAGE_CHANNELS on the channel.

#include <hikari/events/event.hpp>
#include <hikari/model/invite.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hikari {

class InviteEvent : public EventType<InviteEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_invites};
    std::optional<Snowflake> guild_id;
    Snowflake channel_id;
    std::string code;
};

/// INVITE_CREATE. `invite.guild` and `invite.channel` hold only {"id": ...}.
class InviteCreateEvent : public EventType<InviteCreateEvent, InviteEvent> {
  public:
    Invite invite;
    std::vector<Snowflake> role_ids;  ///< roles given to whoever accepts it
};

/// INVITE_DELETE: only the code and where it was.
class InviteDeleteEvent : public EventType<InviteDeleteEvent, InviteEvent> {
  public:
    std::optional<Invite> old;  ///< from the cache, when it had the invite
};

}  // namespace hikari
