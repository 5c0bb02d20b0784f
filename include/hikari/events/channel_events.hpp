#pragma once
// Channels created, changed, deleted and pins (hikari.events.channel_events).

#include <hikari/events/event.hpp>
#include <hikari/model/channel.hpp>

#include <optional>

namespace hikari {

class ChannelEvent : public EventType<ChannelEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guilds};
    Snowflake channel_id;
    std::optional<Snowflake> guild_id;
};

class GuildChannelCreateEvent : public EventType<GuildChannelCreateEvent, ChannelEvent> {
  public:
    Channel channel;
};

class GuildChannelUpdateEvent : public EventType<GuildChannelUpdateEvent, ChannelEvent> {
  public:
    Channel channel;
    std::optional<Channel> old;
};

class GuildChannelDeleteEvent : public EventType<GuildChannelDeleteEvent, ChannelEvent> {
  public:
    Channel channel;
};

/// CHANNEL_PINS_UPDATE. Needs GUILDS in guilds and DIRECT_MESSAGES in DMs.
class PinsUpdateEvent : public EventType<PinsUpdateEvent, ChannelEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guilds | Intents::direct_messages,
                                                   true};
    std::optional<Timestamp> last_pin_timestamp;
};

}  // namespace hikari
