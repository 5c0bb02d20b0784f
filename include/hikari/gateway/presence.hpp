#pragma once
// The presence a bot sends with IDENTIFY and with op 3 (docs/events/gateway-events.mdx,
// "Update Presence").

#include <hikari/core/undefined.hpp>
#include <hikari/model/presence.hpp>  // ActivityType

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace hikari {

enum class Status : std::uint8_t { online, idle, dnd, invisible, offline };

/// The activity a bot may set: bots can only send name, type, url (streaming) and state.
struct BotActivity {
    std::string name;
    ActivityType type = ActivityType::playing;
    std::optional<std::string> url;    ///< twitch/youtube URL, streaming only
    std::optional<std::string> state;  ///< the text of a custom status
};

/// What to change in update_presence; undefined fields keep their current value.
struct PresenceUpdate {
    UndefinedOr<Status> status;
    UndefinedNoneOr<std::chrono::system_clock::time_point> idle_since;
    UndefinedNoneOr<BotActivity> activity;
    UndefinedOr<bool> afk;
};

}  // namespace hikari
