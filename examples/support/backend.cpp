#include "backend.hpp"

#include <hikari/core/logging.hpp>
#include <hikari/sandbox/sandbox.hpp>

#include <hikari/sandbox/gateway_options.hpp>
#include "control_client.hpp"

#include <boost/json.hpp>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace hikari::examples {

namespace {

/// HIKARI_SANDBOX_PORT as a port, or 0 when unset. Throws on garbage: a typo must not
/// silently start a second sandbox.
std::uint16_t external_sandbox_port() {
    const char* text = std::getenv("HIKARI_SANDBOX_PORT");
    if (text == nullptr || *text == '\0') return 0;
    char* end = nullptr;
    const unsigned long port = std::strtoul(text, &end, 10);
    if (*end != '\0' || port == 0 || port > 65535) {
        throw std::invalid_argument(std::string("HIKARI_SANDBOX_PORT is not a port: ") + text);
    }
    return static_cast<std::uint16_t>(port);
}

}  // namespace

Backend::Backend() : token_(env_token()) {
    if (token_) return;
    auto log = log::get("hikari.examples");
    if ((sandbox_port_ = external_sandbox_port()) != 0) {
        const char* token = std::getenv("HIKARI_SANDBOX_TOKEN");
        sandbox_token_ = token != nullptr && *token != '\0' ? token : "sandbox-token";
        log.info("DISCORD_TOKEN is not set: running against the hikari-sandbox process on port {}",
                 sandbox_port_);
        return;
    }
    sandbox::SandboxOptions options;
    auto gateway = std::make_shared<sandbox::GatewayOptions>();
    gateway->heartbeat_interval = std::chrono::milliseconds(1000);
    options.gateway = gateway;
    sandbox_ = std::make_unique<sandbox::Sandbox>(options);
    sandbox_->start();
    sandbox_port_ = sandbox_->port();
    sandbox_token_ = sandbox_->token();
    log.info("DISCORD_TOKEN is not set: running against an in-process hikari-sandbox at {}",
             sandbox_->api_url());
}

Backend::~Backend() = default;

GatewayBotSettings Backend::settings() const {
    if (!offline()) return GatewayBotSettings{.token = *token_};
    GatewayBotSettings settings{.token = Token{sandbox_token_}};
    settings.rest_url = "http://127.0.0.1:" + std::to_string(sandbox_port_) + "/api/v10";
    return settings;
}

void Backend::say(Snowflake channel, std::string_view content) const {
    if (!offline()) throw std::logic_error("only the sandbox has simulated users");
    const boost::json::object body{{"channel_id", channel.to_string()}, {"content", content}};
    demo::post_json(sandbox_port_, "/_sandbox/messages", boost::json::serialize(body));
}

}  // namespace hikari::examples
