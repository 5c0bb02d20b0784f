#include "rest/ratelimit/rate_limiter.hpp"

#include <hikari/core/logging.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace hikari::rest {

namespace asio = boost::asio;

namespace {

constexpr auto use_nothrow = asio::as_tuple(asio::use_awaitable);
// A request waiting for a bucket's first response re-checks at least this often, in case the
// response that would wake it never comes.
constexpr auto discovery_poll = std::chrono::milliseconds(250);

log::Logger& logger() {
    static log::Logger instance = log::get("hikari.ratelimits");
    return instance;
}

}  // namespace

/// Holds a lane from acquiring it until the request has its slot; passes it on in order even
/// when the coroutine is abandoned (an exception, or destruction at shutdown).
class RateLimiter::LaneTurn {
  public:
    LaneTurn(RateLimiter& limiter, std::string key) : limiter_(limiter), key_(std::move(key)) {}
    LaneTurn(const LaneTurn&) = delete;
    LaneTurn& operator=(const LaneTurn&) = delete;
    ~LaneTurn() {
        if (waiter_) {
            auto& queue = limiter_.lanes_[key_].queue;
            std::erase(queue, waiter_);
            if (!waiter_->handed_over) return;  // never held the lane
        }
        if (holding_ || waiter_) limiter_.release(key_);
    }

    Task<void> take() {
        Lane& lane = limiter_.lanes_[key_];
        if (!lane.busy) {
            lane.busy = true;
            holding_ = true;
            co_return;
        }
        waiter_ = std::make_shared<Waiter>(limiter_.executor_);
        waiter_->timer.expires_at(asio::steady_timer::time_point::max());
        lane.queue.push_back(waiter_);
        while (!waiter_->handed_over) co_await waiter_->timer.async_wait(use_nothrow);
        waiter_.reset();
        holding_ = true;
    }

  private:
    RateLimiter& limiter_;
    std::string key_;
    std::shared_ptr<Waiter> waiter_;
    bool holding_ = false;
};

/// A request's place in the global queue from meeting the global limit until it has its slot
/// or leaves to wait for its bucket; leaving the front wakes the next in line.
class RateLimiter::GlobalTurn {
  public:
    explicit GlobalTurn(RateLimiter& limiter)
        : limiter_(limiter), waiter_(std::make_shared<Waiter>(limiter.executor_)) {}
    GlobalTurn(const GlobalTurn&) = delete;
    GlobalTurn& operator=(const GlobalTurn&) = delete;
    ~GlobalTurn() { leave(); }

    [[nodiscard]] bool queued() const noexcept { return queued_; }
    [[nodiscard]] bool first() const noexcept {
        return queued_ && limiter_.global_queue_.front() == waiter_;
    }
    /// Joins the back of the queue (once).
    void join() {
        if (queued_) return;
        limiter_.global_queue_.push_back(waiter_);
        queued_ = true;
    }
    void leave() {
        if (!queued_) return;
        auto& queue = limiter_.global_queue_;
        const bool was_first = queue.front() == waiter_;
        std::erase(queue, waiter_);
        queued_ = false;
        if (was_first && !queue.empty()) {
            queue.front()->handed_over = true;
            queue.front()->timer.cancel();
        }
    }
    /// Sleeps until this request is at the front.
    Task<void> reach_front() {
        while (!first()) {
            waiter_->handed_over = false;
            waiter_->timer.expires_at(asio::steady_timer::time_point::max());
            while (!waiter_->handed_over) co_await waiter_->timer.async_wait(use_nothrow);
        }
    }
    /// Sleeps (at the front) until the global slot it was told of frees.
    Task<void> sleep(RateLimitState::Duration wait) {
        waiter_->timer.expires_after(wait);
        co_await waiter_->timer.async_wait(use_nothrow);
    }

  private:
    RateLimiter& limiter_;
    std::shared_ptr<Waiter> waiter_;
    bool queued_ = false;
};

RateLimiter::RateLimiter(asio::any_io_executor executor, RateLimitOptions options,
                         std::optional<FractionalSeconds> max_rate_limit)
    : executor_(std::move(executor)), state_(options), max_rate_limit_(max_rate_limit) {
    if (max_rate_limit_ && max_rate_limit_->count() < 0) {
        throw ValueError("max_rate_limit must not be negative");
    }
}

void RateLimiter::release(const std::string& lane_key) {
    auto it = lanes_.find(lane_key);
    if (it == lanes_.end()) return;
    Lane& lane = it->second;
    if (lane.queue.empty()) {
        lanes_.erase(it);
        return;
    }
    // Hand the lane straight to the next waiter so nobody can overtake it meanwhile.
    auto next = lane.queue.front();
    lane.queue.pop_front();
    next->handed_over = true;
    next->timer.cancel();
}

void RateLimiter::wake_discovery_waiters() {
    for (auto& waiter : discovery_waiters_) {
        waiter->handed_over = true;
        waiter->timer.cancel();
    }
    discovery_waiters_.clear();
}

void RateLimiter::check_wait(const CompiledRoute& route, const std::string& url,
                             FractionalSeconds wait, bool global, int limit, int remaining) const {
    if (!max_rate_limit_ || wait <= *max_rate_limit_) return;
    RateLimitDetails details;
    details.route = route.key();
    details.retry_after = wait;
    details.max_retry_after = *max_rate_limit_;
    details.is_global = global;
    details.limit = limit;
    details.remaining = remaining;
    details.reset_after = wait;
    throw RateLimitTooLongError(std::move(details), url);
}

RateLimiter::Ticket RateLimiter::try_acquire_now(const CompiledRoute& route) {
    lane_key_.clear();
    route.route->append_key(lane_key_);
    lane_key_ += '|';
    lane_key_ += route.major();
    if (lanes_.find(lane_key_) != lanes_.end()) return {};  // held or queued: keep the order
    if (!global_queue_.empty() && route.route->globally_limited()) return {};  // ditto
    auto decision = state_.try_acquire(route, RateLimitState::Clock::now());
    if (decision.kind != RateLimitState::Decision::Kind::go) return {};
    return {decision.ticket, decision.global_slot};
}

Task<RateLimiter::Ticket> RateLimiter::acquire(const CompiledRoute& route, const std::string& url) {
    LaneTurn turn(*this, route.key() + "|" + std::string(route.major()));
    co_await turn.take();
    GlobalTurn global(*this);
    // Others already wait for the global limit: a slot that frees is theirs first.
    if (!global_queue_.empty() && route.route->globally_limited()) global.join();
    for (;;) {
        if (global.queued()) co_await global.reach_front();
        const auto decision = state_.try_acquire(route, RateLimitState::Clock::now());
        using Kind = RateLimitState::Decision::Kind;
        if (decision.kind == Kind::go) {
            co_return Ticket{decision.ticket, decision.global_slot};  // `global` wakes the next
        }
        if (decision.kind == Kind::wait) {
            const FractionalSeconds wait = decision.wait;
            check_wait(route, url, wait, decision.global, decision.limit, decision.remaining);
            logger().debug("{} [{}] waits {:.3f}s for the {} limit", route.key(), route.major(),
                           wait.count(), decision.global ? "global" : "route");
        }
        if (decision.kind == Kind::wait && decision.global) {
            // Only time frees a global slot: the front request sleeps until then, alone.
            global.join();
            if (global.first()) co_await global.sleep(decision.wait);
            continue;
        }
        // Its bucket holds it back: the global queue goes on without it meanwhile.
        global.leave();
        auto waiter = std::make_shared<Waiter>(executor_);
        if (decision.kind == Kind::wait) {
            waiter->timer.expires_after(decision.wait);
        } else {
            waiter->timer.expires_after(discovery_poll);
        }
        // Any response may free a slot early (a window the server reset sooner than the
        // estimate, a discovered bucket): wake up and check again then too.
        discovery_waiters_.push_back(waiter);
        co_await waiter->timer.async_wait(use_nothrow);
        discovery_waiters_.remove(waiter);
    }
}

void RateLimiter::on_response(const CompiledRoute& route, const Ticket& ticket, unsigned status,
                              const ResponseLimits& limits) {
    const auto now = RateLimitState::Clock::now();
    if (auto crossed = state_.on_response(route, ticket.bucket, status, limits, now)) {
        logger().warning(
            "{} invalid requests (401, 403, 429) in the last 10 minutes; Discord bans the IP "
            "for an hour at {}. Check the token, the bot's permissions and its request "
            "patterns.",
            *crossed, InvalidRequestCounter::discord_ban_threshold);
    }
    wake_discovery_waiters();
}

void RateLimiter::on_failure(const Ticket& ticket) {
    state_.on_failure(ticket.bucket);
    wake_discovery_waiters();
}

}  // namespace hikari::rest
