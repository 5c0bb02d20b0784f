#pragma once
// Messages created, edited and deleted (hikari.events.message_events).

#include <hikari/events/event.hpp>
#include <hikari/model/message.hpp>

#include <optional>
#include <vector>

namespace hikari {

class MessageEvent : public EventType<MessageEvent> {
  public:
    static constexpr EventIntents required_intents{
        Intents::guild_messages | Intents::direct_messages, true};
    Snowflake channel_id;
    std::optional<Snowflake> guild_id;  ///< none in DMs
};

class MessageCreateEvent : public EventType<MessageCreateEvent, MessageEvent> {
  public:
    Message message;
};
class GuildMessageCreateEvent : public EventType<GuildMessageCreateEvent, MessageCreateEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_messages};
};
class DMMessageCreateEvent : public EventType<DMMessageCreateEvent, MessageCreateEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::direct_messages};
};

class MessageUpdateEvent : public EventType<MessageUpdateEvent, MessageEvent> {
  public:
    Message message;
    std::optional<Message> old;
};
class GuildMessageUpdateEvent : public EventType<GuildMessageUpdateEvent, MessageUpdateEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_messages};
};
class DMMessageUpdateEvent : public EventType<DMMessageUpdateEvent, MessageUpdateEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::direct_messages};
};

class MessageDeleteEvent : public EventType<MessageDeleteEvent, MessageEvent> {
  public:
    Snowflake message_id;
    std::optional<Message> old;
};
class GuildMessageDeleteEvent : public EventType<GuildMessageDeleteEvent, MessageDeleteEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_messages};
};
class DMMessageDeleteEvent : public EventType<DMMessageDeleteEvent, MessageDeleteEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::direct_messages};
};

/// MESSAGE_DELETE_BULK (guild channels only).
class MessageBulkDeleteEvent : public EventType<MessageBulkDeleteEvent, MessageEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_messages};
    std::vector<Snowflake> message_ids;
    std::vector<Message> old_messages;  ///< the ones the cache knew
};

}  // namespace hikari
