#pragma once
// Guild integrations created, changed and deleted (hikari.events.guild_events integration
// events). GUILD_INTEGRATIONS_UPDATE is IntegrationsUpdateEvent in guild_events.hpp.

#include <hikari/events/guild_events.hpp>
#include <hikari/model/integration.hpp>

#include <optional>

namespace hikari {

class IntegrationEvent : public EventType<IntegrationEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_integrations};
    Snowflake integration_id;
};

/// INTEGRATION_CREATE: the integration without `user`.
class IntegrationCreateEvent : public EventType<IntegrationCreateEvent, IntegrationEvent> {
  public:
    Integration integration;
};

/// INTEGRATION_UPDATE: the integration without `user`.
class IntegrationUpdateEvent : public EventType<IntegrationUpdateEvent, IntegrationEvent> {
  public:
    Integration integration;
};

/// INTEGRATION_DELETE: only ids.
class IntegrationDeleteEvent : public EventType<IntegrationDeleteEvent, IntegrationEvent> {
  public:
    std::optional<Snowflake> application_id;  ///< for bot and OAuth2 integrations
};

}  // namespace hikari
