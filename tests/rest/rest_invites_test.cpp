// Invites against the sandbox: create, list per channel and guild, fetch by code, delete.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class InvitesTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    std::vector<std::string> dispatched() {
        std::vector<std::string> out;
        const auto dispatches = control("GET", "/dispatches");
        for (const auto& d : dispatches.as_array()) {
            out.emplace_back(d.at("t").as_string());
        }
        return out;
    }
};

TEST_F(InvitesTest, CreateFetchListDelete) {
    const Invite invite = run(rest_->create_invite(
        channel_, {.max_age = 3600, .max_uses = 5, .unique = true}, "for friends"));
    EXPECT_EQ(invite.code.size(), 8U);
    EXPECT_EQ(invite.max_age, std::optional<std::int32_t>(3600));
    EXPECT_EQ(invite.max_uses, std::optional<std::int32_t>(5));
    EXPECT_EQ(invite.uses, std::optional<std::int32_t>(0));
    ASSERT_TRUE(invite.expires_at.has_value());
    ASSERT_TRUE(invite.created_at.has_value());
    EXPECT_EQ(*invite.expires_at - *invite.created_at, std::chrono::hours(1));

    // Without unique, the same settings give the same invite back.
    const Invite again = run(rest_->create_invite(channel_, {.max_age = 3600, .max_uses = 5}));
    EXPECT_EQ(again.code, invite.code);
    const Invite forever = run(rest_->create_invite(channel_, {.max_age = 0, .unique = true}));
    EXPECT_TRUE(forever.expires_at.is_none());

    const Invite fetched = run(rest_->fetch_invite(invite.code));
    EXPECT_EQ(fetched.code, invite.code);
    EXPECT_TRUE(fetched.approximate_member_count.has_value());
    EXPECT_EQ(*fetched.approximate_member_count, static_cast<std::int32_t>(members_.size()));
    EXPECT_FALSE(fetched.uses.has_value());  // no metadata on the public route
    const Invite plain = run(rest_->fetch_invite(invite.code, {.with_counts = false}));
    EXPECT_FALSE(plain.approximate_member_count.has_value());

    EXPECT_EQ(run(rest_->fetch_channel_invites(channel_)).size(), 2U);
    EXPECT_EQ(run(rest_->fetch_guild_invites(guild_)).size(), 2U);

    const Invite deleted = run(rest_->delete_invite(invite.code, "done"));
    EXPECT_EQ(deleted.code, invite.code);
    auto gone = expect_error<NotFoundError>([&] { run(rest_->fetch_invite(invite.code)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10006);
    EXPECT_EQ(run(rest_->fetch_guild_invites(guild_)).size(), 1U);

    const auto events = dispatched();
    EXPECT_NE(std::find(events.begin(), events.end(), "INVITE_CREATE"), events.end());
    EXPECT_NE(std::find(events.begin(), events.end(), "INVITE_DELETE"), events.end());
}

TEST_F(InvitesTest, Errors) {
    EXPECT_THROW((void)rest_->create_invite(channel_, {.max_age = 604801}), ValueError);
    EXPECT_THROW((void)rest_->fetch_invite(""), ValueError);
    auto unknown_channel =
        expect_error<NotFoundError>([&] { run(rest_->create_invite(Snowflake{1234})); });
    ASSERT_TRUE(unknown_channel);
    EXPECT_EQ(unknown_channel->code(), 10003);
    // A stream invite needs its target user: the errors tree names it.
    auto missing = expect_error<BadRequestError>(
        [&] { run(rest_->create_invite(channel_, {.target_type = InviteTargetType::stream})); });
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->code(), 50035);
    EXPECT_TRUE(names_field(*missing, "target_user_id"));
    auto unknown = expect_error<NotFoundError>([&] { run(rest_->delete_invite("nope")); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10006);
}

}  // namespace
}  // namespace hikari::testing

namespace hikari::testing {
namespace {

// With route limits on, invite creation shares the "invites" bucket per channel: the client
// waits its turn instead of drawing 429s.
class InviteLimitsTest : public SandboxTest {};

TEST_F(InviteLimitsTest, CreatesWithinTheBucketWithoutA429) {
    control("POST", "/rest/limits",
            boost::json::object{{"bucket", "invites"}, {"limit", 2}, {"reset_after", 0.3}});
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 5; ++i) {
        InviteCreateOptions options{.unique = true};
        (void)run(rest_->create_invite(channel_, options));
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(sandbox_429s(), 0U);
    EXPECT_EQ(sandbox_calls("POST /channels/{channel_id}/invites"), 5U);
    // Five requests at two per 0.3 s window need at least two waits.
    EXPECT_GE(elapsed, std::chrono::milliseconds(550));
}

}  // namespace
}  // namespace hikari::testing
