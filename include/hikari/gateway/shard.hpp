#pragma once
// One connection to Discord's gateway: the counterpart of hikari's GatewayShardImpl.
// Follows docs/events/gateway.mdx: HELLO, heartbeats, IDENTIFY / RESUME, reconnects with
// backoff, the fatal close codes, the outbound rate limit, and dispatches handed on exactly
// once and in order.

#include <hikari/core/config.hpp>
#include <hikari/core/intents.hpp>
#include <hikari/core/snowflake.hpp>
#include <hikari/core/token.hpp>
#include <hikari/gateway/compression.hpp>
#include <hikari/gateway/presence.hpp>

#include <hikari/core/task.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace hikari {

/// One dispatch (op 0) as it arrived. Nothing but the envelope has been parsed: the layer
/// above decides whether to build anything from `payload`.
struct GatewayDispatch {
    std::string_view name;     ///< "MESSAGE_CREATE"
    std::uint64_t sequence;    ///< s
    std::string_view payload;  ///< the whole payload text {"op":0,"t":..,"s":..,"d":{..}}
    /// The `d` object's text within `payload` (empty when `d` is null or not an object).
    std::string_view data{};
    /// Bytes readable past payload.end(), so SIMD parsers can read in place.
    static constexpr std::size_t padding = 64;
};

struct GatewayShardSettings {
    Token token;  ///< never logged
    Intents intents = Intents::all_unprivileged();
    unsigned shard_id = 0;
    unsigned shard_count = 1;
    std::string url = "wss://gateway.discord.gg";  ///< from GET /gateway/bot
    GatewayCompression compression = GatewayCompression::zstd_stream;
    unsigned large_threshold = 250;
    std::optional<PresenceUpdate> initial_presence{};
    bool verify_tls = true;
    std::string ca_file{};
    /// An HTTP proxy for the websocket (CONNECT tunnel). Resolved when the shard is made:
    /// a malformed URL or environment variable is a ValueError there, not at connect time.
    ProxySettings proxy{};
    std::chrono::milliseconds connect_timeout{10'000};
    /// Awaited before every IDENTIFY: the bot uses it to keep to max_concurrency windows.
    std::function<Task<void>(unsigned shard_id)> before_identify{};
    /// Called when the websocket opens (before IDENTIFY or RESUME) and when it closes or is
    /// lost; the bot turns them into ShardConnectedEvent and ShardDisconnectedEvent.
    std::function<void(unsigned shard_id)> on_connected{};
    std::function<void(unsigned shard_id)> on_disconnected{};
};

/// Options of REQUEST_GUILD_MEMBERS (op 8).
struct RequestGuildMembers {
    Snowflake guild_id;
    std::string query{};  ///< prefix of username; "" with limit 0 asks for everyone
    unsigned limit = 0;
    std::vector<Snowflake> user_ids{};
    bool presences = false;
    std::optional<std::string> nonce{};  ///< up to 32 bytes, echoed in the chunks
};

class GatewayShard {
  public:
    using DispatchHandler = std::function<void(GatewayShard&, const GatewayDispatch&)>;

    GatewayShard(boost::asio::io_context& io, GatewayShardSettings settings,
                 DispatchHandler on_dispatch);
    ~GatewayShard();
    GatewayShard(const GatewayShard&) = delete;
    GatewayShard& operator=(const GatewayShard&) = delete;

    /// Connects and returns once READY (or RESUMED) has arrived. Throws
    /// GatewayServerClosedConnectionError for a fatal close code and GatewayConnectionError
    /// when the gateway cannot be reached; after that the shard is stopped.
    Task<void> start();
    /// Sends a normal close (ending the session) and waits until the shard has stopped.
    Task<void> close();
    /// Waits until the shard stops; rethrows the fatal error that stopped it, if any.
    Task<void> join();

    /// Queues op 3. Waits if the outbound rate limit needs it.
    Task<void> update_presence(const PresenceUpdate& presence);
    /// Queues op 4. A null channel leaves voice.
    Task<void> update_voice_state(Snowflake guild_id, std::optional<Snowflake> channel_id,
                                  bool self_mute = false, bool self_deaf = false);
    /// Queues op 8. Throws MissingIntentError when the request needs an intent we lack.
    Task<void> request_guild_members(const RequestGuildMembers& request);

    [[nodiscard]] bool is_alive() const noexcept;
    [[nodiscard]] bool is_connected() const noexcept;
    [[nodiscard]] unsigned id() const noexcept;
    [[nodiscard]] unsigned shard_count() const noexcept;
    [[nodiscard]] Intents intents() const noexcept;
    /// Time between the last heartbeat and its ACK; nullopt until one was measured.
    [[nodiscard]] std::optional<std::chrono::duration<double>> heartbeat_latency() const noexcept;
    [[nodiscard]] std::optional<std::string> session_id() const;
    [[nodiscard]] std::optional<std::uint64_t> sequence() const noexcept;

    /// Counters for tests and statistics.
    struct Stats {
        std::uint64_t connects = 0;
        std::uint64_t identifies = 0;
        std::uint64_t resumes = 0;
        std::uint64_t dispatches = 0;
        std::uint64_t heartbeats_sent = 0;
        std::uint64_t zombies = 0;
        std::uint64_t bytes_in = 0;   ///< on the wire
        std::uint64_t bytes_out = 0;  ///< after decompression
    };
    [[nodiscard]] Stats stats() const noexcept;

  private:
    class Impl;
    std::shared_ptr<Impl> impl_;
};

}  // namespace hikari
