#include <hikari/model/entity_factory.hpp>
#include <hikari/model/interaction.hpp>
#include <hikari/model/interaction_response.hpp>

#include "model_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

using namespace hikari;
using namespace hikari::model_testing;

const char* slash = R"({
  "id":"786008729715212338","application_id":"775799577604522054","type":2,"token":"tok","version":1,
  "guild_id":"290926798626357999","channel_id":"645027906669510667","app_permissions":"442368",
  "locale":"en-US","guild_locale":"en-US","context":0,"attachment_size_limit":26214400,
  "authorizing_integration_owners":{"0":"290926798626357999"},"entitlements":[],
  "member":{"user":{"id":"53908232506183680","username":"Mason","discriminator":"1337","avatar":null},
            "roles":[],"joined_at":"2017-03-13T19:19:14.040000+00:00","deaf":false,"mute":false,
            "flags":0,"permissions":"2147483647"},
  "data":{"id":"771825006014889984","name":"cardsearch","type":1,"options":[
      {"name":"text","type":3,"value":"The Gitrog Monster"},
      {"name":"count","type":4,"value":-3},
      {"name":"ratio","type":10,"value":0.5},
      {"name":"whole","type":10,"value":2},
      {"name":"flag","type":5,"value":true},
      {"name":"group","type":2,"options":[{"name":"sub","type":1,"options":[
          {"name":"who","type":6,"value":"53908232506183680","focused":true}]}]}],
    "resolved":{"users":{"53908232506183680":{"id":"53908232506183680","username":"Mason","discriminator":"1337","avatar":null}},
                "members":{"53908232506183680":{"roles":[],"joined_at":"2017-03-13T19:19:14.040000+00:00"}},
                "roles":{},"channels":{"645027906669510667":{"id":"645027906669510667","type":0,"name":"general","permissions":"8"}}}}
})";

TEST(Interaction, ReadsCommandOptionsOfEveryValueType) {
    const Interaction i = from_json<Interaction>(slash);
    EXPECT_EQ(i.type, InteractionType::application_command);
    EXPECT_EQ(i.app_permissions, Permissions{442368});
    EXPECT_EQ(i.context, InteractionContextType::guild);
    ASSERT_TRUE(i.member.has_value());
    EXPECT_EQ(i.member->permissions, Permissions{2147483647});
    ASSERT_TRUE(i.data);
    const auto& options = i.data->options;
    ASSERT_EQ(options.size(), 6U);
    EXPECT_EQ(std::get<std::string>(*options[0].value), "The Gitrog Monster");
    EXPECT_EQ(std::get<std::int64_t>(*options[1].value), -3);
    EXPECT_EQ(std::get<double>(*options[2].value), 0.5);
    EXPECT_EQ(std::get<std::int64_t>(*options[3].value), 2);
    EXPECT_EQ(std::get<bool>(*options[4].value), true);
    const auto& nested = options[5].options.at(0).options.at(0);
    EXPECT_EQ(nested.focused, true);
    EXPECT_EQ(nested.type, ApplicationCommandOptionType::user);
    ASSERT_TRUE(i.data->resolved);
    const User* user = i.data->resolved->users.find("53908232506183680");
    ASSERT_NE(user, nullptr);
    EXPECT_EQ(user->username, "Mason");
    EXPECT_EQ(i.data->resolved->channels.find("645027906669510667")->name, "general");
    EXPECT_THAT(*i.data->resolved->members.find("53908232506183680"),
                testing::StartsWith(R"({"roles":[])"));
    EXPECT_EQ(i.data->resolved->users.find("1"), nullptr);
    expect_round_trip(i);
    // Empty maps are written as absent, so "roles":{} does not come back.
    EXPECT_THAT(to_json(i), testing::Not(testing::HasSubstr(R"("roles":{})")));
}

TEST(Interaction, OptionValueOfAnUnsupportedTypeIsNamed) {
    std::string text = slash;
    text.replace(text.find("\"value\":true"), 12, "\"value\":[true]");
    EXPECT_EQ(error_of<Interaction>(text),
              "data.options[4].value: expected a string or an integer or a number or a boolean");
}

TEST(Interaction, ResolvedEntriesArePathedByKey) {
    std::string text = slash;
    // The second Mason is the one inside data.resolved.users.
    const auto at = text.find("\"username\":\"Mason\"", text.find("\"resolved\""));
    text.replace(at, 18, "\"username\":7");
    EXPECT_EQ(error_of<Interaction>(text),
              "data.resolved.users.53908232506183680.username: expected a string");
}

TEST(Interaction, ComponentAndModalData) {
    const Interaction i = from_json<Interaction>(R"({"id":"1","application_id":"2","type":5,
      "token":"t","version":1,"user":{"id":"3","username":"u","discriminator":"0","avatar":null},
      "data":{"custom_id":"modal","components":[{"type":18,"id":1,"component":
        {"type":3,"id":2,"custom_id":"pick","values":["a","b"]}},
        {"type":1,"components":[{"type":4,"custom_id":"text","value":"typed"}]}]}})");
    EXPECT_EQ(i.type, InteractionType::modal_submit);
    ASSERT_TRUE(i.data);
    ASSERT_EQ(i.data->components.size(), 2U);
    ASSERT_TRUE(i.data->components[0].component);
    EXPECT_EQ(i.data->components[0].component->values, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(i.data->components[1].components[0].value, "typed");
    expect_round_trip(i);
}

TEST(ApplicationCommand, LocalizationsNullAbsentAndPresent) {
    const ApplicationCommand c = from_json<ApplicationCommand>(R"({
      "id":"1","application_id":"2","name":"blep","type":1,"version":"3",
      "name_localizations":{"fr":"blep-fr","de":"blep-de"},"description_localizations":null,
      "description":"Send a random adorable animal photo","default_member_permissions":null,
      "contexts":null,"integration_types":[0,1],"nsfw":false,
      "options":[{"name":"animal","description":"d","type":3,"required":true,
          "choices":[{"name":"Dog","value":"animal_dog","name_localizations":null},{"name":"Seven","value":7}]},
        {"name":"n","description":"d","type":10,"min_value":-1.5,"max_value":100},
        {"name":"c","description":"d","type":7,"channel_types":[0,99]}]})");
    ASSERT_TRUE(c.name_localizations.has_value());
    EXPECT_EQ(*c.name_localizations->find("de"), "blep-de");
    EXPECT_TRUE(c.description_localizations.is_none());
    EXPECT_FALSE(c.default_member_permissions.has_value());
    EXPECT_TRUE(c.contexts.is_none());
    ASSERT_EQ(c.options.size(), 3U);
    EXPECT_EQ(std::get<std::string>(c.options[0].choices[0].value), "animal_dog");
    EXPECT_TRUE(c.options[0].choices[0].name_localizations.is_none());
    EXPECT_EQ(std::get<std::int64_t>(c.options[0].choices[1].value), 7);
    EXPECT_EQ(std::get<double>(*c.options[1].min_value), -1.5);
    EXPECT_EQ(std::get<std::int64_t>(*c.options[1].max_value), 100);
    EXPECT_EQ(static_cast<int>(c.options[2].channel_types[1]), 99);
    expect_round_trip(c);
    EXPECT_THAT(to_json(c), testing::HasSubstr(R"("default_member_permissions":null)"));
}

TEST(ApplicationCommand, ChoiceValueCannotBeABoolean) {
    EXPECT_EQ(
        error_of<ApplicationCommand>(R"({"id":"1","application_id":"2","name":"x","version":"3",
      "description":"","default_member_permissions":"8","options":[{"name":"o","description":"d","type":3,
      "choices":[{"name":"c","value":false}]}]})"),
        "options[0].choices[0].value: expected a string or an integer or a number");
}

TEST(InteractionResponse, EveryKindReadsAndWritesBack) {
    // The shapes of docs/interactions/receiving-and-responding.mdx.
    const auto message = from_json<InteractionResponse>(
        R"({"type":4,"data":{"tts":false,"content":"Congrats on sending your command!",)"
        R"("embeds":[],"allowed_mentions":{"parse":[]},"flags":64}})");
    EXPECT_EQ(message.type, InteractionResponseType::channel_message_with_source);
    ASSERT_TRUE(message.data);
    EXPECT_EQ(message.data->tts, false);
    EXPECT_EQ(message.data->content, "Congrats on sending your command!");
    EXPECT_EQ(message.data->allowed_mentions, AllowedMentions{});
    EXPECT_EQ(message.data->flags, MessageFlags::ephemeral);
    expect_round_trip(message);

    const auto choices = from_json<InteractionResponse>(
        R"({"type":8,"data":{"choices":[{"name":"one","value":1},{"name":"two","value":"2"}]}})");
    ASSERT_TRUE(choices.data);
    ASSERT_EQ(choices.data->choices.size(), 2U);
    EXPECT_EQ(choices.data->choices[1].value, ChoiceValue(std::string("2")));
    expect_round_trip(choices);

    const auto modal = from_json<InteractionResponse>(
        R"({"type":9,"data":{"custom_id":"my_modal","title":"My Cool Modal","components":[)"
        R"({"type":1,"components":[{"type":4,"custom_id":"name","label":"Name","style":1,)"
        R"("min_length":1,"max_length":4000,"placeholder":"John","required":true}]}]}})");
    ASSERT_TRUE(modal.data);
    EXPECT_EQ(modal.data->title, "My Cool Modal");
    ASSERT_EQ(modal.data->components.size(), 1U);
    expect_round_trip(modal);

    const auto pong = from_json<InteractionResponse>(R"({"type":1})");
    EXPECT_EQ(pong.type, InteractionResponseType::pong);
    EXPECT_FALSE(pong.data);
    EXPECT_EQ(to_json(pong), R"({"type":1})");
}

TEST(InteractionResponse, UnknownTypesAreKeptAndMistakesNamed) {
    const auto future = from_json<InteractionResponse>(R"({"type":42,"data":{"x":1}})");
    EXPECT_EQ(static_cast<int>(future.type), 42);
    EXPECT_EQ(to_json(future), R"({"type":42,"data":{}})");
    EXPECT_THAT(error_of<InteractionResponse>(R"({"data":{}})"), ::testing::HasSubstr("type"));
    EXPECT_THAT(error_of<InteractionResponse>(R"({"type":4,"data":{"content":7}})"),
                ::testing::HasSubstr("data.content"));
}

}  // namespace
