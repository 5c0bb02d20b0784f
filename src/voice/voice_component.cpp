#include <hikari/voice/voice_component.hpp>

#include <hikari/core/errors.hpp>
#include <hikari/core/logging.hpp>
#include <hikari/events/event_manager.hpp>

#include "voice/voice_answer_waiter.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <exception>
#include <utility>
#include <vector>

namespace hikari {

namespace asio = boost::asio;
using voice_detail::VoiceAnswer;
using voice_detail::VoiceAnswerWaiter;

namespace detail {

/// A connect() in progress for one guild.
struct PendingConnect {
    PendingConnect(EventManager& events, Snowflake guild, Snowflake channel, Snowflake user)
        : answers(events, guild, channel, user) {}
    VoiceAnswerWaiter answers;
    bool closed_early = false;  ///< the new connection called on_close before it was stored
};

struct VoiceComponentState : std::enable_shared_from_this<VoiceComponentState> {
    VoiceComponentState(asio::io_context& io_, EventManager& events_, VoiceComponentHooks hooks_,
                        VoiceComponent* owner_)
        : io(io_), events(events_), hooks(std::move(hooks_)), owner(owner_) {}

    asio::io_context& io;
    EventManager& events;
    VoiceComponentHooks hooks;
    VoiceComponent* owner;
    log::Logger logger = log::get("hikari.voice");
    bool alive = true;
    bool destroyed = false;  ///< the component is gone: hooks may dangle, call none
    std::map<Snowflake, std::shared_ptr<VoiceConnection>> connections;
    std::map<Snowflake, std::shared_ptr<PendingConnect>> pending;
    Subscription forwarder;  ///< VoiceEvent listener, held only while there are connections

    void update_forwarder();
    void on_connection_closed(Snowflake guild_id, const VoiceConnection& connection,
                              const std::weak_ptr<PendingConnect>& attempt);
};

}  // namespace detail

namespace {

using StatePtr = std::shared_ptr<detail::VoiceComponentState>;
using detail::PendingConnect;

/// Hands a later voice event of a connected guild to its connection.
Task<void> forward_event(std::weak_ptr<detail::VoiceComponentState> weak, const VoiceEvent& event) {
    const auto state = weak.lock();
    if (!state) co_return;
    const auto found = state->connections.find(event.guild_id);
    if (found == state->connections.end()) co_return;
    const std::shared_ptr<VoiceConnection> connection = found->second;
    co_await connection->notify(event);
}

/// Op 4 with a null channel.
Task<void> send_leave(StatePtr state, Snowflake guild_id) {
    if (state->destroyed) co_return;
    state->logger.debug("leaving voice in guild {}", guild_id.value());
    co_await state->hooks.update_voice_state(guild_id, std::nullopt, false, false);
}

/// send_leave() after a failure that matters more than the leave: logs its error.
Task<void> send_leave_quietly(StatePtr state, Snowflake guild_id) {
    std::exception_ptr error;
    try {
        co_await send_leave(state, guild_id);
    } catch (...) {
        error = std::current_exception();
    }
    if (!error) co_return;
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        state->logger.warning("could not leave voice in guild {}: {}", guild_id.value(), e.what());
    }
}

/// Removes the guild's pending entry when connect() ends, however it ends.
struct PendingGuard {
    StatePtr state;
    Snowflake guild_id;
    std::shared_ptr<PendingConnect> pending;
    ~PendingGuard() {
        const auto found = state->pending.find(guild_id);
        if (found != state->pending.end() && found->second == pending) state->pending.erase(found);
    }
};

std::string describe_exception(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "unknown error";
    }
}

}  // namespace

void detail::VoiceComponentState::update_forwarder() {
    if (connections.empty()) {
        forwarder.unsubscribe();
    } else if (!forwarder.active()) {
        forwarder = events.listen<VoiceEvent>(
            [weak = weak_from_this()](const VoiceEvent& event) -> Task<void> {
                return forward_event(weak, event);
            },
            "hikari.voice forwarder");
    }
}

void detail::VoiceComponentState::on_connection_closed(
    Snowflake guild_id, const VoiceConnection& connection,
    const std::weak_ptr<PendingConnect>& attempt) {
    const auto found = connections.find(guild_id);
    if (found == connections.end() || found->second.get() != &connection) {
        // Not stored: either the connect() that made it is still running (it then gives up),
        // or disconnect() has already forgotten it and sends the leave itself.
        if (const auto running = attempt.lock()) running->closed_early = true;
        return;
    }
    connections.erase(found);
    update_forwarder();
    logger.info("voice connection in guild {} closed itself; leaving the channel",
                guild_id.value());
    asio::co_spawn(io, send_leave_quietly(shared_from_this(), guild_id), asio::detached);
}

VoiceComponent::VoiceComponent(asio::io_context& io, EventManager& events,
                               VoiceComponentHooks hooks)
    : state_(std::make_shared<detail::VoiceComponentState>(io, events, std::move(hooks), this)) {
    const VoiceComponentHooks& h = state_->hooks;
    if (!h.update_voice_state || !h.my_user_id || !h.shard_id_for || !h.intents) {
        throw ValueError(
            "VoiceComponent needs all four hooks (update_voice_state, my_user_id, "
            "shard_id_for, intents)");
    }
}

VoiceComponent::~VoiceComponent() {
    state_->alive = false;
    state_->destroyed = true;
    for (auto& [guild, pending] : state_->pending) pending->answers.cancel();
    state_->forwarder.unsubscribe();
    // Moved out first: a connection calling on_close while destroyed finds an empty map.
    auto connections = std::move(state_->connections);
    state_->connections.clear();
    connections.clear();
}

Task<std::shared_ptr<VoiceConnection>> VoiceComponent::connect(Snowflake guild_id,
                                                               Snowflake channel_id,
                                                               VoiceConnectionFactory factory,
                                                               VoiceConnectOptions options) {
    const StatePtr state = state_;
    if (!state->alive) throw ComponentStateConflictError("the voice component is closed");
    if (!state->hooks.intents().contains(Intents::guild_voice_states)) {
        throw MissingIntentError(Intents::guild_voice_states);
    }
    if (const auto found = state->connections.find(guild_id); found != state->connections.end()) {
        throw VoiceError(fmt::format(
            "already connected to voice in guild {} (channel {}); disconnect before connecting "
            "again",
            guild_id.value(), found->second->channel_id().value()));
    }
    if (state->pending.contains(guild_id)) {
        throw VoiceError(fmt::format("already connecting to voice in guild {}", guild_id.value()));
    }
    if (!factory) throw ValueError("connect() needs a voice connection factory");
    if (options.timeout.count() <= 0) throw ValueError("connect() needs a positive timeout");
    const std::optional<Snowflake> user_id = state->hooks.my_user_id();
    if (!user_id) {
        throw ComponentStateConflictError(
            "the bot's user id is not known yet: connect to voice after READY");
    }
    const unsigned shard_id = state->hooks.shard_id_for(guild_id);

    // Listen before asking, so that neither answer can arrive unseen.
    auto pending = std::make_shared<PendingConnect>(state->events, guild_id, channel_id, *user_id);
    state->pending[guild_id] = pending;
    const PendingGuard guard{state, guild_id, pending};

    state->logger.debug("joining voice channel {} in guild {} (shard {})", channel_id.value(),
                        guild_id.value(), shard_id);
    co_await state->hooks.update_voice_state(guild_id, channel_id, options.self_mute,
                                             options.self_deaf);
    const std::optional<VoiceAnswer> answer = co_await pending->answers.wait(options.timeout);

    if (state->destroyed || !state->alive) {
        co_await send_leave_quietly(state, guild_id);
        throw ComponentStateConflictError(
            fmt::format("the voice component was closed while connecting to voice in guild {}",
                        guild_id.value()));
    }
    if (!answer) {
        co_await send_leave_quietly(state, guild_id);
        throw VoiceError(fmt::format(
            "timed out after {} ms waiting for Discord's voice state and voice server for "
            "channel {} in guild {}: check that it is a voice channel of that guild, that the bot "
            "may connect to it and that it is not full",
            options.timeout.count(), channel_id.value(), guild_id.value()));
    }
    if (!answer->endpoint) {
        co_await send_leave_quietly(state, guild_id);
        throw VoiceError(fmt::format(
            "no voice server is available for guild {} (Discord is reallocating it); try again "
            "later",
            guild_id.value()));
    }

    VoiceConnectionInfo info{
        .channel_id = channel_id,
        .guild_id = guild_id,
        .endpoint = *answer->endpoint,
        .session_id = answer->session_id,
        .token = answer->token,
        .user_id = *user_id,
        .shard_id = shard_id,
        .owner = state->owner,
        .on_close =
            [weak = std::weak_ptr<detail::VoiceComponentState>(state), guild_id,
             attempt = std::weak_ptr<PendingConnect>(pending)](const VoiceConnection& connection) {
                if (const auto s = weak.lock())
                    s->on_connection_closed(guild_id, connection, attempt);
            },
    };
    std::shared_ptr<VoiceConnection> connection;
    std::exception_ptr error;
    try {
        connection = co_await factory(info);
    } catch (...) {
        error = std::current_exception();
    }
    if (error) {
        state->logger.warning("the voice connection factory failed for guild {}: {}",
                              guild_id.value(), describe_exception(error));
        co_await send_leave_quietly(state, guild_id);
        std::rethrow_exception(error);
    }
    if (!connection) {
        co_await send_leave_quietly(state, guild_id);
        throw VoiceError(fmt::format(
            "the voice connection factory returned no connection (guild {})", guild_id.value()));
    }
    if (state->destroyed || !state->alive || pending->closed_early) {
        const bool closed_early = pending->closed_early;
        if (!closed_early) {
            try {
                co_await connection->disconnect();
            } catch (const std::exception& e) {
                state->logger.warning("voice connection in guild {} failed to disconnect: {}",
                                      guild_id.value(), e.what());
            }
        }
        co_await send_leave_quietly(state, guild_id);
        if (closed_early) {
            throw VoiceError(
                fmt::format("the voice connection in guild {} closed while it was being set up",
                            guild_id.value()));
        }
        throw ComponentStateConflictError(
            fmt::format("the voice component was closed while connecting to voice in guild {}",
                        guild_id.value()));
    }

    state->connections[guild_id] = connection;
    state->update_forwarder();
    state->logger.info("connected to voice channel {} in guild {} (endpoint {}, shard {})",
                       channel_id.value(), guild_id.value(), *answer->endpoint, shard_id);
    co_return connection;
}

Task<void> VoiceComponent::disconnect(Snowflake guild_id) {
    const StatePtr state = state_;
    const auto found = state->connections.find(guild_id);
    if (found == state->connections.end()) {
        throw VoiceError(fmt::format("not connected to voice in guild {}", guild_id.value()));
    }
    // Forget it first: the connection's on_close during disconnect() is then a no-op.
    const std::shared_ptr<VoiceConnection> connection = found->second;
    state->connections.erase(found);
    state->update_forwarder();
    state->logger.info("disconnecting from voice in guild {}", guild_id.value());

    std::exception_ptr error;
    try {
        co_await connection->disconnect();
    } catch (...) {
        error = std::current_exception();
    }
    if (error) {
        state->logger.warning("voice connection in guild {} failed to disconnect: {}",
                              guild_id.value(), describe_exception(error));
        co_await send_leave_quietly(state, guild_id);
        std::rethrow_exception(error);
    }
    co_await send_leave(state, guild_id);
}

Task<void> VoiceComponent::disconnect_all() {
    const StatePtr state = state_;
    std::vector<Snowflake> guilds;
    for (const auto& [guild, connection] : state->connections) guilds.push_back(guild);
    std::exception_ptr first_error;
    for (const Snowflake guild : guilds) {
        if (!state->connections.contains(guild)) continue;  // closed itself meanwhile
        std::exception_ptr error;
        try {
            co_await disconnect(guild);
        } catch (...) {
            error = std::current_exception();
        }
        if (error && !first_error) first_error = error;
    }
    if (first_error) std::rethrow_exception(first_error);
}

Task<void> VoiceComponent::close() {
    const StatePtr state = state_;
    if (!state->alive) co_return;
    state->alive = false;
    for (auto& [guild, pending] : state->pending) pending->answers.cancel();
    state->logger.debug("closing: disconnecting {} voice connection(s)", state->connections.size());
    co_await disconnect_all();
}

void VoiceComponent::start() {
    state_->alive = true;
}

bool VoiceComponent::is_alive() const noexcept {
    return state_->alive;
}

std::map<Snowflake, std::shared_ptr<VoiceConnection>> VoiceComponent::connections() const {
    return state_->connections;
}

}  // namespace hikari
