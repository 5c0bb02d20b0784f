#pragma once
// Guilds, in their REST form and the GUILD_CREATE gateway form (which adds the
// "Guild Create Extra Fields"). See docs/resources/guild.mdx "Guild Object".

#include <hikari/model/channel.hpp>
#include <hikari/model/emoji.hpp>
#include <hikari/model/guild_scheduled_event.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/presence.hpp>
#include <hikari/model/role.hpp>
#include <hikari/model/soundboard.hpp>
#include <hikari/model/stage_instance.hpp>
#include <hikari/model/sticker.hpp>
#include <hikari/model/voice.hpp>

namespace hikari {

enum class VerificationLevel : std::uint8_t {
    none_ = 0,
    low = 1,
    medium = 2,
    high = 3,
    very_high = 4
};
enum class MessageNotificationLevel : std::uint8_t { all_messages = 0, only_mentions = 1 };
enum class ExplicitContentFilterLevel : std::uint8_t {
    disabled = 0,
    members_without_roles = 1,
    all_members = 2,
};
enum class MfaLevel : std::uint8_t { none_ = 0, elevated = 1 };
enum class NsfwLevel : std::uint8_t { default_ = 0, explicit_ = 1, safe = 2, age_restricted = 3 };
enum class PremiumTier : std::uint8_t { none_ = 0, tier_1 = 1, tier_2 = 2, tier_3 = 3 };

enum class SystemChannelFlags : std::uint32_t {
    suppress_join_notifications = 1U << 0,
    suppress_premium_subscriptions = 1U << 1,
    suppress_guild_reminder_notifications = 1U << 2,
    suppress_join_notification_replies = 1U << 3,
    suppress_role_subscription_purchase_notifications = 1U << 4,
    suppress_role_subscription_purchase_notification_replies = 1U << 5,
};
template <>
inline constexpr bool enable_flag_operators<SystemChannelFlags> = true;

struct WelcomeScreenChannel {
    Snowflake channel_id;
    std::string description;
    std::optional<Snowflake> emoji_id;
    std::optional<std::string> emoji_name;
    bool operator==(const WelcomeScreenChannel&) const = default;
};

struct WelcomeScreen {
    std::optional<std::string> description;
    std::vector<WelcomeScreenChannel> welcome_channels;
    bool operator==(const WelcomeScreen&) const = default;
};

struct IncidentsData {
    std::optional<Timestamp> invites_disabled_until;
    std::optional<Timestamp> dms_disabled_until;
    UndefinedNoneOr<Timestamp> dm_spam_detected_at;
    UndefinedNoneOr<Timestamp> raid_detected_at;
    bool operator==(const IncidentsData&) const = default;
};

// Fields in the docs' order, which costs ~48 bytes of padding: a Guild is read once per
// GUILD_CREATE and not kept by the cache, so readability wins.
struct Guild {  // NOLINT(clang-analyzer-optin.performance.Padding)
    Snowflake id;
    std::string name;
    std::optional<ImageHash> icon;
    UndefinedNoneOr<ImageHash> icon_hash;
    std::optional<ImageHash> splash;
    std::optional<ImageHash> discovery_splash;
    std::optional<bool> owner;
    Snowflake owner_id;
    std::optional<Permissions> permissions;
    std::optional<Snowflake> afk_channel_id;
    std::int32_t afk_timeout = 0;
    std::optional<bool> widget_enabled;
    UndefinedNoneOr<Snowflake> widget_channel_id;
    VerificationLevel verification_level{};
    MessageNotificationLevel default_message_notifications{};
    ExplicitContentFilterLevel explicit_content_filter{};
    std::vector<Role> roles;
    std::vector<Emoji> emojis;
    std::vector<std::string> features;  ///< kept as sent: Discord adds features often
    MfaLevel mfa_level{};
    std::optional<Snowflake> application_id;
    std::optional<Snowflake> system_channel_id;
    SystemChannelFlags system_channel_flags{};
    std::optional<Snowflake> rules_channel_id;
    UndefinedNoneOr<std::int32_t> max_presences;
    std::optional<std::int32_t> max_members;
    std::optional<std::string> vanity_url_code;
    std::optional<std::string> description;
    std::optional<ImageHash> banner;
    PremiumTier premium_tier{};
    std::optional<std::int32_t> premium_subscription_count;
    std::string preferred_locale;
    std::optional<Snowflake> public_updates_channel_id;
    std::optional<std::int32_t> max_video_channel_users;
    std::optional<std::int32_t> max_stage_video_channel_users;
    std::optional<std::int32_t> approximate_member_count;
    std::optional<std::int32_t> approximate_presence_count;
    std::optional<WelcomeScreen> welcome_screen;
    NsfwLevel nsfw_level{};
    std::vector<Sticker> stickers;
    bool premium_progress_bar_enabled = false;
    std::optional<Snowflake> safety_alerts_channel_id;
    std::optional<IncidentsData> incidents_data;

    // GUILD_CREATE only.
    std::optional<Timestamp> joined_at;
    std::optional<bool> large;
    std::optional<bool> unavailable;
    std::optional<std::int32_t> member_count;
    std::vector<VoiceState> voice_states;
    std::vector<Member> members;
    std::vector<Channel> channels;
    std::vector<Channel> threads;
    std::vector<Presence> presences;
    std::vector<StageInstance> stage_instances;
    std::vector<GuildScheduledEvent> guild_scheduled_events;
    std::vector<SoundboardSound> soundboard_sounds;

    bool operator==(const Guild&) const = default;
};

struct Ban {
    std::optional<std::string> reason;
    User user;
    bool operator==(const Ban&) const = default;
};

/// What anyone can see of a discoverable guild.
struct GuildPreview {
    Snowflake id;
    std::string name;
    std::optional<ImageHash> icon;
    std::optional<ImageHash> splash;
    std::optional<ImageHash> discovery_splash;
    std::vector<Emoji> emojis;
    std::vector<std::string> features;
    std::int32_t approximate_member_count = 0;
    std::int32_t approximate_presence_count = 0;
    std::optional<std::string> description;
    std::vector<Sticker> stickers;
    bool operator==(const GuildPreview&) const = default;
};

/// A guild as GET /users/@me/guilds lists it: a partial guild with the current user's
/// standing in it.
struct OwnGuild {
    Snowflake id;
    std::string name;
    std::optional<ImageHash> icon;
    std::optional<ImageHash> banner;
    /// Whether the current user owns the guild.
    bool owner = false;
    /// The current user's permissions in the guild (not counting channel overwrites).
    Permissions permissions{};
    std::vector<std::string> features;
    /// Only with with_counts.
    std::optional<std::int32_t> approximate_member_count;
    std::optional<std::int32_t> approximate_presence_count;
    bool operator==(const OwnGuild&) const = default;
};

/// A guild that is not available (an outage) or not yet sent (the READY event).
struct UnavailableGuild {
    Snowflake id;
    std::optional<bool> unavailable;
    bool operator==(const UnavailableGuild&) const = default;
};

}  // namespace hikari
