#pragma once
// Someone started typing (hikari.events.typing_events).

#include <hikari/events/event.hpp>
#include <hikari/model/member.hpp>

#include <optional>

namespace hikari {

/// TYPING_START.
class TypingEvent : public EventType<TypingEvent> {
  public:
    static constexpr EventIntents required_intents{
        Intents::guild_message_typing | Intents::direct_message_typing, true};
    Snowflake channel_id;
    std::optional<Snowflake> guild_id;  ///< none in DMs
    Snowflake user_id;
    Timestamp timestamp{};
    std::optional<Member> member;  ///< in guilds
};

}  // namespace hikari
