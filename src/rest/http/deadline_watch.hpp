#pragma once
// A connection's time limit without a timer operation per read or write. Arming a timer for
// every socket operation costs a timerfd_settime (and a cancel) each time; here an operation
// only stores its deadline, and one timer per connection wakes when the earliest deadline it
// knows of passes. If the deadline has moved on meanwhile it sleeps again until the new one,
// otherwise it cancels the socket's pending operations and marks the connection timed out.
// A connection that keeps answering therefore re-arms the timer about once per read timeout.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <memory>

namespace hikari::rest::http {

class DeadlineWatch {
  public:
    using Clock = std::chrono::steady_clock;

    /// Watches `socket`, which must outlive this object.
    DeadlineWatch(const boost::asio::any_io_executor& executor,
                  boost::asio::ip::tcp::socket& socket);
    ~DeadlineWatch();
    DeadlineWatch(const DeadlineWatch&) = delete;
    DeadlineWatch& operator=(const DeadlineWatch&) = delete;

    /// Operations from now on must end by `deadline`.
    void expires_at(Clock::time_point deadline);
    /// No limit (the connection is idle in the pool).
    void expires_never();
    /// expires_never(), and drops the pending timer wait too, so that it does not keep the
    /// io_context's run() going. Re-arming later costs a timer system call, so this is for
    /// when the client has nothing in flight.
    void disarm();
    /// Whether the deadline passed while an operation was pending; the socket's operations
    /// were cancelled then and the connection is unusable.
    [[nodiscard]] bool timed_out() const noexcept;

  private:
    struct State;
    static void arm(const std::shared_ptr<State>& state);

    // Shared with the timer's completion handler, which may run after this object is gone.
    std::shared_ptr<State> state_;
};

}  // namespace hikari::rest::http
