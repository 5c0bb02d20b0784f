#pragma once
// Webhooks. See docs/resources/webhook.mdx.

#include <hikari/model/user.hpp>

namespace hikari {

enum class WebhookType : std::uint8_t { incoming = 1, channel_follower = 2, application = 3 };

struct Webhook {
    Snowflake id;
    WebhookType type{};
    UndefinedNoneOr<Snowflake> guild_id;
    std::optional<Snowflake> channel_id;
    std::optional<User> user;
    std::optional<std::string> name;
    std::optional<ImageHash> avatar;
    std::optional<std::string> token;  ///< incoming webhooks only
    std::optional<Snowflake> application_id;
    std::optional<std::string> source_guild;    ///< a partial guild, as JSON text
    std::optional<std::string> source_channel;  ///< a partial channel, as JSON text
    std::optional<std::string> url;
    bool operator==(const Webhook&) const = default;
};

}  // namespace hikari
