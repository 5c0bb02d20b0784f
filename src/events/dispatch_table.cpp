// Which event types each dispatch name can become: what EventManager::is_wanted() checks
// before the factory builds anything. Keep in step with event_factory.cpp.

#include <hikari/events/application_command_events.hpp>
#include <hikari/events/audit_log_events.hpp>
#include <hikari/events/auto_moderation_events.hpp>
#include <hikari/events/channel_events.hpp>
#include <hikari/events/entitlement_events.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/events/guild_events.hpp>
#include <hikari/events/integration_events.hpp>
#include <hikari/events/interaction_events.hpp>
#include <hikari/events/invite_events.hpp>
#include <hikari/events/member_events.hpp>
#include <hikari/events/message_events.hpp>
#include <hikari/events/poll_events.hpp>
#include <hikari/events/presence_events.hpp>
#include <hikari/events/reaction_events.hpp>
#include <hikari/events/role_events.hpp>
#include <hikari/events/scheduled_event_events.hpp>
#include <hikari/events/shard_events.hpp>
#include <hikari/events/soundboard_events.hpp>
#include <hikari/events/stage_events.hpp>
#include <hikari/events/subscription_events.hpp>
#include <hikari/events/thread_events.hpp>
#include <hikari/events/typing_events.hpp>
#include <hikari/events/user_events.hpp>
#include <hikari/events/voice_events.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace hikari {

namespace {

template <class... E>
inline constexpr std::array<const EventTypeInfo*, sizeof...(E)> types_v{&event_type_v<E>...};

using Span = std::span<const EventTypeInfo* const>;

const std::unordered_map<std::string_view, Span>& table() {
    static const std::unordered_map<std::string_view, Span> map{
        {"READY", types_v<ShardReadyEvent>},
        {"RESUMED", types_v<ShardResumedEvent>},
        {"GUILD_CREATE", types_v<GuildAvailableEvent, GuildJoinEvent>},
        {"GUILD_UPDATE", types_v<GuildUpdateEvent>},
        {"GUILD_DELETE", types_v<GuildLeaveEvent, GuildUnavailableEvent>},
        {"GUILD_BAN_ADD", types_v<BanCreateEvent>},
        {"GUILD_BAN_REMOVE", types_v<BanDeleteEvent>},
        {"CHANNEL_CREATE", types_v<GuildChannelCreateEvent>},
        {"CHANNEL_UPDATE", types_v<GuildChannelUpdateEvent>},
        {"CHANNEL_DELETE", types_v<GuildChannelDeleteEvent>},
        {"CHANNEL_PINS_UPDATE", types_v<PinsUpdateEvent>},
        {"GUILD_MEMBER_ADD", types_v<MemberCreateEvent>},
        {"GUILD_MEMBER_UPDATE", types_v<MemberUpdateEvent>},
        {"GUILD_MEMBER_REMOVE", types_v<MemberDeleteEvent>},
        {"GUILD_MEMBERS_CHUNK", types_v<MemberChunkEvent>},
        {"GUILD_ROLE_CREATE", types_v<RoleCreateEvent>},
        {"GUILD_ROLE_UPDATE", types_v<RoleUpdateEvent>},
        {"GUILD_ROLE_DELETE", types_v<RoleDeleteEvent>},
        {"MESSAGE_CREATE", types_v<GuildMessageCreateEvent, DMMessageCreateEvent>},
        {"MESSAGE_UPDATE", types_v<GuildMessageUpdateEvent, DMMessageUpdateEvent>},
        {"MESSAGE_DELETE", types_v<GuildMessageDeleteEvent, DMMessageDeleteEvent>},
        {"MESSAGE_DELETE_BULK", types_v<MessageBulkDeleteEvent>},
        {"MESSAGE_REACTION_ADD", types_v<ReactionAddEvent>},
        {"MESSAGE_REACTION_REMOVE", types_v<ReactionDeleteEvent>},
        {"MESSAGE_REACTION_REMOVE_ALL", types_v<ReactionDeleteAllEvent>},
        {"MESSAGE_REACTION_REMOVE_EMOJI", types_v<ReactionDeleteEmojiEvent>},
        {"TYPING_START", types_v<TypingEvent>},
        {"PRESENCE_UPDATE", types_v<PresenceUpdateEvent>},
        {"VOICE_STATE_UPDATE", types_v<VoiceStateUpdateEvent>},
        {"VOICE_SERVER_UPDATE", types_v<VoiceServerUpdateEvent>},
        {"INTERACTION_CREATE", types_v<InteractionCreateEvent>},
        {"THREAD_CREATE", types_v<ThreadCreateEvent>},
        {"THREAD_UPDATE", types_v<ThreadUpdateEvent>},
        {"THREAD_DELETE", types_v<ThreadDeleteEvent>},
        {"GUILD_EMOJIS_UPDATE", types_v<EmojisUpdateEvent>},
        {"GUILD_STICKERS_UPDATE", types_v<StickersUpdateEvent>},
        {"GUILD_INTEGRATIONS_UPDATE", types_v<IntegrationsUpdateEvent>},
        {"WEBHOOKS_UPDATE", types_v<WebhookUpdateEvent>},
        {"GUILD_SCHEDULED_EVENT_CREATE", types_v<ScheduledEventCreateEvent>},
        {"GUILD_SCHEDULED_EVENT_UPDATE", types_v<ScheduledEventUpdateEvent>},
        {"GUILD_SCHEDULED_EVENT_DELETE", types_v<ScheduledEventDeleteEvent>},
        {"GUILD_SCHEDULED_EVENT_USER_ADD", types_v<ScheduledEventUserAddEvent>},
        {"GUILD_SCHEDULED_EVENT_USER_REMOVE", types_v<ScheduledEventUserRemoveEvent>},
        {"STAGE_INSTANCE_CREATE", types_v<StageInstanceCreateEvent>},
        {"STAGE_INSTANCE_UPDATE", types_v<StageInstanceUpdateEvent>},
        {"STAGE_INSTANCE_DELETE", types_v<StageInstanceDeleteEvent>},
        {"MESSAGE_POLL_VOTE_ADD", types_v<PollVoteCreateEvent>},
        {"MESSAGE_POLL_VOTE_REMOVE", types_v<PollVoteDeleteEvent>},
        {"USER_UPDATE", types_v<OwnUserUpdateEvent>},
        {"APPLICATION_COMMAND_PERMISSIONS_UPDATE",
         types_v<ApplicationCommandPermissionsUpdateEvent>},
        {"AUTO_MODERATION_RULE_CREATE", types_v<AutoModRuleCreateEvent>},
        {"AUTO_MODERATION_RULE_UPDATE", types_v<AutoModRuleUpdateEvent>},
        {"AUTO_MODERATION_RULE_DELETE", types_v<AutoModRuleDeleteEvent>},
        {"AUTO_MODERATION_ACTION_EXECUTION", types_v<AutoModActionExecutionEvent>},
        {"ENTITLEMENT_CREATE", types_v<EntitlementCreateEvent>},
        {"ENTITLEMENT_UPDATE", types_v<EntitlementUpdateEvent>},
        {"ENTITLEMENT_DELETE", types_v<EntitlementDeleteEvent>},
        {"SUBSCRIPTION_CREATE", types_v<SubscriptionCreateEvent>},
        {"SUBSCRIPTION_UPDATE", types_v<SubscriptionUpdateEvent>},
        {"SUBSCRIPTION_DELETE", types_v<SubscriptionDeleteEvent>},
        {"GUILD_AUDIT_LOG_ENTRY_CREATE", types_v<AuditLogEntryCreateEvent>},
        {"GUILD_SOUNDBOARD_SOUND_CREATE", types_v<SoundboardSoundCreateEvent>},
        {"GUILD_SOUNDBOARD_SOUND_UPDATE", types_v<SoundboardSoundUpdateEvent>},
        {"GUILD_SOUNDBOARD_SOUND_DELETE", types_v<SoundboardSoundDeleteEvent>},
        {"GUILD_SOUNDBOARD_SOUNDS_UPDATE", types_v<SoundboardSoundsUpdateEvent>},
        {"SOUNDBOARD_SOUNDS", types_v<SoundboardSoundsEvent>},
        {"INTEGRATION_CREATE", types_v<IntegrationCreateEvent>},
        {"INTEGRATION_UPDATE", types_v<IntegrationUpdateEvent>},
        {"INTEGRATION_DELETE", types_v<IntegrationDeleteEvent>},
        {"INVITE_CREATE", types_v<InviteCreateEvent>},
        {"INVITE_DELETE", types_v<InviteDeleteEvent>},
        {"THREAD_LIST_SYNC", types_v<ThreadListSyncEvent>},
        {"THREAD_MEMBER_UPDATE", types_v<ThreadMemberUpdateEvent>},
        {"THREAD_MEMBERS_UPDATE", types_v<ThreadMembersUpdateEvent>},
        {"VOICE_CHANNEL_EFFECT_SEND", types_v<VoiceChannelEffectSendEvent>},
        {"VOICE_CHANNEL_STATUS_UPDATE", types_v<VoiceChannelStatusUpdateEvent>},
        {"VOICE_CHANNEL_START_TIME_UPDATE", types_v<VoiceChannelStartTimeUpdateEvent>},
        {"CHANNEL_INFO", types_v<ChannelInfoEvent>},
        {"RATE_LIMITED", types_v<ShardRateLimitedEvent>},
    };
    return map;
}

}  // namespace

std::span<const EventTypeInfo* const> event_types_for_dispatch(std::string_view name) noexcept {
    const auto& map = table();
    if (const auto found = map.find(name); found != map.end()) return found->second;
    return types_v<RawDispatchEvent>;
}

std::vector<std::string_view> typed_dispatch_names() {
    std::vector<std::string_view> names;
    names.reserve(table().size());
    for (const auto& [name, types] : table()) names.push_back(name);
    std::ranges::sort(names);
    return names;
}

}  // namespace hikari
