#include "sandbox/http/api.hpp"

#include "sandbox/http/api_error.hpp"
#include "sandbox/http/call.hpp"
#include "sandbox/http/oauth2_grants.hpp"
#include "sandbox/http/routes.hpp"
#include "sandbox/http/search_index.hpp"

#include <boost/json/serialize.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>

namespace hikari::sandbox {

namespace json = boost::json;

Response Response::json(unsigned status, const json::value& body) {
    Response r;
    r.status = status;
    r.body = json::serialize(body);
    return r;
}

namespace {

std::string fixed3(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

/// The top-level resource of a request, which keeps buckets apart.
std::string major_of(const std::map<std::string, std::string>& params) {
    for (const char* key : {"channel_id", "guild_id"}) {
        if (auto it = params.find(key); it != params.end()) return it->second;
    }
    if (auto it = params.find("webhook_id"); it != params.end()) {
        auto token = params.find("webhook_token");
        return it->second + (token == params.end() ? "" : "/" + token->second);
    }
    if (auto it = params.find("interaction_id"); it != params.end()) {
        auto token = params.find("interaction_token");
        return it->second + (token == params.end() ? "" : "/" + token->second);
    }
    return {};
}

}  // namespace

Api::Api(World& world, GatewayLink& gateway, ApiOptions options)
    : world_(world),
      options_(std::move(options)),
      context_(world, gateway),
      limiter_(options_.global_limit, options_.invalid_limit) {
    limiter_.set_routes_enabled(options_.route_limits);
    define_default_buckets(limiter_);
    define_feature_buckets(limiter_);
    add_gateway_routes(router_, *this);
    add_user_routes(router_);
    add_channel_routes(router_);
    add_message_routes(router_);
    add_pin_routes(router_);
    add_reaction_routes(router_);
    add_thread_routes(router_);
    add_thread_search_routes(router_);
    add_message_search_routes(router_);
    add_invite_routes(router_);
    add_emoji_routes(router_);
    add_sticker_routes(router_);
    add_scheduled_event_routes(router_);
    add_stage_voice_routes(router_);
    add_poll_routes(router_);
    add_soundboard_routes(router_);
    add_guild_routes(router_);
    add_member_routes(router_);
    add_command_routes(router_);
    add_interaction_routes(router_);
    add_webhook_routes(router_);
    add_audit_log_routes(router_);
    add_guild_admin_routes(router_);
    add_auto_moderation_routes(router_);
    add_guild_settings_routes(router_);
    add_webhook_admin_routes(router_);
    add_application_routes(router_);
    add_guild_template_routes(router_);
    add_guild_info_routes(router_);
    add_guild_join_routes(router_);
    add_oauth2_routes(router_);
    add_lobby_routes(router_);
    add_partner_sdk_routes(router_);
    add_monetization_routes(router_);
    register_control_routes();
    add_feature_control_routes(control_);
    add_guild_info_control_routes(control_);
    add_guild_join_control_routes(control_);
    add_oauth2_control_routes(control_);
    add_application_control_routes(control_);
    add_search_index_control_routes(control_);
}

Response Api::handle(const Request& request) {
    try {
        std::string_view path = request.path;
        if (path == "/_sandbox" || path.starts_with("/_sandbox/")) {
            return handle_control(request, path.substr(std::string_view("/_sandbox").size()));
        }
        if (limiter_.banned(RateLimiter::Clock::now())) {
            // What Cloudflare serves a banned IP: HTML, no Discord headers.
            ++stats_.cloudflare_bans;
            Response r;
            r.status = 429;
            r.content_type = "text/html; charset=UTF-8";
            r.body =
                "<!DOCTYPE html><html><head><title>Access denied | discord.com used Cloudflare "
                "to restrict access</title></head><body><h1>Error 1015</h1><p>You are being rate "
                "limited.</p><p>error code: 1015</p></body></html>";
            r.headers.emplace_back("Retry-After", "600");
            return r;
        }
        for (std::string_view prefix : {"/api/v10", "/api/v9"}) {
            if (path.starts_with(prefix) &&
                (path.size() == prefix.size() || path[prefix.size()] == '/')) {
                return handle_api(request, path.substr(prefix.size()));
            }
        }
        return Response::json(404, api_errors::not_found().body());
    } catch (const ApiError& e) {
        return Response::json(e.status(), e.body());
    } catch (const std::exception& e) {
        return Response::json(
            500, json::object{
                     {"message", "500: Internal Server Error"}, {"code", 0}, {"detail", e.what()}});
    }
}

Response Api::rate_limited(double retry_after, bool global, std::string_view scope) {
    ++stats_.rate_limited;
    Response r =
        Response::json(429, json::object{{"message", "You are being rate limited."},
                                         {"retry_after", std::round(retry_after * 1000) / 1000},
                                         {"global", global}});
    r.headers.emplace_back("Retry-After",
                           std::to_string(static_cast<long long>(std::ceil(retry_after))));
    if (global) r.headers.emplace_back("X-RateLimit-Global", "true");
    r.headers.emplace_back("X-RateLimit-Scope", std::string(scope));
    if (scope != "shared") limiter_.record_invalid(RateLimiter::Clock::now());
    return r;
}

Response Api::fault_response() {
    --fault_.count;
    ++stats_.faults_served;
    if (fault_.status == 429) {
        const char* scope = fault_.global ? "global" : fault_.shared ? "shared" : "user";
        return rate_limited(fault_.retry_after, fault_.global, scope);
    }
    static const std::map<unsigned, std::string> messages{{500, "500: Internal Server Error"},
                                                          {502, "502: Bad Gateway"},
                                                          {503, "503: Service Unavailable"}};
    auto it = messages.find(fault_.status);
    return Response::json(
        fault_.status,
        json::object{{"message", it == messages.end() ? "error" : it->second}, {"code", 0}});
}

Response Api::handle_api(const Request& request, std::string_view path) {
    const auto now = RateLimiter::Clock::now();
    RouteMatch match = router_.match(request.method, path);
    if (!match.route) {
        auto error = match.path_exists ? api_errors::method_not_allowed() : api_errors::not_found();
        return Response::json(error.status(), error.body());
    }
    const Route& route = *match.route;
    std::string identity = "ip:" + request.client;
    if (route.authenticated) {
        const std::string* auth = request.header("authorization");
        const bool bot = route.bot_token && auth && *auth == "Bot " + world_.token();
        const bool bearer = !bot && route.bearer && auth && find_grant(world_, *auth);
        if (!bot && !bearer) {
            limiter_.record_invalid(now);
            return Response::json(401, api_errors::unauthorized().body());
        }
        identity = bot ? "token" : *auth;
    }
    ++stats_.total;
    ++stats_.calls[route.key()];
    if (!stats_.first_call) stats_.first_call = now;
    stats_.last_call = now;
    if (fault_.count > 0) return fault_response();
    if (route.global_limited) {
        if (auto wait = limiter_.acquire_global(identity, now)) {
            return rate_limited(*wait, true, "global");
        }
    }

    const RateDecision decision = limiter_.acquire(route.group, major_of(match.params), now);
    const double epoch_now =
        std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    auto add_limit_headers = [&](Response& r) {
        r.headers.emplace_back("X-RateLimit-Limit", std::to_string(decision.limit));
        r.headers.emplace_back("X-RateLimit-Remaining", std::to_string(decision.remaining));
        r.headers.emplace_back("X-RateLimit-Reset", fixed3(epoch_now + decision.reset_after));
        r.headers.emplace_back("X-RateLimit-Reset-After", fixed3(decision.reset_after));
        r.headers.emplace_back("X-RateLimit-Bucket", decision.bucket);
    };
    if (!decision.allowed) {
        Response r = rate_limited(decision.reset_after, false, "user");
        add_limit_headers(r);
        return r;
    }

    Response response;
    try {
        Call call(request, std::move(match.params), context_);
        response = route.handler(call);
    } catch (const ApiError& e) {
        response = Response::json(e.status(), e.body());
    }
    if (response.status == 401 || response.status == 403) limiter_.record_invalid(now);
    // With route limits off there is no bucket to advertise: a limit the server does not
    // enforce, with a window that slides on every answer, would make a client wait for it.
    if (limiter_.routes_enabled()) add_limit_headers(response);
    return response;
}

Response Api::handle_control(const Request& request, std::string_view path) {
    RouteMatch match = control_.match(request.method, path);
    if (!match.route) {
        auto error = match.path_exists ? api_errors::method_not_allowed() : api_errors::not_found();
        return Response::json(error.status(), error.body());
    }
    try {
        Call call(request, std::move(match.params), context_);
        return match.route->handler(call);
    } catch (const ApiError& e) {
        return Response::json(e.status(), e.body());
    } catch (const HikariError& e) {
        // Bad control arguments (e.g. an unknown gateway action).
        return Response::json(400, json::object{{"message", e.what()}, {"code", 0}});
    }
}

}  // namespace hikari::sandbox
