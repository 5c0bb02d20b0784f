#include "bot/shard_plan.hpp"

#include <hikari/core/logging.hpp>

#include <algorithm>
#include <chrono>
#include <unordered_set>

namespace hikari::bot_detail {

ShardPlan plan_shards(const GatewayBotInfo& info, const StartOptions& options) {
    if (options.shard_ids && !options.shard_count) {
        throw ValueError("shard_ids must be given together with shard_count");
    }
    ShardPlan plan;
    if (options.shard_count) {
        plan.shard_count = *options.shard_count;
    } else {
        plan.shard_count = info.shards > 0 ? static_cast<unsigned>(info.shards) : 1U;
    }
    if (plan.shard_count == 0) throw ValueError("shard_count must be at least 1");

    if (!options.shard_ids) {
        plan.shard_ids.resize(plan.shard_count);
        for (unsigned id = 0; id < plan.shard_count; ++id) plan.shard_ids[id] = id;
        return plan;
    }
    std::unordered_set<unsigned> seen;
    for (const unsigned id : *options.shard_ids) {
        if (id >= plan.shard_count) {
            throw ValueError("shard id " + std::to_string(id) + " is not below shard_count " +
                             std::to_string(plan.shard_count));
        }
        if (seen.insert(id).second) plan.shard_ids.push_back(id);
    }
    if (plan.shard_ids.empty()) throw ValueError("shard_ids is empty");
    return plan;
}

void check_session_start_limit(const SessionStartLimit& limit, std::size_t shards, bool ignore) {
    const auto remaining = static_cast<std::size_t>(std::max(limit.remaining, 0));
    if (remaining >= shards || ignore) return;
    const auto reset_in = std::chrono::duration<double>(limit.reset_after).count();
    log::get("hikari.bot")
        .critical(
            "would have started {} session{}, but only {} session{} may start until the limit "
            "resets in {:.0f} s. Starting more than allowed may get the token reset; to start "
            "anyway, set StartOptions::ignore_session_start_limit",
            shards, shards == 1 ? "" : "s", remaining, remaining == 1 ? "" : "s", reset_in);
    throw SessionStartLimitError("starting " + std::to_string(shards) +
                                 " sessions would exceed the session start limit (" +
                                 std::to_string(remaining) + " left)");
}

std::vector<std::vector<unsigned>> identify_windows(const std::vector<unsigned>& shard_ids,
                                                    unsigned max_concurrency) {
    const std::size_t size = std::max(max_concurrency, 1U);
    std::vector<std::vector<unsigned>> windows;
    for (std::size_t start = 0; start < shard_ids.size(); start += size) {
        const auto end = std::min(start + size, shard_ids.size());
        windows.emplace_back(shard_ids.begin() + static_cast<std::ptrdiff_t>(start),
                             shard_ids.begin() + static_cast<std::ptrdiff_t>(end));
    }
    return windows;
}

unsigned shard_of(Snowflake guild_id, unsigned shard_count) noexcept {
    if (shard_count == 0) return 0;
    return static_cast<unsigned>((guild_id.value() >> 22U) % shard_count);
}

}  // namespace hikari::bot_detail
