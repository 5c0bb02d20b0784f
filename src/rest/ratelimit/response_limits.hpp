#pragma once
// The rate-limit facts of one response, read from its headers (and, for a 429, its body).

#include "rest/http/http_message.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace hikari::rest {

enum class LimitScope { none, user, global, shared };

struct ResponseLimits {
    std::optional<std::string> bucket;                         // X-RateLimit-Bucket
    std::optional<int> limit;                                  // X-RateLimit-Limit
    std::optional<int> remaining;                              // X-RateLimit-Remaining
    std::optional<std::chrono::duration<double>> reset_after;  // X-RateLimit-Reset-After
    /// X-RateLimit-Reset: epoch seconds when the window ends. Only compared between responses
    /// (never with the local clock): equal values mean the same window.
    std::optional<double> reset_epoch;
    bool global = false;  // X-RateLimit-Global or "global": true
    LimitScope scope = LimitScope::none;
    /// For 429s: retry_after from the body, else Retry-After.
    std::optional<std::chrono::duration<double>> retry_after;
};

/// Reads the headers of `response`; malformed values are ignored (treated as absent) so that
/// a proxy mangling one header cannot break every request.
[[nodiscard]] ResponseLimits read_limits(const http::Response& response);

}  // namespace hikari::rest
