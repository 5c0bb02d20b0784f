// HTTP, state and entity errors. The gateway errors live in errors_gateway.cpp and the
// response-body parsing in errors_http_response.cpp.

#include "core/text.hpp"

#include <hikari/core/errors.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace hikari {

namespace {

using detail::iequals;

std::string_view reason_phrase(int status) noexcept {
    switch (status) {
        case 400:
            return "Bad Request";
        case 401:
            return "Unauthorized";
        case 403:
            return "Forbidden";
        case 404:
            return "Not Found";
        case 405:
            return "Method Not Allowed";
        case 413:
            return "Payload Too Large";
        case 429:
            return "Too Many Requests";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        case 504:
            return "Gateway Timeout";
        default:
            return "";
    }
}

std::string_view status_hint(int status) noexcept {
    switch (status) {
        case 400:
            return "Discord rejected the request's content: fix the fields listed above.";
        case 401:
            return "Check that the bot token is correct and has not been reset in the Developer "
                   "Portal.";
        case 403:
            return "The bot lacks a permission or access to this resource: check its role "
                   "permissions, the channel's permission overwrites and the OAuth2 scopes it was "
                   "invited with.";
        case 404:
            return "The resource does not exist (was it deleted?) or the bot cannot see it: check "
                   "the ids used.";
        case 429:
            return "The request was rate limited: wait for retry_after before sending it again.";
        default:
            break;
    }
    if (status >= 400 && status < 500) {
        return "The request was rejected; sending it again unchanged will fail the same way.";
    }
    if (status >= 500 && status < 600) {
        return "Discord (or a proxy in between) failed to handle the request: retry later, and "
               "check https://discordstatus.com if it keeps happening.";
    }
    return "hikari did not expect this response status: check the URL, and any proxy in between.";
}

// Non-JSON bodies (an HTML page from a proxy, say) are shown, but only their start.
std::string body_excerpt(std::string_view body) {
    constexpr std::size_t shown = 200;
    std::string out;
    for (char c : body.substr(0, shown)) {
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    if (body.size() > shown) out += "...";
    return out;
}

std::string describe_response(const HTTPResponseDetails& d) {
    std::string what = std::to_string(d.status);
    if (auto phrase = reason_phrase(d.status); !phrase.empty()) {
        what += ' ';
        what += phrase;
    }
    if (!d.message.empty()) {
        what += ": ";
        what += d.message;
    }
    if (d.code != 0) what += fmt::format(" (Discord error code {})", d.code);
    what += " for ";
    what += d.url.empty() ? std::string{"<unknown URL>"} : d.url;
    for (const auto& e : d.errors) {
        what += fmt::format("\n  {}: {}", e.path.empty() ? "<body>" : e.path, e.message);
        if (!e.code.empty()) what += fmt::format(" [{}]", e.code);
    }
    if (d.code == 0 && d.message.empty() && d.errors.empty() && !d.body.empty()) {
        what += "\n  response body: ";
        what += body_excerpt(d.body);
    }
    what += '\n';
    what += status_hint(d.status);
    return what;
}

std::string seconds_text(FractionalSeconds s) {
    return fmt::format("{:.3f}s", s.count());
}

}  // namespace

HTTPError::HTTPError(const std::string& message, const std::string& url)
    : HTTPError(message, url, message + " (" + url + ")") {}

HTTPError::HTTPError(std::string message, std::string url, const std::string& what)
    : HikariError(what), message_(std::move(message)), url_(std::move(url)) {}

HTTPResponseError::HTTPResponseError(HTTPResponseDetails details)
    : HTTPError(details.message, details.url, describe_response(details)),
      details_(std::move(details)) {}

std::optional<std::string_view> HTTPResponseError::header(std::string_view name) const {
    for (const auto& [key, value] : details_.headers) {
        if (iequals(key, name)) return std::string_view{value};
    }
    return std::nullopt;
}

void HTTPResponseError::raise() const {
    throw *this;
}
void ClientHTTPResponseError::raise() const {
    throw *this;
}
void BadRequestError::raise() const {
    throw *this;
}
void UnauthorizedError::raise() const {
    throw *this;
}
void ForbiddenError::raise() const {
    throw *this;
}
void NotFoundError::raise() const {
    throw *this;
}
void InternalServerError::raise() const {
    throw *this;
}
void RateLimitedError::raise() const {
    throw *this;
}

namespace {
std::string describe_rate_limit(const RateLimitDetails& d) {
    return fmt::format(
        "{} rate limit on {} would need a wait of {}, more than the allowed maximum of {} "
        "(limit {}, remaining {}, resets after {}); retry later or raise max_rate_limit",
        d.is_global ? "global" : "route", d.route.empty() ? "<unknown route>" : d.route,
        seconds_text(d.retry_after), seconds_text(d.max_retry_after), d.limit, d.remaining,
        seconds_text(d.reset_after));
}
}  // namespace

RateLimitTooLongError::RateLimitTooLongError(RateLimitDetails details, const std::string& url)
    : HTTPError(describe_rate_limit(details), url, describe_rate_limit(details) + " (" + url + ")"),
      details_(std::move(details)) {}

ComponentStateConflictError::ComponentStateConflictError(std::string reason)
    : HikariError(reason), reason_(std::move(reason)) {}

namespace {
std::string describe_missing_intents(Intents missing) {
    std::string what = "missing gateway intent(s) " + missing.to_string() +
                       ": add them to the intents the bot is started with";
    if (missing.is_privileged()) {
        what += ", and enable the privileged ones (" +
                (missing & Intents::privileged()).to_string() + ") in the Developer Portal";
    }
    return what;
}
}  // namespace

MissingIntentError::MissingIntentError(Intents missing)
    : ValueError(describe_missing_intents(missing)), intents_(missing) {}

namespace {
std::string describe_bulk_delete(std::size_t deleted, std::size_t not_deleted) {
    return fmt::format(
        "bulk delete stopped after deleting {} of {} message(s); not_deleted() lists the rest, "
        "which can be deleted again (messages older than 14 days must be deleted one by one)",
        deleted, deleted + not_deleted);
}
}  // namespace

BulkDeleteError::BulkDeleteError(std::vector<Snowflake> deleted, std::vector<Snowflake> not_deleted)
    : HikariError(describe_bulk_delete(deleted.size(), not_deleted.size())),
      deleted_(std::move(deleted)),
      not_deleted_(std::move(not_deleted)) {}

double BulkDeleteError::percentage_completion() const noexcept {
    const auto total = deleted_.size() + not_deleted_.size();
    if (total == 0) return 100.0;
    return 100.0 * static_cast<double>(deleted_.size()) / static_cast<double>(total);
}

UnrecognisedEntityError::UnrecognisedEntityError(std::string reason)
    : HikariError(reason + " (this hikari-cpp version does not know it; updating may help)"),
      reason_(std::move(reason)) {}

}  // namespace hikari
