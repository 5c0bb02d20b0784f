#pragma once
// A wake-up for coroutines on one thread: waiters sleep on a timer that notify() cancels.
// The condition itself is state each waiter checks before sleeping and again after waking;
// on a single thread nothing can slip in between the check and the sleep.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace hikari::gateway {

class Signal {
  public:
    explicit Signal(const boost::asio::any_io_executor& executor) : timer_(executor) {
        timer_.expires_at(boost::asio::steady_timer::time_point::max());
    }

    /// Sleeps until the next notify().
    boost::asio::awaitable<void> wait() {
        co_await timer_.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
    }

    /// Wakes every current waiter (the expiry stays at "never", so later waits sleep again).
    void notify() { timer_.cancel(); }

  private:
    boost::asio::steady_timer timer_;
};

}  // namespace hikari::gateway
