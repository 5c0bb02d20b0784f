// The cache keeps millions of members and users: their sizes are watched here.
#include <hikari/model/guild.hpp>
#include <hikari/model/message.hpp>

#include <gtest/gtest.h>

#include <iostream>
#include <optional>
#include <type_traits>

namespace {

TEST(ModelSizes, StayWithinBudget) {
    std::cout << "sizeof(User) = " << sizeof(hikari::User) << "\n"
              << "sizeof(Member) = " << sizeof(hikari::Member) << "\n"
              << "sizeof(Message) = " << sizeof(hikari::Message) << "\n"
              << "sizeof(Guild) = " << sizeof(hikari::Guild) << "\n"
              << "sizeof(Channel) = " << sizeof(hikari::Channel) << "\n"
              << "sizeof(Role) = " << sizeof(hikari::Role) << "\n";
    // Budgets just above today's sizes (g++ 12, 64-bit libstdc++), so growth is noticed.
    EXPECT_LE(sizeof(hikari::User), 320U);
    EXPECT_LE(sizeof(hikari::Member), 616U);
    EXPECT_LE(sizeof(hikari::Member) - sizeof(std::optional<hikari::User>), 288U);
    EXPECT_LE(sizeof(hikari::Message), 1712U);
}

TEST(ModelSizes, GrowingVectorsMoveTheirElements) {
    // A vector copies its elements when it grows unless their move cannot throw: for the
    // members of a GUILD_CREATE that would be a copy of every string and hash.
    static_assert(std::is_nothrow_move_constructible_v<hikari::User>);
    static_assert(std::is_nothrow_move_constructible_v<hikari::Member>);
    static_assert(std::is_nothrow_move_constructible_v<hikari::Role>);
    static_assert(std::is_nothrow_move_constructible_v<hikari::Channel>);
    static_assert(std::is_nothrow_move_constructible_v<hikari::Message>);
    static_assert(std::is_nothrow_move_constructible_v<hikari::Guild>);
    static_assert(std::is_nothrow_move_constructible_v<hikari::ImageHash>);
    SUCCEED();
}

}  // namespace
