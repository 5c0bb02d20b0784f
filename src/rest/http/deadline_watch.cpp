#include "rest/http/deadline_watch.hpp"

#include <cstdint>

namespace hikari::rest::http {

struct DeadlineWatch::State {
    State(const boost::asio::any_io_executor& executor, boost::asio::ip::tcp::socket& s)
        : timer(executor), socket(&s) {}

    boost::asio::steady_timer timer;
    boost::asio::ip::tcp::socket* socket;  // null once the connection is gone
    Clock::time_point deadline = Clock::time_point::max();
    bool armed = false;         // a wait is pending on `timer`
    std::uint64_t wait_id = 0;  // tells the pending wait from ones it replaced
    bool fired = false;
};

DeadlineWatch::DeadlineWatch(const boost::asio::any_io_executor& executor,
                             boost::asio::ip::tcp::socket& socket)
    : state_(std::make_shared<State>(executor, socket)) {}

DeadlineWatch::~DeadlineWatch() {
    state_->socket = nullptr;
    state_->timer.cancel();
}

void DeadlineWatch::expires_at(Clock::time_point deadline) {
    state_->deadline = deadline;
    // A pending wait that ends earlier wakes up in time and moves itself on; one that ends
    // later (the new deadline is sooner than any before) must be replaced.
    if (!state_->armed || state_->timer.expiry() > deadline) arm(state_);
}

void DeadlineWatch::expires_never() {
    state_->deadline = Clock::time_point::max();
}

void DeadlineWatch::disarm() {
    state_->deadline = Clock::time_point::max();
    if (!state_->armed) return;
    state_->armed = false;
    ++state_->wait_id;  // the cancelled wait's handler then leaves the state alone
    state_->timer.cancel();
}

bool DeadlineWatch::timed_out() const noexcept {
    return state_->fired;
}

void DeadlineWatch::arm(const std::shared_ptr<State>& state) {
    state->armed = true;
    const std::uint64_t id = ++state->wait_id;
    state->timer.expires_at(state->deadline);  // cancels the wait this one replaces
    state->timer.async_wait([state, id](const boost::system::error_code&) {
        // A replaced wait may complete either way (cancelled, or already due and queued).
        if (id != state->wait_id) return;
        state->armed = false;
        if (state->socket == nullptr || state->deadline == Clock::time_point::max()) return;
        if (Clock::now() < state->deadline) {
            arm(state);
            return;
        }
        state->fired = true;
        boost::system::error_code ignored;
        state->socket->cancel(ignored);
    });
}

}  // namespace hikari::rest::http
