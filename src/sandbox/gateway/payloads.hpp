#pragma once
// Serialisation of the gateway's outbound frames, in Discord's field order ("t", "s", "op",
// "d"); "t" and "s" are null for every opcode but 0 (gateway-events.mdx "Payload Structure").

#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace hikari::sandbox {

enum class Opcode : int {
    dispatch = 0,
    heartbeat = 1,
    identify = 2,
    presence_update = 3,
    voice_state_update = 4,
    resume = 6,
    reconnect = 7,
    request_guild_members = 8,
    invalid_session = 9,
    hello = 10,
    heartbeat_ack = 11,
    request_soundboard_sounds = 31,
    request_channel_info = 43,
};

/// A non-dispatch frame: {"t":null,"s":null,"op":op,"d":d}.
std::string control_payload(Opcode op, const boost::json::value& d);
/// A dispatch frame around an already serialised "d".
std::string dispatch_payload(std::string_view event_name, std::uint64_t seq,
                             std::string_view serialized_data);
/// Appends what comes before "d" in a dispatch frame; the caller appends d and '}'.
void append_dispatch_head(std::string& out, std::string_view event_name, std::uint64_t seq);

/// Gateway close codes (opcodes-and-status-codes.mdx "Gateway Close Event Codes").
namespace close_code {
inline constexpr std::uint16_t unknown_error = 4000;
inline constexpr std::uint16_t unknown_opcode = 4001;
inline constexpr std::uint16_t decode_error = 4002;
inline constexpr std::uint16_t not_authenticated = 4003;
inline constexpr std::uint16_t authentication_failed = 4004;
inline constexpr std::uint16_t already_authenticated = 4005;
inline constexpr std::uint16_t invalid_seq = 4007;
inline constexpr std::uint16_t rate_limited = 4008;
inline constexpr std::uint16_t session_timed_out = 4009;
inline constexpr std::uint16_t invalid_shard = 4010;
inline constexpr std::uint16_t sharding_required = 4011;
inline constexpr std::uint16_t invalid_api_version = 4012;
inline constexpr std::uint16_t invalid_intents = 4013;
inline constexpr std::uint16_t disallowed_intents = 4014;
}  // namespace close_code

/// The reason text sent with a close code ("Decode error.", ...).
std::string_view close_reason(std::uint16_t code) noexcept;

/// Whether a session survives the connection being closed with `code` by the server.
bool close_keeps_session(std::uint16_t code) noexcept;

}  // namespace hikari::sandbox
