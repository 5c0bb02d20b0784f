#pragma once
// Scheduled events. See docs/resources/guild-scheduled-event.mdx.

#include <hikari/model/user.hpp>

namespace hikari {

enum class ScheduledEventPrivacyLevel : std::uint8_t { guild_only = 2 };
enum class ScheduledEventStatus : std::uint8_t {
    scheduled = 1,
    active = 2,
    completed = 3,
    canceled = 4,
};
enum class ScheduledEventEntityType : std::uint8_t { stage_instance = 1, voice = 2, external = 3 };
enum class RecurrenceFrequency : std::uint8_t { yearly = 0, monthly = 1, weekly = 2, daily = 3 };

struct ScheduledEventEntityMetadata {
    std::optional<std::string> location;
    bool operator==(const ScheduledEventEntityMetadata&) const = default;
};

/// "The n-th <day> of the month": n in 1..5, day 0 (Monday) .. 6 (Sunday).
struct RecurrenceNWeekday {
    std::int32_t n = 0;
    std::uint8_t day = 0;
    bool operator==(const RecurrenceNWeekday&) const = default;
};

struct RecurrenceRule {
    Timestamp start{};
    std::optional<Timestamp> end;
    RecurrenceFrequency frequency{};
    std::int32_t interval = 0;
    std::optional<std::vector<std::uint8_t>> by_weekday;
    std::optional<std::vector<RecurrenceNWeekday>> by_n_weekday;
    std::optional<std::vector<std::uint8_t>> by_month;
    std::optional<std::vector<std::int32_t>> by_month_day;
    std::optional<std::vector<std::int32_t>> by_year_day;
    std::optional<std::int32_t> count;
    bool operator==(const RecurrenceRule&) const = default;
};

struct GuildScheduledEvent {
    Snowflake id;
    Snowflake guild_id;
    std::optional<Snowflake> channel_id;
    UndefinedNoneOr<Snowflake> creator_id;
    std::string name;
    UndefinedNoneOr<std::string> description;
    Timestamp scheduled_start_time{};
    std::optional<Timestamp> scheduled_end_time;
    ScheduledEventPrivacyLevel privacy_level{};
    ScheduledEventStatus status{};
    ScheduledEventEntityType entity_type{};
    std::optional<Snowflake> entity_id;
    std::optional<ScheduledEventEntityMetadata> entity_metadata;
    std::optional<User> creator;
    std::optional<std::int32_t> user_count;
    UndefinedNoneOr<ImageHash> image;
    std::optional<RecurrenceRule> recurrence_rule;
    bool operator==(const GuildScheduledEvent&) const = default;
};

/// One occurrence of a recurring event that was moved or canceled. Its id is the snowflake of
/// the occurrence's original start time (openapi.json, GuildScheduledEventExceptionResponse).
struct GuildScheduledEventException {
    Snowflake event_id;
    Snowflake event_exception_id;
    std::optional<Timestamp> scheduled_start_time;  ///< null: the series' time
    std::optional<Timestamp> scheduled_end_time;
    bool is_canceled = false;
    bool operator==(const GuildScheduledEventException&) const = default;
};

}  // namespace hikari
