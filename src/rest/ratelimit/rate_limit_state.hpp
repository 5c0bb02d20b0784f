#pragma once
// The REST rate-limit bookkeeping without any I/O or sleeping: which bucket a request falls in,
// whether it may go now or how long it must wait, and what each response teaches. Time is a
// parameter so that tests drive it with a fake clock; rate_limiter.hpp adds the waiting.
//
// Buckets are keyed by the X-RateLimit-Bucket hash a route was seen to answer with (routes with
// the same hash share it) plus the major parameter. A route whose hash is not known yet lets
// one request through at a time until a response tells its limits, so that a burst on a fresh
// route cannot cause 429s. Requests take their slot from `remaining` before they are sent.

#include "rest/ratelimit/invalid_requests.hpp"
#include "rest/ratelimit/response_limits.hpp"
#include "rest/route.hpp"

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::rest {

struct RateLimitOptions {
    /// Requests per global window; 0 turns the global limit off.
    int global_limit = 50;
    std::chrono::milliseconds global_window{1000};
    /// Added to every reset time: covers clock rounding and latency differences.
    std::chrono::milliseconds margin{20};
};

class RateLimitState {
  public:
    using Clock = std::chrono::steady_clock;
    using Duration = Clock::duration;

    /// What to do with a request.
    struct Decision {
        enum class Kind {
            go,                 // sent now; pass `ticket` back to on_response / on_failure
            wait,               // try again after `wait`
            wait_for_response,  // the bucket is being discovered: try again after a response
        };
        Kind kind = Kind::go;
        Duration wait{};
        bool global = false;  // the wait comes from the global limit
        /// The bucket key a `go` reserved a slot in. It views the state's own copy of the key,
        /// which stays while the slot is held (until on_response or on_failure).
        std::string_view ticket;
        /// For a `go` that took a global slot: 1 + the slot's number (for on_answered); else 0.
        std::uint64_t global_slot = 0;
        int limit = 0;
        int remaining = 0;
    };

    explicit RateLimitState(RateLimitOptions options = {});

    Decision try_acquire(const CompiledRoute& route, Clock::time_point now);
    /// Learns from a response to a request that got `ticket`. Returns the invalid-request
    /// threshold just crossed, if any.
    std::optional<std::size_t> on_response(const CompiledRoute& route, std::string_view ticket,
                                           unsigned status, const ResponseLimits& limits,
                                           Clock::time_point now);
    /// The request that took `global_slot` (0: none) was answered, or failed, at `at`: the
    /// server saw it then at the latest. Its global slot then counts from `at` if that is
    /// later than the send. The server counts arrivals, and a send says little about when a
    /// request arrives: the first requests of a client wait for connections to open, and a
    /// server slow to read lets a burst arrive late and close together, while the next
    /// window's first sends arrive at once. Counting from the answer never counts a request
    /// out of the window before the server does, at the cost of each request's latency.
    void on_answered(std::uint64_t global_slot, Clock::time_point at);
    /// The request got no response (network failure): its reserved slot is released.
    void on_failure(std::string_view ticket);

    /// The hash learnt for a route key ("GET /channels/{channel_id}"), if any.
    [[nodiscard]] std::optional<std::string> bucket_hash(const std::string& route_key) const;
    [[nodiscard]] std::size_t invalid_requests(Clock::time_point now) {
        return invalid_.count(now);
    }
    [[nodiscard]] const RateLimitOptions& options() const noexcept { return options_; }

  private:
    struct Bucket {
        bool known = false;      // a response told its limits (or that it has none)
        bool unlimited = false;  // responses carry no limit headers
        int limit = 1;
        int remaining = 1;
        Clock::time_point reset_at{};
        /// Longest reset-after seen: the assumed length of a window refilled locally.
        Duration window{};
        /// X-RateLimit-Reset of the window `remaining` belongs to, when known.
        std::optional<double> reset_epoch;
        int in_flight = 0;
    };

    /// Writes the bucket key of `route` into key_scratch_.
    const std::string& key_of(const CompiledRoute& route);
    /// Writes route.key() into route_scratch_.
    const std::string& route_key_of(const CompiledRoute& route);
    std::optional<Decision> check_global(const CompiledRoute& route, Clock::time_point now);

    RateLimitOptions options_;
    // Looked up by views of reused strings (std::less<>), so a lookup allocates nothing.
    std::map<std::string, std::string, std::less<>> hashes_;  // route key -> bucket hash
    std::map<std::string, Bucket, std::less<>> buckets_;      // bucket key -> state
    /// When each send of the last global window was made, or written when that is later:
    /// oldest first (not sorted once later writes move times on; that only keeps a slot longer).
    std::deque<Clock::time_point> global_sent_;
    std::uint64_t global_popped_ = 0;  // sends that have left global_sent_
    Clock::time_point global_blocked_until_{};
    InvalidRequestCounter invalid_;
    std::string key_scratch_;
    std::string route_scratch_;
};

}  // namespace hikari::rest
