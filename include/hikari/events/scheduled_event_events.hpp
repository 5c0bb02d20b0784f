#pragma once
// Guild scheduled events and their subscribers (hikari.events.scheduled_events).

#include <hikari/events/guild_events.hpp>
#include <hikari/model/guild_scheduled_event.hpp>

#include <optional>

namespace hikari {

class ScheduledEventEvent : public EventType<ScheduledEventEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_scheduled_events};
    Snowflake event_id;
};

class ScheduledEventCreateEvent : public EventType<ScheduledEventCreateEvent, ScheduledEventEvent> {
  public:
    GuildScheduledEvent event;
};

class ScheduledEventUpdateEvent : public EventType<ScheduledEventUpdateEvent, ScheduledEventEvent> {
  public:
    GuildScheduledEvent event;
    std::optional<GuildScheduledEvent> old;
};

class ScheduledEventDeleteEvent : public EventType<ScheduledEventDeleteEvent, ScheduledEventEvent> {
  public:
    GuildScheduledEvent event;
};

/// GUILD_SCHEDULED_EVENT_USER_ADD.
class ScheduledEventUserAddEvent
    : public EventType<ScheduledEventUserAddEvent, ScheduledEventEvent> {
  public:
    Snowflake user_id;
};

/// GUILD_SCHEDULED_EVENT_USER_REMOVE.
class ScheduledEventUserRemoveEvent
    : public EventType<ScheduledEventUserRemoveEvent, ScheduledEventEvent> {
  public:
    Snowflake user_id;
};

}  // namespace hikari
