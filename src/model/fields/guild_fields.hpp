#pragma once
// JSON shapes of roles, emojis, stickers, members, channels, voice states,
// presences and guilds.

#include "model/fields/guild_extras_fields.hpp"
#include "model/fields/user_fields.hpp"

#include <hikari/model/guild.hpp>
#include <hikari/model/voice.hpp>

namespace hikari::json {

template <>
struct Fields<RoleTags> {
    using T = RoleTags;
    static constexpr auto list = std::tuple{
        opt("bot_id", &T::bot_id),
        opt("integration_id", &T::integration_id),
        opt<NullMarker>("premium_subscriber", &T::premium_subscriber),
        opt("subscription_listing_id", &T::subscription_listing_id),
        opt<NullMarker>("available_for_purchase", &T::available_for_purchase),
        opt<NullMarker>("guild_connections", &T::guild_connections),
    };
};

template <>
struct Fields<RoleColors> {
    using T = RoleColors;
    static constexpr auto list = std::tuple{req("primary_color", &T::primary_color),
                                            req("secondary_color", &T::secondary_color),
                                            req("tertiary_color", &T::tertiary_color)};
};

template <>
struct Fields<Role> {
    using T = Role;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("color", &T::color),
        opt("colors", &T::colors),  // documented as required, absent from older payloads
        req("hoist", &T::hoist),
        opt("icon", &T::icon),
        opt("unicode_emoji", &T::unicode_emoji),
        req("position", &T::position),
        req("permissions", &T::permissions),
        req("managed", &T::managed),
        req("mentionable", &T::mentionable),
        opt("tags", &T::tags),
        req("flags", &T::flags),
    };
};

template <>
struct Fields<Emoji> {
    using T = Emoji;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        opt("roles", &T::roles),
        opt("user", &T::user),
        opt("require_colons", &T::require_colons),
        opt("managed", &T::managed),
        opt("animated", &T::animated),
        opt("available", &T::available),
    };
};

template <>
struct Fields<Sticker> {
    using T = Sticker;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        opt("pack_id", &T::pack_id),
        req("name", &T::name),
        req("description", &T::description),
        req("tags", &T::tags),
        req("type", &T::type),
        req("format_type", &T::format_type),
        opt("available", &T::available),
        opt("guild_id", &T::guild_id),
        opt("user", &T::user),
        opt("sort_value", &T::sort_value),
    };
};

template <>
struct Fields<StickerItem> {
    using T = StickerItem;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("name", &T::name), req("format_type", &T::format_type)};
};

template <>
struct Fields<Member> {
    using T = Member;
    static constexpr auto list = std::tuple{
        opt("user", &T::user),
        opt("nick", &T::nick),
        opt("avatar", &T::avatar),
        opt("banner", &T::banner),
        req("roles", &T::roles),
        req("joined_at", &T::joined_at),
        opt("premium_since", &T::premium_since),
        // Required in the member object, but GUILD_MEMBER_UPDATE may leave them out: absent
        // reads as false / no flags (the struct keeps plain values for its callers).
        opt<PresentValue>("deaf", &T::deaf),
        opt<PresentValue>("mute", &T::mute),
        opt<PresentValue>("flags", &T::flags),
        opt("pending", &T::pending),
        opt("permissions", &T::permissions),
        opt("communication_disabled_until", &T::communication_disabled_until),
        opt("avatar_decoration_data", &T::avatar_decoration_data),
        opt("collectibles", &T::collectibles),
    };
};

template <>
struct Fields<PermissionOverwrite> {
    using T = PermissionOverwrite;
    static constexpr auto list = std::tuple{req("id", &T::id), req("type", &T::type),
                                            req("allow", &T::allow), req("deny", &T::deny)};
};

template <>
struct Fields<ThreadMetadata> {
    using T = ThreadMetadata;
    static constexpr auto list = std::tuple{
        req("archived", &T::archived),
        req("auto_archive_duration", &T::auto_archive_duration),
        req("archive_timestamp", &T::archive_timestamp),
        req("locked", &T::locked),
        opt("invitable", &T::invitable),
        opt("create_timestamp", &T::create_timestamp),
    };
};

template <>
struct Fields<ThreadMember> {
    using T = ThreadMember;
    static constexpr auto list = std::tuple{opt("id", &T::id), opt("user_id", &T::user_id),
                                            req("join_timestamp", &T::join_timestamp),
                                            req("flags", &T::flags), opt("member", &T::member)};
};

template <>
struct Fields<ForumTag> {
    using T = ForumTag;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("name", &T::name), req("moderated", &T::moderated),
                   req("emoji_id", &T::emoji_id), req("emoji_name", &T::emoji_name)};
};

template <>
struct Fields<DefaultReaction> {
    using T = DefaultReaction;
    static constexpr auto list =
        std::tuple{req("emoji_id", &T::emoji_id), req("emoji_name", &T::emoji_name)};
};

template <>
struct Fields<Channel> {
    using T = Channel;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("type", &T::type),
        opt("guild_id", &T::guild_id),
        opt("position", &T::position),
        opt("permission_overwrites", &T::permission_overwrites),
        opt("name", &T::name),
        opt("topic", &T::topic),
        opt("nsfw", &T::nsfw),
        opt("last_message_id", &T::last_message_id),
        opt("bitrate", &T::bitrate),
        opt("user_limit", &T::user_limit),
        opt("rate_limit_per_user", &T::rate_limit_per_user),
        opt("recipients", &T::recipients),
        opt("icon", &T::icon),
        opt("owner_id", &T::owner_id),
        opt("application_id", &T::application_id),
        opt("managed", &T::managed),
        opt("parent_id", &T::parent_id),
        opt("last_pin_timestamp", &T::last_pin_timestamp),
        opt("rtc_region", &T::rtc_region),
        opt("video_quality_mode", &T::video_quality_mode),
        opt("message_count", &T::message_count),
        opt("member_count", &T::member_count),
        opt("thread_metadata", &T::thread_metadata),
        opt("member", &T::member),
        opt("default_auto_archive_duration", &T::default_auto_archive_duration),
        opt("permissions", &T::permissions),
        opt("flags", &T::flags),
        opt("total_message_sent", &T::total_message_sent),
        opt("available_tags", &T::available_tags),
        opt("applied_tags", &T::applied_tags),
        opt("default_reaction_emoji", &T::default_reaction_emoji),
        opt("default_thread_rate_limit_per_user", &T::default_thread_rate_limit_per_user),
        opt("default_sort_order", &T::default_sort_order),
        opt("default_forum_layout", &T::default_forum_layout),
    };
};

template <>
struct Fields<VoiceState> {
    using T = VoiceState;
    static constexpr auto list = std::tuple{
        opt("guild_id", &T::guild_id),
        req("channel_id", &T::channel_id),
        req("user_id", &T::user_id),
        opt("member", &T::member),
        req("session_id", &T::session_id),
        req("deaf", &T::deaf),
        req("mute", &T::mute),
        req("self_deaf", &T::self_deaf),
        req("self_mute", &T::self_mute),
        opt("self_stream", &T::self_stream),
        req("self_video", &T::self_video),
        req("suppress", &T::suppress),
        req("request_to_speak_timestamp", &T::request_to_speak_timestamp),
    };
};

template <>
struct Fields<VoiceChannelInfo> {
    using T = VoiceChannelInfo;
    static constexpr auto list = std::tuple{req("id", &T::id), opt("status", &T::status),
                                            opt("voice_start_time", &T::voice_start_time)};
};

template <>
struct Fields<ActivityTimestamps> {
    using T = ActivityTimestamps;
    static constexpr auto list = std::tuple{opt("start", &T::start), opt("end", &T::end)};
};

template <>
struct Fields<ActivityEmoji> {
    using T = ActivityEmoji;
    static constexpr auto list =
        std::tuple{req("name", &T::name), opt("id", &T::id), opt("animated", &T::animated)};
};

template <>
struct Fields<ActivityParty> {
    using T = ActivityParty;
    static constexpr auto list = std::tuple{opt("id", &T::id), opt("size", &T::size)};
};

template <>
struct Fields<ActivityAssets> {
    using T = ActivityAssets;
    static constexpr auto list = std::tuple{
        opt("large_image", &T::large_image),
        opt("large_text", &T::large_text),
        opt("large_url", &T::large_url),
        opt("small_image", &T::small_image),
        opt("small_text", &T::small_text),
        opt("small_url", &T::small_url),
        opt("invite_cover_image", &T::invite_cover_image),
    };
};

template <>
struct Fields<ActivitySecrets> {
    using T = ActivitySecrets;
    static constexpr auto list =
        std::tuple{opt("join", &T::join), opt("spectate", &T::spectate), opt("match", &T::match)};
};

template <>
struct Fields<Activity> {
    using T = Activity;
    static constexpr auto list = std::tuple{
        req("name", &T::name),
        req("type", &T::type),
        opt("url", &T::url),
        opt("created_at", &T::created_at),
        opt("timestamps", &T::timestamps),
        opt("application_id", &T::application_id),
        opt("status_display_type", &T::status_display_type),
        opt("details", &T::details),
        opt("details_url", &T::details_url),
        opt("state", &T::state),
        opt("state_url", &T::state_url),
        opt("emoji", &T::emoji),
        opt("party", &T::party),
        opt("assets", &T::assets),
        opt("secrets", &T::secrets),
        opt("instance", &T::instance),
        opt("flags", &T::flags),
        opt<RawJson>("buttons", &T::buttons),
    };
};

template <>
struct Fields<ClientStatus> {
    using T = ClientStatus;
    static constexpr auto list = std::tuple{opt("desktop", &T::desktop), opt("mobile", &T::mobile),
                                            opt("web", &T::web), opt("vr", &T::vr)};
};

template <>
struct Fields<PartialUser> {
    using T = PartialUser;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        opt("username", &T::username),
        opt("discriminator", &T::discriminator),
        opt("global_name", &T::global_name),
        opt("avatar", &T::avatar),
        opt("bot", &T::bot),
    };
};

template <>
struct Fields<Presence> {
    using T = Presence;
    static constexpr auto list = std::tuple{
        req("user", &T::user),
        opt("guild_id", &T::guild_id),
        req("status", &T::status),
        opt("activities", &T::activities),
        opt("client_status", &T::client_status),
    };
};

template <>
struct Fields<WelcomeScreenChannel> {
    using T = WelcomeScreenChannel;
    static constexpr auto list =
        std::tuple{req("channel_id", &T::channel_id), req("description", &T::description),
                   req("emoji_id", &T::emoji_id), req("emoji_name", &T::emoji_name)};
};

template <>
struct Fields<WelcomeScreen> {
    using T = WelcomeScreen;
    static constexpr auto list = std::tuple{req("description", &T::description),
                                            req("welcome_channels", &T::welcome_channels)};
};

template <>
struct Fields<IncidentsData> {
    using T = IncidentsData;
    static constexpr auto list = std::tuple{
        req("invites_disabled_until", &T::invites_disabled_until),
        req("dms_disabled_until", &T::dms_disabled_until),
        opt("dm_spam_detected_at", &T::dm_spam_detected_at),
        opt("raid_detected_at", &T::raid_detected_at),
    };
};

template <>
struct Fields<Guild> {
    using T = Guild;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("icon", &T::icon),
        opt("icon_hash", &T::icon_hash),
        req("splash", &T::splash),
        req("discovery_splash", &T::discovery_splash),
        opt("owner", &T::owner),
        req("owner_id", &T::owner_id),
        opt("permissions", &T::permissions),
        req("afk_channel_id", &T::afk_channel_id),
        req("afk_timeout", &T::afk_timeout),
        opt("widget_enabled", &T::widget_enabled),
        opt("widget_channel_id", &T::widget_channel_id),
        req("verification_level", &T::verification_level),
        req("default_message_notifications", &T::default_message_notifications),
        req("explicit_content_filter", &T::explicit_content_filter),
        req("roles", &T::roles),
        req("emojis", &T::emojis),
        req("features", &T::features),
        req("mfa_level", &T::mfa_level),
        req("application_id", &T::application_id),
        req("system_channel_id", &T::system_channel_id),
        req("system_channel_flags", &T::system_channel_flags),
        req("rules_channel_id", &T::rules_channel_id),
        opt("max_presences", &T::max_presences),
        opt("max_members", &T::max_members),
        req("vanity_url_code", &T::vanity_url_code),
        req("description", &T::description),
        req("banner", &T::banner),
        req("premium_tier", &T::premium_tier),
        opt("premium_subscription_count", &T::premium_subscription_count),
        req("preferred_locale", &T::preferred_locale),
        req("public_updates_channel_id", &T::public_updates_channel_id),
        opt("max_video_channel_users", &T::max_video_channel_users),
        opt("max_stage_video_channel_users", &T::max_stage_video_channel_users),
        opt("approximate_member_count", &T::approximate_member_count),
        opt("approximate_presence_count", &T::approximate_presence_count),
        opt("welcome_screen", &T::welcome_screen),
        req("nsfw_level", &T::nsfw_level),
        opt("stickers", &T::stickers),
        req("premium_progress_bar_enabled", &T::premium_progress_bar_enabled),
        // Both documented as required; older REST payloads and doc examples lack them.
        opt("safety_alerts_channel_id", &T::safety_alerts_channel_id),
        opt("incidents_data", &T::incidents_data),
        opt("joined_at", &T::joined_at),
        opt("large", &T::large),
        opt("unavailable", &T::unavailable),
        opt("member_count", &T::member_count),
        opt("voice_states", &T::voice_states),
        opt("members", &T::members),
        opt("channels", &T::channels),
        opt("threads", &T::threads),
        opt("presences", &T::presences),
        opt("stage_instances", &T::stage_instances),
        opt("guild_scheduled_events", &T::guild_scheduled_events),
        opt("soundboard_sounds", &T::soundboard_sounds),
    };
};

template <>
struct Fields<Ban> {
    static constexpr auto list = std::tuple{req("reason", &Ban::reason), req("user", &Ban::user)};
};

template <>
struct Fields<GuildPreview> {
    using T = GuildPreview;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("icon", &T::icon),
        req("splash", &T::splash),
        req("discovery_splash", &T::discovery_splash),
        req("emojis", &T::emojis),
        req("features", &T::features),
        req("approximate_member_count", &T::approximate_member_count),
        req("approximate_presence_count", &T::approximate_presence_count),
        req("description", &T::description),
        req("stickers", &T::stickers),
    };
};

template <>
struct Fields<OwnGuild> {
    using T = OwnGuild;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("name", &T::name),
        req("icon", &T::icon),
        req("banner", &T::banner),
        req("owner", &T::owner),
        req("permissions", &T::permissions),
        req("features", &T::features),
        opt("approximate_member_count", &T::approximate_member_count),
        opt("approximate_presence_count", &T::approximate_presence_count),
    };
};

template <>
struct Fields<UnavailableGuild> {
    using T = UnavailableGuild;
    static constexpr auto list = std::tuple{req("id", &T::id), opt("unavailable", &T::unavailable)};
};

}  // namespace hikari::json
