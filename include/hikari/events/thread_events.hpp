#pragma once
// Threads created, changed and deleted (hikari.events.channel_events thread events).

#include <hikari/events/channel_events.hpp>

#include <cstdint>
#include <optional>
#include <vector>

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

/// THREAD_LIST_SYNC: the bot gained access to channels; their active threads, all of them.
/// `channel_id` is not set (a sync is about several parents, see `channel_ids`).
class ThreadListSyncEvent : public EventType<ThreadListSyncEvent, ThreadEvent> {
  public:
    /// The parents whose threads are synced; none: every thread of the guild.
    std::optional<std::vector<Snowflake>> channel_ids;
    std::vector<Channel> threads;
    std::vector<ThreadMember> members;  ///< the bot's own memberships in `threads`
};

/// THREAD_MEMBER_UPDATE: the bot's own membership of the thread `channel_id` changed.
class ThreadMemberUpdateEvent : public EventType<ThreadMemberUpdateEvent, ThreadEvent> {
  public:
    ThreadMember member;
};

/// THREAD_MEMBERS_UPDATE: users were added to or removed from the thread `channel_id`. Without
/// GUILD_MEMBERS, sent only when the bot itself was added or removed.
class ThreadMembersUpdateEvent : public EventType<ThreadMembersUpdateEvent, ThreadEvent> {
  public:
    std::int32_t member_count = 0;  ///< approximate, capped at 50
    std::vector<ThreadMember> added_members;
    std::vector<Snowflake> removed_member_ids;
};

}  // namespace hikari
