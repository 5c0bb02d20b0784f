#pragma once
// Presence changes (hikari.events.member_events PresenceUpdateEvent).

#include <hikari/events/event.hpp>
#include <hikari/model/presence.hpp>

#include <optional>

namespace hikari {

/// PRESENCE_UPDATE.
class PresenceUpdateEvent : public EventType<PresenceUpdateEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_presences};
    Snowflake guild_id;
    Presence presence;
    std::optional<Presence> old;
};

}  // namespace hikari
