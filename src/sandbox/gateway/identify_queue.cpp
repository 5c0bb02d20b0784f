#include "sandbox/gateway/identify_queue.hpp"

#include <hikari/core/errors_base.hpp>

namespace hikari::sandbox {

IdentifyQueue::IdentifyQueue(unsigned max_concurrency, std::chrono::milliseconds interval)
    : max_concurrency_(max_concurrency), interval_(interval) {
    if (max_concurrency == 0) throw ValueError("max_concurrency must be at least 1");
}

bool IdentifyQueue::try_acquire(unsigned shard_id, GatewayClock::time_point now) {
    const unsigned key = shard_id % max_concurrency_;
    auto it = last_identify_.find(key);
    if (it != last_identify_.end() && now - it->second < interval_) return false;
    last_identify_[key] = now;
    return true;
}

SessionStartLimit::SessionStartLimit(unsigned total, unsigned remaining,
                                     std::chrono::milliseconds reset_after,
                                     unsigned max_concurrency)
    : total_(total),
      remaining_(remaining),
      window_(reset_after),
      max_concurrency_(max_concurrency),
      reset_at_(GatewayClock::now() + reset_after) {
    if (remaining > total) throw ValueError("session start remaining exceeds total");
}

void SessionStartLimit::refresh(GatewayClock::time_point now) {
    if (now >= reset_at_) {
        remaining_ = total_;
        reset_at_ = now + window_;
    }
}

bool SessionStartLimit::try_consume(GatewayClock::time_point now) {
    refresh(now);
    if (remaining_ == 0) return false;
    --remaining_;
    return true;
}

unsigned SessionStartLimit::remaining(GatewayClock::time_point now) {
    refresh(now);
    return remaining_;
}

std::chrono::milliseconds SessionStartLimit::reset_after(GatewayClock::time_point now) {
    refresh(now);
    return std::chrono::duration_cast<std::chrono::milliseconds>(reset_at_ - now);
}

SendLimiter::SendLimiter(unsigned limit, std::chrono::milliseconds window)
    : limit_(limit), window_(window) {}

bool SendLimiter::record(GatewayClock::time_point now) {
    // A fixed window that opens at the first payload, as Discord's bucket does.
    if (count_ == 0 || now - window_start_ >= window_) {
        window_start_ = now;
        count_ = 0;
    }
    ++count_;
    return count_ <= limit_;
}

}  // namespace hikari::sandbox
