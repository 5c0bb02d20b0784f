#pragma once
// The gateway's outbound limit: 120 commands per 60 s per connection, close 4008 past it
// (docs/events/gateway.mdx "Rate Limiting"). Heartbeats count against the same window, so a
// few slots are kept for them: a burst of presence updates can never starve the heartbeat
// and get the connection declared a zombie.

#include <chrono>
#include <cstdint>

namespace hikari::gateway {

class SendLimiter {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr unsigned limit = 120;
    static constexpr std::chrono::milliseconds window{60'000};

    /// Reserves ceil(window / interval) + 1 slots for heartbeats.
    void set_heartbeat_interval(std::chrono::milliseconds interval) noexcept;

    /// For a user command at `now`: how long to wait before sending it (zero = now). When
    /// the wait is zero the command is counted; otherwise call again after waiting.
    [[nodiscard]] std::chrono::milliseconds try_acquire(Clock::time_point now) noexcept;

    /// Heartbeats always go out at once; they are only counted.
    void record_heartbeat(Clock::time_point now) noexcept;

    /// A new connection starts a new window.
    void reset() noexcept;

    [[nodiscard]] unsigned reserved_for_heartbeats() const noexcept { return reserved_; }
    [[nodiscard]] unsigned used() const noexcept { return used_; }

  private:
    void roll(Clock::time_point now) noexcept;

    Clock::time_point window_start_{};
    bool window_open_ = false;
    unsigned used_ = 0;
    unsigned reserved_ = 3;
};

}  // namespace hikari::gateway
