#pragma once
// Threads created, changed and deleted (hikari.events.channel_events thread events).

#include <hikari/events/channel_events.hpp>

#include <optional>

namespace hikari {

/// A thread is a channel, so ChannelEvent listeners receive these too.
class ThreadEvent : public EventType<ThreadEvent, ChannelEvent> {};

/// THREAD_CREATE: a thread was created, or the bot was added to a private thread.
class ThreadCreateEvent : public EventType<ThreadCreateEvent, ThreadEvent> {
  public:
    Channel thread;
    bool newly_created = false;  ///< false when the bot was only added to it
};

/// THREAD_UPDATE.
class ThreadUpdateEvent : public EventType<ThreadUpdateEvent, ThreadEvent> {
  public:
    Channel thread;
    std::optional<Channel> old;
};

/// THREAD_DELETE: only ids are sent.
class ThreadDeleteEvent : public EventType<ThreadDeleteEvent, ThreadEvent> {
  public:
    std::optional<Snowflake> parent_id;
    std::optional<Channel> old;
};

}  // namespace hikari
