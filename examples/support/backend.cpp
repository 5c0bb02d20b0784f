#include "backend.hpp"

#include <hikari/core/logging.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include <hikari/sandbox/gateway_options.hpp>
#include "control_client.hpp"

#include <boost/json.hpp>

#include <stdexcept>

namespace hikari::examples {

Backend::Backend() : token_(env_token()) {
    if (token_) return;
    sandbox::SandboxOptions options;
    auto gateway = std::make_shared<sandbox::GatewayOptions>();
    gateway->heartbeat_interval = std::chrono::milliseconds(1000);
    options.gateway = gateway;
    sandbox_ = std::make_unique<sandbox::Sandbox>(options);
    sandbox_->start();
    log::get("hikari.examples")
        .info("DISCORD_TOKEN is not set: running against an in-process hikari-sandbox at {}",
              sandbox_->api_url());
}

Backend::~Backend() = default;

GatewayBotSettings Backend::settings() const {
    if (!sandbox_) return GatewayBotSettings{.token = *token_};
    GatewayBotSettings settings{.token = Token{sandbox_->token()}};
    settings.rest_url = sandbox_->api_url();
    return settings;
}

void Backend::say(Snowflake channel, std::string_view content) const {
    if (!sandbox_) throw std::logic_error("only the sandbox has simulated users");
    const boost::json::object body{{"channel_id", channel.to_string()}, {"content", content}};
    demo::post_json(sandbox_->port(), "/_sandbox/messages", boost::json::serialize(body));
}

}  // namespace hikari::examples
