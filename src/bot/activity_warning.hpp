#pragma once
// The warning hikari gives for a STREAMING activity without a url, which Discord accepts and
// then does not show: a common surprise.

#include <hikari/core/logging.hpp>
#include <hikari/gateway/presence.hpp>

namespace hikari::bot_detail {

inline void warn_if_stream_without_url(const BotActivity& activity, const log::Logger& log) {
    if (activity.type == ActivityType::streaming && !activity.url) {
        log.warning(
            "a STREAMING activity needs a url (a Twitch or YouTube video) to be shown; "
            "Discord ignores it without one");
    }
}

}  // namespace hikari::bot_detail
