#pragma once
// Serialises the commands a shard sends (docs/events/gateway-events.mdx, "Send Events").

#include <hikari/gateway/presence.hpp>
#include <hikari/gateway/shard.hpp>

#include <optional>
#include <string>

namespace hikari::gateway {

/// The presence as last sent, so that an update with undefined fields keeps the rest.
struct PresenceState {
    Status status = Status::online;
    std::optional<std::chrono::system_clock::time_point> idle_since;
    std::optional<BotActivity> activity;
    bool afk = false;

    void apply(const PresenceUpdate& update);
};

std::string identify_payload(const GatewayShardSettings& settings, const PresenceState* presence);
std::string resume_payload(const Token& token, std::string_view session_id, std::uint64_t seq);
std::string heartbeat_payload(std::optional<std::uint64_t> seq);
std::string presence_payload(const PresenceState& presence);
std::string voice_state_payload(Snowflake guild_id, std::optional<Snowflake> channel_id,
                                bool self_mute, bool self_deaf);
/// Validates against the docs and the shard's intents (MissingIntentError, ValueError).
std::string request_guild_members_payload(const RequestGuildMembers& request, Intents intents);

}  // namespace hikari::gateway
