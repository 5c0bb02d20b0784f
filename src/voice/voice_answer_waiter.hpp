#pragma once
// Waits for Discord's two answers to a voice join (docs/topics/voice-connections.mdx
// "Retrieving Voice Server Information"): the bot's own VOICE_STATE_UPDATE, which carries
// the session id, and the guild's VOICE_SERVER_UPDATE, which carries the token and endpoint.
// They may arrive in either order, so both are listened for from construction, before op 4
// is sent, and neither can slip past.

#include <hikari/core/snowflake.hpp>
#include <hikari/core/task.hpp>
#include <hikari/events/event_manager.hpp>
#include <hikari/events/voice_events.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace hikari::voice_detail {

struct VoiceAnswer {
    std::string session_id;
    std::string token;  ///< a credential: never logged
    std::optional<std::string> endpoint;
};

class VoiceAnswerWaiter {
  public:
    VoiceAnswerWaiter(EventManager& events, Snowflake guild_id, Snowflake channel_id,
                      Snowflake user_id);
    ~VoiceAnswerWaiter();
    VoiceAnswerWaiter(const VoiceAnswerWaiter&) = delete;
    VoiceAnswerWaiter& operator=(const VoiceAnswerWaiter&) = delete;

    /// Both answers, or nullopt when `timeout` passed first or cancel() was called. Once only.
    Task<std::optional<VoiceAnswer>> wait(std::chrono::milliseconds timeout);
    /// Ends a wait() early (the component is closing); also stops listening.
    void cancel() noexcept;

    struct Shared;

  private:
    std::shared_ptr<Shared> shared_;  // also held by the deadline coroutine
};

}  // namespace hikari::voice_detail
