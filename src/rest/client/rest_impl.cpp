#include "rest/client/rest_impl.hpp"

#include "rest/ratelimit/response_limits.hpp"

#include <hikari/rest/transport_error.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>
#include <random>

namespace hikari {

namespace asio = boost::asio;
using rest::http::Response;

namespace {

bool is_retryable_status(unsigned status) {
    return status == 500 || status == 502 || status == 503 || status == 504;
}

bool is_json(const Response& response) {
    auto type = response.header("content-type");
    return type && type->find("json") != std::string_view::npos;
}

}  // namespace

void RESTOptions::validate() const {
    http_settings.validate();
    proxy_settings.validate();
    if (rest_url.empty() || rest_url.back() == '/') {
        throw ValueError("rest_url must be a URL without a trailing '/'");
    }
    (void)rest::http::parse_url(rest_url);
    if (max_retries < 0) throw ValueError("max_retries must not be negative");
    if (retry_backoff < std::chrono::milliseconds::zero()) {
        throw ValueError("retry_backoff must not be negative");
    }
    if (global_rate_limit < 0) throw ValueError("global_rate_limit must not be negative");
    if (max_rate_limit && max_rate_limit->count() < 0) {
        throw ValueError("max_rate_limit must not be negative");
    }
}

RESTClient::Impl::Impl(const asio::any_io_executor& executor, Token token, RESTOptions options)
    : executor_(executor),
      token_(std::move(token)),
      options_((options.validate(), std::move(options))),
      base_url_(rest::http::parse_url(options_.rest_url)),
      preset_public_("User-Agent: " + std::string(rest::user_agent) + "\r\n"),
      preset_authorized_(preset_public_ + "Authorization: " + token_.authorization() + "\r\n"),
      http_(executor, options_.http_settings, options_.proxy_settings.resolve()),
      limiter_(executor, rest::RateLimitOptions{.global_limit = options_.global_rate_limit},
               options_.max_rate_limit),
      logger_(log::get("hikari.rest")) {
    // A rest_url without a path parses with target "/"; route paths bring their own slash.
    if (base_url_.target == "/") base_url_.target.clear();
}

RESTStats RESTClient::Impl::stats() const {
    RESTStats out = stats_;
    out.connections_opened = http_.connections_opened();
    return out;
}

Task<void> RESTClient::Impl::sleep(std::chrono::steady_clock::duration duration) {
    asio::steady_timer timer(executor_, duration);
    co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
}

rest::http::Request RESTClient::Impl::build(rest::RequestSpec& spec,
                                            const rest::CompiledRoute& route) const {
    rest::http::Request request;
    request.method = std::string(spec.route->method());
    // Interaction and webhook-token routes are authenticated by the token in their path.
    request.preset_head = route.route->token_in_path() ? preset_public_ : preset_authorized_;
    request.preset_head_public = preset_public_;
    if (spec.reason) {
        request.headers.emplace_back("X-Audit-Log-Reason", rest::encode_component(*spec.reason));
    }
    if (spec.locale) request.headers.emplace_back("X-Discord-Locale", *spec.locale);
    for (auto& header : spec.headers) request.headers.push_back(std::move(header));
    request.body = std::move(spec.body);
    if (options_.blocking_executor) {
        for (auto& chunk : request.body.chunks) {
            if (auto* file = std::get_if<rest::http::FileChunk>(&chunk)) {
                file->reader = options_.blocking_executor;
            }
        }
    }
    return request;
}

Task<Response> RESTClient::Impl::request(rest::RequestSpec spec) {
    const rest::CompiledRoute route = rest::compile(*spec.route, spec.args);
    std::string query;
    for (std::size_t i = 0; i < spec.query.size(); ++i) {
        query += i == 0 ? '?' : '&';
        query += rest::encode_component(spec.query[i].first);
        query += '=';
        query += rest::encode_component(spec.query[i].second);
    }
    rest::http::Url target;
    target.scheme = base_url_.scheme;
    target.host = base_url_.host;
    target.port = base_url_.port;
    target.target.reserve(base_url_.target.size() + route.path.size() + query.size());
    target.target += base_url_.target;
    target.target += route.path;
    target.target += query;
    // The URL as logs and errors show it, built only for them. Token routes carry a secret
    // in the path: the template is shown instead.
    auto shown = [&] {
        if (route.route->token_in_path()) return route.key();
        std::string out;
        out.reserve(options_.rest_url.size() + route.path.size() + query.size());
        out += options_.rest_url;
        out += route.path;
        out += query;
        return out;
    };
    const rest::http::Request request = build(spec, route);

    int failures = 0;
    auto backoff = [&]() {
        const auto base = options_.retry_backoff * (1LL << std::min(failures - 1, 4));
        thread_local std::mt19937 rng{std::random_device{}()};
        const auto jitter = std::uniform_int_distribution<long long>(0, base.count() / 4 + 1)(rng);
        return std::min<std::chrono::milliseconds>(base + std::chrono::milliseconds(jitter),
                                                   std::chrono::seconds(16));
    };

    for (;;) {
        rest::RateLimiter::Ticket ticket = limiter_.try_acquire_now(route);
        if (ticket.bucket.empty()) {
            const std::string url = shown();
            ticket = co_await limiter_.acquire(route, url);
        }
        Response response;
        std::optional<std::chrono::milliseconds> retry_in;
        try {
            ++stats_.requests_sent;
            response = co_await http_.send(request, target);
        } catch (const HTTPTransportError& e) {
            // The server may have read the request before the connection failed.
            limiter_.on_answered(ticket, rest::RateLimitState::Clock::now());
            limiter_.on_failure(ticket);
            if (++failures > options_.max_retries) throw;
            ++stats_.retries;
            retry_in = backoff();
            logger_.warning("{} {} failed ({}); retry {} of {} in {}ms", request.method, shown(),
                            redact(e.message(), token_), failures, options_.max_retries,
                            retry_in->count());
        } catch (...) {
            limiter_.on_answered(ticket, rest::RateLimitState::Clock::now());
            limiter_.on_failure(ticket);
            throw;
        }
        if (retry_in) {
            // Awaiting is not allowed inside a handler, hence the detour.
            co_await sleep(*retry_in);
            continue;
        }
        const rest::ResponseLimits limits = rest::read_limits(response);
        limiter_.on_answered(ticket, rest::RateLimitState::Clock::now());
        limiter_.on_response(route, ticket, response.status, limits);
        if (logger_.should_log(log::Level::trace)) {
            logger_.trace("{} {} -> {}", request.method, shown(), response.status);
        }

        if (response.status >= 200 && response.status < 300) co_return response;

        if (response.status == 429 && is_json(response)) {
            ++stats_.rate_limited_responses;
            const FractionalSeconds retry_after = limits.retry_after.value_or(FractionalSeconds(1));
            limiter_.check_wait(route, shown(), retry_after, limits.global,
                                limits.limit.value_or(0), limits.remaining.value_or(0));
            logger_.warning("{} {} hit a {} rate limit; retrying in {:.3f}s", request.method,
                            shown(),
                            limits.global                              ? "global"
                            : limits.scope == rest::LimitScope::shared ? "shared"
                                                                       : "route",
                            retry_after.count());
            continue;  // the limiter now holds the request back for retry_after
        }
        if (is_retryable_status(response.status) && failures < options_.max_retries) {
            ++failures;
            ++stats_.retries;
            const auto wait = backoff();
            logger_.warning("{} {} answered {}; retry {} of {} in {}ms", request.method, shown(),
                            response.status, failures, options_.max_retries, wait.count());
            co_await sleep(wait);
            continue;
        }
        throw_http_response_error(static_cast<int>(response.status), shown(),
                                  redact(response.body, token_), response.headers.to_vector());
    }
}

}  // namespace hikari
