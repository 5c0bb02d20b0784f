// EventFactory on the dispatches added after the first set: auto moderation, entitlements,
// subscriptions, audit log entries, soundboard sounds, integrations, invites, thread members
// and syncs, voice channel effects and state, command permissions and RATE_LIMITED. Payloads
// are Discord's documentation examples where there is one.

#include <hikari/events/events.hpp>
#include <hikari/model/model.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace {

using namespace hikari;

std::string doc_example(const std::string& name) {
    std::ifstream file(std::string(HIKARI_SOURCE_DIR) + "/tests/model/data/doc-examples/" + name);
    if (!file) throw std::runtime_error("missing doc example " + name);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

constexpr const char* user_json =
    R"({"id":"80351110224678912","username":"Nelly","discriminator":"1337","avatar":"8342729096ea3675442027381ff50dfe","global_name":"Nelly"})";

class MoreEventsTest : public ::testing::Test {
  protected:
    /// Builds {"op":0,"t":name,"s":7,"d":d} (padded) and checks that event_types_for_dispatch()
    /// announces exactly the type built, so the consumer check can find it.
    template <class E>
    const E& build_as(const std::string& name, const std::string& d) {
        const auto types = event_types_for_dispatch(name);
        EXPECT_NE(std::find(types.begin(), types.end(), &event_type_v<E>), types.end())
            << name << " does not announce " << event_type_v<E>.name;
        last = build(name, d);
        const E* event = last ? event_cast<E>(*last) : nullptr;
        if (event == nullptr) {
            throw std::runtime_error(name + " did not build a " +
                                     std::string(event_type_v<E>.name));
        }
        EXPECT_EQ(&last->event_type(), &event_type_v<E>);
        return *event;
    }
    std::shared_ptr<const Event> build(const std::string& name, const std::string& d) {
        const std::string payload = R"({"op":0,"t":")" + name + R"(","s":7,"d":)" + d + "}";
        buffer = payload + std::string(dispatch_padding, ' ');
        return factory.build(name, std::string_view(buffer.data(), payload.size()), 2);
    }
    /// The path of the JsonError building `d` gives, or "no error".
    std::string error_path(const std::string& name, const std::string& d) {
        try {
            (void)build(name, d);
        } catch (const JsonError& error) {
            return error.path();
        }
        return "no error";
    }

    EventFactory factory;
    std::string buffer;
    std::shared_ptr<const Event> last;
};

TEST_F(MoreEventsTest, AutoModerationRulesAndExecutions) {
    const std::string rule = doc_example("resources-auto-moderation-1.json");
    const auto& created = build_as<AutoModRuleCreateEvent>("AUTO_MODERATION_RULE_CREATE", rule);
    EXPECT_EQ(created.guild_id, Snowflake{613425648685547541});
    EXPECT_EQ(created.rule.name, "Keyword Filter 1");
    ASSERT_EQ(created.rule.actions.size(), 3U);
    EXPECT_EQ(created.rule.actions[2].metadata->duration_seconds, 60);
    EXPECT_EQ(created.rule.trigger_metadata.keyword_filter.size(), 4U);
    EXPECT_EQ(build_as<AutoModRuleUpdateEvent>("AUTO_MODERATION_RULE_UPDATE", rule).rule.id,
              Snowflake{969707018069872670});
    EXPECT_TRUE(build_as<AutoModRuleDeleteEvent>("AUTO_MODERATION_RULE_DELETE", rule).rule.enabled);

    const auto& run = build_as<AutoModActionExecutionEvent>(
        "AUTO_MODERATION_ACTION_EXECUTION",
        R"({"guild_id":"613425648685547541","action":{"type":2,"metadata":{"channel_id":"123456789123456789"}},)"
        R"("rule_id":"969707018069872670","rule_trigger_type":9,"user_id":"80351110224678912",)"
        R"("channel_id":"22","alert_system_message_id":"44","content":"i like c++",)"
        R"("matched_keyword":"i like c++","matched_content":null})");
    EXPECT_EQ(run.guild_id, Snowflake{613425648685547541});
    EXPECT_EQ(run.action.type, AutoModerationActionType::send_alert_message);
    EXPECT_EQ(run.action.metadata->channel_id, Snowflake{123456789123456789});
    // A trigger type this version does not name is kept.
    EXPECT_EQ(static_cast<int>(run.rule_trigger_type), 9);
    EXPECT_EQ(run.user_id, Snowflake{80351110224678912});
    EXPECT_EQ(run.channel_id, Snowflake{22});
    EXPECT_FALSE(run.message_id);
    EXPECT_EQ(run.alert_system_message_id, Snowflake{44});
    EXPECT_EQ(run.content, "i like c++");
    EXPECT_EQ(run.matched_keyword, "i like c++");
    EXPECT_FALSE(run.matched_content);

    EXPECT_EQ(AutoModRuleEvent::required_intents.intents, Intents::auto_moderation_configuration);
    EXPECT_EQ(AutoModActionExecutionEvent::required_intents.intents,
              Intents::auto_moderation_execution);
}

TEST_F(MoreEventsTest, EntitlementsAndSubscriptions) {
    const std::string entitlement = doc_example("resources-entitlement-1.json");
    const auto& created = build_as<EntitlementCreateEvent>("ENTITLEMENT_CREATE", entitlement);
    EXPECT_EQ(created.entitlement.sku_id, Snowflake{1019475255913222144});
    EXPECT_EQ(created.entitlement.type, EntitlementType::application_subscription);
    EXPECT_TRUE(created.entitlement.ends_at);
    EXPECT_EQ(build_as<EntitlementUpdateEvent>("ENTITLEMENT_UPDATE", entitlement).entitlement.id,
              Snowflake{1019653849998299136});
    EXPECT_FALSE(
        build_as<EntitlementDeleteEvent>("ENTITLEMENT_DELETE", entitlement).entitlement.deleted);

    const std::string subscription = doc_example("resources-subscription-1.json");
    const auto& sub = build_as<SubscriptionCreateEvent>("SUBSCRIPTION_CREATE", subscription);
    EXPECT_EQ(sub.subscription.user_id, Snowflake{1088605110638227537});
    EXPECT_EQ(sub.subscription.sku_ids, std::vector<Snowflake>{Snowflake{1158857122189168803}});
    EXPECT_FALSE(sub.subscription.renewal_sku_ids);
    EXPECT_EQ(sub.subscription.status, SubscriptionStatus::active);
    EXPECT_FALSE(sub.subscription.canceled_at);
    EXPECT_EQ(build_as<SubscriptionUpdateEvent>("SUBSCRIPTION_UPDATE", subscription)
                  .subscription.current_period_end,
              *try_parse_iso8601("2024-09-27T19:48:44.406602+00:00"));
    // An unknown status is kept.
    std::string ending = subscription;
    ending.replace(ending.find(R"("status": 0)"), 11, R"("status": 7)");
    EXPECT_EQ(
        static_cast<int>(
            build_as<SubscriptionDeleteEvent>("SUBSCRIPTION_DELETE", ending).subscription.status),
        7);

    // Monetization events need no intent.
    EXPECT_TRUE(EntitlementEvent::required_intents.intents.empty());
    EXPECT_TRUE(SubscriptionEvent::required_intents.intents.empty());
}

TEST_F(MoreEventsTest, AuditLogEntries) {
    const auto& entry = build_as<AuditLogEntryCreateEvent>(
        "GUILD_AUDIT_LOG_ENTRY_CREATE",
        R"({"user_id":"80351110224678912","target_id":"41771983423143936","action_type":24,)"
        R"("changes":[{"key":"nick","new_value":"Nelly","old_value":null},{"key":"deaf","new_value":true}],)"
        R"("id":"1117935398939725965","reason":"asked","guild_id":"1015034326372454400",)"
        R"("options":{"channel_id":"22","count":"3"}})");
    EXPECT_EQ(entry.guild_id, Snowflake{1015034326372454400});
    EXPECT_EQ(entry.entry.action_type, AuditLogEvent::member_update);
    EXPECT_EQ(entry.entry.target_id, "41771983423143936");
    ASSERT_EQ(entry.entry.changes.size(), 2U);
    EXPECT_EQ(entry.entry.changes[0].new_value, R"("Nelly")");
    EXPECT_EQ(entry.entry.changes[1].new_value, "true");
    EXPECT_FALSE(entry.entry.changes[1].old_value);
    EXPECT_EQ(entry.entry.options->count, "3");
    EXPECT_EQ(entry.entry.reason, "asked");
    EXPECT_EQ(AuditLogEntryCreateEvent::required_intents.intents, Intents::guild_moderation);

    const auto& odd = build_as<AuditLogEntryCreateEvent>(
        "GUILD_AUDIT_LOG_ENTRY_CREATE",
        R"({"user_id":null,"target_id":null,"action_type":999,"id":"1","guild_id":"2"})");
    EXPECT_EQ(static_cast<int>(odd.entry.action_type), 999);
    EXPECT_FALSE(odd.entry.user_id);
    EXPECT_EQ(error_path("GUILD_AUDIT_LOG_ENTRY_CREATE",
                         R"({"user_id":null,"target_id":null,"action_type":1,"id":"1"})"),
              "d.guild_id");
}

TEST_F(MoreEventsTest, SoundboardSounds) {
    const std::string sound = doc_example("resources-soundboard-2.json");
    const auto& created =
        build_as<SoundboardSoundCreateEvent>("GUILD_SOUNDBOARD_SOUND_CREATE", sound);
    EXPECT_EQ(created.guild_id, Snowflake{613425648685547541});
    EXPECT_EQ(created.sound.name, "Yay");
    EXPECT_EQ(created.sound.emoji_id, Snowflake{989193655938064464});
    EXPECT_EQ(
        build_as<SoundboardSoundUpdateEvent>("GUILD_SOUNDBOARD_SOUND_UPDATE", sound).sound.sound_id,
        Snowflake{1106714396018884649});
    const auto& deleted = build_as<SoundboardSoundDeleteEvent>(
        "GUILD_SOUNDBOARD_SOUND_DELETE", R"({"sound_id":"1106714396018884649","guild_id":"5"})");
    EXPECT_EQ(deleted.sound_id, Snowflake{1106714396018884649});
    EXPECT_EQ(deleted.guild_id, Snowflake{5});
    const std::string list =
        R"({"soundboard_sounds":[)" + sound + R"(],"guild_id":"613425648685547541"})";
    EXPECT_EQ(
        build_as<SoundboardSoundsUpdateEvent>("GUILD_SOUNDBOARD_SOUNDS_UPDATE", list).sounds.size(),
        1U);
    const auto& answer = build_as<SoundboardSoundsEvent>("SOUNDBOARD_SOUNDS", list);
    EXPECT_EQ(answer.sounds.at(0).name, "Yay");
    EXPECT_EQ(answer.guild_id, Snowflake{613425648685547541});

    EXPECT_EQ(SoundboardEvent::required_intents.intents, Intents::guild_expressions);
    EXPECT_TRUE(SoundboardSoundsEvent::required_intents.intents.empty());
    EXPECT_EQ(error_path("GUILD_SOUNDBOARD_SOUNDS_UPDATE", R"({"guild_id":"1"})"),
              "d.soundboard_sounds");
    EXPECT_EQ(
        error_path(
            "GUILD_SOUNDBOARD_SOUND_CREATE",
            R"({"name":"a","sound_id":"1","volume":1,"emoji_id":null,"emoji_name":null,"available":true})"),
        "d.guild_id");
}

TEST_F(MoreEventsTest, Integrations) {
    const std::string integration =
        R"({"id":"33590653072239123","name":"A Name","type":"discord","enabled":true,)"
        R"("account":{"id":"1234567","name":"Some Name"},"application":{"id":"5","name":"App",)"
        R"("icon":null,"description":"does things","bot":)" +
        std::string(user_json) +
        R"(},"scopes":["bot","applications.commands"],"guild_id":"1015034326372454400"})";
    const auto& created = build_as<IntegrationCreateEvent>("INTEGRATION_CREATE", integration);
    EXPECT_EQ(created.guild_id, Snowflake{1015034326372454400});
    EXPECT_EQ(created.integration_id, Snowflake{33590653072239123});
    EXPECT_EQ(created.integration.account.name, "Some Name");
    EXPECT_EQ(created.integration.application->bot->username, "Nelly");
    EXPECT_EQ(created.integration.scopes.size(), 2U);
    EXPECT_FALSE(created.integration.user);
    EXPECT_EQ(build_as<IntegrationUpdateEvent>("INTEGRATION_UPDATE", integration).integration.type,
              "discord");
    const auto& deleted = build_as<IntegrationDeleteEvent>(
        "INTEGRATION_DELETE", R"({"id":"33590653072239123","guild_id":"7","application_id":"5"})");
    EXPECT_EQ(deleted.integration_id, Snowflake{33590653072239123});
    EXPECT_EQ(deleted.application_id, Snowflake{5});
    EXPECT_EQ(IntegrationEvent::required_intents.intents, Intents::guild_integrations);
    EXPECT_EQ(error_path("INTEGRATION_CREATE",
                         R"({"id":"1","name":"n","type":"twitch","enabled":true,"guild_id":"2"})"),
              "d.account");
}

TEST_F(MoreEventsTest, Invites) {
    const auto& created = build_as<InviteCreateEvent>(
        "INVITE_CREATE",
        R"({"channel_id":"21","code":"abc","created_at":"2024-01-01T00:00:00+00:00",)"
        R"("guild_id":"1001","inviter":)" +
            std::string(user_json) +
            R"(,"max_age":3600,"max_uses":5,"temporary":false,"uses":0,"expires_at":null,)"
            R"("target_type":9,"target_application":{"id":"5","name":"Game"},"role_ids":["77"]})");
    EXPECT_EQ(created.code, "abc");
    EXPECT_EQ(created.channel_id, Snowflake{21});
    EXPECT_EQ(created.guild_id, Snowflake{1001});
    EXPECT_EQ(created.invite.code, "abc");
    EXPECT_EQ(created.invite.inviter->username, "Nelly");
    EXPECT_EQ(created.invite.max_age, 3600);
    EXPECT_EQ(created.invite.max_uses, 5);
    EXPECT_EQ(created.invite.uses, 0);
    EXPECT_EQ(created.invite.temporary, false);
    EXPECT_TRUE(created.invite.expires_at.is_none());
    EXPECT_EQ(static_cast<int>(*created.invite.target_type), 9);
    EXPECT_NE(created.invite.target_application->find("Game"), std::string::npos);
    EXPECT_EQ(*created.invite.channel, R"({"id":"21"})");
    EXPECT_EQ(created.role_ids, std::vector<Snowflake>{Snowflake{77}});
    const auto& deleted =
        build_as<InviteDeleteEvent>("INVITE_DELETE", R"({"channel_id":"21","code":"abc"})");
    EXPECT_EQ(deleted.code, "abc");
    EXPECT_FALSE(deleted.guild_id);
    EXPECT_FALSE(deleted.old);
    EXPECT_EQ(InviteEvent::required_intents.intents, Intents::guild_invites);
    EXPECT_EQ(error_path("INVITE_CREATE", R"({"channel_id":"21","code":"x"})"), "d.created_at");
    EXPECT_EQ(error_path("INVITE_DELETE", R"({"channel_id":"21","code":5})"), "d.code");
}

TEST_F(MoreEventsTest, ThreadSyncsAndMembers) {
    const std::string thread =
        R"({"id":"41","guild_id":"1001","parent_id":"22","type":11,"name":"t","owner_id":"3",)"
        R"("thread_metadata":{"archived":false,"auto_archive_duration":60,)"
        R"("archive_timestamp":"2024-01-01T00:00:00+00:00","locked":false}})";
    const std::string member =
        R"({"id":"41","user_id":"3","join_timestamp":"2024-01-01T00:00:00+00:00","flags":1})";
    const auto& sync = build_as<ThreadListSyncEvent>(
        "THREAD_LIST_SYNC", R"({"guild_id":"1001","channel_ids":["22","23"],"threads":[)" + thread +
                                R"(],"members":[)" + member + "]}");
    EXPECT_EQ(sync.guild_id, Snowflake{1001});
    ASSERT_TRUE(sync.channel_ids);
    EXPECT_EQ(sync.channel_ids->size(), 2U);
    EXPECT_EQ(sync.threads.at(0).name, "t");
    EXPECT_EQ(sync.members.at(0).flags, 1U);
    const auto& whole = build_as<ThreadListSyncEvent>(
        "THREAD_LIST_SYNC", R"({"guild_id":"1001","threads":[],"members":[]})");
    EXPECT_FALSE(whole.channel_ids);
    EXPECT_EQ(error_path("THREAD_LIST_SYNC", R"({"guild_id":"1001","threads":[{"id":"x"}]})")
                  .substr(0, 12),
              "d.threads[0]");

    const auto& own = build_as<ThreadMemberUpdateEvent>(
        "THREAD_MEMBER_UPDATE",
        R"({"id":"41","user_id":"3","join_timestamp":"2024-01-01T00:00:00+00:00","flags":0,"guild_id":"1001"})");
    EXPECT_EQ(own.channel_id, Snowflake{41});
    EXPECT_EQ(own.guild_id, Snowflake{1001});
    EXPECT_EQ(own.member.user_id, Snowflake{3});

    const auto& members = build_as<ThreadMembersUpdateEvent>(
        "THREAD_MEMBERS_UPDATE",
        R"({"id":"41","guild_id":"1001","member_count":3,"added_members":[{"id":"41","user_id":"80351110224678912",)"
        R"("join_timestamp":"2024-01-01T00:00:00+00:00","flags":0,"presence":null,"member":{"user":)" +
            std::string(user_json) +
            R"(,"roles":[],"joined_at":"2015-04-26T06:26:56.936000+00:00","deaf":false,"mute":false,"flags":0}}],)"
            R"("removed_member_ids":["9"]})");
    EXPECT_EQ(members.channel_id, Snowflake{41});
    EXPECT_EQ(members.member_count, 3);
    ASSERT_EQ(members.added_members.size(), 1U);
    EXPECT_EQ(members.added_members[0].member->user->username, "Nelly");
    EXPECT_EQ(members.removed_member_ids, std::vector<Snowflake>{Snowflake{9}});
    EXPECT_NE(event_cast<ChannelEvent>(members), nullptr);
}

TEST_F(MoreEventsTest, VoiceChannelEffectsStatusAndInfo) {
    const auto& effect = build_as<VoiceChannelEffectSendEvent>(
        "VOICE_CHANNEL_EFFECT_SEND",
        R"({"channel_id":"22","guild_id":"1001","user_id":"3","emoji":{"id":null,"name":"🔥"},)"
        R"("animation_type":5,"animation_id":12,"sound_id":7,"sound_volume":0.5})");
    EXPECT_EQ(effect.channel_id, Snowflake{22});
    EXPECT_EQ(effect.emoji->name, "🔥");
    EXPECT_EQ(static_cast<int>(*effect.animation_type), 5);
    EXPECT_EQ(effect.animation_id, 12);
    EXPECT_EQ(effect.sound_id, Snowflake{7});
    EXPECT_DOUBLE_EQ(*effect.sound_volume, 0.5);
    EXPECT_EQ(
        build_as<VoiceChannelEffectSendEvent>(
            "VOICE_CHANNEL_EFFECT_SEND",
            R"({"channel_id":"22","guild_id":"1001","user_id":"3","sound_id":"1106714396018884649"})")
            .sound_id,
        Snowflake{1106714396018884649});
    EXPECT_EQ(VoiceChannelEffectSendEvent::required_intents.intents, Intents::guild_voice_states);

    const auto& status = build_as<VoiceChannelStatusUpdateEvent>(
        "VOICE_CHANNEL_STATUS_UPDATE", R"({"id":"22","guild_id":"1001","status":"chilling"})");
    EXPECT_EQ(status.channel_id, Snowflake{22});
    EXPECT_EQ(status.status, "chilling");
    EXPECT_FALSE(build_as<VoiceChannelStatusUpdateEvent>(
                     "VOICE_CHANNEL_STATUS_UPDATE", R"({"id":"22","guild_id":"1","status":null})")
                     .status);
    const auto& start = build_as<VoiceChannelStartTimeUpdateEvent>(
        "VOICE_CHANNEL_START_TIME_UPDATE",
        R"({"id":"22","guild_id":"1001","voice_start_time":1700000000})");
    EXPECT_EQ(start.voice_start_time, from_unix_ms(1'700'000'000'000));
    EXPECT_EQ(VoiceChannelStatusUpdateEvent::required_intents.intents, Intents::guilds);

    const auto& info = build_as<ChannelInfoEvent>(
        "CHANNEL_INFO",
        R"({"guild_id":"1001","channels":[{"id":"22","status":null,"voice_start_time":1700000000},{"id":"23"}]})");
    ASSERT_EQ(info.channels.size(), 2U);
    EXPECT_TRUE(info.channels[0].status.is_none());
    EXPECT_EQ(info.channels[0].voice_start_time, 1700000000);
    EXPECT_TRUE(info.channels[1].status.is_undefined());
    EXPECT_EQ(
        error_path("VOICE_CHANNEL_EFFECT_SEND",
                   R"({"channel_id":"22","guild_id":"1001","user_id":"3","sound_id":"loud"})"),
        "d.sound_id");
}

TEST_F(MoreEventsTest, CommandPermissionsAndRateLimits) {
    const auto& permissions = build_as<ApplicationCommandPermissionsUpdateEvent>(
        "APPLICATION_COMMAND_PERMISSIONS_UPDATE",
        R"({"id":"1","application_id":"2","guild_id":"3","permissions":[{"id":"3","type":1,"permission":false},)"
        R"({"id":"4","type":4,"permission":true}]})");
    EXPECT_EQ(permissions.guild_id, Snowflake{3});
    ASSERT_EQ(permissions.permissions.permissions.size(), 2U);
    EXPECT_EQ(permissions.permissions.permissions[0].type, ApplicationCommandPermissionType::role);
    EXPECT_EQ(static_cast<int>(permissions.permissions.permissions[1].type), 4);
    EXPECT_TRUE(ApplicationCommandPermissionsUpdateEvent::required_intents.intents.empty());

    const auto& limited = build_as<ShardRateLimitedEvent>(
        "RATE_LIMITED",
        R"({"opcode":8,"retry_after":27.5,"meta":{"guild_id":"1001","nonce":"n1"}})");
    EXPECT_EQ(limited.shard_id, 2U);
    EXPECT_EQ(limited.opcode, 8);
    EXPECT_DOUBLE_EQ(limited.retry_after, 27.5);
    EXPECT_EQ(limited.guild_id, Snowflake{1001});
    EXPECT_EQ(limited.nonce, "n1");
    EXPECT_NE(limited.meta.find("n1"), std::string::npos);
    EXPECT_EQ(error_path("RATE_LIMITED", R"({"opcode":8,"retry_after":"soon","meta":{}})"),
              "d.retry_after");
    EXPECT_EQ(error_path("RATE_LIMITED", R"({"opcode":8,"retry_after":1,"meta":{"guild_id":"x"}})"),
              "d.meta.guild_id");
}

TEST(MoreDispatchTable, EveryNewDispatchIsTyped) {
    for (const char* name : {"APPLICATION_COMMAND_PERMISSIONS_UPDATE",
                             "AUTO_MODERATION_RULE_CREATE",
                             "AUTO_MODERATION_RULE_UPDATE",
                             "AUTO_MODERATION_RULE_DELETE",
                             "AUTO_MODERATION_ACTION_EXECUTION",
                             "THREAD_LIST_SYNC",
                             "THREAD_MEMBER_UPDATE",
                             "THREAD_MEMBERS_UPDATE",
                             "ENTITLEMENT_CREATE",
                             "ENTITLEMENT_UPDATE",
                             "ENTITLEMENT_DELETE",
                             "GUILD_AUDIT_LOG_ENTRY_CREATE",
                             "GUILD_SOUNDBOARD_SOUND_CREATE",
                             "GUILD_SOUNDBOARD_SOUND_UPDATE",
                             "GUILD_SOUNDBOARD_SOUND_DELETE",
                             "GUILD_SOUNDBOARD_SOUNDS_UPDATE",
                             "SOUNDBOARD_SOUNDS",
                             "INTEGRATION_CREATE",
                             "INTEGRATION_UPDATE",
                             "INTEGRATION_DELETE",
                             "INVITE_CREATE",
                             "INVITE_DELETE",
                             "SUBSCRIPTION_CREATE",
                             "SUBSCRIPTION_UPDATE",
                             "SUBSCRIPTION_DELETE",
                             "VOICE_CHANNEL_EFFECT_SEND",
                             "VOICE_CHANNEL_STATUS_UPDATE",
                             "VOICE_CHANNEL_START_TIME_UPDATE",
                             "RATE_LIMITED",
                             "CHANNEL_INFO"}) {
        const auto types = event_types_for_dispatch(name);
        ASSERT_EQ(types.size(), 1U) << name;
        EXPECT_NE(types[0], &event_type_v<RawDispatchEvent>) << name;
    }
}

}  // namespace
