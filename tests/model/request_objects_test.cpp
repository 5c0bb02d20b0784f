// Objects whose wire form differs from the struct a caller fills in: allowed mentions and the
// poll create request (docs/resources/message.mdx, docs/resources/poll.mdx).
#include <hikari/model/allowed_mentions.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/interaction_response.hpp>
#include <hikari/model/model_registry.hpp>
#include <hikari/model/poll.hpp>

#include "model_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hikari;
using namespace hikari::model_testing;

TEST(AllowedMentions, ReadsTheDocsExamples) {
    const auto regular = from_json<AllowedMentions>(R"({"parse": ["users", "roles", "everyone"]})");
    EXPECT_TRUE(regular.everyone && regular.all_users && regular.all_roles);
    EXPECT_FALSE(regular.replied_user);

    const auto none = from_json<AllowedMentions>(R"({"parse": []})");
    EXPECT_EQ(none, AllowedMentions{});

    const auto listed = from_json<AllowedMentions>(
        R"({"parse": ["everyone"], "users": ["1234", "5678"], "roles": null})");
    EXPECT_TRUE(listed.everyone);
    EXPECT_FALSE(listed.all_users);
    EXPECT_EQ(listed.users, (std::vector<Snowflake>{Snowflake(1234), Snowflake(5678)}));
    EXPECT_TRUE(listed.roles.empty());

    // Kinds from a newer API are ignored, as are fields this version does not know.
    const auto future = from_json<AllowedMentions>(
        R"({"parse":["users","channels"],"replied_user":true,"future":{"x":1}})");
    EXPECT_TRUE(future.all_users);
    EXPECT_TRUE(future.replied_user);
}

TEST(AllowedMentions, WritesDiscordsFormAndRoundTrips) {
    const AllowedMentions m{
        .everyone = true, .users = {Snowflake(7)}, .roles = {Snowflake(9)}, .replied_user = true};
    EXPECT_EQ(to_json(m),
              R"({"parse":["everyone"],"users":["7"],"roles":["9"],"replied_user":true})");
    expect_round_trip(m);
    // A kind in parse and a list of the same kind are mutually exclusive: the list is dropped.
    const AllowedMentions all{.all_users = true, .users = {Snowflake(7)}};
    EXPECT_EQ(to_json(all), R"({"parse":["users"],"replied_user":false})");
}

TEST(AllowedMentions, WrongTypesNameThePath) {
    EXPECT_EQ(error_of<AllowedMentions>(R"({"parse":[1]})"), "parse[0]: expected a string");
    EXPECT_EQ(error_of<AllowedMentions>(R"({"users":["x"]})"),
              "users[0]: expected a snowflake string");
    EXPECT_EQ(error_of<AllowedMentions>(R"({"replied_user":"yes"})"),
              "replied_user: expected a boolean");
    EXPECT_EQ(error_of<AllowedMentions>(R"([])"), "expected an object");
}

TEST(PollCreate, ReadsTheRequestObject) {
    const auto poll = from_json<PollCreate>(
        R"({"question":{"text":"Best?"},"answers":[{"poll_media":{"text":"A","emoji":{"name":"🍕"}}},)"
        R"({"poll_media":{"text":"B","emoji":{"id":"41771983429993937","name":"custom"}}},)"
        R"({"poll_media":{"text":"C"}}],"duration":48,"allow_multiselect":true,"layout_type":1})");
    EXPECT_EQ(poll.question, "Best?");
    ASSERT_EQ(poll.answers.size(), 3U);
    EXPECT_EQ(poll.answers[0].emoji, "🍕");
    EXPECT_FALSE(poll.answers[0].emoji_id);
    EXPECT_EQ(poll.answers[1].emoji_id, Snowflake(41771983429993937ULL));
    EXPECT_FALSE(poll.answers[1].emoji);  // a custom emoji goes by its id
    EXPECT_FALSE(poll.answers[2].emoji || poll.answers[2].emoji_id);
    EXPECT_EQ(poll.duration_hours, 48);
    EXPECT_TRUE(poll.allow_multiselect);
    EXPECT_EQ(poll.layout_type, PollLayoutType::default_);
    expect_round_trip(poll);
}

TEST(PollCreate, DefaultsFollowTheDocs) {
    const auto poll = from_json<PollCreate>(R"({"question":{"text":"q"},"answers":[]})");
    EXPECT_EQ(poll.duration_hours, 24);
    EXPECT_FALSE(poll.allow_multiselect);
    EXPECT_FALSE(poll.layout_type);
    EXPECT_EQ(to_json(poll),
              R"({"question":{"text":"q"},"answers":[],"duration":24,"allow_multiselect":false})");
}

TEST(PollCreate, MissingAndWrongPartsNameThePath) {
    EXPECT_EQ(error_of<PollCreate>(R"({"answers":[]})"), "question: missing required field");
    EXPECT_EQ(error_of<PollCreate>(R"({"question":{}})"), "question.text: missing required field");
    EXPECT_EQ(error_of<PollCreate>(R"({"question":{"text":"q"}})"),
              "answers: missing required field");
    EXPECT_EQ(error_of<PollCreate>(R"({"question":{"text":"q"},"answers":[{}]})"),
              "answers[0].poll_media: missing required field");
    EXPECT_EQ(error_of<PollCreate>(R"({"question":{"text":"q"},"answers":[],"duration":"1"})"),
              "duration: expected an integer");
}

TEST(RequestObjects, AreTypedInInteractionResponsesAndListed) {
    const auto response = from_json<InteractionResponse>(
        R"({"type":4,"data":{"content":"vote","allowed_mentions":{"parse":["users"]},)"
        R"("poll":{"question":{"text":"q"},"answers":[{"poll_media":{"text":"a"}}]}}})");
    ASSERT_TRUE(response.data && response.data->allowed_mentions && response.data->poll);
    EXPECT_TRUE(response.data->allowed_mentions->all_users);
    EXPECT_EQ(response.data->poll->answers.at(0).text, "a");
    expect_round_trip(response);
    EXPECT_NE(find_model_codec("allowed_mentions"), nullptr);
    EXPECT_NE(find_model_codec("poll_create"), nullptr);
}

}  // namespace
