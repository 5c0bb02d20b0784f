#pragma once
// A real hikari-sandbox (its own thread, real loopback sockets) and a GatewayShard driven on
// the test's io_context, for the shard_*_test.cpp files.

#include <hikari/core/errors.hpp>
#include <hikari/gateway/shard.hpp>
#include <hikari/sandbox/gateway_options.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include "sandbox_test.hpp"

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

class ShardTest : public SandboxTest {
  protected:
    void start_sandbox(sandbox::GatewayOptions gateway = {}, sandbox::WorldOptions world = {}) {
        sandbox::SandboxOptions options;
        options.world = world;
        options.gateway = std::make_shared<sandbox::GatewayOptions>(gateway);
        options.route_rate_limits = false;
        options.global_rate_limit = 0;
        launch_sandbox(options);
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
};

}  // namespace hikari::test
