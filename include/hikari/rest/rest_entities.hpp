#pragma once
// Small entities only the HTTP API returns (bans, bulk ban results) and what creating an
// application command takes. Webhooks and commands themselves are the model's.

#include <hikari/model/application_command.hpp>
#include <hikari/model/user.hpp>
#include <hikari/model/webhook.hpp>

#include <cstdint>
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
