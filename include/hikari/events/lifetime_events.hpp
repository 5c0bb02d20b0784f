#pragma once
// The bot's own lifetime (hikari.events.lifetime_events).

#include <hikari/events/event.hpp>

namespace hikari {

/// The bot is about to connect its shards.
class StartingEvent : public EventType<StartingEvent> {};
/// Every shard is connected.
class StartedEvent : public EventType<StartedEvent> {};
/// The bot begins to close its shards.
class StoppingEvent : public EventType<StoppingEvent> {};
/// Every shard is closed; the last event the bot dispatches.
class StoppedEvent : public EventType<StoppedEvent> {};

}  // namespace hikari
