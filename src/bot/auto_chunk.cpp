#include "bot/auto_chunk.hpp"

namespace hikari::bot_detail {

bool should_request_members(const ChunkContext& context, bool large) noexcept {
    const bool allowed = context.auto_chunk_members &&
                         context.intents.contains(Intents::guild_members) &&
                         (large || !context.intents.contains(Intents::guild_presences));
    if (!allowed) return false;
    const bool member_cache =
        has(context.cache.components, CacheComponents::members) && !context.cache.only_my_member;
    return member_cache || context.chunk_events_wanted;
}

bool chunk_with_presences(const ChunkContext& context) noexcept {
    return context.intents.contains(Intents::guild_presences) &&
           has(context.cache.components, CacheComponents::presences);
}

}  // namespace hikari::bot_detail
