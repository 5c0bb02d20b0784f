#pragma once
// Arguments of the thread endpoints: starting threads (from a message, on their own, as a
// forum or media post) and paging through archived ones.

#include <hikari/model/channel.hpp>
#include <hikari/rest/message_options.hpp>

#include <optional>
#include <string>
#include <vector>

namespace hikari {

/// start_thread_from_message and start_thread. Minutes for auto_archive_duration: 60, 1440,
/// 4320 or 10080.
struct ThreadStartOptions {
    std::string name = {};
    UndefinedOr<std::int32_t> auto_archive_duration = {};
    UndefinedNoneOr<std::int32_t> rate_limit_per_user = {};
    /// start_thread only: public_thread (the default), private_thread or announcement_thread.
    UndefinedOr<ChannelType> type = {};
    /// start_thread with private_thread only: whether members may invite others.
    UndefinedOr<bool> invitable = {};
};

/// A post in a forum or media channel: a thread and its first message.
struct ForumPostOptions {
    std::string name = {};
    MessageCreateOptions message = {};
    UndefinedOr<std::int32_t> auto_archive_duration = {};
    UndefinedNoneOr<std::int32_t> rate_limit_per_user = {};
    UndefinedOr<std::vector<Snowflake>> applied_tags = {};
};

/// Active threads of a guild, with the bot's membership of those it joined.
struct ThreadList {
    std::vector<Channel> threads = {};
    std::vector<ThreadMember> members = {};
};

/// Which archived threads of a channel to list.
enum class ArchivedThreads : std::uint8_t {
    public_,          ///< public threads (announcement threads in announcement channels)
    private_,         ///< private threads; needs MANAGE_THREADS
    joined_private_,  ///< private threads the bot joined
};

}  // namespace hikari
