#pragma once
// hikari::GatewayBot: an auto-sharding bot, the counterpart of Python hikari's GatewayBot. It
// owns the REST client, one gateway shard per shard id, the event manager and factory, the
// cache and the voice component, and wires them together:
//
//     hikari::GatewayBot bot({.token = hikari::Token::bot(secret)});
//     auto subscription = bot.listen<hikari::MessageCreateEvent>(
//         [&](const hikari::MessageCreateEvent& event) -> hikari::Task<void> { ... });
//     bot.run();  // until SIGINT/SIGTERM or bot.close()
//
// Everything runs on one io_context (the bot's own, or one given to it), from one thread.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/bot_settings.hpp>
#include <hikari/core/intents.hpp>
#include <hikari/core/snowflake.hpp>
#include <hikari/core/task.hpp>
#include <hikari/events/event_manager.hpp>
#include <hikari/gateway/presence.hpp>
#include <hikari/gateway/shard.hpp>
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/user.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

namespace boost::asio {
class io_context;
}

namespace hikari {

class Cache;
class EventFactory;
class RESTClient;
class VoiceComponent;

class GatewayBot {
  public:
    /// A bot with an io_context of its own (see io()); run() drives it.
    explicit GatewayBot(GatewayBotSettings settings);
    /// A bot on the caller's io_context; the caller runs it, or calls run().
    GatewayBot(boost::asio::io_context& io, GatewayBotSettings settings);
    ~GatewayBot();
    GatewayBot(const GatewayBot&) = delete;
    GatewayBot& operator=(const GatewayBot&) = delete;

    // --- lifetime ----------------------------------------------------------------------

    /// Fetches /gateway/bot, checks the session start limit, then starts the shards in
    /// windows of max_concurrency (5 s apart) and returns once all are READY. Dispatches
    /// StartingEvent first and StartedEvent last. Throws ComponentStateConflictError when
    /// already running, ValueError for shard_ids without shard_count,
    /// SessionStartLimitError when the limit would be exceeded, and the shard's error when a
    /// shard fails to start (the others are then closed).
    Task<void> start(StartOptions options = {});
    /// Waits until the bot has closed; rethrows the error of a shard that died, if any.
    Task<void> join();
    /// Dispatches StoppingEvent, closes voice, the shards and the REST client, clears the
    /// cache, then dispatches StoppedEvent. Called again while closing, waits for the first
    /// close. Throws ComponentStateConflictError when the bot is not running.
    Task<void> close();
    /// start(), then join(), driving the io_context on this thread until the bot has closed.
    /// With signal handlers, SIGINT and SIGTERM close the bot gracefully; with
    /// propagate_interrupts, run() then throws BotInterrupt.
    void run(const RunOptions& options = {});

    [[nodiscard]] bool is_alive() const noexcept;
    [[nodiscard]] boost::asio::io_context& io() noexcept;
    /// Runs `task` in the background on the bot's io_context (as asyncio.create_task); an
    /// exception it ends with is logged (hikari.bot), not lost.
    void spawn(Task<void> task);

    // --- gateway -----------------------------------------------------------------------

    /// Sends the presence on every shard. Warns (hikari.bot) about STREAMING without a url.
    Task<void> update_presence(PresenceUpdate presence);
    /// Joins, moves or (channel nullopt) leaves a voice channel, on the guild's shard.
    Task<void> update_voice_state(Snowflake guild_id, std::optional<Snowflake> channel_id,
                                  bool self_mute = false, bool self_deaf = false);
    /// Asks the guild's shard for member chunks (MemberChunkEvent).
    Task<void> request_guild_members(RequestGuildMembers request);

    /// The mean heartbeat latency of the shards that measured one.
    [[nodiscard]] std::optional<std::chrono::duration<double>> heartbeat_latency() const;
    [[nodiscard]] std::map<unsigned, std::optional<std::chrono::duration<double>>>
    heartbeat_latencies() const;
    /// The total shard count of the application (0 before start).
    [[nodiscard]] unsigned shard_count() const noexcept;
    /// This process's shards by id.
    [[nodiscard]] const std::map<unsigned, std::unique_ptr<GatewayShard>>& shards() const noexcept;
    /// The shard that receives a guild's events; throws ValueError when none of ours does.
    [[nodiscard]] GatewayShard& shard_for(Snowflake guild_id) const;

    // --- components --------------------------------------------------------------------

    /// The bot's user, from READY (or the cache), nullopt before the first READY.
    [[nodiscard]] std::optional<User> get_me() const;
    [[nodiscard]] Intents intents() const noexcept;
    [[nodiscard]] const GatewayBotSettings& settings() const noexcept;
    [[nodiscard]] RESTClient& rest() noexcept;
    [[nodiscard]] Cache& cache() noexcept;
    [[nodiscard]] EventManager& event_manager() noexcept;
    [[nodiscard]] EventFactory& event_factory() noexcept;
    /// Reads models from JSON and writes them back (the free from_json / to_json as an object).
    [[nodiscard]] const EntityFactory& entity_factory() const noexcept;
    [[nodiscard]] VoiceComponent& voice() noexcept;

    // --- events (forwarded to the event manager) ----------------------------------------

    template <EventClass E, class F>
    requires AsyncListener<F, E> || SyncListener<F, E> ListenerId subscribe(F&& callback,
                                                                            std::string name = {}) {
        return event_manager().subscribe<E>(std::forward<F>(callback), std::move(name));
    }
    template <EventClass E, class F>
    requires AsyncListener<F, E> || SyncListener<F, E>
    [[nodiscard]] Subscription listen(F&& callback, std::string name = {}) {
        return event_manager().listen<E>(std::forward<F>(callback), std::move(name));
    }
    bool unsubscribe(ListenerId id) noexcept { return event_manager().unsubscribe(id); }
    template <EventClass E>
    [[nodiscard]] std::vector<ListenerInfo> get_listeners(bool polymorphic = true) {
        return event_manager().get_listeners<E>(polymorphic);
    }
    template <EventClass E>
    Task<E> wait_for(std::function<bool(const E&)> predicate,
                     std::optional<std::chrono::milliseconds> timeout) {
        return event_manager().wait_for<E>(std::move(predicate), timeout);
    }
    template <EventClass E>
    [[nodiscard]] EventStream<E> stream(std::function<bool(const E&)> filter = {},
                                        StreamOptions options = {}) {
        return event_manager().stream<E>(std::move(filter), options);
    }
    /// Dispatches a (custom) event to its listeners, with `app` set to this bot.
    template <EventClass E>
    Task<void> dispatch(E event) {
        event.app = this;
        return event_manager().dispatch(std::move(event));
    }

  private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace hikari
