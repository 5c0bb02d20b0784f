#pragma once
// Arguments of the channel, role, member and guild edit endpoints.

#include <hikari/model/channel.hpp>
#include <hikari/model/guild.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hikari {

struct ChannelEditOptions {
    UndefinedOr<std::string> name = {};
    UndefinedOr<ChannelType> type = {};
    UndefinedNoneOr<std::int32_t> position = {};
    UndefinedNoneOr<std::string> topic = {};
    UndefinedNoneOr<bool> nsfw = {};
    UndefinedNoneOr<std::int32_t> rate_limit_per_user = {};
    UndefinedNoneOr<std::int32_t> bitrate = {};
    UndefinedNoneOr<std::int32_t> user_limit = {};
    UndefinedNoneOr<std::vector<PermissionOverwrite>> permission_overwrites = {};
    UndefinedNoneOr<Snowflake> parent_id = {};
    UndefinedOr<bool> archived = {};                       ///< threads
    UndefinedOr<bool> locked = {};                         ///< threads
    UndefinedOr<std::int32_t> auto_archive_duration = {};  ///< threads, minutes
};

struct GuildChannelCreateOptions {
    std::string name = {};
    ChannelType type = ChannelType::guild_text;
    UndefinedNoneOr<std::string> topic = {};
    UndefinedNoneOr<std::int32_t> position = {};
    UndefinedNoneOr<bool> nsfw = {};
    UndefinedNoneOr<Snowflake> parent_id = {};
    UndefinedNoneOr<std::int32_t> rate_limit_per_user = {};
    UndefinedNoneOr<std::vector<PermissionOverwrite>> permission_overwrites = {};
};

/// One entry of edit_channel_positions / edit_role_positions.
struct PositionChange {
    Snowflake id = {};
    UndefinedNoneOr<std::int32_t> position = {};
    UndefinedNoneOr<bool> lock_permissions = {};  ///< channels only
    UndefinedNoneOr<Snowflake> parent_id = {};    ///< channels only
};

struct RoleOptions {
    UndefinedOr<std::string> name = {};
    UndefinedOr<Permissions> permissions = {};
    UndefinedOr<std::uint32_t> colour = {};
    UndefinedOr<bool> hoist = {};
    UndefinedNoneOr<std::string> unicode_emoji = {};
    UndefinedOr<bool> mentionable = {};
};

struct MemberEditOptions {
    UndefinedNoneOr<std::string> nickname = {};
    UndefinedNoneOr<std::vector<Snowflake>> roles = {};
    UndefinedNoneOr<bool> mute = {};
    UndefinedNoneOr<bool> deaf = {};
    /// Move to this voice channel; none disconnects.
    UndefinedNoneOr<Snowflake> voice_channel = {};
    /// Time out until then; none lifts a timeout.
    UndefinedNoneOr<Timestamp> communication_disabled_until = {};
};

/// What add_member sets on the new member (each needs the matching permission).
struct MemberAddOptions {
    UndefinedOr<std::string> nickname = {};
    UndefinedOr<std::vector<Snowflake>> roles = {};
    UndefinedOr<bool> mute = {};
    UndefinedOr<bool> deaf = {};
};

struct GuildEditOptions {
    UndefinedOr<std::string> name = {};
    UndefinedNoneOr<VerificationLevel> verification_level = {};
    UndefinedNoneOr<MessageNotificationLevel> default_message_notifications = {};
    UndefinedNoneOr<ExplicitContentFilterLevel> explicit_content_filter = {};
    UndefinedNoneOr<Snowflake> afk_channel_id = {};
    UndefinedOr<std::int32_t> afk_timeout = {};
    UndefinedNoneOr<Snowflake> system_channel_id = {};
    UndefinedNoneOr<Snowflake> rules_channel_id = {};
    UndefinedNoneOr<std::string> description = {};
    UndefinedNoneOr<std::string> preferred_locale = {};
};

struct MyUserEditOptions {
    UndefinedOr<std::string> username = {};
    /// A data URI ("data:image/png;base64,..."), or none to remove the avatar.
    UndefinedNoneOr<std::string> avatar = {};
    UndefinedNoneOr<std::string> banner = {};
};

}  // namespace hikari
