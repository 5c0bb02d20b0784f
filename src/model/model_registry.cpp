#include <hikari/model/entity_factory.hpp>
#include <hikari/model/model.hpp>
#include <hikari/model/model_registry.hpp>
#include <hikari/model/onboarding.hpp>
#include <hikari/model/sku.hpp>
#include <hikari/model/widget.hpp>

#include <algorithm>
#include <array>

namespace hikari {

namespace {

template <class T>
std::string reformat(std::string_view json) {
    return to_json(from_json<T>(json));
}

template <class T>
constexpr ModelCodec entry(std::string_view name) {
    return {name, &reformat<T>};
}

// Keep sorted by name (checked below).
constexpr std::array codecs{
    entry<Activity>("activity"),
    entry<ActivityInstance>("activity_instance"),
    entry<AllowedMentions>("allowed_mentions"),
    entry<Application>("application"),
    entry<ApplicationCommand>("application_command"),
    entry<ApplicationCommandOption>("application_command_option"),
    entry<ApplicationCommandOptionChoice>("application_command_option_choice"),
    entry<GuildApplicationCommandPermissions>("application_command_permissions"),
    entry<ApplicationRoleConnection>("application_role_connection"),
    entry<ApplicationRoleConnectionMetadata>("application_role_connection_metadata"),
    entry<Attachment>("attachment"),
    entry<AuditLog>("audit_log"),
    entry<AuditLogEntry>("audit_log_entry"),
    entry<AutoModerationAction>("auto_moderation_action"),
    entry<AutoModerationRule>("auto_moderation_rule"),
    entry<AutoModerationTriggerMetadata>("auto_moderation_trigger_metadata"),
    entry<AvatarDecorationData>("avatar_decoration_data"),
    entry<Ban>("ban"),
    entry<Channel>("channel"),
    entry<Component>("component"),
    entry<Connection>("connection"),
    entry<Embed>("embed"),
    entry<Emoji>("emoji"),
    entry<Entitlement>("entitlement"),
    entry<Guild>("guild"),
    entry<GuildHomeSettings>("guild_home_settings"),
    entry<GuildJoinRequest>("guild_join_request"),
    entry<Member>("guild_member"),
    entry<GuildPreview>("guild_preview"),
    entry<GuildScheduledEvent>("guild_scheduled_event"),
    entry<GuildScheduledEventException>("guild_scheduled_event_exception"),
    entry<GuildTemplate>("guild_template"),
    entry<Integration>("integration"),
    entry<Interaction>("interaction"),
    entry<InteractionData>("interaction_data"),
    entry<InteractionResponse>("interaction_response"),
    entry<Invite>("invite"),
    entry<Lobby>("lobby"),
    entry<LobbyMessage>("lobby_message"),
    entry<Message>("message"),
    entry<MessageInteractionMetadata>("message_interaction_metadata"),
    entry<MessageReference>("message_reference"),
    entry<MessageSnapshot>("message_snapshot"),
    entry<OAuth2Authorization>("oauth2_authorization"),
    entry<OAuth2Key>("oauth2_key"),
    entry<Onboarding>("onboarding"),
    entry<OnboardingPrompt>("onboarding_prompt"),
    entry<OpenIDUserInfo>("openid_user_info"),
    entry<OwnGuild>("own_guild"),
    entry<PartialEmoji>("partial_emoji"),
    entry<Poll>("poll"),
    entry<PollCreate>("poll_create"),
    entry<Presence>("presence"),
    entry<ProvisionalToken>("provisional_token"),
    entry<Reaction>("reaction"),
    entry<Role>("role"),
    entry<Sku>("sku"),
    entry<SnapshotMessage>("snapshot_message"),
    entry<SoundboardSound>("soundboard_sound"),
    entry<StageInstance>("stage_instance"),
    entry<Sticker>("sticker"),
    entry<StickerItem>("sticker_item"),
    entry<AppSubscription>("subscription"),
    entry<Team>("team"),
    entry<ThreadMember>("thread_member"),
    entry<UnavailableGuild>("unavailable_guild"),
    entry<User>("user"),
    entry<UserPrimaryGuild>("user_primary_guild"),
    entry<VoiceChannelInfo>("voice_channel_info"),
    entry<VoiceRegion>("voice_region"),
    entry<VoiceState>("voice_state"),
    entry<Webhook>("webhook"),
    entry<WelcomeScreen>("welcome_screen"),
    entry<Widget>("widget"),
    entry<WidgetSettings>("widget_settings"),
};

static_assert(std::ranges::is_sorted(codecs, {}, &ModelCodec::name));

}  // namespace

std::span<const ModelCodec> model_codecs() noexcept {
    return codecs;
}

const ModelCodec* find_model_codec(std::string_view name) noexcept {
    const auto* found = std::ranges::lower_bound(codecs, name, {}, &ModelCodec::name);
    if (found == codecs.end() || found->name != name) return nullptr;
    return found;
}

}  // namespace hikari
