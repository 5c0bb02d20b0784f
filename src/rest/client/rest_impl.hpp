#pragma once
// The engine behind RESTClient: builds each request (URL, headers, body), waits on the rate
// limiter, sends it, learns from the answer and retries what can be retried.

#include "rest/http/http_client.hpp"
#include "rest/ratelimit/rate_limiter.hpp"
#include "rest/route.hpp"

#include <hikari/core/logging.hpp>
#include <hikari/core/token.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/rest/rest_client.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hikari {

namespace rest {

using Query = std::vector<std::pair<std::string, std::string>>;

struct RequestSpec {
    const Route* route = nullptr;
    RouteArgs args;
    Query query;
    http::Body body;
    /// X-Audit-Log-Reason.
    std::optional<std::string> reason;
    /// X-Discord-Locale.
    std::optional<std::string> locale;
    /// Any other header the route needs (X-GitHub-Event).
    std::vector<std::pair<std::string, std::string>> headers;
};

/// The User-Agent Discord asks bots to send.
inline constexpr std::string_view user_agent =
    "DiscordBot (https://github.com/hikari-cpp, 0.1.0) hikari-cpp";

}  // namespace rest

class RESTClient::Impl {
  public:
    Impl(const boost::asio::any_io_executor& executor, Token token, RESTOptions options);

    /// Sends the request until it succeeds (2xx) and returns the response; throws the typed
    /// error for any other outcome.
    Task<rest::http::Response> request(rest::RequestSpec spec);

    template <class T>
    Task<T> request_model(rest::RequestSpec spec) {
        auto response = co_await request(std::move(spec));
        // The transport leaves padding after the body, so simdjson reads it in place.
        if (response.body.capacity() - response.body.size() >= json_padding) {
            co_return from_padded_json<T>(response.body);
        }
        co_return from_json<T>(response.body);
    }

    [[nodiscard]] RESTStats stats() const;
    void close_idle() { http_.close_idle(); }
    [[nodiscard]] const boost::asio::any_io_executor& executor() const { return executor_; }

  private:
    Task<void> sleep(std::chrono::steady_clock::duration duration);
    [[nodiscard]] rest::http::Request build(rest::RequestSpec& spec,
                                            const rest::CompiledRoute& route) const;

    boost::asio::any_io_executor executor_;
    Token token_;
    RESTOptions options_;
    /// options_.rest_url, parsed once; each request's target is its path plus the route's.
    rest::http::Url base_url_;
    // The User-Agent line, and it with the Authorization line: the same on every request,
    // so written once (Request::preset_head).
    std::string preset_public_;
    std::string preset_authorized_;
    rest::http::HttpClient http_;
    rest::RateLimiter limiter_;
    log::Logger logger_;
    RESTStats stats_;
};

}  // namespace hikari
