#pragma once
// Guild templates: a code that creates a guild from a snapshot of another. See
// docs/resources/guild-template.mdx.

#include <hikari/model/common.hpp>
#include <hikari/model/user.hpp>

namespace hikari {

struct GuildTemplate {
    std::string code;
    std::string name;
    std::optional<std::string> description;
    std::int64_t usage_count = 0;
    Snowflake creator_id;
    User creator;
    Timestamp created_at{};
    Timestamp updated_at{};
    Snowflake source_guild_id;
    /// The partial guild snapshot, verbatim JSON: its ids are integer placeholders, not
    /// snowflakes, so it does not read as a Guild.
    std::string serialized_source_guild;
    std::optional<bool> is_dirty;
    bool operator==(const GuildTemplate&) const = default;
};

}  // namespace hikari
