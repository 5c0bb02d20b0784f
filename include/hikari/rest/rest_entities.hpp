#pragma once
// Small entities only the HTTP API returns: bans, webhooks, application commands.

#include <hikari/model/user.hpp>

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

enum class WebhookType : std::uint8_t { incoming = 1, channel_follower = 2, application = 3 };

struct Webhook {
    Snowflake id = {};
    WebhookType type = WebhookType::incoming;
    std::optional<Snowflake> guild_id = {};
    std::optional<Snowflake> channel_id = {};
    std::optional<User> user = {};
    std::optional<std::string> name = {};
    std::optional<std::string> avatar = {};
    /// Only for incoming webhooks the bot can see the secret of. Never log it.
    std::optional<std::string> token = {};
    std::optional<Snowflake> application_id = {};
    std::optional<std::string> url = {};
};

enum class CommandType : std::uint8_t { chat_input = 1, user = 2, message = 3, primary_entry = 4 };

struct ApplicationCommand {
    Snowflake id = {};
    CommandType type = CommandType::chat_input;
    Snowflake application_id = {};
    std::optional<Snowflake> guild_id = {};
    std::string name = {};
    std::string description = {};
    /// The options array as JSON text ("[]" when none).
    std::string options_json = "[]";
    std::optional<Permissions> default_member_permissions = {};
    bool nsfw = false;
    Snowflake version = {};
};

/// What create/overwrite of application commands takes.
struct CommandDefinition {
    std::string name = {};
    std::string description = {};
    CommandType type = CommandType::chat_input;
    /// The options array as JSON text; empty for none.
    std::string options_json = {};
    UndefinedNoneOr<Permissions> default_member_permissions = {};
    UndefinedOr<bool> nsfw = {};
};

}  // namespace hikari
