#pragma once
// Joining and leaving voice channels over the gateway, and keeping one VoiceConnection per
// guild: the counterpart of hikari's VoiceComponentImpl.
//
//     auto connection = co_await bot.voice().connect(guild_id, channel_id, make_player);
//     ...
//     co_await bot.voice().disconnect(guild_id);
//
// Everything runs on the io_context given to the constructor, from one thread.

#include <hikari/core/intents.hpp>
#include <hikari/core/snowflake.hpp>
#include <hikari/core/task.hpp>
#include <hikari/voice/voice_connection.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace boost::asio {
class io_context;
}

namespace hikari {

class EventManager;

namespace detail {
struct VoiceComponentState;
}

/// What the component needs from the bot that owns it.
struct VoiceComponentHooks {
    /// Sends op 4 on the shard that owns guild_id (throws when no shard covers it).
    std::function<Task<void>(Snowflake guild_id, std::optional<Snowflake> channel_id,
                             bool self_mute, bool self_deaf)>
        update_voice_state;
    /// The bot's user id once READY arrived, nullopt before.
    std::function<std::optional<Snowflake>()> my_user_id;
    /// Which shard owns a guild ((guild_id >> 22) % shard_count).
    std::function<unsigned(Snowflake guild_id)> shard_id_for;
    /// The intents the shards identified with.
    std::function<Intents()> intents;
};

/// Options of VoiceComponent::connect().
struct VoiceConnectOptions {
    bool self_mute = false;
    bool self_deaf = false;
    /// How long to wait for Discord's VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE together.
    std::chrono::milliseconds timeout{5000};
};

class VoiceComponent {
  public:
    /// Open from construction. `events` and the hooks must outlive the component.
    VoiceComponent(boost::asio::io_context& io, EventManager& events, VoiceComponentHooks hooks);
    /// Forgets the connections without disconnecting them (call close() first).
    ~VoiceComponent();
    VoiceComponent(const VoiceComponent&) = delete;
    VoiceComponent& operator=(const VoiceComponent&) = delete;

    /// Joins `channel_id` of `guild_id` and returns the connection `factory` made from
    /// Discord's answer. Throws ComponentStateConflictError after close() (or before READY),
    /// MissingIntentError without GUILD_VOICE_STATES, VoiceError when the guild already has a
    /// connection (or one is being made), when Discord does not answer within the timeout
    /// (unknown or full channel, channel of another guild) or offers no voice server; in
    /// those last two cases a leave is sent. Whatever the factory throws is rethrown.
    Task<std::shared_ptr<VoiceConnection>> connect(Snowflake guild_id, Snowflake channel_id,
                                                   VoiceConnectionFactory factory,
                                                   VoiceConnectOptions options = {});

    /// Ends the guild's connection and leaves the channel (op 4 with a null channel).
    /// Throws VoiceError when the guild has no connection.
    Task<void> disconnect(Snowflake guild_id);
    /// disconnect() for every guild; rethrows the first failure once all were tried.
    Task<void> disconnect_all();
    /// Disconnects everything; connect() is refused from then on (until start()).
    Task<void> close();
    /// Reopens a closed component (a restarted bot); does nothing when open.
    void start();

    [[nodiscard]] bool is_alive() const noexcept;
    /// The current connections by guild (a snapshot).
    [[nodiscard]] std::map<Snowflake, std::shared_ptr<VoiceConnection>> connections() const;

  private:
    std::shared_ptr<detail::VoiceComponentState> state_;
};

}  // namespace hikari
