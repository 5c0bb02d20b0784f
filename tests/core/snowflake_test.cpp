#include <hikari/core/snowflake.hpp>

#include <gtest/gtest.h>

#include <unordered_set>

using namespace hikari;
using namespace std::chrono;

TEST(Snowflake, ParsesTheDocsExample) {
    // docs/reference.mdx: 175928847299117063 was created at 2016-04-30 11:18:25.796 UTC.
    auto id = Snowflake::parse("175928847299117063");
    EXPECT_EQ(id.value(), 175928847299117063ULL);
    EXPECT_EQ(id.timestamp_ms(), 1462015105796ULL);
    EXPECT_EQ(id.worker_id(), 1U);
    EXPECT_EQ(id.process_id(), 0U);
    EXPECT_EQ(id.increment(), 7U);
    auto expected = sys_days{year{2016} / April / 30} + hours{11} + minutes{18} + seconds{25} +
                    milliseconds{796};
    EXPECT_EQ(id.created_at(), expected);
    EXPECT_EQ(id.to_string(), "175928847299117063");
}

TEST(Snowflake, AcceptsTheExtremes) {
    EXPECT_EQ(Snowflake::parse("0").value(), 0U);
    EXPECT_EQ(Snowflake::parse("18446744073709551615").value(), UINT64_MAX);
    EXPECT_FALSE(Snowflake{});
    EXPECT_TRUE(Snowflake{1});
}

TEST(Snowflake, RejectsMalformedStringsWithATypedError) {
    for (const char* bad : {"", "-1", "+1", " 1", "1 ", "12a", "0x10", "1.5", "abc",
                            "18446744073709551616", "999999999999999999999999"}) {
        EXPECT_THROW(Snowflake::parse(bad), ParseError) << bad;
        EXPECT_FALSE(Snowflake::try_parse(bad).has_value()) << bad;
    }
    try {
        Snowflake::parse("12a");
        FAIL() << "no exception";
    } catch (const HikariError& e) {
        EXPECT_NE(std::string(e.what()).find("\"12a\""), std::string::npos) << e.what();
    }
}

TEST(Snowflake, MinAndMaxForATimeBracketEveryIdOfThatMillisecond) {
    auto id = 175928847299117063_sf;
    auto lo = Snowflake::min_for(id.created_at());
    auto hi = Snowflake::max_for(id.created_at());
    EXPECT_LE(lo, id);
    EXPECT_GE(hi, id);
    EXPECT_EQ(lo.created_at(), id.created_at());
    EXPECT_EQ(hi.created_at(), id.created_at());
    EXPECT_EQ(hi.value() - lo.value(), (1U << 22) - 1);
    // Before Discord's epoch there is nothing smaller than zero.
    EXPECT_EQ(Snowflake::min_for(Snowflake::TimePoint{}).value(), 0U);
}

TEST(Snowflake, ShardIdFollowsTheDocsFormula) {
    auto guild = 197038439483310086_sf;
    for (unsigned count : {1U, 2U, 16U, 1000U}) {
        EXPECT_EQ(guild.shard_id(count), (guild.value() >> 22) % count);
    }
    EXPECT_EQ(Snowflake{0}.shard_id(5), 0U);
    EXPECT_THROW((void)guild.shard_id(0), std::invalid_argument);
}

TEST(Snowflake, OrdersAndHashes) {
    EXPECT_LT(1_sf, 2_sf);
    std::unordered_set<Snowflake> set{1_sf, 2_sf, 1_sf};
    EXPECT_EQ(set.size(), 2U);
}
