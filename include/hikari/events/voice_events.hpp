#pragma once
// Voice states and voice servers (hikari.events.voice_events).

#include <hikari/events/event.hpp>
#include <hikari/model/voice.hpp>

#include <optional>
#include <string>

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

}  // namespace hikari
