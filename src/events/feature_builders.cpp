// Builders of the dispatches added after the first set (see builder_context.hpp for the list).
// Models sent whole are read by the model layer; the rest field by field.

#include "events/builder_context.hpp"

#include <hikari/events/application_command_events.hpp>
#include <hikari/events/audit_log_events.hpp>
#include <hikari/events/auto_moderation_events.hpp>
#include <hikari/events/entitlement_events.hpp>
#include <hikari/events/integration_events.hpp>
#include <hikari/events/invite_events.hpp>
#include <hikari/events/shard_events.hpp>
#include <hikari/events/soundboard_events.hpp>
#include <hikari/events/subscription_events.hpp>
#include <hikari/events/thread_events.hpp>
#include <hikari/events/voice_events.hpp>
#include <hikari/model/entity_factory.hpp>

#include <simdjson.h>

namespace hikari::events_detail {

namespace {

template <class E>
std::shared_ptr<E> make() {
    return std::make_shared<E>();
}

EventPtr build_command_permissions(Context& c) {
    auto event = make<ApplicationCommandPermissionsUpdateEvent>();
    c.d.whole_into(event->permissions);
    event->guild_id = event->permissions.guild_id;
    return event;
}

template <class E>
EventPtr build_automod_rule(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->rule);
    event->guild_id = event->rule.guild_id;
    return event;
}

EventPtr build_automod_execution(Context& c) {
    auto event = make<AutoModActionExecutionEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->action = c.d.model<AutoModerationAction>("action");
    event->rule_id = c.d.snowflake("rule_id");
    const auto trigger = c.d.integer("rule_trigger_type");
    if (trigger < 0 || trigger > 255) fail("rule_trigger_type", "out of range");
    event->rule_trigger_type = static_cast<AutoModerationTriggerType>(trigger);
    event->user_id = c.d.snowflake("user_id");
    event->channel_id = c.d.opt_snowflake("channel_id");
    event->message_id = c.d.opt_snowflake("message_id");
    event->alert_system_message_id = c.d.opt_snowflake("alert_system_message_id");
    // Sent empty without MESSAGE_CONTENT.
    event->content = c.d.opt_string("content").value_or("");
    event->matched_keyword = c.d.opt_string("matched_keyword");
    event->matched_content = c.d.opt_string("matched_content");
    return event;
}

template <class E>
EventPtr build_entitlement(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->entitlement);
    return event;
}

template <class E>
EventPtr build_subscription(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->subscription);
    return event;
}

EventPtr build_audit_log_entry(Context& c) {
    auto event = make<AuditLogEntryCreateEvent>();
    c.d.whole_into(event->entry);
    if (!event->entry.guild_id) fail("guild_id", "missing");
    event->guild_id = *event->entry.guild_id;
    return event;
}

template <class E>
EventPtr build_sound(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->sound);
    if (!event->sound.guild_id) fail("guild_id", "missing");
    event->guild_id = *event->sound.guild_id;
    return event;
}

EventPtr build_sound_delete(Context& c) {
    auto event = make<SoundboardSoundDeleteEvent>();
    event->sound_id = c.d.snowflake("sound_id");
    event->guild_id = c.d.snowflake("guild_id");
    return event;
}

template <class E>
EventPtr build_sounds(Context& c) {
    auto event = make<E>();
    event->guild_id = c.d.snowflake("guild_id");
    event->sounds = c.d.required_models<SoundboardSound>("soundboard_sounds");
    return event;
}

template <class E>
EventPtr build_integration(Context& c) {
    auto event = make<E>();
    c.d.whole_into(event->integration);
    if (!event->integration.guild_id) fail("guild_id", "missing");
    event->guild_id = *event->integration.guild_id;
    event->integration_id = event->integration.id;
    return event;
}

EventPtr build_integration_delete(Context& c) {
    auto event = make<IntegrationDeleteEvent>();
    event->integration_id = c.d.snowflake("id");
    event->guild_id = c.d.snowflake("guild_id");
    event->application_id = c.d.opt_snowflake("application_id");
    return event;
}

std::string id_object(Snowflake id) {
    return R"({"id":")" + id.to_string() + "\"}";
}

std::int32_t int32(Context& c, std::string_view key) {
    const auto value = c.d.integer(key);
    if (value < INT32_MIN || value > INT32_MAX) fail(key, "out of range");
    return static_cast<std::int32_t>(value);
}

EventPtr build_invite_create(Context& c) {
    auto event = make<InviteCreateEvent>();
    event->channel_id = c.d.snowflake("channel_id");
    event->guild_id = c.d.opt_snowflake("guild_id");
    event->code = c.d.string("code");
    Invite& invite = event->invite;
    // Only guild invites are announced; the guild and channel are sent as bare ids.
    invite.type = InviteType::guild;
    invite.code = event->code;
    if (event->guild_id) invite.guild = id_object(*event->guild_id);
    invite.channel = id_object(event->channel_id);
    invite.created_at = c.d.opt_timestamp("created_at");
    if (!invite.created_at) fail("created_at", "missing");
    invite.inviter = c.d.opt_model<User>("inviter");
    invite.max_age = int32(c, "max_age");
    invite.max_uses = int32(c, "max_uses");
    if (auto type = c.d.opt_integer("target_type")) {
        if (*type < 0 || *type > 255) fail("target_type", "out of range");
        invite.target_type = static_cast<InviteTargetType>(*type);
    }
    invite.target_user = c.d.opt_model<User>("target_user");
    invite.target_application = c.d.opt_raw("target_application");
    invite.temporary = c.d.boolean("temporary", false);
    invite.uses = int32(c, "uses");
    // Documented as always sent (null: never expires); absent is kept apart.
    invite.expires_at = c.d.tri_timestamp("expires_at");
    event->role_ids = c.d.snowflakes("role_ids");
    return event;
}

EventPtr build_invite_delete(Context& c) {
    auto event = make<InviteDeleteEvent>();
    event->channel_id = c.d.snowflake("channel_id");
    event->guild_id = c.d.opt_snowflake("guild_id");
    event->code = c.d.string("code");
    return event;
}

EventPtr build_thread_list_sync(Context& c) {
    auto event = make<ThreadListSyncEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->channel_ids = c.d.opt_snowflakes("channel_ids");
    event->threads = c.d.required_models<Channel>("threads");
    event->members = c.d.models<ThreadMember>("members");
    return event;
}

EventPtr build_thread_member_update(Context& c) {
    auto event = make<ThreadMemberUpdateEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    c.d.whole_into(event->member);
    if (!event->member.id) fail("id", "missing");
    event->channel_id = *event->member.id;
    return event;
}

EventPtr build_thread_members_update(Context& c) {
    auto event = make<ThreadMembersUpdateEvent>();
    event->channel_id = c.d.snowflake("id");
    event->guild_id = c.d.snowflake("guild_id");
    event->member_count = int32(c, "member_count");
    event->added_members = c.d.models<ThreadMember>("added_members");
    event->removed_member_ids = c.d.snowflakes("removed_member_ids");
    return event;
}

EventPtr build_voice_effect(Context& c) {
    auto event = make<VoiceChannelEffectSendEvent>();
    event->channel_id = c.d.snowflake("channel_id");
    event->guild_id = c.d.snowflake("guild_id");
    event->user_id = c.d.snowflake("user_id");
    event->emoji = c.d.opt_model<Emoji>("emoji");
    if (auto type = c.d.opt_integer("animation_type")) {
        if (*type < 0 || *type > 255) fail("animation_type", "out of range");
        event->animation_type = static_cast<VoiceEffectAnimationType>(*type);
    }
    event->animation_id = c.d.opt_integer("animation_id");
    // A snowflake string for guild sounds, a bare integer for Discord's default sounds.
    if (auto sound = c.d.find("sound_id")) {
        simdjson::ondemand::json_type type;
        if (sound->type().get(type)) fail("sound_id", "malformed JSON");
        if (type == simdjson::ondemand::json_type::number) {
            std::uint64_t number = 0;
            if (sound->get_uint64().get(number)) fail("sound_id", "expected an id");
            event->sound_id = Snowflake{number};
        } else {
            std::string_view text;
            if (sound->get_string().get(text)) fail("sound_id", "expected an id");
            event->sound_id = Snowflake::try_parse(text);
            if (!event->sound_id) fail("sound_id", "expected an id");
        }
    }
    event->sound_volume = c.d.opt_number("sound_volume");
    return event;
}

EventPtr build_voice_status(Context& c) {
    auto event = make<VoiceChannelStatusUpdateEvent>();
    event->channel_id = c.d.snowflake("id");
    event->guild_id = c.d.snowflake("guild_id");
    event->status = c.d.opt_string("status");
    return event;
}

EventPtr build_voice_start_time(Context& c) {
    auto event = make<VoiceChannelStartTimeUpdateEvent>();
    event->channel_id = c.d.snowflake("id");
    event->guild_id = c.d.snowflake("guild_id");
    if (auto seconds = c.d.opt_integer("voice_start_time")) {
        // Keep the multiplication in range: from_unix_ms rejects what a Timestamp cannot hold.
        if (*seconds < 0 || *seconds > 253'402'300'799) fail("voice_start_time", "out of range");
        event->voice_start_time = from_unix_ms(*seconds * 1000);
    }
    return event;
}

EventPtr build_channel_info(Context& c) {
    auto event = make<ChannelInfoEvent>();
    event->guild_id = c.d.snowflake("guild_id");
    event->channels = c.d.models<VoiceChannelInfo>("channels");
    return event;
}

EventPtr build_rate_limited(Context& c) {
    auto event = make<ShardRateLimitedEvent>();
    event->shard_id = c.shard_id;
    const auto opcode = c.d.integer("opcode");
    if (opcode < 0 || opcode > 255) fail("opcode", "out of range");
    event->opcode = static_cast<int>(opcode);
    const auto retry_after = c.d.opt_number("retry_after");
    if (!retry_after) fail("retry_after", "missing");
    event->retry_after = *retry_after;
    auto meta = c.d.opt_raw("meta");
    if (!meta) fail("meta", "missing");
    event->meta = std::move(*meta);
    if (event->opcode == 8) {
        // Request Guild Members: the guild and the request's nonce.
        simdjson::dom::parser parser;
        simdjson::dom::object object;
        if (parser.parse(event->meta).get_object().get(object)) fail("meta", "expected an object");
        std::string_view text;
        if (object["guild_id"].get_string().get(text) == simdjson::SUCCESS) {
            event->guild_id = Snowflake::try_parse(text);
            if (!event->guild_id) fail("meta.guild_id", "expected a snowflake");
        }
        if (object["nonce"].get_string().get(text) == simdjson::SUCCESS) {
            event->nonce = std::string(text);
        }
    }
    return event;
}

}  // namespace

void add_feature_builders(BuilderMap& map) {
    const std::pair<std::string_view, Builder> added[] = {
        {"APPLICATION_COMMAND_PERMISSIONS_UPDATE", build_command_permissions},
        {"AUTO_MODERATION_RULE_CREATE", build_automod_rule<AutoModRuleCreateEvent>},
        {"AUTO_MODERATION_RULE_UPDATE", build_automod_rule<AutoModRuleUpdateEvent>},
        {"AUTO_MODERATION_RULE_DELETE", build_automod_rule<AutoModRuleDeleteEvent>},
        {"AUTO_MODERATION_ACTION_EXECUTION", build_automod_execution},
        {"ENTITLEMENT_CREATE", build_entitlement<EntitlementCreateEvent>},
        {"ENTITLEMENT_UPDATE", build_entitlement<EntitlementUpdateEvent>},
        {"ENTITLEMENT_DELETE", build_entitlement<EntitlementDeleteEvent>},
        {"SUBSCRIPTION_CREATE", build_subscription<SubscriptionCreateEvent>},
        {"SUBSCRIPTION_UPDATE", build_subscription<SubscriptionUpdateEvent>},
        {"SUBSCRIPTION_DELETE", build_subscription<SubscriptionDeleteEvent>},
        {"GUILD_AUDIT_LOG_ENTRY_CREATE", build_audit_log_entry},
        {"GUILD_SOUNDBOARD_SOUND_CREATE", build_sound<SoundboardSoundCreateEvent>},
        {"GUILD_SOUNDBOARD_SOUND_UPDATE", build_sound<SoundboardSoundUpdateEvent>},
        {"GUILD_SOUNDBOARD_SOUND_DELETE", build_sound_delete},
        {"GUILD_SOUNDBOARD_SOUNDS_UPDATE", build_sounds<SoundboardSoundsUpdateEvent>},
        {"SOUNDBOARD_SOUNDS", build_sounds<SoundboardSoundsEvent>},
        {"INTEGRATION_CREATE", build_integration<IntegrationCreateEvent>},
        {"INTEGRATION_UPDATE", build_integration<IntegrationUpdateEvent>},
        {"INTEGRATION_DELETE", build_integration_delete},
        {"INVITE_CREATE", build_invite_create},
        {"INVITE_DELETE", build_invite_delete},
        {"THREAD_LIST_SYNC", build_thread_list_sync},
        {"THREAD_MEMBER_UPDATE", build_thread_member_update},
        {"THREAD_MEMBERS_UPDATE", build_thread_members_update},
        {"VOICE_CHANNEL_EFFECT_SEND", build_voice_effect},
        {"VOICE_CHANNEL_STATUS_UPDATE", build_voice_status},
        {"VOICE_CHANNEL_START_TIME_UPDATE", build_voice_start_time},
        {"CHANNEL_INFO", build_channel_info},
        {"RATE_LIMITED", build_rate_limited},
    };
    for (const auto& [name, builder] : added) map.emplace(name, builder);
}

}  // namespace hikari::events_detail
