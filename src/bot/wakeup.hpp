#pragma once
// Wakes coroutines of one thread waiting for "something changed", with an optional deadline.
// Waiters re-check their condition after waking; on one thread nothing slips in between.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>
#include <chrono>
#include <vector>

namespace hikari::bot_detail {

class Wakeup {
  public:
    using Clock = std::chrono::steady_clock;

    explicit Wakeup(boost::asio::any_io_executor executor) : executor_(std::move(executor)) {}
    Wakeup(const Wakeup&) = delete;
    Wakeup& operator=(const Wakeup&) = delete;
    ~Wakeup() { notify(); }

    /// Returns at the next notify() or at `deadline`, whichever comes first.
    boost::asio::awaitable<void> wait_until(Clock::time_point deadline) {
        boost::asio::steady_timer timer{executor_, deadline};
        waiters_.push_back(&timer);
        co_await timer.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
        std::erase(waiters_, &timer);
    }
    boost::asio::awaitable<void> wait() { return wait_until(Clock::time_point::max()); }

    void notify() {
        for (auto* timer : waiters_) timer->cancel();
    }

  private:
    boost::asio::any_io_executor executor_;
    std::vector<boost::asio::steady_timer*> waiters_;
};

}  // namespace hikari::bot_detail
