#pragma once
// Which mentions in a message's content ping (the allowed mentions object of
// docs/resources/message.mdx), as requests send it and interaction responses carry it.

#include <hikari/core/snowflake.hpp>

#include <vector>

namespace hikari {

/// Default-constructed: nothing pings. On the wire: {"parse":[...],"users":[...],
/// "roles":[...],"replied_user":...}; "parse" names the kinds that ping whatever is mentioned.
struct AllowedMentions {
    bool everyone = false;  ///< @everyone and @here ("everyone" in parse)
    /// All users ("users" in parse), or only those listed.
    bool all_users = false;
    std::vector<Snowflake> users = {};
    /// All roles ("roles" in parse), or only those listed.
    bool all_roles = false;
    std::vector<Snowflake> roles = {};
    /// Ping the author of the message replied to.
    bool replied_user = false;
    bool operator==(const AllowedMentions&) const = default;
};

}  // namespace hikari
