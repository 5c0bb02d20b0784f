#pragma once
// A real hikari-sandbox (own thread, loopback sockets) and a GatewayBot on the test's
// io_context, for the tests/bot/*_test.cpp files.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/gateway_bot.hpp>
#include <hikari/cache/cache.hpp>
#include <hikari/events/events.hpp>
#include <hikari/sandbox/gateway_options.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include "sandbox_test.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>

namespace hikari::test {

namespace json = boost::json;
using namespace std::chrono_literals;

class BotTest : public SandboxTest {
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
        launch_sandbox(options);
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
};

}  // namespace hikari::test
