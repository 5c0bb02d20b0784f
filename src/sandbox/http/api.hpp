#pragma once
// The emulated REST API minus the sockets: authentication, fault injection, the global and
// per-route rate limits, routing to handlers and the /_sandbox control API.

#include "sandbox/http/context.hpp"
#include "sandbox/http/rate_limiter.hpp"
#include "sandbox/http/request.hpp"
#include "sandbox/http/router.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace hikari::sandbox {

struct ApiOptions {
    unsigned global_limit = 50;       // requests per second per token; 0 = unlimited
    unsigned invalid_limit = 10'000;  // 401/403/429 per 10 minutes before a Cloudflare ban
    bool route_limits = true;         // per-route buckets on/off
    std::string gateway_url = "ws://127.0.0.1";
};

class Api {
  public:
    Api(World& world, GatewayLink& gateway, ApiOptions options);

    /// Serves one request; never throws.
    Response handle(const Request& request);

    void set_gateway_url(std::string url) { options_.gateway_url = std::move(url); }
    [[nodiscard]] const std::string& gateway_url() const { return options_.gateway_url; }
    [[nodiscard]] ApiContext& context() { return context_; }
    [[nodiscard]] RateLimiter& limiter() { return limiter_; }
    [[nodiscard]] const Router& router() const { return router_; }

    /// Answers the next `count` REST calls with `status` (control API).
    struct Fault {
        unsigned count = 0;
        unsigned status = 500;
        double retry_after = 1.0;
        bool global = false;
        /// A 429 of a shared resource (X-RateLimit-Scope: shared): not the bot's fault, so it
        /// counts towards no invalid-request ban.
        bool shared = false;
    };
    void set_fault(Fault fault) { fault_ = fault; }

    struct Stats {
        std::map<std::string, std::uint64_t> calls;  // "GET /channels/{channel_id}" -> n
        std::uint64_t total = 0;
        std::uint64_t rate_limited = 0;
        std::uint64_t faults_served = 0;
        std::uint64_t cloudflare_bans = 0;
        /// When the first and the latest authenticated API call arrived: the span a load
        /// test divides its calls by to get the throughput the server saw.
        std::optional<RateLimiter::Clock::time_point> first_call;
        std::optional<RateLimiter::Clock::time_point> last_call;
    };
    [[nodiscard]] const Stats& stats() const { return stats_; }

  private:
    Response handle_api(const Request& request, std::string_view path);
    Response handle_control(const Request& request, std::string_view path);
    void register_control_routes();
    Response fault_response();
    Response rate_limited(double retry_after, bool global, std::string_view scope);

    World& world_;
    ApiOptions options_;
    ApiContext context_;
    RateLimiter limiter_;
    Router router_;
    Router control_;
    Fault fault_;
    Stats stats_;
};

}  // namespace hikari::sandbox
