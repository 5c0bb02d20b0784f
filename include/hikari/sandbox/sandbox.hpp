#pragma once
// hikari-sandbox: a local emulator of Discord's HTTP API v10 and gateway, for tests and
// offline development. Start one in-process, point a client at api_url() / gateway_url()
// and drive it through the /_sandbox control API.
//
// This header stays light on purpose (no Asio, Beast or JSON): the machinery is behind a pimpl.

#include <hikari/sandbox/gateway_options.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace hikari::sandbox {

/// Shape of the generated world (ignored when fixture_path names a JSON fixture).
struct WorldOptions {
    unsigned guilds = 2;
    unsigned channels_per_guild = 3;
    unsigned members_per_guild = 10;
    std::uint64_t seed = 1;
    /// A JSON file describing the world instead of generating it.
    std::string fixture_path;
    std::string bot_token = "sandbox-token";
    /// Historical messages generated in each text channel (all older than 14 days).
    unsigned messages_per_channel = 5;
};

struct SandboxOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;  // 0: an ephemeral port, see Sandbox::port()
    WorldOptions world;
    /// Null: Discord's defaults.
    std::shared_ptr<const GatewayOptions> gateway;
    /// REST requests per second per token (or IP without one); 0 turns the limit off.
    unsigned global_rate_limit = 50;
    /// Per-route buckets; switch off for functional tests that fire many requests.
    bool route_rate_limits = true;
    /// 401/403/429 answers per 10 minutes before the Cloudflare-style ban.
    unsigned invalid_request_limit = 10'000;
    /// Serve HTTPS and wss:// (TLS terminated in front of the gateway) when both are set.
    std::string tls_cert_path;
    std::string tls_key_path;
    /// Log every connection and request through spdlog at info level.
    bool log_requests = false;
};

class Sandbox {
  public:
    using Options = SandboxOptions;

    explicit Sandbox(Options options = {});
    ~Sandbox();  // stops
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    /// Builds the world, binds the listener and starts the sandbox thread. Throws
    /// hikari::ParseError for a bad fixture and hikari::HikariError when binding fails or the
    /// sandbox already runs.
    void start();
    /// Closes every connection and joins the thread. Idempotent.
    void stop();
    /// Blocks until stop() is called from elsewhere (for the executable).
    void wait();

    [[nodiscard]] bool running() const;
    /// The bound port (after start()).
    [[nodiscard]] std::uint16_t port() const;
    /// A plain-HTTP port on loopback that serves the same API, control API and gateway:
    /// port() itself without TLS; with TLS, the bridge that wss upgrades are relayed to (for
    /// tools and tests that drive the control API without a TLS client).
    [[nodiscard]] std::uint16_t plain_port() const;
    /// "http://127.0.0.1:PORT/api/v10" (https with TLS).
    [[nodiscard]] std::string api_url() const;
    /// "ws://127.0.0.1:PORT" (wss with TLS).
    [[nodiscard]] std::string gateway_url() const;
    /// The bot token requests must carry ("Authorization: Bot <token>").
    [[nodiscard]] const std::string& token() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace hikari::sandbox
