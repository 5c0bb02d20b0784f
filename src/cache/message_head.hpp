#pragma once
// What the cache keeps of a MESSAGE_CREATE beside its text, read without building the Message:
// for dispatches that no listener wants, where building the model would be done for nothing.

#include <hikari/core/snowflake.hpp>
#include <hikari/model/user.hpp>

#include <optional>
#include <string_view>

namespace hikari::cache_detail {

struct MessageHead {
    Snowflake id;
    Snowflake channel_id;
    std::optional<Snowflake> guild_id;
    User author;
};

/// Reads a message's id, channel, guild and author from its JSON (followed by json_padding
/// readable bytes); the other fields are checked as JSON and passed over. Throws JsonError
/// with a path under "d".
MessageHead read_message_head(std::string_view json);

}  // namespace hikari::cache_detail
