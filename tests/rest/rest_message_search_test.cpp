// Guild message search against the sandbox: content words, authors, replies, attachments,
// links, pins, channels, id range, order and pages, threads in the answer, and errors.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

#include <algorithm>

namespace hikari::testing {
namespace {

class MessageSearchTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    void SetUp() override {
        SandboxTest::SetUp();
        bot_ = run(rest_->fetch_my_user()).id;
        launch_ = send("deploy the rocket today");
        MessageCreateOptions link;
        link.content = "rocket fuel check https://example.com/fuel";
        fuel_ = run(rest_->create_message(channel_, link)).id;
        run(rest_->pin_message(channel_, fuel_));
        MessageCreateOptions file;
        file.content = "weekly report";
        file.attachments.push_back(FileUpload::from_bytes("report.txt", "all good"));
        report_ = run(rest_->create_message(channel_, file)).id;
        MessageCreateOptions reply;
        reply.content = "rocket launched";
        reply.reply = launch_;
        reply_ = run(rest_->create_message(channel_, reply)).id;
        ThreadStartOptions thread_options{.name = "launch talk"};
        thread_ = run(rest_->start_thread_from_message(channel_, launch_, thread_options)).id;
        MessageCreateOptions in_thread;
        in_thread.content = "inside the thread about the rocket";
        threaded_ = run(rest_->create_message(thread_, in_thread)).id;
    }

    Snowflake send(const std::string& text) {
        MessageCreateOptions options;
        options.content = text;
        return run(rest_->create_message(channel_, options)).id;
    }

    MessageSearchResult search(MessageSearchOptions options) {
        return run(rest_->search_guild_messages(guild_, std::move(options)));
    }

    static std::vector<Snowflake> ids(const MessageSearchResult& r) {
        std::vector<Snowflake> out;
        for (const auto& m : r.messages) out.push_back(m.id);
        return out;
    }

    Snowflake bot_, launch_, fuel_, report_, reply_, thread_, threaded_;
};

TEST_F(MessageSearchTest, ContentOrderPagesAndThreads) {
    MessageSearchOptions rocket;
    rocket.content = "Rocket";
    const auto found = search(rocket);
    // Newest first, the thread's message included.
    EXPECT_EQ(ids(found), (std::vector<Snowflake>{threaded_, reply_, fuel_, launch_}));
    EXPECT_EQ(found.total_results, 4);
    EXPECT_FALSE(found.doing_deep_historical_index);
    EXPECT_FALSE(found.retry_after);
    ASSERT_EQ(found.threads.size(), 1U);
    EXPECT_EQ(found.threads[0].id, thread_);
    ASSERT_EQ(found.members.size(), 1U);  // the bot joined the thread it started
    for (const auto& m : found.messages) EXPECT_TRUE(m.reactions.empty());

    rocket.ascending = true;
    rocket.limit = 3;
    const auto first = search(rocket);
    EXPECT_EQ(ids(first), (std::vector<Snowflake>{launch_, fuel_, reply_}));
    EXPECT_EQ(first.total_results, 4);
    rocket.offset = 3;
    EXPECT_EQ(ids(search(rocket)), std::vector<Snowflake>{threaded_});

    // Every word must match.
    MessageSearchOptions both;
    both.content = "rocket fuel";
    EXPECT_EQ(ids(search(both)), std::vector<Snowflake>{fuel_});

    MessageSearchOptions in_thread;
    in_thread.channel_ids = {thread_};
    EXPECT_EQ(ids(search(in_thread)), std::vector<Snowflake>{threaded_});
    MessageSearchOptions range;
    range.content = "rocket";
    range.min_id = launch_;
    range.max_id = threaded_;
    EXPECT_EQ(ids(search(range)), (std::vector<Snowflake>{reply_, fuel_}));
}

TEST_F(MessageSearchTest, AuthorsRepliesAttachmentsLinksPins) {
    MessageSearchOptions bots;
    bots.author_types = {"bot"};
    const auto by_bot = search(bots);
    EXPECT_EQ(by_bot.total_results, 5);
    MessageSearchOptions people;
    people.author_types = {"-bot"};
    const auto by_people = search(people);
    EXPECT_GT(by_people.total_results, 0);
    for (const auto& m : by_people.messages) EXPECT_FALSE(m.author.bot.value_or(false));

    MessageSearchOptions mine;
    mine.author_ids = {bot_};
    mine.limit = 25;
    EXPECT_EQ(search(mine).total_results, 5);

    MessageSearchOptions replies;
    replies.replied_to_message_ids = {launch_};
    EXPECT_EQ(ids(search(replies)), std::vector<Snowflake>{reply_});
    replies = {};
    replies.replied_to_user_ids = {bot_};
    EXPECT_EQ(ids(search(replies)), std::vector<Snowflake>{reply_});

    MessageSearchOptions files;
    files.has = {"file"};
    EXPECT_EQ(ids(search(files)), std::vector<Snowflake>{report_});
    files = {};
    files.attachment_extensions = {"TXT"};
    EXPECT_EQ(ids(search(files)), std::vector<Snowflake>{report_});
    files = {};
    files.attachment_filenames = {"report.txt"};
    EXPECT_EQ(ids(search(files)), std::vector<Snowflake>{report_});

    MessageSearchOptions links;
    links.has = {"link"};
    EXPECT_EQ(ids(search(links)), std::vector<Snowflake>{fuel_});
    links = {};
    links.link_hostnames = {"example.com"};
    EXPECT_EQ(ids(search(links)), std::vector<Snowflake>{fuel_});

    MessageSearchOptions pinned;
    pinned.pinned = true;
    pinned.author_ids = {bot_};
    EXPECT_EQ(ids(search(pinned)), std::vector<Snowflake>{fuel_});
}

TEST_F(MessageSearchTest, NotIndexedYetAsksToRetry) {
    control("POST", "/search-index",
            boost::json::object{{"id", guild_.to_string()}, {"answers", 1}, {"retry_after", 3}});
    MessageSearchOptions rocket;
    rocket.content = "rocket";
    const auto pending = search(rocket);
    EXPECT_EQ(pending.retry_after, std::optional<std::chrono::seconds>(3));
    EXPECT_EQ(pending.documents_indexed, std::optional<std::int64_t>(0));
    EXPECT_TRUE(pending.messages.empty());
    // The next search finds the index ready.
    const auto ready = search(rocket);
    EXPECT_FALSE(ready.retry_after);
    EXPECT_EQ(ready.total_results, 4);
}

TEST_F(MessageSearchTest, Errors) {
    MessageSearchOptions robot;
    robot.author_types = {"robot"};
    const auto bad = expect_error<BadRequestError>([&] { search(robot); });
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->code(), 50035);
    EXPECT_TRUE(names_field(*bad, "author_type"));
    const auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->search_guild_messages(Snowflake(42))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10004);
    MessageSearchOptions too_many;
    too_many.limit = 26;
    EXPECT_THROW(search(too_many), ValueError);
    too_many = {};
    too_many.author_ids = std::vector<Snowflake>(101, bot_);
    EXPECT_THROW(search(too_many), ValueError);
}

}  // namespace
}  // namespace hikari::testing
