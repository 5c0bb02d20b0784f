#pragma once
// A real hikari-sandbox (its own thread, real loopback sockets) and a GatewayShard driven on
// the test's io_context, for the shard_*_test.cpp files.

#include <hikari/core/errors.hpp>
#include <hikari/gateway/shard.hpp>
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
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hikari::test {

namespace json = boost::json;
using namespace std::chrono_literals;

/// Every dispatch a shard handed on, in order.
struct Received {
    std::vector<std::uint64_t> sequences;
    std::vector<std::string> names;
    std::vector<std::string> payloads;

    [[nodiscard]] std::size_t count(std::string_view name) const {
        return static_cast<std::size_t>(std::count(names.begin(), names.end(), name));
    }
};

inline sandbox::WorldOptions world(unsigned guilds, unsigned members = 10) {
    sandbox::WorldOptions w;
    w.guilds = guilds;
    w.members_per_guild = members;
    return w;
}

class ShardTest : public ::testing::Test {
  protected:
    void start_sandbox(sandbox::GatewayOptions gateway = {}, sandbox::WorldOptions world = {}) {
        sandbox::SandboxOptions options;
        options.world = world;
        options.gateway = std::make_shared<sandbox::GatewayOptions>(gateway);
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        sandbox_ = std::make_unique<sandbox::Sandbox>(options);
        sandbox_->start();
        control_ = std::make_unique<HttpClient>("127.0.0.1", sandbox_->port());
    }

    GatewayShardSettings settings(unsigned id = 0, unsigned count = 1) {
        GatewayShardSettings s{.token = Token{sandbox_->token()}};
        s.intents = Intents::all_unprivileged() | Intents::guild_members | Intents::message_content;
        s.shard_id = id;
        s.shard_count = count;
        s.url = sandbox_->gateway_url();
        s.compression = GatewayCompression::uncompressed;
        s.connect_timeout = 5s;
        return s;
    }

    std::unique_ptr<GatewayShard> make_shard(GatewayShardSettings s, Received& into) {
        return std::make_unique<GatewayShard>(io_, std::move(s),
                                              [&into](GatewayShard&, const GatewayDispatch& d) {
                                                  into.sequences.push_back(d.sequence);
                                                  into.names.emplace_back(d.name);
                                                  into.payloads.emplace_back(d.payload);
                                              });
    }

    /// Runs `body` on the io_context until it finishes; fails the test after `limit`.
    void run(std::function<Task<void>()> body, std::chrono::seconds limit = 30s) {
        bool done = false;
        std::exception_ptr error;
        boost::asio::co_spawn(io_, body(), [&](std::exception_ptr e) {
            error = e;
            done = true;
        });
        auto deadline = std::chrono::steady_clock::now() + limit;
        while (!done && std::chrono::steady_clock::now() < deadline) io_.run_one_for(50ms);
        ASSERT_TRUE(done) << "timed out after " << limit.count() << " s";
        if (error) std::rethrow_exception(error);
    }

    /// Sleeps on the io_context (the shard keeps running meanwhile).
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
        // Let pending shard coroutines see their sockets close before the context dies.
        if (sandbox_) sandbox_->stop();
        io_.run_for(100ms);
    }

    boost::asio::io_context io_;
    std::unique_ptr<sandbox::Sandbox> sandbox_;
    std::unique_ptr<HttpClient> control_;
};

}  // namespace hikari::test
