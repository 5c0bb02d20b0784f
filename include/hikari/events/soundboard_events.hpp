#pragma once
// A guild's soundboard sounds (hikari.events.guild_events soundboard events).

#include <hikari/events/guild_events.hpp>
#include <hikari/model/soundboard.hpp>

#include <vector>

namespace hikari {

class SoundboardEvent : public EventType<SoundboardEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::guild_expressions};
};

class SoundboardSoundCreateEvent : public EventType<SoundboardSoundCreateEvent, SoundboardEvent> {
  public:
    SoundboardSound sound;
};

class SoundboardSoundUpdateEvent : public EventType<SoundboardSoundUpdateEvent, SoundboardEvent> {
  public:
    SoundboardSound sound;
};

class SoundboardSoundDeleteEvent : public EventType<SoundboardSoundDeleteEvent, SoundboardEvent> {
  public:
    Snowflake sound_id;
};

/// GUILD_SOUNDBOARD_SOUNDS_UPDATE: several sounds changed at once.
class SoundboardSoundsUpdateEvent : public EventType<SoundboardSoundsUpdateEvent, SoundboardEvent> {
  public:
    std::vector<SoundboardSound> sounds;
};

/// SOUNDBOARD_SOUNDS: the answer to a Request Soundboard Sounds command, so no intent.
class SoundboardSoundsEvent : public EventType<SoundboardSoundsEvent, SoundboardEvent> {
  public:
    static constexpr EventIntents required_intents{};
    std::vector<SoundboardSound> sounds;
};

}  // namespace hikari
