// RouteArgs: the placeholder values of a route, kept in one small inline buffer.

#include "rest/route_args.hpp"
#include "rest/route.hpp"

#include <hikari/core/errors_base.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <utility>

namespace hikari::rest {
namespace {

TEST(RouteArgs, WritesIdsAsTheirDigits) {
    const RouteArgs args{Snowflake{0}, Snowflake{1234567890123456789ULL},
                         Snowflake{std::numeric_limits<std::uint64_t>::max()}};
    ASSERT_EQ(args.size(), 3U);
    EXPECT_EQ(args[0], "0");
    EXPECT_EQ(args[1], "1234567890123456789");
    EXPECT_EQ(args[2], "18446744073709551615");
}

TEST(RouteArgs, KeepsTextOfAnyLengthInOrder) {
    const std::string token(90, 't');
    std::string moved_from = "moved";
    const RouteArgs args{
        Snowflake{1},      "", std::string_view("view"), token, std::move(moved_from),
        std::to_string(42)};
    ASSERT_EQ(args.size(), 6U);
    EXPECT_EQ(args[0], "1");
    EXPECT_EQ(args[1], "");
    EXPECT_EQ(args[2], "view");
    EXPECT_EQ(args[3], token);
    EXPECT_EQ(args[4], "moved");
    EXPECT_EQ(args[5], "42");
}

TEST(RouteArgs, CopiesAndMovesOwnTheirText) {
    RouteArgs small{Snowflake{5}, "abc"};
    RouteArgs large{Snowflake{6}, std::string(100, 'L')};
    RouteArgs small_copy = small;
    const RouteArgs large_copy = large;
    small = RouteArgs{"x"};
    large = RouteArgs{};
    EXPECT_EQ(small_copy[1], "abc");
    EXPECT_EQ(large_copy[1], std::string(100, 'L'));
    RouteArgs moved = std::move(small_copy);
    EXPECT_EQ(moved[0], "5");
    EXPECT_EQ(small[0], "x");
    EXPECT_TRUE(large.empty());
}

TEST(RouteArgs, RefusesMoreArgumentsThanAnyRoute) {
    RouteArgs args;
    for (std::size_t i = 0; i < RouteArgs::max_size; ++i) args.push_back(Snowflake{i});
    EXPECT_EQ(args[RouteArgs::max_size - 1], std::to_string(RouteArgs::max_size - 1));
    EXPECT_THROW(args.push_back("one too many"), ValueError);
}

TEST(RouteArgs, CompileTakesIdsAndTextAndChecksTheCount) {
    constexpr Route route{"GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"};
    const auto compiled = compile(route, {Snowflake{5}, std::string(68, 'k'), Snowflake{9}});
    EXPECT_EQ(compiled.path, "/webhooks/5/" + std::string(68, 'k') + "/messages/9");
    EXPECT_EQ(compiled.major(), "5/" + std::string(68, 'k'));
    EXPECT_THROW((void)compile(route, {Snowflake{5}}), ValueError);
    EXPECT_THROW((void)compile(route, {Snowflake{5}, "", Snowflake{9}}), ValueError);
}

}  // namespace
}  // namespace hikari::rest
