// The Bearer-token endpoints against the sandbox: a grant issued through the control API for
// one of the world's users, and a second RESTClient that authorizes with it.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class OAuth2Test : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    /// A client acting for `user` with `scopes`, as after the OAuth2 code grant.
    RESTClient bearer_client(Snowflake user, const std::vector<std::string>& scopes) {
        boost::json::array list;
        for (const auto& s : scopes) list.emplace_back(s);
        const auto grant = control(
            "POST", "/oauth2/tokens",
            boost::json::object{{"user_id", user.to_string()}, {"scopes", std::move(list)}});
        EXPECT_EQ(grant.at("token_type").as_string(), "Bearer");
        RESTOptions options;
        options.rest_url = sandbox_->api_url();
        return RESTClient(io_.get_executor(),
                          Token::bearer(std::string(grant.at("access_token").as_string())),
                          options);
    }
};

TEST_F(OAuth2Test, AuthorizationAndUserInfoFollowTheScopes) {
    const Snowflake user = members_.at(1);
    RESTClient identify = bearer_client(user, {"identify", "openid", "email"});
    const OAuth2Authorization auth = run(identify.fetch_my_authorization());
    EXPECT_EQ(auth.application.id, application_);
    EXPECT_EQ(auth.scopes, (std::vector<std::string>{"identify", "openid", "email"}));
    EXPECT_GT(auth.expires, std::chrono::system_clock::now() + std::chrono::hours(24));
    ASSERT_TRUE(auth.user);
    EXPECT_EQ(auth.user->id, user);

    const OpenIDUserInfo info = run(identify.fetch_openid_userinfo());
    EXPECT_EQ(info.sub, user.to_string());
    EXPECT_EQ(info.preferred_username, std::optional<std::string>(auth.user->username));
    EXPECT_FALSE(info.email.is_undefined());  // asked for with the email scope

    // Without identify there is no user; without openid no user info.
    RESTClient guilds_only = bearer_client(user, {"guilds"});
    EXPECT_FALSE(run(guilds_only.fetch_my_authorization()).user.has_value());
    EXPECT_THROW(run(guilds_only.fetch_openid_userinfo()), UnauthorizedError);
    // /oauth2/@me takes Bearer tokens only: the bot's token is refused.
    EXPECT_THROW(run(rest_->fetch_my_authorization()), UnauthorizedError);
    // An unknown bearer token is refused everywhere.
    RESTOptions options;
    options.rest_url = sandbox_->api_url();
    RESTClient forged(io_.get_executor(), Token::bearer("not-issued"), options);
    EXPECT_THROW(run(forged.fetch_my_authorization()), UnauthorizedError);

    // The signing keys are public.
    const auto keys = run(forged.fetch_oauth2_keys());
    ASSERT_EQ(keys.size(), 1U);
    EXPECT_EQ(keys[0].kty, "RSA");
    EXPECT_EQ(keys[0].alg, "RS256");
    EXPECT_EQ(keys[0].e, "AQAB");
}

TEST_F(OAuth2Test, ConnectionsNeedTheirScope) {
    const Snowflake user = members_.at(1);
    control("POST", "/connections",
            boost::json::object{{"user_id", user.to_string()},
                                {"type", "github"},
                                {"id", "583231"},
                                {"name", "octocat"}});
    RESTClient linked = bearer_client(user, {"identify", "connections"});
    const auto connections = run(linked.fetch_my_connections());
    ASSERT_EQ(connections.size(), 1U);
    EXPECT_EQ(connections[0].type, "github");
    EXPECT_EQ(connections[0].id, "583231");
    EXPECT_EQ(connections[0].name, std::optional<std::string>("octocat"));
    EXPECT_TRUE(connections[0].verified);
    EXPECT_EQ(connections[0].visibility, ConnectionVisibility::everyone);

    RESTClient identify_only = bearer_client(user, {"identify"});
    EXPECT_THROW(run(identify_only.fetch_my_connections()), UnauthorizedError);
    // The bot has linked nothing.
    EXPECT_TRUE(run(rest_->fetch_my_connections()).empty());
}

TEST_F(OAuth2Test, UserEntitlementsAreTheTokenUsers) {
    const Snowflake user = members_.at(1);
    const Snowflake other = members_.at(2);
    const auto skus = run(rest_->fetch_skus(application_));
    ASSERT_GE(skus.size(), 2U);
    const Entitlement mine = run(
        rest_->create_test_entitlement(application_, skus[0].id, user, EntitlementOwnerType::user));
    const Entitlement second = run(
        rest_->create_test_entitlement(application_, skus[1].id, user, EntitlementOwnerType::user));
    (void)run(rest_->create_test_entitlement(application_, skus[0].id, other,
                                             EntitlementOwnerType::user));
    RESTClient client = bearer_client(user, {"identify", "applications.entitlements"});
    const auto all = run(client.fetch_my_entitlements(application_));
    ASSERT_EQ(all.size(), 2U);
    for (const Entitlement& e : all) EXPECT_EQ(e.user_id, std::optional<Snowflake>(user));
    const auto only_first = run(client.fetch_my_entitlements(application_, {skus[0].id}));
    ASSERT_EQ(only_first.size(), 1U);
    EXPECT_EQ(only_first[0].id, mine.id);
    run(rest_->consume_entitlement(application_, second.id));
    EXPECT_EQ(run(client.fetch_my_entitlements(application_, {}, true)).size(), 1U);

    // Bearer tokens only, and only for the sandbox's application.
    EXPECT_THROW(run(rest_->fetch_my_entitlements(application_)), UnauthorizedError);
    const auto unknown =
        expect_error<NotFoundError>([&] { run(client.fetch_my_entitlements(Snowflake(1234))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10002);
}

TEST_F(OAuth2Test, RoleConnectionTakesTheUsersBearerToken) {
    RESTClient client = bearer_client(members_.at(1), {"role_connections.write"});
    RoleConnectionEditOptions edit;
    edit.platform_name = "Sandbox Game";
    EXPECT_EQ(run(client.edit_my_role_connection(application_, edit)).platform_name,
              std::optional<std::string>("Sandbox Game"));
    EXPECT_EQ(run(client.fetch_my_role_connection(application_)).platform_name,
              std::optional<std::string>("Sandbox Game"));
}

}  // namespace
}  // namespace hikari::testing
