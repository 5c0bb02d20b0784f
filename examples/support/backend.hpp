#pragma once
// Where the examples run: Discord itself when DISCORD_TOKEN is set, otherwise a hikari-sandbox
// started in this process, with a simulated user who can speak in its channels.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/bot_settings.hpp>
#include <hikari/core/snowflake.hpp>

#include <memory>
#include <optional>
#include <string_view>

namespace hikari::sandbox {
class Sandbox;
}

namespace hikari::examples {

class Backend {
  public:
    /// Reads DISCORD_TOKEN; without it, starts the sandbox (heartbeats every second, so that
    /// a latency is measured within the demo's few seconds).
    Backend();
    ~Backend();
    Backend(const Backend&) = delete;
    Backend& operator=(const Backend&) = delete;

    [[nodiscard]] bool offline() const noexcept { return sandbox_ != nullptr; }
    /// Token and REST URL of the backend; the gateway URL comes from /gateway/bot.
    [[nodiscard]] GatewayBotSettings settings() const;
    /// Offline only: a simulated user says `content` in `channel`. Throws when online.
    void say(Snowflake channel, std::string_view content) const;

  private:
    std::optional<Token> token_;
    std::unique_ptr<sandbox::Sandbox> sandbox_;
};

}  // namespace hikari::examples
