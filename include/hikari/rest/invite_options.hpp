#pragma once
// Arguments of create_invite and fetch_invite, and the job that processes an invite's target
// users.

#include <hikari/model/invite.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
    /// Only these users may see and accept the invite (sent as a CSV file, which makes the
    /// request multipart); empty for everyone.
    std::vector<Snowflake> target_users = {};
};

struct InviteFetchOptions {
    /// Fill approximate_member_count and approximate_presence_count.
    bool with_counts = true;
    /// Fill expires_at (Discord now always does; sent for older behaviour).
    bool with_expiration = true;
    std::optional<Snowflake> guild_scheduled_event_id = {};
};

enum class InviteTargetUsersJobStatus : std::uint8_t {
    unspecified = 0,
    processing = 1,
    completed = 2,
    failed = 3,
};

/// How far Discord got in processing an invite's target users file.
struct InviteTargetUsersJob {
    InviteTargetUsersJobStatus status = InviteTargetUsersJobStatus::unspecified;
    std::int64_t total_users = 0;
    std::int64_t processed_users = 0;
    std::optional<Timestamp> created_at = {};
    std::optional<Timestamp> completed_at = {};
    std::optional<std::string> error_message = {};
    bool operator==(const InviteTargetUsersJob&) const = default;
};

}  // namespace hikari
