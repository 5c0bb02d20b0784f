#pragma once
// A real hikari-sandbox (own thread, loopback sockets) and a GatewayBot on the test's
// io_context, for the tests/bot/*_test.cpp files.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/gateway_bot.hpp>
#include <hikari/cache/cache.hpp>
#include <hikari/events/events.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include <hikari/sandbox/gateway_options.hpp>
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
#include <vector>

namespace hikari::test {

namespace json = boost::json;
using namespace std::chrono_literals;

class BotTest : public ::testing::Test {
  protected:
    /// A sandbox whose identify interval is short, so multi-shard starts take little time.
    void start_sandbox(sandbox::GatewayOptions gateway = fast_gateway(), unsigned guilds = 4,
                       unsigned members = 10) {
        sandbox::SandboxOptions options;
        options.world.guilds = guilds;
        options.world.members_per_guild = members;
        options.gateway = std::make_shared<sandbox::GatewayOptions>(gateway);
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        sandbox_ = std::make_unique<sandbox::Sandbox>(options);
        sandbox_->start();
        control_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
    }

    static sandbox::GatewayOptions fast_gateway() {
        sandbox::GatewayOptions gateway;
        gateway.identify_interval = 200ms;
        return gateway;
    }

    GatewayBotSettings settings() {
        GatewayBotSettings s{.token = Token{sandbox_->token()}};
        s.intents = Intents::all_unprivileged() | Intents::guild_members | Intents::message_content;
        s.rest_url = sandbox_->api_url();
        s.compression = GatewayCompression::uncompressed;
        s.logs =
            std::getenv("HIKARI_TEST_LOGS")
                ? std::optional<log::LogConfig>(log::LogConfig{std::getenv("HIKARI_TEST_LOGS")})
                : std::nullopt;
        s.banner = false;
        s.identify_interval = 250ms;  // the sandbox's 200 ms plus slack
        return s;
    }

    std::unique_ptr<GatewayBot> make_bot(GatewayBotSettings s) {
        return std::make_unique<GatewayBot>(io_, std::move(s));
    }

    /// Runs `body` on the io_context until it finishes; fails the test after `limit`.
    void run(std::function<Task<void>()> body, std::chrono::seconds limit = 30s) {
        bool done = false;
        std::exception_ptr error;
        io_.restart();  // a context that ran out of work stays stopped until restarted
        boost::asio::co_spawn(io_, body(), [&](std::exception_ptr e) {
            error = e;
            done = true;
        });
        auto deadline = std::chrono::steady_clock::now() + limit;
        while (!done && std::chrono::steady_clock::now() < deadline) io_.run_one_for(50ms);
        ASSERT_TRUE(done) << "timed out after " << limit.count() << " s";
        if (error) std::rethrow_exception(error);
    }

    Task<void> sleep(std::chrono::milliseconds d) {
        boost::asio::steady_timer t{co_await boost::asio::this_coro::executor, d};
        co_await t.async_wait(boost::asio::use_awaitable);
    }

    /// Waits until `condition` holds, polling; fails after `limit`.
    Task<void> until(std::function<bool()> condition, std::chrono::milliseconds limit = 10'000ms) {
        auto deadline = std::chrono::steady_clock::now() + limit;
        while (!condition()) {
            if (std::chrono::steady_clock::now() > deadline) {
                ADD_FAILURE() << "condition not reached in " << limit.count() << " ms";
                co_return;
            }
            co_await sleep(10ms);
        }
    }

    json::value control(const std::string& method, const std::string& path,
                        const json::object& body = {}) {
        auto res = control_->request(method, "/_sandbox" + path, json::serialize(body));
        EXPECT_LT(res.status, 300U) << path << ": " << res.body;
        return res.body.empty() ? json::value{} : json::parse(res.body);
    }

    json::value gateway_stats() { return control("GET", "/gateway/stats"); }

    void TearDown() override {
        if (sandbox_) sandbox_->stop();
        io_.run_for(100ms);
    }

    boost::asio::io_context io_;
    std::unique_ptr<sandbox::Sandbox> sandbox_;
    std::unique_ptr<HttpClient> control_;
};

}  // namespace hikari::test
