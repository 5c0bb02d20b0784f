// Slack-compatible webhook execution against the sandbox: a Slack payload becomes a message
// with its text as content and its attachments as embeds.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class SlackWebhookTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
};

TEST_F(SlackWebhookTest, PayloadBecomesAMessage) {
    const Webhook hook = run(rest_->create_webhook(channel_, "ci"));
    ASSERT_TRUE(hook.token);
    const std::string payload = R"({
        "text": "Build finished",
        "username": "CI bot",
        "attachments": [{
            "title": "Build #42", "title_link": "https://ci.example.com/42",
            "text": "All tests passed", "color": "#2eb886",
            "author_name": "runner", "footer": "ci.example.com", "ts": 1700000000,
            "fields": [{"title": "Duration", "value": "3 min", "short": true}]
        }]})";
    run(rest_->execute_slack_webhook(hook.id, *hook.token, payload));

    const auto latest = run(rest_->fetch_messages(channel_).collect(1));
    ASSERT_EQ(latest.size(), 1U);
    const Message& m = latest[0];
    EXPECT_EQ(m.content, "Build finished");
    EXPECT_EQ(m.webhook_id, std::optional<Snowflake>(hook.id));
    EXPECT_EQ(m.author.username, "CI bot");
    ASSERT_EQ(m.embeds.size(), 1U);
    const Embed& e = m.embeds[0];
    EXPECT_EQ(e.title, std::optional<std::string>("Build #42"));
    EXPECT_EQ(e.url, std::optional<std::string>("https://ci.example.com/42"));
    EXPECT_EQ(e.description, std::optional<std::string>("All tests passed"));
    EXPECT_EQ(e.color, std::optional<std::uint32_t>(0x2eb886));
    ASSERT_TRUE(e.author);
    EXPECT_EQ(e.author->name, "runner");
    ASSERT_TRUE(e.footer);
    EXPECT_EQ(e.footer->text, "ci.example.com");
    EXPECT_TRUE(e.timestamp);
    ASSERT_EQ(e.fields.size(), 1U);
    EXPECT_EQ(e.fields[0].name, "Duration");
    EXPECT_EQ(e.fields[0].value, "3 min");
    EXPECT_EQ(e.fields[0].inline_, std::optional<bool>(true));
}

TEST_F(SlackWebhookTest, RefusedPayloadsAndTokens) {
    const Webhook hook = run(rest_->create_webhook(channel_, "ci"));
    ASSERT_TRUE(hook.token);
    auto bad = expect_error<BadRequestError>([&] {
        run(rest_->execute_slack_webhook(hook.id, *hook.token,
                                         R"({"attachments": [{"text": "x", "color": "green"}]})"));
    });
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->code(), 50035);
    EXPECT_TRUE(names_field(*bad, "attachments.0.color"));
    // Nothing to post: Discord's empty message error.
    bad = expect_error<BadRequestError>(
        [&] { run(rest_->execute_slack_webhook(hook.id, *hook.token, R"({"text": ""})")); });
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->code(), 50006);
    EXPECT_THROW(run(rest_->execute_slack_webhook(hook.id, "wrong-token", R"({"text": "hi"})")),
                 UnauthorizedError);
}

}  // namespace
}  // namespace hikari::testing
