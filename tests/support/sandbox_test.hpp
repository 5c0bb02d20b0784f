#pragma once
// The base of tests that drive hikari components on an io_context against a real
// hikari-sandbox (its own thread, loopback sockets): starting the sandbox, running a
// coroutine body with a deadline, polling for a condition, and the /_sandbox control API.

#include <hikari/core/task.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include "http_client.hpp"

#include <gtest/gtest.h>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace hikari::test {

class SandboxTest : public ::testing::Test {
  protected:
    /// Starts the sandbox with `options` (route and global REST limits are the caller's).
    void launch_sandbox(const sandbox::SandboxOptions& options) {
        sandbox_ = std::make_unique<sandbox::Sandbox>(options);
        sandbox_->start();
        control_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->plain_port());
    }

    /// Runs `body` on the io_context until it finishes; fails the test after `limit`.
    void run(std::function<Task<void>()> body,
             std::chrono::seconds limit = std::chrono::seconds(30)) {
        bool done = false;
        std::exception_ptr error;
        io_.restart();  // a context that ran out of work stays stopped until restarted
        boost::asio::co_spawn(io_, body(), [&](std::exception_ptr e) {
            error = e;
            done = true;
        });
        auto deadline = std::chrono::steady_clock::now() + limit;
        while (!done && std::chrono::steady_clock::now() < deadline) {
            io_.run_one_for(std::chrono::milliseconds(50));
        }
        ASSERT_TRUE(done) << "timed out after " << limit.count() << " s";
        if (error) std::rethrow_exception(error);
    }

    /// Sleeps on the io_context (everything else on it keeps running meanwhile).
    Task<void> sleep(std::chrono::milliseconds d) {
        boost::asio::steady_timer t{co_await boost::asio::this_coro::executor, d};
        co_await t.async_wait(boost::asio::use_awaitable);
    }

    /// Waits until `condition` holds, polling; fails after `limit`.
    Task<void> until(std::function<bool()> condition,
                     std::chrono::milliseconds limit = std::chrono::milliseconds(10'000)) {
        auto deadline = std::chrono::steady_clock::now() + limit;
        while (!condition()) {
            if (std::chrono::steady_clock::now() > deadline) {
                ADD_FAILURE() << "condition not reached in " << limit.count() << " ms";
                co_return;
            }
            co_await sleep(std::chrono::milliseconds(10));
        }
    }

    boost::json::value control(const std::string& method, const std::string& path,
                               const boost::json::object& body = {}) {
        auto res = control_->request(method, "/_sandbox" + path, boost::json::serialize(body));
        EXPECT_LT(res.status, 300U) << path << ": " << res.body;
        return res.body.empty() ? boost::json::value{} : boost::json::parse(res.body);
    }

    boost::json::value gateway_stats() { return control("GET", "/gateway/stats"); }

    void TearDown() override {
        // Let pending coroutines see their sockets close before the context dies.
        if (sandbox_) sandbox_->stop();
        io_.run_for(std::chrono::milliseconds(100));
    }

    boost::asio::io_context io_;
    std::unique_ptr<sandbox::Sandbox> sandbox_;
    std::unique_ptr<HttpClient> control_;
};

}  // namespace hikari::test
