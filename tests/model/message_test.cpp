#include <hikari/model/entity_factory.hpp>
#include <hikari/model/message.hpp>

#include "model_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace {

using namespace hikari;
using namespace hikari::model_testing;

// A message with every part filled, built from the documented shapes.
std::string full_message(std::string_view embeds_override = {}) {
    std::string embeds = embeds_override.empty() ? R"([
      {"title":"t","type":"rich","description":"d","url":"https://x","timestamp":"2024-05-01T12:00:00.000000+00:00",
       "color":16711680,"footer":{"text":"f","icon_url":"https://i"},
       "image":{"url":"https://img","proxy_url":"https://p","height":10,"width":20},
       "thumbnail":{"url":"https://thumb"},"video":{"url":"https://v","height":1},
       "provider":{"name":"YouTube"},"author":{"name":"a","icon_url":"https://ai"},
       "fields":[{"name":"n1","value":"v1","inline":true},{"name":"n2","value":"v2"}]}])"
                                                 : std::string(embeds_override);
    return R"({
  "id":"1","channel_id":"2","guild_id":"3",
  "author":{"id":"4","username":"u","discriminator":"0","global_name":"U","avatar":null,"bot":true},
  "member":{"roles":["5"],"joined_at":"2020-01-01T00:00:00+00:00","deaf":false,"mute":false,"flags":0,"nick":null},
  "content":"hello \u2764 \"quoted\"","timestamp":"2024-05-01T12:00:00.123456+00:00","edited_timestamp":null,
  "tts":false,"mention_everyone":false,
  "mentions":[{"id":"6","username":"m","discriminator":"0","avatar":null,"member":{"roles":[]}}],
  "mention_roles":["7","18446744073709551615"],
  "attachments":[{"id":"8","filename":"a.ogg","size":1024,"url":"https://a","proxy_url":"https://pa",
                  "height":null,"width":null,"duration_secs":2.5,"waveform":"AAAA","flags":4,
                  "content_type":"audio/ogg"}],
  "embeds":)" +
           embeds + R"(,
  "reactions":[{"count":3,"count_details":{"burst":1,"normal":2},"me":true,"me_burst":false,
                "emoji":{"id":null,"name":"\ud83d\udd25"},"burst_colors":["#ff0000"]},
               {"count":1,"count_details":{"burst":0,"normal":1},"me":false,"me_burst":false,
                "emoji":{"id":"9","name":null,"animated":true},"burst_colors":[]}],
  "nonce":"abc","pinned":false,"type":19,"flags":32768,
  "message_reference":{"type":0,"message_id":"10","channel_id":"2","guild_id":"3"},
  "referenced_message":null,
  "message_snapshots":[{"message":{"type":0,"content":"fwd","embeds":[],"attachments":[],
      "timestamp":"2024-05-01T12:00:00+00:00","edited_timestamp":null,"flags":0,"mentions":[],
      "mention_roles":[]}}],
  "interaction_metadata":{"id":"11","type":2,"user":{"id":"4","username":"u","discriminator":"0","avatar":null},
      "authorizing_integration_owners":{"0":"3"},"original_response_message_id":"1",
      "triggering_interaction_metadata":{"id":"12","type":3,"user":{"id":"4","username":"u","discriminator":"0","avatar":null},
        "authorizing_integration_owners":{"1":"4"},"interacted_message_id":"13"}},
  "components":[
    {"type":1,"id":1,"components":[
      {"type":2,"style":1,"label":"Click","custom_id":"c1","emoji":{"name":"\ud83d\ude00"}},
      {"type":2,"style":5,"label":"Link","url":"https://l","disabled":true}]},
    {"type":1,"components":[{"type":3,"custom_id":"s","placeholder":"p","min_values":1,"max_values":2,
      "options":[{"label":"L","value":"v","description":"d","default":true,"emoji":{"id":"14","name":"e"}}]}]},
    {"type":1,"components":[{"type":8,"custom_id":"ch","channel_types":[0,5],
      "default_values":[{"id":"15","type":"channel"}]}]},
    {"type":17,"accent_color":null,"spoiler":false,"components":[
      {"type":9,"components":[{"type":10,"content":"# Title"}],
       "accessory":{"type":11,"media":{"url":"https://m","height":null},"description":null}},
      {"type":12,"items":[{"media":{"url":"https://g"},"spoiler":true}]},
      {"type":14,"divider":true,"spacing":2},
      {"type":13,"file":{"url":"attachment://f.txt"},"name":"f.txt","size":3}]}],
  "sticker_items":[{"id":"16","name":"s","format_type":1}],
  "poll":{"question":{"text":"q?"},"answers":[{"answer_id":1,"poll_media":{"text":"a","emoji":{"name":"x"}}}],
          "expiry":"2024-05-02T12:00:00+00:00","allow_multiselect":false,"layout_type":1,
          "results":{"is_finalized":false,"answer_counts":[{"id":1,"count":5,"me_voted":true}]}},
  "call":{"participants":["4"],"ended_timestamp":null},
  "role_subscription_data":{"role_subscription_listing_id":"17","tier_name":"gold","total_months_subscribed":3,"is_renewal":true},
  "thread":{"id":"18","type":11,"name":"t"},
  "position":7
})";
}

TEST(Message, ReadsEveryPart) {
    const Message m = from_json<Message>(full_message());
    EXPECT_EQ(m.guild_id, Snowflake{3});
    EXPECT_EQ(m.author.bot, true);
    ASSERT_TRUE(m.member.has_value());
    EXPECT_FALSE(m.member->user.has_value());
    EXPECT_EQ(m.content, "hello \xE2\x9D\xA4 \"quoted\"");
    EXPECT_FALSE(m.edited_timestamp.has_value());
    ASSERT_EQ(m.mentions.size(), 1U);
    EXPECT_EQ(m.mention_roles[1].value(), 18446744073709551615ULL);
    ASSERT_EQ(m.attachments.size(), 1U);
    EXPECT_TRUE(m.attachments[0].height.is_none());
    EXPECT_EQ(m.attachments[0].duration_secs, 2.5);
    ASSERT_EQ(m.embeds.size(), 1U);
    const Embed& e = m.embeds[0];
    EXPECT_EQ(e.color, 16711680U);
    EXPECT_EQ(e.footer->text, "f");
    EXPECT_EQ(e.image->width, 20);
    EXPECT_EQ(e.video->url, "https://v");
    EXPECT_EQ(e.author->name, "a");
    ASSERT_EQ(e.fields.size(), 2U);
    EXPECT_EQ(e.fields[0].inline_, true);
    EXPECT_FALSE(e.fields[1].inline_.has_value());
    ASSERT_EQ(m.reactions.size(), 2U);
    EXPECT_TRUE(m.reactions[0].emoji.id.is_none());
    EXPECT_EQ(*m.reactions[0].emoji.name, "\xF0\x9F\x94\xA5");
    EXPECT_TRUE(m.reactions[1].emoji.name.is_none());
    EXPECT_EQ(m.nonce, "\"abc\"");
    EXPECT_EQ(m.type, MessageType::reply);
    EXPECT_EQ(m.flags, MessageFlags::is_components_v2);
    EXPECT_TRUE(m.referenced_message.is_none());
    ASSERT_EQ(m.message_snapshots.size(), 1U);
    EXPECT_EQ(m.message_snapshots[0].message.content, "fwd");
    ASSERT_TRUE(m.interaction_metadata);
    EXPECT_EQ(m.interaction_metadata->authorizing_integration_owners, R"({"0":"3"})");
    ASSERT_TRUE(m.interaction_metadata->triggering_interaction_metadata);
    EXPECT_EQ(m.interaction_metadata->triggering_interaction_metadata->interacted_message_id,
              Snowflake{13});
    ASSERT_EQ(m.components.size(), 4U);
    EXPECT_EQ(m.components[0].components[1].style, static_cast<std::uint8_t>(ButtonStyle::link));
    EXPECT_EQ(m.components[1].components[0].options[0].default_, true);
    EXPECT_EQ(m.components[2].components[0].channel_types, (std::vector<std::uint8_t>{0, 5}));
    const Component& container = m.components[3];
    EXPECT_EQ(container.type, ComponentType::container);
    EXPECT_TRUE(container.accent_color.is_none());
    ASSERT_TRUE(container.components[0].accessory);
    EXPECT_EQ(container.components[0].accessory->type, ComponentType::thumbnail);
    EXPECT_TRUE(container.components[0].accessory->description.is_none());
    EXPECT_EQ(container.components[0].components[0].content, "# Title");
    EXPECT_EQ(container.components[1].items[0].spoiler, true);
    EXPECT_EQ(container.components[3].file->url, "attachment://f.txt");
    ASSERT_TRUE(m.poll);
    EXPECT_EQ(m.poll->results->answer_counts[0].count, 5);
    ASSERT_TRUE(m.call);
    EXPECT_TRUE(m.call->ended_timestamp.is_none());
    ASSERT_TRUE(m.thread);
    EXPECT_EQ(m.thread->name, "t");
    EXPECT_EQ(m.position, 7);
}

TEST(Message, RoundTripsEveryPart) {
    expect_round_trip(from_json<Message>(full_message()));
}

TEST(Message, ReferencedMessageNestsAndDistinguishesNullFromAbsent) {
    std::string reply = full_message();
    const std::string inner =
        R"({"id":"20","channel_id":"2","author":{"id":"4","username":"u","discriminator":"0","avatar":null},
      "content":"orig","timestamp":"2024-05-01T11:00:00+00:00","edited_timestamp":"2024-05-01T11:30:00+00:00",
      "tts":false,"mention_everyone":true,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],
      "pinned":true,"type":0})";
    reply.replace(reply.find("\"referenced_message\":null"), 25, "\"referenced_message\":" + inner);
    const Message m = from_json<Message>(reply);
    ASSERT_TRUE(m.referenced_message.has_value());
    const Message& original = **m.referenced_message;
    EXPECT_EQ(original.content, "orig");
    EXPECT_TRUE(original.referenced_message.is_undefined());
    EXPECT_TRUE(original.pinned);
    expect_round_trip(m);
}

TEST(Message, NonceKeepsIntegerOrString) {
    std::string text = full_message();
    text.replace(text.find("\"nonce\":\"abc\""), 13, "\"nonce\":1234567890123");
    const Message m = from_json<Message>(text);
    EXPECT_EQ(m.nonce, "1234567890123");
    EXPECT_THAT(to_json(m), testing::HasSubstr(R"("nonce":1234567890123,)"));
}

TEST(Message, ErrorsInsideEmbedsNameTheIndexPath) {
    EXPECT_EQ(error_of<Message>(full_message(R"([{},{},{"fields":[{"name":1,"value":"v"}]}])")),
              "embeds[2].fields[0].name: expected a string");
    EXPECT_EQ(error_of<Message>(full_message(R"([{"image":{"proxy_url":"x"}}])")),
              "embeds[0].image.url: missing required field");
    EXPECT_EQ(error_of<Message>(full_message(R"([{"timestamp":"yesterday"}])")),
              "embeds[0].timestamp: expected an ISO 8601 timestamp string");
    EXPECT_EQ(error_of<Message>(full_message(R"({"title":"not a list"})")),
              "embeds: expected an array");
}

TEST(Message, ErrorsInsideComponentsNameTheNestedPath) {
    std::string text = full_message();
    text.replace(text.find("\"spacing\":2"), 11, "\"spacing\":\"2\"");
    EXPECT_EQ(error_of<Message>(text),
              "components[3].components[2].spacing: expected a non-negative integer");
    text = full_message();
    text.replace(text.find("\"description\":null}"), 19, "\"description\":5}");
    EXPECT_EQ(error_of<Message>(text),
              "components[3].components[0].accessory.description: expected a string");
}

TEST(Message, UnknownEnumValuesAreKept) {
    std::string text = full_message();
    text.replace(text.find("\"type\":19"), 9, "\"type\":250");
    text.replace(text.find("{\"type\":14"), 10, "{\"type\":99");
    const Message m = from_json<Message>(text);
    EXPECT_EQ(static_cast<int>(m.type), 250);
    EXPECT_EQ(static_cast<int>(m.components[3].components[2].type), 99);
    expect_round_trip(m);
}

TEST(Message, ReadsIntoAnObjectWhereItLives) {
    // from_padded_json_into reads into a default-constructed model (an event's member) and
    // gives what from_padded_json returns; an error names the same path.
    std::string text = full_message();
    const std::size_t size = text.size();
    text.append(json_padding, ' ');
    const std::string_view padded(text.data(), size);
    Message in_place;
    from_padded_json_into(padded, in_place);
    EXPECT_EQ(in_place, from_padded_json<Message>(padded));

    std::string bad = full_message();
    bad.replace(bad.find("\"tts\":false"), 11, "\"tts\":0");
    const std::string expected = error_of<Message>(bad);
    EXPECT_EQ(expected, "tts: expected a boolean");
    const std::size_t bad_size = bad.size();
    bad.append(json_padding, ' ');
    Message partial;
    try {
        from_padded_json_into(std::string_view(bad.data(), bad_size), partial);
        ADD_FAILURE() << "a wrong type was read";
    } catch (const JsonError& error) {
        EXPECT_EQ(std::string(error.what()), expected);
    }
}

TEST(Message, TruncatedAnywhereIsAJsonError) {
    const std::string text = full_message();
    for (std::size_t n = 0; n < text.size(); n += 5) {
        EXPECT_THROW((void)from_json<Message>(text.substr(0, n)), JsonError) << n;
    }
}

TEST(Message, WrongTypesAtTheTopAreNamed) {
    std::string text = full_message();
    text.replace(text.find("\"tts\":false"), 11, "\"tts\":0");
    EXPECT_EQ(error_of<Message>(text), "tts: expected a boolean");
    text = full_message();
    text.replace(text.find("\"mention_roles\":[\"7\""), 20, "\"mention_roles\":[7");
    EXPECT_EQ(error_of<Message>(text), "mention_roles[0]: expected a snowflake string");
    text = full_message();
    text.replace(text.find("\"size\":1024"), 11, "\"size\":-1");
    EXPECT_EQ(error_of<Message>(text), "attachments[0].size: expected a non-negative integer");
}

}  // namespace

namespace {

TEST(Message, HostileNestingIsRejectedNotACrash) {
    // Deeper than any real message: beyond the model depth limit, and beyond simdjson's.
    for (int levels : {100, 5000}) {
        std::string deep;
        for (int i = 0; i < levels; ++i) deep += R"({"type":1,"components":[)";
        for (int i = 0; i < levels; ++i) deep += "]}";
        try {
            (void)hikari::from_json<hikari::Component>(deep);
            ADD_FAILURE() << levels << " levels accepted";
        } catch (const hikari::JsonError& e) {
            EXPECT_THAT(e.what(), testing::HasSubstr("deep")) << levels;
        }
    }
    std::string ok;
    for (int i = 0; i < 20; ++i) ok += R"({"type":1,"components":[)";
    for (int i = 0; i < 20; ++i) ok += "]}";
    EXPECT_NO_THROW((void)hikari::from_json<hikari::Component>(ok));
}

TEST(Message, UnknownDeeplyNestedFieldsAreSkipped) {
    std::string junk;
    for (int i = 0; i < 500; ++i) junk += "[";
    for (int i = 0; i < 500; ++i) junk += "]";
    const auto c = hikari::from_json<hikari::Component>(R"({"type":2,"junk":)" + junk + "}");
    EXPECT_EQ(c.type, hikari::ComponentType::button);
}

}  // namespace
