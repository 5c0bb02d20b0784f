// Polls against the sandbox: creating one with a message, votes, voters, ending it early.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class PollsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    Message poll_message(bool multiselect = false) {
        MessageCreateOptions options;
        options.poll = PollCreate{.question = "Lunch?",
                                  .answers = {{.text = "Pizza"}, {.text = "Soup"}},
                                  .duration_hours = 2,
                                  .allow_multiselect = multiselect};
        return run(rest_->create_message(channel_, options));
    }
    void vote(Snowflake message, Snowflake user, boost::json::array answers) {
        control("POST", "/poll-votes",
                boost::json::object{{"channel_id", channel_.to_string()},
                                    {"message_id", message.to_string()},
                                    {"user_id", user.to_string()},
                                    {"answer_ids", std::move(answers)}});
    }
};

TEST_F(PollsTest, VotersPaginateAndEndingFinalizes) {
    const Message message = poll_message();
    ASSERT_TRUE(message.poll.has_value());
    ASSERT_EQ(message.poll->answers.size(), 2U);
    for (std::size_t i = 0; i < members_.size(); ++i) {
        vote(message.id, members_[i], boost::json::array{i % 2 == 0 ? 1 : 2});
    }
    const auto pizza = run(rest_->fetch_poll_voters(channel_, message.id, 1).collect());
    const auto soup = run(rest_->fetch_poll_voters(channel_, message.id, 2).collect());
    EXPECT_EQ(pizza.size(), (members_.size() + 1) / 2);
    EXPECT_EQ(soup.size(), members_.size() / 2);
    for (std::size_t i = 1; i < pizza.size(); ++i) EXPECT_LT(pizza[i - 1].id, pizza[i].id);

    const Message ended = run(rest_->end_poll(channel_, message.id));
    ASSERT_TRUE(ended.poll.has_value());
    ASSERT_TRUE(ended.poll->results.has_value());
    EXPECT_TRUE(ended.poll->results->is_finalized);
    ASSERT_EQ(ended.poll->results->answer_counts.size(), 2U);
    EXPECT_EQ(ended.poll->results->answer_counts[0].count, static_cast<std::int32_t>(pizza.size()));

    auto again = expect_error<BadRequestError>([&] { run(rest_->end_poll(channel_, message.id)); });
    ASSERT_TRUE(again);
    EXPECT_EQ(again->code(), 520001);
    bool updated = false;
    const auto dispatches = control("GET", "/dispatches");
    for (const auto& d : dispatches.as_array()) {
        updated = updated || d.at("t") == "MESSAGE_UPDATE";
    }
    EXPECT_TRUE(updated);
}

TEST_F(PollsTest, Errors) {
    const Message plain = run(rest_->create_message(channel_, {.content = "no poll"}));
    auto not_poll =
        expect_error<BadRequestError>([&] { run(rest_->end_poll(channel_, plain.id)); });
    ASSERT_TRUE(not_poll);
    EXPECT_EQ(not_poll->code(), 520006);
    auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->end_poll(channel_, Snowflake{8})); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10008);
    const Message message = poll_message();
    auto bad_answer = expect_error<BadRequestError>(
        [&] { run(rest_->fetch_poll_voters(channel_, message.id, 7).collect()); });
    ASSERT_TRUE(bad_answer);
    EXPECT_TRUE(names_field(*bad_answer, "answer_id"));
    EXPECT_THROW((void)rest_->fetch_poll_voters(channel_, message.id, 0), ValueError);

    // A poll someone else posted cannot be ended by the bot.
    const auto posted = control(
        "POST", "/messages",
        boost::json::object{
            {"channel_id", channel_.to_string()},
            {"poll", boost::json::object{
                         {"question", boost::json::object{{"text", "Q"}}},
                         {"answers", boost::json::array{boost::json::object{
                                         {"poll_media", boost::json::object{{"text", "A"}}}}}}}}});
    const Snowflake theirs = Snowflake::parse(posted.at("id").as_string());
    auto forbidden = expect_error<ForbiddenError>([&] { run(rest_->end_poll(channel_, theirs)); });
    ASSERT_TRUE(forbidden);
    EXPECT_EQ(forbidden->code(), 50013);
}

}  // namespace
}  // namespace hikari::testing
