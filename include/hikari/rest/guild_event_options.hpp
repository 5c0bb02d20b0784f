#pragma once
// Arguments of the scheduled event, stage instance and voice state endpoints, and the
// entities only those endpoints return.

#include <hikari/model/guild_scheduled_event.hpp>
#include <hikari/model/member.hpp>
#include <hikari/model/stage_instance.hpp>
#include <hikari/model/voice.hpp>
#include <hikari/model/voice_region.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace hikari {

/// create_scheduled_event: channel_id for stage and voice events; location and
/// scheduled_end_time for external ones.
struct ScheduledEventCreateOptions {
    std::string name = {};
    ScheduledEventEntityType entity_type = ScheduledEventEntityType::voice;
    Timestamp scheduled_start_time = {};
    UndefinedOr<Timestamp> scheduled_end_time = {};
    UndefinedOr<Snowflake> channel_id = {};
    UndefinedOr<std::string> location = {};
    UndefinedOr<std::string> description = {};
    ScheduledEventPrivacyLevel privacy_level = ScheduledEventPrivacyLevel::guild_only;
    UndefinedOr<std::string> image = {};  ///< a data URI
    /// Repeats the event; its occurrences can then be moved or canceled one by one
    /// (create_scheduled_event_exception).
    UndefinedOr<RecurrenceRule> recurrence_rule = {};
};

struct ScheduledEventEditOptions {
    UndefinedOr<std::string> name = {};
    UndefinedOr<ScheduledEventEntityType> entity_type = {};
    UndefinedOr<Timestamp> scheduled_start_time = {};
    UndefinedOr<Timestamp> scheduled_end_time = {};
    /// none when changing to an external event.
    UndefinedNoneOr<Snowflake> channel_id = {};
    UndefinedOr<std::string> location = {};
    UndefinedNoneOr<std::string> description = {};
    /// scheduled -> active -> completed, or scheduled -> canceled.
    UndefinedOr<ScheduledEventStatus> status = {};
    UndefinedOr<std::string> image = {};
};

/// create_scheduled_event_exception: the occurrence is named by its original start time; the
/// others override it (none: back to the series' value).
struct ScheduledEventExceptionCreateOptions {
    Timestamp original_scheduled_start_time = {};
    UndefinedNoneOr<Timestamp> scheduled_start_time = {};
    UndefinedNoneOr<Timestamp> scheduled_end_time = {};
    UndefinedNoneOr<bool> is_canceled = {};
};

/// edit_scheduled_event_exception: only the fields set change.
struct ScheduledEventExceptionEditOptions {
    UndefinedNoneOr<Timestamp> scheduled_start_time = {};
    UndefinedNoneOr<Timestamp> scheduled_end_time = {};
    UndefinedNoneOr<bool> is_canceled = {};
};

/// One user interested in a scheduled event.
struct ScheduledEventUser {
    Snowflake guild_scheduled_event_id = {};
    /// Set when listed for one occurrence (fetch_scheduled_event_exception_users).
    std::optional<Snowflake> guild_scheduled_event_exception_id = {};
    User user = {};
    std::optional<Member> member = {};  ///< with_member only
};

struct StageInstanceCreateOptions {
    Snowflake channel_id = {};
    std::string topic = {};  ///< 1-120 characters
    UndefinedOr<StagePrivacyLevel> privacy_level = {};
    UndefinedOr<bool> send_start_notification = {};
    UndefinedOr<Snowflake> guild_scheduled_event_id = {};
};

struct StageInstanceEditOptions {
    UndefinedOr<std::string> topic = {};
    UndefinedOr<StagePrivacyLevel> privacy_level = {};
};

/// The bot's own voice state in a stage.
struct MyVoiceStateEditOptions {
    UndefinedOr<Snowflake> channel_id = {};  ///< the stage the bot is in
    UndefinedOr<bool> suppress = {};
    /// Raise a hand at this time; none lowers it.
    UndefinedNoneOr<Timestamp> request_to_speak_timestamp = {};
};

/// Another user's voice state in a stage.
struct VoiceStateEditOptions {
    Snowflake channel_id = {};  ///< the stage the user is in
    UndefinedOr<bool> suppress = {};
};

/// What following an announcement channel made: a webhook in the target channel.
struct FollowedChannel {
    Snowflake channel_id = {};
    Snowflake webhook_id = {};
};

/// How many users are interested in a scheduled event, and in each requested exception
/// (one changed occurrence) of a recurring one.
struct ScheduledEventUserCounts {
    std::int64_t users = 0;
    std::map<Snowflake, std::int64_t> exceptions = {};
    bool operator==(const ScheduledEventUserCounts&) const = default;
};

}  // namespace hikari
