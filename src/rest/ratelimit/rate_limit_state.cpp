#include "rest/ratelimit/rate_limit_state.hpp"

#include <hikari/core/errors_base.hpp>

#include <algorithm>

namespace hikari::rest {

namespace {

using Decision = RateLimitState::Decision;

std::chrono::steady_clock::duration to_duration(std::chrono::duration<double> seconds) {
    return std::chrono::duration_cast<std::chrono::steady_clock::duration>(seconds);
}

}  // namespace

RateLimitState::RateLimitState(RateLimitOptions options) : options_(options) {
    if (options_.global_limit < 0) throw ValueError("global_limit must not be negative");
    if (options_.global_window <= std::chrono::milliseconds::zero()) {
        throw ValueError("global_window must be positive");
    }
    if (options_.margin < std::chrono::milliseconds::zero()) {
        throw ValueError("margin must not be negative");
    }
}

const std::string& RateLimitState::route_key_of(const CompiledRoute& route) {
    route_scratch_.clear();
    route.route->append_key(route_scratch_);
    return route_scratch_;
}

const std::string& RateLimitState::key_of(const CompiledRoute& route) {
    const std::string& route_key = route_key_of(route);
    std::string& key = key_scratch_;
    if (auto it = hashes_.find(route_key); it != hashes_.end()) {
        key.assign(it->second);
    } else {
        // Not discovered yet: a bucket of its own, named after the route.
        key.assign(1, '?');
        key += route_key;
    }
    key += '|';
    key += route.major();
    return key;
}

std::optional<std::string> RateLimitState::bucket_hash(const std::string& route_key) const {
    if (auto it = hashes_.find(route_key); it != hashes_.end()) return it->second;
    return std::nullopt;
}

std::optional<Decision> RateLimitState::check_global(const CompiledRoute& route,
                                                     Clock::time_point now) {
    if (!route.route->globally_limited()) return std::nullopt;
    if (now < global_blocked_until_) {
        Decision d;
        d.kind = Decision::Kind::wait;
        d.wait = global_blocked_until_ - now;
        d.global = true;
        return d;
    }
    if (options_.global_limit == 0) return std::nullopt;
    // A sliding window: no more than global_limit sends in any window, however it is aligned
    // with Discord's. A send counts from when it was answered (on_answered) and leaves the
    // window a margin late, for clock rounding.
    const auto window = options_.global_window + options_.margin;
    while (!global_sent_.empty() && now - global_sent_.front() >= window) {
        global_sent_.pop_front();
        ++global_popped_;
    }
    if (global_sent_.size() < static_cast<std::size_t>(options_.global_limit)) return std::nullopt;
    Decision d;
    d.kind = Decision::Kind::wait;
    d.wait = global_sent_.front() + window - now;
    d.global = true;
    d.limit = options_.global_limit;
    return d;
}

Decision RateLimitState::try_acquire(const CompiledRoute& route, Clock::time_point now) {
    if (auto global = check_global(route, now)) return *global;
    const std::string& key = key_of(route);
    auto slot = buckets_.find(key);
    if (slot == buckets_.end()) slot = buckets_.emplace(key, Bucket{}).first;
    Bucket& bucket = slot->second;
    Decision d;
    d.limit = bucket.limit;
    if (!bucket.known) {
        if (bucket.in_flight > 0) {
            d.kind = Decision::Kind::wait_for_response;
            return d;
        }
    } else if (!bucket.unlimited) {
        if (now >= bucket.reset_at) {
            // A new window; until a response says when it ends, assume it is as long as the
            // longest seen, so that a burst cannot refill the bucket again and again.
            bucket.remaining = bucket.limit;
            bucket.reset_at = now + bucket.window + options_.margin;
        }
        if (bucket.remaining <= 0) {
            d.kind = Decision::Kind::wait;
            d.wait = bucket.reset_at - now;
            d.remaining = 0;
            return d;
        }
        --bucket.remaining;
    }
    ++bucket.in_flight;
    if (route.route->globally_limited() && options_.global_limit > 0) {
        d.global_slot = global_popped_ + global_sent_.size() + 1;
        global_sent_.push_back(now);
    }
    d.kind = Decision::Kind::go;
    d.ticket = slot->first;
    d.remaining = bucket.remaining;
    return d;
}

void RateLimitState::on_answered(std::uint64_t global_slot, Clock::time_point at) {
    if (global_slot == 0 || global_slot <= global_popped_) return;  // none, or already left
    const std::uint64_t index = global_slot - 1 - global_popped_;
    if (index >= global_sent_.size()) return;
    Clock::time_point& sent = global_sent_[index];
    sent = std::max(sent, at);
}

void RateLimitState::on_failure(std::string_view ticket) {
    auto it = buckets_.find(ticket);
    if (it == buckets_.end()) return;
    Bucket& bucket = it->second;
    bucket.in_flight = std::max(0, bucket.in_flight - 1);
    // The slot was taken but the server may never have seen the request; keeping it used is
    // the safe side. An undiscovered bucket lets the next request try.
}

std::optional<std::size_t> RateLimitState::on_response(const CompiledRoute& route,
                                                       std::string_view ticket, unsigned status,
                                                       const ResponseLimits& limits,
                                                       Clock::time_point now) {
    on_failure(ticket);  // releases the in-flight slot

    std::optional<std::size_t> crossed;
    const bool counts_as_invalid =
        status == 401 || status == 403 || (status == 429 && limits.scope != LimitScope::shared);
    if (counts_as_invalid) crossed = invalid_.record(now);

    // Learn the route's bucket hash and move its state under the hash's key.
    std::string& key = key_scratch_;  // no allocation once it has grown
    key.assign(ticket);               // the ticket's bucket may be erased below
    if (limits.bucket) {
        const std::string& route_key = route_key_of(route);
        auto known = hashes_.find(route_key);
        if (known == hashes_.end()) {
            hashes_.emplace(route_key, *limits.bucket);
        } else if (known->second != *limits.bucket) {
            known->second = *limits.bucket;
        }
        key.assign(*limits.bucket);
        key += '|';
        key += route.major();
        if (key != ticket) {
            auto old = buckets_.find(ticket);
            if (old != buckets_.end() && old->second.in_flight == 0 && ticket.starts_with('?')) {
                buckets_.erase(old);
            }
        }
    }
    auto slot = buckets_.find(key);
    if (slot == buckets_.end()) slot = buckets_.emplace(key, Bucket{}).first;
    Bucket& bucket = slot->second;

    if (status == 429) {
        const auto retry =
            to_duration(limits.retry_after.value_or(std::chrono::seconds(1))) + options_.margin;
        if (limits.global) {
            global_blocked_until_ = std::max(global_blocked_until_, now + retry);
        } else {
            bucket.known = true;
            bucket.unlimited = false;
            if (limits.limit && *limits.limit > 0) bucket.limit = *limits.limit;
            bucket.remaining = 0;
            bucket.reset_at = std::max(bucket.reset_at, now + retry);
        }
        return crossed;
    }

    if (limits.limit && limits.remaining && limits.reset_after) {
        const auto reset_after = to_duration(*limits.reset_after);
        const auto reset_at = now + reset_after + options_.margin;
        bucket.window = std::max(bucket.window, reset_after);
        // Slots still in flight are not in the server's count yet.
        const int remaining = std::max(0, *limits.remaining - bucket.in_flight);
        bool newer_window = !bucket.known || bucket.unlimited;
        bool same_window = false;
        if (!newer_window && limits.reset_epoch && bucket.reset_epoch) {
            // The server's own window end tells windows apart exactly.
            constexpr double tolerance = 0.002;
            newer_window = *limits.reset_epoch > *bucket.reset_epoch + tolerance;
            same_window = !newer_window && *limits.reset_epoch >= *bucket.reset_epoch - tolerance;
        } else if (!newer_window) {
            newer_window = reset_at > bucket.reset_at + options_.margin * 2;
            same_window = !newer_window && reset_at + options_.margin * 2 >= bucket.reset_at;
        }
        bucket.limit = std::max(1, *limits.limit);
        if (newer_window) {
            bucket.remaining = remaining;
            bucket.reset_at = reset_at;
            bucket.reset_epoch = limits.reset_epoch;
        } else if (same_window) {
            // Responses can arrive out of order: the lowest count is the truest one.
            bucket.remaining = std::min(bucket.remaining, remaining);
            bucket.reset_at = std::max(bucket.reset_at, reset_at);
        }
        bucket.known = true;
        bucket.unlimited = false;
    } else if (!bucket.known) {
        // No limit headers: the route has no per-route limit.
        bucket.known = true;
        bucket.unlimited = true;
    }
    return crossed;
}

}  // namespace hikari::rest
