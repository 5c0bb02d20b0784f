#pragma once
// Discord's REST rate limits: per-route buckets (shared by routes naming the same group and
// kept apart per major parameter), the global per-second limit and the invalid-request
// counter behind Cloudflare bans. Time is passed in so that tests can drive it.

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>

namespace hikari::sandbox {

struct BucketSpec {
    unsigned limit = 5;
    std::chrono::milliseconds window{1000};
};

struct BucketState {
    unsigned limit = 0;
    unsigned remaining = 0;
    std::chrono::steady_clock::time_point reset_at;
};

/// The outcome of taking one request from a bucket.
struct RateDecision {
    bool allowed = true;
    unsigned limit = 0;
    unsigned remaining = 0;
    double reset_after = 0;  // seconds until the bucket refills
    std::string bucket;      // the opaque X-RateLimit-Bucket hash
};

class RateLimiter {
  public:
    using Clock = std::chrono::steady_clock;

    /// global_per_second == 0 disables the global limit.
    explicit RateLimiter(unsigned global_per_second = 50, unsigned invalid_limit = 10'000);

    /// The spec of a group; unknown groups get `fallback`.
    void define(const std::string& group, BucketSpec spec);
    [[nodiscard]] BucketSpec spec(const std::string& group) const;
    [[nodiscard]] bool knows(const std::string& group) const { return specs_.contains(group); }
    /// Changes a group's spec and forgets its current windows (control API).
    void override_spec(const std::string& group, BucketSpec spec);
    /// The group whose hash is `hash`, if any.
    [[nodiscard]] std::optional<std::string> group_of_hash(const std::string& hash) const;
    /// Turns per-route limits off (functional tests) or on.
    void set_routes_enabled(bool enabled) { routes_enabled_ = enabled; }
    [[nodiscard]] bool routes_enabled() const { return routes_enabled_; }
    void set_global_limit(unsigned per_second) { global_limit_ = per_second; }
    [[nodiscard]] unsigned global_limit() const { return global_limit_; }

    /// Takes one request from the group's bucket for `major` (e.g. a channel id).
    RateDecision acquire(const std::string& group, const std::string& major, Clock::time_point now);
    /// Takes one request from the identity's global allowance; nullopt when allowed,
    /// otherwise the seconds to wait.
    std::optional<double> acquire_global(const std::string& identity, Clock::time_point now);

    /// Counts a 401, 403 or non-shared 429 answer.
    void record_invalid(Clock::time_point now);
    [[nodiscard]] std::size_t invalid_count(Clock::time_point now);
    /// True once invalid requests in the last 10 minutes reached the limit.
    [[nodiscard]] bool banned(Clock::time_point now) {
        return invalid_count(now) >= invalid_limit_;
    }
    void set_invalid_limit(unsigned limit) { invalid_limit_ = limit; }

    /// A stable, opaque 32-hex-digit hash of a group name.
    [[nodiscard]] static std::string hash_of(const std::string& group);

  private:
    struct GlobalWindow {
        unsigned used = 0;
        Clock::time_point reset_at;
    };

    std::map<std::string, BucketSpec> specs_;
    std::map<std::string, BucketState> states_;  // key: group + '\n' + major
    std::map<std::string, GlobalWindow> global_;
    std::deque<Clock::time_point> invalid_;
    unsigned global_limit_;
    unsigned invalid_limit_;
    bool routes_enabled_ = true;
};

}  // namespace hikari::sandbox
