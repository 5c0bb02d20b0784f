#pragma once
// Capped exponential backoff with full jitter between reconnect attempts, so that many
// shards dropped by one outage don't reconnect in lockstep.

#include <chrono>
#include <cstdint>
#include <random>

namespace hikari::gateway {

class Backoff {
  public:
    explicit Backoff(std::chrono::milliseconds base = std::chrono::milliseconds{1000},
                     std::chrono::milliseconds cap = std::chrono::milliseconds{60'000},
                     std::uint64_t seed = std::random_device{}())
        : base_(base), cap_(cap), rng_(seed) {}

    /// The delay before the next attempt: uniform in [ceiling/2, ceiling], where the ceiling
    /// doubles per failure up to the cap. The first attempt after a reset waits nothing.
    std::chrono::milliseconds next() {
        if (failures_ == 0) {
            ++failures_;
            return std::chrono::milliseconds{0};
        }
        auto shift = failures_ - 1 < 16 ? failures_ - 1 : 16U;
        auto ceiling = base_.count() * (std::int64_t{1} << shift);
        if (ceiling > cap_.count()) ceiling = cap_.count();
        ++failures_;
        std::uniform_int_distribution<std::int64_t> pick(ceiling / 2, ceiling);
        return std::chrono::milliseconds{pick(rng_)};
    }

    /// After a connection that worked (READY or RESUMED), start over.
    void reset() noexcept { failures_ = 0; }

    [[nodiscard]] unsigned failures() const noexcept { return failures_; }

  private:
    std::chrono::milliseconds base_;
    std::chrono::milliseconds cap_;
    std::mt19937_64 rng_;
    unsigned failures_ = 0;
};

}  // namespace hikari::gateway
