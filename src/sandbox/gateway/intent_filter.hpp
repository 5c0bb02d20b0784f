#pragma once
// How intents shape what a session receives (docs/events/gateway.mdx "Gateway Intents",
// "Message Content Intent"; gateway-events.mdx "Guild Create").

#include <hikari/core/snowflake.hpp>

#include <boost/json/object.hpp>

#include <cstdint>

namespace hikari::sandbox::intents {

inline constexpr std::uint64_t guilds = 1ULL << 0;
inline constexpr std::uint64_t guild_members = 1ULL << 1;
inline constexpr std::uint64_t guild_voice_states = 1ULL << 7;
inline constexpr std::uint64_t guild_presences = 1ULL << 8;
inline constexpr std::uint64_t guild_messages = 1ULL << 9;
inline constexpr std::uint64_t direct_messages = 1ULL << 12;
inline constexpr std::uint64_t message_content = 1ULL << 15;
inline constexpr std::uint64_t privileged = guild_members | guild_presences | message_content;

/// Every documented intent bit: 0-16, 20, 21, 24, 25. Any other bit closes with 4013.
inline constexpr std::uint64_t all_valid =
    ((1ULL << 17) - 1) | (1ULL << 20) | (1ULL << 21) | (1ULL << 24) | (1ULL << 25);

}  // namespace hikari::sandbox::intents

namespace hikari::sandbox {

/// Empties content, embeds, attachments, components and removes poll from a MESSAGE_CREATE
/// or MESSAGE_UPDATE payload unless the bot may see them without MESSAGE_CONTENT: DMs,
/// messages the bot wrote, and messages that mention it. Returns true when it stripped.
bool strip_message_content(boost::json::object& message, Snowflake bot_id);

/// Trims a full GUILD_CREATE payload to what a session with `session_intents` receives:
/// without GUILD_PRESENCES only the bot's member and members in voice (and their presences);
/// for large guilds (member_count > large_threshold) only online members or members with a
/// role, a nickname or a voice state, and only non-offline presences. Sets "large".
boost::json::object filter_guild_create(boost::json::object guild, std::uint64_t session_intents,
                                        unsigned large_threshold, Snowflake bot_id);

}  // namespace hikari::sandbox
