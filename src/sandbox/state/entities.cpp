#include "sandbox/state/entities.hpp"

#include "sandbox/state/world.hpp"

#include <boost/json/array.hpp>

namespace hikari::sandbox::entities {

namespace json = boost::json;

json::object user(Snowflake id, const std::string& username, bool bot) {
    json::object out{
        {"id", id.to_string()},
        {"username", username},
        {"discriminator", "0"},
        {"global_name", bot ? json::value(nullptr) : json::value(username)},
        {"avatar", nullptr},
        {"banner", nullptr},
        {"accent_color", nullptr},
        {"avatar_decoration_data", nullptr},
        {"public_flags", bot ? (1 << 16) : 0},  // VERIFIED_BOT
        {"flags", bot ? (1 << 16) : 0},
    };
    if (bot) {
        out["bot"] = true;
        out["discriminator"] = "0001";
        out["mfa_enabled"] = false;
        out["verified"] = true;
        out["locale"] = "en-US";
        out["email"] = nullptr;
        out["premium_type"] = 0;
    }
    return out;
}

json::object application(Snowflake id, const std::string& name, const json::object& bot,
                         const json::object& owner, std::int64_t guild_count) {
    // GATEWAY_PRESENCE_LIMITED, GATEWAY_GUILD_MEMBERS_LIMITED, GATEWAY_MESSAGE_CONTENT_LIMITED.
    constexpr std::int64_t flags = (1 << 13) | (1 << 15) | (1 << 19);
    const json::object guild_install{{"scopes", json::array{"applications.commands", "bot"}},
                                     {"permissions", "2048"}};
    const json::object user_install{{"scopes", json::array{"applications.commands"}},
                                    {"permissions", "0"}};
    // A verify key is 64 hex digits (an Ed25519 public key); derived from the id so that
    // each world has its own.
    std::string verify_key;
    std::uint64_t x = id.value();
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = 0; i < 64; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        verify_key += hex[(x >> 60) & 0xF];
    }
    return json::object{
        {"id", id.to_string()},
        {"name", name},
        {"icon", nullptr},
        {"description", ""},
        {"summary", ""},
        {"type", nullptr},
        {"rpc_origins", json::array{}},
        {"bot_public", true},
        {"bot_require_code_grant", false},
        {"bot", bot},
        {"owner", owner},
        {"verify_key", verify_key},
        {"team", nullptr},
        {"flags", flags},
        {"flags_new", std::to_string(flags)},
        {"hook", true},
        {"is_monetized", false},
        {"approximate_guild_count", guild_count},
        {"approximate_user_install_count", 0},
        {"approximate_user_authorization_count", 0},
        {"redirect_uris", json::array{}},
        {"interactions_endpoint_url", nullptr},
        {"role_connections_verification_url", nullptr},
        {"event_webhooks_url", nullptr},
        {"event_webhooks_status", 1},
        {"event_webhooks_types", json::array{}},
        {"tags", json::array{}},
        {"install_params", guild_install},
        {"integration_types_config",
         json::object{{"0", json::object{{"oauth2_install_params", guild_install}}},
                      {"1", json::object{{"oauth2_install_params", user_install}}}}},
    };
}

json::object guild(Snowflake id, const std::string& name, Snowflake owner,
                   Snowflake system_channel) {
    return json::object{
        {"id", id.to_string()},
        {"name", name},
        {"icon", nullptr},
        {"icon_hash", nullptr},
        {"splash", nullptr},
        {"discovery_splash", nullptr},
        {"owner_id", owner.to_string()},
        {"region", "deprecated"},
        {"afk_channel_id", nullptr},
        {"afk_timeout", 300},
        {"widget_enabled", false},
        {"widget_channel_id", nullptr},
        {"verification_level", 1},
        {"default_message_notifications", 1},
        {"explicit_content_filter", 2},
        {"emojis", json::array{}},
        {"features", json::array{}},
        {"mfa_level", 0},
        {"application_id", nullptr},
        {"system_channel_id", system_channel.to_string()},
        {"system_channel_flags", 0},
        {"rules_channel_id", nullptr},
        {"max_presences", nullptr},
        {"max_members", 500000},
        {"vanity_url_code", nullptr},
        {"description", nullptr},
        {"banner", nullptr},
        {"premium_tier", 0},
        {"premium_subscription_count", 0},
        {"preferred_locale", "en-US"},
        {"public_updates_channel_id", nullptr},
        {"max_video_channel_users", 25},
        {"max_stage_video_channel_users", 50},
        {"nsfw_level", 0},
        {"stickers", json::array{}},
        {"premium_progress_bar_enabled", false},
        {"safety_alerts_channel_id", nullptr},
        {"incidents_data", nullptr},
    };
}

json::object guild_channel(Snowflake id, Snowflake guild_id, int type, const std::string& name,
                           int position, std::optional<Snowflake> parent) {
    json::object out{
        {"id", id.to_string()},
        {"type", type},
        {"guild_id", guild_id.to_string()},
        {"position", position},
        {"permission_overwrites", json::array{}},
        {"name", name},
        {"nsfw", false},
        {"flags", 0},
        {"parent_id", parent ? json::value(parent->to_string()) : json::value(nullptr)},
    };
    if (type == 0) {
        out["topic"] = nullptr;
        out["last_message_id"] = nullptr;
        out["last_pin_timestamp"] = nullptr;
        out["rate_limit_per_user"] = 0;
    } else if (type == 2) {
        out["bitrate"] = 64000;
        out["user_limit"] = 0;
        out["rtc_region"] = nullptr;
        out["last_message_id"] = nullptr;
        out["rate_limit_per_user"] = 0;
    }
    return out;
}

json::object role(Snowflake id, const std::string& name, int position,
                  const std::string& permissions, std::uint32_t colour) {
    return json::object{
        {"id", id.to_string()},
        {"name", name},
        {"color", colour},
        {"colors",
         json::object{
             {"primary_color", colour}, {"secondary_color", nullptr}, {"tertiary_color", nullptr}}},
        {"hoist", false},
        {"icon", nullptr},
        {"unicode_emoji", nullptr},
        {"position", position},
        {"permissions", permissions},
        {"managed", false},
        {"mentionable", false},
        {"flags", 0},
    };
}

json::object member(const json::object& user_object, Snowflake::TimePoint joined_at) {
    return json::object{
        {"user", user_object},
        {"nick", nullptr},
        {"avatar", nullptr},
        {"banner", nullptr},
        {"roles", json::array{}},
        {"joined_at", World::iso_timestamp(joined_at)},
        {"premium_since", nullptr},
        {"deaf", false},
        {"mute", false},
        {"flags", 0},
        {"pending", false},
        {"communication_disabled_until", nullptr},
    };
}

json::object message(Snowflake id, Snowflake channel, const json::object& author,
                     const std::string& content) {
    return json::object{
        {"id", id.to_string()},
        {"channel_id", channel.to_string()},
        {"author", author},
        {"content", content},
        {"timestamp", World::iso_timestamp(id.created_at())},
        {"edited_timestamp", nullptr},
        {"tts", false},
        {"mention_everyone", false},
        {"mentions", json::array{}},
        {"mention_roles", json::array{}},
        {"attachments", json::array{}},
        {"embeds", json::array{}},
        {"pinned", false},
        {"type", 0},
        {"flags", 0},
        {"components", json::array{}},
    };
}

}  // namespace hikari::sandbox::entities
