// GatewayBot start, join and close: the order of hikari's GatewayBot.start()/close().

#include "bot/gateway_bot_impl.hpp"

#include <hikari/events/lifetime_events.hpp>
#include <hikari/events/shard_events.hpp>

#include "bot/activity_warning.hpp"
#include "bot/shard_plan.hpp"
#include "bot/when_all.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>

namespace hikari {

namespace {

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

PresenceUpdate initial_presence(const StartOptions& options) {
    PresenceUpdate presence;
    presence.status = options.status;
    presence.afk = options.afk;
    if (options.idle_since) {
        presence.idle_since = *options.idle_since;
    } else {
        presence.idle_since = none;
    }
    if (options.activity) {
        presence.activity = *options.activity;
    } else {
        presence.activity = none;
    }
    return presence;
}

}  // namespace

void GatewayBot::Impl::check_alive(std::string_view action) const {
    if (state == State::stopped) {
        throw ComponentStateConflictError("the bot is not running, so it cannot " +
                                          std::string(action));
    }
}

Task<void> GatewayBot::Impl::start(StartOptions options) {
    if (state != State::stopped) throw ComponentStateConflictError("the bot is already running");
    if (options.shard_ids && !options.shard_count) {
        throw ValueError("shard_ids must be given together with shard_count");
    }
    if (options.activity) bot_detail::warn_if_stream_without_url(*options.activity, log);

    state = State::starting;
    shard_error = nullptr;
    changed.notify();
    std::exception_ptr failure;
    try {
        co_await start_shards(options);
    } catch (...) {
        failure = std::current_exception();
    }
    if (!failure) co_return;
    if (state != State::starting) {
        // close() was called meanwhile (which is why a shard's start failed): as hikari,
        // start() then returns quietly once the bot is down.
        while (state != State::stopped) co_await changed.wait();
        co_return;
    }
    // Leave nothing running: the same shutdown as close(), then report why.
    state = State::closing;
    changed.notify();
    co_await close_everything();
    std::rethrow_exception(failure);
}

Task<void> GatewayBot::Impl::start_shards(const StartOptions& options) {
    const auto started_at = Clock::now();
    voice->start();
    co_await dispatch_own(StartingEvent{});
    log.debug("asking /gateway/bot how to shard");
    const GatewayBotInfo info = co_await rest.fetch_gateway_bot_info();
    const auto plan = bot_detail::plan_shards(info, options);
    const auto& limit = info.session_start_limit;
    bot_detail::check_session_start_limit(limit, plan.shard_ids.size(),
                                          options.ignore_session_start_limit);
    log.info("{} session start{} left (reset in {:.0f} s); starting {} of {} shard{}",
             limit.remaining, limit.remaining == 1 ? "" : "s",
             std::chrono::duration<double>(limit.reset_after).count(), plan.shard_ids.size(),
             plan.shard_count, plan.shard_count == 1 ? "" : "s");

    shard_count = plan.shard_count;
    const auto max_concurrency = static_cast<unsigned>(std::max(limit.max_concurrency, 1));
    identify_gate.emplace(io.get_executor(), max_concurrency, settings.identify_interval);

    for (const auto& window : bot_detail::identify_windows(plan.shard_ids, max_concurrency)) {
        if (!shards.empty()) {
            log.info("the next start-up window opens in {:.1f} s",
                     std::chrono::duration<double>(settings.identify_interval).count());
            const auto deadline = Clock::now() + settings.identify_interval;
            while (Clock::now() < deadline && state == State::starting && !shard_error) {
                co_await changed.wait_until(deadline);
            }
        }
        if (state != State::starting) co_return;  // close() was called meanwhile
        if (shard_error) {
            log.critical("a shard stopped while the others were starting; shutting down");
            std::rethrow_exception(shard_error);
        }
        co_await start_window(window, info, options);
    }
    if (state != State::starting) co_return;
    state = State::running;
    changed.notify();
    co_await dispatch_own(StartedEvent{});
    log.info("started {} shard{} in {:.2f} s", shards.size(), shards.size() == 1 ? "" : "s",
             std::chrono::duration<double>(Clock::now() - started_at).count());
}

Task<void> GatewayBot::Impl::start_window(const std::vector<unsigned>& window,
                                          const GatewayBotInfo& info, const StartOptions& options) {
    std::vector<Task<void>> starts;
    starts.reserve(window.size());
    for (const unsigned id : window) starts.push_back(start_one_shard(id, info, options));
    co_await bot_detail::when_all(io.get_executor(), std::move(starts));
}

Task<void> GatewayBot::Impl::start_one_shard(unsigned shard_id, const GatewayBotInfo& info,
                                             const StartOptions& options) {
    GatewayShardSettings shard_settings{.token = settings.token};
    shard_settings.intents = settings.intents;
    shard_settings.shard_id = shard_id;
    shard_settings.shard_count = shard_count;
    shard_settings.url = settings.gateway_url.value_or(info.url);
    shard_settings.compression = settings.compression;
    shard_settings.large_threshold = options.large_threshold;
    shard_settings.initial_presence = initial_presence(options);
    shard_settings.verify_tls = settings.http_settings.verify_ssl;
    if (settings.http_settings.ca_file) {
        shard_settings.ca_file = settings.http_settings.ca_file->string();
    }
    shard_settings.proxy = settings.proxy_settings;
    if (settings.http_settings.connect_timeout) {
        shard_settings.connect_timeout = *settings.http_settings.connect_timeout;
    }
    shard_settings.before_identify = [this](unsigned id) { return identify_gate->acquire(id); };
    shard_settings.on_connected = [this](unsigned id) {
        ShardConnectedEvent event;
        event.shard_id = id;
        asio::co_spawn(io, dispatch_own(std::move(event)), asio::detached);
    };
    shard_settings.on_disconnected = [this](unsigned id) {
        ShardDisconnectedEvent event;
        event.shard_id = id;
        asio::co_spawn(io, dispatch_own(std::move(event)), asio::detached);
    };

    auto shard = std::make_unique<GatewayShard>(
        io, std::move(shard_settings), [this](GatewayShard& from, const GatewayDispatch& dispatch) {
            on_dispatch(from, dispatch);
        });
    GatewayShard& ref = *shard;
    shards[shard_id] = std::move(shard);
    const auto begun = Clock::now();
    try {
        co_await ref.start();
    } catch (...) {
        // A shard that failed to start has stopped; nothing to monitor. While closing,
        // close_everything() may hold a close() of it, so it goes with the others.
        if (state == State::starting) shards.erase(shard_id);
        throw;
    }
    log.debug("shard {} started in {:.1f} ms", shard_id,
              std::chrono::duration<double, std::milli>(Clock::now() - begun).count());
    ++monitors;
    asio::co_spawn(io, monitor(ref), asio::detached);
}

Task<void> GatewayBot::Impl::monitor(GatewayShard& shard) {
    try {
        co_await shard.join();
        if (state == State::starting || state == State::running) {
            log.error("shard {} stopped while the bot was running", shard.id());
            if (!shard_error) {
                shard_error = std::make_exception_ptr(
                    GatewayError("shard " + std::to_string(shard.id()) + " stopped"));
            }
        }
    } catch (const std::exception& error) {
        if (state == State::starting || state == State::running) {
            log.error("shard {} stopped: {}", shard.id(), error.what());
            if (!shard_error) shard_error = std::current_exception();
        }
    }
    --monitors;
    changed.notify();
}

Task<void> GatewayBot::Impl::join() {
    if (state == State::stopped) {
        throw ComponentStateConflictError("the bot is not running, so there is nothing to join");
    }
    while (state != State::stopped && !shard_error) co_await changed.wait();
    if (shard_error) std::rethrow_exception(shard_error);
}

Task<void> GatewayBot::Impl::close() {
    if (state == State::stopped) throw ComponentStateConflictError("the bot is not running");
    if (state == State::closing) {
        while (state != State::stopped) co_await changed.wait();
        co_return;
    }
    log.info("the bot was asked to shut down");
    state = State::closing;
    changed.notify();
    co_await close_everything();
}

Task<void> GatewayBot::Impl::close_everything() {
    co_await dispatch_own(StoppingEvent{});
    try {
        co_await voice->close();
    } catch (const std::exception& error) {
        log.error("the voice component failed to close: {}", error.what());
    }
    std::vector<Task<void>> closes;
    for (auto& [id, shard] : shards) {
        if (shard->is_alive()) closes.push_back(shard->close());
    }
    try {
        co_await bot_detail::when_all(io.get_executor(), std::move(closes));
    } catch (const std::exception& error) {
        log.error("a shard failed to close: {}", error.what());
    }
    // The monitors hold references to the shards: let them finish before the shards go.
    while (monitors > 0 || background > 0) co_await changed.wait();
    rest.close_idle_connections();
    cache.clear();
    shards.clear();
    identify_gate.reset();
    shard_count = 0;
    co_await dispatch_own(StoppedEvent{});
    state = State::stopped;
    changed.notify();
    log.info("the bot shut down");
}

}  // namespace hikari
