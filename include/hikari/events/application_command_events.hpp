#pragma once
// Application command permissions (hikari.events.application_events).

#include <hikari/events/guild_events.hpp>
#include <hikari/model/application_command.hpp>

namespace hikari {

/// APPLICATION_COMMAND_PERMISSIONS_UPDATE: a command's permissions in a guild changed.
/// Needs no intent.
class ApplicationCommandPermissionsUpdateEvent
    : public EventType<ApplicationCommandPermissionsUpdateEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{};
    GuildApplicationCommandPermissions permissions;
};

}  // namespace hikari
