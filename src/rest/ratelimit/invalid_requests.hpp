#pragma once
// Discord bans an IP from the API for an hour after 10 000 invalid requests (401, 403, 429
// other than "shared") in 10 minutes. This counts them in a rolling window and says when a
// warning threshold is crossed, long before the ban.

#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <vector>

namespace hikari::rest {

class InvalidRequestCounter {
  public:
    using Clock = std::chrono::steady_clock;

    static constexpr std::size_t discord_ban_threshold = 10'000;
    static constexpr std::chrono::minutes window{10};

    /// Warn when the count reaches each of `thresholds` (ascending).
    explicit InvalidRequestCounter(std::vector<std::size_t> thresholds = {1000, 2500, 5000, 7500,
                                                                          9000});

    /// Counts one invalid request; returns the threshold just reached, if any. A threshold
    /// warns again only after the count fell below it.
    std::optional<std::size_t> record(Clock::time_point now);
    /// Invalid requests in the last 10 minutes.
    [[nodiscard]] std::size_t count(Clock::time_point now);

  private:
    void expire(Clock::time_point now);

    std::deque<Clock::time_point> times_;
    std::vector<std::size_t> thresholds_;
    std::size_t warned_below_ = 0;  // highest threshold warned about and still exceeded
};

}  // namespace hikari::rest
