// Guild onboarding: the docs' example round-trips, and edge cases.

#include <hikari/model/entity_factory.hpp>
#include <hikari/model/onboarding.hpp>

#include <gtest/gtest.h>

namespace {

using namespace hikari;

constexpr const char* doc_example = R"({
  "guild_id": "960007075288915998",
  "prompts": [
    {
      "id": "1067461047608422473",
      "title": "What do you want to do in this community?",
      "options": [
        {"id": "1067461047608422476", "title": "Chat with Friends", "description": "",
         "emoji": {"id": "1070002302032826408", "name": "chat", "animated": false},
         "role_ids": [], "channel_ids": ["962007075288916001"]},
        {"id": "1070004843541954678", "title": "Get Gud", "description": "We have excellent teachers!",
         "emoji": {"id": null, "name": "😀", "animated": false},
         "role_ids": ["982014491980083211"], "channel_ids": []}
      ],
      "single_select": false, "required": false, "in_onboarding": true, "type": 0
    }
  ],
  "default_channel_ids": ["998678771706110023", "998678693058719784"],
  "enabled": true,
  "mode": 0
})";

TEST(Onboarding, DocExampleRoundTrips) {
    const auto o = from_json<Onboarding>(doc_example);
    EXPECT_EQ(o.guild_id, Snowflake(960007075288915998ULL));
    ASSERT_EQ(o.prompts.size(), 1U);
    const auto& prompt = o.prompts[0];
    EXPECT_EQ(prompt.type, OnboardingPromptType::multiple_choice);
    EXPECT_TRUE(prompt.in_onboarding);
    ASSERT_EQ(prompt.options.size(), 2U);
    ASSERT_TRUE(prompt.options[0].emoji);
    EXPECT_EQ(prompt.options[0].emoji->name, std::optional<std::string>("chat"));
    EXPECT_FALSE(prompt.options[1].emoji->id);
    EXPECT_EQ(prompt.options[1].emoji->name, std::optional<std::string>("😀"));
    EXPECT_EQ(prompt.options[1].role_ids, std::vector<Snowflake>{Snowflake(982014491980083211ULL)});
    EXPECT_EQ(o.default_channel_ids.size(), 2U);
    EXPECT_EQ(o.mode, OnboardingMode::default_channels);
    const std::string text = to_json(o);
    EXPECT_EQ(from_json<Onboarding>(text), o);
    EXPECT_EQ(to_json(from_json<Onboarding>(text)), text);
}

TEST(Onboarding, WriteFieldsForEmojiAndNullDescription) {
    Onboarding o;
    o.guild_id = Snowflake(1);
    o.mode = OnboardingMode::advanced;
    OnboardingPrompt p;
    p.id = Snowflake(2);
    p.type = OnboardingPromptType::dropdown;
    p.title = "pick";
    OnboardingPromptOption option;
    option.id = Snowflake(3);
    option.title = "a";
    option.emoji_name = "👍";
    p.options.push_back(option);
    o.prompts.push_back(p);
    const std::string text = to_json(o);
    EXPECT_NE(text.find(R"("emoji_name":"👍")"), std::string::npos);
    EXPECT_NE(text.find(R"("description":null)"), std::string::npos);
    EXPECT_EQ(text.find(R"("emoji":)"), std::string::npos);
    EXPECT_EQ(from_json<Onboarding>(text), o);
}

TEST(Onboarding, MissingOrBadFieldsAreErrors) {
    EXPECT_THROW(
        (void)from_json<Onboarding>(R"({"guild_id":"1","prompts":[],"enabled":true,"mode":0})"),
        JsonError);  // default_channel_ids
    EXPECT_THROW(
        (void)from_json<Onboarding>(
            R"({"guild_id":"1","prompts":[{"id":"2"}],"default_channel_ids":[],"enabled":true,"mode":0})"),
        JsonError);
    EXPECT_THROW((void)from_json<Onboarding>(R"([])"), JsonError);
}

}  // namespace
