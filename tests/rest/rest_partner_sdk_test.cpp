// The Social SDK's provisional accounts and DM moderation against the sandbox: tokens for a
// game's players, by the bot or by the game's own identity proof, usable as Bearer tokens.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class PartnerSdkTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    RESTClient player_client(const ProvisionalToken& token) {
        RESTOptions options;
        options.rest_url = sandbox_->api_url();
        return RESTClient(io_.get_executor(), Token::bearer(token.access_token), options);
    }
};

TEST_F(PartnerSdkTest, ProvisionalAccountsAreKeyedByTheGamesUserId) {
    BotProvisionalTokenOptions by_bot{.external_user_id = "player-1"};
    by_bot.preferred_global_name = "Steve";
    const ProvisionalToken token = run(rest_->fetch_provisional_token_for_player(by_bot));
    EXPECT_EQ(token.token_type, "Bearer");
    EXPECT_GT(token.expires_in, 0);
    EXPECT_NE(token.scope.find("sdk.social_layer"), std::string::npos);
    EXPECT_FALSE(token.id_token.empty());

    // The token is a Bearer token of a real (provisional) user: it can ask who it is and join
    // a lobby.
    RESTClient player = player_client(token);
    const OpenIDUserInfo info = run(player.fetch_openid_userinfo());
    ASSERT_TRUE(info.nickname.has_value());
    EXPECT_EQ(*info.nickname, "Steve");
    LobbyJoinOptions join{.secret = "match-9"};
    const Lobby lobby = run(player.create_or_join_lobby(join));
    ASSERT_EQ(lobby.members.size(), 1U);
    EXPECT_EQ(lobby.members[0].id.to_string(), info.sub);

    // The game's own identity proof reaches the same account.
    ExternalAuthOptions proof{.client_id = application_,
                              .external_auth_token = "player-1",
                              .external_auth_type = ExternalAuthType::steam_session_ticket};
    const ProvisionalToken again = run(rest_->fetch_provisional_token(proof));
    EXPECT_NE(again.access_token, token.access_token);
    EXPECT_EQ(run(player_client(again).fetch_openid_userinfo()).sub, info.sub);

    // Errors: another application, a mismatching provisional user, unknown players.
    ExternalAuthOptions other_app = proof;
    other_app.client_id = Snowflake(1234);
    const auto unknown_app =
        expect_error<NotFoundError>([&] { run(rest_->fetch_provisional_token(other_app)); });
    ASSERT_TRUE(unknown_app);
    EXPECT_EQ(unknown_app->code(), 10002);
    BotProvisionalTokenOptions mismatch{.external_user_id = "player-1"};
    mismatch.provisional_user_id = Snowflake(42);
    const auto wrong = expect_error<BadRequestError>(
        [&] { run(rest_->fetch_provisional_token_for_player(mismatch)); });
    ASSERT_TRUE(wrong);
    EXPECT_TRUE(names_field(*wrong, "provisional_user_id"));
    ExternalAuthOptions empty = proof;
    empty.external_auth_token.clear();
    EXPECT_THROW(run(rest_->fetch_provisional_token(empty)), ValueError);

    run(rest_->unmerge_provisional_account(proof));
    run(rest_->unmerge_provisional_account_for_player("player-1"));
    const auto stranger = expect_error<NotFoundError>(
        [&] { run(rest_->unmerge_provisional_account_for_player("nobody")); });
    ASSERT_TRUE(stranger);
    EXPECT_EQ(stranger->code(), 10013);
}

TEST_F(PartnerSdkTest, DmMessageModerationMetadata) {
    const Snowflake user = members_.at(1);
    const Channel dm = run(rest_->create_dm_channel(user));
    const Message m = run(rest_->create_message(dm.id, {.content = "gg"}));
    const Snowflake bot = run(rest_->fetch_my_user()).id;
    Dict<std::string> verdict;
    verdict.entries = {{"verdict", "clean"}, {"reviewer", "auto"}};
    run(rest_->set_dm_message_moderation_metadata(bot, user, m.id, verdict));
    run(rest_->set_dm_message_moderation_metadata(user, bot, m.id, verdict));  // either order

    const auto unknown = expect_error<NotFoundError>(
        [&] { run(rest_->set_dm_message_moderation_metadata(bot, user, Snowflake(7), verdict)); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10008);
    EXPECT_THROW(
        run(rest_->set_dm_message_moderation_metadata(user, members_.at(2), m.id, verdict)),
        NotFoundError);
    Dict<std::string> too_many;
    for (int i = 0; i < 6; ++i) too_many.entries.emplace_back("k" + std::to_string(i), "v");
    EXPECT_THROW(run(rest_->set_dm_message_moderation_metadata(bot, user, m.id, too_many)),
                 ValueError);
}

}  // namespace
}  // namespace hikari::testing
