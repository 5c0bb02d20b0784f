#pragma once
// JSON shape of audit log entries.

#include "model/fields/integration_fields.hpp"
#include "model/fields/moderation_fields.hpp"
#include "model/fields/user_fields.hpp"
#include "model/json/codec.hpp"

#include <hikari/model/audit_log.hpp>

namespace hikari::json {

template <>
struct Fields<AuditLogChange> {
    using T = AuditLogChange;
    static constexpr auto list =
        std::tuple{req("key", &T::key), opt<RawJson>("new_value", &T::new_value),
                   opt<RawJson>("old_value", &T::old_value)};
};

template <>
struct Fields<AuditLogEntryInfo> {
    using T = AuditLogEntryInfo;
    static constexpr auto list = std::tuple{
        opt("application_id", &T::application_id),
        opt("auto_moderation_rule_name", &T::auto_moderation_rule_name),
        opt("auto_moderation_rule_trigger_type", &T::auto_moderation_rule_trigger_type),
        opt("channel_id", &T::channel_id),
        opt("count", &T::count),
        opt("delete_member_days", &T::delete_member_days),
        opt("id", &T::id),
        opt("members_removed", &T::members_removed),
        opt("message_id", &T::message_id),
        opt("role_name", &T::role_name),
        opt("type", &T::type),
        opt("integration_type", &T::integration_type),
        opt("status", &T::status),
    };
};

template <>
struct Fields<AuditLogEntry> {
    using T = AuditLogEntry;
    static constexpr auto list = std::tuple{
        req("target_id", &T::target_id),     opt("changes", &T::changes),
        req("user_id", &T::user_id),         req("id", &T::id),
        req("action_type", &T::action_type), opt("options", &T::options),
        opt("reason", &T::reason),           opt("guild_id", &T::guild_id),
    };
};

template <>
struct Fields<AuditLog> {
    using T = AuditLog;
    static constexpr auto list = std::tuple{
        req("audit_log_entries", &T::entries),
        opt("users", &T::users),
        opt("integrations", &T::integrations),
        opt("auto_moderation_rules", &T::auto_moderation_rules),
    };
};

}  // namespace hikari::json
