#pragma once
// Identify admission: max_concurrency buckets (rate_limit_key = shard_id % max_concurrency,
// one IDENTIFY per bucket per interval) and the daily session start limit of
// GET /gateway/bot. Times are passed in so tests need not sleep.

#include <chrono>
#include <cstdint>
#include <unordered_map>

namespace hikari::sandbox {

using GatewayClock = std::chrono::steady_clock;

class IdentifyQueue {
  public:
    IdentifyQueue(unsigned max_concurrency, std::chrono::milliseconds interval);

    /// True (and the bucket is taken) when shard_id may identify at `now`.
    bool try_acquire(unsigned shard_id, GatewayClock::time_point now);

    [[nodiscard]] unsigned max_concurrency() const noexcept { return max_concurrency_; }

  private:
    unsigned max_concurrency_;
    std::chrono::milliseconds interval_;
    std::unordered_map<unsigned, GatewayClock::time_point> last_identify_;
};

class SessionStartLimit {
  public:
    SessionStartLimit(unsigned total, unsigned remaining, std::chrono::milliseconds reset_after,
                      unsigned max_concurrency);

    /// Consumes one session start; false when none is left in the current window.
    bool try_consume(GatewayClock::time_point now);

    [[nodiscard]] unsigned total() const noexcept { return total_; }
    [[nodiscard]] unsigned remaining(GatewayClock::time_point now);
    [[nodiscard]] std::chrono::milliseconds reset_after(GatewayClock::time_point now);
    [[nodiscard]] unsigned max_concurrency() const noexcept { return max_concurrency_; }

  private:
    void refresh(GatewayClock::time_point now);

    unsigned total_;
    unsigned remaining_;
    std::chrono::milliseconds window_;
    unsigned max_concurrency_;
    GatewayClock::time_point reset_at_;
};

/// Inbound send limit of one connection: at most `limit` payloads in any `window`.
class SendLimiter {
  public:
    SendLimiter(unsigned limit, std::chrono::milliseconds window);
    /// Records one payload; false when it goes over the limit.
    bool record(GatewayClock::time_point now);

  private:
    unsigned limit_;
    std::chrono::milliseconds window_;
    GatewayClock::time_point window_start_{};
    unsigned count_ = 0;
};

}  // namespace hikari::sandbox
