#pragma once
// Running coroutines and capturing log records in the event tests.

#include <hikari/core/logging_spdlog.hpp>
#include <hikari/core/task.hpp>

#include <spdlog/sinks/base_sink.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>

#include <exception>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace hikari::test {

/// Runs `task` on `io` to completion, rethrowing what it threw.
inline void run(boost::asio::io_context& io, Task<void> task) {
    std::exception_ptr failure;
    bool finished = false;
    boost::asio::co_spawn(io, std::move(task), [&](std::exception_ptr error) {
        failure = std::move(error);
        finished = true;
    });
    io.restart();
    io.run();
    if (failure) std::rethrow_exception(failure);
    if (!finished) throw std::runtime_error("the task never finished");
}

/// Collects the text of every record logged while it is alive.
class LogCapture {
  public:
    LogCapture() : sink_(std::make_shared<Sink>()) { log::add_sink(sink_); }
    ~LogCapture() { log::remove_sink(sink_); }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    [[nodiscard]] std::vector<std::string> lines() const {
        std::lock_guard lock(sink_->lines_mutex);
        return sink_->lines;
    }
    [[nodiscard]] bool contains(const std::string& text) const {
        for (const auto& line : lines()) {
            if (line.find(text) != std::string::npos) return true;
        }
        return false;
    }

  private:
    struct Sink : spdlog::sinks::base_sink<std::mutex> {
        std::mutex lines_mutex;
        std::vector<std::string> lines;

      protected:
        void sink_it_(const spdlog::details::log_msg& msg) override {
            std::lock_guard lock(lines_mutex);
            lines.emplace_back(std::string(msg.logger_name.begin(), msg.logger_name.end()) + ": " +
                               std::string(msg.payload.begin(), msg.payload.end()));
        }
        void flush_() override {}
    };
    std::shared_ptr<Sink> sink_;
};

}  // namespace hikari::test
