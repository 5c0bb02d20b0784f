#pragma once
// Waiting on top of RateLimitState: requests of one route and major parameter queue in the
// order they were made, sleep until their bucket (or the global limit) allows them, and give
// up with RateLimitTooLongError rather than sleep longer than max_rate_limit.
//
// Requests held back by the global limit queue once more, across routes, in the order they
// met it: only the first sleeps until the next global slot, takes it and wakes the next.
// Letting every waiting route race for each slot would hand the global allowance out at
// random, so some buckets would fall behind and finish alone at their own, slower, rate.

#include "rest/ratelimit/rate_limit_state.hpp"

#include <hikari/core/errors.hpp>
#include <hikari/core/task.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <cstdint>
#include <deque>
#include <list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::rest {

class RateLimiter {
  public:
    /// What a request holds from getting its slot until its answer (or failure).
    struct Ticket {
        /// Empty: no slot (try_acquire_now could not give one). Views the limiter's key, which
        /// stays while the slot is held.
        std::string_view bucket;
        std::uint64_t global_slot = 0;
    };

    RateLimiter(boost::asio::any_io_executor executor, RateLimitOptions options,
                std::optional<FractionalSeconds> max_rate_limit);

    /// The ticket when the request may go at once (nobody ahead of it on its route, a slot
    /// free); empty otherwise, and then acquire() waits its turn. Spares the common case the
    /// lane bookkeeping and a coroutine.
    Ticket try_acquire_now(const CompiledRoute& route);
    /// Waits for the request's turn and slot; returns the ticket for on_response/on_failure.
    /// Throws RateLimitTooLongError (naming `url`) when the wait would exceed max_rate_limit.
    Task<Ticket> acquire(const CompiledRoute& route, const std::string& url);
    /// The request was answered, or failed, at `at` (see RateLimitState::on_answered).
    void on_answered(const Ticket& ticket, RateLimitState::Clock::time_point at) {
        state_.on_answered(ticket.global_slot, at);
    }
    /// Learns from a response and wakes requests waiting for a bucket to be discovered.
    void on_response(const CompiledRoute& route, const Ticket& ticket, unsigned status,
                     const ResponseLimits& limits);
    void on_failure(const Ticket& ticket);

    /// Throws RateLimitTooLongError if `wait` exceeds max_rate_limit.
    void check_wait(const CompiledRoute& route, const std::string& url, FractionalSeconds wait,
                    bool global, int limit, int remaining) const;

    [[nodiscard]] RateLimitState& state() noexcept { return state_; }

  private:
    struct Waiter {
        explicit Waiter(const boost::asio::any_io_executor& executor) : timer(executor) {}
        boost::asio::steady_timer timer;
        bool handed_over = false;
    };
    struct Lane {
        bool busy = false;
        std::deque<std::shared_ptr<Waiter>> queue;
    };
    class LaneTurn;
    class GlobalTurn;

    void release(const std::string& lane_key);
    void wake_discovery_waiters();

    boost::asio::any_io_executor executor_;
    RateLimitState state_;
    std::optional<FractionalSeconds> max_rate_limit_;
    std::map<std::string, Lane> lanes_;
    std::string lane_key_;  // scratch for try_acquire_now's lookup
    std::list<std::shared_ptr<Waiter>> discovery_waiters_;
    /// Requests the global limit holds back, first come first served; the front one sleeps
    /// until a slot frees, the others until they reach the front.
    std::deque<std::shared_ptr<Waiter>> global_queue_;
};

}  // namespace hikari::rest
