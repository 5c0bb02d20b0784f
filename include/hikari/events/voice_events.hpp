#pragma once
// Voice states and voice servers (hikari.events.voice_events).

#include <hikari/events/event.hpp>
#include <hikari/model/emoji.hpp>
#include <hikari/model/voice.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

class VoiceEvent : public EventType<VoiceEvent> {
  public:
    Snowflake guild_id;
};

/// VOICE_STATE_UPDATE.
class VoiceStateUpdateEvent : public EventType<VoiceStateUpdateEvent, VoiceEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_voice_states};
    VoiceState state;
    std::optional<VoiceState> old;
};

/// VOICE_SERVER_UPDATE: where to connect for voice. Sent without any intent.
class VoiceServerUpdateEvent : public EventType<VoiceServerUpdateEvent, VoiceEvent> {
  public:
    std::string token;
    std::optional<std::string> endpoint;  ///< none while the server is being reallocated
};

enum class VoiceEffectAnimationType : std::uint8_t { premium = 0, basic = 1 };

/// VOICE_CHANNEL_EFFECT_SEND: an emoji reaction or a soundboard sound in a voice channel the
/// bot is connected to.
class VoiceChannelEffectSendEvent : public EventType<VoiceChannelEffectSendEvent, VoiceEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_voice_states};
    Snowflake channel_id;
    Snowflake user_id;
    std::optional<Emoji> emoji;
    std::optional<VoiceEffectAnimationType> animation_type;
    std::optional<std::int64_t> animation_id;
    /// A snowflake for guild sounds, a small number for Discord's default ones.
    std::optional<Snowflake> sound_id;
    std::optional<double> sound_volume;  ///< 0 to 1
};

/// VOICE_CHANNEL_STATUS_UPDATE.
class VoiceChannelStatusUpdateEvent : public EventType<VoiceChannelStatusUpdateEvent, VoiceEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guilds};
    Snowflake channel_id;
    std::optional<std::string> status;  ///< none: cleared
};

/// VOICE_CHANNEL_START_TIME_UPDATE.
class VoiceChannelStartTimeUpdateEvent
    : public EventType<VoiceChannelStartTimeUpdateEvent, VoiceEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guilds};
    Snowflake channel_id;
    std::optional<Timestamp> voice_start_time;  ///< none: no voice session
};

/// CHANNEL_INFO: the answer to a Request Channel Info command, so no intent.
class ChannelInfoEvent : public EventType<ChannelInfoEvent, VoiceEvent> {
  public:
    std::vector<VoiceChannelInfo> channels;
};

}  // namespace hikari
