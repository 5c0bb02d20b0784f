#pragma once
// How a RESTClient talks to Discord: where, through which proxy, and how patient it is.

#include <hikari/core/config.hpp>
#include <hikari/core/errors.hpp>

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace hikari {

struct RESTOptions {
    /// Base URL of the HTTP API, without a trailing slash.
    std::string rest_url = "https://discord.com/api/v10";
    HTTPSettings http_settings = {};
    ProxySettings proxy_settings = {};
    /// Longest rate-limit wait accepted; a longer one raises RateLimitTooLongError instead of
    /// sleeping. nullopt waits however long Discord asks.
    std::optional<FractionalSeconds> max_rate_limit = FractionalSeconds{300};
    /// Retries of a request that failed with a 5xx status or a network error.
    int max_retries = 3;
    /// First delay between such retries; doubled each time (with jitter), capped at 16s.
    std::chrono::milliseconds retry_backoff{1000};
    /// Requests per second allowed across the bot (Discord's global limit); 0 for none.
    int global_rate_limit = 50;
    /// Where blocking work runs: files attached from disk are opened and read there, a piece
    /// at a time, so a slow disk never stalls the event loop (hikari's `executor`). Give it a
    /// boost::asio::thread_pool's executor; nullopt reads on the client's own thread.
    std::optional<boost::asio::any_io_executor> blocking_executor = std::nullopt;

    /// Throws ValueError naming the bad field (settings included).
    void validate() const;
};

}  // namespace hikari
