#pragma once
// Guilds becoming visible or not, changing, and bans (hikari.events.guild_events).

#include <hikari/events/event.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/user.hpp>

#include <optional>

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

}  // namespace hikari
