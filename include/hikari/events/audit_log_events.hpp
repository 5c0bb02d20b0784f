#pragma once
// New audit log entries (hikari.events.guild_events.AuditLogEntryCreateEvent). Sent only to
// bots with VIEW_AUDIT_LOG.

#include <hikari/events/guild_events.hpp>
#include <hikari/model/audit_log.hpp>

namespace hikari {

/// GUILD_AUDIT_LOG_ENTRY_CREATE.
class AuditLogEntryCreateEvent : public EventType<AuditLogEntryCreateEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_moderation};
    AuditLogEntry entry;
};

}  // namespace hikari
