#pragma once
// GatewayBot's state and the pieces of its behaviour, split over bot_*.cpp by concern:
// lifecycle (start, join, close), run (signals), dispatch (from shards to events).

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/gateway_bot.hpp>
#include <hikari/cache/memory_cache.hpp>
#include <hikari/core/logging.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/events/event_manager.hpp>
#include <hikari/rest/rest_client.hpp>
#include <hikari/voice/voice_component.hpp>

#include "bot/identify_gate.hpp"
#include "bot/wakeup.hpp"

#include <boost/asio/io_context.hpp>

#include <chrono>
#include <exception>
#include <map>
#include <memory>
#include <optional>

namespace hikari {

class GatewayBot::Impl {
  public:
    Impl(GatewayBot& bot, boost::asio::io_context* external, GatewayBotSettings bot_settings);
    ~Impl();

    // bot_lifecycle.cpp
    Task<void> start(StartOptions options);
    Task<void> join();
    Task<void> close();

    // bot_run.cpp
    void run(const RunOptions& options);

    // bot_dispatch.cpp
    void on_dispatch(GatewayShard& shard, const GatewayDispatch& dispatch);

    /// Throws ComponentStateConflictError unless the bot is running.
    void check_alive(std::string_view action) const;
    /// Dispatches an event the bot makes itself (lifecycle, shard connections) with `app` set.
    template <class E>
    Task<void> dispatch_own(E event) {
        event.app = &owner;
        return events.dispatch(std::move(event));
    }
    [[nodiscard]] GatewayShard& shard_for(Snowflake guild_id) const;

    enum class State : std::uint8_t { stopped, starting, running, closing };

    GatewayBot& owner;
    std::unique_ptr<boost::asio::io_context> owned_io;
    boost::asio::io_context& io;
    GatewayBotSettings settings;
    log::Logger log;
    EventManager events;
    EventFactory factory;
    MemoryCache cache;
    RESTClient rest;
    std::unique_ptr<VoiceComponent> voice;

    State state = State::stopped;
    std::map<unsigned, std::unique_ptr<GatewayShard>> shards;
    unsigned shard_count = 0;
    std::optional<User> me;
    std::optional<bot_detail::IdentifyGate> identify_gate;
    /// The first error of a shard that stopped on its own while the bot ran.
    std::exception_ptr shard_error;
    /// Shards whose monitor (awaiting join()) has not returned yet.
    std::size_t monitors = 0;
    /// Requests the bot sent of its own accord (member chunks) that still hold a shard.
    std::size_t background = 0;
    /// Notified on every state change, shard death and monitor exit.
    bot_detail::Wakeup changed;

  private:
    Task<void> start_shards(const StartOptions& options);
    Task<void> start_window(const std::vector<unsigned>& window, const GatewayBotInfo& info,
                            const StartOptions& options);
    Task<void> start_one_shard(unsigned shard_id, const GatewayBotInfo& info,
                               const StartOptions& options);
    Task<void> monitor(GatewayShard& shard);
    Task<void> close_everything();
    void maybe_request_members(GatewayShard& shard, const GatewayDispatch& dispatch);
    void remember_me(const GatewayDispatch& dispatch);
};

}  // namespace hikari
