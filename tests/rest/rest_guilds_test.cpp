// Guilds, roles, members, bans, webhooks, application commands and interactions against the
// sandbox.

#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class GuildsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    /// A member that is neither the bot nor the owner.
    Snowflake human() {
        const Snowflake me = run(rest_->fetch_my_user()).id;
        const Snowflake owner = run(rest_->fetch_guild(guild_)).owner_id;
        for (auto it = members_.rbegin(); it != members_.rend(); ++it) {
            if (*it != me && *it != owner) return *it;
        }
        throw std::runtime_error("no human member");
    }
};

TEST_F(GuildsTest, FetchesAndEditsTheGuild) {
    const Guild guild = run(rest_->fetch_guild(guild_));
    EXPECT_EQ(guild.id, guild_);
    const Guild edited = run(rest_->edit_guild(guild_, {.name = "Renamed guild"}, "audit"));
    EXPECT_EQ(edited.name, "Renamed guild");
}

TEST_F(GuildsTest, ListsAndCreatesChannels) {
    const auto before = run(rest_->fetch_guild_channels(guild_));
    EXPECT_FALSE(before.empty());
    const Channel created =
        run(rest_->create_guild_channel(guild_, {.name = "new-channel", .topic = "t"}));
    EXPECT_EQ(created.name.value(), "new-channel");
    EXPECT_EQ(run(rest_->fetch_guild_channels(guild_)).size(), before.size() + 1);
    EXPECT_THROW((void)rest_->create_guild_channel(guild_, {.name = ""}), ValueError);
}

TEST_F(GuildsTest, RolesCrud) {
    const Role created = run(rest_->create_role(
        guild_, {.name = "mods", .permissions = Permissions(8), .mentionable = true}));
    EXPECT_EQ(created.name, "mods");
    EXPECT_TRUE(created.mentionable);
    EXPECT_EQ(run(rest_->fetch_role(guild_, created.id)).name, "mods");
    const Role edited = run(rest_->edit_role(guild_, created.id, {.name = "admins"}));
    EXPECT_EQ(edited.name, "admins");
    const auto roles = run(rest_->fetch_roles(guild_));
    EXPECT_TRUE(
        std::any_of(roles.begin(), roles.end(), [&](const Role& r) { return r.id == created.id; }));
    run(rest_->delete_role(guild_, created.id, "done"));
    EXPECT_THROW(run(rest_->fetch_role(guild_, created.id)), NotFoundError);
}

TEST_F(GuildsTest, MembersFetchPaginateSearchEditAndRoles) {
    const Snowflake user = human();
    const Member member = run(rest_->fetch_member(guild_, user));
    ASSERT_TRUE(member.user.has_value());
    EXPECT_EQ(member.user->id, user);

    const auto all = run(rest_->fetch_members(guild_).collect());
    EXPECT_EQ(all.size(), members_.size());
    for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].user->id, all[i].user->id);

    const auto found = run(rest_->search_members(guild_, member.user->username.substr(0, 3), 10));
    EXPECT_FALSE(found.empty());
    EXPECT_THROW(run(rest_->search_members(guild_, "", 1)), ValueError);

    const Member nicked = run(rest_->edit_member(guild_, user, {.nickname = "nick"}));
    EXPECT_EQ(nicked.nick.value(), "nick");
    const Member cleared = run(rest_->edit_member(guild_, user, {.nickname = none}));
    EXPECT_FALSE(cleared.nick.has_value());

    const Role role = run(rest_->create_role(guild_, {.name = "r"}));
    run(rest_->add_role_to_member(guild_, user, role.id));
    auto roles = run(rest_->fetch_member(guild_, user)).roles;
    EXPECT_NE(std::find(roles.begin(), roles.end(), role.id), roles.end());
    run(rest_->remove_role_from_member(guild_, user, role.id));
    roles = run(rest_->fetch_member(guild_, user)).roles;
    EXPECT_EQ(std::find(roles.begin(), roles.end(), role.id), roles.end());

    run(rest_->kick_member(guild_, user, "bye"));
    EXPECT_THROW(run(rest_->fetch_member(guild_, user)), NotFoundError);
}

TEST_F(GuildsTest, AddMemberWithATokenAndEditMyNickname) {
    const Snowflake user = human();
    run(rest_->kick_member(guild_, user));
    // Back in through their OAuth2 token, with a nickname.
    const auto added = run(rest_->add_member(guild_, user, "user-oauth-token",
                                             {.nickname = std::string("returning")}));
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->user->id, user);
    EXPECT_EQ(added->nick.value(), "returning");
    // Already a member: 204, nothing to return.
    EXPECT_FALSE(run(rest_->add_member(guild_, user, "user-oauth-token")).has_value());
    EXPECT_THROW(run(rest_->add_member(guild_, user, "")), ValueError);
    EXPECT_THROW(run(rest_->add_member(guild_, Snowflake{12345}, "t")), NotFoundError);

    const Member me = run(rest_->edit_my_member(guild_, std::string("botty")));
    EXPECT_EQ(me.nick.value(), "botty");
    EXPECT_FALSE(run(rest_->edit_my_member(guild_, none)).nick.has_value());
}

TEST_F(GuildsTest, BansRoundTrip) {
    const Snowflake user = human();
    run(rest_->ban_user(guild_, user, std::chrono::seconds(3600), "spam"));
    const GuildBan ban = run(rest_->fetch_ban(guild_, user));
    EXPECT_EQ(ban.user.id, user);
    EXPECT_EQ(ban.reason, std::optional<std::string>("spam"));
    const auto bans = run(rest_->fetch_bans(guild_).collect());
    ASSERT_EQ(bans.size(), 1U);
    run(rest_->unban_user(guild_, user));
    EXPECT_TRUE(run(rest_->fetch_bans(guild_).collect()).empty());
    EXPECT_THROW(run(rest_->ban_user(guild_, user, std::chrono::seconds(-1))), ValueError);
}

TEST_F(GuildsTest, WebhooksCreateExecuteDelete) {
    const Webhook hook = run(rest_->create_webhook(channel_, "hooky"));
    ASSERT_TRUE(hook.token.has_value());
    EXPECT_EQ(run(rest_->fetch_webhook(hook.id)).name, std::optional<std::string>("hooky"));
    EXPECT_EQ(run(rest_->fetch_channel_webhooks(channel_)).size(), 1U);

    const auto message = run(rest_->execute_webhook(hook.id, *hook.token, {.content = "via hook"}));
    ASSERT_TRUE(message.has_value());
    EXPECT_EQ(message->content, "via hook");
    EXPECT_EQ(message->webhook_id, std::optional<Snowflake>(hook.id));
    EXPECT_EQ(run(rest_->execute_webhook(hook.id, *hook.token, {.content = "no wait"}, false)),
              std::nullopt);
    EXPECT_THROW(run(rest_->execute_webhook(hook.id, "wrong-token", {.content = "x"})),
                 ClientHTTPResponseError);

    run(rest_->delete_webhook(hook.id));
    EXPECT_THROW(run(rest_->fetch_webhook(hook.id)), NotFoundError);
}

TEST_F(GuildsTest, ApplicationCommandsGlobalAndGuild) {
    const auto created = run(rest_->create_application_command(
        application_, {.name = "ping",
                       .description = "Pong!",
                       .options_json = R"([{"type":3,"name":"text","description":"t"}])"}));
    EXPECT_EQ(created.name, "ping");
    ASSERT_EQ(created.options.size(), 1U);
    EXPECT_EQ(created.options[0].name, "text");
    EXPECT_EQ(run(rest_->fetch_application_commands(application_)).size(), 1U);

    const auto guild_cmds = run(rest_->set_application_commands(
        application_, {{.name = "a", .description = "A"}, {.name = "b", .description = "B"}},
        guild_));
    EXPECT_EQ(guild_cmds.size(), 2U);
    EXPECT_EQ(run(rest_->fetch_application_commands(application_, guild_)).size(), 2U);

    run(rest_->delete_application_command(application_, created.id));
    EXPECT_TRUE(run(rest_->fetch_application_commands(application_)).empty());
    EXPECT_THROW(run(rest_->create_application_command(application_, {.name = ""})), ValueError);
}

TEST_F(GuildsTest, InteractionResponseAndDelete) {
    const auto interaction =
        control("POST", "/interactions", {{"channel_id", channel_.to_string()}});
    const Snowflake id = Snowflake::parse(interaction.at("id").as_string());
    const std::string token(interaction.at("token").as_string());

    run(rest_->create_interaction_response(id, token, 4, {.content = "pong"}));
    EXPECT_EQ(sandbox_calls("POST /interactions/{interaction_id}/{interaction_token}/callback"),
              1U);
    run(rest_->delete_interaction_response(application_, token));
    EXPECT_THROW(run(rest_->create_interaction_response(id, token, 3)), ValueError);
    EXPECT_THROW(run(rest_->create_interaction_response(id, "", 4)), ValueError);
}

// Disabled: the sandbox's interaction messages carry interaction_metadata without the `user`
// Discord always sends, so hikari's Message reader rejects them (reported to the sandbox).
TEST_F(GuildsTest, InteractionEditAndFollowupReturnMessages) {
    const auto interaction =
        control("POST", "/interactions", {{"channel_id", channel_.to_string()}});
    const Snowflake id = Snowflake::parse(interaction.at("id").as_string());
    const std::string token(interaction.at("token").as_string());
    run(rest_->create_interaction_response(id, token, 4, {.content = "pong"}));
    const Message edited =
        run(rest_->edit_interaction_response(application_, token, {.content = "pong!"}));
    EXPECT_EQ(edited.content, "pong!");
    const Message followup =
        run(rest_->create_followup_message(application_, token, {.content = "more"}));
    EXPECT_EQ(followup.content, "more");
}

}  // namespace
}  // namespace hikari::testing
