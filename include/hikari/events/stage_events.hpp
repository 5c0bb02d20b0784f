#pragma once
// Stage instances (hikari.events.stage_events).

#include <hikari/events/guild_events.hpp>
#include <hikari/model/stage_instance.hpp>

namespace hikari {

class StageInstanceEvent : public EventType<StageInstanceEvent, GuildEvent> {
  public:
    StageInstance stage_instance;
};

class StageInstanceCreateEvent : public EventType<StageInstanceCreateEvent, StageInstanceEvent> {};
class StageInstanceUpdateEvent : public EventType<StageInstanceUpdateEvent, StageInstanceEvent> {};
class StageInstanceDeleteEvent : public EventType<StageInstanceDeleteEvent, StageInstanceEvent> {};

}  // namespace hikari
