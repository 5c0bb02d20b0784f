#pragma once
// JSON shapes of stage instances, scheduled events, soundboard sounds and webhooks.

#include "model/fields/user_fields.hpp"

#include <hikari/model/guild_scheduled_event.hpp>
#include <hikari/model/soundboard.hpp>
#include <hikari/model/stage_instance.hpp>
#include <hikari/model/webhook.hpp>

namespace hikari::json {

template <>
struct Fields<StageInstance> {
    using T = StageInstance;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("guild_id", &T::guild_id),
        req("channel_id", &T::channel_id),
        req("topic", &T::topic),
        req("privacy_level", &T::privacy_level),
        req("discoverable_disabled", &T::discoverable_disabled),
        req("guild_scheduled_event_id", &T::guild_scheduled_event_id),
    };
};

template <>
struct Fields<ScheduledEventEntityMetadata> {
    static constexpr auto list =
        std::tuple{opt("location", &ScheduledEventEntityMetadata::location)};
};

template <>
struct Fields<RecurrenceNWeekday> {
    using T = RecurrenceNWeekday;
    static constexpr auto list = std::tuple{req("n", &T::n), req("day", &T::day)};
};

template <>
struct Fields<RecurrenceRule> {
    using T = RecurrenceRule;
    static constexpr auto list = std::tuple{
        req("start", &T::start),
        req("end", &T::end),
        req("frequency", &T::frequency),
        req("interval", &T::interval),
        req("by_weekday", &T::by_weekday),
        req("by_n_weekday", &T::by_n_weekday),
        req("by_month", &T::by_month),
        req("by_month_day", &T::by_month_day),
        req("by_year_day", &T::by_year_day),
        req("count", &T::count),
    };
};

template <>
struct Fields<GuildScheduledEvent> {
    using T = GuildScheduledEvent;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("guild_id", &T::guild_id),
        req("channel_id", &T::channel_id),
        opt("creator_id", &T::creator_id),
        req("name", &T::name),
        opt("description", &T::description),
        req("scheduled_start_time", &T::scheduled_start_time),
        req("scheduled_end_time", &T::scheduled_end_time),
        req("privacy_level", &T::privacy_level),
        req("status", &T::status),
        req("entity_type", &T::entity_type),
        req("entity_id", &T::entity_id),
        req("entity_metadata", &T::entity_metadata),
        opt("creator", &T::creator),
        opt("user_count", &T::user_count),
        opt("image", &T::image),
        req("recurrence_rule", &T::recurrence_rule),
    };
};

template <>
struct Fields<GuildScheduledEventException> {
    using T = GuildScheduledEventException;
    static constexpr auto list = std::tuple{
        req("event_id", &T::event_id),
        req("event_exception_id", &T::event_exception_id),
        req("scheduled_start_time", &T::scheduled_start_time),
        req("scheduled_end_time", &T::scheduled_end_time),
        req("is_canceled", &T::is_canceled),
    };
};

template <>
struct Fields<SoundboardSound> {
    using T = SoundboardSound;
    static constexpr auto list = std::tuple{
        req("name", &T::name),
        req("sound_id", &T::sound_id),
        req("volume", &T::volume),
        req("emoji_id", &T::emoji_id),
        req("emoji_name", &T::emoji_name),
        opt("guild_id", &T::guild_id),
        req("available", &T::available),
        opt("user", &T::user),
    };
};

template <>
struct Fields<Webhook> {
    using T = Webhook;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("type", &T::type),
        opt("guild_id", &T::guild_id),
        req("channel_id", &T::channel_id),
        opt("user", &T::user),
        req("name", &T::name),
        req("avatar", &T::avatar),
        opt("token", &T::token),
        req("application_id", &T::application_id),
        opt<RawJson>("source_guild", &T::source_guild),
        opt<RawJson>("source_channel", &T::source_channel),
        opt("url", &T::url),
    };
};

}  // namespace hikari::json
