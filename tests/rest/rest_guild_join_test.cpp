// Join requests and the new-member welcome against the sandbox: applicants come in through
// the control API, the bot lists, approves and rejects them.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class GuildJoinTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    /// A user who is not yet a member applies.
    Snowflake apply(const std::string& status = "SUBMITTED") {
        const auto request =
            control("POST", "/join-requests",
                    boost::json::object{
                        {"guild_id", guild_.to_string()},
                        {"username", "applicant"},
                        {"status", status},
                        {"form_responses",
                         boost::json::array{
                             boost::json::object{{"field_type", "TERMS"},
                                                 {"label", "Rules"},
                                                 {"values", boost::json::array{"Be kind"}},
                                                 {"response", true}},
                             boost::json::object{{"field_type", "MULTIPLE_CHOICE"},
                                                 {"label", "How did you find us?"},
                                                 {"choices", boost::json::array{"friend", "web"}},
                                                 {"response", 1}}}}});
        return Snowflake::parse(request.at("id").as_string());
    }
};

TEST_F(GuildJoinTest, RequestsAreListedApprovedAndRejected) {
    const Snowflake first = apply();
    const Snowflake second = apply();
    const Snowflake started = apply("STARTED");

    const GuildJoinRequestPage all = run(rest_->fetch_join_requests(guild_));
    EXPECT_EQ(all.total, 3);
    ASSERT_EQ(all.requests.size(), 3U);
    EXPECT_EQ(all.requests[0].id, first);
    ASSERT_TRUE(all.requests[0].form_responses);
    ASSERT_EQ(all.requests[0].form_responses->size(), 2U);
    EXPECT_EQ(all.requests[0].form_responses->at(0).response,
              (std::optional<std::variant<std::string, std::int64_t, bool>>(true)));
    EXPECT_EQ(all.requests[0].form_responses->at(1).response,
              (std::optional<std::variant<std::string, std::int64_t, bool>>(std::int64_t{1})));

    JoinRequestListOptions submitted{.status = "SUBMITTED", .limit = 1};
    const GuildJoinRequestPage page = run(rest_->fetch_join_requests(guild_, submitted));
    EXPECT_EQ(page.total, 2);  // all that match, not the page
    ASSERT_EQ(page.requests.size(), 1U);
    EXPECT_EQ(page.requests[0].id, first);
    submitted.after = first;
    EXPECT_EQ(run(rest_->fetch_join_requests(guild_, submitted)).requests.at(0).id, second);

    const GuildJoinRequest approved = run(rest_->approve_join_request(guild_, first));
    EXPECT_EQ(approved.application_status, std::optional<std::string>("APPROVED"));
    EXPECT_TRUE(approved.reviewed_at);
    ASSERT_TRUE(approved.actioned_by_user);
    EXPECT_EQ(approved.actioned_by_user->id, run(rest_->fetch_my_user()).id);
    // The approved applicant is now a member.
    EXPECT_EQ(run(rest_->fetch_member(guild_, approved.user_id)).user->id, approved.user_id);

    const GuildJoinRequest rejected =
        run(rest_->reject_join_request(guild_, second, "Please read the rules"));
    EXPECT_EQ(rejected.application_status, std::optional<std::string>("REJECTED"));
    EXPECT_EQ(rejected.rejection_reason, std::optional<std::string>("Please read the rules"));
    EXPECT_THROW(run(rest_->fetch_member(guild_, rejected.user_id)), NotFoundError);

    // Only submitted requests can be reviewed; the reason has at most 160 characters.
    auto twice =
        expect_error<BadRequestError>([&] { run(rest_->approve_join_request(guild_, first)); });
    ASSERT_TRUE(twice);
    EXPECT_TRUE(names_field(*twice, "action"));
    EXPECT_THROW(run(rest_->approve_join_request(guild_, started)), BadRequestError);
    EXPECT_THROW(run(rest_->reject_join_request(guild_, started, std::string(161, 'x'))),
                 ValueError);
    auto unknown = expect_error<NotFoundError>(
        [&] { run(rest_->approve_join_request(guild_, Snowflake(12345))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10068);
    JoinRequestListOptions bad_status{.status = "MAYBE"};
    auto bad =
        expect_error<BadRequestError>([&] { run(rest_->fetch_join_requests(guild_, bad_status)); });
    ASSERT_TRUE(bad);
    EXPECT_TRUE(names_field(*bad, "status"));

    // Reviewing takes KICK_MEMBERS or MANAGE_GUILD: without the bot's roles, 50013.
    const Snowflake bot = run(rest_->fetch_my_user()).id;
    for (const Snowflake role : run(rest_->fetch_member(guild_, bot)).roles) {
        run(rest_->remove_role_from_member(guild_, bot, role));
    }
    auto forbidden = expect_error<ForbiddenError>([&] { run(rest_->fetch_join_requests(guild_)); });
    ASSERT_TRUE(forbidden);
    EXPECT_EQ(forbidden->code(), 50013);
}

TEST_F(GuildJoinTest, NewMemberWelcomeIsEmptyUntilSetUp) {
    EXPECT_FALSE(run(rest_->fetch_new_member_welcome(guild_)).has_value());  // 204
    control("POST", "/new-member-welcome",
            boost::json::object{
                {"guild_id", guild_.to_string()},
                {"enabled", true},
                {"welcome_message",
                 boost::json::object{{"author_ids", boost::json::array{members_[0].to_string()}},
                                     {"message", "Welcome aboard!"}}},
                {"new_member_actions",
                 boost::json::array{boost::json::object{
                     {"channel_id", channel_.to_string()},
                     {"action_type", 1},
                     {"title", "Say hi"},
                     {"description", "Introduce yourself"},
                     {"emoji",
                      boost::json::object{{"id", nullptr}, {"name", "👋"}, {"animated", false}}}}}},
                {"resource_channels",
                 boost::json::array{boost::json::object{{"channel_id", channel_.to_string()},
                                                        {"title", "Rules"},
                                                        {"description", "Read these first"}}}}});
    const auto welcome = run(rest_->fetch_new_member_welcome(guild_));
    ASSERT_TRUE(welcome.has_value());
    EXPECT_EQ(welcome->guild_id, guild_);
    EXPECT_TRUE(welcome->enabled);
    ASSERT_TRUE(welcome->welcome_message);
    EXPECT_EQ(welcome->welcome_message->message, "Welcome aboard!");
    EXPECT_EQ(welcome->welcome_message->author_ids, std::vector<Snowflake>{members_[0]});
    ASSERT_EQ(welcome->new_member_actions.size(), 1U);
    EXPECT_EQ(welcome->new_member_actions[0].action_type, NewMemberActionType::talk);
    ASSERT_TRUE(welcome->new_member_actions[0].emoji);
    EXPECT_EQ(welcome->new_member_actions[0].emoji->name, std::optional<std::string>("👋"));
    ASSERT_EQ(welcome->resource_channels.size(), 1U);
    EXPECT_EQ(welcome->resource_channels[0].title, "Rules");

    auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->fetch_new_member_welcome(Snowflake(99))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10004);
}

}  // namespace
}  // namespace hikari::testing
