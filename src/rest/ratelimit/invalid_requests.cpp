#include "rest/ratelimit/invalid_requests.hpp"

#include <hikari/core/errors_base.hpp>

#include <algorithm>

namespace hikari::rest {

InvalidRequestCounter::InvalidRequestCounter(std::vector<std::size_t> thresholds)
    : thresholds_(std::move(thresholds)) {
    if (!std::is_sorted(thresholds_.begin(), thresholds_.end()) ||
        std::find(thresholds_.begin(), thresholds_.end(), 0) != thresholds_.end()) {
        throw ValueError("invalid-request thresholds must be positive and ascending");
    }
}

void InvalidRequestCounter::expire(Clock::time_point now) {
    while (!times_.empty() && now - times_.front() >= window) times_.pop_front();
    // Re-arm the thresholds the count has dropped below.
    while (warned_below_ > 0 && times_.size() < warned_below_) {
        auto it = std::lower_bound(thresholds_.begin(), thresholds_.end(), warned_below_);
        warned_below_ = it == thresholds_.begin() ? 0 : *std::prev(it);
    }
}

std::optional<std::size_t> InvalidRequestCounter::record(Clock::time_point now) {
    expire(now);
    times_.push_back(now);
    const std::size_t n = times_.size();
    for (const std::size_t threshold : thresholds_) {
        if (n == threshold && threshold > warned_below_) {
            warned_below_ = threshold;
            return threshold;
        }
    }
    return std::nullopt;
}

std::size_t InvalidRequestCounter::count(Clock::time_point now) {
    expire(now);
    return times_.size();
}

}  // namespace hikari::rest
