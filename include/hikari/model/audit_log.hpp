#pragma once
// Audit log entries. See docs/resources/audit-log.mdx.

#include <hikari/model/auto_moderation.hpp>
#include <hikari/model/common.hpp>
#include <hikari/model/integration.hpp>
#include <hikari/model/user.hpp>

namespace hikari {

/// The action an entry records (`action_type`).
enum class AuditLogEvent : std::uint16_t {
    guild_update = 1,
    channel_create = 10,
    channel_update = 11,
    channel_delete = 12,
    channel_overwrite_create = 13,
    channel_overwrite_update = 14,
    channel_overwrite_delete = 15,
    member_kick = 20,
    member_prune = 21,
    member_ban_add = 22,
    member_ban_remove = 23,
    member_update = 24,
    member_role_update = 25,
    member_move = 26,
    member_disconnect = 27,
    bot_add = 28,
    role_create = 30,
    role_update = 31,
    role_delete = 32,
    invite_create = 40,
    invite_update = 41,
    invite_delete = 42,
    webhook_create = 50,
    webhook_update = 51,
    webhook_delete = 52,
    emoji_create = 60,
    emoji_update = 61,
    emoji_delete = 62,
    message_delete = 72,
    message_bulk_delete = 73,
    message_pin = 74,
    message_unpin = 75,
    integration_create = 80,
    integration_update = 81,
    integration_delete = 82,
    stage_instance_create = 83,
    stage_instance_update = 84,
    stage_instance_delete = 85,
    sticker_create = 90,
    sticker_update = 91,
    sticker_delete = 92,
    guild_scheduled_event_create = 100,
    guild_scheduled_event_update = 101,
    guild_scheduled_event_delete = 102,
    thread_create = 110,
    thread_update = 111,
    thread_delete = 112,
    application_command_permission_update = 121,
    soundboard_sound_create = 130,
    soundboard_sound_update = 131,
    soundboard_sound_delete = 132,
    auto_moderation_rule_create = 140,
    auto_moderation_rule_update = 141,
    auto_moderation_rule_delete = 142,
    auto_moderation_block_message = 143,
    auto_moderation_flag_to_channel = 144,
    auto_moderation_user_communication_disabled = 145,
    auto_moderation_quarantine_user = 146,
    creator_monetization_request_created = 150,
    creator_monetization_terms_accepted = 151,
    onboarding_prompt_create = 163,
    onboarding_prompt_update = 164,
    onboarding_prompt_delete = 165,
    onboarding_create = 166,
    onboarding_update = 167,
    home_settings_create = 190,
    home_settings_update = 191,
    voice_channel_status_create = 192,
    voice_channel_status_delete = 193,
};

/// One changed property. The values have the changed object's field type, so they are kept
/// as JSON text; absent `new_value` means the property was reset.
struct AuditLogChange {
    std::string key;
    std::optional<std::string> new_value;  ///< JSON text
    std::optional<std::string> old_value;  ///< JSON text
    bool operator==(const AuditLogChange&) const = default;
};

/// Extra information for some action types (numbers are sent as strings, and kept so).
struct AuditLogEntryInfo {
    std::optional<Snowflake> application_id;
    std::optional<std::string> auto_moderation_rule_name;
    std::optional<std::string> auto_moderation_rule_trigger_type;
    std::optional<Snowflake> channel_id;
    std::optional<std::string> count;
    std::optional<std::string> delete_member_days;
    std::optional<Snowflake> id;
    std::optional<std::string> members_removed;
    std::optional<Snowflake> message_id;
    std::optional<std::string> role_name;
    std::optional<std::string> type;  ///< "0" role, "1" member
    std::optional<std::string> integration_type;
    std::optional<std::string> status;
    bool operator==(const AuditLogEntryInfo&) const = default;
};

struct AuditLogEntry {
    std::optional<std::string> target_id;
    std::vector<AuditLogChange> changes;
    std::optional<Snowflake> user_id;
    Snowflake id;
    AuditLogEvent action_type{};
    std::optional<AuditLogEntryInfo> options;
    std::optional<std::string> reason;
    /// Sent in GUILD_AUDIT_LOG_ENTRY_CREATE only.
    std::optional<Snowflake> guild_id;
    bool operator==(const AuditLogEntry&) const = default;
};

/// One page of GET /guilds/{guild.id}/audit-logs: the entries and the objects they name
/// (the lists a bot rarely reads, threads, webhooks, commands, events, are not kept).
struct AuditLog {
    std::vector<AuditLogEntry> entries;  ///< `audit_log_entries`, newest first
    std::vector<User> users;
    std::vector<Integration> integrations;
    std::vector<AutoModerationRule> auto_moderation_rules;
    bool operator==(const AuditLog&) const = default;
};

}  // namespace hikari
