#pragma once
// Helpers shared by the route families added for threads, invites, emojis, stickers, scheduled
// events, stages, polls, voice states and the soundboard.

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/form_errors.hpp"

#include <boost/json/object.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

// Intent bits of their dispatches (context.hpp holds the older families').
namespace feature_intents {
inline constexpr std::uint32_t guilds = 1U << 0;
inline constexpr std::uint32_t guild_members = 1U << 1;
inline constexpr std::uint32_t guild_expressions = 1U << 3;
inline constexpr std::uint32_t guild_webhooks = 1U << 5;
inline constexpr std::uint32_t guild_invites = 1U << 6;
inline constexpr std::uint32_t guild_voice_states = 1U << 7;
inline constexpr std::uint32_t guild_messages = 1U << 9;
inline constexpr std::uint32_t guild_scheduled_events = 1U << 16;
inline constexpr std::uint32_t guild_message_polls = 1U << 24;
}  // namespace feature_intents

/// The guild named by {guild_id}; 10004 when unknown (defined with the guild routes).
Snowflake guild_or_404(Call& call);

/// The current time as Discord writes timestamps.
std::string now_timestamp();
/// X-Audit-Log-Reason, if sent.
std::optional<std::string> audit_log_reason(Call& call);
/// 404 with Discord's code and message.
[[noreturn]] void raise_unknown(int code, std::string message);

/// Checks a "data:<mime>;base64,..." field against the allowed MIME type prefixes and a size
/// limit of the decoded bytes; records 50035 on `errors` for a malformed URI and throws 50045
/// for an oversized one. Returns the MIME type when valid.
std::optional<std::string> check_data_uri(FormErrors& errors, const boost::json::object& body,
                                          std::string_view key,
                                          std::initializer_list<std::string_view> mime_types,
                                          std::size_t max_bytes, bool required);

/// True for thread channel types (10, 11, 12).
bool is_thread(const boost::json::object& channel);
/// The channel's type.
int channel_type(const boost::json::object& channel);

// Control API handlers of these families (registered by add_feature_control_routes).
Response control_add_event_user(Call& call);
Response control_set_voice_state(Call& call);
Response control_cast_vote(Call& call);
/// A voice state as Discord keeps it, for the gateway's op 4 and the control API.
boost::json::object make_voice_state(World& world, Snowflake guild, Snowflake user,
                                     std::optional<Snowflake> channel, const std::string& session);

}  // namespace hikari::sandbox
