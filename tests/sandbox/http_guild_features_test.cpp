// Invites, emojis, stickers, polls, events and the soundboard over loopback: the shapes and
// intents of their dispatches, and bodies the typed client never sends.

#include <hikari/sandbox/sandbox.hpp>

#include "http_world_fixture.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace json = boost::json;
using hikari::test::HttpResponse;

namespace {

class HttpGuildFeatures : public hikari::test::HttpWorldTest {
  protected:
    void SetUp() override {
        start(4);
        member_ = world_.at("guilds").at(0).at("members").at(0).as_string();
    }

    std::string member_;
};

}  // namespace

TEST_F(HttpGuildFeatures, DispatchesCarryTheirIntents) {
    ASSERT_EQ(api("POST", "/channels/" + channel_ + "/invites", "{}").status, 200U);
    const auto invite = last_dispatch("INVITE_CREATE");
    EXPECT_EQ(invite.at("intents"), 1 << 6);
    EXPECT_EQ(invite.at("d").at("guild_id"), json::value(guild_));
    EXPECT_EQ(invite.at("d").at("max_age"), 86400);

    const auto emoji = api("POST", "/guilds/" + guild_ + "/emojis",
                           R"({"name":"ok","image":"data:image/png;base64,AAAA"})");
    ASSERT_EQ(emoji.status, 201U) << emoji.body;
    const auto update = last_dispatch("GUILD_EMOJIS_UPDATE");
    EXPECT_EQ(update.at("intents"), 1 << 3);
    EXPECT_FALSE(update.at("d").at("emojis").as_array().empty());

    const auto event = api("POST", "/guilds/" + guild_ + "/scheduled-events",
                           R"({"name":"e","privacy_level":2,"entity_type":3,
                               "scheduled_start_time":"2999-01-01T00:00:00+00:00",
                               "scheduled_end_time":"2999-01-01T01:00:00+00:00",
                               "entity_metadata":{"location":"here"}})");
    ASSERT_EQ(event.status, 200U) << event.body;
    EXPECT_EQ(last_dispatch("GUILD_SCHEDULED_EVENT_CREATE").at("intents"), 1 << 16);
}

TEST_F(HttpGuildFeatures, BodiesTheClientNeverSends) {
    // A sticker must be multipart.
    auto r = api("POST", "/guilds/" + guild_ + "/stickers", R"({"name":"x","tags":"x"})");
    EXPECT_EQ(r.status, 400U);
    EXPECT_EQ(code(r), 50035);
    // An emoji image that is not base64.
    r = api("POST", "/guilds/" + guild_ + "/emojis",
            R"({"name":"ok","image":"data:image/png;base64,!!!!"})");
    EXPECT_EQ(r.status, 400U);
    EXPECT_TRUE(r.json().at("errors").as_object().contains("image"));
    // Invalid JSON.
    r = api("POST", "/guilds/" + guild_ + "/soundboard-sounds", "{not json");
    EXPECT_EQ(r.status, 400U);
    EXPECT_EQ(code(r), 50109);
    // A poll without answers, and one running too long.
    r = api("POST", "/channels/" + channel_ + "/messages",
            R"({"poll":{"question":{"text":"q"},"answers":[]}})");
    EXPECT_EQ(r.status, 400U);
    EXPECT_TRUE(r.json().at("errors").at("poll").as_object().contains("answers"));
    r = api("POST", "/channels/" + channel_ + "/messages",
            R"({"poll":{"question":{"text":"q"},"duration":769,
                "answers":[{"poll_media":{"text":"a"}}]}})");
    EXPECT_EQ(r.status, 400U);
    // A stage instance with a bad privacy level.
    r = api("POST", "/stage-instances",
            R"({"channel_id":")" + channel_ + R"(","topic":"t","privacy_level":3})");
    EXPECT_EQ(r.status, 400U);
    EXPECT_EQ(code(r), 50035);
}

TEST_F(HttpGuildFeatures, VotesAreTalliedAndAnnounced) {
    const auto message = api("POST", "/channels/" + channel_ + "/messages",
                             R"({"poll":{"question":{"text":"q"},"allow_multiselect":false,
                                 "answers":[{"poll_media":{"text":"a"}},{"poll_media":{"text":"b"}}]}})");
    ASSERT_EQ(message.status, 200U) << message.body;
    const std::string id(message.json().at("id").as_string());
    EXPECT_EQ(message.json().at("poll").at("answers").at(1).at("answer_id"), 2);
    const auto vote = [&](const std::string& answers) {
        return client_->request("POST", "/_sandbox/poll-votes",
                                R"({"channel_id":")" + channel_ + R"(","message_id":")" + id +
                                    R"(","user_id":")" + member_ + R"(","answer_ids":)" + answers +
                                    "}");
    };
    auto r = vote("[2]");
    ASSERT_EQ(r.status, 200U) << r.body;
    EXPECT_EQ(r.json().at("poll").at("results").at("answer_counts").at(1).at("count"), 1);
    const auto added = last_dispatch("MESSAGE_POLL_VOTE_ADD");
    EXPECT_EQ(added.at("intents"), 1 << 24);
    EXPECT_EQ(added.at("d").at("answer_id"), 2);
    // One answer only without multiselect; answers that do not exist.
    EXPECT_EQ(vote("[1,2]").status, 400U);
    EXPECT_EQ(vote("[3]").status, 400U);
    const auto voters = api("GET", "/channels/" + channel_ + "/polls/" + id + "/answers/2");
    ASSERT_EQ(voters.status, 200U);
    EXPECT_EQ(voters.json().at("users").as_array().size(), 1U);
}
