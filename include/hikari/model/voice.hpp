#pragma once
// Voice states. See docs/resources/voice.mdx "Voice State Object".

#include <hikari/model/member.hpp>

namespace hikari {

struct VoiceState {
    std::optional<Snowflake> guild_id;
    std::optional<Snowflake> channel_id;
    Snowflake user_id;
    std::optional<Member> member;
    std::string session_id;
    bool deaf = false;
    bool mute = false;
    bool self_deaf = false;
    bool self_mute = false;
    std::optional<bool> self_stream;
    bool self_video = false;
    bool suppress = false;
    std::optional<Timestamp> request_to_speak_timestamp;
    bool operator==(const VoiceState&) const = default;
};

/// Ephemeral state of one voice channel, as CHANNEL_INFO sends it.
struct VoiceChannelInfo {
    Snowflake id;
    UndefinedNoneOr<std::string> status;
    UndefinedNoneOr<std::int64_t> voice_start_time;  ///< Unix seconds
    bool operator==(const VoiceChannelInfo&) const = default;
};

}  // namespace hikari
