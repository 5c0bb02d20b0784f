#include <hikari/core/task.hpp>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace hikari {

Task<void> sleep_for(std::chrono::steady_clock::duration duration) {
    boost::asio::steady_timer timer{co_await boost::asio::this_coro::executor, duration};
    co_await timer.async_wait(boost::asio::use_awaitable);
}

}  // namespace hikari
