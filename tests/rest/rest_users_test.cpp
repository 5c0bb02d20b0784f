// Gateway and user endpoints against the sandbox.

#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class UsersTest : public SandboxTest {};

TEST_F(UsersTest, FetchesGatewayUrlAndBotInfo) {
    const std::string url = run(rest_->fetch_gateway_url());
    EXPECT_TRUE(url.starts_with("ws://127.0.0.1:")) << url;
    const GatewayBotInfo info = run(rest_->fetch_gateway_bot_info());
    EXPECT_EQ(info.url, url);
    EXPECT_GE(info.shards, 1);
    EXPECT_GT(info.session_start_limit.total, 0);
    EXPECT_LE(info.session_start_limit.remaining, info.session_start_limit.total);
    EXPECT_GE(info.session_start_limit.max_concurrency, 1);
}

TEST_F(UsersTest, FetchesMyUserAndOthers) {
    const User me = run(rest_->fetch_my_user());
    EXPECT_EQ(me.bot, std::optional<bool>(true));
    const User other = run(rest_->fetch_user(members_.back()));
    EXPECT_EQ(other.id, members_.back());
}

TEST_F(UsersTest, EditsMyUsername) {
    const User me = run(rest_->edit_my_user({.username = "renamed-bot"}));
    EXPECT_EQ(me.username, "renamed-bot");
    EXPECT_EQ(run(rest_->fetch_my_user()).username, "renamed-bot");
}

TEST_F(UsersTest, CreatesADmChannel) {
    const User me = run(rest_->fetch_my_user());
    Snowflake human;
    for (const auto m : members_) {
        if (m != me.id) human = m;
    }
    const Channel dm = run(rest_->create_dm_channel(human));
    EXPECT_EQ(dm.type, ChannelType::dm);
    ASSERT_FALSE(dm.recipients.empty());
    EXPECT_EQ(dm.recipients.front().id, human);
}

TEST_F(UsersTest, UnknownUserIsATypedNotFound) {
    try {
        run(rest_->fetch_user(Snowflake(12345)));
        FAIL() << "expected NotFoundError";
    } catch (const NotFoundError& e) {
        EXPECT_EQ(e.status(), 404);
        EXPECT_EQ(e.code(), 10013);  // Unknown User
    }
}

TEST_F(UsersTest, LeavesAGuild) {
    run(rest_->leave_guild(guild_));
    EXPECT_THROW(run(rest_->fetch_guild(guild_)), ClientHTTPResponseError);
}

TEST_F(UsersTest, WrongTokenIsUnauthorized) {
    RESTOptions options;
    options.rest_url = sandbox_->api_url();
    RESTClient stranger(io_.get_executor(), Token::bot("not-the-token"), options);
    EXPECT_THROW(run(stranger.fetch_my_user()), UnauthorizedError);
}

}  // namespace
}  // namespace hikari::testing
