#pragma once
// Runs tasks concurrently on one executor and waits for all of them; the first exception (in
// completion order) is rethrown once every task has finished, so nothing outlives the call.

#include "bot/wakeup.hpp"

#include <boost/asio/co_spawn.hpp>

#include <exception>
#include <memory>
#include <vector>

namespace hikari::bot_detail {

inline boost::asio::awaitable<void> when_all(const boost::asio::any_io_executor& executor,
                                             std::vector<boost::asio::awaitable<void>> tasks) {
    struct State {
        explicit State(const boost::asio::any_io_executor& ex) : done(ex) {}
        std::size_t pending = 0;
        std::exception_ptr first_error;
        Wakeup done;
    };
    auto state = std::make_shared<State>(executor);
    state->pending = tasks.size();
    for (auto& task : tasks) {
        boost::asio::co_spawn(executor, std::move(task), [state](const std::exception_ptr& error) {
            if (error && !state->first_error) state->first_error = error;
            if (--state->pending == 0) state->done.notify();
        });
    }
    while (state->pending > 0) co_await state->done.wait();
    if (state->first_error) std::rethrow_exception(state->first_error);
}

}  // namespace hikari::bot_detail
