#include <hikari/core/undefined.hpp>

#include <gtest/gtest.h>

#include <string>

using namespace hikari;

TEST(UndefinedOr, DefaultsToUndefined) {
    UndefinedOr<int> x;
    EXPECT_TRUE(x.is_undefined());
    EXPECT_FALSE(x.has_value());
    EXPECT_THROW((void)x.value(), BadUndefinedAccess);
    EXPECT_EQ(x.value_or(7), 7);
    x = 3;
    EXPECT_EQ(x.value(), 3);
    x = undefined;
    EXPECT_TRUE(x.is_undefined());
}

TEST(UndefinedNoneOr, TellsTheThreeStatesApart) {
    UndefinedNoneOr<std::string> leave;
    UndefinedNoneOr<std::string> clear = none;
    UndefinedNoneOr<std::string> set = "topic";
    EXPECT_TRUE(leave.is_undefined());
    EXPECT_FALSE(leave.is_none());
    EXPECT_FALSE(clear.is_undefined());
    EXPECT_TRUE(clear.is_none());
    EXPECT_FALSE(clear.has_value());
    EXPECT_TRUE(set.has_value());
    EXPECT_EQ(*set, "topic");
    EXPECT_NE(leave, clear);
    EXPECT_THROW((void)clear.value(), BadUndefinedAccess);
}

TEST(UndefinedNoneOr, MapsAnEmptyOptionalToNone) {
    std::optional<int> empty;
    UndefinedNoneOr<int> from_empty = empty;
    EXPECT_TRUE(from_empty.is_none());
    UndefinedNoneOr<int> from_full = std::optional<int>{4};
    EXPECT_EQ(from_full.value(), 4);
}
