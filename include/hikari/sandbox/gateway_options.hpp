#pragma once
// The gateway tunables of hikari-sandbox (SandboxOptions::gateway): heartbeat interval,
// session start limit, identify rate, send limits. The defaults are Discord's; tests and
// demos shorten the intervals.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace hikari::sandbox {

/// Tunables of the emulated gateway; the defaults are Discord's.
struct GatewayOptions {
    std::chrono::milliseconds heartbeat_interval{41250};

    // GET /gateway/bot "session_start_limit".
    unsigned session_start_total = 1000;
    unsigned session_start_remaining = 1000;
    std::chrono::milliseconds session_start_reset_after{14'400'000};
    unsigned max_concurrency = 1;
    unsigned recommended_shards = 1;

    /// Privileged intents enabled for the application (GUILD_MEMBERS, GUILD_PRESENCES,
    /// MESSAGE_CONTENT by default); identifying with any other privileged bit closes 4014.
    std::uint64_t enabled_privileged_intents = (1ULL << 1) | (1ULL << 8) | (1ULL << 15);

    unsigned large_threshold_min = 50;
    unsigned large_threshold_max = 250;
    unsigned large_threshold_default = 50;

    /// More guilds than this per shard -> close 4011 (sharding required).
    std::size_t max_guilds_per_shard = 2500;

    /// One IDENTIFY per rate-limit bucket per this interval.
    std::chrono::milliseconds identify_interval{5000};

    /// Client -> gateway send limit: send_limit payloads per send_window, else close 4008.
    unsigned send_limit = 120;
    std::chrono::milliseconds send_window{60'000};

    /// A client whose heartbeat is this late (after the interval) is closed.
    /// Discord gives a grace period; zero means "one extra interval".
    std::chrono::milliseconds heartbeat_grace{0};
    /// How long a disconnected session stays resumable.
    std::chrono::milliseconds session_timeout{120'000};
    /// Dispatches kept per session for RESUME.
    std::size_t replay_buffer = 1000;

    /// Largest inbound payload in bytes; larger -> close 4002.
    std::size_t max_payload_size = 4096;

    /// Host the gateway is reachable at, used for resume_gateway_url ("ws://host:port").
    /// Empty: derived from the accepting socket's local endpoint.
    std::string public_url;
};

}  // namespace hikari::sandbox
