#pragma once
// The decisions of GatewayBot::start() that need no I/O: which shards to run, whether the
// session start limit allows it, and the order of the identify windows.

#include <hikari/bot/bot_settings.hpp>
#include <hikari/rest/gateway_bot_info.hpp>

#include <string>
#include <vector>

namespace hikari::bot_detail {

struct ShardPlan {
    unsigned shard_count = 0;
    std::vector<unsigned> shard_ids;  ///< de-duplicated, in the order given
};

/// The shards to start: the recommended count unless options say otherwise. Throws
/// ValueError for shard_ids without shard_count, a zero count, or an id >= the count.
[[nodiscard]] ShardPlan plan_shards(const GatewayBotInfo& info, const StartOptions& options);

/// Throws SessionStartLimitError (after logging why, critically) when starting `shards`
/// sessions would spend more than `limit.remaining`, unless `ignore`.
void check_session_start_limit(const SessionStartLimit& limit, std::size_t shards, bool ignore);

/// Shard ids in groups of max_concurrency (at least 1), in order.
[[nodiscard]] std::vector<std::vector<unsigned>> identify_windows(
    const std::vector<unsigned>& shard_ids, unsigned max_concurrency);

/// The shard that receives a guild's events: (guild_id >> 22) % shard_count.
[[nodiscard]] unsigned shard_of(Snowflake guild_id, unsigned shard_count) noexcept;

}  // namespace hikari::bot_detail
