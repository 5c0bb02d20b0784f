// GatewayBot's construction, accessors and gateway commands; the rest is in bot_*.cpp.

#include "bot/gateway_bot_impl.hpp"

#include <hikari/core/banner.hpp>

#include "bot/activity_warning.hpp"
#include "bot/shard_plan.hpp"
#include "bot/when_all.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>

namespace hikari {

namespace {

namespace asio = boost::asio;

RESTOptions rest_options(const GatewayBotSettings& settings) {
    RESTOptions options;
    options.rest_url = settings.rest_url;
    options.http_settings = settings.http_settings;
    options.proxy_settings = settings.proxy_settings;
    options.max_rate_limit = settings.max_rate_limit;
    options.max_retries = settings.max_retries;
    options.blocking_executor = settings.blocking_executor;
    return options;
}

/// Logging and the banner come first, as in hikari, so that everything after can log.
const GatewayBotSettings& prepare(const GatewayBotSettings& settings) {
    if (settings.logs) log::configure(*settings.logs, settings.allow_colour, settings.force_colour);
    if (settings.banner) {
        BannerOptions banner;
        banner.allow_colour = settings.allow_colour;
        banner.force_colour = settings.force_colour;
        print_banner(banner);
    }
    settings.cache_settings.validate();
    return settings;
}

}  // namespace

GatewayBot::Impl::Impl(GatewayBot& bot, asio::io_context* external, GatewayBotSettings bot_settings)
    : owner(bot),
      owned_io(external != nullptr ? nullptr : std::make_unique<asio::io_context>(1)),
      io(external != nullptr ? *external : *owned_io),
      settings(std::move(bot_settings)),
      log(log::get("hikari.bot")),
      events(io, prepare(settings).intents),
      cache(settings.cache_settings),
      rest(io.get_executor(), settings.token, rest_options(settings)),
      changed(io.get_executor()) {
    VoiceComponentHooks hooks;
    hooks.update_voice_state = [this](Snowflake guild, std::optional<Snowflake> channel,
                                      bool self_mute, bool self_deaf) -> Task<void> {
        return shard_for(guild).update_voice_state(guild, channel, self_mute, self_deaf);
    };
    hooks.my_user_id = [this]() -> std::optional<Snowflake> {
        if (me) return me->id;
        return std::nullopt;
    };
    hooks.shard_id_for = [this](Snowflake guild) {
        return bot_detail::shard_of(guild, shard_count);
    };
    hooks.intents = [this] { return settings.intents; };
    voice = std::make_unique<VoiceComponent>(io, events, std::move(hooks));
    factory.set_app(&owner);
}

GatewayBot::Impl::~Impl() {
    if (state == State::stopped) return;
    // Destroyed while running (after a forced stop): shut down without ceremony, so that no
    // coroutine outlives what it refers to. Bounded, in case the peer does not answer.
    log.warning("the bot was destroyed while running; closing it now");
    io.restart();
    if (state != State::closing) asio::co_spawn(io, close(), asio::detached);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (state != State::stopped && std::chrono::steady_clock::now() < deadline) {
        io.run_one_for(std::chrono::milliseconds(100));
    }
}

GatewayShard& GatewayBot::Impl::shard_for(Snowflake guild_id) const {
    const auto found = shards.find(bot_detail::shard_of(guild_id, shard_count));
    if (found == shards.end()) {
        throw ValueError("guild " + guild_id.to_string() +
                         " is not covered by any shard of this bot");
    }
    return *found->second;
}

GatewayBot::GatewayBot(GatewayBotSettings settings)
    : impl_(std::make_unique<Impl>(*this, nullptr, std::move(settings))) {}
GatewayBot::GatewayBot(asio::io_context& io, GatewayBotSettings settings)
    : impl_(std::make_unique<Impl>(*this, &io, std::move(settings))) {}
GatewayBot::~GatewayBot() = default;

Task<void> GatewayBot::start(StartOptions options) {
    return impl_->start(std::move(options));
}
Task<void> GatewayBot::join() {
    return impl_->join();
}
Task<void> GatewayBot::close() {
    return impl_->close();
}
void GatewayBot::run(const RunOptions& options) {
    impl_->run(options);
}

bool GatewayBot::is_alive() const noexcept {
    return impl_->state != Impl::State::stopped;
}
asio::io_context& GatewayBot::io() noexcept {
    return impl_->io;
}

void GatewayBot::spawn(Task<void> task) {
    asio::co_spawn(impl_->io, std::move(task), [log = impl_->log](const std::exception_ptr& error) {
        if (!error) return;
        try {
            std::rethrow_exception(error);
        } catch (const std::exception& e) {
            log.error("a spawned task failed: {}", e.what());
        } catch (...) {
            log.error("a spawned task failed with a non-standard exception");
        }
    });
}

Task<void> GatewayBot::update_presence(PresenceUpdate presence) {
    impl_->check_alive("update its presence");
    if (presence.activity.has_value()) {
        bot_detail::warn_if_stream_without_url(*presence.activity, impl_->log);
    }
    std::vector<Task<void>> updates;
    for (auto& [id, shard] : impl_->shards) updates.push_back(shard->update_presence(presence));
    co_await bot_detail::when_all(impl_->io.get_executor(), std::move(updates));
}

Task<void> GatewayBot::update_voice_state(Snowflake guild_id, std::optional<Snowflake> channel_id,
                                          bool self_mute, bool self_deaf) {
    impl_->check_alive("update a voice state");
    co_await impl_->shard_for(guild_id).update_voice_state(guild_id, channel_id, self_mute,
                                                           self_deaf);
}

Task<void> GatewayBot::request_guild_members(RequestGuildMembers request) {
    impl_->check_alive("request guild members");
    co_await impl_->shard_for(request.guild_id).request_guild_members(request);
}

std::optional<std::chrono::duration<double>> GatewayBot::heartbeat_latency() const {
    std::chrono::duration<double> sum{0};
    std::size_t measured = 0;
    for (const auto& [id, shard] : impl_->shards) {
        if (auto latency = shard->heartbeat_latency()) {
            sum += *latency;
            ++measured;
        }
    }
    if (measured == 0) return std::nullopt;
    return sum / static_cast<double>(measured);
}

std::map<unsigned, std::optional<std::chrono::duration<double>>> GatewayBot::heartbeat_latencies()
    const {
    std::map<unsigned, std::optional<std::chrono::duration<double>>> latencies;
    for (const auto& [id, shard] : impl_->shards) latencies[id] = shard->heartbeat_latency();
    return latencies;
}

unsigned GatewayBot::shard_count() const noexcept {
    return impl_->shard_count;
}
const std::map<unsigned, std::unique_ptr<GatewayShard>>& GatewayBot::shards() const noexcept {
    return impl_->shards;
}
GatewayShard& GatewayBot::shard_for(Snowflake guild_id) const {
    return impl_->shard_for(guild_id);
}

std::optional<User> GatewayBot::get_me() const {
    if (impl_->me) return impl_->me;
    return impl_->cache.get_me();
}
Intents GatewayBot::intents() const noexcept {
    return impl_->settings.intents;
}
const GatewayBotSettings& GatewayBot::settings() const noexcept {
    return impl_->settings;
}
RESTClient& GatewayBot::rest() noexcept {
    return impl_->rest;
}
Cache& GatewayBot::cache() noexcept {
    return impl_->cache;
}
EventManager& GatewayBot::event_manager() noexcept {
    return impl_->events;
}
EventFactory& GatewayBot::event_factory() noexcept {
    return impl_->factory;
}
const EntityFactory& GatewayBot::entity_factory() const noexcept {
    static const EntityFactory factory;
    return factory;
}
VoiceComponent& GatewayBot::voice() noexcept {
    return *impl_->voice;
}

}  // namespace hikari
