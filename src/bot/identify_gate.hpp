#pragma once
// Discord's identify rate limit for a sharded bot: one IDENTIFY per bucket
// (shard_id % max_concurrency) per interval. Every shard awaits acquire() before it
// identifies, at start-up and on every later re-identify, so reconnecting shards never
// spend a session start on an INVALID_SESSION.

#include <hikari/core/task.hpp>

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <map>

namespace hikari::bot_detail {

class IdentifyGate {
  public:
    using Clock = std::chrono::steady_clock;

    IdentifyGate(boost::asio::any_io_executor executor, unsigned max_concurrency,
                 std::chrono::milliseconds interval);

    /// Reserves the next free slot of the shard's bucket, then sleeps until it comes.
    Task<void> acquire(unsigned shard_id);

    [[nodiscard]] unsigned max_concurrency() const noexcept { return max_concurrency_; }

  private:
    boost::asio::any_io_executor executor_;
    unsigned max_concurrency_;
    std::chrono::milliseconds interval_;
    std::map<unsigned, Clock::time_point> next_slot_;  // bucket -> earliest next identify
};

}  // namespace hikari::bot_detail
