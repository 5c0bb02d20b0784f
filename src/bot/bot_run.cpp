// GatewayBot::run(): start, join and close on this thread, with SIGINT/SIGTERM closing the
// bot gracefully (a second signal while closing stops at once).

#include "bot/gateway_bot_impl.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/signal_set.hpp>

#include <csignal>
#include <cstring>

namespace hikari {

namespace {

namespace asio = boost::asio;

std::string signal_name(int signal_number) {
    switch (signal_number) {
        case SIGINT:
            return "SIGINT";
        case SIGTERM:
            return "SIGTERM";
        default:
            return "signal " + std::to_string(signal_number);
    }
}

}  // namespace

void GatewayBot::Impl::run(const RunOptions& options) {
    if (state != State::stopped) throw ComponentStateConflictError("the bot is already running");

    std::optional<asio::signal_set> signals;
    int interrupted_by = 0;
    bool forced = false;
    std::function<void()> wait_for_signal = [&] {
        signals->async_wait([&](const boost::system::error_code& error, int number) {
            if (error) return;  // cancelled: run() is over
            if (interrupted_by != 0) {
                log.warning("{} while closing: stopping at once", signal_name(number));
                forced = true;
                io.stop();
                return;
            }
            interrupted_by = number;
            log.info("{} received: closing", signal_name(number));
            if (state == State::starting || state == State::running) {
                asio::co_spawn(io, close(), asio::detached);
            }
            wait_for_signal();
        });
    };
    if (options.enable_signal_handlers) {
        signals.emplace(io, SIGINT, SIGTERM);
        wait_for_signal();
    }

    bool done = false;
    std::exception_ptr failure;
    asio::co_spawn(
        io,
        [this, &options]() -> Task<void> {
            co_await start(options.start);
            if (state == State::stopped) co_return;  // closed while starting
            std::exception_ptr died;
            try {
                co_await join();
            } catch (...) {
                died = std::current_exception();
            }
            if (state == State::starting || state == State::running) co_await close();
            while (state != State::stopped) co_await changed.wait();
            if (died) std::rethrow_exception(died);
        },
        [&](const std::exception_ptr& error) {
            failure = error;
            done = true;
        });

    io.restart();
    while (!done && !io.stopped()) io.run_one();
    if (signals) signals->cancel();
    // Let cancelled handlers (the signal wait, timers) finish before their frames go away.
    if (!forced) io.poll();

    if (forced) {
        log.warning("forcefully terminated");
        throw BotInterrupt(interrupted_by, signal_name(interrupted_by));
    }
    if (failure) std::rethrow_exception(failure);
    log.info("terminated");
    if (interrupted_by != 0 && options.propagate_interrupts) {
        throw BotInterrupt(interrupted_by, signal_name(interrupted_by));
    }
}

}  // namespace hikari
