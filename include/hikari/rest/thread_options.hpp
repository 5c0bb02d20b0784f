#pragma once
// Arguments of the thread endpoints: starting threads (from a message, on their own, as a
// forum or media post), paging through archived ones and searching a channel's threads.

#include <hikari/model/channel.hpp>
#include <hikari/rest/message_options.hpp>

#include <chrono>
#include <cstdint>
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

/// How search_threads combines several tags.
enum class ThreadTagMatch : std::uint8_t {
    all,   ///< "match_all": a thread must carry every tag
    some,  ///< "match_some": at least one of them
};

enum class ThreadSortBy : std::uint8_t {
    relevance,
    creation_time,
    last_message_time,
    archive_time
};

/// search_threads: every field is optional; unset ones are left to Discord's defaults.
struct ThreadSearchOptions {
    /// Words the thread name must contain (up to 100 characters).
    std::optional<std::string> name = {};
    /// How far apart the words of `name` may be (0-100).
    std::optional<int> slop = {};
    /// Only threads with ids in (min_id, max_id).
    std::optional<Snowflake> min_id = {};
    std::optional<Snowflake> max_id = {};
    /// Forum tags to filter by (up to 20).
    std::vector<Snowflake> tags = {};
    std::optional<ThreadTagMatch> tag_setting = {};
    /// Only archived (true) or only active (false) threads.
    std::optional<bool> archived = {};
    std::optional<ThreadSortBy> sort_by = {};
    /// Ascending rather than Discord's default descending order.
    std::optional<bool> ascending = {};
    /// 1-25 results from `offset` (0-9975).
    std::optional<int> limit = {};
    std::optional<int> offset = {};
};

/// One page of search_threads.
struct ThreadSearchResult {
    std::vector<Channel> threads = {};
    /// The bot's membership of the threads it joined.
    std::vector<ThreadMember> members = {};
    /// The starter message of each thread that has one (forum and media posts).
    std::vector<Message> first_messages = {};
    bool has_more = false;
    std::int64_t total_results = 0;
    /// Set when Discord answered 202: the channel's search index is still being built and
    /// the search should be repeated after this long; the lists are empty then.
    std::optional<std::chrono::seconds> retry_after = {};
};

}  // namespace hikari
