#pragma once
// What a GatewayBot is built with (GatewayBotSettings) and how it starts (StartOptions,
// RunOptions): the parameters of Python hikari's GatewayBot constructor, start() and run().

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/errors.hpp>
#include <hikari/core/intents.hpp>
#include <hikari/core/logging.hpp>
#include <hikari/core/token.hpp>
#include <hikari/gateway/compression.hpp>
#include <hikari/gateway/presence.hpp>

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

struct GatewayBotSettings {
    Token token;
    Intents intents = Intents::all_unprivileged();
    CacheSettings cache_settings = {};
    HTTPSettings http_settings = {};
    ProxySettings proxy_settings = {};
    /// Where blocking work (reading files to upload) runs, e.g. a boost::asio::thread_pool's
    /// executor; nullopt runs it on the bot's own thread (see RESTOptions::blocking_executor).
    std::optional<boost::asio::any_io_executor> blocking_executor = std::nullopt;
    /// Request the members of guilds as they arrive, when allowed and needed (see
    /// GatewayBot: the GUILD_MEMBERS intent, a large guild or no GUILD_PRESENCES, and a member
    /// cache or a MemberChunkEvent listener).
    bool auto_chunk_members = true;
    /// Log levels to configure, or nullopt to leave logging as it is.
    std::optional<log::LogConfig> logs = log::LogConfig{log::Level::info};
    bool allow_colour = true;
    bool force_colour = false;
    /// Print the banner at construction.
    bool banner = true;
    /// Longest rate-limit wait the REST client accepts; nullopt: any.
    std::optional<FractionalSeconds> max_rate_limit = FractionalSeconds{300};
    int max_retries = 3;
    std::string rest_url = "https://discord.com/api/v10";
    /// Connect the shards here instead of the url from /gateway/bot.
    std::optional<std::string> gateway_url = std::nullopt;
    GatewayCompression compression = GatewayCompression::zstd_stream;
    /// Time between two IDENTIFYs of one max_concurrency bucket, and between start-up windows.
    /// Discord allows one per 5 s; the extra 0.5 s absorbs timer jitter. Lower it only for a
    /// server configured so (hikari-sandbox's GatewayOptions::identify_interval).
    std::chrono::milliseconds identify_interval{5500};
};

struct StartOptions {
    std::optional<BotActivity> activity = std::nullopt;
    bool afk = false;
    std::optional<std::chrono::system_clock::time_point> idle_since = std::nullopt;
    Status status = Status::online;
    /// Start even when /gateway/bot says fewer session starts are left than shards to start
    /// (Discord may reset the token of a bot that goes over).
    bool ignore_session_start_limit = false;
    unsigned large_threshold = 250;
    /// The shards this process runs (de-duplicated); needs shard_count. All by default.
    std::optional<std::vector<unsigned>> shard_ids = std::nullopt;
    /// The application's total shard count; the recommended count by default.
    std::optional<unsigned> shard_count = std::nullopt;
};

struct RunOptions {
    StartOptions start = {};
    /// Close gracefully on SIGINT and SIGTERM.
    bool enable_signal_handlers = true;
    /// After such a graceful close, make run() throw BotInterrupt naming the signal.
    bool propagate_interrupts = false;
};

/// start() refused to spend more session starts than /gateway/bot says are left.
class SessionStartLimitError : public HikariError {
  public:
    using HikariError::HikariError;
};

/// run() was interrupted by a signal (with RunOptions::propagate_interrupts).
class BotInterrupt : public HikariError {
  public:
    BotInterrupt(int signal_number, const std::string& signal_name)
        : HikariError("interrupted by " + signal_name), signal_(signal_number) {}
    [[nodiscard]] int signal_number() const noexcept { return signal_; }

  private:
    int signal_;
};

}  // namespace hikari
