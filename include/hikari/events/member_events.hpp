#pragma once
// Guild members joining, changing and leaving, and member chunks
// (hikari.events.member_events).

#include <hikari/events/event.hpp>
#include <hikari/events/shard_events.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/presence.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hikari {

class MemberEvent : public EventType<MemberEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_members};
    Snowflake guild_id;
    User user;
};

/// GUILD_MEMBER_ADD.
class MemberCreateEvent : public EventType<MemberCreateEvent, MemberEvent> {
  public:
    Member member;
};

/// GUILD_MEMBER_UPDATE.
class MemberUpdateEvent : public EventType<MemberUpdateEvent, MemberEvent> {
  public:
    Member member;
    std::optional<Member> old;
};

/// GUILD_MEMBER_REMOVE.
class MemberDeleteEvent : public EventType<MemberDeleteEvent, MemberEvent> {
  public:
    std::optional<Member> old;
};

/// GUILD_MEMBERS_CHUNK: one answer to a REQUEST_GUILD_MEMBERS (op 8).
class MemberChunkEvent : public EventType<MemberChunkEvent, ShardEvent> {
  public:
    Snowflake guild_id;
    std::vector<Member> members;
    unsigned chunk_index = 0;
    unsigned chunk_count = 0;
    std::vector<Snowflake> not_found;
    std::vector<Presence> presences;
    std::optional<std::string> nonce;
};

}  // namespace hikari
