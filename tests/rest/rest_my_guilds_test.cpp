// The bot's guild list (GET /users/@me/guilds, paged by `after`) and its own member object
// (GET /users/@me/guilds/{id}/member) against the sandbox.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class MyGuildsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override {
        options.route_rate_limits = false;
        // More than one page of 200, kept small otherwise.
        options.world.guilds = 203;
        options.world.channels_per_guild = 1;
        options.world.members_per_guild = 2;
        options.world.messages_per_channel = 0;
    }
};

TEST_F(MyGuildsTest, PagesThroughEveryGuild) {
    const auto world = control("GET", "/world");
    std::vector<Snowflake> expected;
    for (const auto& g : world.at("guilds").as_array()) {
        expected.push_back(Snowflake::parse(g.at("id").as_string()));
    }
    std::sort(expected.begin(), expected.end());
    ASSERT_EQ(expected.size(), 203U);

    const auto calls = sandbox_calls("GET /users/@me/guilds");
    const auto guilds = run(rest_->fetch_my_guilds().collect());
    EXPECT_EQ(sandbox_calls("GET /users/@me/guilds") - calls, 2U);  // 200, then 3
    ASSERT_EQ(guilds.size(), expected.size());
    for (std::size_t i = 0; i < guilds.size(); ++i) EXPECT_EQ(guilds[i].id, expected[i]);
    const OwnGuild& first = guilds[0];
    EXPECT_FALSE(first.name.empty());
    EXPECT_FALSE(first.owner);  // a generated guild belongs to one of its people
    // The bot's administrator role gives it every permission.
    EXPECT_EQ(first.permissions, Permissions::all());
    EXPECT_FALSE(first.approximate_member_count);  // only with_counts

    // From an id on, with counts.
    const auto rest = run(rest_->fetch_my_guilds(true, expected[200]).collect());
    ASSERT_EQ(rest.size(), 2U);
    EXPECT_EQ(rest[0].id, expected[201]);
    EXPECT_EQ(rest[0].approximate_member_count, std::optional<std::int32_t>(2));
}

TEST_F(MyGuildsTest, MyMemberAndLeaving) {
    const Snowflake bot = run(rest_->fetch_my_user()).id;
    const Member me = run(rest_->fetch_my_member(guild_));
    ASSERT_TRUE(me.user);
    EXPECT_EQ(me.user->id, bot);
    EXPECT_EQ(me, run(rest_->fetch_member(guild_, bot)));

    run(rest_->leave_guild(guild_));
    const auto gone = expect_error<NotFoundError>([&] { run(rest_->fetch_my_member(guild_)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10004);
    for (const OwnGuild& g : run(rest_->fetch_my_guilds().collect())) EXPECT_NE(g.id, guild_);
}

}  // namespace
}  // namespace hikari::testing
