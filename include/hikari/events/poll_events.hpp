#pragma once
// Votes on polls (hikari.events.poll_events).

#include <hikari/core/snowflake.hpp>
#include <hikari/events/event.hpp>

#include <cstdint>
#include <optional>

namespace hikari {

class PollVoteEvent : public EventType<PollVoteEvent> {
  public:
    static constexpr EventIntents required_intents{
        Intents::guild_message_polls | Intents::direct_message_polls, true};
    Snowflake user_id;
    Snowflake channel_id;
    Snowflake message_id;
    std::optional<Snowflake> guild_id;  ///< none in DMs
    std::int32_t answer_id = 0;
};

/// MESSAGE_POLL_VOTE_ADD.
class PollVoteCreateEvent : public EventType<PollVoteCreateEvent, PollVoteEvent> {};
/// MESSAGE_POLL_VOTE_REMOVE.
class PollVoteDeleteEvent : public EventType<PollVoteDeleteEvent, PollVoteEvent> {};

}  // namespace hikari
