// The cache keeps millions of members and users: their sizes are watched here.
#include <hikari/model/guild.hpp>
#include <hikari/model/message.hpp>

#include <gtest/gtest.h>

#include <iostream>
#include <optional>

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

}  // namespace
