#pragma once
// Small entities only the HTTP API returns (bans, bulk ban results, vanity URL, role member
// counts, pins) and what creating an application command takes. Webhooks and commands themselves
// are the model's.

#include <hikari/core/time.hpp>
#include <hikari/model/application_command.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/user.hpp>
#include <hikari/model/webhook.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace hikari {

struct GuildBan {
    User user = {};
    std::optional<std::string> reason = {};
    bool operator==(const GuildBan&) const = default;
};

/// What bulk_ban_users reports.
struct BulkBanResult {
    std::vector<Snowflake> banned_users = {};
    std::vector<Snowflake> failed_users = {};
};

/// A guild's vanity invite (GET /guilds/{id}/vanity-url).
struct VanityUrl {
    /// Null when the guild has no vanity URL set.
    std::optional<std::string> code = {};
    std::int64_t uses = 0;
    bool operator==(const VanityUrl&) const = default;
};

/// Role id -> how many members have it (@everyone is not listed).
using RoleMemberCounts = std::map<Snowflake, std::int64_t>;

/// A pinned message and when it was pinned.
struct MessagePin {
    Timestamp pinned_at{};
    Message message = {};
    bool operator==(const MessagePin&) const = default;
};

/// What create/overwrite of application commands takes.
struct CommandDefinition {
    std::string name = {};
    std::string description = {};
    ApplicationCommandType type = ApplicationCommandType::chat_input;
    /// The options array as JSON text; empty for none.
    std::string options_json = {};
    UndefinedNoneOr<Permissions> default_member_permissions = {};
    UndefinedOr<bool> nsfw = {};
};

}  // namespace hikari
