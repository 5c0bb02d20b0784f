#pragma once
// Guilds becoming visible or not, changing, and bans (hikari.events.guild_events).

#include <hikari/events/event.hpp>
#include <hikari/model/emoji.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/sticker.hpp>
#include <hikari/model/user.hpp>

#include <optional>
#include <vector>

namespace hikari {

class GuildEvent : public EventType<GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guilds};
    Snowflake guild_id;
};

/// The guild came into or went out of view.
class GuildVisibilityEvent : public EventType<GuildVisibilityEvent, GuildEvent> {};

/// GUILD_CREATE for a guild listed in READY or back from an outage.
class GuildAvailableEvent : public EventType<GuildAvailableEvent, GuildVisibilityEvent> {
  public:
    Guild guild;
};

/// GUILD_CREATE for a guild the bot has just joined.
class GuildJoinEvent : public EventType<GuildJoinEvent, GuildVisibilityEvent> {
  public:
    Guild guild;
};

/// GUILD_DELETE without `unavailable`: the bot left, was removed, or the guild was deleted.
class GuildLeaveEvent : public EventType<GuildLeaveEvent, GuildVisibilityEvent> {
  public:
    std::optional<Guild> old;
};

/// GUILD_DELETE with `unavailable`: an outage.
class GuildUnavailableEvent : public EventType<GuildUnavailableEvent, GuildVisibilityEvent> {};

class GuildUpdateEvent : public EventType<GuildUpdateEvent, GuildEvent> {
  public:
    Guild guild;
    std::optional<Guild> old;
};

class BanEvent : public EventType<BanEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_moderation};
    User user;
};

class BanCreateEvent : public EventType<BanCreateEvent, BanEvent> {};
class BanDeleteEvent : public EventType<BanDeleteEvent, BanEvent> {};

/// GUILD_EMOJIS_UPDATE: the full new list.
class EmojisUpdateEvent : public EventType<EmojisUpdateEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_expressions};
    std::vector<Emoji> emojis;
    std::optional<std::vector<Emoji>> old;
};

/// GUILD_STICKERS_UPDATE: the full new list.
class StickersUpdateEvent : public EventType<StickersUpdateEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_expressions};
    std::vector<Sticker> stickers;
    std::optional<std::vector<Sticker>> old;
};

/// GUILD_INTEGRATIONS_UPDATE: something about the guild's integrations changed.
class IntegrationsUpdateEvent : public EventType<IntegrationsUpdateEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_integrations};
};

/// WEBHOOKS_UPDATE: a webhook of the channel was created, changed or deleted.
class WebhookUpdateEvent : public EventType<WebhookUpdateEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_webhooks};
    Snowflake channel_id;
};

}  // namespace hikari
