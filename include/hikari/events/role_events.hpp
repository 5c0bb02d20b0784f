#pragma once
// Roles created, changed and deleted (hikari.events.role_events).

#include <hikari/events/event.hpp>
#include <hikari/model/role.hpp>

#include <optional>

namespace hikari {

class RoleEvent : public EventType<RoleEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guilds};
    Snowflake guild_id;
    Snowflake role_id;
};

class RoleCreateEvent : public EventType<RoleCreateEvent, RoleEvent> {
  public:
    Role role;
};

class RoleUpdateEvent : public EventType<RoleUpdateEvent, RoleEvent> {
  public:
    Role role;
    std::optional<Role> old;
};

class RoleDeleteEvent : public EventType<RoleDeleteEvent, RoleEvent> {
  public:
    std::optional<Role> old;
};

}  // namespace hikari
