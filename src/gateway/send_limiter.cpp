#include "gateway/send_limiter.hpp"

namespace hikari::gateway {

void SendLimiter::set_heartbeat_interval(std::chrono::milliseconds interval) noexcept {
    if (interval.count() <= 0) return;
    auto beats = (window.count() + interval.count() - 1) / interval.count();
    reserved_ = static_cast<unsigned>(beats) + 1;
    if (reserved_ >= limit) reserved_ = limit - 1;
}

void SendLimiter::roll(Clock::time_point now) noexcept {
    if (!window_open_ || now - window_start_ >= window) {
        window_start_ = now;
        window_open_ = true;
        used_ = 0;
    }
}

std::chrono::milliseconds SendLimiter::try_acquire(Clock::time_point now) noexcept {
    roll(now);
    if (used_ < limit - reserved_) {
        ++used_;
        return std::chrono::milliseconds{0};
    }
    auto left = std::chrono::ceil<std::chrono::milliseconds>(window_start_ + window - now);
    return left.count() > 0 ? left : std::chrono::milliseconds{1};
}

void SendLimiter::record_heartbeat(Clock::time_point now) noexcept {
    roll(now);
    ++used_;
}

void SendLimiter::reset() noexcept {
    window_open_ = false;
    used_ = 0;
}

}  // namespace hikari::gateway
