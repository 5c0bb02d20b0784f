// Stage instances and stage voice states against the sandbox.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class StageVoiceTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    Snowflake stage() {
        return run(rest_->create_guild_channel(
                       guild_, {.name = "stage", .type = ChannelType::guild_stage_voice}))
            .id;
    }
    void join_voice(Snowflake user, std::optional<Snowflake> channel) {
        control(
            "POST", "/voice-states",
            boost::json::object{{"guild_id", guild_.to_string()},
                                {"user_id", user.to_string()},
                                {"channel_id", channel ? boost::json::value(channel->to_string())
                                                       : boost::json::value(nullptr)}});
    }
    Snowflake me() { return run(rest_->fetch_my_user()).id; }
};

TEST_F(StageVoiceTest, StageInstanceCrud) {
    const Snowflake channel = stage();
    const StageInstance created = run(rest_->create_stage_instance(
        {.channel_id = channel, .topic = "Town hall", .send_start_notification = false}, "open"));
    EXPECT_EQ(created.channel_id, channel);
    EXPECT_EQ(created.topic, "Town hall");
    EXPECT_EQ(created.privacy_level, StagePrivacyLevel::guild_only);
    EXPECT_EQ(run(rest_->fetch_stage_instance(channel)).id, created.id);
    // One instance per stage.
    auto twice = expect_error<BadRequestError>(
        [&] { run(rest_->create_stage_instance({.channel_id = channel, .topic = "again"})); });
    ASSERT_TRUE(twice);
    EXPECT_EQ(twice->code(), 150006);

    const StageInstance edited =
        run(rest_->edit_stage_instance(channel, {.topic = "Q&A"}, "new topic"));
    EXPECT_EQ(edited.topic, "Q&A");
    run(rest_->delete_stage_instance(channel));
    auto gone = expect_error<NotFoundError>([&] { run(rest_->fetch_stage_instance(channel)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10067);

    // Not a stage channel; unknown channel; bad topic.
    auto text = expect_error<BadRequestError>(
        [&] { run(rest_->create_stage_instance({.channel_id = channel_, .topic = "x"})); });
    ASSERT_TRUE(text);
    EXPECT_EQ(text->code(), 50024);
    auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->fetch_stage_instance(Snowflake{5})); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10003);
    EXPECT_THROW((void)rest_->create_stage_instance({.channel_id = channel, .topic = ""}),
                 ValueError);

    std::vector<std::string> events;
    const auto dispatches = control("GET", "/dispatches");
    for (const auto& d : dispatches.as_array()) {
        events.emplace_back(d.at("t").as_string());
    }
    for (const char* name :
         {"STAGE_INSTANCE_CREATE", "STAGE_INSTANCE_UPDATE", "STAGE_INSTANCE_DELETE"}) {
        EXPECT_NE(std::find(events.begin(), events.end(), name), events.end()) << name;
    }
}

TEST_F(StageVoiceTest, VoiceStatesReadAndModerate) {
    const Snowflake channel = stage();
    const Snowflake bot = me();
    auto not_in_voice =
        expect_error<NotFoundError>([&] { run(rest_->fetch_my_voice_state(guild_)); });
    ASSERT_TRUE(not_in_voice);
    EXPECT_EQ(not_in_voice->code(), 10065);

    join_voice(bot, channel);
    const Snowflake user = members_.front() == bot ? members_.back() : members_.front();
    join_voice(user, channel);
    const VoiceState mine = run(rest_->fetch_my_voice_state(guild_));
    EXPECT_EQ(mine.channel_id, std::optional<Snowflake>(channel));
    EXPECT_TRUE(mine.suppress);  // audience on joining a stage

    // Become a speaker, raise and lower a hand.
    run(rest_->edit_my_voice_state(guild_, {.channel_id = channel, .suppress = false}));
    EXPECT_FALSE(run(rest_->fetch_my_voice_state(guild_)).suppress);
    const auto now =
        std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
    run(rest_->edit_my_voice_state(guild_, {.request_to_speak_timestamp = now}));
    EXPECT_TRUE(run(rest_->fetch_my_voice_state(guild_)).request_to_speak_timestamp.has_value());
    run(rest_->edit_my_voice_state(guild_, {.request_to_speak_timestamp = none}));
    EXPECT_FALSE(run(rest_->fetch_my_voice_state(guild_)).request_to_speak_timestamp.has_value());

    // Invite another user to speak.
    EXPECT_TRUE(run(rest_->fetch_voice_state(guild_, user)).suppress);
    run(rest_->edit_voice_state(guild_, user, {.channel_id = channel, .suppress = false}));
    EXPECT_FALSE(run(rest_->fetch_voice_state(guild_, user)).suppress);

    // The channel must be the stage the user is in.
    auto elsewhere = expect_error<BadRequestError>(
        [&] { run(rest_->edit_voice_state(guild_, user, {.channel_id = stage()})); });
    ASSERT_TRUE(elsewhere);
    EXPECT_EQ(elsewhere->code(), 50024);
    join_voice(user, std::nullopt);
    auto left = expect_error<NotFoundError>([&] { run(rest_->fetch_voice_state(guild_, user)); });
    ASSERT_TRUE(left);
    EXPECT_EQ(left->code(), 10065);
}

TEST_F(StageVoiceTest, RegionsStatusesAndGroupDms) {
    const auto regions = run(rest_->fetch_voice_regions());
    ASSERT_FALSE(regions.empty());
    EXPECT_EQ(std::count_if(regions.begin(), regions.end(),
                            [](const VoiceRegion& r) { return r.optimal; }),
              1);

    const Channel voice =
        run(rest_->create_guild_channel(guild_, {.name = "vc", .type = ChannelType::guild_voice}));
    run(rest_->set_voice_channel_status(voice.id, "Playing chess"));
    const auto dispatches = control("GET", "/dispatches");
    bool announced = false;
    for (const auto& d : dispatches.as_array()) {
        announced = announced || (d.at("t") == "VOICE_CHANNEL_STATUS_UPDATE" &&
                                  d.at("d").at("status") == "Playing chess");
    }
    EXPECT_TRUE(announced);
    run(rest_->set_voice_channel_status(voice.id, std::nullopt));
    auto text =
        expect_error<BadRequestError>([&] { run(rest_->set_voice_channel_status(channel_, "x")); });
    ASSERT_TRUE(text);
    EXPECT_EQ(text->code(), 50024);
    EXPECT_THROW(run(rest_->set_voice_channel_status(voice.id, std::string(501, 's'))), ValueError);

    // Bots cannot open group DMs, so the sandbox has none: the error paths.
    auto not_group = expect_error<BadRequestError>(
        [&] { run(rest_->add_group_dm_recipient(channel_, members_.front(), "token")); });
    ASSERT_TRUE(not_group);
    EXPECT_EQ(not_group->code(), 50024);
    auto unknown = expect_error<NotFoundError>(
        [&] { run(rest_->remove_group_dm_recipient(Snowflake{3}, members_.front())); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10003);
    EXPECT_THROW(run(rest_->add_group_dm_recipient(channel_, members_.front(), "")), ValueError);
}

}  // namespace
}  // namespace hikari::testing
