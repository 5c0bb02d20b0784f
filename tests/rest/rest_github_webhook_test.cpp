// GitHub-compatible webhook execution against the sandbox: supported deliveries become an
// embed posted as the webhook, unsupported ones are accepted and post nothing.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class GithubWebhookTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    std::size_t message_count() { return run(rest_->fetch_messages(channel_).collect()).size(); }
};

constexpr const char* sender =
    R"("sender": {"id": 1, "login": "octocat", "html_url": "https://github.com/octocat",
                  "avatar_url": "https://avatars.example.com/octocat.png"})";
constexpr const char* repository =
    R"("repository": {"id": 2, "name": "hello", "full_name": "octocat/hello",
                      "html_url": "https://github.com/octocat/hello"})";

TEST_F(GithubWebhookTest, PushAndIssueBecomeEmbeds) {
    const Webhook hook = run(rest_->create_webhook(channel_, "github"));
    ASSERT_TRUE(hook.token);
    const std::string push = std::string("{") + sender + "," + repository + R"(,
        "ref": "refs/heads/main", "compare": "https://github.com/octocat/hello/compare/a...b",
        "commits": [
          {"id": "0123456789abcdef", "url": "https://github.com/octocat/hello/commit/0123456",
           "message": "Fix the parser\n\nlong text", "author": {"name": "Mona"}},
          {"id": "fedcba9876543210", "url": "https://github.com/octocat/hello/commit/fedcba9",
           "message": "Add tests", "author": {"name": "Mona"}}]})";
    run(rest_->execute_github_webhook(hook.id, *hook.token, "push", push));
    auto latest = run(rest_->fetch_messages(channel_).collect(1));
    ASSERT_EQ(latest.size(), 1U);
    EXPECT_EQ(latest[0].webhook_id, std::optional<Snowflake>(hook.id));
    EXPECT_EQ(latest[0].author.username, "GitHub");
    ASSERT_EQ(latest[0].embeds.size(), 1U);
    const Embed& commits = latest[0].embeds[0];
    EXPECT_EQ(commits.title, std::optional<std::string>("[octocat/hello:main] 2 new commits"));
    EXPECT_EQ(commits.url,
              std::optional<std::string>("https://github.com/octocat/hello/compare/a...b"));
    ASSERT_TRUE(commits.description);
    EXPECT_NE(commits.description->find("[`0123456`]"), std::string::npos);
    EXPECT_NE(commits.description->find("Fix the parser - Mona"), std::string::npos);
    EXPECT_EQ(commits.description->find("long text"), std::string::npos);  // first line only
    ASSERT_TRUE(commits.author);
    EXPECT_EQ(commits.author->name, "octocat");

    const std::string issue = std::string("{") + sender + "," + repository + R"(,
        "action": "opened",
        "issue": {"id": 3, "number": 7, "html_url": "https://github.com/octocat/hello/issues/7",
                  "title": "Crash on start", "body": "Steps to reproduce",
                  "user": {"id": 1, "login": "octocat", "html_url": "h", "avatar_url": "a"}}})";
    run(rest_->execute_github_webhook(hook.id, *hook.token, "issues", issue));
    latest = run(rest_->fetch_messages(channel_).collect(1));
    ASSERT_EQ(latest.size(), 1U);
    ASSERT_EQ(latest[0].embeds.size(), 1U);
    EXPECT_EQ(latest[0].embeds[0].title,
              std::optional<std::string>("[octocat/hello] Issue opened: #7 Crash on start"));
    EXPECT_EQ(latest[0].embeds[0].description, std::optional<std::string>("Steps to reproduce"));
}

TEST_F(GithubWebhookTest, IgnoredEventsAndRefusedPayloads) {
    const Webhook hook = run(rest_->create_webhook(channel_, "github"));
    ASSERT_TRUE(hook.token);
    const std::size_t before = message_count();
    // GitHub's ping and unsupported events are accepted and post nothing; so is an issue
    // action Discord does not announce.
    const std::string ping = std::string("{") + sender + R"(, "zen": "Keep it simple."})";
    run(rest_->execute_github_webhook(hook.id, *hook.token, "ping", ping));
    run(rest_->execute_github_webhook(hook.id, *hook.token, "gollum", ping));
    const std::string labeled = std::string("{") + sender + "," + repository + R"(,
        "action": "labeled", "issue": {"id": 3, "number": 7, "html_url": "h", "title": "t",
                                       "user": {"id": 1, "login": "o", "html_url": "h",
                                                "avatar_url": "a"}}})";
    run(rest_->execute_github_webhook(hook.id, *hook.token, "issues", labeled));
    EXPECT_EQ(message_count(), before);

    // A supported event without its sender or its object is refused.
    auto bad = expect_error<BadRequestError>([&] {
        run(rest_->execute_github_webhook(hook.id, *hook.token, "issues",
                                          std::string("{") + repository + "}"));
    });
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->code(), 50035);
    EXPECT_TRUE(names_field(*bad, "sender"));
    bad = expect_error<BadRequestError>([&] {
        run(rest_->execute_github_webhook(hook.id, *hook.token, "release",
                                          std::string("{") + sender + "," + repository + "}"));
    });
    ASSERT_TRUE(bad);
    EXPECT_TRUE(names_field(*bad, "release"));
    EXPECT_EQ(message_count(), before);
    EXPECT_THROW(run(rest_->execute_github_webhook(hook.id, "wrong-token", "push", ping)),
                 UnauthorizedError);
    EXPECT_THROW(run(rest_->execute_github_webhook(hook.id, *hook.token, "", ping)), ValueError);
}

}  // namespace
}  // namespace hikari::testing
