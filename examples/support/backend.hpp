#pragma once
// Where the examples run: Discord itself when DISCORD_TOKEN is set; otherwise a hikari-sandbox,
// the running process named by HIKARI_SANDBOX_PORT (what `make demo` starts) or else one
// started in this process; a sandbox has a simulated user who can speak in its channels.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/bot_settings.hpp>
#include <hikari/core/snowflake.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hikari::sandbox {
class Sandbox;
}

namespace hikari::examples {

class Backend {
  public:
    /// Reads DISCORD_TOKEN; without it, uses the sandbox at HIKARI_SANDBOX_PORT (token from
    /// HIKARI_SANDBOX_TOKEN, default "sandbox-token"), or starts one in this process
    /// (heartbeats every second, so that a latency is measured within a few seconds).
    Backend();
    ~Backend();
    Backend(const Backend&) = delete;
    Backend& operator=(const Backend&) = delete;

    [[nodiscard]] bool offline() const noexcept { return sandbox_port_ != 0; }
    /// Token and REST URL of the backend; the gateway URL comes from /gateway/bot.
    [[nodiscard]] GatewayBotSettings settings() const;
    /// Offline only: a simulated user says `content` in `channel`. Throws when online.
    void say(Snowflake channel, std::string_view content) const;

  private:
    std::optional<Token> token_;
    std::unique_ptr<sandbox::Sandbox> sandbox_;  ///< the in-process one, when started here
    std::uint16_t sandbox_port_ = 0;             ///< 0: Discord
    std::string sandbox_token_;
};

}  // namespace hikari::examples
