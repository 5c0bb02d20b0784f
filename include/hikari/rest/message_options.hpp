#pragma once
// Arguments of create_message / edit_message and the webhook and interaction equivalents
// (undefined fields are left out of the request; none sends null, clearing the field), and of
// search_guild_messages with its result.

#include <hikari/model/allowed_mentions.hpp>
#include <hikari/model/component.hpp>
#include <hikari/model/embed.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/poll.hpp>
#include <hikari/rest/file_upload.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

struct MessageCreateOptions {
    UndefinedOr<std::string> content = {};
    UndefinedOr<std::vector<Embed>> embeds = {};
    UndefinedOr<std::vector<Component>> components = {};
    UndefinedOr<AllowedMentions> allowed_mentions = {};
    /// Reply to this message (in the same channel).
    UndefinedOr<Snowflake> reply = {};
    /// With reply: fail if the replied-to message no longer exists (default true on Discord).
    UndefinedOr<bool> reply_must_exist = {};
    std::vector<FileUpload> attachments = {};
    UndefinedOr<bool> tts = {};
    UndefinedOr<MessageFlags> flags = {};
    UndefinedOr<std::vector<Snowflake>> sticker_ids = {};
    UndefinedOr<std::string> nonce = {};
    UndefinedOr<bool> enforce_nonce = {};
    UndefinedOr<PollCreate> poll = {};
};

struct MessageEditOptions {
    UndefinedNoneOr<std::string> content = {};
    UndefinedNoneOr<std::vector<Embed>> embeds = {};
    UndefinedNoneOr<std::vector<Component>> components = {};
    UndefinedNoneOr<AllowedMentions> allowed_mentions = {};
    UndefinedNoneOr<MessageFlags> flags = {};
    /// New files to add.
    std::vector<FileUpload> attachments = {};
    /// Existing attachments to keep (others are removed); undefined keeps them all.
    UndefinedOr<std::vector<Snowflake>> keep_attachments = {};
};

enum class MessageSortBy : std::uint8_t { timestamp, relevance };

/// search_guild_messages: every filter is optional. The string lists take Discord's values
/// ("user", "bot", "webhook" for author_types; "image", "sound", "video", "file", "sticker",
/// "embed", "link", "poll", "snapshot" for has; "image", "video", "gif", "sound", "article"
/// for embed_types), each negated by a leading '-'.
struct MessageSearchOptions {
    std::optional<std::string> content = {};  ///< words to find (up to 1024 characters)
    std::optional<int> slop = {};             ///< 0-100
    std::vector<Snowflake> channel_ids = {};  ///< up to 500
    std::vector<std::string> author_types = {};
    std::vector<Snowflake> author_ids = {};  ///< these lists: up to 100 each
    std::vector<Snowflake> mentions = {};
    std::vector<Snowflake> mentions_role_ids = {};
    std::optional<bool> mention_everyone = {};
    std::vector<Snowflake> replied_to_user_ids = {};
    std::vector<Snowflake> replied_to_message_ids = {};
    std::optional<bool> pinned = {};
    std::vector<std::string> has = {};
    std::vector<std::string> embed_types = {};
    std::vector<std::string> embed_providers = {};
    std::vector<std::string> link_hostnames = {};
    std::vector<std::string> attachment_filenames = {};
    std::vector<std::string> attachment_extensions = {};
    /// Only messages with ids in (min_id, max_id).
    std::optional<Snowflake> min_id = {};
    std::optional<Snowflake> max_id = {};
    std::optional<MessageSortBy> sort_by = {};
    /// Oldest first rather than newest (ignored when sorting by relevance).
    std::optional<bool> ascending = {};
    std::optional<bool> include_nsfw = {};
    std::optional<int> limit = {};   ///< 1-25
    std::optional<int> offset = {};  ///< 0-9975
};

/// One page of search_guild_messages.
struct MessageSearchResult {
    /// The matching messages (without their reactions), in the requested order.
    std::vector<Message> messages = {};
    /// The threads holding returned messages, and the bot's membership of those it joined.
    std::vector<Channel> threads = {};
    std::vector<ThreadMember> members = {};
    std::int64_t total_results = 0;
    bool doing_deep_historical_index = false;
    std::optional<std::int64_t> documents_indexed = {};
    /// Set when Discord answered 202: the guild is not indexed yet; search again after this.
    std::optional<std::chrono::seconds> retry_after = {};
};

}  // namespace hikari
