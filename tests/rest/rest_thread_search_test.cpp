// Thread search (GET /channels/{id}/threads/search) against the sandbox: name words, tags
// (all or some), archived state, sort orders, pages by offset, first messages, and errors.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class ThreadSearchTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    void SetUp() override {
        SandboxTest::SetUp();
        GuildChannelCreateOptions forum_options{.name = "ideas", .type = ChannelType::guild_forum};
        forum_ = run(rest_->create_guild_channel(guild_, forum_options)).id;
        post("Bug: crash on start", {bug_});
        post("Feature: dark mode", {feature_});
        post("Bug: dark screen", {bug_, feature_});
        post("Question about roles", {});
    }

    Snowflake post(const std::string& name, std::vector<Snowflake> tags) {
        ForumPostOptions options{.name = name};
        options.message.content = "about " + name;
        if (!tags.empty()) options.applied_tags = std::move(tags);
        const Snowflake id = run(rest_->create_forum_post(forum_, options)).id;
        posts_.push_back(id);
        return id;
    }

    static std::vector<std::string> names(const ThreadSearchResult& r) {
        std::vector<std::string> out;
        for (const auto& t : r.threads) out.push_back(t.name.has_value() ? *t.name : "");
        return out;
    }

    Snowflake forum_;
    Snowflake bug_{1111};
    Snowflake feature_{2222};
    std::vector<Snowflake> posts_;
};

TEST_F(ThreadSearchTest, NameWordsAndFirstMessages) {
    ThreadSearchOptions dark;
    dark.name = "DARK";
    dark.sort_by = ThreadSortBy::creation_time;
    const auto found = run(rest_->search_threads(forum_, dark));
    EXPECT_EQ(names(found), (std::vector<std::string>{"Bug: dark screen", "Feature: dark mode"}));
    EXPECT_EQ(found.total_results, 2);
    EXPECT_FALSE(found.has_more);
    EXPECT_FALSE(found.retry_after);
    ASSERT_EQ(found.first_messages.size(), 2U);
    EXPECT_EQ(found.first_messages[0].id, found.threads[0].id);
    EXPECT_EQ(found.first_messages[0].content, "about Bug: dark screen");
    EXPECT_EQ(found.members.size(), 2U);  // the bot joined its own posts

    ThreadSearchOptions both;
    both.name = "bug dark";
    EXPECT_EQ(names(run(rest_->search_threads(forum_, both))),
              std::vector<std::string>{"Bug: dark screen"});
    ThreadSearchOptions nothing;
    nothing.name = "nowhere";
    const auto none_found = run(rest_->search_threads(forum_, nothing));
    EXPECT_TRUE(none_found.threads.empty());
    EXPECT_EQ(none_found.total_results, 0);
}

TEST_F(ThreadSearchTest, TagsArchivedSortAndPages) {
    ThreadSearchOptions some;
    some.tags = {bug_, feature_};
    some.tag_setting = ThreadTagMatch::some;
    EXPECT_EQ(run(rest_->search_threads(forum_, some)).total_results, 3);
    ThreadSearchOptions all = some;
    all.tag_setting = ThreadTagMatch::all;
    EXPECT_EQ(names(run(rest_->search_threads(forum_, all))),
              std::vector<std::string>{"Bug: dark screen"});

    // Oldest first, two per page.
    ThreadSearchOptions page;
    page.sort_by = ThreadSortBy::creation_time;
    page.ascending = true;
    page.limit = 2;
    auto first = run(rest_->search_threads(forum_, page));
    EXPECT_EQ(names(first),
              (std::vector<std::string>{"Bug: crash on start", "Feature: dark mode"}));
    EXPECT_TRUE(first.has_more);
    EXPECT_EQ(first.total_results, 4);
    page.offset = 2;
    auto second = run(rest_->search_threads(forum_, page));
    EXPECT_EQ(names(second),
              (std::vector<std::string>{"Bug: dark screen", "Question about roles"}));
    EXPECT_FALSE(second.has_more);

    // Archived threads only, or only the others.
    ChannelEditOptions archive;
    archive.archived = true;
    run(rest_->edit_channel(posts_[0], archive));
    ThreadSearchOptions archived;
    archived.archived = true;
    EXPECT_EQ(names(run(rest_->search_threads(forum_, archived))),
              std::vector<std::string>{"Bug: crash on start"});
    archived.archived = false;
    EXPECT_EQ(run(rest_->search_threads(forum_, archived)).total_results, 3);
    // id range: strictly between the first and the last post.
    ThreadSearchOptions range;
    range.min_id = posts_.front();
    range.max_id = posts_.back();
    EXPECT_EQ(run(rest_->search_threads(forum_, range)).total_results, 2);
}

TEST_F(ThreadSearchTest, NotIndexedYetAsksToRetry) {
    control("POST", "/search-index",
            boost::json::object{{"id", forum_.to_string()}, {"answers", 2}, {"retry_after", 1}});
    for (int i = 0; i < 2; ++i) {
        const auto pending = run(rest_->search_threads(forum_));
        EXPECT_EQ(pending.retry_after, std::optional<std::chrono::seconds>(1));
        EXPECT_TRUE(pending.threads.empty());
    }
    const auto ready = run(rest_->search_threads(forum_));
    EXPECT_FALSE(ready.retry_after);
    EXPECT_EQ(ready.total_results, 4);
}

TEST_F(ThreadSearchTest, Errors) {
    ThreadSearchOptions too_many;
    too_many.limit = 26;
    EXPECT_THROW(run(rest_->search_threads(forum_, too_many)), ValueError);
    const auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->search_threads(Snowflake(42))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10003);
    GuildChannelCreateOptions voice_options{.name = "talk", .type = ChannelType::guild_voice};
    const Channel voice = run(rest_->create_guild_channel(guild_, voice_options));
    const auto wrong = expect_error<BadRequestError>([&] { run(rest_->search_threads(voice.id)); });
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->code(), 50024);
}

}  // namespace
}  // namespace hikari::testing
