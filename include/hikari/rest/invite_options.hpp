#pragma once
// Arguments of create_invite and fetch_invite.

#include <hikari/model/invite.hpp>

#include <optional>

namespace hikari {

struct InviteCreateOptions {
    /// Seconds before expiry, 0 for never (Discord's default is a day); at most 604800.
    UndefinedOr<std::int32_t> max_age = {};
    /// 0 for unlimited; at most 100.
    UndefinedOr<std::int32_t> max_uses = {};
    UndefinedOr<bool> temporary = {};
    /// Make a new invite even if a similar one exists.
    UndefinedOr<bool> unique = {};
    UndefinedOr<InviteTargetType> target_type = {};
    UndefinedOr<Snowflake> target_user_id = {};
    UndefinedOr<Snowflake> target_application_id = {};
};

struct InviteFetchOptions {
    /// Fill approximate_member_count and approximate_presence_count.
    bool with_counts = true;
    /// Fill expires_at (Discord now always does; sent for older behaviour).
    bool with_expiration = true;
    std::optional<Snowflake> guild_scheduled_event_id = {};
};

}  // namespace hikari
