#pragma once
// When GatewayBot asks for a guild's members on its own (auto_chunk_members), by hikari's
// rules: allowed with the GUILD_MEMBERS intent for a large guild, or for any guild when the
// bot has no GUILD_PRESENCES intent (then GUILD_CREATE carries no members worth having);
// needed when the cache keeps members beyond the bot's own, or someone waits for chunks.

#include <hikari/core/config.hpp>
#include <hikari/core/intents.hpp>

namespace hikari::bot_detail {

struct ChunkContext {
    bool auto_chunk_members = true;
    Intents intents;
    CacheSettings cache;
    bool chunk_events_wanted = false;  ///< a listener, waiter or stream of MemberChunkEvent
};

/// Whether a GUILD_CREATE of a guild that is (or not) `large` triggers REQUEST_GUILD_MEMBERS.
[[nodiscard]] bool should_request_members(const ChunkContext& context, bool large) noexcept;

/// Whether that request asks for presences too (the intent, and a presence cache).
[[nodiscard]] bool chunk_with_presences(const ChunkContext& context) noexcept;

}  // namespace hikari::bot_detail
