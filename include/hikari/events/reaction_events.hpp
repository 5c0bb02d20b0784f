#pragma once
// Reactions added and removed (hikari.events.reaction_events).

#include <hikari/events/event.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/partial_emoji.hpp>

#include <optional>

namespace hikari {

class ReactionEvent : public EventType<ReactionEvent> {
  public:
    static constexpr EventIntents required_intents{
        Intents::guild_message_reactions | Intents::direct_message_reactions, true};
    Snowflake channel_id;
    Snowflake message_id;
    std::optional<Snowflake> guild_id;  ///< none in DMs
};

/// MESSAGE_REACTION_ADD.
class ReactionAddEvent : public EventType<ReactionAddEvent, ReactionEvent> {
  public:
    Snowflake user_id;
    PartialEmoji emoji;
    std::optional<Member> member;  ///< in guilds
    std::optional<Snowflake> message_author_id;
    bool burst = false;  ///< a super reaction
};

/// MESSAGE_REACTION_REMOVE: one user's reaction.
class ReactionDeleteEvent : public EventType<ReactionDeleteEvent, ReactionEvent> {
  public:
    Snowflake user_id;
    PartialEmoji emoji;
    bool burst = false;
};

/// MESSAGE_REACTION_REMOVE_ALL.
class ReactionDeleteAllEvent : public EventType<ReactionDeleteAllEvent, ReactionEvent> {};

/// MESSAGE_REACTION_REMOVE_EMOJI: every reaction with one emoji.
class ReactionDeleteEmojiEvent : public EventType<ReactionDeleteEmojiEvent, ReactionEvent> {
  public:
    PartialEmoji emoji;
};

}  // namespace hikari
