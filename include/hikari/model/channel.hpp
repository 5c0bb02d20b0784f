#pragma once
// Channels of every type, threads included. See docs/resources/channel.mdx.

#include <hikari/model/member.hpp>

namespace hikari {

enum class ChannelType : std::uint8_t {
    guild_text = 0,
    dm = 1,
    guild_voice = 2,
    group_dm = 3,
    guild_category = 4,
    guild_announcement = 5,
    announcement_thread = 10,
    public_thread = 11,
    private_thread = 12,
    guild_stage_voice = 13,
    guild_directory = 14,
    guild_forum = 15,
    guild_media = 16,
};

enum class ChannelFlags : std::uint32_t {
    pinned = 1U << 1,
    require_tag = 1U << 4,
    hide_media_download_options = 1U << 15,
};
template <>
inline constexpr bool enable_flag_operators<ChannelFlags> = true;

enum class OverwriteType : std::uint8_t { role = 0, member = 1 };
enum class VideoQualityMode : std::uint8_t { automatic = 1, full = 2 };
enum class SortOrder : std::uint8_t { latest_activity = 0, creation_date = 1 };
enum class ForumLayout : std::uint8_t { not_set = 0, list_view = 1, gallery_view = 2 };

struct PermissionOverwrite {
    Snowflake id;
    OverwriteType type{};
    Permissions allow;
    Permissions deny;
    bool operator==(const PermissionOverwrite&) const = default;
};

struct ThreadMetadata {
    bool archived = false;
    std::int32_t auto_archive_duration = 0;  ///< minutes: 60, 1440, 4320 or 10080
    Timestamp archive_timestamp{};
    bool locked = false;
    std::optional<bool> invitable;
    UndefinedNoneOr<Timestamp> create_timestamp;
    bool operator==(const ThreadMetadata&) const = default;
};

/// id and user_id are left out of the members inside GUILD_CREATE threads.
struct ThreadMember {
    std::optional<Snowflake> id;
    std::optional<Snowflake> user_id;
    Timestamp join_timestamp{};
    std::uint32_t flags = 0;
    Box<Member> member;
    bool operator==(const ThreadMember&) const = default;
};

struct ForumTag {
    Snowflake id;
    std::string name;
    bool moderated = false;
    std::optional<Snowflake> emoji_id;
    std::optional<std::string> emoji_name;
    bool operator==(const ForumTag&) const = default;
};

struct DefaultReaction {
    std::optional<Snowflake> emoji_id;
    std::optional<std::string> emoji_name;
    bool operator==(const DefaultReaction&) const = default;
};

/// One struct for every channel type: which fields are set depends on `type`.
struct Channel {
    Snowflake id;
    ChannelType type{};
    std::optional<Snowflake> guild_id;
    std::optional<std::int32_t> position;
    /// Absent in DMs and threads; an empty list in guild channels.
    std::optional<std::vector<PermissionOverwrite>> permission_overwrites;
    UndefinedNoneOr<std::string> name;
    UndefinedNoneOr<std::string> topic;
    std::optional<bool> nsfw;
    UndefinedNoneOr<Snowflake> last_message_id;
    std::optional<std::int32_t> bitrate;
    std::optional<std::int32_t> user_limit;
    std::optional<std::int32_t> rate_limit_per_user;
    std::vector<User> recipients;
    UndefinedNoneOr<ImageHash> icon;
    std::optional<Snowflake> owner_id;
    UndefinedNoneOr<Snowflake> application_id;
    std::optional<bool> managed;
    UndefinedNoneOr<Snowflake> parent_id;
    UndefinedNoneOr<Timestamp> last_pin_timestamp;
    UndefinedNoneOr<std::string> rtc_region;
    std::optional<VideoQualityMode> video_quality_mode;
    std::optional<std::int32_t> message_count;
    std::optional<std::int32_t> member_count;
    std::optional<ThreadMetadata> thread_metadata;
    std::optional<ThreadMember> member;
    std::optional<std::int32_t> default_auto_archive_duration;
    std::optional<Permissions> permissions;
    std::optional<ChannelFlags> flags;
    std::optional<std::int32_t> total_message_sent;
    std::vector<ForumTag> available_tags;
    std::vector<Snowflake> applied_tags;
    UndefinedNoneOr<DefaultReaction> default_reaction_emoji;
    std::optional<std::int32_t> default_thread_rate_limit_per_user;
    UndefinedNoneOr<SortOrder> default_sort_order;
    std::optional<ForumLayout> default_forum_layout;

    [[nodiscard]] bool is_thread() const noexcept {
        return type == ChannelType::announcement_thread || type == ChannelType::public_thread ||
               type == ChannelType::private_thread;
    }
    bool operator==(const Channel&) const = default;
};

}  // namespace hikari
