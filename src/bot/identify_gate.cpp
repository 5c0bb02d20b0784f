#include "bot/identify_gate.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <algorithm>

namespace hikari::bot_detail {

IdentifyGate::IdentifyGate(boost::asio::any_io_executor executor, unsigned max_concurrency,
                           std::chrono::milliseconds interval)
    : executor_(std::move(executor)),
      max_concurrency_(std::max(max_concurrency, 1U)),
      interval_(interval) {}

Task<void> IdentifyGate::acquire(unsigned shard_id) {
    const unsigned bucket = shard_id % max_concurrency_;
    const auto now = Clock::now();
    auto [slot, inserted] = next_slot_.try_emplace(bucket, now);
    // Reserve before sleeping, so shards of one bucket queue up one interval apart.
    const auto mine = std::max(now, slot->second);
    slot->second = mine + interval_;
    if (mine > now) {
        boost::asio::steady_timer timer{executor_, mine};
        co_await timer.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
    }
}

}  // namespace hikari::bot_detail
