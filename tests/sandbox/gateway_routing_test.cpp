// Which session sees which dispatch: shard routing, intents, MESSAGE_CONTENT stripping and
// the GUILD_CREATE member lists.

#include "gateway_test_fixture.hpp"
#include "sandbox/gateway/intent_filter.hpp"

namespace hikari::test {
namespace {

using sandbox::GatewayOptions;

class Routing : public GatewayFixture {
  protected:
    void SetUp() override {
        GatewayOptions options;
        options.identify_interval = std::chrono::milliseconds(0);
        start(options);
        guild_ = world_->guild_ids().front();
    }
    std::unique_ptr<WsClient> session(std::uint64_t intents,
                                      std::optional<std::pair<int, int>> shard = std::nullopt) {
        auto client = connect();
        identify(*client, intents, shard);
        // Skip the GUILD_CREATEs: a heartbeat's ACK marks the end of the backlog.
        client->send_op(1, nullptr);
        client->receive_until(11);
        return client;
    }
    void dispatch(std::string_view name, json::object data, std::optional<Snowflake> guild,
                  std::uint32_t intents) {
        on_io([&] {
            hub_->dispatch(name, data, guild, intents);
            return 0;
        });
    }
    /// The next dispatch, or nullopt when the next frame is the ACK of a probe heartbeat.
    std::optional<json::object> next_dispatch(WsClient& client) {
        client.send_op(1, nullptr);
        auto payload = client.receive();
        if (payload.at("op").as_int64() == 11) return std::nullopt;
        client.receive_until(11);
        return payload;
    }
    json::object message(std::string author_id, json::array mentions = {}) {
        return json::object{{"id", "1"},
                            {"channel_id", "2"},
                            {"guild_id", guild_.to_string()},
                            {"author", json::object{{"id", author_id}, {"username", "someone"}}},
                            {"content", "secret words"},
                            {"embeds", json::array{json::object{{"title", "t"}}}},
                            {"attachments", json::array{json::object{{"id", "3"}}}},
                            {"components", json::array{json::object{{"type", 1}}}},
                            {"poll", json::object{{"allow_multiselect", false}}},
                            {"mentions", std::move(mentions)}};
    }
    Snowflake guild_;
};

TEST_F(Routing, MessageContentNeedsTheIntent) {
    auto with = session(kGuilds | kGuildMessages | kMessageContent);
    auto without = session(kGuilds | kGuildMessages);
    auto deaf = session(kGuilds);
    dispatch("MESSAGE_CREATE", message("42"), guild_, kGuildMessages);

    const auto full = next_dispatch(*with);
    ASSERT_TRUE(full);
    EXPECT_EQ(full->at("d").at("content").as_string(), "secret words");
    EXPECT_EQ(full->at("d").at("embeds").as_array().size(), 1U);

    const auto stripped = next_dispatch(*without);
    ASSERT_TRUE(stripped);
    EXPECT_EQ(stripped->at("t").as_string(), "MESSAGE_CREATE");
    EXPECT_EQ(stripped->at("d").at("content").as_string(), "");
    EXPECT_TRUE(stripped->at("d").at("embeds").as_array().empty());
    EXPECT_TRUE(stripped->at("d").at("attachments").as_array().empty());
    EXPECT_TRUE(stripped->at("d").at("components").as_array().empty());
    EXPECT_FALSE(stripped->at("d").as_object().contains("poll"));

    EXPECT_FALSE(next_dispatch(*deaf));  // no GUILD_MESSAGES intent
}

TEST_F(Routing, MentionsOwnMessagesAndDmsKeepTheirContent) {
    auto client = session(kGuilds | kGuildMessages | kDirectMessages);
    const std::string bot = world_->bot_id().to_string();
    dispatch("MESSAGE_CREATE", message("42", json::array{json::object{{"id", bot}}}), guild_,
             kGuildMessages);
    EXPECT_EQ(next_dispatch(*client)->at("d").at("content").as_string(), "secret words");
    dispatch("MESSAGE_UPDATE", message(bot), guild_, kGuildMessages);
    EXPECT_EQ(next_dispatch(*client)->at("d").at("content").as_string(), "secret words");
    auto dm = message("42");
    dm.erase("guild_id");
    dispatch("MESSAGE_CREATE", dm, std::nullopt, kDirectMessages);
    EXPECT_EQ(next_dispatch(*client)->at("d").at("content").as_string(), "secret words");
}

TEST_F(Routing, GuildEventsGoToTheOwningShardAndDmsToShardZero) {
    auto shard0 = session(kGuilds | kDirectMessages, std::pair{0, 2});
    auto shard1 = session(kGuilds | kDirectMessages, std::pair{1, 2});
    const unsigned owner = guild_.shard_id(2);
    dispatch("CHANNEL_CREATE", json::object{{"guild_id", guild_.to_string()}}, guild_, 1);
    EXPECT_EQ(next_dispatch(*shard0).has_value(), owner == 0);
    EXPECT_EQ(next_dispatch(*shard1).has_value(), owner == 1);
    dispatch("CHANNEL_PINS_UPDATE", json::object{{"channel_id", "5"}}, std::nullopt, 0);
    EXPECT_TRUE(next_dispatch(*shard0));
    EXPECT_FALSE(next_dispatch(*shard1));
}

TEST_F(Routing, OwnMemberUpdateArrivesWithoutGuildMembers) {
    auto client = session(kGuilds);
    const std::string bot = world_->bot_id().to_string();
    dispatch("GUILD_MEMBER_UPDATE",
             json::object{{"guild_id", guild_.to_string()}, {"user", json::object{{"id", "77"}}}},
             guild_, 1 << 1);
    EXPECT_FALSE(next_dispatch(*client));
    dispatch("GUILD_MEMBER_UPDATE",
             json::object{{"guild_id", guild_.to_string()}, {"user", json::object{{"id", bot}}}},
             guild_, 1 << 1);
    EXPECT_TRUE(next_dispatch(*client));
}

TEST_F(Routing, GuildCreateMembersDependOnPresences) {
    for (std::uint64_t intents : {kGuilds, kGuilds | kPresences}) {
        auto client = connect();
        identify(*client, intents);
        const auto create = client->receive_until(0, "GUILD_CREATE");
        const auto& members = create.at("d").at("members").as_array();
        const auto id = Snowflake::parse(create.at("d").at("id").as_string());
        if ((intents & kPresences) == 0) {
            ASSERT_EQ(members.size(), 1U);
            EXPECT_EQ(members[0].at("user").at("id").as_string(), world_->bot_id().to_string());
        } else {
            EXPECT_EQ(members.size(), world_->members(id).size());
        }
    }
}

TEST(IntentFilterTest, LargeGuildsKeepOnlyNotableMembers) {
    json::array members;
    json::array presences;
    for (int i = 1; i <= 6; ++i) {
        json::object member{{"user", json::object{{"id", std::to_string(i)}}},
                            {"roles", json::array{}},
                            {"nick", nullptr}};
        if (i == 2) member["roles"] = json::array{"9"};
        if (i == 3) member["nick"] = "nick";
        members.push_back(member);
        presences.push_back(json::object{{"user", json::object{{"id", std::to_string(i)}}},
                                         {"status", i == 4 ? "online" : "offline"}});
    }
    json::object guild{{"member_count", 300},
                       {"members", members},
                       {"presences", presences},
                       {"voice_states", json::array{json::object{{"user_id", "5"}}}}};
    const auto out = sandbox::filter_guild_create(guild, kGuilds | kPresences, 250, Snowflake{1});
    EXPECT_TRUE(out.at("large").as_bool());
    std::vector<std::string> kept;
    for (const auto& m : out.at("members").as_array()) {
        kept.emplace_back(m.at("user").at("id").as_string());
    }
    // 1 is the bot, 2 has a role, 3 a nickname, 4 is online, 5 is in voice; 6 is none.
    EXPECT_EQ(kept, (std::vector<std::string>{"1", "2", "3", "4", "5"}));
    ASSERT_EQ(out.at("presences").as_array().size(), 1U);
    EXPECT_EQ(out.at("presences").at(0).at("user").at("id").as_string(), "4");

    const auto small = sandbox::filter_guild_create(guild, kGuilds | kPresences, 300, Snowflake{1});
    EXPECT_FALSE(small.at("large").as_bool());
    EXPECT_EQ(small.at("members").as_array().size(), 6U);
}

TEST(IntentFilterTest, PartialMessageUpdatesAreOnlyBlankedWhereFieldsExist) {
    json::object update{{"id", "1"}, {"guild_id", "2"}, {"content", "x"}};
    EXPECT_TRUE(sandbox::strip_message_content(update, Snowflake{9}));
    EXPECT_EQ(update.at("content").as_string(), "");
    EXPECT_FALSE(update.contains("embeds"));
}

}  // namespace
}  // namespace hikari::test
