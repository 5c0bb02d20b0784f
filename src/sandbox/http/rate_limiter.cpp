#include "sandbox/http/rate_limiter.hpp"

#include <cstdio>

namespace hikari::sandbox {

using namespace std::chrono;

namespace {
double seconds_between(RateLimiter::Clock::time_point from, RateLimiter::Clock::time_point to) {
    return duration<double>(to - from).count();
}
constexpr auto invalid_window = minutes(10);
}  // namespace

RateLimiter::RateLimiter(unsigned global_per_second, unsigned invalid_limit)
    : global_limit_(global_per_second), invalid_limit_(invalid_limit) {}

void RateLimiter::define(const std::string& group, BucketSpec spec) {
    specs_.try_emplace(group, spec);
}

BucketSpec RateLimiter::spec(const std::string& group) const {
    auto it = specs_.find(group);
    return it == specs_.end() ? BucketSpec{} : it->second;
}

void RateLimiter::override_spec(const std::string& group, BucketSpec spec) {
    specs_[group] = spec;
    const std::string prefix = group + '\n';
    std::erase_if(states_, [&](const auto& entry) { return entry.first.starts_with(prefix); });
}

std::optional<std::string> RateLimiter::group_of_hash(const std::string& hash) const {
    for (const auto& [group, _] : specs_) {
        if (hash_of(group) == hash) return group;
    }
    return std::nullopt;
}

RateDecision RateLimiter::acquire(const std::string& group, const std::string& major,
                                  Clock::time_point now) {
    const BucketSpec s = spec(group);
    RateDecision out;
    out.bucket = hash_of(group);
    out.limit = s.limit;
    if (!routes_enabled_) {
        out.remaining = s.limit;
        out.reset_after = duration<double>(s.window).count();
        return out;
    }
    BucketState& state = states_[group + '\n' + major];
    if (state.limit != s.limit || now >= state.reset_at) {
        // A fresh window opens with the first request after the previous one ran out.
        state.limit = s.limit;
        state.remaining = s.limit;
        state.reset_at = now + s.window;
    }
    out.reset_after = seconds_between(now, state.reset_at);
    if (state.remaining == 0) {
        out.allowed = false;
        out.remaining = 0;
        return out;
    }
    out.remaining = --state.remaining;
    return out;
}

std::optional<double> RateLimiter::acquire_global(const std::string& identity,
                                                  Clock::time_point now) {
    if (global_limit_ == 0) return std::nullopt;
    GlobalWindow& window = global_[identity];
    if (now >= window.reset_at) {
        window.used = 0;
        window.reset_at = now + seconds(1);
    }
    if (window.used >= global_limit_) return seconds_between(now, window.reset_at);
    ++window.used;
    return std::nullopt;
}

void RateLimiter::record_invalid(Clock::time_point now) {
    invalid_.push_back(now);
}

std::size_t RateLimiter::invalid_count(Clock::time_point now) {
    while (!invalid_.empty() && now - invalid_.front() >= invalid_window) invalid_.pop_front();
    return invalid_.size();
}

std::string RateLimiter::hash_of(const std::string& group) {
    // Two FNV-1a passes with different offsets: stable across runs and platforms.
    auto fnv = [&](std::uint64_t h) {
        for (unsigned char c : group) {
            h ^= c;
            h *= 0x100000001B3ULL;
        }
        return h;
    };
    char buffer[33];
    std::snprintf(buffer, sizeof buffer, "%016llx%016llx",
                  static_cast<unsigned long long>(fnv(0xCBF29CE484222325ULL)),
                  static_cast<unsigned long long>(fnv(0x84222325CBF29CE4ULL)));
    return buffer;
}

}  // namespace hikari::sandbox
