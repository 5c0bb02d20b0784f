#pragma once
// The pluggable part of voice: hikari joins the channel on the gateway and hands what Discord
// answered to a VoiceConnection the user supplies (an audio library, a recorder, a test
// double). The counterpart of hikari.api.VoiceConnection.

#include <hikari/core/snowflake.hpp>
#include <hikari/core/task.hpp>
#include <hikari/events/voice_events.hpp>

#include <functional>
#include <memory>
#include <string>

namespace hikari {

class VoiceComponent;
class VoiceConnection;

/// What a connection needs to open the voice websocket (docs/topics/voice-connections.mdx
/// "Establishing a Voice Websocket Connection"). `token` is a credential: never log it.
struct VoiceConnectionInfo {
    Snowflake channel_id;
    Snowflake guild_id;
    std::string endpoint;  ///< "host:port", without a scheme
    std::string session_id;
    std::string token;
    Snowflake user_id;  ///< the bot's
    unsigned shard_id = 0;
    VoiceComponent* owner = nullptr;
    /// The connection calls this once when it closes on its own (the voice server went away,
    /// it was kicked...), so the component forgets it and leaves the channel on the gateway.
    /// Calling it after VoiceComponent::disconnect() did the closing is harmless.
    std::function<void(const VoiceConnection&)> on_close;
};

/// One voice connection, owned by the VoiceComponent until it is disconnected or closes.
/// Every method runs on the component's io_context.
class VoiceConnection {
  public:
    explicit VoiceConnection(const VoiceConnectionInfo& info)
        : guild_id_(info.guild_id),
          channel_id_(info.channel_id),
          shard_id_(info.shard_id),
          owner_(info.owner) {}
    virtual ~VoiceConnection() = default;
    VoiceConnection(const VoiceConnection&) = delete;
    VoiceConnection& operator=(const VoiceConnection&) = delete;

    [[nodiscard]] virtual Snowflake guild_id() const noexcept { return guild_id_; }
    /// The channel joined; an implementation that follows moves may report the new one.
    [[nodiscard]] virtual Snowflake channel_id() const noexcept { return channel_id_; }
    [[nodiscard]] virtual unsigned shard_id() const noexcept { return shard_id_; }
    /// The component that made this connection. Valid while that component exists.
    [[nodiscard]] VoiceComponent* owner() const noexcept { return owner_; }

    [[nodiscard]] virtual bool is_alive() const noexcept = 0;
    /// Completes when the connection has ended.
    virtual Task<void> join() = 0;
    /// Ends the connection. The component sends the gateway leave itself.
    virtual Task<void> disconnect() = 0;
    /// Every voice event of this guild that arrives after the connection was made: other
    /// members' voice states, the bot being moved, and VOICE_SERVER_UPDATE when the voice
    /// server moves (a null endpoint: it is being reallocated, a new one follows).
    virtual Task<void> notify(const VoiceEvent& event) = 0;

  private:
    Snowflake guild_id_;
    Snowflake channel_id_;
    unsigned shard_id_;
    VoiceComponent* owner_;
};

/// Builds and opens a connection from what Discord answered; throwing aborts the connect.
using VoiceConnectionFactory =
    std::function<Task<std::shared_ptr<VoiceConnection>>(const VoiceConnectionInfo&)>;

}  // namespace hikari
