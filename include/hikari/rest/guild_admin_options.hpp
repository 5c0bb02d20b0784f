#pragma once
// Options of the guild administration endpoints: audit log filters, prune, auto moderation
// rules and application command edits.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/permissions.hpp>
#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>
#include <hikari/model/audit_log.hpp>
#include <hikari/model/auto_moderation.hpp>

#include <string>
#include <vector>

namespace hikari {

/// Which audit log entries fetch_audit_log returns. Without `after` it goes from the newest
/// (or from `before`) back in time; with `after` alone, forwards from there.
struct AuditLogFilter {
    UndefinedOr<Snowflake> user = {};
    UndefinedOr<AuditLogEvent> action_type = {};
    UndefinedOr<Snowflake> before = {};
    UndefinedOr<Snowflake> after = {};
};

/// begin_guild_prune: members inactive for `days` (1-30) without any role but those listed.
struct GuildPruneOptions {
    int days = 7;
    std::vector<Snowflake> include_roles = {};
    /// false skips counting (Discord recommends it for large guilds); the result is then
    /// nullopt.
    bool compute_prune_count = true;
};

/// create_auto_moderation_rule needs name, event_type, trigger_type and actions;
/// edit_auto_moderation_rule sends only what is set (trigger_type cannot change).
struct AutoModerationRuleOptions {
    UndefinedOr<std::string> name = {};
    UndefinedOr<AutoModerationEventType> event_type = {};
    UndefinedOr<AutoModerationTriggerType> trigger_type = {};
    UndefinedOr<AutoModerationTriggerMetadata> trigger_metadata = {};
    UndefinedOr<std::vector<AutoModerationAction>> actions = {};
    UndefinedOr<bool> enabled = {};
    UndefinedOr<std::vector<Snowflake>> exempt_roles = {};
    UndefinedOr<std::vector<Snowflake>> exempt_channels = {};
};

/// edit_application_command: only the fields set change.
struct CommandEditOptions {
    UndefinedOr<std::string> name = {};
    UndefinedOr<std::string> description = {};
    /// The options array as JSON text.
    UndefinedOr<std::string> options_json = {};
    UndefinedNoneOr<Permissions> default_member_permissions = {};
    UndefinedOr<bool> nsfw = {};
};

}  // namespace hikari
