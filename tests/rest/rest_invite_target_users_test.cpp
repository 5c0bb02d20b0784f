// Invites limited to some users: created with a target users CSV, read back, replaced, and
// the processing job's status, against the sandbox.

#include "api_error_expect.hpp"
#include "rest/http/multipart.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class InviteTargetUsersTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
};

TEST_F(InviteTargetUsersTest, CreateReadReplace) {
    ASSERT_GE(members_.size(), 3U);
    InviteCreateOptions options;
    options.unique = true;
    options.target_users = {members_[0], members_[1]};
    const Invite invite = run(rest_->create_invite(channel_, options));
    EXPECT_EQ(run(rest_->fetch_invite_target_users(invite.code)),
              (std::vector<Snowflake>{members_[0], members_[1]}));
    InviteTargetUsersJob job = run(rest_->fetch_invite_target_users_job(invite.code));
    EXPECT_EQ(job.status, InviteTargetUsersJobStatus::completed);
    EXPECT_EQ(job.total_users, 2);
    EXPECT_EQ(job.processed_users, 2);
    EXPECT_TRUE(job.created_at);
    EXPECT_TRUE(job.completed_at);
    EXPECT_FALSE(job.error_message);

    run(rest_->edit_invite_target_users(invite.code, {members_[2]}));
    EXPECT_EQ(run(rest_->fetch_invite_target_users(invite.code)),
              std::vector<Snowflake>{members_[2]});
    EXPECT_EQ(run(rest_->fetch_invite_target_users_job(invite.code)).total_users, 1);
    // The private list never shows in the invite itself.
    const Invite fetched = run(rest_->fetch_invite(invite.code));
    EXPECT_EQ(fetched.code, invite.code);

    // An invite for everyone has no list and no job.
    InviteCreateOptions open;
    open.unique = true;
    const Invite everyone = run(rest_->create_invite(channel_, open));
    EXPECT_TRUE(run(rest_->fetch_invite_target_users(everyone.code)).empty());
    job = run(rest_->fetch_invite_target_users_job(everyone.code));
    EXPECT_EQ(job.status, InviteTargetUsersJobStatus::unspecified);
    EXPECT_FALSE(job.created_at);
}

TEST_F(InviteTargetUsersTest, UnknownInviteAndBadFile) {
    const auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->fetch_invite_target_users("nope1234")); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10006);
    EXPECT_THROW(run(rest_->edit_invite_target_users("", {})), ValueError);

    // A file with bad lines is refused line by line, in Discord's own answer shape.
    InviteCreateOptions options;
    options.unique = true;
    const Invite invite = run(rest_->create_invite(channel_, options));
    rest::http::Request request;
    request.method = "PUT";
    request.url = sandbox_->api_url() + "/invites/" + invite.code + "/target-users";
    request.headers.emplace_back("Authorization", "Bot " + sandbox_->token());
    std::vector<rest::http::MultipartPart> parts;
    parts.push_back({"target_users_file", "users.csv", "text/csv",
                     std::string("user_id\n") + members_[0].to_string() + "\nnot-an-id\n"});
    request.body = rest::http::make_multipart(parts, rest::http::random_boundary());
    const auto response = run(control_->send(std::move(request)));
    EXPECT_EQ(response.status, 400U);
    const auto body = boost::json::parse(response.body);
    ASSERT_TRUE(body.as_object().contains("target_users_file"));
    EXPECT_EQ(body.at("target_users_file").as_array().at(0).as_string(),
              "Line 3: invalid user ID format");
    EXPECT_TRUE(run(rest_->fetch_invite_target_users(invite.code)).empty());  // unchanged
}

}  // namespace
}  // namespace hikari::testing
