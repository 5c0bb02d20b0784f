#pragma once
// Events about one gateway connection (hikari.events.shard_events).

#include <hikari/events/event.hpp>
#include <hikari/model/guild.hpp>
#include <hikari/model/user.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

class ShardEvent : public EventType<ShardEvent> {
  public:
    unsigned shard_id = 0;
};

/// The shard opened its websocket (before IDENTIFY or RESUME).
class ShardConnectedEvent : public EventType<ShardConnectedEvent, ShardEvent> {};

/// The shard lost or closed its websocket; it may reconnect.
class ShardDisconnectedEvent : public EventType<ShardDisconnectedEvent, ShardEvent> {};

/// READY: a new session began.
class ShardReadyEvent : public EventType<ShardReadyEvent, ShardEvent> {
  public:
    int gateway_version = 0;
    User my_user;
    std::vector<UnavailableGuild> unavailable_guilds;
    std::string session_id;
    std::string resume_gateway_url;
    std::optional<Snowflake> application_id;
    std::optional<std::uint64_t> application_flags;
    std::optional<unsigned> shard_count;  ///< from the `shard` pair, when sent
};

/// RESUMED: the session continued after a reconnect.
class ShardResumedEvent : public EventType<ShardResumedEvent, ShardEvent> {};

/// Any dispatch, as received, before (and independently of) the typed event built from it.
class ShardPayloadEvent : public EventType<ShardPayloadEvent, ShardEvent> {
  public:
    std::string name;
    std::uint64_t sequence = 0;
    std::string payload;  ///< the whole payload text {"op":0,"t":..,"s":..,"d":..}
};

/// A dispatch this version builds no typed event for (an unknown or not yet modelled name).
class RawDispatchEvent : public EventType<RawDispatchEvent, ShardEvent> {
  public:
    std::string name;
    std::string payload;  ///< the whole payload text
};

/// RATE_LIMITED: a gateway command was refused for going too fast (so far only Request Guild
/// Members, opcode 8).
class ShardRateLimitedEvent : public EventType<ShardRateLimitedEvent, ShardEvent> {
  public:
    int opcode = 0;
    double retry_after = 0;  ///< seconds
    std::string meta;        ///< the `meta` object as JSON text; its shape depends on `opcode`
    /// From `meta` for opcode 8: the guild whose members were requested, and the nonce.
    std::optional<Snowflake> guild_id;
    std::optional<std::string> nonce;
};

}  // namespace hikari
