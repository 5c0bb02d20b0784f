// The decisions of GatewayBot::start() that need no network: shard plans, the session start
// limit, identify windows, the identify gate and the auto-chunk rules.

#include <hikari/core/errors.hpp>

#include "bot/auto_chunk.hpp"
#include "bot/identify_gate.hpp"
#include "bot/shard_plan.hpp"

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <chrono>
#include <vector>

namespace {

using namespace hikari;
using namespace hikari::bot_detail;
using namespace std::chrono_literals;

GatewayBotInfo info(int shards, int remaining = 1000, int max_concurrency = 1) {
    GatewayBotInfo result;
    result.url = "ws://gateway";
    result.shards = shards;
    result.session_start_limit = {1000, remaining, 3'600'000ms, max_concurrency};
    return result;
}

TEST(ShardPlan, TheRecommendedCountByDefault) {
    const auto plan = plan_shards(info(3), {});
    EXPECT_EQ(plan.shard_count, 3U);
    EXPECT_EQ(plan.shard_ids, (std::vector<unsigned>{0, 1, 2}));
}

TEST(ShardPlan, AnExplicitCountOverridesTheRecommendation) {
    StartOptions options;
    options.shard_count = 5;
    EXPECT_EQ(plan_shards(info(3), options).shard_ids.size(), 5U);
}

TEST(ShardPlan, ShardIdsAreDeduplicatedInTheirOrder) {
    StartOptions options;
    options.shard_count = 8;
    options.shard_ids = std::vector<unsigned>{5, 2, 5, 7, 2};
    const auto plan = plan_shards(info(1), options);
    EXPECT_EQ(plan.shard_count, 8U);
    EXPECT_EQ(plan.shard_ids, (std::vector<unsigned>{5, 2, 7}));
}

TEST(ShardPlan, BadCombinationsAreValueErrors) {
    StartOptions ids_only;
    ids_only.shard_ids = std::vector<unsigned>{0};
    EXPECT_THROW((void)plan_shards(info(1), ids_only), ValueError);
    StartOptions zero;
    zero.shard_count = 0;
    EXPECT_THROW((void)plan_shards(info(1), zero), ValueError);
    StartOptions out_of_range;
    out_of_range.shard_count = 2;
    out_of_range.shard_ids = std::vector<unsigned>{2};
    EXPECT_THROW((void)plan_shards(info(1), out_of_range), ValueError);
    StartOptions empty;
    empty.shard_count = 2;
    empty.shard_ids = std::vector<unsigned>{};
    EXPECT_THROW((void)plan_shards(info(1), empty), ValueError);
}

TEST(SessionStartLimit, RefusesToSpendMoreThanIsLeftUnlessIgnored) {
    const SessionStartLimit limit{1000, 2, 1000ms, 1};
    EXPECT_NO_THROW(check_session_start_limit(limit, 2, false));
    EXPECT_THROW(check_session_start_limit(limit, 3, false), SessionStartLimitError);
    EXPECT_NO_THROW(check_session_start_limit(limit, 3, true));
    const SessionStartLimit nothing_left{1000, 0, 1000ms, 1};
    EXPECT_THROW(check_session_start_limit(nothing_left, 1, false), SessionStartLimitError);
}

TEST(IdentifyWindows, GroupsOfMaxConcurrencyInOrder) {
    const std::vector<unsigned> ids{0, 1, 2, 3, 4};
    EXPECT_EQ(identify_windows(ids, 2), (std::vector<std::vector<unsigned>>{{0, 1}, {2, 3}, {4}}));
    EXPECT_EQ(identify_windows(ids, 16).size(), 1U);
    EXPECT_EQ(identify_windows(ids, 0).size(), 5U) << "0 is treated as 1";
}

TEST(ShardOf, TheDocsFormula) {
    // (guild_id >> 22) % shard_count, gateway.mdx "Sharding".
    const Snowflake guild{197038439483310086ULL};
    EXPECT_EQ(shard_of(guild, 1), 0U);
    EXPECT_EQ(shard_of(guild, 16), static_cast<unsigned>((197038439483310086ULL >> 22U) % 16));
}

TEST(IdentifyGate, OneIdentifyPerBucketPerInterval) {
    boost::asio::io_context io;
    IdentifyGate gate(io.get_executor(), 2, 100ms);
    std::vector<std::pair<unsigned, std::chrono::steady_clock::time_point>> passed;
    const auto begin = std::chrono::steady_clock::now();
    for (unsigned shard : {0U, 1U, 2U, 3U, 4U}) {
        boost::asio::co_spawn(
            io,
            [&, shard]() -> Task<void> {
                co_await gate.acquire(shard);
                passed.emplace_back(shard, std::chrono::steady_clock::now());
            },
            boost::asio::detached);
    }
    io.run();
    ASSERT_EQ(passed.size(), 5U);
    // Buckets: {0, 2, 4} and {1, 3}. Shards 0 and 1 pass at once; the others wait their turn.
    std::map<unsigned, std::chrono::milliseconds> after;
    for (const auto& [shard, at] : passed) {
        after[shard] = std::chrono::duration_cast<std::chrono::milliseconds>(at - begin);
    }
    EXPECT_LT(after[0], 50ms);
    EXPECT_LT(after[1], 50ms);
    EXPECT_GE(after[2], 100ms);
    EXPECT_GE(after[3], 100ms);
    EXPECT_GE(after[4], 200ms);
    EXPECT_LT(after[3], 200ms) << "bucket 1 has only two shards";
}

TEST(AutoChunk, HikarisRules) {
    ChunkContext context;
    context.intents = Intents::guilds | Intents::guild_members;
    context.cache.components = CacheComponents::all;
    // Allowed (members intent, no presences intent) and needed (a member cache).
    EXPECT_TRUE(should_request_members(context, false));
    // With presences, only large guilds: small ones already came with their members.
    context.intents = context.intents | Intents::guild_presences;
    EXPECT_FALSE(should_request_members(context, false));
    EXPECT_TRUE(should_request_members(context, true));
    EXPECT_TRUE(chunk_with_presences(context));
    // Not needed: no member cache beyond the bot's own, and nobody listening for chunks.
    context.cache.only_my_member = true;
    EXPECT_FALSE(should_request_members(context, true));
    context.chunk_events_wanted = true;
    EXPECT_TRUE(should_request_members(context, true));
    // Not allowed without the intent, or when switched off.
    context.intents = Intents::guilds;
    EXPECT_FALSE(should_request_members(context, true));
    context.intents = Intents::guilds | Intents::guild_members;
    context.auto_chunk_members = false;
    EXPECT_FALSE(should_request_members(context, true));
    // Presences only when they are cached.
    context.intents = Intents::guild_members | Intents::guild_presences;
    context.cache.components = CacheComponents::members;
    EXPECT_FALSE(chunk_with_presences(context));
}

}  // namespace
