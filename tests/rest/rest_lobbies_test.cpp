// Lobbies against the sandbox: the bot manages lobbies and members; users, with Bearer tokens
// from the control API, join by secret, link a channel and chat.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class LobbiesTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    RESTClient user_client(Snowflake user,
                           std::vector<std::string> scopes = {"identify", "sdk.social_layer"}) {
        boost::json::array list;
        for (const auto& s : scopes) list.emplace_back(s);
        const auto grant = control(
            "POST", "/oauth2/tokens",
            boost::json::object{{"user_id", user.to_string()}, {"scopes", std::move(list)}});
        RESTOptions options;
        options.rest_url = sandbox_->api_url();
        return RESTClient(io_.get_executor(),
                          Token::bearer(std::string(grant.at("access_token").as_string())),
                          options);
    }

    static Dict<std::string> dict(std::vector<std::pair<std::string, std::string>> entries) {
        Dict<std::string> out;
        out.entries = std::move(entries);
        return out;
    }
};

TEST_F(LobbiesTest, BotManagesLobbiesAndMembers) {
    const Snowflake alice = members_.at(1);
    const Snowflake bob = members_.at(2);
    LobbyCreateOptions create;
    create.metadata = dict({{"topic", "we need more redstone"}});
    create.members = {{.id = alice, .flags = 1U}};
    const Lobby lobby = run(rest_->create_lobby(create));
    EXPECT_EQ(lobby.application_id, application_);
    ASSERT_TRUE(lobby.metadata);
    EXPECT_EQ(*lobby.metadata->find("topic"), "we need more redstone");
    ASSERT_EQ(lobby.members.size(), 1U);
    EXPECT_EQ(lobby.members[0].id, alice);
    EXPECT_EQ(lobby.members[0].flags, std::optional<std::uint32_t>(1U));

    LobbyMemberOptions named;
    named.additional_name = "Twindly Shimmerleaf";
    const LobbyMember added = run(rest_->add_lobby_member(lobby.id, bob, named));
    EXPECT_EQ(added.additional_name, std::optional<std::string>("Twindly Shimmerleaf"));
    EXPECT_EQ(run(rest_->fetch_lobby(lobby.id)).members.size(), 2U);

    // Bulk: bob leaves, a third member comes, alice's metadata changes.
    const Snowflake carol = members_.at(3);
    LobbyMemberUpdate remove_bob{.id = bob, .remove_member = true};
    LobbyMemberUpdate add_carol{.id = carol};
    LobbyMemberUpdate tag_alice{.id = alice, .metadata = dict({{"team", "red"}})};
    const auto upserted =
        run(rest_->bulk_update_lobby_members(lobby.id, {remove_bob, add_carol, tag_alice}));
    ASSERT_EQ(upserted.size(), 2U);  // removed members are not listed
    const Lobby after = run(rest_->fetch_lobby(lobby.id));
    ASSERT_EQ(after.members.size(), 2U);
    EXPECT_EQ(after.members[0].id, alice);
    ASSERT_TRUE(after.members[0].metadata);
    EXPECT_EQ(*after.members[0].metadata->find("team"), "red");
    EXPECT_EQ(after.members[1].id, carol);
    // An unknown user fails the whole update.
    auto unknown_user = expect_error<NotFoundError>([&] {
        run(rest_->bulk_update_lobby_members(lobby.id, {{.id = Snowflake(77)}, {.id = bob}}));
    });
    ASSERT_TRUE(unknown_user);
    EXPECT_EQ(unknown_user->code(), 10013);
    EXPECT_EQ(run(rest_->fetch_lobby(lobby.id)).members.size(), 2U);

    LobbyEditOptions edit;
    edit.metadata = none;
    EXPECT_FALSE(run(rest_->edit_lobby(lobby.id, edit)).metadata.has_value());
    run(rest_->remove_lobby_member(lobby.id, carol));
    run(rest_->remove_lobby_member(lobby.id, carol));  // safe twice
    EXPECT_EQ(run(rest_->fetch_lobby(lobby.id)).members.size(), 1U);

    // Metadata over 1000 characters is refused before sending; the sandbox refuses it too.
    LobbyEditOptions big;
    big.metadata = dict({{"k", std::string(1000, 'x')}});
    EXPECT_THROW(run(rest_->edit_lobby(lobby.id, big)), ValueError);

    run(rest_->delete_lobby(lobby.id));
    run(rest_->delete_lobby(lobby.id));  // safe for a lobby already gone
    auto gone = expect_error<NotFoundError>([&] { run(rest_->fetch_lobby(lobby.id)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10031);
}

TEST_F(LobbiesTest, UsersJoinLinkAndChat) {
    const Snowflake alice = members_.at(1);
    const Snowflake bob = members_.at(2);
    RESTClient alice_client = user_client(alice);
    RESTClient bob_client = user_client(bob);

    LobbyJoinOptions join{.secret = "raid-42"};
    join.lobby_metadata = dict({{"map", "nether"}});
    const Lobby created = run(alice_client.create_or_join_lobby(join));
    LobbyJoinOptions join_again{.secret = "raid-42"};
    const Lobby joined = run(bob_client.create_or_join_lobby(join_again));
    EXPECT_EQ(joined.id, created.id);  // the same secret, the same lobby
    EXPECT_EQ(joined.members.size(), 2U);

    LobbyMessageOptions hello{.content = "hello"};
    hello.metadata = dict({{"ephemeral", "1"}});
    const LobbyMessage sent = run(alice_client.send_lobby_message(created.id, hello));
    EXPECT_EQ(sent.content, "hello");
    EXPECT_EQ(sent.lobby_id, created.id);
    EXPECT_EQ(sent.channel_id, created.id);
    EXPECT_EQ(sent.author.id, alice);
    LobbyMessageOptions reply{.content = "hi alice"};
    (void)run(bob_client.send_lobby_message(created.id, reply));
    const auto messages = run(bob_client.fetch_lobby_messages(created.id));
    ASSERT_EQ(messages.size(), 2U);
    EXPECT_EQ(messages[0].content, "hi alice");        // most recent first
    EXPECT_TRUE(messages[1].metadata.is_undefined());  // metadata is not kept
    EXPECT_EQ(run(bob_client.fetch_lobby_messages(created.id, 1)).size(), 1U);

    // The bot's moderation verdict is kept on the message.
    run(rest_->set_lobby_message_moderation_metadata(created.id, sent.id,
                                                     dict({{"verdict", "clean"}})));
    const auto moderated = run(alice_client.fetch_lobby_messages(created.id));
    ASSERT_TRUE(moderated[1].moderation_metadata.has_value());
    EXPECT_EQ(*moderated[1].moderation_metadata->find("verdict"), "clean");
    EXPECT_THROW(run(rest_->set_lobby_message_moderation_metadata(created.id, Snowflake(5),
                                                                  dict({{"a", "b"}}))),
                 NotFoundError);

    // Linking needs the can_link_lobby flag; invites need a linked channel.
    auto no_flag = expect_error<ForbiddenError>(
        [&] { run(alice_client.link_lobby_channel(created.id, channel_)); });
    ASSERT_TRUE(no_flag);
    EXPECT_EQ(no_flag->code(), 50013);
    EXPECT_THROW(run(alice_client.create_lobby_invite_for_self(created.id)), BadRequestError);
    LobbyMemberOptions may_link;
    may_link.flags = 1U;
    (void)run(rest_->add_lobby_member(created.id, alice, may_link));
    const Lobby linked = run(alice_client.link_lobby_channel(created.id, channel_));
    ASSERT_TRUE(linked.linked_channel);
    EXPECT_EQ(linked.linked_channel->id, channel_);
    EXPECT_FALSE(run(alice_client.create_lobby_invite_for_self(created.id)).empty());
    EXPECT_FALSE(run(rest_->create_lobby_invite_for_user(created.id, bob)).empty());
    EXPECT_FALSE(run(alice_client.link_lobby_channel(created.id, std::nullopt)).linked_channel);

    // Bob leaves: he can no longer read; the bot cannot use the Bearer-only routes.
    run(bob_client.leave_lobby(created.id));
    auto outside =
        expect_error<ForbiddenError>([&] { run(bob_client.fetch_lobby_messages(created.id)); });
    ASSERT_TRUE(outside);
    EXPECT_EQ(outside->code(), 50001);
    EXPECT_THROW(run(rest_->fetch_lobby_messages(created.id)), UnauthorizedError);
    // Without the sdk.social_layer scope a token cannot join.
    RESTClient no_scope = user_client(bob, {"identify"});
    EXPECT_THROW(run(no_scope.create_or_join_lobby(join_again)), UnauthorizedError);
    LobbyMessageOptions empty{.content = ""};
    EXPECT_THROW(run(alice_client.send_lobby_message(created.id, empty)), ValueError);
}

}  // namespace
}  // namespace hikari::testing
