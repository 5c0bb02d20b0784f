#pragma once
// A gateway session: what IDENTIFY created and RESUME continues. It outlives its
// connection for GatewayOptions::session_timeout so that a dropped client can resume, and
// keeps the last dispatches it was sent for the replay.

#include "sandbox/gateway/identify_queue.hpp"

#include <hikari/core/snowflake.hpp>

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {

class Connection;

struct Session {
    std::string id;
    unsigned shard_id = 0;
    unsigned shard_count = 1;
    std::uint64_t intents = 0;
    unsigned large_threshold = 50;
    std::uint64_t seq = 0;
    std::uint64_t dispatches_sent = 0;
    /// Commands other than heartbeats, identify and resume (presence, voice, members...).
    std::uint64_t commands_received = 0;
    /// The presence of IDENTIFY or of the latest op 3 (null when none was sent).
    std::string presence = "null";
    std::size_t replay_limit = 1000;
    /// (seq, frame) of the most recent dispatches, oldest first.
    std::deque<std::pair<std::uint64_t, std::string>> replay;
    std::shared_ptr<Connection> connection;  // null while disconnected
    GatewayClock::time_point detached_at{};

    /// Whether events of `guild` go to this session: (guild_id >> 22) % shard_count ==
    /// shard_id; events without a guild go to shard 0 only (gateway.mdx "Sharding").
    [[nodiscard]] bool owns(std::optional<Snowflake> guild) const;

    /// Assigns the next sequence number, keeps the frame for replay and sends it if the
    /// session is connected.
    void emit(std::string_view event_name, std::string_view serialized_data);

    /// For callers that build frames themselves (flood mode): an empty string, reusing the
    /// storage of the replay entry that is about to fall out of the window.
    std::string reusable_frame();
    /// Keeps an already sent frame for the replay.
    void keep_for_replay(std::uint64_t frame_seq, std::string frame);
};

/// 32 random hexadecimal characters, like Discord's session ids.
std::string random_session_id();

}  // namespace hikari::sandbox
